"""The owner's dashboard's SQL (see ``services.dashboard``): one grouped statement per chart, the months given as a
small table of days (a ``UNION ALL`` of literals, which SQLite and PostgreSQL both read), so a subscription running
through twelve months is counted by the database twelve times, never read into Python.

A subscription **runs** on day D when it started by D, its term has not ended (``ends_on >= D``) and it was not
cancelled by then (``cancelled_on`` is the first day without service) — ``services.subscriptions``' running state,
paused contracts included (a pause keeps the subscriber). Its **stop** is the first day it no longer runs: the
cancellation day, or the day after the term when it was not renewed; a renewal carries the subscriber over into the
next contract, so a renewed contract never ends a subscriber and its successor is not new.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.selectable import Subquery

from toysub_desktop.db.models import Delivery, Feedback, LedgerEntry, Subscription, SubscriptionEvent
from toysub_desktop.domain.dates import SHOP_TIMEZONE
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.subscription_history import EventKind

_LATER = aliased(SubscriptionEvent, name="later_change")


def days_table(days: Sequence[date], name: str = "days") -> Subquery:
    """The rows ``(i, d)``: each day with its place in *days*."""
    rows = [select(literal(index, Integer).label("i"), literal(day, Date).label("d")) for index, day in enumerate(days)]
    return union_all(*rows).subquery(name) if len(rows) > 1 else rows[0].subquery(name)


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


def running_per_day(session: Session, days: Sequence[date]) -> dict[int, tuple[int, int]]:
    """Per day of *days* (by place): the subscriptions running and the sum of their fees as signed."""
    table = days_table(days)
    query = (
        select(table.c.i, func.count(Subscription.id), func.coalesce(func.sum(Subscription.monthly_fee), 0))
        .select_from(table)
        .join(Subscription, runs_on(table.c.d))
        .group_by(table.c.i)
    )
    return {i: (int(count), int(won)) for i, count, won in session.execute(query).tuples()}


def fee_changes_per_day(session: Session, days: Sequence[date]) -> dict[int, int]:
    """Per day of *days* (by place): what plan changes in effect by then add to the signed fees of the subscriptions
    running (the latest live change with a fee, as ``SubscriptionHistory.fee_on`` takes it; usually few rows)."""
    table = days_table(days)
    latest = ~exists(
        select(_LATER.id).where(
            _LATER.subscription_id == SubscriptionEvent.subscription_id,
            _LATER.kind == EventKind.PLAN_CHANGE.value,
            _LATER.voided_at.is_(None),
            _LATER.monthly_fee.is_not(None),
            _LATER.effective_on <= table.c.d,
            or_(
                _LATER.effective_on > SubscriptionEvent.effective_on,
                and_(_LATER.effective_on == SubscriptionEvent.effective_on, _LATER.id > SubscriptionEvent.id),
            ),
        )
    )
    query = (
        select(table.c.i, func.sum(SubscriptionEvent.monthly_fee - Subscription.monthly_fee))
        .select_from(SubscriptionEvent)
        .join(table, SubscriptionEvent.effective_on <= table.c.d)
        .join(Subscription, Subscription.id == SubscriptionEvent.subscription_id)
        .where(
            SubscriptionEvent.kind == EventKind.PLAN_CHANGE.value,
            SubscriptionEvent.voided_at.is_(None),
            SubscriptionEvent.monthly_fee.is_not(None),
            runs_on(table.c.d),
            latest,
        )
        .group_by(table.c.i)
    )
    return {i: int(won or 0) for i, won in session.execute(query).tuples()}


def new_and_ended_per_month(session: Session, months: Sequence[date], today: date) -> dict[int, tuple[int, int]]:
    """Per month (by place): new subscribers' contracts started and subscribers' contracts stopped, up to *today*."""
    bounds = [*months, _next_month(months[-1])]
    first, end = bounds[0], min(bounds[-1], today + timedelta(days=1))
    started = month_of(Subscription.start_on, bounds)
    figures: dict[int, list[int]] = {}
    for m, count in session.execute(
        select(started, func.count()).where(starts_within(first, end)).group_by(started)
    ).tuples():
        figures.setdefault(m, [0, 0])[0] = int(count)
    cancelled_month = month_of(Subscription.cancelled_on, bounds)
    completed_month = month_of(Subscription.ends_on, [bound - timedelta(days=1) for bound in bounds])
    stop_month = case(
        (
            and_(Subscription.cancelled_on.is_not(None), Subscription.cancelled_on <= Subscription.ends_on),
            cancelled_month,
        ),
        else_=completed_month,
    ).label("m")
    for m, count in session.execute(
        select(stop_month, func.count()).where(stops_within(first, end)).group_by(stop_month)
    ).tuples():
        figures.setdefault(m, [0, 0])[1] = int(count)
    return {m: (new, ended) for m, (new, ended) in figures.items()}


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


def cohorts(
    session: Session, months: Sequence[date], checks: Sequence[tuple[int, int, date]]
) -> tuple[dict[int, int], dict[tuple[int, int], int]]:
    """The size of each month's sign-up cohort (by place), and per ``(cohort, months on)`` of *checks* how many of
    them have a contract running on the check's day."""
    bounds = [*months, _next_month(months[-1])]
    starts = (
        first_starts()
        .having(func.min(Subscription.start_on) >= bounds[0])
        .having(func.min(Subscription.start_on) < bounds[-1])
        .subquery("first_starts")
    )
    cohort = month_of(starts.c.first, bounds).label("c")
    sizes = {int(c): int(n) for c, n in session.execute(select(cohort, func.count()).group_by(cohort)).tuples()}
    if not checks:
        return sizes, {}
    table = _checks_table(checks)
    other = aliased(Subscription, name="still")
    still = exists(select(other.id).where(other.customer_id == starts.c.customer_id, runs_on(table.c.d, other)))
    kept = {
        (int(c), int(k)): int(n)
        for c, k, n in session.execute(
            select(table.c.c, table.c.k, func.count())
            .select_from(starts)
            .join(table, month_of(starts.c.first, bounds) == table.c.c)
            .where(still)
            .group_by(table.c.c, table.c.k)
        ).tuples()
    }
    return sizes, kept


def tenure_days(session: Session, day: date) -> tuple[int, int]:
    """The subscribers (customers) with a contract running on *day*, and the sum of their days since their first
    contract began: grouped by that first day, so a few hundred rows come back, never the customers."""
    running = select(Subscription.customer_id).where(runs_on(literal(day, Date))).distinct()
    starts = first_starts().where(Subscription.customer_id.in_(running)).subquery("first_starts")
    customers = total = 0
    for first, count in session.execute(select(starts.c.first, func.count()).group_by(starts.c.first)).tuples():
        customers += int(count)
        total += int(count) * (day - first).days
    return customers, total


def billed_fees(session: Session, months: Sequence[date]) -> tuple[dict[int, int], dict[str, int]]:
    """Live monthly-fee charges due in the months: per month (by place), and per plan (the plan the contract was
    signed under) over all of them."""
    bounds = [*months, _next_month(months[-1])]
    m = month_of(LedgerEntry.entry_on, bounds).label("m")
    per_month: dict[int, int] = {}
    per_plan: dict[str, int] = {}
    for month, plan, won in session.execute(
        select(m, Subscription.plan_name, func.sum(LedgerEntry.amount))
        .join(Subscription, Subscription.id == LedgerEntry.subscription_id)
        .where(
            LedgerEntry.kind == EntryKind.CYCLE_FEE.value,
            LedgerEntry.voided_at.is_(None),
            LedgerEntry.entry_on >= bounds[0],
            LedgerEntry.entry_on < bounds[-1],
        )
        .group_by(m, Subscription.plan_name)
    ).tuples():
        per_month[int(month)] = per_month.get(int(month), 0) + int(won)
        per_plan[plan] = per_plan.get(plan, 0) + int(won)
    return per_month, per_plan


def deliveries_within(first: date, end: date) -> ColumnElement[bool]:
    """SQL: deliveries scheduled in ``first`` up to, not including, *end* that the schedule still needs."""
    return and_(
        Delivery.scheduled_on >= first, Delivery.scheduled_on < end, Delivery.state != DeliveryState.CANCELLED.value
    )


def deliveries_count(session: Session, first: date, end: date) -> tuple[int, int]:
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


def ratings_per_month(session: Session, months: Sequence[date]) -> dict[int, tuple[int, int]]:
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
