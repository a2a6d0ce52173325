"""Taking a payment inside a transaction: the step 수납 and a confirmed bank line share (the caller owns the
transaction and its other writes), with the account locked and checked against what the clerk saw."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import LedgerEntry
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.ledger import (
    ENTRY_NOTE_MAX,
    EntryKind,
    OpenDebit,
    PaymentMeans,
    balance,
    check_approval_number,
    check_payment,
    check_payment_split,
    oldest_first,
)
from toysub_desktop.domain.money import check_amount
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line
from toysub_desktop.services.common import ConcurrentEditError, audit
from toysub_desktop.services.queries.day_close import require_open_day
from toysub_desktop.services.queries.ledger import allocate, live_entries, lock_account, open_debits


class AccountChangedError(ConcurrentEditError):
    """The account changed at another counter since the clerk opened the payment; nothing was written."""

    message = QT_TRANSLATE_NOOP(
        "Validation",
        "This customer's account changed at another counter meanwhile, so nothing was saved. Look at the balance "
        "again and repeat the payment.",
    )


@dataclass(frozen=True)
class NewPayment:
    customer_id: int
    amount: int
    means: PaymentMeans
    approval_number: str = ""
    cash_receipt_number: str = ""
    note: str = ""
    #: The clerk's own split ``{charge id: won}``; None pays the oldest charges first.
    split: Mapping[int, int] | None = None
    #: The clerk agreed to keep what exceeds the balance as credit.
    keep_credit: bool = False
    #: ``AccountView.last_entry_id`` of the view the clerk looked at; None skips the check.
    seen_entry_id: int | None = None


def check_seen(session: Session, customer_id: int, seen_entry_id: int | None) -> None:
    if seen_entry_id is None:
        return
    newest = session.scalar(select(func.max(LedgerEntry.id)).where(LedgerEntry.customer_id == customer_id)) or 0
    if newest != seen_entry_id:
        raise AccountChangedError(f"customer {customer_id}: saw entry {seen_entry_id}, now {newest}")


def payment_fields(new: NewPayment) -> tuple[str, str, str]:
    approval = check_approval_number(
        new.approval_number, field="approval_number", required=new.means is PaymentMeans.CARD
    )
    receipt = check_approval_number(new.cash_receipt_number, field="cash_receipt_number", required=False)
    note = clean_line(new.note, field="note", limit=ENTRY_NOTE_MAX)
    return approval, receipt, note


def payment_shares(amount: int, debits: list[OpenDebit], split: Mapping[int, int] | None) -> list[tuple[int, int]]:
    if split is None:
        return oldest_first(amount, debits)
    return check_payment_split(amount, split, debits)


def record_payment(session: Session, *, staff_id: int, payment: NewPayment, now: datetime) -> int:
    """``take_payment`` inside the caller's transaction (a bank line confirmed records its payment with its own
    status): the account locked, the payment checked, recorded, set against its charges and audited."""
    check_amount(payment.amount, field="amount", allow_zero=False)
    approval, receipt, note = payment_fields(payment)
    lock_account(session, payment.customer_id)
    check_seen(session, payment.customer_id, payment.seen_entry_id)
    require_open_day(session, shop_today(now))  # a closed day (일마감) takes no payment
    owed = balance((EntryKind(e.kind), e.amount) for e in live_entries(session, payment.customer_id))
    check_payment(payment.amount, owed=owed, keep_credit=payment.keep_credit)
    shares = payment_shares(payment.amount, open_debits(session, payment.customer_id), payment.split)
    entry = LedgerEntry(
        customer_id=payment.customer_id,
        kind=EntryKind.PAYMENT.value,
        amount=payment.amount,
        entry_on=shop_today(now),
        means=payment.means.value,
        approval_number=approval,
        cash_receipt_number=receipt,
        note=note,
        recorded_at=now,
        recorded_by_id=staff_id,
    )
    session.add(entry)
    session.flush()
    allocate(session, ((entry.id, debit, won) for debit, won in shares), staff_id=staff_id, now=now)
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action="ledger.payment",
        entity="customer",
        entity_id=payment.customer_id,
        after={
            "entry_id": entry.id,
            "amount": payment.amount,
            "means": payment.means,
            "approval_number": approval,
            "cash_receipt_number": receipt,
            "allocations": [[debit, won] for debit, won in shares],
        },
    )
    return entry.id
