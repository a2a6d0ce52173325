"""The receipt of a payment as it was taken, from the ledger, for ``documents.receipt``."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Customer, LedgerAllocation, LedgerEntry, Subscription
from toysub_desktop.documents.receipt import ReceiptItem, ReceiptSheet
from toysub_desktop.domain.dates import to_shop_time
from toysub_desktop.domain.ledger import EntryKind, signed_amount
from toysub_desktop.services.common import get_or_raise
from toysub_desktop.services.queries.contact_versions import staff_names
from toysub_desktop.services.queries.document_sheets import shop_details_in
from toysub_desktop.services.queries.vat import vat_rules_in


def _live_at(entry: LedgerEntry, moment: datetime) -> bool:
    """Whether *entry* was on the account, and not voided, at *moment* (as known then)."""
    return entry.recorded_at <= moment and (entry.voided_at is None or entry.voided_at > moment)


def receipt_sheet_in(session: Session, payment: LedgerEntry, *, document_number: str, issued_on: date) -> ReceiptSheet:
    """The receipt of *payment* as it was taken: what it paid off in its own transaction, and the balance then."""
    customer = get_or_raise(session, Customer, payment.customer_id)
    taken_at = payment.recorded_at
    shares = session.execute(
        select(LedgerEntry, LedgerAllocation.amount)
        .join(LedgerAllocation, LedgerAllocation.debit_id == LedgerEntry.id)
        .where(LedgerAllocation.credit_id == payment.id, LedgerAllocation.recorded_at <= taken_at)
        .order_by(LedgerEntry.entry_on, LedgerEntry.id)
    ).tuples()
    numbers = dict(
        session.execute(
            select(Subscription.id, Subscription.contract_number).where(Subscription.customer_id == customer.id)
        )
        .tuples()
        .all()
    )
    items = []
    for charge, amount in shares:
        details = charge.details or {}
        items.append(
            ReceiptItem(
                kind=charge.kind,
                due_on=charge.entry_on,
                amount=amount,
                contract_number=(numbers.get(charge.subscription_id) or "") if charge.subscription_id else "",
                first=date.fromisoformat(details["first"]) if "first" in details else None,
                last=date.fromisoformat(details["last"]) if "last" in details else None,
                days=int(details.get("days", 0)),
                cycle_days=int(details.get("cycle_days", 0)),
            )
        )
    entries = session.scalars(select(LedgerEntry).where(LedgerEntry.customer_id == customer.id))
    owed = sum(signed_amount(EntryKind(e.kind), e.amount) for e in entries if _live_at(e, taken_at))
    return ReceiptSheet(
        shop=shop_details_in(session),
        document_number=document_number,
        issued_on=issued_on,
        customer_number=customer.number or "",
        customer_name=customer.name,
        amount=payment.amount,
        means=payment.means or "",
        approval_number=payment.approval_number,
        cash_receipt_number=payment.cash_receipt_number,
        paid_at=to_shop_time(taken_at),
        received_by=staff_names(session, [payment.recorded_by_id]).get(payment.recorded_by_id, ""),
        items=tuple(items),
        credit=payment.amount - sum(item.amount for item in items),
        owed_after=max(owed, 0),
        vat=vat_rules_in(session).split_of((item.kind, item.amount) for item in items),
    )
