"""The money view's SQL (see ``services.money_figures``): each entry put in its month by a ``CASE`` over the months'
first days, so the same grouped statements run on SQLite and PostgreSQL and nothing of the ledger is read into
Python but a few rows a month."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, Date, SQLColumnExpression, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.models import LedgerAllocation, LedgerEntry
from toysub_desktop.domain.ledger import CHARGE_KINDS, EntryKind
from toysub_desktop.domain.months import add_months

CHARGE_VALUES = sorted(kind.value for kind in CHARGE_KINDS)
LIVE_CREDIT = aliased(LedgerEntry, name="credit")
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
    #: Points (적립금) used against charges: a discount, never collected money.
    points_discounts: int = 0
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


def live_credit_of_allocation() -> ColumnElement[bool]:
    return and_(LIVE_CREDIT.id == LedgerAllocation.credit_id, LIVE_CREDIT.voided_at.is_(None))


def deposit_refund() -> ColumnElement[bool]:
    """The end of a deposit the shop held (``services.deposits``): the deposit freed at the end of a rental, to be
    handed back (a refund) or, as the customer agreed, set against unpaid fees."""
    return LedgerEntry.kind == EntryKind.DEPOSIT_RETURN.value


def figures_in_session(session: Session, months: Sequence[date]) -> list[MonthFigures]:
    """The money view of *months* (consecutive first days): two grouped queries."""
    bounds = [*months, add_months(months[-1], 1)]
    end = bounds[-1]
    count = len(months)
    before = -1

    # One pass over the live entries up to the last month's end (from the start of the ledger: what was due before
    # the view is outstanding, and deposits given back before it are no longer held): charges by due month and kind,
    # payments, refunds (deposit refunds apart) and write-offs by their day, and the customers who paid.
    entry_month = _month_of(LedgerEntry.entry_on, bounds).label("m")
    is_deposit_refund = case((deposit_refund(), 1), else_=0).label("deposit")
    payer = case((LedgerEntry.kind == EntryKind.PAYMENT.value, LedgerEntry.customer_id), else_=None)
    billed: dict[tuple[int, str], int] = {}
    moved: dict[tuple[int, str, int], int] = {}
    paying: dict[int, int] = {}
    for m, kind, deposit, won, payers in session.execute(
        select(
            entry_month, LedgerEntry.kind, is_deposit_refund, func.sum(LedgerEntry.amount), func.count(payer.distinct())
        )
        .where(LedgerEntry.voided_at.is_(None), LedgerEntry.entry_on < end)
        .group_by(entry_month, LedgerEntry.kind, is_deposit_refund)
    ).tuples():
        if kind in CHARGE_VALUES:
            billed[(m, kind)] = int(won)
        else:
            moved[(m, kind, deposit)] = int(won)
        if kind == EntryKind.PAYMENT.value:
            paying[m] = int(payers)
    # What live credits cover of live charges: by the month the cover counts from, and by the charge's due month.
    covered_from = _month_of(_later(_DEBIT.entry_on, LIVE_CREDIT.entry_on), bounds).label("m")
    charge_month = _month_of(_DEBIT.entry_on, bounds).label("c")
    is_deposit = case(
        (and_(_DEBIT.kind == EntryKind.DEPOSIT.value, LIVE_CREDIT.kind == EntryKind.PAYMENT.value), 1), else_=0
    ).label("deposit")
    covered: dict[int, int] = {}
    deposits_in: dict[int, int] = {}
    covered_of_month: dict[int, int] = {}
    for m, c, deposit, won in session.execute(
        select(covered_from, charge_month, is_deposit, func.sum(LedgerAllocation.amount))
        .join(LIVE_CREDIT, live_credit_of_allocation())
        .join(_DEBIT, and_(_DEBIT.id == LedgerAllocation.debit_id, _DEBIT.voided_at.is_(None)))
        .where(_DEBIT.kind.in_(CHARGE_VALUES), _DEBIT.entry_on < end)
        .group_by(covered_from, charge_month, is_deposit)
    ).tuples():
        covered[m] = covered.get(m, 0) + int(won)
        covered_of_month[c] = covered_of_month.get(c, 0) + int(won)
        if deposit:
            deposits_in[m] = deposits_in.get(m, 0) + int(won)

    figures: list[MonthFigures] = []
    outstanding = sum(won for (m, _), won in billed.items() if m == before) - covered.get(before, 0)
    held = deposits_in.get(before, 0) - sum(won for (m, _, deposit), won in moved.items() if m == before and deposit)
    # (the deposits given back before the view: their freeing entries, flagged by ``deposit_refund``)
    for index, month in enumerate(months):
        by_kind = {EntryKind(kind): won for (m, kind), won in billed.items() if m == index}
        outstanding += sum(by_kind.values()) - covered.get(index, 0)

        def moved_won(kind: EntryKind, *, deposit: int | None = None, index: int = index) -> int:
            return sum(
                won
                for (m, k, d), won in moved.items()
                if m == index and k == kind.value and (deposit is None or d == deposit)
            )

        held += deposits_in.get(index, 0) - moved_won(EntryKind.DEPOSIT_RETURN)
        figures.append(
            MonthFigures(
                month=month,
                billed_by_kind=dict(sorted(by_kind.items(), key=lambda item: _KIND_ORDER.index(item[0]))),
                payments=moved_won(EntryKind.PAYMENT),
                refunds=moved_won(EntryKind.REFUND),
                written_off=moved_won(EntryKind.WRITE_OFF),
                points_discounts=moved_won(EntryKind.POINTS_DISCOUNT),
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
