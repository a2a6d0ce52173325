"""Deposit money in the ledger, inside a transaction: what payments paid towards deposit charges, less what deposit
returns gave back."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.models import LedgerAllocation, LedgerEntry
from toysub_desktop.domain.ledger import EntryKind

DEPOSIT_CREDIT = aliased(LedgerEntry, name="deposit_credit")
DEPOSIT_DEBIT = aliased(LedgerEntry, name="deposit_debit")
#: The credits that are not money paid. A deposit is paid by a payment; "not one of these" rather than "a payment"
#: so the deposit charges (one per rental) lead the join through ``ix_ledger_entry_kind``, not the payments (one a
#: month per contract).
NOT_MONEY_PAID = (EntryKind.WRITE_OFF.value, EntryKind.DEPOSIT_RETURN.value)


def paid_towards_deposits(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """The won live payments set against live deposit charges, summed (a correlated scalar)."""
    return (
        select(func.coalesce(func.sum(LedgerAllocation.amount), 0))
        .join(DEPOSIT_CREDIT, DEPOSIT_CREDIT.id == LedgerAllocation.credit_id)
        .join(DEPOSIT_DEBIT, DEPOSIT_DEBIT.id == LedgerAllocation.debit_id)
        .where(
            DEPOSIT_CREDIT.kind.not_in(NOT_MONEY_PAID),
            DEPOSIT_CREDIT.voided_at.is_(None),
            DEPOSIT_DEBIT.kind == EntryKind.DEPOSIT.value,
            DEPOSIT_DEBIT.voided_at.is_(None),
            condition,
        )
        .scalar_subquery()
    )


def deposits_returned(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return (
        select(func.coalesce(func.sum(LedgerEntry.amount), 0))
        .where(LedgerEntry.kind == EntryKind.DEPOSIT_RETURN.value, LedgerEntry.voided_at.is_(None), condition)
        .scalar_subquery()
    )


def deposit_held_in(session: Session, customer_id: int) -> int:
    """What the shop holds of the customer's deposits."""
    condition = DEPOSIT_DEBIT.customer_id == customer_id
    paid = session.scalar(select(paid_towards_deposits(condition))) or 0
    back = session.scalar(select(deposits_returned(LedgerEntry.customer_id == customer_id))) or 0
    return int(paid) - int(back)
