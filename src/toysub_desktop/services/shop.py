"""The shop and its staff: first-start set-up, who is at the counter, shop settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Shop, Staff
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.dates import utc_now
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.person import validate_person_name
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import audit, columns_of, get_or_raise, require_staff

_SHOP_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the shop's name.")
_SHOP_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "The shop's name can be at most {limit} characters.")
_ALREADY_SET_UP = QT_TRANSLATE_NOOP("Validation", "This database already belongs to a shop.")
_CHECK_DAYS_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a number of days from {low} to {high}.")
_STAFF_NAME_TAKEN = QT_TRANSLATE_NOOP("Validation", "A staff member with this name already exists.")


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: StaffRole
    active: bool


@dataclass(frozen=True)
class ShopSettings:
    name: str
    business_number: str
    address: str
    phone: str
    contact_check_days: int
    version: int


def _staff_member(staff: Staff) -> StaffMember:
    return StaffMember(staff.id, staff.name, StaffRole(staff.role), staff.active)


def is_set_up(db: Database) -> bool:
    with db.reading() as session:
        return session.scalar(select(Shop.id).limit(1)) is not None


def set_up_shop(db: Database, *, shop_name: str, owner_name: str, now: datetime | None = None) -> StaffMember:
    """First start: name the shop and its first staff member, the owner."""
    now = now or utc_now()
    problems = ProblemCollector()
    name = shop_name.strip()
    if not name:
        problems.add("shop_name", _SHOP_NAME_REQUIRED)
    elif len(name) > 100:
        problems.add("shop_name", _SHOP_NAME_TOO_LONG, limit="100")
    owner = ""
    with problems.checking():
        owner = validate_person_name(owner_name, field="owner_name")
    problems.raise_if_any()
    with db.writing() as session:
        if session.scalar(select(Shop.id).limit(1)) is not None:
            raise ValidationError.of("shop_name", _ALREADY_SET_UP)
        shop = Shop(name=name, created_at=now)
        staff = Staff(name=owner, role=StaffRole.OWNER.value, active=True, created_at=now)
        session.add_all([shop, staff])
        session.flush()
        audit(
            session,
            at=now,
            staff_id=staff.id,
            action="shop.set_up",
            entity="shop",
            entity_id=shop.id,
            after={"shop_name": name, "owner": owner},
        )
        return _staff_member(staff)


def list_staff(db: Database, *, include_inactive: bool = False) -> list[StaffMember]:
    with db.reading() as session:
        query = select(Staff).order_by(Staff.id)
        if not include_inactive:
            query = query.where(Staff.active.is_(True))
        return [_staff_member(staff) for staff in session.scalars(query)]


def add_staff(db: Database, *, by_staff_id: int, name: str, now: datetime | None = None) -> StaffMember:
    now = now or utc_now()
    clean = validate_person_name(name, field="name")
    with db.writing() as session:
        require_staff(session, by_staff_id)
        if session.scalar(select(Staff.id).where(Staff.name == clean, Staff.active.is_(True))) is not None:
            raise ValidationError.of("name", _STAFF_NAME_TAKEN)
        staff = Staff(name=clean, role=StaffRole.CLERK.value, active=True, created_at=now)
        session.add(staff)
        session.flush()
        audit(
            session,
            at=now,
            staff_id=by_staff_id,
            action="staff.add",
            entity="staff",
            entity_id=staff.id,
            after={"name": clean},
        )
        return _staff_member(staff)


def shop_settings(db: Database) -> ShopSettings:
    with db.reading() as session:
        shop = session.scalars(select(Shop).limit(1)).one()
        return ShopSettings(
            shop.name, shop.business_number, shop.address, shop.phone, shop.contact_check_days, shop.version
        )


def set_contact_check_days(db: Database, *, by_staff_id: int, days: int, now: datetime | None = None) -> None:
    """How long a contact may go unconfirmed before it is listed for a check."""
    now = now or utc_now()
    low, high = 30, 3650
    if not low <= days <= high:
        raise ValidationError.of("contact_check_days", _CHECK_DAYS_RANGE, low=str(low), high=str(high))
    with db.writing() as session:
        require_staff(session, by_staff_id)
        shop = session.scalars(select(Shop).limit(1)).one()
        before = columns_of(shop, "contact_check_days")
        shop.contact_check_days = days
        audit(
            session,
            at=now,
            staff_id=by_staff_id,
            action="shop.settings",
            entity="shop",
            entity_id=shop.id,
            before=before,
            after=columns_of(shop, "contact_check_days"),
        )


def staff_member(db: Database, staff_id: int) -> StaffMember:
    with db.reading() as session:
        return _staff_member(get_or_raise(session, Staff, staff_id))
