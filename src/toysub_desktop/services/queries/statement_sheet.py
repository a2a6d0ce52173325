"""The statement (거래 내역서) of one customer's account for a period, from the ledger as it stands now, for
``documents.statement``."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.models import Customer, LedgerAllocation, LedgerEntry, Subscription
from toysub_desktop.documents.statement import StatementLine, StatementSheet
from toysub_desktop.domain.ledger import EntryKind, balance, signed_amount
from toysub_desktop.services.queries.document_sheets import shop_details_in
from toysub_desktop.services.queries.vat import vat_rules_in


def statement_sheet_in(
    session: Session, customer: Customer, *, first: date, last: date, document_number: str, issued_on: date
) -> StatementSheet:
    """The opening balance before *first*, every live entry from *first* to *last* (by date, then as recorded)
    with the running balance, and the VAT-carrying charges of the period split for a 일반과세자 shop."""
    entries = list(
        session.scalars(
            select(LedgerEntry)
            .where(LedgerEntry.customer_id == customer.id, LedgerEntry.entry_on <= last)
            .order_by(LedgerEntry.entry_on, LedgerEntry.id)
        )
    )
    live = [e for e in entries if e.voided_at is None]
    opening = balance((EntryKind(e.kind), e.amount) for e in live if e.entry_on < first)
    in_period = [e for e in live if e.entry_on >= first]
    numbers = dict(
        session.execute(
            select(Subscription.id, Subscription.contract_number).where(Subscription.customer_id == customer.id)
        )
        .tuples()
        .all()
    )
    running = opening
    lines: list[StatementLine] = []
    for entry in in_period:
        kind = EntryKind(entry.kind)
        running += signed_amount(kind, entry.amount)
        details = entry.details or {}
        lines.append(
            StatementLine(
                entry_on=entry.entry_on,
                kind=kind.value,
                amount=entry.amount,
                debit=kind.is_debit,
                balance=running,
                contract_number=(numbers.get(entry.subscription_id) or "") if entry.subscription_id else "",
                first=date.fromisoformat(details["first"]) if "first" in details else None,
                last=date.fromisoformat(details["last"]) if "last" in details else None,
                days=int(details.get("days", 0)),
                cycle_days=int(details.get("cycle_days", 0)),
                means=entry.means or "",
                approval_number=entry.approval_number,
                corrects=entry.replaces_id is not None,
                tier_name=str(details.get("tier", "")),
                tier_percent=int(details.get("tier_percent", 0)),
                tier_discount=int(details.get("tier_discount", 0)),
            )
        )
    rules = vat_rules_in(session)
    charges = [e for e in in_period if EntryKind(e.kind).is_charge]
    # Points the shop's own customers used (자기적립마일리지) are not part of the supply: the VAT split is of what
    # the charges came to less the points set against them.
    discount = aliased(LedgerEntry, name="discount")
    points_on = dict(
        session.execute(
            select(LedgerAllocation.debit_id, func.sum(LedgerAllocation.amount))
            .join(discount, discount.id == LedgerAllocation.credit_id)
            .where(
                LedgerAllocation.debit_id.in_([e.id for e in charges] or [0]),
                discount.kind == EntryKind.POINTS_DISCOUNT.value,
                discount.voided_at.is_(None),
            )
            .group_by(LedgerAllocation.debit_id)
        )
        .tuples()
        .all()
    )
    return StatementSheet(
        shop=shop_details_in(session),
        document_number=document_number,
        issued_on=issued_on,
        customer_number=customer.number or "",
        customer_name=customer.name,
        first=first,
        last=last,
        opening_balance=opening,
        lines=tuple(lines),
        voided_left_out=sum(1 for e in entries if e.voided_at is not None and e.entry_on >= first),
        vat=rules.split_of((EntryKind(e.kind), e.amount - int(points_on.get(e.id, 0))) for e in charges),
    )
