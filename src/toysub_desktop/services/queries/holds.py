"""Delivery holds inside a change: which deliveries a hold stops (the SQL twin of ``domain.holds.is_delivery_held``),
setting a hold where a delivery came back, and ending holds a new address or number answers.

Each runs in the transaction of what revealed or answered the hold (``services.deliveries``,
``services.contacts``, ``services.holds``), so the deliveries a clerk can pack never disagree with what the shop
knows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import ContactHold, Delivery
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.holds import HELD_STATES, RELEASED_BY, HoldRelease, UnreachableContact
from toysub_desktop.services.common import audit
from toysub_desktop.services.queries.overdue import overdue_hold_condition, overdue_hold_cutoff


def hold_is_open() -> ColumnElement[bool]:
    return ContactHold.released_at.is_(None)


def held_condition(overdue_cutoff: date | None = None) -> ColumnElement[bool]:
    """SQL twin of ``domain.holds.is_delivery_held``: this delivery row is held (not yet sent, on or after an open
    hold's date for its customer, or its customer is held for being overdue: an unpaid charge due before
    *overdue_cutoff*, ``queries.overdue.overdue_hold_cutoff``). Tested against the Python rules over generated
    cases."""
    contact = exists().where(
        ContactHold.customer_id == Delivery.customer_id,
        hold_is_open(),
        ContactHold.unreachable_from <= Delivery.scheduled_on,
    )
    if overdue_cutoff is None:
        return and_(_not_sent(), contact)
    return and_(_not_sent(), or_(contact, overdue_hold_condition(Delivery.customer_id, overdue_cutoff)))


def held_for_overdue_condition(overdue_cutoff: date | None) -> ColumnElement[bool]:
    """SQL: this delivery row is held because its customer is overdue (the reason shown: 연체)."""
    return and_(_not_sent(), overdue_hold_condition(Delivery.customer_id, overdue_cutoff))


def _not_sent() -> ColumnElement[bool]:
    return Delivery.state.in_(sorted(state.value for state in HELD_STATES))


def held_delivery_ids(session: Session, delivery_ids: Sequence[int], today: date | None = None) -> set[int]:
    """Which of these deliveries a hold stops (either reason)."""
    if not delivery_ids:
        return set()
    cutoff = overdue_hold_cutoff(session, today or shop_today())
    query = select(Delivery.id).where(Delivery.id.in_(delivery_ids), held_condition(cutoff))
    return set(session.scalars(query))


def overdue_held_delivery_ids(session: Session, delivery_ids: Sequence[int], today: date | None = None) -> set[int]:
    """Which of these deliveries are held because their customer is overdue."""
    cutoff = overdue_hold_cutoff(session, today or shop_today())
    if not delivery_ids or cutoff is None:
        return set()
    query = select(Delivery.id).where(Delivery.id.in_(delivery_ids), held_for_overdue_condition(cutoff))
    return set(session.scalars(query))


def add_hold(
    session: Session,
    *,
    customer_id: int,
    contact: UnreachableContact,
    unreachable_from: date,
    note: str,
    staff_id: int,
    now: datetime,
    address_version_id: int | None = None,
    phone_version_id: int | None = None,
    delivery_id: int | None = None,
) -> ContactHold:
    hold = ContactHold(
        customer_id=customer_id,
        contact=contact.value,
        unreachable_from=unreachable_from,
        note=note,
        address_version_id=address_version_id,
        phone_version_id=phone_version_id,
        delivery_id=delivery_id,
        recorded_at=now,
        recorded_by_id=staff_id,
    )
    session.add(hold)
    session.flush()
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action=f"hold.{contact.value}_unreachable",
        entity="customer",
        entity_id=customer_id,
        after={
            "hold_id": hold.id,
            "unreachable_from": unreachable_from,
            "address_version_id": address_version_id,
            "phone_version_id": phone_version_id,
            "delivery_id": delivery_id,
            "note": note,
        },
    )
    return hold


def hold_after_return(session: Session, delivery: Delivery, *, note: str, staff_id: int, now: datetime) -> None:
    """A delivery came back "addressee moved": the address on its label is unreachable from its date. Inside the
    caller's transaction; a customer already held for their address is not held twice."""
    already = session.scalar(
        select(ContactHold.id).where(
            ContactHold.customer_id == delivery.customer_id,
            ContactHold.contact == UnreachableContact.ADDRESS.value,
            hold_is_open(),
        )
    )
    if already is not None:
        return
    add_hold(
        session,
        customer_id=delivery.customer_id,
        contact=UnreachableContact.ADDRESS,
        unreachable_from=delivery.scheduled_on,
        note=note,
        staff_id=staff_id,
        now=now,
        address_version_id=delivery.frozen_address_version_id,
        delivery_id=delivery.id,
    )


def end_hold(session: Session, hold: ContactHold, how: HoldRelease, note: str, staff_id: int, now: datetime) -> None:
    hold.released_at = now
    hold.released_by_id = staff_id
    hold.release = how.value
    hold.release_note = note
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action=f"hold.released.{how.value}",
        entity="customer",
        entity_id=hold.customer_id,
        after={"hold_id": hold.id, "note": note},
    )


def release_after_contact_change(
    session: Session, customer_id: int, contact: UnreachableContact, *, staff_id: int, now: datetime
) -> int:
    """A new address (or number) was recorded: the holds it answers end, inside the same transaction. Returns how
    many ended."""
    holds = session.scalars(
        select(ContactHold).where(
            ContactHold.customer_id == customer_id, ContactHold.contact == contact.value, hold_is_open()
        )
    ).all()
    for hold in holds:
        end_hold(session, hold, RELEASED_BY[contact], "", staff_id, now)
    return len(holds)
