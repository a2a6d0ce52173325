"""The reminder letters of overdue customers as ``documents.overdue_letter`` prints them: each customer's name and
address in effect today and their unpaid charges due by today, from the ledger."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Customer, LedgerEntry, Subscription
from toysub_desktop.documents.overdue_letter import ReminderLetter, ReminderSheet, UnpaidCharge
from toysub_desktop.domain.timeline import in_effect_on
from toysub_desktop.services.queries.contact_versions import address_of, address_versions
from toysub_desktop.services.queries.document_sheets import shop_details_in
from toysub_desktop.services.queries.overdue import unpaid_charge_before


def reminder_sheet_in(session: Session, customer_ids: Sequence[int], *, today: date) -> ReminderSheet:
    """One letter per customer (in the order given), listing every charge due by *today* still unpaid."""
    shop = shop_details_in(session)
    ids = list(dict.fromkeys(customer_ids))
    customers = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
    addresses = address_versions(session, ids)
    unpaid = session.execute(
        select(LedgerEntry, LedgerEntry.open_amount, Subscription.contract_number)
        .outerjoin(Subscription, Subscription.id == LedgerEntry.subscription_id)
        .where(LedgerEntry.customer_id.in_(ids), unpaid_charge_before(today + timedelta(days=1)))
        .order_by(LedgerEntry.customer_id, LedgerEntry.entry_on, LedgerEntry.id)
    ).tuples()
    charges: dict[int, list[UnpaidCharge]] = {}
    for entry, open_amount, contract_number in unpaid:
        details = entry.details or {}
        charges.setdefault(entry.customer_id, []).append(
            UnpaidCharge(
                kind=entry.kind,
                due_on=entry.entry_on,
                amount=int(open_amount),
                contract_number=contract_number or "",
                first=date.fromisoformat(details["first"]) if "first" in details else None,
                last=date.fromisoformat(details["last"]) if "last" in details else None,
            )
        )
    letters = []
    for cid in ids:
        if cid not in customers or cid not in charges:
            continue
        address = in_effect_on(addresses.get(cid, []), today)
        letters.append(
            ReminderLetter(
                customer_number=customers[cid].number or "",
                customer_name=customers[cid].name,
                address=address_of(address).one_line if address is not None else "",
                charges=tuple(charges[cid]),
            )
        )
    # The shop's details have no bank account (yet): the letter asks the customer to pay at the counter.
    return ReminderSheet(shop=shop, issued_on=today, bank_account="", letters=tuple(letters))
