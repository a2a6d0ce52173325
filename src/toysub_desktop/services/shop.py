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
from toysub_desktop.domain.ledger import SkipRule
from toysub_desktop.domain.messages import parse_opt_out_number
from toysub_desktop.domain.person import validate_person_name
from toysub_desktop.domain.shop import SHOP_NAME_MAX, validate_shop_identity, validate_subscription_rules
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.subscriptions import PauseEndRule
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import (
    audit,
    columns_of,
    get_or_raise,
    require_staff,
    unit_of_work,
)
from toysub_desktop.services.queries.shop_settings import audit_settings_change, shop_for_owner

_SHOP_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the shop's name.")
_ALREADY_SET_UP = QT_TRANSLATE_NOOP("Validation", "This database already belongs to a shop.")
_CHECK_DAYS_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a number of days from {low} to {high}.")
_STAFF_NAME_TAKEN = QT_TRANSLATE_NOOP("Validation", "A staff member with this name already exists.")

_DETAIL_COLUMNS = (
    "name",
    "business_number",
    "address",
    "phone",
    "email",
    "opt_out_number",
    "ads_to_recent_customers",
)
_SUBSCRIPTION_COLUMNS = (
    "price_notice_days",
    "pause_end_rule",
    "max_pause_days",
    "skip_rule",
    "early_termination_percent",
    "early_termination_cap",
    "pause_terms",
    "cancellation_terms",
    "refund_terms",
)


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: StaffRole
    active: bool


@dataclass(frozen=True)
class ShopSettings:
    name: str
    #: As registered: "123-45-67890" (empty until the owner enters it).
    business_number: str
    address: str
    #: Display form, as printed on contracts: "02-123-4567", "1588-1234".
    phone: str
    contact_check_days: int
    version: int
    #: For questions and complaints, printed on the contract; empty when none.
    email: str = ""
    #: The free opt-out number (080) advertising messages end with; empty until the owner enters it.
    opt_out_number: str = ""
    #: Advertising may also go to customers never asked who had a transaction in the last six months.
    ads_to_recent_customers: bool = False


@dataclass(frozen=True)
class SubscriptionSettings:
    """The rules new contracts are signed under (each contract keeps a copy of the rules it was signed with)."""

    #: Subscribers are told of a new price at least this many days before it reaches them.
    price_notice_days: int
    pause_end_rule: PauseEndRule
    max_pause_days: int
    #: The early-termination fee: this share of the remaining fees, never more than the cap (if any).
    early_termination_percent: int
    early_termination_cap: int | None
    #: The owner's own contract clauses; empty means the standard wording.
    pause_terms: str
    cancellation_terms: str
    refund_terms: str
    version: int
    #: Whether the month of a skipped box is charged.
    skip_rule: SkipRule = SkipRule.CHARGED


def _staff_member(staff: Staff) -> StaffMember:
    return StaffMember(staff.id, staff.name, StaffRole(staff.role), staff.active)


def staff_member_of(staff: Staff) -> StaffMember:
    """The plain value of a staff row, for services that load one."""
    return _staff_member(staff)


def is_set_up(db: Database) -> bool:
    with db.reading() as session:
        return session.scalar(select(Shop.id).limit(1)) is not None


def set_up_shop(db: Database, *, shop_name: str, owner_name: str, now: datetime | None = None) -> StaffMember:
    """First start: name the shop and its first staff member, the owner."""
    now = now or utc_now()
    problems = ProblemCollector()
    name = ""
    with problems.checking():
        name = clean_line(
            shop_name, field="shop_name", limit=SHOP_NAME_MAX, required=True, required_message=_SHOP_NAME_REQUIRED
        )
    owner = ""
    with problems.checking():
        owner = validate_person_name(owner_name, field="owner_name")
    problems.raise_if_any()
    with unit_of_work(db) as session:
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


def add_staff(
    db: Database,
    *,
    by_staff_id: int,
    name: str,
    role: StaffRole = StaffRole.CLERK,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> StaffMember:
    """The owner adds a staff member; they set their PIN at their first sign-in."""
    now = now or utc_now()
    clean = validate_person_name(name, field="name")
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.STAFF_AND_ROLES, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        require_staff(session, by_staff_id)
        if session.scalar(select(Staff.id).where(Staff.name == clean, Staff.active.is_(True))) is not None:
            raise ValidationError.of("name", _STAFF_NAME_TAKEN)
        staff = Staff(name=clean, role=role.value, active=True, created_at=now)
        session.add(staff)
        session.flush()
        audit(
            session,
            at=now,
            staff_id=by_staff_id,
            approved_by_id=approved_by,
            action="staff.add",
            entity="staff",
            entity_id=staff.id,
            after={"name": clean, "role": role.value},
        )
        return _staff_member(staff)


def shop_settings(db: Database) -> ShopSettings:
    with db.reading() as session:
        shop = session.scalars(select(Shop).limit(1)).one()
        return ShopSettings(
            shop.name,
            shop.business_number,
            shop.address,
            shop.phone,
            shop.contact_check_days,
            shop.version,
            shop.email,
            shop.opt_out_number,
            shop.ads_to_recent_customers,
        )


def set_contact_check_days(
    db: Database, *, by_staff_id: int, days: int, approval: Approval | None = None, now: datetime | None = None
) -> None:
    """How long a contact may go unconfirmed before it is listed for a check; a shop setting, the owner's."""
    now = now or utc_now()
    low, high = 30, 3650
    if not low <= days <= high:
        raise ValidationError.of("contact_check_days", _CHECK_DAYS_RANGE, low=str(low), high=str(high))
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.SHOP_SETTINGS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        require_staff(session, by_staff_id)
        shop = session.scalars(select(Shop).limit(1)).one()
        before = columns_of(shop, "contact_check_days")
        shop.contact_check_days = days
        audit(
            session,
            at=now,
            staff_id=by_staff_id,
            approved_by_id=approved_by,
            action="shop.settings",
            entity="shop",
            entity_id=shop.id,
            before=before,
            after=columns_of(shop, "contact_check_days"),
        )


def staff_member(db: Database, staff_id: int) -> StaffMember:
    with db.reading() as session:
        return _staff_member(get_or_raise(session, Staff, staff_id))


def subscription_settings(db: Database) -> SubscriptionSettings:
    with db.reading() as session:
        shop = session.scalars(select(Shop).limit(1)).one()
        return SubscriptionSettings(
            price_notice_days=shop.price_notice_days,
            pause_end_rule=PauseEndRule(shop.pause_end_rule),
            max_pause_days=shop.max_pause_days,
            early_termination_percent=shop.early_termination_percent,
            early_termination_cap=shop.early_termination_cap,
            pause_terms=shop.pause_terms,
            cancellation_terms=shop.cancellation_terms,
            refund_terms=shop.refund_terms,
            version=shop.version,
            skip_rule=SkipRule(shop.skip_rule),
        )


def update_subscription_settings(
    db: Database,
    *,
    by_staff_id: int,
    price_notice_days: int,
    pause_end_rule: PauseEndRule,
    max_pause_days: int,
    early_termination_percent: int,
    early_termination_cap: int | None,
    pause_terms: str,
    cancellation_terms: str,
    refund_terms: str,
    expected_version: int,
    skip_rule: SkipRule | None = None,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> None:
    """Change the rules new contracts are signed under; the owner only. Signed contracts keep theirs.
    *skip_rule* None keeps the shop's skip rule as it is."""
    now = now or utc_now()
    rules = validate_subscription_rules(
        price_notice_days=price_notice_days,
        pause_end_rule=pause_end_rule,
        max_pause_days=max_pause_days,
        early_termination_percent=early_termination_percent,
        early_termination_cap=early_termination_cap,
        pause_terms=pause_terms,
        cancellation_terms=cancellation_terms,
        refund_terms=refund_terms,
    )
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.SHOP_SETTINGS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        shop = shop_for_owner(session, by_staff_id, expected_version)
        before = columns_of(shop, *_SUBSCRIPTION_COLUMNS)
        shop.price_notice_days = rules.price_notice_days
        shop.pause_end_rule = rules.pause_end_rule.value
        shop.max_pause_days = rules.max_pause_days
        if skip_rule is not None:
            shop.skip_rule = SkipRule(skip_rule).value
        shop.early_termination_percent = rules.early_termination.percent
        shop.early_termination_cap = rules.early_termination.cap
        shop.pause_terms = rules.pause_terms
        shop.cancellation_terms = rules.cancellation_terms
        shop.refund_terms = rules.refund_terms
        audit_settings_change(session, shop, by_staff_id, now, before, _SUBSCRIPTION_COLUMNS, approved_by=approved_by)


def update_shop_details(
    db: Database,
    *,
    by_staff_id: int,
    name: str,
    business_number: str,
    address: str,
    phone: str,
    expected_version: int,
    email: str = "",
    opt_out_number: str | None = None,
    ads_to_recent_customers: bool | None = None,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> None:
    """Change the seller's details printed on every contract, and what advertising messages end with (the free
    opt-out number) and may reach (recent customers never asked); the owner only. None leaves a setting as it is."""
    now = now or utc_now()
    problems = ProblemCollector()
    identity = None
    with problems.checking():
        identity = validate_shop_identity(
            name=name, business_number=business_number, address=address, phone=phone, email=email
        )
    opt_out = None
    if opt_out_number is not None:
        with problems.checking():
            opt_out = parse_opt_out_number(opt_out_number)
    problems.raise_if_any()
    assert identity is not None
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.SHOP_SETTINGS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        shop = shop_for_owner(session, by_staff_id, expected_version)
        before = columns_of(shop, *_DETAIL_COLUMNS)
        shop.name = identity.name
        shop.business_number = identity.business_number
        shop.address = identity.address
        shop.phone = identity.phone
        shop.email = identity.email
        if opt_out is not None:
            shop.opt_out_number = opt_out
        if ads_to_recent_customers is not None:
            shop.ads_to_recent_customers = ads_to_recent_customers
        audit_settings_change(session, shop, by_staff_id, now, before, _DETAIL_COLUMNS, approved_by=approved_by)


@dataclass(frozen=True)
class LabelSettings:
    """What the address labels (and the courier's bulk-registration file) print beyond the address."""

    #: Entry notes (door codes, entrance instructions) on the labels: off unless the owner turns it on, since a
    #: label is read by everyone who handles the box. The manifest, kept for the courier, prints them anyway.
    entry_notes_on_labels: bool
    version: int


_LABEL_COLUMNS = ("entry_notes_on_labels",)


def label_settings(db: Database) -> LabelSettings:
    with db.reading() as session:
        shop = session.scalars(select(Shop).limit(1)).one()
        return LabelSettings(entry_notes_on_labels=shop.entry_notes_on_labels, version=shop.version)


def update_label_settings(
    db: Database,
    *,
    by_staff_id: int,
    entry_notes_on_labels: bool,
    expected_version: int,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> None:
    """Whether entry notes are printed on labels; the owner's setting."""
    now = now or utc_now()
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.SHOP_SETTINGS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        shop = shop_for_owner(session, by_staff_id, expected_version)
        before = columns_of(shop, *_LABEL_COLUMNS)
        shop.entry_notes_on_labels = entry_notes_on_labels
        audit_settings_change(session, shop, by_staff_id, now, before, _LABEL_COLUMNS, approved_by=approved_by)
