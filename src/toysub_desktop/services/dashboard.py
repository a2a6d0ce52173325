"""The owner's dashboard (회원·분석 → 대시보드): how the shop is going over the months the owner picks, for the owner
or a manager (``Permission.MONEY_FIGURES``, as the money view: it shows revenue). Each chart is one grouped query
(``services.queries.dashboard``); nothing of a table is read into Python but a few rows a month.

- **Active subscribers**: contracts running on the month's last day (today for this month), paused ones included.
  A customer with two contracts (two children) counts twice: the shop serves, and bills, each.
- **New / ended**: contracts of new subscribers started in the month (renewals are not new); contracts stopped in it
  without a renewal (cancelled, or the term ended) — up to today.
- **Monthly recurring revenue**: the monthly fee in effect (as signed, or as the latest plan change set it) of every
  contract running on the month's last day — the run-rate the contracts promise, read from the contracts rather than
  from the charges billed: it does not depend on when the month's billing was run (a month still running compares
  with a closed one), and it reads the contracts (a row a day) instead of a year of charges (a million rows at
  100,000 customers), which keeps the first paint within a second. The money actually billed and collected is the
  money view's (수납·정산 → 월별 현황). **Revenue per plan** is the same on the period's last day, by the plan in
  effect.
- **Churn rate**: contracts ended in the month ÷ contracts running on its first day.
- **Retention by sign-up cohort**: customers by the month their first contract started; the share of them with a
  contract running on the last day of the 1st, 3rd, 6th and 12th month after (None until that day has come).
- **Average tenure**: of the customers subscribed at the period's end, the average time since their first contract
  began, in months.
- **Deliveries this week** (Monday to Sunday, cancelled ones left out, with how many were delivered), **overdue**
  (``services.overdue``'s total: charges unpaid past the grace days), **satisfaction** (average live rating recorded
  per month), **points outstanding** (``services.points.points_outstanding``: the points customers hold, won the
  shop will give as discounts).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Date, and_, literal, or_, select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, Delivery, Feedback, Plan, Shop, Subscription
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.dashboard import (
    RETENTION_MONTHS,
    average_months,
    looked_at,
    month_end,
    retention_day,
    share,
    week_of,
)
from toysub_desktop.domain.dates import check_plausible_date, shop_today, utc_now
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.staff import Permission, role_may
from toysub_desktop.services.access import Approval, ApprovalNeeded, authorize
from toysub_desktop.services.common import require_staff
from toysub_desktop.services.overdue import OverdueTotal, overdue_total
from toysub_desktop.services.points import points_outstanding
from toysub_desktop.services.queries import dashboard as sql

__all__ = [
    "Cohort",
    "DashboardFigures",
    "DeliveryLine",
    "FeedbackLine",
    "FigureList",
    "MonthLine",
    "SubscriptionLine",
    "dashboard_deliveries",
    "dashboard_feedback",
    "dashboard_figures",
    "dashboard_report_pdf",
    "dashboard_subscriptions",
]


@dataclass(frozen=True)
class MonthLine:
    """One month of the dashboard."""

    #: The month's first day.
    month: date
    #: The day the standing figures are read: the month's last day, or today while it runs.
    day: date
    #: Contracts running on the month's first day and on ``day``.
    active_at_start: int
    active: int
    new: int
    ended: int
    #: Monthly recurring revenue on ``day``, in won.
    recurring_revenue: int
    ratings: int
    rating_total: int

    @property
    def churn_rate(self) -> float | None:
        """Ended ÷ active at the month's start (None when nobody was subscribed)."""
        return share(self.ended, self.active_at_start)

    @property
    def average_rating(self) -> float | None:
        return self.rating_total / self.ratings if self.ratings else None


@dataclass(frozen=True)
class Cohort:
    """The customers whose first contract started in ``month``, and how many still had one running later."""

    month: date
    customers: int
    #: Months after sign-up → customers with a contract running then (months not reached yet are left out).
    still_running: dict[int, int]

    def retention(self, months_on: int) -> float | None:
        if months_on not in self.still_running:
            return None
        return share(self.still_running[months_on], self.customers)


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    months: tuple[MonthLine, ...]
    cohorts: tuple[Cohort, ...]
    #: Monthly recurring revenue on the period's last day by the plan in effect, largest first.
    revenue_per_plan: tuple[tuple[str, int], ...]
    #: Customers subscribed at the period's end, and their average tenure in months.
    subscribers_at_end: int
    average_tenure_months: float | None
    week: tuple[date, date]
    deliveries_this_week: int
    delivered_this_week: int
    overdue: OverdueTotal
    points_outstanding: int = 0

    @property
    def last(self) -> MonthLine:
        return self.months[-1]

    @property
    def churn_line(self) -> MonthLine:
        """The month the headline churn rate is of: the last whole month of the period (the last month when the
        period has no whole month yet)."""
        whole = [line for line in self.months if line.month < self.today.replace(day=1)]
        return whole[-1] if whole else self.months[-1]

    @property
    def first_day(self) -> date:
        return self.months[0].month

    @property
    def end_day(self) -> date:
        """The period's standing day: the last month's ``day``."""
        return self.months[-1].day


def _approved(db: Database, staff_id: int, approval: Approval | None, now: datetime | None) -> bool:
    if approval is None:
        return False
    authorize(db, by_staff_id=staff_id, permission=Permission.MONEY_FIGURES, approval=approval, now=now or utc_now())
    return True


def _check_role(session: Session, staff_id: int) -> None:
    if not role_may(StaffRole(require_staff(session, staff_id).role), Permission.MONEY_FIGURES):
        raise ApprovalNeeded(Permission.MONEY_FIGURES)


def dashboard_figures(
    db: Database,
    *,
    staff_id: int,
    months: Sequence[date],
    today: date | None = None,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> DashboardFigures:
    """The dashboard over *months* (consecutive first days, as ``domain.dashboard.period_months`` gives them)."""
    today = today or shop_today(now)
    months = [month.replace(day=1) for month in months]
    if months:
        # A year typed with a slip ("0001-01") is refused for its field, as any date typed is; the figures of such
        # a month would not even be dates the calendar has.
        check_plausible_date(month_end(months[0]), today=today, field="first_month")
        check_plausible_date(months[-1], today=today, field="last_month")
    approved = _approved(db, staff_id, approval, now)
    # months still to come are read as of today: nothing has happened in them yet
    days = [looked_at(month, today) if month <= today else month for month in months]
    starts = [min(month, today) for month in months]
    checks = [
        (index, months_on, retention_day(month, months_on))
        for index, month in enumerate(months)
        for months_on in RETENTION_MONTHS
        if retention_day(month, months_on) <= today
    ]
    week = week_of(today)
    if not approved:
        with db.reading() as session:
            _check_role(session, staff_id)
    # Core reads on one connection: a few hundred grouped rows, no ORM bookkeeping
    with db.reading_connection() as connection:
        timeline = sql.contract_timeline(connection)
        ratings = sql.ratings_per_month(connection, months)
        kept = sql.retention(connection, months, checks)
        customers = sql.subscribers(connection, days[-1], months)
        deliveries, delivered = sql.deliveries_count(connection, *week)
        per_plan = timeline.fees_per_plan(days[-1], sql.signed_fees_per_plan(connection, days[-1]))
        plan_names = dict(connection.execute(select(Plan.id, Plan.name).where(Plan.id.in_(per_plan))).tuples().all())
    after_today = today + timedelta(days=1)
    lines = []
    for index, month in enumerate(months):
        end = min(add_months(month, 1), after_today)
        at_start = timeline.running(starts[index])[0] if month <= today else 0
        active, revenue = timeline.running(days[index]) if month <= today else (0, 0)
        lines.append(
            MonthLine(
                month=month,
                day=days[index],
                active_at_start=at_start,
                active=active,
                new=timeline.new_between(month, end),
                ended=timeline.lost_between(month, end),
                recurring_revenue=revenue,
                ratings=ratings.get(index, (0, 0))[0],
                rating_total=ratings.get(index, (0, 0))[1],
            )
        )
    revenue_per_plan: dict[str, int] = {}
    for plan, won in per_plan.items():
        name = plan_names.get(plan, "")
        revenue_per_plan[name] = revenue_per_plan.get(name, 0) + won
    cohort_lines = tuple(
        Cohort(
            month=month,
            customers=customers.cohort_sizes.get(index, 0),
            still_running={k: kept.get((index, k), 0) for c, k, _ in checks if c == index},
        )
        for index, month in enumerate(months)
    )
    return DashboardFigures(
        today=today,
        months=tuple(lines),
        cohorts=cohort_lines,
        revenue_per_plan=tuple(sorted(revenue_per_plan.items(), key=lambda item: (-item[1], item[0]))),
        subscribers_at_end=customers.running,
        average_tenure_months=average_months(customers.tenure_days, customers.running),
        week=week,
        deliveries_this_week=deliveries,
        delivered_this_week=delivered,
        overdue=overdue_total(db, today=today),
        points_outstanding=points_outstanding(db),
    )


# --- the lists behind the numbers -------------------------------------------------------------------------------


class FigureList(StrEnum):
    """Which contracts a number stands for."""

    #: Running on ``day``.
    RUNNING = "running"
    #: New subscribers' contracts started from ``first`` up to ``end``.
    NEW = "new"
    #: Contracts stopped (without a renewal) from ``first`` up to ``end``.
    ENDED = "ended"
    #: The contracts of the customers whose first contract started from ``first`` up to ``end``.
    COHORT = "cohort"


@dataclass(frozen=True)
class SubscriptionLine:
    id: int
    customer_id: int
    customer_number: str
    customer_name: str
    contract_number: str
    plan_name: str
    start_on: date
    ends_on: date
    cancelled_on: date | None
    monthly_fee: int


@dataclass(frozen=True)
class DeliveryLine:
    id: int
    customer_id: int
    customer_number: str
    customer_name: str
    scheduled_on: date
    state: DeliveryState


@dataclass(frozen=True)
class FeedbackLine:
    id: int
    customer_id: int
    customer_number: str
    customer_name: str
    recorded_at: datetime
    rating: int
    comment: str


def dashboard_subscriptions(
    db: Database,
    *,
    staff_id: int,
    which: FigureList,
    first: date,
    end: date,
    plan_name: str | None = None,
    after: SubscriptionLine | None = None,
    limit: int = 100,
    today: date | None = None,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> tuple[list[SubscriptionLine], bool]:
    """The contracts behind a number, by contract (keyset: the rows after *after*), and whether more follow. For
    ``RUNNING`` *first* is the day looked at (and *end* is not used); *plan_name* keeps one plan's."""
    today = today or shop_today(now)
    stop = min(end, today + timedelta(days=1))
    starts = sql.first_starts().subquery("first_starts")
    conditions = {
        FigureList.RUNNING: sql.runs_on(literal(first, Date)),
        FigureList.NEW: sql.starts_within(first, stop),
        FigureList.ENDED: sql.stops_within(first, stop),
        FigureList.COHORT: Subscription.customer_id.in_(
            select(starts.c.customer_id).where(starts.c.first >= first, starts.c.first < end)
        ),
    }
    query = (
        select(
            Subscription.id,
            Subscription.customer_id,
            Customer.number,
            Customer.name,
            Subscription.contract_number,
            Subscription.plan_name,
            Subscription.start_on,
            Subscription.ends_on,
            Subscription.cancelled_on,
            Subscription.monthly_fee,
        )
        .join(Customer, Customer.id == Subscription.customer_id)
        .where(conditions[which])
        .order_by(Subscription.id)
        .limit(limit + 1)
    )
    if plan_name is not None:
        query = query.where(Subscription.plan_name == plan_name)
    if after is not None:
        query = query.where(Subscription.id > after.id)
    approved = _approved(db, staff_id, approval, now)
    with db.reading() as session:
        if not approved:
            _check_role(session, staff_id)
        rows = [
            SubscriptionLine(
                id=row.id,
                customer_id=row.customer_id,
                customer_number=row.number or "",
                customer_name=row.name,
                contract_number=row.contract_number or "",
                plan_name=row.plan_name,
                start_on=row.start_on,
                ends_on=row.ends_on,
                cancelled_on=row.cancelled_on,
                monthly_fee=row.monthly_fee,
            )
            for row in session.execute(query)
        ]
    return rows[:limit], len(rows) > limit


def dashboard_deliveries(
    db: Database,
    *,
    first: date,
    end: date,
    after: DeliveryLine | None = None,
    limit: int = 100,
) -> tuple[list[DeliveryLine], bool]:
    """The deliveries due from *first* up to *end* (cancelled ones left out), by day, a page at a time."""
    query = (
        select(Delivery.id, Delivery.customer_id, Customer.number, Customer.name, Delivery.scheduled_on, Delivery.state)
        .join(Customer, Customer.id == Delivery.customer_id)
        .where(sql.deliveries_within(first, end))
        .order_by(Delivery.scheduled_on, Delivery.id)
        .limit(limit + 1)
    )
    if after is not None:
        query = query.where(
            or_(
                Delivery.scheduled_on > after.scheduled_on,
                and_(Delivery.scheduled_on == after.scheduled_on, Delivery.id > after.id),
            )
        )
    with db.reading() as session:
        rows = [
            DeliveryLine(
                row.id, row.customer_id, row.number or "", row.name, row.scheduled_on, DeliveryState(row.state)
            )
            for row in session.execute(query)
        ]
    return rows[:limit], len(rows) > limit


def dashboard_feedback(
    db: Database,
    *,
    month: date,
    after: FeedbackLine | None = None,
    limit: int = 100,
) -> tuple[list[FeedbackLine], bool]:
    """The live ratings recorded in *month*, oldest first, a page at a time."""
    first = month.replace(day=1)
    query = (
        select(
            Feedback.id,
            Feedback.customer_id,
            Customer.number,
            Customer.name,
            Feedback.recorded_at,
            Feedback.rating,
            Feedback.comment,
        )
        .join(Customer, Customer.id == Feedback.customer_id)
        .where(sql.feedback_within(first, add_months(first, 1)))
        .order_by(Feedback.id)
        .limit(limit + 1)
    )
    if after is not None:
        query = query.where(Feedback.id > after.id)
    with db.reading() as session:
        rows = [
            FeedbackLine(row.id, row.customer_id, row.number or "", row.name, row.recorded_at, row.rating, row.comment)
            for row in session.execute(query)
        ]
    return rows[:limit], len(rows) > limit


def dashboard_report_pdf(db: Database, figures: DashboardFigures) -> bytes:
    """The figures shown, printed on one A4 page (the shop's name read here; nothing else is read again)."""
    from toysub_desktop.documents.dashboard import DashboardCohort, DashboardMonth, DashboardSheet, render_dashboard

    with db.reading() as session:
        shop_name = session.scalar(select(Shop.name)) or ""
    months = figures.months
    churn = figures.churn_line
    ratings = sum(line.ratings for line in months)
    sheet = DashboardSheet(
        shop_name=shop_name,
        as_of=figures.end_day,
        months=tuple(
            DashboardMonth(
                month=line.month,
                active=line.active,
                new=line.new,
                ended=line.ended,
                churn_rate=line.churn_rate,
                recurring_revenue=line.recurring_revenue,
                average_rating=line.average_rating,
            )
            for line in months
        ),
        cohorts=tuple(
            DashboardCohort(cohort.month, cohort.customers, tuple(cohort.retention(k) for k in RETENTION_MONTHS))
            for cohort in figures.cohorts
        ),
        retention_months=RETENTION_MONTHS,
        revenue_per_plan=figures.revenue_per_plan,
        new_total=sum(line.new for line in months),
        ended_total=sum(line.ended for line in months),
        churn_month=churn.month,
        churn_rate=churn.churn_rate,
        average_tenure_months=figures.average_tenure_months,
        deliveries_this_week=figures.deliveries_this_week,
        delivered_this_week=figures.delivered_this_week,
        overdue_amount=figures.overdue.amount,
        overdue_customers=figures.overdue.customers,
        points_outstanding=figures.points_outstanding,
        average_rating=sum(line.rating_total for line in months) / ratings if ratings else None,
    )
    return render_dashboard(sheet)
