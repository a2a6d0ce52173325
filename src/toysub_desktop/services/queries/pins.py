"""Checking a staff member's PIN inside a change: the wrong tries it counts and the lockout it starts."""

from __future__ import annotations

import math
from datetime import datetime

from sqlalchemy.orm import Session

from toysub_desktop.db.models import Staff
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.staff import PinTries, secret_matches
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import audit

_WRONG_PIN = QT_TRANSLATE_NOOP(
    "Validation", "Wrong PIN. After {left} more wrong tries this account is locked for five minutes."
)
_LOCKED = QT_TRANSLATE_NOOP(
    "Validation", "Too many wrong PINs: this account is locked. Try again in {minutes} minutes."
)
_NO_PIN_YET = QT_TRANSLATE_NOOP("Validation", "This staff member has no PIN yet and must set one first.")


def pin_tries(staff: Staff) -> PinTries:
    return PinTries(staff.wrong_pins, staff.locked_until)


def locked_problem(tries: PinTries, now: datetime, field: str) -> ValidationError:
    """The account is locked: for how many more minutes."""
    assert tries.locked_until is not None
    minutes = max(1, math.ceil((tries.locked_until - now).total_seconds() / 60))
    return ValidationError.of(field, _LOCKED, minutes=str(minutes))


def check_pin(session: Session, staff: Staff, pin: str, now: datetime, field: str) -> ValidationError | None:
    """None when *pin* is the staff member's; else the problem to raise once the wrong try is committed."""
    tries = pin_tries(staff)
    if tries.locked_at(now):
        return locked_problem(tries, now, field)
    if staff.pin_hash is None:
        return ValidationError.of(field, _NO_PIN_YET)
    if secret_matches(pin, staff.pin_hash):
        if staff.wrong_pins or staff.locked_until is not None:
            staff.wrong_pins, staff.locked_until = 0, None
        return None
    after = tries.after_wrong_pin(now)
    staff.wrong_pins, staff.locked_until = after.wrong, after.locked_until
    if after.locked_at(now):
        audit(session, at=now, staff_id=staff.id, action="staff.locked", entity="staff", entity_id=staff.id)
        return locked_problem(after, now, field)
    return ValidationError.of(field, _WRONG_PIN, left=str(after.tries_left))
