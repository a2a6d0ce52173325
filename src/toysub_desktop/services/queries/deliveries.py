"""Deliveries inside a change: bringing one subscription's schedule in line with it after a transition, flagging
sent deliveries an address change made wrong, and the pieces the schedule run in ``services.deliveries`` shares.

Each runs in the caller's transaction (a subscription transition, an address change, a scheduling run), so the
schedule never disagrees with the contract or the address it was made from.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, Table, func, insert, select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Delivery, DeliveryEvent, Plan, Subscription
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.deliveries import (
    FROZEN_STATES,
    DeliveryState,
    FollowUpReason,
    delivery_dates_by_cadence,
    delivery_kind_for,
)
from toysub_desktop.domain.plans import Cadence, PlanKind
from toysub_desktop.domain.subscription_history import EventKind, SubscriptionHistory
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.timeline import in_effect_on
from toysub_desktop.services.common import ConcurrentEditError, audit, conflicts_become, get_or_raise
from toysub_desktop.services.queries.contact_versions import address_of, address_versions, frozen_address_of
from toysub_desktop.services.queries.subscription_history import history_of

# Ids per ``IN (…)`` list, well below SQLite's and PostgreSQL's limits on bound parameters.
CHUNK = 500
_DELIVERY_TABLE: Table = Delivery.__table__  # type: ignore[assignment]
S = DeliveryState


class DeliveriesChangedError(ConcurrentEditError):
    """Another counter changed some of the chosen deliveries meanwhile; nothing was written."""

    message = QT_TRANSLATE_NOOP(
        "Validation",
        "Another counter changed some of these deliveries meanwhile, so nothing was saved. Look at the list again "
        "and repeat the step.",
    )


@dataclass(frozen=True)
class ScheduleResult:
    """What a scheduling run changed."""

    subscriptions: int = 0
    added: int = 0
    #: Cancelled dates needed again (an early resume) and scheduled once more.
    reinstated: int = 0
    cancelled: int = 0
    #: Packed deliveries the schedule no longer needs, flagged for follow-up (their state is left alone).
    flagged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.reinstated or self.cancelled or self.flagged)


def chunks(values: Sequence[int]) -> Iterator[Sequence[int]]:
    for index in range(0, len(values), CHUNK):
        yield values[index : index + CHUNK]


@dataclass(frozen=True)
class ExistingDelivery:
    id: int
    scheduled_on: date
    kind: str
    state: str
    needs_follow_up: bool


@dataclass
class ScheduleChanges:
    """What reconciling the schedule decided, applied together at the end."""

    new: list[dict[str, Any]] = field(default_factory=list)
    reinstate: list[int] = field(default_factory=list)
    cancel: list[int] = field(default_factory=list)
    flag: list[int] = field(default_factory=list)
    subscriptions: int = 0

    def result(self) -> ScheduleResult:
        return ScheduleResult(self.subscriptions, len(self.new), len(self.reinstate), len(self.cancel), len(self.flag))


def existing_deliveries_query() -> Select[tuple[int, int, date, str, str, bool]]:
    return select(
        Delivery.id,
        Delivery.subscription_id,
        Delivery.scheduled_on,
        Delivery.kind,
        Delivery.state,
        Delivery.needs_follow_up,
    )


def plan_cadences(session: Session) -> dict[int, Cadence]:
    return {plan_id: Cadence(cadence) for plan_id, cadence in session.execute(select(Plan.id, Plan.cadence)).tuples()}


def needed_delivery_dates(
    subscription: Subscription,
    history: SubscriptionHistory,
    cadences: Mapping[int, Cadence],
    first: date,
    last: date,
) -> set[date]:
    plan_kind = PlanKind(subscription.kind)
    if delivery_kind_for(plan_kind) is None or first > last:
        return set()
    by_date: dict[date, Cadence] = {subscription.start_on: Cadence(subscription.cadence)}
    for change in history.live(EventKind.PLAN_CHANGE):  # the later of two changes on one day wins
        if change.plan_id is not None:
            by_date[change.effective_on] = cadences.get(change.plan_id, Cadence(subscription.cadence))
    skipped = set(history.skipped)
    return set(
        delivery_dates_by_cadence(
            history.timeline,
            plan_kind,
            sorted(by_date.items()),
            subscription.delivery_day,
            subscription.swap_weekday,
            skipped,
            first,
            last,
        )
    )


def reconcile_schedule(
    subscription: Subscription,
    history: SubscriptionHistory,
    rows: Sequence[ExistingDelivery],
    cadences: Mapping[int, Cadence],
    changes: ScheduleChanges,
    *,
    add_from: date,
    add_through: date,
    now: datetime,
) -> None:
    """Decide what one subscription's deliveries need: dates from *add_from* to *add_through* are added (or
    reinstated); any scheduled row in *rows* the schedule no longer wants is cancelled, a packed one flagged."""
    kind = delivery_kind_for(PlanKind(subscription.kind))
    days = [row.scheduled_on for row in rows]
    needed = needed_delivery_dates(subscription, history, cadences, min([add_from, *days]), max([add_through, *days]))
    found = {(row.scheduled_on, row.kind): row for row in rows}
    changes.subscriptions += 1
    for day in sorted(needed):
        if kind is None or not add_from <= day <= add_through:
            continue
        row = found.get((day, kind.value))
        if row is None:
            changes.new.append(
                {
                    "subscription_id": subscription.id,
                    "customer_id": subscription.customer_id,
                    "scheduled_on": day,
                    "kind": kind.value,
                    "state": S.SCHEDULED.value,
                    "needs_follow_up": False,
                    "created_at": now,
                    "version": 1,
                }
            )
        elif row.state == S.CANCELLED.value:
            changes.reinstate.append(row.id)
    for row in rows:
        if kind is not None and row.kind == kind.value and row.scheduled_on in needed:
            continue
        if row.state == S.SCHEDULED.value:
            changes.cancel.append(row.id)
        elif row.state == S.PACKED.value and not row.needs_follow_up:
            changes.flag.append(row.id)


def apply_schedule_changes(session: Session, changes: ScheduleChanges, *, staff_id: int, now: datetime) -> None:
    with conflicts_become(DeliveriesChangedError, clash_is_conflict=True):
        if changes.new:
            # Core's executemany on the table: the ORM's bulk insert costs a third more at a month of 20,000.
            session.execute(insert(_DELIVERY_TABLE), changes.new)
        steps = [(i, S.CANCELLED, S.SCHEDULED) for i in changes.reinstate]
        steps += [(i, S.SCHEDULED, S.CANCELLED) for i in changes.cancel]
        wanted = {i: (target, expected) for i, expected, target in steps}
        flags = set(changes.flag)
        for chunk in chunks([*wanted, *flags]):
            for row in session.scalars(select(Delivery).where(Delivery.id.in_(chunk))):
                if row.id in flags:
                    flag_for_follow_up(row, FollowUpReason.SCHEDULE_CHANGED_AFTER_PACKING)
                    continue
                target, expected = wanted[row.id]
                if row.state != expected.value:  # changed by another counter since it was read
                    raise DeliveriesChangedError(f"delivery {row.id} is {row.state}, not {expected.value}")
                session.add(delivery_event(row, target, staff_id, now))
                row.state = target.value
        session.flush()


def reschedule_subscription(
    session: Session,
    subscription_id: int,
    *,
    staff_id: int,
    now: datetime,
    through: date | None = None,
) -> ScheduleResult:
    """Bring one subscription's deliveries in line with it, inside the caller's transaction.

    Called by every subscription transition (sign-up, pause, resume, skip, plan change, cancel, renew) after it
    recorded its event. Dates are added from today up to *through*, by default as far as the shop has scheduled
    so far (the latest delivery date on record), so a subscription follows the horizon every other one has.
    Scheduled deliveries no longer needed are cancelled, whatever their date; packed and later ones are never
    changed (a packed one no longer needed is flagged for follow-up).
    """
    today = shop_today(now)
    horizon = through if through is not None else session.scalar(select(func.max(Delivery.scheduled_on)))
    rows = [
        ExistingDelivery(row_id, day, kind, state, flagged)
        for row_id, _, day, kind, state, flagged in session.execute(
            existing_deliveries_query().where(Delivery.subscription_id == subscription_id)
        ).tuples()
    ]
    add_through = horizon if horizon is not None else today - timedelta(days=1)
    if not rows and add_through < today:
        return ScheduleResult()
    subscription = get_or_raise(session, Subscription, subscription_id)
    changes = ScheduleChanges()
    reconcile_schedule(
        subscription,
        history_of(session, subscription),
        rows,
        plan_cadences(session),
        changes,
        add_from=today,
        add_through=add_through,
        now=now,
    )
    apply_schedule_changes(session, changes, staff_id=staff_id, now=now)
    result = changes.result()
    if result.changed:
        by_id = {row.id: row.scheduled_on for row in rows}
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="delivery.reschedule",
            entity="subscription",
            entity_id=subscription_id,
            after={
                "added": [new["scheduled_on"] for new in changes.new],
                "reinstated": [by_id[i] for i in changes.reinstate],
                "cancelled": [by_id[i] for i in changes.cancel],
                "flagged": [by_id[i] for i in changes.flag],
            },
        )
    return result


def same_place(one: Address, other: Address) -> bool:
    """Whether two addresses reach the same door (notes for the courier aside)."""
    return (one.postal_code, one.road_address, one.detail) == (other.postal_code, other.road_address, other.detail)


def flag_for_follow_up(delivery: Delivery, reason: FollowUpReason) -> None:
    delivery.needs_follow_up = True
    delivery.follow_up_reason = reason.value


def flag_shipped_after_retroactive_change(
    session: Session,
    customer_id: int,
    effective_from: date,
    *,
    staff_id: int,
    now: datetime,
    effective_until: date | None = None,
) -> list[int]:
    """After an address change from *effective_from* (to *effective_until*) was saved in *session*: every packed or
    shipped delivery of those days whose frozen address is not the one now in effect on its date is flagged for
    follow-up, with the reason; its frozen address stays what the label said. Returns the ids flagged.

    Called by the address services (move, temporary stay, correction, new end of a stay, withdrawal) in their own
    transaction; a delivery already flagged keeps its first reason.
    """
    query = select(Delivery).where(
        Delivery.customer_id == customer_id,
        Delivery.state.in_([s.value for s in FROZEN_STATES]),
        Delivery.scheduled_on >= effective_from,
        Delivery.needs_follow_up.is_(False),
    )
    if effective_until is not None:
        query = query.where(Delivery.scheduled_on <= effective_until)
    rows = session.scalars(query.order_by(Delivery.scheduled_on, Delivery.id)).all()
    if not rows:
        return []
    versions = address_versions(session, [customer_id])[customer_id]
    flagged = []
    for row in rows:
        current = in_effect_on(versions, row.scheduled_on)
        frozen = frozen_address_of(row)
        if current is not None and frozen is not None and same_place(address_of(current), frozen):
            continue
        packed = row.state == S.PACKED.value
        reason = (
            FollowUpReason.ADDRESS_CHANGED_AFTER_PACKING if packed else FollowUpReason.ADDRESS_CHANGED_AFTER_SHIPPING
        )
        flag_for_follow_up(row, reason)
        flagged.append(row.id)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="delivery.follow_up",
            entity="delivery",
            entity_id=row.id,
            after={
                "reason": reason,
                "sent_to": frozen.one_line if frozen else None,
                "in_effect": address_of(current).one_line if current else None,
            },
        )
    with conflicts_become(DeliveriesChangedError, clash_is_conflict=True):
        session.flush()
    return flagged


def delivery_event(
    delivery: Delivery, target: DeliveryState, staff_id: int, now: datetime, note: str = ""
) -> DeliveryEvent:
    return DeliveryEvent(
        delivery_id=delivery.id, from_state=delivery.state, to_state=target.value, at=now, staff_id=staff_id, note=note
    )
