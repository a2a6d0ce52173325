"""Signing in at the counter with a PIN: first PINs, resets by the owner, roles, and the owner's recovery code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Shop, Staff
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.dates import utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.staff import (
    DEFAULT_IDLE_LOCK_MINUTES,
    IDLE_LOCK_MINUTES_RANGE,
    Permission,
    check_pin_format,
    hash_secret,
    new_recovery_code,
    normalise_recovery_code,
    secret_matches,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import audit, require_staff, unit_of_work
from toysub_desktop.services.queries.pins import check_pin, locked_problem, pin_tries
from toysub_desktop.services.shop import StaffMember, staff_member_of

_HAS_PIN = QT_TRANSLATE_NOOP("Validation", "This staff member already has a PIN.")
_PINS_DIFFER = QT_TRANSLATE_NOOP("Validation", "The two PINs are not the same.")
_LAST_OWNER = QT_TRANSLATE_NOOP("Validation", "The shop needs at least one owner.")
_WRONG_CODE = QT_TRANSLATE_NOOP("Validation", "This recovery code does not match the one printed at setup.")
_IDLE_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a number of minutes from {low} to {high}.")
_NOT_OWNER = QT_TRANSLATE_NOOP("Validation", "A recovery code sets a new PIN for an owner only.")


#: The PIN every staff member of the demo shop signs in with (its sign-in screen shows it; no real shop has it).
DEMO_PIN = "0000"


@dataclass(frozen=True)
class SignInAccount:
    """One name on the sign-in screen."""

    id: int
    name: str
    role: StaffRole
    has_pin: bool


@dataclass(frozen=True)
class FirstPin:
    """A PIN set at a first sign-in; an owner also gets the recovery code, shown this once to be printed."""

    member: StaffMember
    recovery_code: str | None


def sign_in_accounts(db: Database) -> list[SignInAccount]:
    with db.reading() as session:
        rows = session.scalars(select(Staff).where(Staff.active.is_(True)).order_by(Staff.id))
        return [SignInAccount(s.id, s.name, StaffRole(s.role), s.pin_hash is not None) for s in rows]


def idle_lock_minutes(db: Database) -> int:
    with db.reading() as session:
        minutes = session.scalar(select(Shop.idle_lock_minutes).limit(1))
        return minutes if minutes is not None else DEFAULT_IDLE_LOCK_MINUTES


def sign_in(db: Database, *, staff_id: int, pin: str, now: datetime | None = None) -> StaffMember:
    """The staff member, once their PIN is right. Five wrong PINs in a row lock the account for five minutes."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        staff = require_staff(session, staff_id)
        problem = check_pin(session, staff, pin, now, "pin")
        if problem is None:
            audit(session, at=now, staff_id=staff.id, action="staff.sign_in", entity="staff", entity_id=staff.id)
        member = staff_member_of(staff)
    # Raised after the commit, so the wrong try counts.
    if problem is not None:
        raise problem
    return member


def new_pin_hash(pin: str, repeated: str) -> str:
    """The hash to keep for a PIN chosen and typed twice; refused beside ``pin`` or ``repeated_pin``."""
    check_pin_format(pin, field="pin")
    if repeated != pin:
        raise ValidationError.of("repeated_pin", _PINS_DIFFER)
    return hash_secret(pin)


def set_first_pin(db: Database, *, staff_id: int, pin: str, repeated_pin: str, now: datetime | None = None) -> FirstPin:
    """A staff member without a PIN (new, just reset, or from before PINs) sets theirs and is signed in.

    An owner's first PIN comes with a new recovery code, returned this once so it can be printed."""
    now = now or utc_now()
    pin_hash = new_pin_hash(pin, repeated_pin)
    code: str | None = None
    with unit_of_work(db) as session:
        staff = require_staff(session, staff_id)
        if staff.pin_hash is not None:
            raise ValidationError.of("pin", _HAS_PIN)
        staff.pin_hash = pin_hash
        staff.wrong_pins, staff.locked_until = 0, None
        if staff.role == StaffRole.OWNER.value:
            code = new_recovery_code()
            session.scalars(select(Shop).limit(1)).one().recovery_code_hash = hash_secret(code)
        audit(session, at=now, staff_id=staff.id, action="staff.set_pin", entity="staff", entity_id=staff.id)
        return FirstPin(staff_member_of(staff), code)


def reset_pin(
    db: Database, *, by_staff_id: int, staff_id: int, approval: Approval | None = None, now: datetime | None = None
) -> None:
    """The owner clears a staff member's forgotten PIN (and any lock); they set a new one at their next sign-in."""
    now = now or utc_now()
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.STAFF_AND_ROLES, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        staff = require_staff(session, staff_id)
        staff.pin_hash = None
        staff.wrong_pins, staff.locked_until = 0, None
        audit(
            session,
            at=now,
            staff_id=by_staff_id,
            approved_by_id=approved_by,
            action="staff.reset_pin",
            entity="staff",
            entity_id=staff.id,
        )


def set_role(
    db: Database,
    *,
    by_staff_id: int,
    staff_id: int,
    role: StaffRole,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> StaffMember:
    """The owner makes a staff member a clerk, a manager or an owner; the shop always keeps one owner."""
    now = now or utc_now()
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.STAFF_AND_ROLES, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        staff = require_staff(session, staff_id)
        before = staff.role
        if before == StaffRole.OWNER.value and role is not StaffRole.OWNER:
            owners = session.scalar(
                select(func.count())
                .select_from(Staff)
                .where(Staff.role == StaffRole.OWNER.value, Staff.active.is_(True))
            )
            if (owners or 0) <= 1:
                raise ValidationError.of("role", _LAST_OWNER)
        staff.role = role.value
        audit(
            session,
            at=now,
            staff_id=by_staff_id,
            approved_by_id=approved_by,
            action="staff.role",
            entity="staff",
            entity_id=staff.id,
            before={"role": before},
            after={"role": role.value},
        )
        return staff_member_of(staff)


def recover_owner_pin(
    db: Database, *, staff_id: int, recovery_code: str, pin: str, repeated_pin: str, now: datetime | None = None
) -> FirstPin:
    """A forgotten owner PIN: the printed recovery code sets a new one. The code is then used up and a new one is
    returned to print. A wrong code counts as a wrong PIN."""
    now = now or utc_now()
    code = normalise_recovery_code(recovery_code)
    pin_hash = new_pin_hash(pin, repeated_pin)
    with unit_of_work(db) as session:
        staff = require_staff(session, staff_id)
        if staff.role != StaffRole.OWNER.value:
            raise ValidationError.of("recovery_code", _NOT_OWNER)
        shop = session.scalars(select(Shop).limit(1)).one()
        tries = pin_tries(staff)
        problem: ValidationError | None = None
        if tries.locked_at(now):
            problem = locked_problem(tries, now, "recovery_code")
        elif shop.recovery_code_hash is None or not secret_matches(code, shop.recovery_code_hash):
            after = tries.after_wrong_pin(now)
            staff.wrong_pins, staff.locked_until = after.wrong, after.locked_until
            problem = (
                locked_problem(after, now, "recovery_code")
                if after.locked_at(now)
                else ValidationError.of("recovery_code", _WRONG_CODE)
            )
        else:
            new_code = new_recovery_code()
            shop.recovery_code_hash = hash_secret(new_code)
            staff.pin_hash = pin_hash
            staff.wrong_pins, staff.locked_until = 0, None
            audit(session, at=now, staff_id=staff.id, action="staff.recover_pin", entity="staff", entity_id=staff.id)
            result = FirstPin(staff_member_of(staff), new_code)
    if problem is not None:
        raise problem
    return result


def set_idle_lock_minutes(
    db: Database, *, by_staff_id: int, minutes: int, approval: Approval | None = None, now: datetime | None = None
) -> None:
    """After how many idle minutes the counter locks back to the sign-in screen; a shop setting, the owner's."""
    now = now or utc_now()
    low, high = IDLE_LOCK_MINUTES_RANGE
    if not low <= minutes <= high:
        raise ValidationError.of("idle_lock_minutes", _IDLE_RANGE, low=str(low), high=str(high))
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.SHOP_SETTINGS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        shop = session.scalars(select(Shop).limit(1)).one()
        before = shop.idle_lock_minutes
        if before == minutes:
            return
        shop.idle_lock_minutes = minutes
        audit(
            session,
            at=now,
            staff_id=by_staff_id,
            approved_by_id=approved_by,
            action="shop.settings",
            entity="shop",
            entity_id=shop.id,
            before={"idle_lock_minutes": before},
            after={"idle_lock_minutes": minutes},
        )


@dataclass(frozen=True)
class StaffAccount:
    """A staff member as the owner manages them: role, whether a PIN is set, and any wrong-PIN lock."""

    id: int
    name: str
    role: StaffRole
    has_pin: bool
    locked_until: datetime | None


def staff_accounts(db: Database) -> list[StaffAccount]:
    with db.reading() as session:
        rows = session.scalars(select(Staff).where(Staff.active.is_(True)).order_by(Staff.id))
        return [StaffAccount(s.id, s.name, StaffRole(s.role), s.pin_hash is not None, s.locked_until) for s in rows]
