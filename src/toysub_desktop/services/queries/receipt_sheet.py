"""The receipt of a payment as it was taken, or of a refund as it was handed over, from the ledger, for
``documents.receipt``."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.models import Customer, LedgerAllocation, LedgerEntry, Subscription
from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date_time
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


def _owed_at(session: Session, customer_id: int, moment: datetime) -> int:
    entries = session.scalars(select(LedgerEntry).where(LedgerEntry.customer_id == customer_id))
    return max(sum(signed_amount(EntryKind(e.kind), e.amount) for e in entries if _live_at(e, moment)), 0)


def refund_receipt_sheet_in(
    session: Session, refund: LedgerEntry, *, document_number: str, issued_on: date
) -> ReceiptSheet:
    """The receipt of a refund as it was handed over: credit given back, or a deposit less the fees the customer
    agreed to have taken from it (with who took the agreement and when)."""
    customer = get_or_raise(session, Customer, refund.customer_id)
    details = refund.details or {}
    numbers = dict(
        session.execute(
            select(Subscription.id, Subscription.contract_number).where(Subscription.customer_id == customer.id)
        )
        .tuples()
        .all()
    )

    def contract(entry: LedgerEntry) -> str:
        return (numbers.get(entry.subscription_id) or "") if entry.subscription_id else ""

    items: list[ReceiptItem] = []
    returned = session.scalar(
        select(LedgerEntry)
        .join(LedgerAllocation, LedgerAllocation.credit_id == LedgerEntry.id)
        .where(LedgerAllocation.debit_id == refund.id, LedgerEntry.kind == EntryKind.DEPOSIT_RETURN.value)
    )
    if returned is not None:
        items.append(ReceiptItem(returned.kind, returned.entry_on, returned.amount, contract(returned)))
        deducted = session.execute(
            select(LedgerEntry, LedgerAllocation.amount)
            .join(LedgerAllocation, LedgerAllocation.debit_id == LedgerEntry.id)
            .where(LedgerAllocation.credit_id == returned.id, LedgerEntry.id != refund.id)
            .order_by(LedgerEntry.entry_on, LedgerEntry.id)
        ).tuples()
        items += [ReceiptItem(fee.kind, fee.entry_on, -amount, contract(fee)) for fee, amount in deducted]
    else:
        items.append(ReceiptItem(refund.kind, refund.entry_on, refund.amount))
    names = staff_names(session, [refund.recorded_by_id])
    agreement = ""
    if details.get("customer_agreed") and details.get("deducted"):
        taker = int(details["agreement_taken_by"])
        when = datetime.fromisoformat(str(details["agreement_taken_at"]))
        agreement = wording.REFUND_RECEIPT_AGREEMENT.format(
            who=staff_names(session, [taker]).get(taker, ""), when=format_date_time(to_shop_time(when))
        )
    return ReceiptSheet(
        shop=shop_details_in(session),
        document_number=document_number,
        issued_on=issued_on,
        customer_number=customer.number or "",
        customer_name=customer.name,
        amount=refund.amount,
        means=refund.means or "",
        approval_number=refund.approval_number,
        cash_receipt_number=refund.cash_receipt_number,
        paid_at=to_shop_time(refund.recorded_at),
        received_by=names.get(refund.recorded_by_id, ""),
        items=tuple(items),
        credit=0,
        owed_after=_owed_at(session, customer.id, refund.recorded_at),
        refund=True,
        agreement=agreement,
    )


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
    shares_list = list(shares)
    numbers = dict(
        session.execute(
            select(Subscription.id, Subscription.contract_number).where(Subscription.customer_id == customer.id)
        )
        .tuples()
        .all()
    )
    items = []
    for charge, amount in shares_list:
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
                tier_name=str(details.get("tier", "")),
                tier_percent=int(details.get("tier_percent", 0)),
                tier_discount=int(details.get("tier_discount", 0)),
            )
        )
    owed = _owed_at(session, customer.id, taken_at)
    paid_charges = [item_charge.id for item_charge, _ in shares_list]
    # Points used against the charges it paid, and the points used with it at the same 수납 (which may have paid
    # other charges off wholly): a discount, printed apart from the money.
    discount = aliased(LedgerEntry, name="discount")
    used = dict(
        session.execute(
            select(discount.id, func.sum(LedgerAllocation.amount))
            .join(discount, discount.id == LedgerAllocation.credit_id)
            .where(
                LedgerAllocation.debit_id.in_(paid_charges or [0]),
                discount.kind == EntryKind.POINTS_DISCOUNT.value,
                discount.voided_at.is_(None),
                LedgerAllocation.recorded_at <= taken_at,
            )
            .group_by(discount.id)
        )
        .tuples()
        .all()
    )
    now_used: dict[int, int] = {}
    for entry in session.scalars(
        select(LedgerEntry).where(
            LedgerEntry.customer_id == customer.id,
            LedgerEntry.kind == EntryKind.POINTS_DISCOUNT.value,
            LedgerEntry.voided_at.is_(None),
            LedgerEntry.recorded_at == taken_at,
        )
    ):
        if (entry.details or {}).get("payment_id") == payment.id:
            now_used[entry.id] = entry.amount
    # Said apart: the points used at this 수납, and those used earlier on the charges it paid.
    points_discount = sum(now_used.values())
    points_discount_before = sum(int(won) for discount_id, won in used.items() if discount_id not in now_used)
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
        points_discount=points_discount,
        points_discount_before=points_discount_before,
    )
