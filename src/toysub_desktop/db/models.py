"""The schema, as typed SQLAlchemy models. Only migrations change the real schema; keep the two in step.

Contact facts (addresses, phones) are effective-dated versions, never updated in place except for bookkeeping
(voiding and the date last confirmed); see ``domain/timeline.py``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    delete,
    event,
    false,
    insert,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, declared_attr, mapped_column, relationship
from sqlalchemy.orm.attributes import get_history

from toysub_desktop.db.types import UTCDateTime
from toysub_desktop.domain.address import DELIVERY_MEMO_MAX, DETAIL_MAX, DISTRICT_MAX, ENTRY_NOTES_MAX, ROAD_ADDRESS_MAX
from toysub_desktop.domain.bank_statements import BANK_TEXT_MAX, DEPOSITOR_NAME_MAX, LINE_KEY_MAX
from toysub_desktop.domain.contact_log import CONTACT_NOTE_MAX, RESOLUTION_MAX
from toysub_desktop.domain.contacts import NOTICE_VERSION_MAX
from toysub_desktop.domain.day_close import CLOSE_REASON_MAX
from toysub_desktop.domain.deliveries import COURIER_MAX, TRACKING_NUMBER_MAX
from toysub_desktop.domain.feedback import ANSWER_MAX, FEEDBACK_COMMENT_MAX, QUESTION_MAX, SURVEY_TITLE_MAX
from toysub_desktop.domain.hangul import name_search_keys
from toysub_desktop.domain.holds import HOLD_NOTE_MAX
from toysub_desktop.domain.imports import FILE_NAME_MAX
from toysub_desktop.domain.messages import LMS_MAX_BYTES
from toysub_desktop.domain.person import EMAIL_MAX, NAME_MAX
from toysub_desktop.domain.plans import DISCOUNT_NAME_MAX, EVIDENCE_MAX, PLAN_NAME_MAX, TIER_MAX
from toysub_desktop.domain.points import POINTS_REASON_MAX
from toysub_desktop.domain.prospects import INTEREST_MAX, OUTCOME_NOTE_MAX
from toysub_desktop.domain.segments import SEGMENT_NAME_MAX
from toysub_desktop.domain.shop import SHOP_ADDRESS_MAX, SHOP_NAME_MAX
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.domain.tiers import TIER_NAME_MAX
from toysub_desktop.domain.toys import BRAND_MAX, SHOP_CODE_MAX, TOY_NAME_MAX

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


class Shop(Base):
    """The shop's own details and settings (one row)."""

    __tablename__ = "shop"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(SHOP_NAME_MAX))
    business_number: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(SHOP_ADDRESS_MAX), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    #: Where customers may write with a question or complaint (printed on the contract); optional.
    email: Mapped[str] = mapped_column(String(254), default="", server_default="")
    #: Contacts not confirmed with the customer for this many days are listed for a check.
    contact_check_days: Mapped[int] = mapped_column(Integer, default=365)
    #: Subscribers are told of a price change at least this many days before it applies to them.
    price_notice_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    #: ``domain.subscriptions.PauseEndRule``: whether a pause moves the end of the term.
    pause_end_rule: Mapped[str] = mapped_column(String(20), default="extend_term", server_default="extend_term")
    max_pause_days: Mapped[int] = mapped_column(Integer, default=90, server_default="90")
    #: ``domain.ledger.SkipRule``: whether the month of a skipped box is charged (new contracts keep a copy).
    skip_rule: Mapped[str] = mapped_column(String(20), default="charged", server_default="charged")
    #: The early-termination fee rule new contracts are signed under (``domain.fees``).
    early_termination_percent: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    early_termination_cap: Mapped[int | None] = mapped_column(Integer, default=None)
    #: Contract wording the owner may edit; empty means the standard wording (``documents.standard_terms``).
    pause_terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    cancellation_terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    refund_terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: Rentals (``domain.rentals.RentalRules``): the late fee per item and day, charged for at most this many days.
    late_fee_per_day: Mapped[int] = mapped_column(Integer, default=500, server_default="500")
    late_fee_cap_days: Mapped[int] = mapped_column(Integer, default=15, server_default="15")
    #: Lending is refused to a customer with an item overdue by more than this many days.
    suspension_after_days: Mapped[int] = mapped_column(Integer, default=15, server_default="15")
    #: A loan is due back this many days after it is lent, unless the clerk sets another date.
    loan_days: Mapped[int] = mapped_column(Integer, default=14, server_default="14")
    #: Suggested fee for a damaged item or one with missing parts, as a share of the toy's value (lost = all of it).
    damage_fee_percent: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    #: The counter locks back to the sign-in screen after this many idle minutes.
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    #: Whether entry notes (door codes) are printed on address labels and sent in the courier's file; off by
    #: default, as a label on a box is read by anyone who handles it. The manifest prints them either way.
    entry_notes_on_labels: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: The owner's PIN recovery code (``domain.staff`` hash); shown once when made, never stored in clear.
    recovery_code_hash: Mapped[str | None] = mapped_column(String(200), default=None)
    #: The day the ledger began for a shop that ran before it (migration 0016): what was due before was settled
    #: outside the app and is not billed. None for a shop set up with the ledger.
    ledger_opened_on: Mapped[date | None] = mapped_column(Date, default=None)
    #: The free opt-out number (080) every advertising message ends with (``domain.messages``); empty until set.
    opt_out_number: Mapped[str] = mapped_column(String(20), default="", server_default="")
    #: Whether advertising may also go to customers never asked about it who had a transaction in the last six
    #: months (정보통신망법 §50① 1호); off unless the owner turns it on.
    ads_to_recent_customers: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: Overdue follow-up (``domain.overdue``): a charge unpaid more than this many days after its due date is
    #: overdue; past ``overdue_hold_days`` (None: never) the customer's deliveries and lending are held.
    overdue_grace_days: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    overdue_hold_days: Mapped[int | None] = mapped_column(Integer, default=None)
    #: ``domain.vat.TaxStatus``: only a 일반과세자 prints 공급가액 and 부가세 on statements and receipts.
    tax_status: Mapped[str] = mapped_column(String(20), default="simplified", server_default="simplified")
    #: The charge kinds (``domain.ledger.EntryKind`` values, comma-separated) that carry VAT.
    vat_kinds: Mapped[str] = mapped_column(String(200), default="cycle_fee", server_default="cycle_fee")
    #: ``domain.tiers.TierBasis``: what the membership tiers are measured on (one basis for the whole shop).
    tier_basis: Mapped[str] = mapped_column(String(20), default="tenure", server_default="tenure")
    #: Points (``domain.points.PointsRules``): percent of a fully paid monthly fee earned, the referral rewards to
    #: the referrer and to the new customer, and the months after which earned points expire (0: never).
    points_earn_percent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    referrer_reward: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    referred_reward: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    points_expiry_months: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The day the owner turned earning on (``domain.points.earning_since_after_change``; None while it is off):
    #: only fees paid off on or after it earn points (``db.points_earning``).
    points_earning_since: Mapped[date | None] = mapped_column(Date, default=None)
    #: The day through which every customer's points expiries are written (``services.points.expire_points``); None:
    #: never, or the expiry rule changed since, so every old lot is looked at once more.
    points_expired_through: Mapped[date | None] = mapped_column(Date, default=None)
    #: ``domain.churn.ChurnRules`` as the owner set them (weights and windows by name); None: the defaults.
    churn_rules: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class MembershipTier(Base):
    """One of the shop's membership tiers (``domain.tiers``): where it starts on the shop's basis, and its benefits.
    A customer's tier is computed, never stored."""

    __tablename__ = "membership_tier"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(TIER_NAME_MAX))
    threshold: Mapped[int] = mapped_column(Integer, unique=True)
    discount_percent: Mapped[int] = mapped_column(Integer)
    priority_reservations: Mapped[bool] = mapped_column(Boolean)


class Staff(Base):
    """Who works at the counter. Every change names one."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: The PIN as a salted scrypt hash (``domain.staff``); ``None`` until the staff member sets one at sign-in.
    #: The column kept the name it was created with before PINs arrived.
    pin_hash: Mapped[str | None] = mapped_column("password_hash", String(200), default=None)
    #: Wrong PINs in a row, and the end of the lock the fifth one started (``domain.staff.PinTries``).
    wrong_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


#: Text compared byte by byte (code point order) on both backends, whatever the PostgreSQL server's locale: one
#: list order everywhere, and ordered index scans for it. SQLite's default collation already is binary.
BINARY_NAME = String(NAME_MAX).with_variant(String(NAME_MAX, collation="C"), "postgresql")


class Customer(Base):
    """The contract holder, usually a parent."""

    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(BINARY_NAME)
    #: Hangul initial consonants of the name ("ㄱㅁㅅ"), so 초성 search is a plain string match.
    name_initials: Mapped[str] = mapped_column(String(NAME_MAX))
    email: Mapped[str | None] = mapped_column(String(EMAIL_MAX))
    notes: Mapped[str] = mapped_column(Text, default="")
    registered_on: Mapped[date] = mapped_column(Date)
    #: The name their bank transfers come under (입금자명; often a parent's or the child's); None: the customer's
    #: own name.
    depositor_name: Mapped[str | None] = mapped_column(String(DEPOSITOR_NAME_MAX), default=None)
    created_at: Mapped[datetime]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    #: Optimistic lock: bumped by every change to the customer or their contacts.
    version: Mapped[int] = mapped_column(Integer, default=1)

    children: Mapped[list[Child]] = relationship(back_populates="customer", order_by="Child.id")

    #: Services bump it themselves (``services/common.touch``) after checking the version the clerk saw.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}
    #: The customer list in name order, and every name or 초성 search, walk this one index without touching the
    #: table: a search for "%ㄱㅁㅅ%" reads name and initials from the index in list order and stops at a page.
    __table_args__ = (Index("ix_customer_list", "name", "name_initials"),)


class CustomerNameKey(Base):
    """The keys a customer's name is found by (``domain.hangul.name_search_keys``), one row each.

    The name is copied beside each key so that one key's customers are an index range already in list order:
    a search is a range scan that stops after one page, however many names match. Kept in step with
    ``customer.name`` by the listeners below, for every ORM write of a name.
    """

    __tablename__ = "customer_name_key"

    key: Mapped[str] = mapped_column(String(3).with_variant(String(3, collation="C"), "postgresql"), primary_key=True)
    name: Mapped[str] = mapped_column(BINARY_NAME, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)

    #: SQLite stores the rows in the primary key's b-tree itself: one copy, not a table and an index.
    __table_args__ = {"sqlite_with_rowid": False}


def name_key_rows(customer_id: int, name: str) -> list[dict[str, Any]]:
    """The ``customer_name_key`` rows for a customer called *name*, for Core inserts (bulk loads)."""
    return [{"key": key, "name": name, "customer_id": customer_id} for key in sorted(name_search_keys(name))]


@event.listens_for(Customer, "after_insert")
def _keys_for_new_customer(_mapper: Mapper[Customer], connection: Connection, customer: Customer) -> None:
    connection.execute(insert(CustomerNameKey), name_key_rows(customer.id, customer.name))


@event.listens_for(Customer, "after_update")
def _keys_for_renamed_customer(_mapper: Mapper[Customer], connection: Connection, customer: Customer) -> None:
    history = get_history(customer, "name")
    if not history.deleted or history.deleted[0] == customer.name:
        return
    old = history.deleted[0]
    connection.execute(
        delete(CustomerNameKey).where(
            CustomerNameKey.customer_id == customer.id,
            CustomerNameKey.name == old,
            CustomerNameKey.key.in_(name_search_keys(old)),
        )
    )
    connection.execute(insert(CustomerNameKey), name_key_rows(customer.id, customer.name))


class Child(Base):
    __tablename__ = "child"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    #: First day of the birth month (the shop never needs the day).
    birth_month: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Allergies and health (sensitive data): only under the customer's sensitive-data consent (``domain.privacy``).
    health_notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: False once the record was corrected (voided and replaced by the one that supersedes it).
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: A correction voids the wrong record (who, when, why) and adds the right one pointing back to it.
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    void_reason: Mapped[str | None] = mapped_column(String(NOTE_MAX), default=None)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("child.id"), default=None)

    customer: Mapped[Customer] = relationship(back_populates="children")

    __mapper_args__ = {"version_id_col": version}


class ContactVersionMixin:
    """Columns shared by every effective-dated contact fact."""

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[date] = mapped_column(Date)
    #: Last day of a temporary version; ``None`` for a lasting one.
    effective_until: Mapped[date | None] = mapped_column(Date, default=None)
    reason: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    void_reason: Mapped[str | None] = mapped_column(String(NOTE_MAX), default=None)
    #: Date the customer last confirmed this contact (at a visit, a renewal); bookkeeping, not a fact.
    last_confirmed_on: Mapped[date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared_attr takes the class
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class AddressVersion(ContactVersionMixin, Base):
    __tablename__ = "address_version"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("address_version.id"), default=None)
    #: A stay elsewhere (with grandparents for the summer): when it ends, the address before it applies again.
    is_temporary: Mapped[bool] = mapped_column(Boolean, default=False)
    postal_code: Mapped[str] = mapped_column(String(5))
    road_address: Mapped[str] = mapped_column(String(ROAD_ADDRESS_MAX))
    detail: Mapped[str] = mapped_column(String(DETAIL_MAX), default="")
    entry_notes: Mapped[str] = mapped_column(String(ENTRY_NOTES_MAX), default="")
    delivery_memo: Mapped[str] = mapped_column(String(DELIVERY_MEMO_MAX), default="")
    #: 시/도 short form, for delivery filters.
    region: Mapped[str | None] = mapped_column(String(10))
    #: 시/군/구 as the road address names it after the 시/도 (``domain.address.district_of``), "" when none: segments
    #: by region find a region's addresses through ``ix_address_version_region``.
    district: Mapped[str] = mapped_column(String(DISTRICT_MAX), default="", server_default="")

    __table_args__ = (
        Index("ix_address_version_customer", "customer_id", "effective_from"),
        Index("ix_address_version_region", "region", "district", "customer_id"),
    )


class PhoneVersion(ContactVersionMixin, Base):
    """The number in one role (primary, spouse, …) from a date; ``e164 is None`` means no number any more."""

    __tablename__ = "phone_version"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("phone_version.id"), default=None)
    role: Mapped[str] = mapped_column(String(20))
    e164: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str | None] = mapped_column(String(20))
    #: National digits ("01012345678"), so "starts with 010-1234" is an indexed range scan.
    national_digits: Mapped[str | None] = mapped_column(String(20))
    #: National digits reversed ("87654321010"), so "ends with 5678" is an indexed range scan.
    digits_reversed: Mapped[str | None] = mapped_column(String(20))

    __table_args__ = (
        Index("ix_phone_version_customer", "customer_id", "role", "effective_from"),
        Index("ix_phone_version_e164", "e164"),
        Index("ix_phone_version_national_digits", "national_digits"),
        Index("ix_phone_version_digits_reversed", "digits_reversed"),
    )


class Consent(Base):
    """One consent decision, kept as history: a later decision adds a row."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    granted: Mapped[bool] = mapped_column(Boolean)
    given_on: Mapped[date] = mapped_column(Date)
    notice_version: Mapped[str] = mapped_column(String(NOTICE_VERSION_MAX))
    method: Mapped[str] = mapped_column(String(20))
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class ConsentReminder(Base):
    """§50⑧: that a customer was reminded of their marketing consent (when they gave it, and what was sent), so the
    list of reminders due moves on for two years. Added by exporting the reminder list; never changed."""

    __tablename__ = "consent_reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    reminded_on: Mapped[date] = mapped_column(Date)
    #: The consent the reminder was about (its day).
    consented_on: Mapped[date] = mapped_column(Date)
    message: Mapped[str] = mapped_column(String(LMS_MAX_BYTES))
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (Index("ix_consent_reminder_customer", "customer_id", "reminded_on"),)


class AuditEntry(Base):
    """Who changed what, when, with the values before and after. Written in the same transaction as the change."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    #: Who approved with their PIN an action beyond the role of ``staff_id``.
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)

    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)


class Plan(Base):
    """A catalogue entry (요금제). Its price is kept apart, by effective date, in ``PlanPrice``."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(PLAN_NAME_MAX))
    kind: Mapped[str] = mapped_column(String(20))
    tier: Mapped[str] = mapped_column(String(TIER_MAX), default="")
    cadence: Mapped[str] = mapped_column(String(20))
    #: Term options: ``[{"months": 24, "discount_percent": 5}, …]``.
    terms: Mapped[list[dict[str, int]]] = mapped_column(JSON)
    trial_days: Mapped[int] = mapped_column(Integer, default=0)
    deposit: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class PlanPrice(Base):
    """A plan's monthly price from a date; a price change is recorded ahead as a new version."""

    __tablename__ = "plan_price"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"))
    monthly_price: Mapped[int] = mapped_column(Integer)
    effective_from: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    void_reason: Mapped[str | None] = mapped_column(String(NOTE_MAX), default=None)

    __table_args__ = (Index("ix_plan_price_plan", "plan_id", "effective_from"),)

    @property
    def effective_until(self) -> date | None:
        """A price lasts until the next one (``domain.timeline`` rules)."""
        return None


class DiscountCategory(Base):
    """A discount the shop grants by category (다자녀, a sibling's second subscription)."""

    __tablename__ = "discount_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(DISCOUNT_NAME_MAX))
    percent: Mapped[int] = mapped_column(Integer)
    #: What staff should see before granting it ("가족관계증명서").
    evidence_hint: Mapped[str] = mapped_column(String(EVIDENCE_MAX), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Subscription(Base):
    """One signed contract. What was agreed is kept as signed; what happened since is in ``SubscriptionEvent``.

    ``ends_on`` and ``cancelled_on`` repeat what the events say, kept in step by the services in the same
    transaction, so the lists (ending in 30 days, cancelled) are indexed queries.
    """

    __tablename__ = "subscription"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id"), index=True)
    plan_name: Mapped[str] = mapped_column(String(PLAN_NAME_MAX))
    kind: Mapped[str] = mapped_column(String(20))
    tier: Mapped[str] = mapped_column(String(TIER_MAX), default="")
    cadence: Mapped[str] = mapped_column(String(20))
    term_months: Mapped[int] = mapped_column(Integer)
    start_on: Mapped[date] = mapped_column(Date)
    trial_days: Mapped[int] = mapped_column(Integer, default=0)
    #: First day of the term after the trial (``start_on + trial_days``), for the "trials ending" list.
    paid_from: Mapped[date] = mapped_column(Date)
    list_price: Mapped[int] = mapped_column(Integer)
    term_discount_percent: Mapped[int] = mapped_column(Integer, default=0)
    monthly_fee: Mapped[int] = mapped_column(Integer)
    deposit: Mapped[int] = mapped_column(Integer, default=0)
    #: Day of the month a box is delivered (1-31, the last day of shorter months), or None.
    delivery_day: Mapped[int | None] = mapped_column(Integer, default=None)
    #: Weekday of rental swaps (0 = Monday), or None.
    swap_weekday: Mapped[int | None] = mapped_column(Integer, default=None)
    payment_method: Mapped[str] = mapped_column(String(20))
    pause_end_rule: Mapped[str] = mapped_column(String(20))
    max_pause_days: Mapped[int] = mapped_column(Integer)
    #: ``domain.ledger.SkipRule`` the contract was signed under: printed on it and read by billing.
    skip_rule: Mapped[str] = mapped_column(String(20), default="charged", server_default="charged")
    early_termination_percent: Mapped[int] = mapped_column(Integer)
    early_termination_cap: Mapped[int | None] = mapped_column(Integer, default=None)
    #: ``domain.fees.FeeMethod`` the contract was signed under; contracts from before migration 0009 keep "days_30".
    early_termination_method: Mapped[str] = mapped_column(String(20), default="billing_cycles")
    renews_id: Mapped[int | None] = mapped_column(ForeignKey("subscription.id"), default=None)
    renewed: Mapped[bool] = mapped_column(Boolean, default=False)
    ends_on: Mapped[date] = mapped_column(Date, index=True)
    cancelled_on: Mapped[date | None] = mapped_column(Date, default=None)
    signed_on: Mapped[date] = mapped_column(Date)
    signed_at: Mapped[datetime]
    signed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    # The owner's dashboard adds the contracts up by these days, read in order from the index (migration 0029).
    __table_args__ = (
        Index("ix_subscription_starts", "start_on", "renews_id", "ends_on", "cancelled_on", "monthly_fee"),
        Index("ix_subscription_cancels", "cancelled_on", "ends_on", "start_on", "monthly_fee"),
        Index("ix_subscription_term_ends", "ends_on", "cancelled_on", "start_on", "renewed", "monthly_fee", "plan_id"),
        Index("ix_subscription_customer_span", "customer_id", "start_on", "ends_on", "cancelled_on"),
    )

    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class SubscriptionDiscount(Base):
    """A category discount on one contract, with the evidence the clerk saw."""

    __tablename__ = "subscription_discount"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"), index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("discount_category.id"), default=None)
    label: Mapped[str] = mapped_column(String(DISCOUNT_NAME_MAX))
    percent: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(String(EVIDENCE_MAX), default="")


class SubscriptionEvent(Base):
    """A transition with its effective date: pause (to ``until``), resume, skip, plan change, cancel, renew.

    Appended, never changed; a mistaken one is voided with a reason.
    """

    __tablename__ = "subscription_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"))
    kind: Mapped[str] = mapped_column(String(20))
    effective_on: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date, default=None)
    #: The event this one acts on (the pause a resume ends early).
    refers_to_id: Mapped[int | None] = mapped_column(ForeignKey("subscription_event.id"), default=None)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id"), default=None)
    monthly_fee: Mapped[int | None] = mapped_column(Integer, default=None)
    fee: Mapped[int | None] = mapped_column(Integer, default=None)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    void_reason: Mapped[str | None] = mapped_column(String(NOTE_MAX), default=None)

    __table_args__ = (Index("ix_subscription_event_subscription", "subscription_id", "effective_on"),)


class PriceNotice(Base):
    """That a subscriber was told of a price change: when, how, and whether they acknowledged it."""

    __tablename__ = "price_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_price_id: Mapped[int] = mapped_column(ForeignKey("plan_price.id"))
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"), index=True)
    told_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (Index("ix_price_notice_price", "plan_price_id", "subscription_id"),)


class PrintedDocument(Base):
    """A document as it was handed over: the exact PDF, its SHA-256, who printed it and when.

    Documents about the same thing (``subject_key``: one contract, one change of address, one plan offered to one
    customer) are numbered ``version`` 1, 2, … as they are issued again after a change; reprints of the same file
    are audit entries, not rows.
    """

    __tablename__ = "printed_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "D-2026-000123": the year issued and the id, so a number never repeats. Set right after the insert.
    document_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    #: ``services.documents.DocumentKind``.
    kind: Mapped[str] = mapped_column(String(30))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscription.id"), default=None)
    #: What the document is about, as the list shows it: a contract number, "주소 변경 (2026년 6월 1일)" …
    subject: Mapped[str] = mapped_column(String(200))
    #: The same thing in a stable spelling ("subscription:42"), so versions are counted per subject.
    subject_key: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    #: The date printed on the document.
    issued_on: Mapped[date] = mapped_column(Date)
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    page_count: Mapped[int] = mapped_column(Integer)
    printed_at: Mapped[datetime]
    printed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (
        UniqueConstraint("kind", "subject_key", "version", name="uq_printed_document_subject_version"),
        Index("ix_printed_document_customer", "customer_id", "printed_at"),
        Index("ix_printed_document_subscription", "subscription_id", "printed_at"),
    )


class Delivery(Base):
    """One box or rental swap of a subscription on a date (``domain.deliveries``).

    While scheduled it goes to the address in effect on ``scheduled_on`` (resolved when read, so a move recorded
    later is followed); packing freezes that address and the primary phone on the row, and from then on the frozen
    copy is what the label said and never changes. The address columns are null until then.
    """

    __tablename__ = "delivery"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    scheduled_on: Mapped[date] = mapped_column(Date, index=True)
    #: ``domain.deliveries.DeliveryKind``: "box" or "swap".
    kind: Mapped[str] = mapped_column(String(10))
    #: ``domain.deliveries.DeliveryState``.
    state: Mapped[str] = mapped_column(String(20))
    postal_code: Mapped[str | None] = mapped_column(String(5), default=None)
    road_address: Mapped[str | None] = mapped_column(String(ROAD_ADDRESS_MAX), default=None)
    detail: Mapped[str | None] = mapped_column(String(DETAIL_MAX), default=None)
    entry_notes: Mapped[str | None] = mapped_column(String(ENTRY_NOTES_MAX), default=None)
    delivery_memo: Mapped[str | None] = mapped_column(String(DELIVERY_MEMO_MAX), default=None)
    #: 시/도 short form of the frozen address, for the region filter.
    region: Mapped[str | None] = mapped_column(String(10), default=None)
    frozen_address_version_id: Mapped[int | None] = mapped_column(ForeignKey("address_version.id"), default=None)
    frozen_phone_e164: Mapped[str | None] = mapped_column(String(20), default=None)
    courier: Mapped[str | None] = mapped_column(String(COURIER_MAX), default=None)
    tracking_number: Mapped[str | None] = mapped_column(String(TRACKING_NUMBER_MAX), default=None)
    needs_follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    #: ``domain.deliveries.FollowUpReason`` while ``needs_follow_up``.
    follow_up_reason: Mapped[str | None] = mapped_column(String(40), default=None)
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    #: One row per date and kind: regenerating a schedule finds the row again (and reinstates a cancelled one).
    #: Its index also serves lookups by subscription.
    __table_args__ = (
        UniqueConstraint("subscription_id", "scheduled_on", "kind", name="uq_delivery_subscription_date_kind"),
        Index("ix_delivery_customer", "customer_id", "scheduled_on"),
    )


class DeliveryEvent(Base):
    """One step of a delivery (scheduled → packed → shipped …): from which state to which, who, when and why."""

    __tablename__ = "delivery_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id"))
    from_state: Mapped[str] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")

    __table_args__ = (Index("ix_delivery_event_delivery", "delivery_id", "at"),)


class Toy(Base):
    """A catalogue entry (장난감): what a toy is, for which ages, and what it is worth. Physical units are ``Item``s."""

    __tablename__ = "toy"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(TOY_NAME_MAX))
    #: ``domain.hangul.initial_consonants(name)``, so 초성 search is a plain string match.
    name_initials: Mapped[str] = mapped_column(String(TOY_NAME_MAX))
    #: ``domain.toys.ToyCategory``.
    category: Mapped[str] = mapped_column(String(20))
    min_age_months: Mapped[int] = mapped_column(Integer)
    max_age_months: Mapped[int] = mapped_column(Integer)
    brand: Mapped[str] = mapped_column(String(BRAND_MAX), default="")
    #: What the shop paid or would pay to replace it, in won: the fee for a lost item.
    value: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    #: Like the customer list: name order and every name or 초성 search walk one index.
    __table_args__ = (
        Index("ix_toy_list", "name", "name_initials"),
        Index("ix_toy_age", "min_age_months", "max_age_months"),
    )


class Item(Base):
    """One physical, barcoded unit of a toy (품목) and its state (``domain.toys.ItemState``)."""

    __tablename__ = "item"

    id: Mapped[int] = mapped_column(primary_key=True)
    toy_id: Mapped[int] = mapped_column(ForeignKey("toy.id"))
    #: As ``domain.toys.parse_barcode`` normalises it: what the scanner types.
    barcode: Mapped[str] = mapped_column(String(SHOP_CODE_MAX), unique=True)
    state: Mapped[str] = mapped_column(String(20))
    acquired_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    created_at: Mapped[datetime]
    #: Optimistic lock: two counters scanning the same item cannot both lend it.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_item_toy_state", "toy_id", "state"),
        Index("ix_item_state", "state", "toy_id"),
    )


class Loan(Base):
    """An item out with a customer's child (대여): since when, due when, and how it came back."""

    __tablename__ = "loan"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"))
    #: The rental or unlimited subscription the loan was made under.
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"))
    #: The swap delivery that took it to the customer, when it did not leave from the counter.
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id"), default=None)
    lent_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date, default=None)
    #: ``domain.rentals.ReturnCondition`` once returned.
    return_condition: Mapped[str | None] = mapped_column(String(20), default=None)
    lent_at: Mapped[datetime]
    lent_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    returned_at: Mapped[datetime | None] = mapped_column(default=None)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")

    __table_args__ = (
        #: A customer's items out (returned_on is null), and their history.
        Index("ix_loan_customer", "customer_id", "returned_on"),
        Index("ix_loan_item", "item_id", "lent_on"),
        #: What a child has had, for suggestions.
        Index("ix_loan_child", "child_id", "item_id"),
        #: Items out and overdue, across the shop.
        Index("ix_loan_open_due", "returned_on", "due_on"),
    )


class ItemEvent(Base):
    """One change of an item's state: from, to, who, when, why, and the loan or reservation behind it."""

    __tablename__ = "item_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    #: None when the item was added.
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id"), default=None)
    reservation_id: Mapped[int | None] = mapped_column(ForeignKey("reservation.id"), default=None)

    __table_args__ = (Index("ix_item_event_item", "item_id", "at"),)


class Reservation(Base):
    """A child waiting for a toy (예약): waiting, then ready with an item set aside, then fulfilled or cancelled."""

    __tablename__ = "reservation"

    id: Mapped[int] = mapped_column(primary_key=True)
    toy_id: Mapped[int] = mapped_column(ForeignKey("toy.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    child_id: Mapped[int] = mapped_column(ForeignKey("child.id"))
    #: ``domain.rentals.ReservationState``.
    state: Mapped[str] = mapped_column(String(20))
    #: The item set aside while ready (and lent when fulfilled).
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), default=None)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    reserved_at: Mapped[datetime]
    reserved_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    ready_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        #: The queue of one toy, first come first served, and the shop's ready list.
        Index("ix_reservation_toy_queue", "toy_id", "state", "id"),
        Index("ix_reservation_customer", "customer_id", "state"),
        Index("ix_reservation_state", "state", "ready_at"),
    )


class CustomerCharge(Base):
    """A fee recorded on a customer (lost, damaged, missing parts, late return). Voided with a reason, never deleted."""

    __tablename__ = "customer_charge"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    #: ``domain.rentals.ChargeKind``.
    kind: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id"), default=None)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id"), default=None)
    charged_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    void_reason: Mapped[str | None] = mapped_column(String(NOTE_MAX), default=None)

    __table_args__ = (Index("ix_customer_charge_customer", "customer_id", "charged_on"),)


class LedgerEntry(Base):
    """One entry of a customer's account in whole won (``domain.ledger.EntryKind``): a charge, payment, refund or
    write-off. Never updated or deleted: a mistake is voided (who, when, why) and replaced by a new entry that
    points back to it.

    A charge the contract calls for carries a key (``S12-C3``: subscription 12, cycle 3); a unique index over the
    live entries' keys makes two counters billing the same cycle at once fail instead of billing twice.
    """

    __tablename__ = "ledger_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscription.id"), default=None)
    kind: Mapped[str] = mapped_column(String(20))
    #: Always above 0; the kind says whether it adds to what is owed or takes from it.
    amount: Mapped[int] = mapped_column(Integer)
    #: A charge's due date; the day a payment, refund or write-off was made.
    entry_on: Mapped[date] = mapped_column(Date)
    charge_key: Mapped[str | None] = mapped_column(String(40), default=None)
    #: The rental fee (``CustomerCharge``) a late, damage or loss charge bills.
    customer_charge_id: Mapped[int | None] = mapped_column(ForeignKey("customer_charge.id"), default=None)
    #: ``domain.ledger.PaymentMeans`` of a payment or refund.
    means: Mapped[str | None] = mapped_column(String(20), default=None)
    approval_number: Mapped[str] = mapped_column(String(20), default="")
    cash_receipt_number: Mapped[str] = mapped_column(String(20), default="")
    #: What a cycle fee covers (first and last day, days of how many, the monthly fee), for screens and receipts.
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    note: Mapped[str] = mapped_column(String(NOTE_MAX), default="")
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    void_reason: Mapped[str | None] = mapped_column(String(NOTE_MAX), default=None)
    #: The voided entry this one corrects.
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"), default=None)
    #: A live charge's or refund's part no live credit covers yet; 0 for credits and voided entries. Derived, kept by
    #: ``db.ledger_balance`` in the transaction that changes the account (the one column that ever changes).
    open_amount: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        Index("ix_ledger_entry_customer", "customer_id", "entry_on"),
        Index("ix_ledger_entry_subscription", "subscription_id", "entry_on"),
        #: The daily close: a day's entries, and the voids made on a day.
        Index("ix_ledger_entry_day", "entry_on"),
        #: The voids made on a day (the daily close): the voided entries only, so a read of the live ones ("voided_at
        #: IS NULL", nearly every row) is never steered to it.
        Index(
            "ix_ledger_entry_voided_at",
            "voided_at",
            sqlite_where=text("voided_at IS NOT NULL"),
            postgresql_where=text("voided_at IS NOT NULL"),
        ),
        #: What is still owed, by due date: the overdue list and the holds read only the unpaid debits.
        Index(
            "ix_ledger_entry_open_due",
            "entry_on",
            "customer_id",
            "open_amount",
            sqlite_where=text("voided_at IS NULL AND open_amount > 0"),
            postgresql_where=text("voided_at IS NULL AND open_amount > 0"),
        ),
        #: Entries of one kind across the shop (the deposits held).
        Index("ix_ledger_entry_kind", "kind", "customer_id"),
        Index(
            "uq_ledger_entry_live_charge_key",
            "charge_key",
            unique=True,
            sqlite_where=text("voided_at IS NULL AND charge_key IS NOT NULL"),
            postgresql_where=text("voided_at IS NULL AND charge_key IS NOT NULL"),
        ),
    )


class LedgerAllocation(Base):
    """Part of a credit (payment, write-off) set against a debit (charge, refund). Live while both entries are."""

    __tablename__ = "ledger_allocation"

    id: Mapped[int] = mapped_column(primary_key=True)
    credit_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    debit_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    amount: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)


class DayClose(Base):
    """일마감: one shop day's close, as it was made: the day's movements per staff member and method, the opening
    float, the cash the drawer should have held and the cash counted, the reason for a difference, who closed and
    when. Never edited: re-opening the day (the owner, with a reason) marks it superseded, and a new close of the
    same day is a new row. A unique index over the live closes' days makes a second close of a day fail.
    """

    __tablename__ = "day_close"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    opening_float: Mapped[int] = mapped_column(Integer)
    expected_cash: Mapped[int] = mapped_column(Integer)
    counted_cash: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(CLOSE_REASON_MAX), default="")
    #: The day's lines as closed (``domain.day_close.CloseLine``: staff, means, payments, refunds, write-offs,
    #: voids, count), so the record and its printout never change.
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    closed_at: Mapped[datetime]
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reopened_at: Mapped[datetime | None] = mapped_column(default=None)
    reopened_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    reopen_reason: Mapped[str | None] = mapped_column(String(CLOSE_REASON_MAX), default=None)

    __table_args__ = (
        Index(
            "uq_day_close_live_day",
            "day",
            unique=True,
            sqlite_where=text("reopened_at IS NULL"),
            postgresql_where=text("reopened_at IS NULL"),
        ),
    )


class BankStatementLine(Base):
    """A deposit read from a bank statement (``domain.bank_statements``), kept once however often the statement is
    imported (its key is unique), with where it stands: open, matched to a payment, or ignored by a clerk."""

    __tablename__ = "bank_statement_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: ``BankDeposit.key``: day, time, depositor, amount and balance (or which of identical lines).
    line_key: Mapped[str] = mapped_column(String(LINE_KEY_MAX), unique=True)
    deposit_on: Mapped[date] = mapped_column(Date)
    deposit_time: Mapped[str] = mapped_column(String(8), default="")
    depositor: Mapped[str] = mapped_column(String(BANK_TEXT_MAX), default="")
    summary: Mapped[str] = mapped_column(String(BANK_TEXT_MAX), default="")
    amount: Mapped[int] = mapped_column(Integer)
    balance: Mapped[int | None] = mapped_column(Integer, default=None)
    file_name: Mapped[str] = mapped_column(String(FILE_NAME_MAX))
    row: Mapped[int] = mapped_column(Integer)
    #: ``domain.bank_statements.LineStatus``.
    status: Mapped[str] = mapped_column(String(10))
    #: The payment a matched line was recorded as, and whose it is.
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"), default=None)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    imported_at: Mapped[datetime]
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    settled_at: Mapped[datetime | None] = mapped_column(default=None)
    settled_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)

    __table_args__ = (
        CheckConstraint("amount > 0", name="amount_positive"),
        #: The open lines in bank order: what the matching window lists.
        Index("ix_bank_statement_line_status", "status", "deposit_on", "id"),
        #: The line of a payment, looked up when a payment is voided.
        Index("ix_bank_statement_line_payment", "payment_id"),
    )


class ContactHold(Base):
    """A contact found unreachable (a box came back "addressee moved", a number no longer in service) from a date:
    the customer's deliveries from that date are held until a new address or number is recorded, or a clerk
    releases the hold. Released, never deleted."""

    __tablename__ = "contact_hold"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    #: ``domain.holds.UnreachableContact``: "address" or "phone".
    contact: Mapped[str] = mapped_column(String(10))
    address_version_id: Mapped[int | None] = mapped_column(ForeignKey("address_version.id"), default=None)
    phone_version_id: Mapped[int | None] = mapped_column(ForeignKey("phone_version.id"), default=None)
    #: The delivery that came back, when that is how the shop found out.
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id"), default=None)
    unreachable_from: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(HOLD_NOTE_MAX), default="")
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    released_at: Mapped[datetime | None] = mapped_column(default=None)
    released_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    #: ``domain.holds.HoldRelease``: a new address, a new number, or a clerk's decision.
    release: Mapped[str | None] = mapped_column(String(20), default=None)
    release_note: Mapped[str] = mapped_column(String(HOLD_NOTE_MAX), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    #: Open holds by customer: what every delivery list and packing step asks.
    __table_args__ = (Index("ix_contact_hold_customer", "customer_id", "released_at"),)


class ImportRecord(Base):
    """One import of a shop's spreadsheet: the file, how many rows, what was made of them, who ran it and when."""

    __tablename__ = "import_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(FILE_NAME_MAX))
    #: What the file turned out to be: "xlsx", "xls", "csv" or "html".
    file_kind: Mapped[str] = mapped_column(String(10))
    rows: Mapped[int] = mapped_column(Integer)
    customers: Mapped[int] = mapped_column(Integer)
    children: Mapped[int] = mapped_column(Integer)
    subscriptions: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
    merged: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime]
    imported_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class ImportRecordCustomer(Base):
    """A customer an import created or added to, with the row of the file they came from."""

    __tablename__ = "imported_customer"

    import_id: Mapped[int] = mapped_column(ForeignKey("import_record.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True, index=True)
    row: Mapped[int] = mapped_column(Integer)
    #: True when the rows were added to a customer who was already on record.
    merged: Mapped[bool] = mapped_column(Boolean, default=False)


class ImportRecordSubscription(Base):
    """A contract an import brought over, with what the old records said beyond the contract itself."""

    __tablename__ = "imported_subscription"

    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"), primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("import_record.id"), index=True)
    row: Mapped[int] = mapped_column(Integer)
    #: The last day the old records say was paid for; None when the file did not say.
    paid_through: Mapped[date | None] = mapped_column(Date, default=None)


class ContactLogEntry(Base):
    """One entry of a customer's contact log (상담 기록, ``domain.contact_log``): a call, visit or message, or a
    complaint, praise or request; maybe about one subscription, delivery or loan; maybe with a follow-up owned by
    a staff member. A complaint is resolved (with how, by whom), never deleted; a follow-up is done when the contact
    that answers it is logged."""

    __tablename__ = "contact_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The customer, or (``prospect_id``) someone not a customer yet; a prospect's entries stay theirs once they
    #: join, and show on the customer's log through ``Prospect.customer_id``.
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    prospect_id: Mapped[int | None] = mapped_column(ForeignKey("prospect.id"), default=None)
    #: ``domain.contact_log.ContactKind``.
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(CONTACT_NOTE_MAX))
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscription.id"), default=None)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id"), default=None)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id"), default=None)
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)
    follow_up_owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    #: The entry that answered this one's follow-up.
    followed_up_by_entry_id: Mapped[int | None] = mapped_column(ForeignKey("contact_log.id"), default=None)
    followed_up_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    resolution: Mapped[str | None] = mapped_column(String(RESOLUTION_MAX), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        #: A customer's log, newest first; a prospect's.
        Index("ix_contact_log_customer", "customer_id", "recorded_at"),
        Index("ix_contact_log_prospect", "prospect_id", "recorded_at"),
        #: The follow-ups still due, by day: "오늘 연락할 고객" walks this in order and stops at a page.
        Index("ix_contact_log_follow_up", "followed_up_at", "follow_up_on", "id"),
    )


class Prospect(Base):
    """Someone who asked about the shop or tried it (``domain.prospects``): where they heard of it, what they want,
    and how it ended — linked to the customer they became, or lost with why. Closed, never deleted."""

    __tablename__ = "prospect"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    phone_e164: Mapped[str | None] = mapped_column(String(20), default=None)
    #: ``domain.prospects.ProspectKind``, ``ProspectSource``, ``ProspectOutcome``.
    kind: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))
    interest: Mapped[str] = mapped_column(String(INTEREST_MAX), default="")
    outcome: Mapped[str] = mapped_column(String(20))
    outcome_note: Mapped[str | None] = mapped_column(String(OUTCOME_NOTE_MAX), default=None)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        #: The open prospects, newest first, paged by a keyset; the conversion rate per source.
        Index("ix_prospect_outcome", "outcome", "recorded_at", "id"),
        Index("ix_prospect_source", "source", "outcome"),
        Index("ix_prospect_customer", "customer_id"),
    )


class Feedback(Base):
    """A customer's 1–5 rating of a delivery, a return or a toy, with a comment (``domain.feedback``). The plan and
    toy it counts for are kept on the row, so averages per plan and per toy are one indexed read. Voided with a
    reason, never edited or deleted."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    #: ``domain.feedback.FeedbackSubject`` and ``FeedbackSource``.
    subject: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id"), default=None)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id"), default=None)
    #: The toy rated, or the returned item's toy.
    toy_id: Mapped[int | None] = mapped_column(ForeignKey("toy.id"), default=None)
    #: The subscription of the delivery or loan, and its plan (none for a toy rated on its own).
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("subscription.id"), default=None)
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id"), default=None)
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(String(FEEDBACK_COMMENT_MAX), default="")
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    void_reason: Mapped[str | None] = mapped_column(String(NOTE_MAX), default=None)

    __table_args__ = (
        Index("ix_feedback_customer", "customer_id", "recorded_at"),
        Index("ix_feedback_plan", "plan_id", "voided_at"),
        Index("ix_feedback_toy", "toy_id", "voided_at"),
        Index("ix_feedback_recorded", "recorded_at"),
        # the dashboard's satisfaction per month, read from the index alone (migration 0029)
        Index("ix_feedback_recorded_rating", "recorded_at", "voided_at", "rating"),
    )


class Survey(Base):
    """A satisfaction survey round the owner wrote: a title and its questions, open until closed."""

    __tablename__ = "survey"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(SURVEY_TITLE_MAX))
    created_at: Mapped[datetime]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None] = mapped_column(default=None)


class SurveyQuestion(Base):
    __tablename__ = "survey_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(QUESTION_MAX))
    #: ``domain.feedback.QuestionKind``.
    kind: Mapped[str] = mapped_column(String(10))


class SurveyAnswer(Base):
    """One customer's answer to one question; answering again supersedes the earlier answer (kept, voided)."""

    __tablename__ = "survey_answer"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_question.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    rating: Mapped[int | None] = mapped_column(Integer, default=None)
    text: Mapped[str] = mapped_column(String(ANSWER_MAX), default="")
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None] = mapped_column(default=None)

    __table_args__ = (Index("ix_survey_answer_question", "question_id", "voided_at"),)


class Segment(Base):
    """A saved customer segment (``domain.segments``): its name and criteria (``criteria_to_json``), who made and
    last changed it. A deleted segment is kept, marked deleted; a live one's name is unique."""

    __tablename__ = "segment"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(SEGMENT_NAME_MAX))
    criteria: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    changed_at: Mapped[datetime]
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index(
            "uq_segment_live_name",
            "name",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )


class Referral(Base):
    """Who brought whom (추천): the referrer whose code the new customer gave at their first sign-up, and when."""

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    referrer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    #: A customer is referred once: at their first subscription.
    referred_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), unique=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscription.id"))
    referred_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))

    __table_args__ = (
        Index("ix_referral_referrer", "referrer_id", "referred_on"),
        Index("ix_referral_day", "referred_on"),
    )


class PointsEntry(Base):
    """One entry of a customer's points (적립금, ``domain.points.PointsKind``) in whole points. Never updated or
    deleted: a mistake is voided (who, when, why) and replaced by a new entry that points back to it.

    An earning names the monthly fee that earned it (unique among live entries: one earning per charge, whichever
    payment paid it; voided when the fee is no longer paid, earned again when it is paid again); a
    spending names the money-ledger discount it wrote; an expiry names the lot it expired."""

    __tablename__ = "points_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    kind: Mapped[str] = mapped_column(String(20))
    points: Mapped[int] = mapped_column(Integer)
    entry_on: Mapped[date] = mapped_column(Date)
    charge_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"), default=None)
    ledger_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"), default=None)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referral.id"), default=None)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("points_entry.id"), default=None)
    reason: Mapped[str] = mapped_column(String(POINTS_REASON_MAX), default="")
    recorded_at: Mapped[datetime]
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    voided_at: Mapped[datetime | None] = mapped_column(default=None)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    void_reason: Mapped[str | None] = mapped_column(String(NOTE_MAX), default=None)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("points_entry.id"), default=None)

    __table_args__ = (
        CheckConstraint("points > 0", name="points_positive"),
        Index("ix_points_entry_customer", "customer_id", "entry_on"),
        # An expiry names its lot: "has this lot an expiry written?" is one probe, not a scan per lot.
        Index("ix_points_entry_lot", "lot_id"),
        Index(
            "uq_points_entry_live_charge",
            "charge_id",
            unique=True,
            sqlite_where=text("voided_at IS NULL AND charge_id IS NOT NULL"),
            postgresql_where=text("voided_at IS NULL AND charge_id IS NOT NULL"),
        ),
    )


class ChurnScore(Base):
    """A subscriber's churn risk as scored on ``scored_on`` (``services.churn``): the score, the heaviest reason (the
    one to call about) and every reason with its weight and fact. Worked out for the whole shop once a day (or on
    demand, or after the weights change) so the list's pages are one walk of the score index."""

    __tablename__ = "churn_score"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    scored_on: Mapped[date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer)
    #: ``domain.churn.ChurnReason`` of the heaviest reason.
    top_reason: Mapped[str] = mapped_column(String(20))
    #: ``[[reason, weight, {argument: value}], ...]``, heaviest first.
    reasons: Mapped[list[Any]] = mapped_column(JSON)

    __table_args__ = (
        #: The list, riskiest first, paged by a keyset (score, customer).
        Index("ix_churn_score_rank", "scored_on", "score", "customer_id"),
    )
