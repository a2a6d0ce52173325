"""The owner's dashboard's SQL (see ``services.dashboard``). The contracts are read grouped by the days they start
and stop (``contract_timeline``: a row a day, never a contract), each grouping served in order by an index that holds
the columns it adds up (migration 0029), and the days the dashboard looks at are worked out in Python from those
rows; the customers are read in one pass grouped by customer (their first start, whether one of their contracts
runs). The same statements run on SQLite and PostgreSQL.

A subscription **runs** on day D when it started by D, its term has not ended (``ends_on >= D``) and it was not
cancelled by then (``cancelled_on`` is the first day without service) — ``services.subscriptions``' running state,
paused contracts included (a pause keeps the subscriber). Its **stop** is the first day it no longer runs: the
cancellation day, or the day after the term when it was not renewed; a renewal carries the subscriber over into the
next contract, so a renewed contract never ends a subscriber and its successor is not new.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    SQLColumnExpression,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.selectable import Subquery

from toysub_desktop.db.models import Delivery, Feedback, Subscription, SubscriptionEvent
from toysub_desktop.domain.dates import SHOP_TIMEZONE
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.subscription_history import EventKind

_LATER = aliased(SubscriptionEvent, name="later_change")


def runs_on(day: SQLColumnExpression[date], subscription: type[Subscription] = Subscription) -> ColumnElement[bool]:
    """SQL: *subscription* runs on *day* (see the module's note)."""
    return and_(
        subscription.start_on <= day,
        subscription.ends_on >= day,
        or_(subscription.cancelled_on.is_(None), subscription.cancelled_on > day),
    )


def starts_within(first: date, end: date) -> ColumnElement[bool]:
    """SQL: a new subscriber's contract (not a renewal) starting in ``first`` up to, not including, *end*."""
    return and_(Subscription.renews_id.is_(None), Subscription.start_on >= first, Subscription.start_on < end)


def stops_within(first: date, end: date) -> ColumnElement[bool]:
    """SQL: a contract whose stop (see the module's note) is in ``first`` up to, not including, *end*, the subscriber
    lost: cancelled on a day within, or its term's last day the day before one within and not renewed."""
    cancelled = and_(
        Subscription.cancelled_on.is_not(None),
        Subscription.cancelled_on <= Subscription.ends_on,
        Subscription.cancelled_on >= first,
        Subscription.cancelled_on < end,
    )
    completed = and_(
        or_(Subscription.cancelled_on.is_(None), Subscription.cancelled_on > Subscription.ends_on),
        Subscription.renewed.is_(False),
        Subscription.ends_on >= first - timedelta(days=1),
        Subscription.ends_on < end - timedelta(days=1),
    )
    return or_(cancelled, completed)


def month_of(day: SQLColumnExpression[Any], bounds: Sequence[date]) -> ColumnElement[int]:
    """Which month *day* falls in: -1 before the first, ``len(bounds) - 1`` after the last (*bounds* are the months'
    first days and the first day after the last month)."""
    return case(*((day < bound, index - 1) for index, bound in enumerate(bounds)), else_=len(bounds) - 1)


def shop_midnight(day: date) -> datetime:
    """The moment the shop's *day* begins, in UTC (what ``recorded_at`` columns hold)."""
    return datetime.combine(day, time(), SHOP_TIMEZONE).astimezone(UTC)


@dataclass
class ContractTimeline:
    """What the contracts add up to on chosen days, from grouped reads of the contracts by day (each row a day on
    which contracts start or stop, never a contract) and of the plan changes: running(D) is the contracts started by
    D less those stopped by D — each only if it ran at all (its stop after its start)."""

    #: start day → (contracts that ran, their signed fees, new subscribers' contracts (not renewals))
    starts: dict[date, tuple[int, int, int]] = field(default_factory=dict)
    #: stop day → (contracts that ran, their signed fees, subscribers lost (cancelled, or the term ended unrenewed))
    stops: dict[date, tuple[int, int, int]] = field(default_factory=dict)
    #: (from day, until day, plan id, previous plan id, fees, previous fees): a plan change counts on the days from
    #: its effective day until (not including) the contract's stop, or never when the contract stopped before it
    changes: list[tuple[date, date, int, int, int, int]] = field(default_factory=list)

    def running(self, day: date) -> tuple[int, int]:
        """The contracts running on *day* and their monthly fees in effect."""
        count = won = 0
        for start, (ran, fees, _new) in self.starts.items():
            if start <= day:
                count, won = count + ran, won + fees
        for stop, (ran, fees, _lost) in self.stops.items():
            if stop <= day:
                count, won = count - ran, won - fees
        for begins, ends, _plan, _previous_plan, fees, previous in self.changes:
            if begins <= day < ends:
                won += fees - previous
        return count, won

    def fees_per_plan(self, day: date, signed: dict[int, int]) -> dict[int, int]:
        """The monthly fees in effect on *day* by the plan in effect, from the *signed* fees of the contracts running
        then by the plan signed."""
        plans = dict(signed)
        for begins, ends, plan, previous_plan, fees, previous in self.changes:
            if begins <= day < ends:
                plans[plan] = plans.get(plan, 0) + fees
                plans[previous_plan] = plans.get(previous_plan, 0) - previous
        return {plan: won for plan, won in plans.items() if won}

    def new_between(self, first: date, end: date) -> int:
        return sum(new for start, (_ran, _fees, new) in self.starts.items() if first <= start < end)

    def lost_between(self, first: date, end: date) -> int:
        return sum(lost for stop, (_ran, _fees, lost) in self.stops.items() if first <= stop < end)


def _ran(subscription: type[Subscription] = Subscription) -> ColumnElement[bool]:
    """SQL: the contract ran at least its first day (not cancelled from its start, nor ended before it)."""
    return and_(
        subscription.ends_on >= subscription.start_on,
        or_(subscription.cancelled_on.is_(None), subscription.cancelled_on > subscription.start_on),
    )


def _cancelled_in_term() -> ColumnElement[bool]:
    return and_(Subscription.cancelled_on.is_not(None), Subscription.cancelled_on <= Subscription.ends_on)


def _stop_base() -> ColumnElement[date]:
    """SQL: the cancellation day, or the term's last day (the stop is the day after; added in Python, as date
    arithmetic is spelled differently by each database)."""
    return type_coerce(case((_cancelled_in_term(), Subscription.cancelled_on), else_=Subscription.ends_on), Date)


def _counted(condition: ColumnElement[bool], value: Any = 1) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0)


def contract_timeline(session: Session | Connection) -> ContractTimeline:
    """The shop's contracts as starts and stops by day, and its plan changes (see ``ContractTimeline``): three reads
    of the contracts, each grouped by the day an index holds them in (0029), so none sorts every contract."""
    timeline = ContractTimeline()
    ran = _ran()
    fees = Subscription.monthly_fee
    for day, count, won, new in session.execute(
        select(Subscription.start_on, _counted(ran), _counted(ran, fees), _counted(Subscription.renews_id.is_(None)))
        .group_by(Subscription.start_on)
    ).tuples():  # fmt: skip
        timeline.starts[day] = (int(count), int(won), int(new))
    stops: dict[date, tuple[int, int, int]] = {}
    for cancelled_on, count, won, lost in session.execute(
        select(Subscription.cancelled_on, _counted(ran), _counted(ran, fees), func.count())
        .where(Subscription.cancelled_on.is_not(None), Subscription.cancelled_on <= Subscription.ends_on)
        .group_by(Subscription.cancelled_on)
    ).tuples():
        assert cancelled_on is not None
        stops[cancelled_on] = (int(count), int(won), int(lost))
    for day, count, won, lost in session.execute(
        select(Subscription.ends_on, _counted(ran), _counted(ran, fees), _counted(Subscription.renewed.is_(False)))
        .where(or_(Subscription.cancelled_on.is_(None), Subscription.cancelled_on > Subscription.ends_on))
        .group_by(Subscription.ends_on)
    ).tuples():
        stop = day + timedelta(days=1)
        before = stops.get(stop, (0, 0, 0))
        stops[stop] = (before[0] + int(count), before[1] + int(won), before[2] + int(lost))
    timeline.stops = stops
    timeline.changes = _plan_changes(session)
    return timeline


def signed_fees_per_plan(session: Session | Connection, day: date) -> dict[int, int]:
    """The signed fees of the contracts running on *day*, by the plan signed (read from the term ends' index)."""
    # grouped by "plan_id + 0", which no index orders: SQLite would otherwise walk the plans' index through every
    # contract to save sorting a few groups, instead of the term ends' range of the contracts running
    plan = (Subscription.plan_id + literal_column("0")).label("plan")
    return {
        int(plan_id): int(won)
        for plan_id, won in session.execute(
            select(plan, func.sum(Subscription.monthly_fee)).where(runs_on(literal(day, Date))).group_by(plan)
        ).tuples()
    }


def _plan_changes(session: Session | Connection) -> list[tuple[date, date, int, int, int, int]]:
    """Each live plan change with a fee, with the fee and plan before it (the previous change's, or as signed) and
    the contract's stop, grouped by those days and plans."""
    event = SubscriptionEvent
    order = (event.effective_on, event.id)
    live = and_(
        event.kind == EventKind.PLAN_CHANGE.value,
        event.voided_at.is_(None),
        event.monthly_fee.is_not(None),
    )
    previous_fee = func.coalesce(
        func.lag(event.monthly_fee).over(partition_by=event.subscription_id, order_by=order), Subscription.monthly_fee
    )
    previous_plan = func.coalesce(
        func.lag(event.plan_id).over(partition_by=event.subscription_id, order_by=order), Subscription.plan_id
    )
    changes = (
        select(
            event.effective_on.label("begins"),
            _stop_base().label("base"),
            case((_cancelled_in_term(), 1), else_=0).label("cancelled"),
            func.coalesce(event.plan_id, Subscription.plan_id).label("plan"),
            previous_plan.label("previous_plan"),
            event.monthly_fee.label("fee"),
            previous_fee.label("previous_fee"),
        )
        .join(Subscription, Subscription.id == event.subscription_id)
        .where(live)
        .subquery("changes")
    )
    c = changes.c
    rows = []
    for begins, base, was_cancelled, plan, previous_plan_id, fees, previous in session.execute(
        select(
            c.begins, c.base, c.cancelled, c.plan, c.previous_plan, func.sum(c.fee), func.sum(c.previous_fee)
        ).group_by(c.begins, c.base, c.cancelled, c.plan, c.previous_plan)
    ).tuples():
        stop = base if was_cancelled else base + timedelta(days=1)
        rows.append((begins, max(begins, stop), plan, previous_plan_id, int(fees), int(previous)))
    return rows


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _checks_table(checks: Sequence[tuple[int, int, date]]) -> Subquery:
    """The rows ``(c, k, d)``: cohort *c* looked at *k* months on, on day *d*."""
    rows = [
        select(literal(c, Integer).label("c"), literal(k, Integer).label("k"), literal(d, Date).label("d"))
        for c, k, d in checks
    ]
    return union_all(*rows).subquery("checks") if len(rows) > 1 else rows[0].subquery("checks")


def first_starts() -> Select[tuple[int, date]]:
    """Per customer who ever signed: the start of their first contract (their sign-up cohort's day)."""
    return select(
        Subscription.customer_id.label("customer_id"), func.min(Subscription.start_on).label("first")
    ).group_by(Subscription.customer_id)


def retention(
    session: Session | Connection, months: Sequence[date], checks: Sequence[tuple[int, int, date]]
) -> dict[tuple[int, int], int]:
    """Per ``(cohort, months on)`` of *checks*: how many of the customers whose first contract started in that month
    (by place in *months*) have a contract running on the check's day — the cohorts' contracts joined with their
    checks, no query a customer."""
    if not checks:
        return {}
    bounds = [*months, _next_month(months[-1])]
    first = func.min(Subscription.start_on)
    starts = (
        select(Subscription.customer_id.label("customer_id"), month_of(first, bounds).label("c"))
        .group_by(Subscription.customer_id)
        .having(and_(first >= bounds[0], first < bounds[-1]))
        .subquery("cohort")
    )
    table = _checks_table(checks)
    contract = aliased(Subscription, name="still")
    return {
        (int(c), int(k)): int(n)
        for c, k, n in session.execute(
            select(table.c.c, table.c.k, func.count(starts.c.customer_id.distinct()))
            .select_from(starts)
            .join(contract, contract.customer_id == starts.c.customer_id)
            .join(table, and_(table.c.c == starts.c.c, runs_on(table.c.d, contract)))
            .group_by(table.c.c, table.c.k)
        ).tuples()
    }


@dataclass(frozen=True)
class Subscribers:
    """The customers as the dashboard counts them."""

    #: Customers with a contract running on the day looked at, and the sum of their days since their first began.
    running: int
    tenure_days: int
    #: Customers by the month their first contract started (by place in the months).
    cohort_sizes: dict[int, int]


def subscribers(session: Session | Connection, day: date, months: Sequence[date]) -> Subscribers:
    """One pass over the contracts grouped by customer (the customers' index, 0029): each customer's first start
    and whether one of their contracts runs on *day*, then grouped by those, so a few thousand rows come back, never
    the customers."""
    running = func.max(case((runs_on(literal(day, Date)), 1), else_=0))
    per_customer = (
        select(func.min(Subscription.start_on).label("first"), running.label("running"))
        .group_by(Subscription.customer_id)
        .subquery("per_customer")
    )
    bounds = [*months, _next_month(months[-1])]
    customers = total = 0
    sizes: dict[int, int] = {}
    for first, is_running, count in session.execute(
        select(per_customer.c.first, per_customer.c.running, func.count()).group_by(
            per_customer.c.first, per_customer.c.running
        )
    ).tuples():
        if is_running:
            customers += int(count)
            total += int(count) * (day - first).days
        if bounds[0] <= first < bounds[-1]:
            cohort = next(index for index in range(len(months)) if first < bounds[index + 1])
            sizes[cohort] = sizes.get(cohort, 0) + int(count)
    return Subscribers(customers, total, sizes)


def deliveries_within(first: date, end: date) -> ColumnElement[bool]:
    """SQL: deliveries scheduled in ``first`` up to, not including, *end* that the schedule still needs."""
    return and_(
        Delivery.scheduled_on >= first, Delivery.scheduled_on < end, Delivery.state != DeliveryState.CANCELLED.value
    )


def deliveries_count(session: Session | Connection, first: date, end: date) -> tuple[int, int]:
    """Deliveries due in the days (cancelled ones left out), and how many of them were delivered."""
    done = case((Delivery.state == DeliveryState.DELIVERED.value, 1), else_=0)
    count, delivered = session.execute(
        select(func.count(), func.coalesce(func.sum(done), 0)).where(deliveries_within(first, end))
    ).one()
    return int(count), int(delivered)


def feedback_within(first: date, end: date) -> ColumnElement[bool]:
    """SQL: live ratings recorded on the shop's days ``first`` up to, not including, *end*."""
    return and_(
        Feedback.voided_at.is_(None),
        Feedback.recorded_at >= shop_midnight(first),
        Feedback.recorded_at < shop_midnight(end),
    )


def ratings_per_month(session: Session | Connection, months: Sequence[date]) -> dict[int, tuple[int, int]]:
    """Per month (by place): the number of live ratings recorded and their sum."""
    bounds = [*months, _next_month(months[-1])]
    moments = [shop_midnight(bound) for bound in bounds]
    m = case(
        *((Feedback.recorded_at < moment, index - 1) for index, moment in enumerate(moments)), else_=len(moments) - 1
    ).label("m")
    return {
        int(month): (int(count), int(total))
        for month, count, total in session.execute(
            select(m, func.count(), func.sum(Feedback.rating)).where(feedback_within(bounds[0], bounds[-1])).group_by(m)
        ).tuples()
    }
