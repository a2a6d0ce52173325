"""The ledger inside a transaction: billing what a contract calls for, live allocations, open debits and free credit.

Billing runs in the caller's transaction (a subscription transition, a payment, the daily billing run), so charges
never disagree with the contract: a change to the contract voids and re-bills the unpaid charges it changes in the
same transaction, and never touches one someone has paid.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.models import (
    Customer,
    CustomerCharge,
    ImportRecordSubscription,
    LedgerAllocation,
    LedgerEntry,
    Shop,
    Subscription,
    SubscriptionEvent,
)
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.ledger import (
    BilledCharge,
    CycleTier,
    CycleTiers,
    EntryKind,
    ExpectedCharge,
    OpenDebit,
    SkipRule,
    apply_credits,
    cycle_charges,
    cycle_key,
    deposit_charge,
    early_termination_charge,
    plan_charges,
    rental_fee_key,
)
from toysub_desktop.domain.months import next_cycle_start
from toysub_desktop.domain.rentals import ChargeKind
from toysub_desktop.domain.subscription_history import EventKind, SubscriptionHistory
from toysub_desktop.domain.subscriptions import last_day_of_service
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import audit, get_or_raise
from toysub_desktop.services.queries.subscription_history import event_rows, history_of
from toysub_desktop.services.queries.tiers import tier_on, tier_rules_in

#: The reason recorded on a charge the contract no longer calls for (translated where it is shown).
CONTRACT_CHANGED = QT_TRANSLATE_NOOP("Ledger", "The contract changed.")
RENTAL_FEE_CHANGED = QT_TRANSLATE_NOOP("Ledger", "The rental fee was voided or changed.")

_RENTAL_FEE_KINDS = {
    ChargeKind.LATE.value: EntryKind.LATE_FEE,
    ChargeKind.DAMAGED.value: EntryKind.DAMAGE_FEE,
    ChargeKind.MISSING_PARTS.value: EntryKind.DAMAGE_FEE,
    ChargeKind.LOST.value: EntryKind.LOSS_FEE,
}

_CREDIT = aliased(LedgerEntry, name="credit")
_DEBIT = aliased(LedgerEntry, name="debit")


@dataclass(frozen=True)
class BillingChanges:
    added: int = 0
    voided: int = 0

    def __add__(self, other: BillingChanges) -> BillingChanges:
        return BillingChanges(self.added + other.added, self.voided + other.voided)


def lock_account(session: Session, customer_id: int) -> Customer:
    """The customer's row, locked on PostgreSQL until the transaction ends, so two counters writing to the same
    account take turns (SQLite has one writer at a time anyway). The customer's version is left alone: an open
    customer form is not disturbed by a payment."""
    # FOR NO KEY UPDATE: writers to the account take turns, while rows that merely refer to the customer (a new
    # entry, an address) are not held up.
    customer = session.get(Customer, customer_id, with_for_update={"key_share": True})
    if customer is None:
        return get_or_raise(session, Customer, customer_id)
    return customer


def allocated_by_entry(session: Session, customer_id: int) -> tuple[dict[int, int], dict[int, int]]:
    """Live allocations of the customer's account summed by credit and by debit."""
    return allocated_by_entries(session, [customer_id])


def allocated_by_entries(session: Session, customer_ids: Iterable[int]) -> tuple[dict[int, int], dict[int, int]]:
    """Live allocations of the customers' accounts summed by credit and by debit, one query per 500 customers."""
    ids = sorted(set(customer_ids))
    by_credit: dict[int, int] = {}
    by_debit: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(LedgerAllocation.credit_id, LedgerAllocation.debit_id, LedgerAllocation.amount)
            .join(_CREDIT, and_(_CREDIT.id == LedgerAllocation.credit_id, _CREDIT.voided_at.is_(None)))
            .join(_DEBIT, and_(_DEBIT.id == LedgerAllocation.debit_id, _DEBIT.voided_at.is_(None)))
            .where(_CREDIT.customer_id.in_(ids[start : start + 500]))
        ).tuples()
        for credit_id, debit_id, amount in rows:
            by_credit[credit_id] = by_credit.get(credit_id, 0) + amount
            by_debit[debit_id] = by_debit.get(debit_id, 0) + amount
    return by_credit, by_debit


def live_entries(session: Session, customer_id: int) -> list[LedgerEntry]:
    query = select(LedgerEntry).where(LedgerEntry.customer_id == customer_id, LedgerEntry.voided_at.is_(None))
    return list(session.scalars(query.order_by(LedgerEntry.entry_on, LedgerEntry.id)))


def open_debits(session: Session, customer_id: int) -> list[OpenDebit]:
    """The customer's live charges and refunds with what of each no credit covers yet, oldest first."""
    _, by_debit = allocated_by_entry(session, customer_id)
    return [
        OpenDebit(entry.id, entry.entry_on, entry.amount - by_debit.get(entry.id, 0))
        for entry in live_entries(session, customer_id)
        if EntryKind(entry.kind).is_debit and entry.amount > by_debit.get(entry.id, 0)
    ]


def open_debits_of(session: Session, customer_ids: Iterable[int]) -> dict[int, list[OpenDebit]]:
    """``open_debits`` of many customers at once, in two queries per 500 (a list showing many accounts)."""
    ids = sorted(set(customer_ids))
    found: dict[int, list[OpenDebit]] = {customer_id: [] for customer_id in ids}
    _, by_debit = allocated_by_entries(session, ids)
    debit_kinds = [kind.value for kind in EntryKind if kind.is_debit]
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(LedgerEntry.id, LedgerEntry.customer_id, LedgerEntry.entry_on, LedgerEntry.amount)
            .where(
                LedgerEntry.customer_id.in_(ids[start : start + 500]),
                LedgerEntry.voided_at.is_(None),
                LedgerEntry.kind.in_(debit_kinds),
            )
            .order_by(LedgerEntry.entry_on, LedgerEntry.id)
        ).tuples()
        for entry_id, customer_id, entry_on, amount in rows:
            if amount > by_debit.get(entry_id, 0):
                found[customer_id].append(OpenDebit(entry_id, entry_on, amount - by_debit.get(entry_id, 0)))
    return found


def free_credits(session: Session, customer_id: int) -> list[tuple[int, int]]:
    """The customer's live payments and write-offs with what of each is not yet set against a debit."""
    by_credit, _ = allocated_by_entry(session, customer_id)
    return [
        (entry.id, entry.amount - by_credit.get(entry.id, 0))
        for entry in live_entries(session, customer_id)
        if EntryKind(entry.kind).is_credit and entry.amount > by_credit.get(entry.id, 0)
    ]


@dataclass(frozen=True)
class AccountState:
    """A customer's account as payments and refunds start from it, read once: the balance, the open debits and
    the free credit."""

    balance: int
    open_debits: list[OpenDebit]
    free_credits: list[tuple[int, int]]


def account_state(session: Session, customer_id: int) -> AccountState:
    """The balance, open debits and free credit from one reading of the live entries and their allocations."""
    by_credit, by_debit = allocated_by_entry(session, customer_id)
    debits: list[OpenDebit] = []
    credits: list[tuple[int, int]] = []
    total = 0
    for entry in live_entries(session, customer_id):
        kind = EntryKind(entry.kind)
        if kind.is_debit:
            total += entry.amount
            if entry.amount > by_debit.get(entry.id, 0):
                debits.append(OpenDebit(entry.id, entry.entry_on, entry.amount - by_debit.get(entry.id, 0)))
        else:
            total -= entry.amount
            if entry.amount > by_credit.get(entry.id, 0):
                credits.append((entry.id, entry.amount - by_credit.get(entry.id, 0)))
    return AccountState(total, debits, credits)


def has_free_credit(session: Session, customer_id: int) -> bool:
    """Whether some of the customer's live payments and write-offs is not yet set against a debit: one aggregate
    instead of reading the account (most accounts have none)."""
    credits = select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
        LedgerEntry.customer_id == customer_id,
        LedgerEntry.kind.in_([EntryKind.PAYMENT.value, EntryKind.WRITE_OFF.value]),
        LedgerEntry.voided_at.is_(None),
    )
    used = (
        select(func.coalesce(func.sum(LedgerAllocation.amount), 0))
        .join(_CREDIT, and_(_CREDIT.id == LedgerAllocation.credit_id, _CREDIT.voided_at.is_(None)))
        .join(_DEBIT, and_(_DEBIT.id == LedgerAllocation.debit_id, _DEBIT.voided_at.is_(None)))
        .where(_CREDIT.customer_id == customer_id)
    )
    return (session.scalar(select(credits.scalar_subquery() - used.scalar_subquery())) or 0) > 0


def allocate(
    session: Session, shares: Iterable[tuple[int, int, int]], *, staff_id: int, now: datetime
) -> list[LedgerAllocation]:
    """Record allocations ``(credit id, debit id, won)``."""
    rows = [
        LedgerAllocation(credit_id=credit, debit_id=debit, amount=amount, recorded_at=now, recorded_by_id=staff_id)
        for credit, debit, amount in shares
        if amount > 0
    ]
    session.add_all(rows)
    session.flush()
    return rows


def apply_free_credit(session: Session, customer_id: int, *, staff_id: int, now: datetime) -> int:
    """Credit the customer already has (an overpayment kept, a charge voided after it was paid) pays the oldest
    open debits. Returns how many won were applied."""
    # Most accounts hold no free credit when a charge is billed: one aggregate instead of reading the account.
    if not has_free_credit(session, customer_id):
        return 0
    state = account_state(session, customer_id)
    if not state.free_credits:
        return 0
    allocations = apply_credits(state.free_credits, state.open_debits)
    allocate(session, ((a.credit_id, a.debit_id, a.amount) for a in allocations), staff_id=staff_id, now=now)
    return sum(a.amount for a in allocations)


def _billed(session: Session, condition: ColumnElement[bool], customer_id: int) -> list[tuple[LedgerEntry, int]]:
    _, by_debit = allocated_by_entry(session, customer_id)
    rows = session.scalars(
        select(LedgerEntry).where(condition, LedgerEntry.voided_at.is_(None), LedgerEntry.charge_key.is_not(None))
    )
    return [(row, by_debit.get(row.id, 0)) for row in rows]


def _carry_out(
    session: Session,
    expected: Sequence[ExpectedCharge],
    billed: Sequence[tuple[LedgerEntry, int]],
    *,
    customer_id: int,
    subscription_id: int | None,
    reason: str,
    staff_id: int,
    now: datetime,
    customer_charges: dict[str, int] | None = None,
) -> BillingChanges:
    rows = {row.id: row for row, _ in billed}
    plan = plan_charges(
        expected, (BilledCharge(row.id, row.charge_key or "", row.amount, paid) for row, paid in billed)
    )
    if not plan.add and not plan.void:
        return BillingChanges()
    replaced: dict[str, int] = {}
    for gone in plan.void:
        row = rows[gone.id]
        row.voided_at = now
        row.voided_by_id = staff_id
        row.void_reason = reason
        replaced[gone.key] = row.id
    session.flush()  # the voided keys leave the unique index before their replacements arrive
    for charge in plan.add:
        details = None
        if charge.kind is EntryKind.CYCLE_FEE and charge.first is not None and charge.last is not None:
            details = {
                "first": charge.first.isoformat(),
                "last": charge.last.isoformat(),
                "days": charge.days,
                "cycle_days": charge.cycle_days,
                "monthly_fee": charge.monthly_fee,
            }
            if charge.tier_discount:
                details |= {
                    "tier": charge.tier_name,
                    "tier_percent": charge.tier_percent,
                    "tier_discount": charge.tier_discount,
                }
        session.add(
            LedgerEntry(
                customer_id=customer_id,
                subscription_id=subscription_id,
                kind=charge.kind.value,
                amount=charge.amount,
                entry_on=charge.due_on,
                charge_key=charge.key,
                customer_charge_id=(customer_charges or {}).get(charge.key),
                details=details,
                recorded_at=now,
                recorded_by_id=staff_id,
                replaces_id=replaced.get(charge.key),
            )
        )
    session.flush()
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action="ledger.bill",
        entity="customer",
        entity_id=customer_id,
        after={
            "subscription_id": subscription_id,
            "added": [[c.key, c.amount, c.due_on] for c in plan.add],
            "voided": [[c.key, c.amount] for c in plan.void],
        },
    )
    return BillingChanges(len(plan.add), len(plan.void))


def ledger_opened_on(session: Session) -> date | None:
    """The day the shop's ledger opened, for a shop that ran before it (nothing due before it is billed)."""
    return session.scalar(select(Shop.ledger_opened_on).limit(1))


def paid_through(session: Session, subscription_id: int) -> date | None:
    """The last day an imported contract's old records say was paid for (None when not imported or not said)."""
    return session.scalar(
        select(ImportRecordSubscription.paid_through).where(ImportRecordSubscription.subscription_id == subscription_id)
    )


def contract_cycle_charges(
    subscription: Subscription,
    history: SubscriptionHistory,
    *,
    paid_through: date | None,
    through: date,
    billed_from: date | None = None,
    tiers: CycleTiers | None = None,
) -> list[ExpectedCharge]:
    """The contract's cycle fees due by *through* under its own terms: the skip rule it was signed with (the one
    printed on it), and not the days an import said were paid already (*paid_through*, ``paid_through``). Billing,
    the next charge shown at the counter and the subscription's account all ask this, with the customer's
    membership tiers (``cycle_tiers``)."""
    return cycle_charges(
        subscription.id,
        history,
        through=through,
        skip_rule=SkipRule(subscription.skip_rule),
        paid_through=paid_through,
        billed_from=billed_from,
        tiers=tiers,
    )


def cycle_tiers(session: Session, subscription: Subscription) -> CycleTiers | None:
    """The membership tier each of the contract's cycles is billed under: a cycle already billed keeps the tier it
    was billed with (none, if billed before the customer reached one: charges already billed never change); any
    other cycle gets the tier the customer had reached on its first day, from the facts as recorded now. None when
    the shop has no tiers and no billed cycle carries one."""
    rules = tier_rules_in(session)
    billed: dict[str, CycleTier | None] = {}
    for key, details in session.execute(
        select(LedgerEntry.charge_key, LedgerEntry.details).where(
            LedgerEntry.subscription_id == subscription.id,
            LedgerEntry.kind == EntryKind.CYCLE_FEE.value,
            LedgerEntry.voided_at.is_(None),
        )
    ).tuples():
        recorded = details or {}
        billed[key or ""] = (
            CycleTier(str(recorded["tier"]), int(recorded["tier_percent"])) if recorded.get("tier") else None
        )
    if not rules.tiers and not any(billed.values()):
        return None

    def tier_of_cycle(cycle: int, first: date) -> CycleTier | None:
        key = cycle_key(subscription.id, cycle)
        if key in billed:
            return billed[key]
        tier = tier_on(session, rules, subscription.customer_id, first)
        return CycleTier(tier.name, tier.discount_percent) if tier is not None and tier.discount_percent else None

    return tier_of_cycle


def contracts_ending_from(
    session: Session, customer_id: int, day: date
) -> list[tuple[Subscription, SubscriptionHistory, date | None]]:
    """The customer's contracts whose term ends on *day* or later, each with its history and imported paid-through
    date: three queries, however many contracts."""
    rows = session.execute(
        select(Subscription, ImportRecordSubscription.paid_through)
        .outerjoin(ImportRecordSubscription, ImportRecordSubscription.subscription_id == Subscription.id)
        .where(Subscription.customer_id == customer_id, Subscription.ends_on >= day)
        .order_by(Subscription.id)
    ).all()
    if not rows:
        return []
    events: dict[int, list[SubscriptionEvent]] = {}
    for event in session.scalars(
        select(SubscriptionEvent)
        .where(SubscriptionEvent.subscription_id.in_([subscription.id for subscription, _ in rows]))
        .order_by(SubscriptionEvent.effective_on, SubscriptionEvent.id)
    ):
        events.setdefault(event.subscription_id, []).append(event)
    return [
        (subscription, history_of(session, subscription, events.get(subscription.id, [])), settled)
        for subscription, settled in rows
    ]


def expected_subscription_charges(session: Session, subscription: Subscription, today: date) -> list[ExpectedCharge]:
    """What the contract calls for by *today*: its cycle fees, the deposit (not again for a renewal), the
    early-termination fee."""
    events = event_rows(session, subscription.id)
    history = history_of(session, subscription, events)
    opened = ledger_opened_on(session)
    settled = paid_through(session, subscription.id)
    expected = contract_cycle_charges(
        subscription,
        history,
        paid_through=settled,
        through=today,
        billed_from=opened,
        tiers=cycle_tiers(session, subscription),
    )
    # A renewal continues the contract whose deposit the shop already holds; a contract signed before the ledger
    # opened had its deposit settled outside it, and so had an imported one whose first payment (the deposit's
    # day) the old records say was made.
    before_ledger = opened is not None and subscription.signed_on < opened
    paid_before_import = settled is not None and settled >= subscription.paid_from
    deposit = (
        None
        if subscription.renews_id is not None or before_ledger or paid_before_import
        else deposit_charge(subscription.id, history, subscription.deposit)
    )
    if deposit is not None and deposit.due_on <= today:
        expected.append(deposit)
    cancels = [e for e in events if e.kind == EventKind.CANCEL.value and e.voided_at is None]
    if cancels and opened is not None and shop_today(cancels[-1].recorded_at) < opened:
        cancels = []  # settled before the ledger opened
    if cancels and cancels[-1].fee:
        fee = early_termination_charge(subscription.id, cancels[-1].fee or 0, shop_today(cancels[-1].recorded_at))
        if fee is not None and fee.due_on <= today:
            expected.append(fee)
    return expected


def bill_subscription(
    session: Session, subscription: Subscription, *, today: date, staff_id: int, now: datetime
) -> BillingChanges:
    """Bring one subscription's charges in line with its contract up to *today*, inside the caller's transaction,
    then let credit the customer holds pay what is open."""
    lock_account(session, subscription.customer_id)
    expected = expected_subscription_charges(session, subscription, today)
    billed = [
        (row, paid)
        for row, paid in _billed(session, LedgerEntry.subscription_id == subscription.id, subscription.customer_id)
        if row.entry_on <= today
    ]
    changes = _carry_out(
        session,
        expected,
        billed,
        customer_id=subscription.customer_id,
        subscription_id=subscription.id,
        reason=CONTRACT_CHANGED,
        staff_id=staff_id,
        now=now,
    )
    if changes.added:
        apply_free_credit(session, subscription.customer_id, staff_id=staff_id, now=now)
    return changes


def bill_rental_fees(session: Session, customer_id: int, *, staff_id: int, now: datetime) -> BillingChanges:
    """The customer's rental fees (late, damaged, lost) in the ledger as they stand: new ones billed, voided ones
    voided unless paid."""
    lock_account(session, customer_id)
    fees = session.scalars(
        select(CustomerCharge).where(CustomerCharge.customer_id == customer_id, CustomerCharge.voided_at.is_(None))
    )
    expected: list[ExpectedCharge] = []
    ids: dict[str, int] = {}
    opened = ledger_opened_on(session)
    for fee in fees:
        if fee.amount > 0 and (opened is None or fee.charged_on >= opened):
            key = rental_fee_key(fee.id)
            expected.append(ExpectedCharge(key, _RENTAL_FEE_KINDS[fee.kind], fee.charged_on, fee.amount))
            ids[key] = fee.id
    billed = _billed(
        session,
        and_(LedgerEntry.customer_id == customer_id, LedgerEntry.customer_charge_id.is_not(None)),
        customer_id,
    )
    changes = _carry_out(
        session,
        expected,
        billed,
        customer_id=customer_id,
        subscription_id=None,
        reason=RENTAL_FEE_CHANGED,
        staff_id=staff_id,
        now=now,
        customer_charges=ids,
    )
    if changes.added:
        apply_free_credit(session, customer_id, staff_id=staff_id, now=now)
    return changes


def subscriptions_due_for_billing(session: Session, today: date) -> list[int]:
    """Subscriptions with a cycle begun since their latest live cycle charge (or never billed), cheaply: one
    grouped query. Whole paused cycles keep a subscription on this list; billing it again changes nothing."""
    latest = (
        select(LedgerEntry.subscription_id, func.max(LedgerEntry.entry_on).label("latest"))
        .where(LedgerEntry.kind == EntryKind.CYCLE_FEE.value, LedgerEntry.voided_at.is_(None))
        .group_by(LedgerEntry.subscription_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Subscription.id, Subscription.paid_from, Subscription.ends_on, Subscription.cancelled_on, latest.c.latest
        )
        .outerjoin(latest, latest.c.subscription_id == Subscription.id)
        .where(Subscription.paid_from <= today)
    ).tuples()
    opened = ledger_opened_on(session)
    due: list[int] = []
    for sub_id, paid_from, ends_on, cancelled_on, billed_through in rows:
        last_day = last_day_of_service(ends_on, cancelled_on)
        if billed_through is not None:
            next_due = next_cycle_start(paid_from, billed_through)
        elif opened is not None and opened > paid_from:
            next_due = next_cycle_start(paid_from, opened - timedelta(days=1))  # the first cycle the ledger bills
        else:
            next_due = paid_from
        if next_due <= min(today, last_day):
            due.append(sub_id)
    return due
