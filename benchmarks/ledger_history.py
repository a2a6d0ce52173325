"""Two years of money, in bulk, on ``build_database.py``'s shop: what the billing run and the counter would have
left in the ledger had the shop kept its money in the app for two years.

The charges are the domain's own (``cycle_charges`` from each contract's history, ``deposit_charge``,
``early_termination_charge``), with the keys and details the billing run writes; the ledger opened on the first of
the month two years before ``through`` (``shop.ledger_opened_on``), so nothing earlier is billed. Each charge is
paid in full by the contract's means (card with an approval number) on its due day or a few days later, one payment
and one allocation per charge, except for about one customer in twenty, who stopped paying one to three months
before ``through``. Rows go in with SQLAlchemy Core executemany, in one transaction, as ``build_database`` does.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update

from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import LedgerAllocation, LedgerEntry, Shop, Staff, Subscription, SubscriptionEvent
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.ledger import (
    EntryKind,
    ExpectedCharge,
    PaymentMeans,
    SkipRule,
    cycle_charges,
    deposit_charge,
    early_termination_charge,
)
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.subscription_history import EventKind, SubscriptionHistory
from toysub_desktop.services.queries.subscription_history import lifecycle_event, signed_contract

_MEANS = {
    PaymentMethod.AUTO_DEBIT.value: PaymentMeans.AUTO_DEBIT,
    PaymentMethod.CARD.value: PaymentMeans.CARD,
    PaymentMethod.BANK_TRANSFER.value: PaymentMeans.BANK_TRANSFER,
    PaymentMethod.CASH.value: PaymentMeans.CASH,
}
_DELAY = {PaymentMeans.AUTO_DEBIT: 1, PaymentMeans.CARD: 0, PaymentMeans.BANK_TRANSFER: 4, PaymentMeans.CASH: 7}
BEHIND_SHARE = 0.05


def ledger_opened_on(through: date) -> date:
    return add_months(through, -24).replace(day=1)


def _at(day: date) -> datetime:
    return datetime.combine(day, time(3, 0), tzinfo=UTC)  # noon in Seoul


def expected_charges(
    subscription: Subscription, events: list[SubscriptionEvent], through: date, opened: date
) -> list[ExpectedCharge]:
    """What billing would have billed for the contract by *through* (``expected_subscription_charges``)."""
    history = SubscriptionHistory(signed_contract(subscription), tuple(lifecycle_event(row) for row in events))
    charges = cycle_charges(
        subscription.id, history, through=through, skip_rule=SkipRule(subscription.skip_rule), billed_from=opened
    )
    if subscription.renews_id is None and subscription.signed_on >= opened:
        deposit = deposit_charge(subscription.id, history, subscription.deposit)
        if deposit is not None and deposit.due_on <= through:
            charges.append(deposit)
    cancels = [e for e in events if e.kind == EventKind.CANCEL.value and e.voided_at is None]
    if cancels and cancels[-1].fee and shop_today(cancels[-1].recorded_at) >= opened:
        fee = early_termination_charge(subscription.id, cancels[-1].fee or 0, shop_today(cancels[-1].recorded_at))
        if fee is not None and fee.due_on <= through:
            charges.append(fee)
    return charges


def add_money_history(path: Path, *, through: date, seed: int = 20261130) -> dict[str, int]:
    """Fill the ledger of the shop at *path* with two years of charges and payments up to *through*."""
    rng = random.Random(seed)
    opened = ledger_opened_on(through)
    db = open_database(sqlite_file(path), backup_folder=None)
    try:
        with db.reading() as session:
            staff_ids = list(session.scalars(select(Staff.id).order_by(Staff.id)))
            subscriptions = list(session.scalars(select(Subscription).order_by(Subscription.id)))
            events: dict[int, list[SubscriptionEvent]] = defaultdict(list)
            for event in session.scalars(
                select(SubscriptionEvent).order_by(SubscriptionEvent.effective_on, SubscriptionEvent.id)
            ):
                events[event.subscription_id].append(event)
            next_id = (session.scalar(select(func.max(LedgerEntry.id))) or 0) + 1
            customers = sorted({s.customer_id for s in subscriptions})
            behind = {c: add_months(through, -rng.randint(1, 3)) for c in customers if rng.random() < BEHIND_SHARE}
            entries: list[dict[str, Any]] = []
            allocations: list[dict[str, Any]] = []
            for subscription in subscriptions:
                means = _MEANS.get(subscription.payment_method, PaymentMeans.OTHER)
                for charge in expected_charges(subscription, events[subscription.id], through, opened):
                    charge_id = next_id
                    next_id += 1
                    details = None
                    if charge.kind is EntryKind.CYCLE_FEE and charge.first and charge.last:
                        details = {
                            "first": charge.first.isoformat(), "last": charge.last.isoformat(), "days": charge.days,
                            "cycle_days": charge.cycle_days, "monthly_fee": charge.monthly_fee,
                        }  # fmt: skip
                    entries.append(
                        _entry(charge_id, subscription, charge.kind, charge.amount, charge.due_on, staff_ids[0])
                        | {"charge_key": charge.key, "details": details}
                    )
                    stops = behind.get(subscription.customer_id)
                    if stops is not None and charge.due_on > stops:
                        continue
                    paid_on = min(charge.due_on + timedelta(days=rng.randint(0, _DELAY.get(means, 3))), through)
                    payment_id = next_id
                    next_id += 1
                    entries.append(
                        _entry(
                            payment_id, subscription, EntryKind.PAYMENT, charge.amount, paid_on, rng.choice(staff_ids)
                        )
                        | {
                            "subscription_id": None,
                            "means": means.value,
                            "approval_number": f"{rng.randrange(10**7, 10**8)}" if means is PaymentMeans.CARD else "",
                        }
                    )
                    allocations.append(
                        {"credit_id": payment_id, "debit_id": charge_id, "amount": charge.amount,
                         "recorded_at": _at(paid_on), "recorded_by_id": staff_ids[0]}
                    )  # fmt: skip
        with db.engine.begin() as connection:
            connection.execute(update(Shop).values(ledger_opened_on=opened))
            for start in range(0, len(entries), 50_000):
                connection.execute(insert(LedgerEntry.__table__), entries[start : start + 50_000])
            for start in range(0, len(allocations), 50_000):
                connection.execute(insert(LedgerAllocation.__table__), allocations[start : start + 50_000])
        with db.engine.connect() as connection:  # the WAL folded into the file, as build_database leaves it
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    return {"ledger_entry": len(entries), "ledger_allocation": len(allocations), "customers_behind": len(behind)}


def _entry(
    entry_id: int, subscription: Subscription, kind: EntryKind, amount: int, day: date, staff_id: int
) -> dict[str, Any]:
    return {
        "id": entry_id, "customer_id": subscription.customer_id, "subscription_id": subscription.id,
        "kind": kind.value, "amount": amount, "entry_on": day, "charge_key": None, "customer_charge_id": None,
        "means": None, "approval_number": "", "cash_receipt_number": "", "details": None, "note": "",
        "recorded_at": _at(day), "recorded_by_id": staff_id, "voided_at": None, "voided_by_id": None,
        "void_reason": None, "replaces_id": None,
    }  # fmt: skip
