"""What of each charge or refund is still unpaid (``LedgerEntry.open_amount``), kept by the session that changes the
ledger, so lists of who owes what (overdue, holds) read one indexed column instead of summing every allocation.

The rule is the ledger's own (``domain.ledger``): a debit's open amount is its amount less the live allocations set
against it (the credit not voided). Whatever a transaction does to the ledger — a charge billed or voided, a
payment, a refund, a write-off, an allocation, a void — the accounts it touched are recomputed from their
allocations just before it commits, in the same transaction, so the column can never disagree with the entries it
derives from (a test checks the two after random sequences of every step). Credits and voided entries keep none.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, bindparam, event, func, select, update
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.models import LedgerAllocation, LedgerEntry
from toysub_desktop.db.points_earning import earn_points_for_paid_charges
from toysub_desktop.domain.ledger import EntryKind

#: Where the session keeps the customers whose ledger it changed (``Session.info``).
_TOUCHED = "toysub_ledger_customers"
DEBIT_KINDS = sorted(kind.value for kind in EntryKind if kind.is_debit)

_CREDIT = aliased(LedgerEntry, name="credit")
_ALLOCATED = (
    select(func.coalesce(func.sum(LedgerAllocation.amount), 0))
    .join(_CREDIT, and_(_CREDIT.id == LedgerAllocation.credit_id, _CREDIT.voided_at.is_(None)))
    .where(LedgerAllocation.debit_id == LedgerEntry.id)
    .correlate(LedgerEntry)
    .scalar_subquery()
)


def open_amounts_statement(customer_ids: Iterable[int] | None = None) -> Any:
    """UPDATE: the live debits' open amounts (of these customers, or of everyone), and none for the rest."""
    statement = update(LedgerEntry).values(
        open_amount=func.coalesce(
            select(LedgerEntry.amount - _ALLOCATED)
            .where(LedgerEntry.voided_at.is_(None), LedgerEntry.kind.in_(DEBIT_KINDS))
            .correlate(LedgerEntry)
            .scalar_subquery(),
            0,
        )
    )
    if customer_ids is not None:
        statement = statement.where(LedgerEntry.customer_id.in_(bindparam("customers", expanding=True)))
    return statement.execution_options(synchronize_session=False)


def refresh_open_amounts(session: Session, customer_ids: Iterable[int]) -> None:
    """Recompute the open amounts of these customers' debits now (one statement)."""
    ids = sorted(set(customer_ids))
    if ids:
        session.execute(open_amounts_statement(ids), {"customers": ids})


@event.listens_for(Session, "after_flush")
def _note_ledger_changes(session: Session, _context: Any) -> None:
    touched: set[int] = session.info.setdefault(_TOUCHED, set())
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, LedgerEntry):
            touched.add(row.customer_id)
        elif isinstance(row, LedgerAllocation):
            # An allocation names two entries of one account: the customer of its debit (loaded already, mostly).
            with session.no_autoflush:
                debit = session.get(LedgerEntry, row.debit_id)
            if debit is not None:
                touched.add(debit.customer_id)


@event.listens_for(Session, "before_commit")
def _refresh_before_commit(session: Session) -> None:
    session.flush()
    touched: set[int] = session.info.pop(_TOUCHED, set())
    if touched:
        refresh_open_amounts(session, touched)
        # With the open amounts right, a monthly fee paid off in this transaction earns its points in it too.
        earn_points_for_paid_charges(session, touched)


@event.listens_for(Session, "after_rollback")
def _forget_on_rollback(session: Session) -> None:
    session.info.pop(_TOUCHED, None)
