"""Reservations: who waits first for a toy, setting a freed item aside for them, and the lines the screens show.

The queue of a toy serves customers whose membership tier gives priority reservations first (their tier as of the
day the queue is read, ``domain.tiers``), then everyone in the order they reserved (the reservation's id follows its
time). Without such a tier it is first come, first served.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Child, Customer, Item, Reservation, Toy
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.rentals import ReservationState
from toysub_desktop.domain.toys import ItemState
from toysub_desktop.services.common import audit
from toysub_desktop.services.queries.items import change_item_state
from toysub_desktop.services.queries.tiers import standings_in, tier_rules_in


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
    #: Whether the customer's membership tier gives priority in the queue.
    priority: bool = False


def priority_customers(session: Session, customer_ids: Iterable[int], today: date) -> set[int]:
    """Those of the customers whose tier today gives priority reservations (one query; none without such a tier)."""
    rules = tier_rules_in(session)
    if not rules.any_priority:
        return set()
    return {
        customer_id
        for customer_id, standing in standings_in(session, customer_ids, today, rules).items()
        if standing.tier is not None and standing.tier.priority_reservations
    }


def waiting_queue(session: Session, toy_id: int, today: date) -> list[Reservation]:
    """The reservations waiting for a toy in the order they are served: priority tiers first, then as reserved."""
    waiting = list(
        session.scalars(
            select(Reservation)
            .where(Reservation.toy_id == toy_id, Reservation.state == ReservationState.WAITING.value)
            .order_by(Reservation.id)
        )
    )
    first = priority_customers(session, {r.customer_id for r in waiting}, today) if len(waiting) > 1 else set()
    return sorted(waiting, key=lambda r: (r.customer_id not in first, r.id))


def first_waiting(session: Session, toy_id: int, today: date | None = None) -> Reservation | None:
    queue = waiting_queue(session, toy_id, today or shop_today())
    return queue[0] if queue else None


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
    waiting = first_waiting(session, item.toy_id, shop_today(now))
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


def reservation_lines(
    session: Session, reservations: Sequence[Reservation], today: date | None = None
) -> list[ReservationLine]:
    """The lines of *reservations*, each waiting one with its place in its toy's queue (as served on *today*)."""
    if not reservations:
        return []
    today = today or shop_today()
    places: dict[int, int] = {}
    for toy_id in {r.toy_id for r in reservations if r.state == ReservationState.WAITING.value}:
        places |= {r.id: place for place, r in enumerate(waiting_queue(session, toy_id, today), start=1)}
    first = priority_customers(session, {r.customer_id for r in reservations}, today)
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
                position=places.get(r.id),
                item_barcode=barcodes.get(r.item_id) if r.item_id is not None else None,
                ready_at=r.ready_at,
                priority=r.customer_id in first,
            )
        )
    return lines


def in_queue_order(lines: Iterable[ReservationLine]) -> list[ReservationLine]:
    """A toy's queue as it is served: the ready ones (an item set aside), then the waiting ones by their place."""
    return sorted(lines, key=lambda line: (line.state is not ReservationState.READY, line.position or 0, line.id))
