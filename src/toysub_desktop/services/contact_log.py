"""The contact log (``domain.contact_log``): logging a contact, resolving a complaint, a customer's log, and the
follow-ups due ("오늘 연락할 고객"), paged by a keyset like the other lists.

Logging the contact that answers a follow-up marks that follow-up done in the same transaction, so the list of
whom to call never shows someone already called back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, or_, select, tuple_
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    ContactLogEntry,
    Customer,
    Delivery,
    Item,
    Loan,
    Prospect,
    Staff,
    Subscription,
    Toy,
)
from toysub_desktop.domain.contact_log import (
    ContactKind,
    ContactSubject,
    check_contact_note,
    check_follow_up_on,
    check_follow_up_owner,
    check_resolution,
    check_resolvable,
    is_follow_up_due,
    is_open_complaint,
)
from toysub_desktop.domain.dates import check_not_before_registration, shop_today, to_shop_time, utc_now
from toysub_desktop.domain.deliveries import DeliveryKind, DeliveryState
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.phone import Phone, phone_from_e164
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import audit, check_version, get_or_raise, require_staff, unit_of_work
from toysub_desktop.services.queries.contact_versions import phone_versions, phones_in_effect, staff_names

#: Follow-ups due shown a page at a time.
PAGE_SIZE = 100
#: How many of a customer's latest deliveries a new entry may be about (older ones are rarely the subject).
RECENT_DELIVERIES = 12

_NOT_THEIRS = QT_TRANSLATE_NOOP("Validation", "Choose a subscription, delivery or rental of this customer.")
_NO_OWNER = QT_TRANSLATE_NOOP("Validation", "Choose a staff member who works here.")
_NOT_DUE = QT_TRANSLATE_NOOP("Validation", "Choose a follow-up of this customer.")


@dataclass(frozen=True)
class Topic:
    """What an entry is about, besides the customer: one subscription, delivery or loan of theirs."""

    subject: ContactSubject
    id: int
    #: The subscription's start, the delivery's date, the day the item was lent.
    day: date
    contract_number: str
    #: The plan (subscription, delivery) or the toy (loan).
    name: str
    delivery_kind: DeliveryKind | None = None
    #: The loan is still out.
    out: bool = False


@dataclass(frozen=True)
class ContactEntry:
    id: int
    customer_id: int | None
    #: Logged while the customer was a prospect (or about a prospect still).
    prospect_id: int | None
    kind: ContactKind
    note: str
    topic: Topic | None
    recorded_at: datetime
    recorded_by: str
    follow_up_on: date | None
    follow_up_owner_id: int | None
    follow_up_owner: str
    followed_up_at: datetime | None
    resolved_at: datetime | None
    resolved_by: str
    resolution: str | None
    version: int

    @property
    def is_open_complaint(self) -> bool:
        return is_open_complaint(self.kind, self.resolved_at is not None)

    def follow_up_due(self, today: date) -> bool:
        return is_follow_up_due(self.follow_up_on, self.followed_up_at is not None, today)


@dataclass(frozen=True)
class FollowUpRow:
    """One follow-up due on the "오늘 연락할 고객" list."""

    entry_id: int
    #: The customer to call, or the prospect (``customer_number`` is then empty).
    customer_id: int | None
    prospect_id: int | None
    customer_number: str
    customer_name: str
    #: The customer's own number in effect today, or the prospect's (None when they have none).
    phone: Phone | None
    kind: ContactKind
    note: str
    recorded_at: datetime
    follow_up_on: date
    owner_id: int
    owner: str
    open_complaint: bool


@dataclass(frozen=True)
class FollowUpPage:
    rows: tuple[FollowUpRow, ...]
    has_more: bool


# --- clerk actions ---------------------------------------------------------------------------------------------


def log_contact(
    db: Database,
    *,
    staff_id: int,
    customer_id: int | None = None,
    prospect_id: int | None = None,
    kind: ContactKind,
    note: str,
    about: tuple[ContactSubject, int] | None = None,
    follow_up_on: date | None = None,
    follow_up_owner_id: int | None = None,
    answers_entry_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """Log one contact with a customer (or with a *prospect_id*, someone not a customer yet); returns the entry's
    id.

    *about* links it to one of the customer's subscriptions, deliveries or loans. A *follow_up_on* day (today or
    later) needs an owner. *answers_entry_id* is the earlier entry whose follow-up this contact is: that follow-up
    is done from now on (if another counter got there first, it keeps their answer)."""
    now = now or utc_now()
    today = shop_today(now)
    problems = ProblemCollector()
    with problems.checking():
        note = check_contact_note(note)
    if follow_up_on is not None:
        with problems.checking():
            check_follow_up_on(follow_up_on, today=today)
    with problems.checking():
        check_follow_up_owner(follow_up_on, follow_up_owner_id)
    problems.raise_if_any()
    if follow_up_on is None:
        follow_up_owner_id = None
    if (customer_id is None) == (prospect_id is None):
        raise ValueError("an entry is about one customer or one prospect")
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        if customer_id is not None:
            customer = get_or_raise(session, Customer, customer_id)
            if follow_up_on is not None:
                check_not_before_registration(follow_up_on, registered_on=customer.registered_on, field="follow_up_on")
        else:
            get_or_raise(session, Prospect, prospect_id or 0)
        if follow_up_owner_id is not None:
            owner = session.get(Staff, follow_up_owner_id)
            if owner is None or not owner.active:
                raise ValidationError.of("follow_up_owner", _NO_OWNER)
        links = _links(session, customer_id, about)
        answered = _answered(session, customer_id, prospect_id, answers_entry_id)
        entry = ContactLogEntry(
            customer_id=customer_id,
            prospect_id=prospect_id,
            kind=kind.value,
            note=note,
            recorded_at=now,
            recorded_by_id=staff_id,
            follow_up_on=follow_up_on,
            follow_up_owner_id=follow_up_owner_id,
            **links,
        )
        session.add(entry)
        session.flush()
        if answered is not None and answered.followed_up_at is None:
            answered.followed_up_at = now
            answered.followed_up_by_entry_id = entry.id
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action=f"contact.{kind.value}",
            entity="customer" if customer_id is not None else "prospect",
            entity_id=customer_id if customer_id is not None else prospect_id,
            after={
                "entry_id": entry.id,
                "note": note,
                **links,
                "follow_up_on": follow_up_on,
                "follow_up_owner_id": follow_up_owner_id,
                "answers_entry_id": answers_entry_id,
            },
        )
        return entry.id


def resolve_complaint(
    db: Database,
    *,
    staff_id: int,
    entry_id: int,
    resolution: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> None:
    """A complaint is resolved: how, by whom, when. Its follow-up, if one was still due, is done with it. A form
    filled before another counter changed the entry is refused with the one conflict message."""
    now = now or utc_now()
    resolution = check_resolution(resolution)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        entry = get_or_raise(session, ContactLogEntry, entry_id)
        resolved_by = staff_names(session, [entry.resolved_by_id]).get(entry.resolved_by_id or 0, "")
        check_resolvable(
            ContactKind(entry.kind),
            resolved_when=to_shop_time(entry.resolved_at).strftime("%Y-%m-%d %H:%M") if entry.resolved_at else None,
            resolved_by=resolved_by,
        )
        check_version(entry, expected_version)
        entry.resolved_at = now
        entry.resolved_by_id = staff_id
        entry.resolution = resolution
        if entry.follow_up_on is not None and entry.followed_up_at is None:
            entry.followed_up_at = now
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="contact.complaint_resolved",
            entity="customer" if entry.customer_id is not None else "prospect",
            entity_id=entry.customer_id if entry.customer_id is not None else entry.prospect_id,
            after={"entry_id": entry.id, "resolution": resolution},
        )


def _links(
    session: Session, customer_id: int | None, about: tuple[ContactSubject, int] | None
) -> dict[str, int | None]:
    """The entry's link columns for *about*, refused unless it is the customer's own (a prospect has none)."""
    links: dict[str, int | None] = {"subscription_id": None, "delivery_id": None, "loan_id": None}
    if about is None:
        return links
    if customer_id is None:
        raise ValidationError.of("about", _NOT_THEIRS)
    subject, key = about
    row: Subscription | Delivery | Loan | None
    if subject is ContactSubject.SUBSCRIPTION:
        row = session.get(Subscription, key)
    elif subject is ContactSubject.DELIVERY:
        row = session.get(Delivery, key)
    else:
        row = session.get(Loan, key)
    if row is None or row.customer_id != customer_id:
        raise ValidationError.of("about", _NOT_THEIRS)
    links[f"{subject.value}_id"] = key
    return links


def _answered(
    session: Session, customer_id: int | None, prospect_id: int | None, entry_id: int | None
) -> ContactLogEntry | None:
    if entry_id is None:
        return None
    entry = session.get(ContactLogEntry, entry_id)
    if (
        entry is None
        or entry.follow_up_on is None
        or (entry.customer_id, entry.prospect_id) != (customer_id, prospect_id)
    ):
        raise ValidationError.of("note", _NOT_DUE)
    return entry


# --- read models -------------------------------------------------------------------------------------------------


def customer_contact_log(db: Database, customer_id: int) -> tuple[ContactEntry, ...]:
    """The customer's contact log, newest first, with what was logged while they were a prospect."""
    with db.reading() as session:
        became = select(Prospect.id).where(Prospect.customer_id == customer_id)
        rows = session.scalars(
            select(ContactLogEntry)
            .where(or_(ContactLogEntry.customer_id == customer_id, ContactLogEntry.prospect_id.in_(became)))
            .order_by(ContactLogEntry.recorded_at.desc(), ContactLogEntry.id.desc())
        ).all()
        names = staff_names(
            session, (i for r in rows for i in (r.recorded_by_id, r.follow_up_owner_id, r.resolved_by_id))
        )
        topics = {(t.subject, t.id): t for t in _topics(session, customer_id, rows)}
        return tuple(_entry(row, names, topics) for row in rows)


def contact_entry(db: Database, entry_id: int) -> ContactEntry:
    with db.reading() as session:
        row = get_or_raise(session, ContactLogEntry, entry_id)
        names = staff_names(session, (row.recorded_by_id, row.follow_up_owner_id, row.resolved_by_id))
        topics = {(t.subject, t.id): t for t in _topics(session, row.customer_id, [row])} if row.customer_id else {}
        return _entry(row, names, topics)


def contact_topics(db: Database, customer_id: int) -> tuple[Topic, ...]:
    """What a new entry for the customer may be about: their subscriptions (newest first), their latest
    deliveries, and their loans still out, then the recent ones."""
    with db.reading() as session:
        return tuple(_topics(session, customer_id, None))


def _topics(session: Session, customer_id: int, entries: Sequence[ContactLogEntry] | None) -> list[Topic]:
    """The customer's topics: every choice for a new entry (*entries* None), or the ones *entries* name."""
    if entries is None:
        return [
            *_subscription_topics(session, customer_id, None),
            *_delivery_topics(session, customer_id, None),
            *_loan_topics(session, customer_id, None),
        ]
    subscriptions = {e.subscription_id for e in entries if e.subscription_id is not None}
    deliveries = {e.delivery_id for e in entries if e.delivery_id is not None}
    loans = {e.loan_id for e in entries if e.loan_id is not None}
    return [
        *(_subscription_topics(session, customer_id, subscriptions) if subscriptions else []),
        *(_delivery_topics(session, customer_id, deliveries) if deliveries else []),
        *(_loan_topics(session, customer_id, loans) if loans else []),
    ]


def _subscription_topics(session: Session, customer_id: int, ids: set[int] | None) -> list[Topic]:
    query = select(Subscription).where(Subscription.customer_id == customer_id)
    if ids is not None:
        query = query.where(Subscription.id.in_(ids))
    query = query.order_by(Subscription.start_on.desc(), Subscription.id.desc())
    return [
        Topic(ContactSubject.SUBSCRIPTION, sub.id, sub.start_on, sub.contract_number or "", sub.plan_name)
        for sub in session.scalars(query)
    ]


def _delivery_topics(session: Session, customer_id: int, ids: set[int] | None) -> list[Topic]:
    query = (
        select(Delivery.id, Delivery.scheduled_on, Delivery.kind, Subscription.contract_number, Subscription.plan_name)
        .join(Subscription, Subscription.id == Delivery.subscription_id)
        .where(Delivery.customer_id == customer_id)
        .order_by(Delivery.scheduled_on.desc(), Delivery.id.desc())
    )
    if ids is not None:
        query = query.where(Delivery.id.in_(ids))
    else:  # the latest that happened or will: a cancelled one is nobody's subject
        query = query.where(Delivery.state != DeliveryState.CANCELLED.value).limit(RECENT_DELIVERIES)
    return [
        Topic(ContactSubject.DELIVERY, key, day, contract_number or "", plan_name, DeliveryKind(kind))
        for key, day, kind, contract_number, plan_name in session.execute(query).tuples()
    ]


def _loan_topics(session: Session, customer_id: int, ids: set[int] | None) -> list[Topic]:
    query = (
        select(Loan.id, Loan.lent_on, Loan.returned_on, Subscription.contract_number, Toy.name)
        .join(Item, Item.id == Loan.item_id)
        .join(Toy, Toy.id == Item.toy_id)
        .join(Subscription, Subscription.id == Loan.subscription_id)
        .where(Loan.customer_id == customer_id)
        # Items still out first, then the latest returned.
        .order_by(Loan.returned_on.is_not(None), Loan.lent_on.desc(), Loan.id.desc())
    )
    query = query.where(Loan.id.in_(ids)) if ids is not None else query.limit(RECENT_DELIVERIES)
    return [
        Topic(ContactSubject.LOAN, key, lent_on, contract_number or "", toy_name, out=returned_on is None)
        for key, lent_on, returned_on, contract_number, toy_name in session.execute(query).tuples()
    ]


def _entry(
    row: ContactLogEntry, names: dict[int, str], topics: dict[tuple[ContactSubject, int], Topic]
) -> ContactEntry:
    topic = None
    for subject, key in (
        (ContactSubject.SUBSCRIPTION, row.subscription_id),
        (ContactSubject.DELIVERY, row.delivery_id),
        (ContactSubject.LOAN, row.loan_id),
    ):
        if key is not None:
            topic = topics.get((subject, key))
    return ContactEntry(
        id=row.id,
        customer_id=row.customer_id,
        prospect_id=row.prospect_id,
        kind=ContactKind(row.kind),
        note=row.note,
        topic=topic,
        recorded_at=row.recorded_at,
        recorded_by=names.get(row.recorded_by_id, ""),
        follow_up_on=row.follow_up_on,
        follow_up_owner_id=row.follow_up_owner_id,
        follow_up_owner=names.get(row.follow_up_owner_id or 0, ""),
        followed_up_at=row.followed_up_at,
        resolved_at=row.resolved_at,
        resolved_by=names.get(row.resolved_by_id or 0, ""),
        resolution=row.resolution,
        version=row.version,
    )


def follow_ups_due(
    db: Database,
    *,
    today: date,
    owner_id: int | None = None,
    after: FollowUpRow | None = None,
    limit: int = PAGE_SIZE,
) -> FollowUpPage:
    """The follow-ups due on *today* or overdue and not yet answered, oldest day first (``domain.contact_log.
    is_follow_up_due``), optionally only *owner_id*'s: the first page, or the one after the row *after* (a keyset
    on the day and the entry, served by ``ix_contact_log_follow_up``)."""
    due = and_(
        ContactLogEntry.followed_up_at.is_(None),
        ContactLogEntry.follow_up_on.is_not(None),
        ContactLogEntry.follow_up_on <= today,
    )
    query = (
        select(ContactLogEntry, Customer.number, Customer.name, Prospect.name, Prospect.phone_e164, Staff.name)
        .outerjoin(Customer, Customer.id == ContactLogEntry.customer_id)
        .outerjoin(Prospect, Prospect.id == ContactLogEntry.prospect_id)
        .join(Staff, Staff.id == ContactLogEntry.follow_up_owner_id)
        .where(due)
    )
    if owner_id is not None:
        query = query.where(ContactLogEntry.follow_up_owner_id == owner_id)
    if after is not None:
        query = query.where(
            tuple_(ContactLogEntry.follow_up_on, ContactLogEntry.id) > (after.follow_up_on, after.entry_id)
        )
    query = query.order_by(ContactLogEntry.follow_up_on, ContactLogEntry.id).limit(limit + 1)
    with db.reading() as session:
        found = session.execute(query).tuples().all()
        page = found[:limit]
        customer_ids = sorted({entry.customer_id for entry, *_ in page if entry.customer_id is not None})
        phones: dict[int, Phone | None] = {}
        for customer_id, rows in phone_versions(session, customer_ids).items():
            current = phones_in_effect(rows, today)
            phones[customer_id] = phone_from_e164(current[0].e164) if current and current[0].e164 else None
        rows_out = tuple(
            FollowUpRow(
                entry_id=entry.id,
                customer_id=entry.customer_id,
                prospect_id=entry.prospect_id,
                customer_number=number or "",
                customer_name=name if entry.customer_id is not None else prospect_name,
                phone=phones.get(entry.customer_id)
                if entry.customer_id is not None
                else (phone_from_e164(prospect_phone) if prospect_phone else None),
                kind=ContactKind(entry.kind),
                note=entry.note,
                recorded_at=entry.recorded_at,
                follow_up_on=entry.follow_up_on,  # type: ignore[arg-type]  # due rows have one
                owner_id=entry.follow_up_owner_id,  # type: ignore[arg-type]
                owner=owner,
                open_complaint=is_open_complaint(ContactKind(entry.kind), entry.resolved_at is not None),
            )
            for entry, number, name, prospect_name, prospect_phone, owner in page
        )
    return FollowUpPage(rows_out, len(found) > limit)
