"""The owner's money view (수납·정산 → 월별 현황): per month, what was billed, collected, written off, what is
outstanding and how much deposit money the shop holds at the month's end; and the month's charges still unpaid.

For the owner or a manager (``Permission.MONEY_FIGURES``). Every figure is one grouped query over the ledger, never
the ledger read into Python: each entry is put in its month by a ``CASE`` over the months' first days, so the same
SQL runs on SQLite and PostgreSQL. Figures are the ledger as it stands now: a voided entry counts nowhere, so a
payment voided in a later month leaves the month it was taken in (its figures follow the correction).

- **Billed**: live charges by their due month, by kind.
- **Collected**: live payments by the day they were made, minus live refunds by theirs.
- **Written off**: live write-offs by their day.
- **Outstanding at the month's end**: charges due by then, less what live payments and write-offs made by then
  cover of them (an allocation counts from the later of the charge's due day and the credit's day).
- **Deposits held at the month's end**: what live payments made by then cover of live deposit charges, less the
  deposits given back by then (a refund naming the contract whose deposit it returns).
- **Still unpaid**: of the month's charges, what no live credit covers today.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Date, SQLColumnExpression, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, LedgerAllocation, LedgerEntry, Subscription
from toysub_desktop.domain.dates import utc_now
from toysub_desktop.domain.ledger import CHARGE_KINDS, EntryKind
from toysub_desktop.domain.months import add_months, months_from_to
from toysub_desktop.domain.staff import Permission
from toysub_desktop.services.access import Approval, authorize

_CHARGES = sorted(kind.value for kind in CHARGE_KINDS)
_CREDIT = aliased(LedgerEntry, name="credit")
_DEBIT = aliased(LedgerEntry, name="debit")


@dataclass(frozen=True)
class MonthFigures:
    """One month of the money view, in whole won."""

    #: The month's first day.
    month: date
    #: Live charges due in the month, by kind (kinds with none are left out).
    billed_by_kind: dict[EntryKind, int] = field(default_factory=dict)
    payments: int = 0
    refunds: int = 0
    written_off: int = 0
    #: Charges due by the month's end that payments and write-offs made by then do not cover.
    outstanding: int = 0
    #: Deposit money the shop holds at the month's end.
    deposits_held: int = 0
    #: Customers who paid something in the month.
    paying_customers: int = 0
    #: Of the charges due in the month, what is unpaid today.
    unpaid_now: int = 0

    @property
    def billed(self) -> int:
        return sum(self.billed_by_kind.values())

    @property
    def collected(self) -> int:
        return self.payments - self.refunds

    @property
    def last_day(self) -> date:
        return add_months(self.month, 1) - timedelta(days=1)


@dataclass(frozen=True)
class UnpaidCharge:
    """A charge of the month with what of it no live credit covers."""

    id: int
    customer_id: int
    customer_number: str
    customer_name: str
    kind: EntryKind
    contract_number: str
    due_on: date
    amount: int
    open: int


def _month_of(day: SQLColumnExpression[date], bounds: Sequence[date]) -> ColumnElement[int]:
    """Which month of the view *day* falls in: -1 before the first, ``len(bounds) - 1`` after the last (*bounds*
    are the months' first days and the first day after the last month)."""
    return case(*((day < bound, index - 1) for index, bound in enumerate(bounds)), else_=len(bounds) - 1)


def _later(first: SQLColumnExpression[date], second: SQLColumnExpression[date]) -> ColumnElement[date]:
    return type_coerce(case((first > second, first), else_=second), Date)


def _live_credit_join() -> ColumnElement[bool]:
    return and_(_CREDIT.id == LedgerAllocation.credit_id, _CREDIT.voided_at.is_(None))


def deposit_refund() -> ColumnElement[bool]:
    """A refund that gives back a deposit: it names the contract whose deposit it returns (a refund of money kept
    as credit names none)."""
    return and_(LedgerEntry.kind == EntryKind.REFUND.value, LedgerEntry.subscription_id.is_not(None))


def _figures(session: Session, months: Sequence[date]) -> list[MonthFigures]:
    """The money view of *months* (consecutive first days), five grouped queries."""
    bounds = [*months, add_months(months[-1], 1)]
    end = bounds[-1]
    count = len(months)
    before = -1

    # Charges by due month and kind, from the start of the ledger (what was due before the view is outstanding).
    due_month = _month_of(LedgerEntry.entry_on, bounds).label("m")
    billed: dict[tuple[int, str], int] = {
        (m, kind): int(won)
        for m, kind, won in session.execute(
            select(due_month, LedgerEntry.kind, func.sum(LedgerEntry.amount))
            .where(LedgerEntry.kind.in_(_CHARGES), LedgerEntry.voided_at.is_(None), LedgerEntry.entry_on < end)
            .group_by(due_month, LedgerEntry.kind)
        ).tuples()
    }
    # Payments, refunds and write-offs by their day; deposit refunds apart (from the start, for what is held).
    day_month = _month_of(LedgerEntry.entry_on, bounds).label("m")
    is_deposit_refund = case((deposit_refund(), 1), else_=0).label("deposit")
    moved: dict[tuple[int, str, int], int] = {
        (m, kind, deposit): int(won)
        for m, kind, deposit, won in session.execute(
            select(day_month, LedgerEntry.kind, is_deposit_refund, func.sum(LedgerEntry.amount))
            .where(
                LedgerEntry.kind.in_([EntryKind.PAYMENT.value, EntryKind.REFUND.value, EntryKind.WRITE_OFF.value]),
                LedgerEntry.voided_at.is_(None),
                LedgerEntry.entry_on < end,
            )
            .group_by(day_month, LedgerEntry.kind, is_deposit_refund)
        ).tuples()
    }
    paying = {
        int(m): int(people)
        for m, people in session.execute(
            select(day_month, func.count(func.distinct(LedgerEntry.customer_id)))
            .where(
                LedgerEntry.kind == EntryKind.PAYMENT.value,
                LedgerEntry.voided_at.is_(None),
                LedgerEntry.entry_on >= bounds[0],
                LedgerEntry.entry_on < end,
            )
            .group_by(day_month)
        ).tuples()
    }
    # What live credits cover of live charges: by the month the cover counts from, and by the charge's due month.
    covered_from = _month_of(_later(_DEBIT.entry_on, _CREDIT.entry_on), bounds).label("m")
    charge_month = _month_of(_DEBIT.entry_on, bounds).label("c")
    is_deposit = case(
        (and_(_DEBIT.kind == EntryKind.DEPOSIT.value, _CREDIT.kind == EntryKind.PAYMENT.value), 1), else_=0
    ).label("deposit")
    covered: dict[int, int] = {}
    deposits_in: dict[int, int] = {}
    covered_of_month: dict[int, int] = {}
    for m, c, deposit, won in session.execute(
        select(covered_from, charge_month, is_deposit, func.sum(LedgerAllocation.amount))
        .join(_CREDIT, _live_credit_join())
        .join(_DEBIT, and_(_DEBIT.id == LedgerAllocation.debit_id, _DEBIT.voided_at.is_(None)))
        .where(_DEBIT.kind.in_(_CHARGES), _DEBIT.entry_on < end)
        .group_by(covered_from, charge_month, is_deposit)
    ).tuples():
        covered[m] = covered.get(m, 0) + int(won)
        covered_of_month[c] = covered_of_month.get(c, 0) + int(won)
        if deposit:
            deposits_in[m] = deposits_in.get(m, 0) + int(won)

    figures: list[MonthFigures] = []
    outstanding = sum(won for (m, _), won in billed.items() if m == before) - covered.get(before, 0)
    held = deposits_in.get(before, 0) - sum(won for (m, _, deposit), won in moved.items() if m == before and deposit)
    for index, month in enumerate(months):
        by_kind = {EntryKind(kind): won for (m, kind), won in billed.items() if m == index}
        outstanding += sum(by_kind.values()) - covered.get(index, 0)

        def moved_won(kind: EntryKind, *, deposit: int | None = None, index: int = index) -> int:
            return sum(
                won
                for (m, k, d), won in moved.items()
                if m == index and k == kind.value and (deposit is None or d == deposit)
            )

        held += deposits_in.get(index, 0) - moved_won(EntryKind.REFUND, deposit=1)
        figures.append(
            MonthFigures(
                month=month,
                billed_by_kind=dict(sorted(by_kind.items(), key=lambda item: _KIND_ORDER.index(item[0]))),
                payments=moved_won(EntryKind.PAYMENT),
                refunds=moved_won(EntryKind.REFUND),
                written_off=moved_won(EntryKind.WRITE_OFF),
                outstanding=outstanding,
                deposits_held=held,
                paying_customers=paying.get(index, 0),
                unpaid_now=sum(by_kind.values()) - covered_of_month.get(index, 0),
            )
        )
    assert len(figures) == count
    return figures


_KIND_ORDER = [
    EntryKind.CYCLE_FEE,
    EntryKind.DEPOSIT,
    EntryKind.LATE_FEE,
    EntryKind.DAMAGE_FEE,
    EntryKind.LOSS_FEE,
    EntryKind.EARLY_TERMINATION,
]


def monthly_figures(
    db: Database,
    *,
    staff_id: int,
    first_month: date,
    last_month: date,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> list[MonthFigures]:
    """The money view from *first_month* to *last_month* (any day of each), one row a month, oldest first."""
    months = months_from_to(first_month, last_month, field="last_month")
    authorize(db, by_staff_id=staff_id, permission=Permission.MONEY_FIGURES, approval=approval, now=now or utc_now())
    with db.reading() as session:
        return _figures(session, months)


def unpaid_charges(
    db: Database,
    *,
    staff_id: int,
    month: date,
    after: UnpaidCharge | None = None,
    limit: int = 100,
    now: datetime | None = None,
) -> tuple[list[UnpaidCharge], bool]:
    """The charges due in *month* that are not paid off today, by due day, a page at a time (keyset: the rows after
    *after*); and whether more follow."""
    authorize(db, by_staff_id=staff_id, permission=Permission.MONEY_FIGURES, approval=None, now=now or utc_now())
    first = month.replace(day=1)
    paid = (
        select(func.coalesce(func.sum(LedgerAllocation.amount), 0))
        .join(_CREDIT, _live_credit_join())
        .where(LedgerAllocation.debit_id == LedgerEntry.id)
        .scalar_subquery()
    )
    query = (
        select(
            LedgerEntry.id,
            LedgerEntry.customer_id,
            Customer.number,
            Customer.name,
            LedgerEntry.kind,
            Subscription.contract_number,
            LedgerEntry.entry_on,
            LedgerEntry.amount,
            (LedgerEntry.amount - paid).label("open"),
        )
        .join(Customer, Customer.id == LedgerEntry.customer_id)
        .outerjoin(Subscription, Subscription.id == LedgerEntry.subscription_id)
        .where(
            LedgerEntry.kind.in_(_CHARGES),
            LedgerEntry.voided_at.is_(None),
            LedgerEntry.entry_on >= first,
            LedgerEntry.entry_on < add_months(first, 1),
            LedgerEntry.amount > paid,
        )
        .order_by(LedgerEntry.entry_on, LedgerEntry.id)
        .limit(limit + 1)
    )
    if after is not None:
        query = query.where(
            or_(
                LedgerEntry.entry_on > after.due_on,
                and_(LedgerEntry.entry_on == after.due_on, LedgerEntry.id > after.id),
            )
        )
    with db.reading() as session:
        rows = [
            UnpaidCharge(
                id=row.id,
                customer_id=row.customer_id,
                customer_number=row.number or "",
                customer_name=row.name,
                kind=EntryKind(row.kind),
                contract_number=row.contract_number or "",
                due_on=row.entry_on,
                amount=row.amount,
                open=int(row.open),
            )
            for row in session.execute(query)
        ]
    return rows[:limit], len(rows) > limit
