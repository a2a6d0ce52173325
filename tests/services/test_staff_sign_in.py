"""Signing in with a PIN: first PINs after the upgrade, wrong PINs and the lockout, resets and the recovery code."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Staff
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.staff import LOCKOUT
from toysub_desktop.services.shop import add_staff
from toysub_desktop.services.staff import (
    recover_owner_pin,
    reset_pin,
    set_first_pin,
    sign_in,
    sign_in_accounts,
)


def stored_hash(db: Database, staff_id: int) -> str | None:
    with db.reading() as session:
        return session.get_one(Staff, staff_id).pin_hash


def actions(db: Database) -> list[tuple[str, int | None]]:
    with db.reading() as session:
        return [(a.action, a.staff_id) for a in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_staff_from_before_pins_set_one_at_their_first_sign_in(db: Database, owner_id: int) -> None:
    [owner] = sign_in_accounts(db)
    assert not owner.has_pin
    with pytest.raises(ValidationError, match="no PIN yet"):
        sign_in(db, staff_id=owner_id, pin="1234", now=NOW)

    first = set_first_pin(db, staff_id=owner_id, pin="482913", repeated_pin="482913", now=NOW)

    assert first.member.id == owner_id and first.recovery_code is not None  # the owner gets a code to print
    stored = stored_hash(db, owner_id)
    assert stored is not None and stored.startswith("scrypt$") and "482913" not in stored
    assert sign_in(db, staff_id=owner_id, pin="482913", now=NOW).id == owner_id
    assert ("staff.set_pin", owner_id) in actions(db) and ("staff.sign_in", owner_id) in actions(db)
    with pytest.raises(ValidationError, match="already has a PIN"):
        set_first_pin(db, staff_id=owner_id, pin="0000", repeated_pin="0000", now=NOW)


def test_a_first_pin_must_be_typed_twice_the_same(db: Database, owner_id: int) -> None:
    clerk = add_staff(db, by_staff_id=owner_id, name="최유진", now=NOW)
    with pytest.raises(ValidationError) as refused:
        set_first_pin(db, staff_id=clerk.id, pin="1234", repeated_pin="1243", now=NOW)
    assert refused.value.fields == ("repeated_pin",)
    with pytest.raises(ValidationError) as refused:
        set_first_pin(db, staff_id=clerk.id, pin="12", repeated_pin="12", now=NOW)
    assert refused.value.fields == ("pin",)
    assert stored_hash(db, clerk.id) is None
    assert set_first_pin(db, staff_id=clerk.id, pin="1234", repeated_pin="1234", now=NOW).recovery_code is None


def test_five_wrong_pins_lock_the_account_for_five_minutes(db: Database, owner_id: int) -> None:
    clerk = add_staff(db, by_staff_id=owner_id, name="최유진", now=NOW)
    set_first_pin(db, staff_id=clerk.id, pin="1234", repeated_pin="1234", now=NOW)
    for left in (4, 3, 2, 1):
        with pytest.raises(ValidationError, match=f"After {left} more") as refused:
            sign_in(db, staff_id=clerk.id, pin="9999", now=NOW)
        assert refused.value.fields == ("pin",)
    with pytest.raises(ValidationError, match=r"locked\. Try again in 5 minutes"):
        sign_in(db, staff_id=clerk.id, pin="9999", now=NOW)
    # Locked: even the right PIN is refused until the five minutes are over.
    with pytest.raises(ValidationError, match=r"locked\. Try again in 1 minutes"):
        sign_in(db, staff_id=clerk.id, pin="1234", now=NOW + LOCKOUT - timedelta(seconds=30))
    assert ("staff.locked", clerk.id) in actions(db)
    assert sign_in(db, staff_id=clerk.id, pin="1234", now=NOW + LOCKOUT).id == clerk.id
    # A right PIN starts the count again.
    with pytest.raises(ValidationError, match="After 4 more"):
        sign_in(db, staff_id=clerk.id, pin="9999", now=NOW + LOCKOUT)


def test_the_owner_resets_a_forgotten_pin_and_the_clerk_sets_a_new_one(db: Database, owner_id: int) -> None:
    clerk = add_staff(db, by_staff_id=owner_id, name="최유진", now=NOW)
    set_first_pin(db, staff_id=clerk.id, pin="1234", repeated_pin="1234", now=NOW)
    for _ in range(5):
        with pytest.raises(ValidationError):
            sign_in(db, staff_id=clerk.id, pin="0000", now=NOW)

    reset_pin(db, by_staff_id=owner_id, staff_id=clerk.id, now=NOW)

    assert stored_hash(db, clerk.id) is None
    set_first_pin(db, staff_id=clerk.id, pin="5678", repeated_pin="5678", now=NOW)
    assert sign_in(db, staff_id=clerk.id, pin="5678", now=NOW).id == clerk.id  # the lock went with the old PIN
    assert ("staff.reset_pin", owner_id) in actions(db)


def test_a_clerk_cannot_reset_anothers_pin(db: Database, owner_id: int) -> None:
    clerk = add_staff(db, by_staff_id=owner_id, name="최유진", now=NOW)
    set_first_pin(db, staff_id=owner_id, pin="4829", repeated_pin="4829", now=NOW)
    with pytest.raises(ValidationError, match="Only the owner"):
        reset_pin(db, by_staff_id=clerk.id, staff_id=owner_id, now=NOW)
    assert stored_hash(db, owner_id) is not None


def test_a_forgotten_owner_pin_is_recovered_with_the_printed_code_once(db: Database, owner_id: int) -> None:
    code = set_first_pin(db, staff_id=owner_id, pin="4829", repeated_pin="4829", now=NOW).recovery_code
    assert code is not None
    with pytest.raises(ValidationError) as refused:
        recover_owner_pin(
            db, staff_id=owner_id, recovery_code="AAAA-BBBB-CCCC-DDDD", pin="1111", repeated_pin="1111", now=NOW
        )
    assert refused.value.fields == ("recovery_code",)

    again = recover_owner_pin(
        db, staff_id=owner_id, recovery_code=code.lower(), pin="1111", repeated_pin="1111", now=NOW
    )

    assert sign_in(db, staff_id=owner_id, pin="1111", now=NOW).id == owner_id
    assert again.recovery_code is not None and again.recovery_code != code
    with pytest.raises(ValidationError, match="does not match"):  # used up
        recover_owner_pin(db, staff_id=owner_id, recovery_code=code, pin="2222", repeated_pin="2222", now=NOW)
    assert ("staff.recover_pin", owner_id) in actions(db)


def test_a_recovery_code_is_for_an_owner_only(db: Database, owner_id: int) -> None:
    code = set_first_pin(db, staff_id=owner_id, pin="4829", repeated_pin="4829", now=NOW).recovery_code
    assert code is not None
    manager = add_staff(db, by_staff_id=owner_id, name="한지민", role=StaffRole.MANAGER, now=NOW)
    with pytest.raises(ValidationError, match="owner only"):
        recover_owner_pin(db, staff_id=manager.id, recovery_code=code, pin="1111", repeated_pin="1111", now=NOW)
