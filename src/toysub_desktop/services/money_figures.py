"""The owner's money view (수납·정산 → 월별 현황): per month, what was billed, collected, written off, what is
outstanding and how much deposit money the shop holds at the month's end; and the month's charges still unpaid.

For the owner or a manager (``Permission.MONEY_FIGURES``). The months come from two grouped queries (entries,
allocations), never the ledger read into Python: each row is put in its month by a ``CASE`` over the months' first
days, so the same SQL runs on SQLite and PostgreSQL. Figures are the ledger as it stands now: a voided entry counts
nowhere, so a payment voided in a later month leaves the month it was taken in (its figures follow the correction).

- **Billed**: live charges by their due month, by kind.
- **Collected**: live payments by the day they were made, minus live refunds by theirs.
- **Written off**: live write-offs by their day.
- **Points used** (적립금): live points discounts by their day — a discount, never in what was collected; like a
  payment, they cover the charges they are set against.
- **Outstanding at the month's end**: charges due by then, less what live payments and write-offs made by then
  cover of them (an allocation counts from the later of the charge's due day and the credit's day).
- **Deposits held at the month's end**: what live payments made by then cover of live deposit charges, less the
  deposits given back by then (a refund naming the contract whose deposit it returns).
- **Still unpaid**: of the month's charges, what no live credit covers today.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, LedgerAllocation, LedgerEntry, Subscription
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.dates import utc_now
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.months import add_months, months_from_to
from toysub_desktop.domain.staff import Permission, role_may
from toysub_desktop.services.access import Approval, ApprovalNeeded, authorize
from toysub_desktop.services.common import require_staff
from toysub_desktop.services.queries.money_figures import (
    CHARGE_VALUES,
    LIVE_CREDIT,
    MonthFigures,
    UnpaidCharge,
    figures_in_session,
    live_credit_of_allocation,
)

__all__ = ["MonthFigures", "UnpaidCharge", "monthly_figures", "unpaid_charges"]


def _approved(db: Database, staff_id: int, approval: Approval | None, now: datetime | None) -> bool:
    """Whether another staff member's PIN approved this read (checked, and counted, like any approval)."""
    if approval is None:
        return False
    authorize(db, by_staff_id=staff_id, permission=Permission.MONEY_FIGURES, approval=approval, now=now or utc_now())
    return True


def _check_role(session: Session, staff_id: int) -> None:
    """The owner or a manager reads the figures; the role is checked in the read's own session, so paging through
    a list never opens a writing transaction."""
    if not role_may(StaffRole(require_staff(session, staff_id).role), Permission.MONEY_FIGURES):
        raise ApprovalNeeded(Permission.MONEY_FIGURES)


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
    approved = _approved(db, staff_id, approval, now)
    with db.reading() as session:
        if not approved:
            _check_role(session, staff_id)
        return figures_in_session(session, months)


def unpaid_charges(
    db: Database,
    *,
    staff_id: int,
    month: date,
    after: UnpaidCharge | None = None,
    limit: int = 100,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> tuple[list[UnpaidCharge], bool]:
    """The charges due in *month* that are not paid off today, by due day, a page at a time (keyset: the rows after
    *after*); and whether more follow."""
    first = month.replace(day=1)
    paid = (
        select(func.coalesce(func.sum(LedgerAllocation.amount), 0))
        .join(LIVE_CREDIT, live_credit_of_allocation())
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
            LedgerEntry.kind.in_(CHARGE_VALUES),
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
    approved = _approved(db, staff_id, approval, now)
    with db.reading() as session:
        if not approved:
            _check_role(session, staff_id)
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
