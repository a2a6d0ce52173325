"""Reservations: who waits first for a toy, setting a freed item aside for them, and the lines the screens show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Child, Customer, Item, Reservation, Toy
from toysub_desktop.domain.rentals import ReservationState
from toysub_desktop.domain.toys import ItemState
from toysub_desktop.services.common import audit
from toysub_desktop.services.queries.items import change_item_state


@dataclass(frozen=True)
class ReservationLine:
    id: int
    toy_id: int
    toy_name: str
    customer_id: int
    customer_name: str
    child_id: int
    child_name: str
    state: ReservationState
    reserved_at: datetime
    #: Position in the toy's queue (1 is next) while waiting.
    position: int | None
    #: The item set aside while ready.
    item_barcode: str | None
    ready_at: datetime | None


def first_waiting(session: Session, toy_id: int) -> Reservation | None:
    query = (
        select(Reservation)
        .where(Reservation.toy_id == toy_id, Reservation.state == ReservationState.WAITING.value)
        .order_by(Reservation.id)
        .limit(1)
    )
    return session.scalars(query).first()


def to_shelf_or_queue(
    session: Session,
    item: Item,
    *,
    staff_id: int,
    now: datetime,
    note: str = "",
    loan_id: int | None = None,
    by_return: bool = False,
) -> Reservation | None:
    """A ready item goes to the first child waiting for its toy (set aside), or back on the shelf.

    Every path by which an item becomes free goes through here, so an item is never on the shelf while a child
    waits for its toy.
    """
    waiting = first_waiting(session, item.toy_id)
    if waiting is None:
        change_item_state(
            session, item, ItemState.AVAILABLE, staff_id=staff_id, now=now, note=note, loan_id=loan_id,
            by_return=by_return,
        )  # fmt: skip
        return None
    change_item_state(
        session, item, ItemState.HELD, staff_id=staff_id, now=now, note=note, loan_id=loan_id,
        reservation_id=waiting.id, by_return=by_return,
    )  # fmt: skip
    waiting.state = ReservationState.READY.value
    waiting.item_id = item.id
    waiting.ready_at = now
    audit(
        session, at=now, staff_id=staff_id, action="reservation.ready", entity="reservation", entity_id=waiting.id,
        after={"item_id": item.id},
    )  # fmt: skip
    return waiting


def reservation_lines(session: Session, reservations: Sequence[Reservation]) -> list[ReservationLine]:
    if not reservations:
        return []
    toy_names = dict(
        session.execute(select(Toy.id, Toy.name).where(Toy.id.in_({r.toy_id for r in reservations}))).tuples().all()
    )
    customers = dict(
        session.execute(
            select(Customer.id, Customer.name).where(Customer.id.in_({r.customer_id for r in reservations}))
        )
        .tuples()
        .all()
    )
    children = dict(
        session.execute(select(Child.id, Child.name).where(Child.id.in_({r.child_id for r in reservations})))
        .tuples()
        .all()
    )
    item_ids = {r.item_id for r in reservations if r.item_id is not None}
    barcodes = (
        dict(session.execute(select(Item.id, Item.barcode).where(Item.id.in_(item_ids))).tuples().all())
        if item_ids
        else {}
    )
    lines = []
    for r in reservations:
        position = None
        if r.state == ReservationState.WAITING.value:
            ahead = session.scalar(
                select(func.count())
                .select_from(Reservation)
                .where(
                    Reservation.toy_id == r.toy_id,
                    Reservation.state == ReservationState.WAITING.value,
                    Reservation.id < r.id,
                )
            )
            position = int(ahead or 0) + 1
        lines.append(
            ReservationLine(
                id=r.id,
                toy_id=r.toy_id,
                toy_name=toy_names.get(r.toy_id, ""),
                customer_id=r.customer_id,
                customer_name=customers.get(r.customer_id, ""),
                child_id=r.child_id,
                child_name=children.get(r.child_id, ""),
                state=ReservationState(r.state),
                reserved_at=r.reserved_at,
                position=position,
                item_barcode=barcodes.get(r.item_id) if r.item_id is not None else None,
                ready_at=r.ready_at,
            )
        )
    return lines
