"""Who may do what, checked by the services themselves: a PIN check that counts wrong tries towards a lockout, and
``authorize``, which refuses an action beyond the signed-in person's role unless another staff member whose role
allows it approves with their PIN at that moment (the audit then names both).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Staff
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.staff import Permission, PinTries, lowest_role_for, role_may, secret_matches
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import audit, require_staff, unit_of_work

_WRONG_PIN = QT_TRANSLATE_NOOP(
    "Validation", "Wrong PIN. After {left} more wrong tries this account is locked for five minutes."
)
_LOCKED = QT_TRANSLATE_NOOP(
    "Validation", "Too many wrong PINs: this account is locked. Try again in {minutes} minutes."
)
_NO_PIN_YET = QT_TRANSLATE_NOOP("Validation", "This staff member has no PIN yet and must set one first.")
_OWNER_MUST_APPROVE = QT_TRANSLATE_NOOP(
    "Validation", "Only the owner can do this. The owner can approve it with their PIN."
)
_MANAGER_MUST_APPROVE = QT_TRANSLATE_NOOP(
    "Validation", "Only the owner or a manager can do this. One of them can approve it with their PIN."
)
_CANNOT_APPROVE = QT_TRANSLATE_NOOP("Validation", "This staff member's role cannot approve this.")


@dataclass(frozen=True)
class Approval:
    """Another staff member's PIN, typed at the counter to approve one action beyond the clerk's role."""

    staff_id: int
    pin: str


class ApprovalNeeded(ValidationError):
    """The signed-in person's role does not allow the action; someone whose role does may approve it."""

    def __init__(self, permission: Permission) -> None:
        self.permission = permission
        self.lowest_role = lowest_role_for(permission)
        template = _OWNER_MUST_APPROVE if self.lowest_role is StaffRole.OWNER else _MANAGER_MUST_APPROVE
        super().__init__(FieldProblem("staff", template))


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


def authorize(
    db: Database, *, by_staff_id: int, permission: Permission, approval: Approval | None, now: datetime
) -> int | None:
    """Whether *by_staff_id* may take an action: None when their own role allows it, the approver's id when
    another staff member's PIN approved it. Refused with ``ApprovalNeeded`` (no approval) or a problem on the
    ``approval_pin`` field (a wrong PIN, which counts towards that account's lockout)."""
    with unit_of_work(db) as session:
        staff = require_staff(session, by_staff_id)
        if role_may(StaffRole(staff.role), permission):
            return None
        if approval is None:
            raise ApprovalNeeded(permission)
        approver = require_staff(session, approval.staff_id)
        if not role_may(StaffRole(approver.role), permission):
            raise ValidationError.of("approval_staff", _CANNOT_APPROVE)
        problem = check_pin(session, approver, approval.pin, now, "approval_pin")
    if problem is not None:
        raise problem
    return approval.staff_id
