"""Unreachable contacts and the delivery holds they set (``domain.holds``): recording, releasing, and the follow-up
list of held customers with their other contacts and recent history.

A hold is set in the same transaction as what revealed it (a delivery marked come back "addressee moved", a number
reported out of service) and released in the same transaction as the new address or number, so the deliveries a
clerk can pack never disagree with what the shop knows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion, ContactHold, Customer, Delivery, PhoneVersion, Subscription
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.contacts import ChangeReason, PhoneRole
from toysub_desktop.domain.dates import check_not_before_registration, shop_today, utc_now
from toysub_desktop.domain.deliveries import DeliveryKind, DeliveryState
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.holds import (
    HoldRelease,
    UnreachableContact,
    check_hold_note,
    check_unreachable_from,
)
from toysub_desktop.domain.phone import Phone, phone_from_e164
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.timeline import in_effect_on
from toysub_desktop.services.common import (
    get_or_raise,
    require_staff,
    saw_latest,
    unit_of_work,
)
from toysub_desktop.services.queries.contact_versions import (
    address_of,
    address_versions,
    frozen_address_of,
    phone_versions,
    phones_in_effect,
    staff_names,
)
from toysub_desktop.services.queries.holds import add_hold, end_hold, held_condition, hold_is_open

#: Deliveries and contact changes shown as a held customer's recent history.
RECENT = 5

_ALREADY_RELEASED = QT_TRANSLATE_NOOP("Validation", "This hold was released already.")
_NO_NUMBER = QT_TRANSLATE_NOOP("Validation", "Choose a number the customer has.")


@dataclass(frozen=True)
class HoldEntry:
    id: int
    contact: UnreachableContact
    unreachable_from: date
    #: The address or number found unreachable.
    address: Address | None
    phone: Phone | None
    phone_role: PhoneRole | None
    note: str
    recorded_at: datetime
    recorded_by: str
    delivery_id: int | None
    version: int


@dataclass(frozen=True)
class OtherPhone:
    role: PhoneRole
    phone: Phone
    #: This is the number reported out of service.
    unreachable: bool


@dataclass(frozen=True)
class RecentDelivery:
    scheduled_on: date
    kind: DeliveryKind
    state: DeliveryState
    contract_number: str
    address: Address | None


@dataclass(frozen=True)
class RecentChange:
    effective_from: date
    recorded_at: datetime
    reason: ChangeReason
    what: str


@dataclass(frozen=True)
class HeldCustomer:
    """A customer on the follow-up list: why, how else to reach them, and what happened lately."""

    customer_id: int
    number: str
    name: str
    email: str | None
    holds: tuple[HoldEntry, ...]
    address: Address | None
    phones: tuple[OtherPhone, ...]
    held_deliveries: int
    recent_deliveries: tuple[RecentDelivery, ...]
    recent_changes: tuple[RecentChange, ...]


def report_phone_out_of_service(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    phone_version_id: int,
    unreachable_from: date,
    note: str = "",
    now: datetime | None = None,
) -> int:
    """The number is no longer in service (a call said so, a text bounced): the customer's deliveries from
    *unreachable_from* are held until a new number is recorded or a clerk releases the hold."""
    now = now or utc_now()
    unreachable_from = check_unreachable_from(unreachable_from, today=shop_today(now))
    note = check_hold_note(note)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        customer = get_or_raise(session, Customer, customer_id)
        check_not_before_registration(unreachable_from, registered_on=customer.registered_on, field="unreachable_from")
        phone = session.get(PhoneVersion, phone_version_id)
        if phone is None or phone.customer_id != customer_id or phone.e164 is None or phone.voided_at is not None:
            raise ValidationError.of("phone_version_id", _NO_NUMBER)
        already = session.scalar(
            select(ContactHold.id).where(ContactHold.phone_version_id == phone_version_id, hold_is_open())
        )
        if already is not None:  # reported twice (two clerks, or a second call): one hold is enough
            return int(already)
        hold = add_hold(
            session,
            customer_id=customer_id,
            contact=UnreachableContact.PHONE,
            unreachable_from=unreachable_from,
            note=note,
            staff_id=staff_id,
            now=now,
            phone_version_id=phone_version_id,
        )
        return hold.id


def release_hold(
    db: Database,
    *,
    staff_id: int,
    hold_id: int,
    note: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> None:
    """The customer was reached another way and the contact is fine after all (or they will collect at the shop):
    the held deliveries may be packed again. *note* says how."""
    release_holds(db, staff_id=staff_id, holds=[(hold_id, expected_version)], note=note, now=now)


def release_holds(
    db: Database,
    *,
    staff_id: int,
    holds: Sequence[tuple[int, int | None]],
    note: str,
    now: datetime | None = None,
) -> None:
    """``release_hold`` for several holds (a customer's address and number) in one transaction: each given as its
    id and the version read (or None), all released or, if one was released meanwhile, none."""
    now = now or utc_now()
    note = check_hold_note(note, required=True)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        for hold_id, expected_version in holds:
            hold = get_or_raise(session, ContactHold, hold_id)
            if hold.released_at is not None or not saw_latest(hold, expected_version):
                raise ValidationError.of("note", _ALREADY_RELEASED)
            end_hold(session, hold, HoldRelease.BY_CLERK, note, staff_id, now)


# --- the follow-up list -----------------------------------------------------------------------------------------


def count_customers_on_hold(db: Database) -> int:
    with db.reading() as session:
        query = select(func.count(func.distinct(ContactHold.customer_id))).where(hold_is_open())
        return int(session.scalar(query) or 0)


def customers_on_hold(db: Database, *, today: date | None = None, limit: int = 200) -> list[HeldCustomer]:
    """Every customer with an open hold, longest held first, with what a clerk needs to reach them."""
    today = today or shop_today(utc_now())
    with db.reading() as session:
        holds = session.scalars(
            select(ContactHold).where(hold_is_open()).order_by(ContactHold.recorded_at, ContactHold.id)
        ).all()
        by_customer: dict[int, list[ContactHold]] = defaultdict(list)
        for hold in holds:
            if hold.customer_id in by_customer or len(by_customer) < limit:
                by_customer[hold.customer_id].append(hold)
        ids = list(by_customer)
        if not ids:
            return []
        customers = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
        addresses = address_versions(session, ids)
        phones = phone_versions(session, ids)
        names = staff_names(session, (h.recorded_by_id for h in holds))
        held_counts = dict(
            session.execute(
                select(Delivery.customer_id, func.count())
                .where(Delivery.customer_id.in_(ids), held_condition())
                .group_by(Delivery.customer_id)
            )
            .tuples()
            .all()
        )
        recent = _recent_deliveries(session, ids)
        return [
            _held_customer(
                customers[customer_id],
                by_customer[customer_id],
                addresses[customer_id],
                phones[customer_id],
                names,
                held_counts.get(customer_id, 0),
                recent[customer_id],
                today,
            )
            for customer_id in ids
        ]


def _recent_deliveries(session: Session, ids: Sequence[int]) -> dict[int, list[RecentDelivery]]:
    found: dict[int, list[RecentDelivery]] = defaultdict(list)
    query = (
        select(Delivery, Subscription.contract_number)
        .join(Subscription, Subscription.id == Delivery.subscription_id)
        .where(Delivery.customer_id.in_(ids), Delivery.state != DeliveryState.CANCELLED.value)
        .order_by(Delivery.customer_id, Delivery.scheduled_on.desc(), Delivery.id.desc())
    )
    for delivery, contract_number in session.execute(query).tuples():
        rows = found[delivery.customer_id]
        if len(rows) >= RECENT:
            continue
        rows.append(
            RecentDelivery(
                delivery.scheduled_on,
                DeliveryKind(delivery.kind),
                DeliveryState(delivery.state),
                contract_number or "",
                frozen_address_of(delivery),
            )
        )
    return found


def _held_customer(
    customer: Customer,
    holds: Iterable[ContactHold],
    addresses: Sequence[AddressVersion],
    phones: Sequence[PhoneVersion],
    names: dict[int, str],
    held: int,
    recent: Sequence[RecentDelivery],
    today: date,
) -> HeldCustomer:
    address_rows = list(addresses)
    by_id_address = {a.id: a for a in address_rows}
    by_id_phone = {p.id: p for p in phones}
    unreachable_numbers: set[str] = set()
    entries = []
    for hold in holds:
        address_row = by_id_address.get(hold.address_version_id) if hold.address_version_id else None
        phone_row = by_id_phone.get(hold.phone_version_id) if hold.phone_version_id else None
        if phone_row is not None and phone_row.e164:
            unreachable_numbers.add(phone_row.e164)
        entries.append(
            HoldEntry(
                id=hold.id,
                contact=UnreachableContact(hold.contact),
                unreachable_from=hold.unreachable_from,
                address=address_of(address_row) if address_row is not None else None,
                phone=phone_from_e164(phone_row.e164) if phone_row is not None and phone_row.e164 else None,
                phone_role=PhoneRole(phone_row.role) if phone_row is not None else None,
                note=hold.note,
                recorded_at=hold.recorded_at,
                recorded_by=names.get(hold.recorded_by_id, ""),
                delivery_id=hold.delivery_id,
                version=hold.version,
            )
        )
    current_address = in_effect_on(address_rows, today)
    other_phones = tuple(
        OtherPhone(PhoneRole(p.role), phone_from_e164(p.e164), p.e164 in unreachable_numbers)
        for p in phones_in_effect(phones, today)
        if p.e164 is not None
    )
    versions: list[AddressVersion | PhoneVersion] = [*address_rows, *phones]
    changes = sorted(
        versions,
        key=lambda v: (v.recorded_at, v.id),
        reverse=True,
    )[:RECENT]
    recent_changes = tuple(
        RecentChange(
            v.effective_from,
            v.recorded_at,
            ChangeReason(v.reason),
            address_of(v).one_line
            if isinstance(v, AddressVersion)
            else (phone_from_e164(v.e164).national if v.e164 else ""),
        )
        for v in changes
    )
    return HeldCustomer(
        customer_id=customer.id,
        number=customer.number or "",
        name=customer.name,
        email=customer.email,
        holds=tuple(entries),
        address=address_of(current_address) if current_address is not None else None,
        phones=other_phones,
        held_deliveries=held,
        recent_deliveries=tuple(recent),
        recent_changes=recent_changes,
    )
