"""A customer's account at the counter: billing what is due, taking a payment (수납), refunds, write-offs and voids.

The rules are in ``domain.ledger``; this module reads and writes the ledger, one transaction per clerk action with
its audit record. Entries are never updated or deleted: a mistake is voided with a reason (a manager or the owner,
or with their PIN) and, for a payment or refund, replaced. No payment, refund, write-off or void is recorded on a
closed day (일마감, ``queries.day_close.require_open_day``); charges are dated by their cycle and are not locked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from time import perf_counter

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, LedgerAllocation, LedgerEntry, Shop, Subscription
from toysub_desktop.db.problems import DatabaseProblem
from toysub_desktop.domain.dates import check_plausible_date, shop_today, utc_now
from toysub_desktop.domain.day_close import is_money_movement
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import (
    ENTRY_NOTE_MAX,
    EntryKind,
    PaymentMeans,
    RefundSource,
    balance,
    check_refund,
    check_split,
    left_open,
    oldest_first,
)
from toysub_desktop.domain.money import check_amount
from toysub_desktop.domain.overdue import days_overdue, held_for_overdue
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import audit, get_or_raise, require_staff, unit_of_work
from toysub_desktop.services.queries.bank_lines import follow_voided_payment
from toysub_desktop.services.queries.contact_versions import staff_names
from toysub_desktop.services.queries.day_close import is_closed, require_open_day
from toysub_desktop.services.queries.deposits import deposit_held_in
from toysub_desktop.services.queries.ledger import (
    BillingChanges,
    account_state,
    allocate,
    allocated_by_entries,
    apply_free_credit,
    bill_rental_fees,
    bill_subscription,
    contract_cycle_charges,
    contracts_ending_from,
    cycle_tiers,
    free_credits,
    lock_account,
    open_debits,
    paid_through,
    subscriptions_due_for_billing,
)
from toysub_desktop.services.queries.overdue import overdue_rules
from toysub_desktop.services.queries.payments import AccountChangedError as AccountChangedError
from toysub_desktop.services.queries.payments import NewPayment as NewPayment
from toysub_desktop.services.queries.payments import payment_fields, payment_shares, record_payment
from toysub_desktop.services.queries.points import (
    charges_points_pay,
    take_back_unpaid_earnings,
    void_spending_of_discount,
)
from toysub_desktop.services.queries.subscription_history import history_of

#: Subscriptions billed per transaction in the billing run, so a long run never holds the database for long.
BILLING_BATCH = 50


@dataclass(frozen=True)
class LedgerLine:
    """One entry as the account history shows it."""

    id: int
    kind: EntryKind
    amount: int
    entry_on: date
    subscription_id: int | None
    contract_number: str
    #: What a cycle fee covers.
    first: date | None
    last: date | None
    days: int
    cycle_days: int
    means: PaymentMeans | None
    approval_number: str
    cash_receipt_number: str
    note: str
    #: Of a debit: how much credits cover; of a credit: how much it pays off.
    allocated: int
    recorded_at: datetime
    recorded_by: str
    voided: bool
    void_reason: str
    replaces_id: int | None
    #: A cycle fee's membership-tier discount (``domain.tiers``): the tier, its percent and the won taken off.
    tier_name: str = ""
    tier_percent: int = 0
    tier_discount: int = 0

    @property
    def open(self) -> int:
        """Of a live debit, what is still owed; of a live credit, what is not used yet."""
        return 0 if self.voided else self.amount - self.allocated


@dataclass(frozen=True)
class NextCharge:
    due_on: date
    amount: int
    contract_number: str


@dataclass(frozen=True)
class AccountView:
    customer_id: int
    customer_name: str
    #: The sum of live entries: above 0 owed, below 0 credit held.
    balance: int
    #: Open charges already due (today's included), oldest first.
    open_charges: tuple[LedgerLine, ...]
    #: The next cycle fee coming, if any.
    next_charge: NextCharge | None
    #: Every entry, voided ones too, newest first.
    history: tuple[LedgerLine, ...]
    #: The newest entry when read: a payment made against this view is refused if the account moved on.
    last_entry_id: int
    #: Deliveries and lending are held for being overdue (``domain.overdue``): the days since the oldest unpaid
    #: charge was due; None when not held.
    overdue_hold_days: int | None = None
    #: The customer's deposit money the shop holds (to give back at the end of a rental).
    deposit_held: int = 0

    @property
    def owed(self) -> int:
        return max(self.balance, 0)

    @property
    def credit(self) -> int:
        return max(-self.balance, 0)


@dataclass(frozen=True)
class PaymentShare:
    """What a payment pays off: one open charge and the won set against it."""

    line: LedgerLine
    amount: int


@dataclass(frozen=True)
class PaymentPreview:
    shares: tuple[PaymentShare, ...]
    #: What is left over and would be kept as credit.
    credit: int
    #: What the points used with the payment pay off, before the money: the oldest open charges first.
    points_shares: tuple[PaymentShare, ...] = ()


@dataclass(frozen=True)
class BillingRun:
    subscriptions: int
    added: int
    voided: int
    seconds: float


# --- reading ----------------------------------------------------------------------------------------------------

#: How far ahead the next charge is looked for (a long pause may push it past the coming month).
_AHEAD = timedelta(days=400)


def _lines(session: Session, entries: list[LedgerEntry]) -> list[LedgerLine]:
    by_credit, by_debit = allocated_by_entries(session, {e.customer_id for e in entries})
    names = staff_names(session, [e.recorded_by_id for e in entries])
    sub_ids = {e.subscription_id for e in entries if e.subscription_id is not None}
    numbers = (
        dict(
            session.execute(select(Subscription.id, Subscription.contract_number).where(Subscription.id.in_(sub_ids)))
            .tuples()
            .all()
        )
        if sub_ids
        else {}
    )
    lines = []
    for e in entries:
        kind = EntryKind(e.kind)
        details = e.details or {}
        lines.append(
            LedgerLine(
                id=e.id,
                kind=kind,
                amount=e.amount,
                entry_on=e.entry_on,
                subscription_id=e.subscription_id,
                contract_number=(numbers.get(e.subscription_id) or "") if e.subscription_id else "",
                first=date.fromisoformat(details["first"]) if "first" in details else None,
                last=date.fromisoformat(details["last"]) if "last" in details else None,
                days=int(details.get("days", 0)),
                cycle_days=int(details.get("cycle_days", 0)),
                means=PaymentMeans(e.means) if e.means else None,
                approval_number=e.approval_number,
                cash_receipt_number=e.cash_receipt_number,
                note=e.note,
                allocated=(by_debit if kind.is_debit else by_credit).get(e.id, 0),
                recorded_at=e.recorded_at,
                recorded_by=names.get(e.recorded_by_id, ""),
                voided=e.voided_at is not None,
                void_reason=e.void_reason or "",
                replaces_id=e.replaces_id,
                tier_name=str(details.get("tier", "")),
                tier_percent=int(details.get("tier_percent", 0)),
                tier_discount=int(details.get("tier_discount", 0)),
            )
        )
    return lines


def _next_charge(session: Session, customer_id: int, today: date) -> NextCharge | None:
    coming: list[NextCharge] = []
    for subscription, history, settled in contracts_ending_from(session, customer_id, today):
        ahead = contract_cycle_charges(
            subscription,
            history,
            paid_through=settled,
            through=today + _AHEAD,
            billed_from=today + timedelta(days=1),
            tiers=cycle_tiers(session, subscription),
        )
        if ahead:
            coming.append(NextCharge(ahead[0].due_on, ahead[0].amount, subscription.contract_number or ""))
    return min(coming, key=lambda c: c.due_on) if coming else None


def account_view(db: Database, customer_id: int, *, today: date | None = None) -> AccountView:
    """The customer's balance, open charges, the next charge coming and the whole history."""
    today = today or shop_today()
    with db.reading() as session:
        customer = get_or_raise(session, Customer, customer_id)
        entries = list(
            session.scalars(
                select(LedgerEntry)
                .where(LedgerEntry.customer_id == customer_id)
                .order_by(LedgerEntry.entry_on.desc(), LedgerEntry.id.desc())
            )
        )
        lines = _lines(session, entries)
        live = [line for line in lines if not line.voided]
        open_charges = sorted(
            (line for line in live if line.kind.is_debit and line.open > 0 and line.entry_on <= today),
            key=lambda line: (line.entry_on, line.id),
        )
        return AccountView(
            customer_id=customer.id,
            customer_name=customer.name,
            balance=balance((line.kind, line.amount) for line in live),
            open_charges=tuple(open_charges),
            next_charge=_next_charge(session, customer_id, today),
            history=tuple(lines),
            last_entry_id=max((e.id for e in entries), default=0),
            overdue_hold_days=_overdue_hold_days(session, open_charges, today),
            deposit_held=deposit_held_in(session, customer_id),
        )


def _overdue_hold_days(session: Session, open_charges: list[LedgerLine], today: date) -> int | None:
    unpaid = [line.entry_on for line in open_charges if line.kind.is_charge]
    if not held_for_overdue(unpaid, today, overdue_rules(session)):
        return None
    return days_overdue(min(unpaid), today)


@dataclass(frozen=True)
class SubscriptionAccount:
    """One contract's charges as its panel shows them."""

    subscription_id: int
    #: What of its charges due by today is unpaid, and what was paid towards them.
    owed: int
    paid: int
    next_charge: NextCharge | None
    #: Its charges, voided ones too, newest first.
    charges: tuple[LedgerLine, ...]


def subscription_account(db: Database, subscription_id: int, *, today: date | None = None) -> SubscriptionAccount:
    today = today or shop_today()
    with db.reading() as session:
        subscription = get_or_raise(session, Subscription, subscription_id)
        entries = list(
            session.scalars(
                select(LedgerEntry)
                .where(LedgerEntry.subscription_id == subscription_id, LedgerEntry.charge_key.is_not(None))
                .order_by(LedgerEntry.entry_on.desc(), LedgerEntry.id.desc())
            )
        )
        lines = _lines(session, entries)
        live = [line for line in lines if not line.voided and line.kind.is_charge]
        coming = None
        if subscription.ends_on >= today:
            history = history_of(session, subscription)
            ahead = contract_cycle_charges(
                subscription,
                history,
                paid_through=paid_through(session, subscription.id),
                through=today + _AHEAD,
                billed_from=today + timedelta(days=1),
                tiers=cycle_tiers(session, subscription),
            )
            upcoming = next((c for c in ahead if c.due_on > today), None)
            if upcoming is not None:
                coming = NextCharge(upcoming.due_on, upcoming.amount, subscription.contract_number or "")
        return SubscriptionAccount(
            subscription_id=subscription_id,
            owed=sum(line.open for line in live if line.entry_on <= today),
            paid=sum(line.allocated for line in live),
            next_charge=coming,
            charges=tuple(lines),
        )


@dataclass(frozen=True)
class DueNow:
    """What a customer owes at this moment and what credit they hold, in won."""

    #: The unpaid part of charges due by the day, less credit not yet set against them.
    owed: int
    #: Paid and not used for any charge (an overpayment kept): what may be refunded.
    credit: int


def money_due(db: Database, customer_id: int, *, today: date | None = None) -> DueNow:
    """What the customer owes now and the credit they hold: the two figures a payment or a refund starts from,
    without reading the whole history."""
    today = today or shop_today()
    with db.reading() as session:
        get_or_raise(session, Customer, customer_id)
        state = account_state(session, customer_id)
        due = sum(debit.open for debit in state.open_debits if debit.due_on <= today)
        credit = sum(free for _, free in state.free_credits)
        return DueNow(owed=max(due - credit, 0), credit=max(credit - due, 0))


def payment_preview(
    db: Database, customer_id: int, amount: int, split: Mapping[int, int] | None = None, *, points: int = 0
) -> PaymentPreview:
    """What a payment of *amount* would pay off: the clerk's split, or the oldest charges first; with *points*
    used, the points pay the oldest open charges first and the money what is left of them."""
    with db.reading() as session:
        debits = open_debits(session, customer_id)
        by_points = oldest_first(points, charges_points_pay(session, customer_id)) if points > 0 else []
        shares = payment_shares(amount, left_open(debits, by_points), split)
        charge_ids = list(dict.fromkeys(d for d, _ in [*by_points, *shares]))
        by_id = {line.id: line for line in _lines(session, [get_or_raise(session, LedgerEntry, d) for d in charge_ids])}
        return PaymentPreview(
            tuple(PaymentShare(by_id[d], won) for d, won in shares),
            amount - sum(won for _, won in shares),
            tuple(PaymentShare(by_id[d], won) for d, won in by_points),
        )


# --- billing ----------------------------------------------------------------------------------------------------


_LEDGER_IN_USE = QT_TRANSLATE_NOOP(
    "Validation", "The ledger already has entries, so the day it opened can no longer change."
)


def open_ledger(db: Database, *, staff_id: int, opened_on: date, now: datetime | None = None) -> None:
    """The owner says from which day the shop keeps its money here (a shop that kept it elsewhere before): nothing
    due before that day is billed. Only while the ledger is empty; the owner only."""
    now = now or utc_now()
    check_plausible_date(opened_on, today=shop_today(now), field="opened_on")
    authorize(db, by_staff_id=staff_id, permission=Permission.SHOP_SETTINGS, approval=None, now=now)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        if session.scalar(select(LedgerEntry.id).limit(1)) is not None:
            raise ValidationError.of("opened_on", _LEDGER_IN_USE)
        shop = session.scalars(select(Shop).limit(1)).one()
        before = shop.ledger_opened_on
        shop.ledger_opened_on = opened_on
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="ledger.open",
            entity="shop",
            entity_id=shop.id,
            before={"ledger_opened_on": before},
            after={"ledger_opened_on": opened_on},
        )


def bill_customer(db: Database, *, staff_id: int, customer_id: int, now: datetime | None = None) -> BillingChanges:
    """Bill what the customer's contracts and rental fees call for by today (when their card opens); billing
    twice changes nothing."""
    now = now or utc_now()
    today = shop_today(now)

    def run(session: Session) -> BillingChanges:
        changes = BillingChanges()
        for subscription in session.scalars(
            select(Subscription).where(Subscription.customer_id == customer_id, Subscription.paid_from <= today)
        ):
            changes += bill_subscription(session, subscription, today=today, staff_id=staff_id, now=now)
        return changes + bill_rental_fees(session, customer_id, staff_id=staff_id, now=now)

    return _retrying(db, staff_id, run)


def _retrying(db: Database, staff_id: int, run: Callable[[Session], BillingChanges]) -> BillingChanges:
    """Billing at two counters at once: the second to insert a cycle's charge breaks the unique key; its
    transaction is rolled back and run again, now finding the charge billed."""
    for attempt in range(2):
        try:
            with unit_of_work(db) as session:
                require_staff(session, staff_id)
                return run(session)
        except DatabaseProblem as problem:
            if attempt or not _billed_meanwhile(problem):
                raise
    raise AssertionError("unreachable")


def _billed_meanwhile(problem: DatabaseProblem) -> bool:
    """Whether the write failed on the unique key of live charges: another counter billed the same charge."""
    return isinstance(problem.__cause__, IntegrityError) and (
        "uq_ledger_entry_live_charge_key" in str(problem.__cause__)
        or "ledger_entry.charge_key" in str(problem.__cause__)
    )


def bill_due(db: Database, *, staff_id: int, now: datetime | None = None) -> BillingRun:
    """Bill every cycle that has begun by today across the shop (at start-up): idempotent, in batches."""
    started = perf_counter()
    now = now or utc_now()
    today = shop_today(now)
    with db.reading() as session:
        due = subscriptions_due_for_billing(session, today)
    total = BillingChanges()
    for index in range(0, len(due), BILLING_BATCH):
        batch = due[index : index + BILLING_BATCH]

        def run(session: Session, batch: list[int] = batch) -> BillingChanges:
            changes = BillingChanges()
            for subscription in session.scalars(select(Subscription).where(Subscription.id.in_(batch))):
                changes += bill_subscription(session, subscription, today=today, staff_id=staff_id, now=now)
            return changes

        total += _retrying(db, staff_id, run)
    return BillingRun(len(due), total.added, total.voided, perf_counter() - started)


# --- money in and out -------------------------------------------------------------------------------------------


def take_payment(db: Database, *, staff_id: int, payment: NewPayment, now: datetime | None = None) -> int:
    """수납: record a payment and set it against the charges it pays off (the clerk's split, or oldest first).

    More than the balance is refused with ``MoreThanOwed`` unless the clerk agreed to keep the rest as credit.
    Returns the payment's entry id."""
    now = now or utc_now()
    check_amount(payment.amount, field="amount", allow_zero=False)
    payment_fields(payment)
    with unit_of_work(db, AccountChangedError) as session:
        require_staff(session, staff_id)
        return record_payment(session, staff_id=staff_id, payment=payment, now=now)


def refund(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    amount: int,
    means: PaymentMeans,
    note: str = "",
    source: RefundSource = RefundSource.CREDIT,
    payment_id: int | None = None,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> int:
    """Give back money paid and not used for a charge: the credit the customer holds (a kept overpayment, a paid
    charge voided), or what one payment (*payment_id*) left unused. A manager or the owner, or with their PIN.
    The deposit at the end of a rental is ``services.deposits.refund_deposit``."""
    now = now or utc_now()
    check_amount(amount, field="amount", allow_zero=False)
    note = clean_line(note, field="note", limit=ENTRY_NOTE_MAX)
    if source is RefundSource.DEPOSIT or (source is RefundSource.PAYMENT) != (payment_id is not None):
        raise ValueError(f"refund of {source} with payment {payment_id}")
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.VOID, approval=approval, now=now)
    with unit_of_work(db, AccountChangedError) as session:
        require_staff(session, staff_id)
        lock_account(session, customer_id)
        require_open_day(session, shop_today(now))
        # Only money paid comes back: a write-off left free by a voided charge was never money.
        paid = set(
            session.scalars(
                select(LedgerEntry.id).where(
                    LedgerEntry.customer_id == customer_id, LedgerEntry.kind == EntryKind.PAYMENT.value
                )
            )
        )
        credits = [
            (credit_id, free)
            for credit_id, free in free_credits(session, customer_id)
            if credit_id in paid and (payment_id is None or credit_id == payment_id)
        ]
        check_refund(amount, refundable=sum(free for _, free in credits))
        entry = LedgerEntry(
            customer_id=customer_id,
            kind=EntryKind.REFUND.value,
            amount=amount,
            entry_on=shop_today(now),
            means=means.value,
            note=note,
            details={"refunds": source.value, "payment_id": payment_id} if payment_id is not None else None,
            recorded_at=now,
            recorded_by_id=staff_id,
        )
        session.add(entry)
        session.flush()
        left = amount
        taken: list[tuple[int, int, int]] = []
        for credit_id, free in credits:
            share = min(free, left)
            if share > 0:
                taken.append((credit_id, entry.id, share))
                left -= share
        allocate(session, taken, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="ledger.refund",
            entity="customer",
            entity_id=customer_id,
            after={
                "entry_id": entry.id,
                "amount": amount,
                "means": means,
                "source": source,
                "payment_id": payment_id,
                "note": note,
            },
        )
        return entry.id


@dataclass(frozen=True)
class RefundableCredit:
    """A payment with money it did not use, which a refund may give back."""

    line: LedgerLine
    free: int


def refundable_payments(db: Database, customer_id: int) -> list[RefundableCredit]:
    """The customer's live payments with an unused part, oldest first."""
    with db.reading() as session:
        get_or_raise(session, Customer, customer_id)
        credits = free_credits(session, customer_id)
        entries = [get_or_raise(session, LedgerEntry, credit_id) for credit_id, _ in credits]
        lines = {line.id: line for line in _lines(session, entries)}
        return [
            RefundableCredit(lines[credit_id], free)
            for credit_id, free in credits
            if lines[credit_id].kind is EntryKind.PAYMENT
        ]


_REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Say why.")


def write_off(
    db: Database,
    *,
    staff_id: int,
    charge_id: int,
    amount: int,
    reason: str,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> int:
    """Give up collecting *amount* of an open charge (a manager or the owner, or with their PIN)."""
    now = now or utc_now()
    reason = clean_line(reason, field="reason", limit=ENTRY_NOTE_MAX, required=True, required_message=_REASON_REQUIRED)
    check_amount(amount, field="amount", allow_zero=False)
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.VOID, approval=approval, now=now)
    with unit_of_work(db, AccountChangedError) as session:
        require_staff(session, staff_id)
        charge = get_or_raise(session, LedgerEntry, charge_id)
        lock_account(session, charge.customer_id)
        require_open_day(session, shop_today(now))
        debits = open_debits(session, charge.customer_id)
        check_split(amount, {charge.id: amount}, debits)
        entry = LedgerEntry(
            customer_id=charge.customer_id,
            subscription_id=charge.subscription_id,
            kind=EntryKind.WRITE_OFF.value,
            amount=amount,
            entry_on=shop_today(now),
            note=reason,
            recorded_at=now,
            recorded_by_id=staff_id,
        )
        session.add(entry)
        session.flush()
        allocate(session, [(entry.id, charge.id, amount)], staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="ledger.write_off",
            entity="customer",
            entity_id=charge.customer_id,
            after={"entry_id": entry.id, "charge_id": charge.id, "amount": amount, "reason": reason},
        )
        return entry.id


def void_entry(
    db: Database,
    *,
    staff_id: int,
    entry_id: int,
    reason: str,
    replacement_amount: int | None = None,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> int | None:
    """Void a mistaken entry with a reason (a manager or the owner, or with their PIN); a payment or refund may be
    replaced by one of *replacement_amount*, set against the oldest open charges. Allocations die with the entry;
    credit it leaves free pays the oldest open charges. Returns the replacement's id.

    The void of a payment, refund or write-off is money moving today: refused while today is closed. The
    replacement keeps the entry's day unless that day is closed; then it goes on today, never on the closed day."""
    now = now or utc_now()
    reason = clean_line(reason, field="reason", limit=ENTRY_NOTE_MAX, required=True, required_message=_REASON_REQUIRED)
    if replacement_amount is not None:
        check_amount(replacement_amount, field="amount", allow_zero=False)
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.VOID, approval=approval, now=now)
    with unit_of_work(db, AccountChangedError) as session:
        require_staff(session, staff_id)
        entry = get_or_raise(session, LedgerEntry, entry_id)
        lock_account(session, entry.customer_id)
        if entry.voided_at is not None:
            raise ValidationError.of("reason", QT_TRANSLATE_NOOP("Validation", "This entry is already voided."))
        kind = EntryKind(entry.kind)
        if replacement_amount is not None and kind not in (EntryKind.PAYMENT, EntryKind.REFUND):
            raise ValidationError.of(
                "amount", QT_TRANSLATE_NOOP("Validation", "Only a payment or a refund is replaced by another amount.")
            )
        today = shop_today(now)
        replacement_on = entry.entry_on
        if is_money_movement(kind):
            # A void reverses on the day it is made; a closed day's entry is corrected on today, never on its day.
            require_open_day(session, today)
            if is_closed(session, entry.entry_on):
                replacement_on = today
            require_open_day(session, replacement_on)
        entry.voided_at = now
        entry.voided_by_id = staff_id
        entry.void_reason = reason
        session.flush()
        replacement_id = None
        if replacement_amount is not None:
            if kind is EntryKind.REFUND:
                check_refund(replacement_amount, refundable=sum(f for _, f in free_credits(session, entry.customer_id)))
            replacement = LedgerEntry(
                customer_id=entry.customer_id,
                subscription_id=entry.subscription_id,
                kind=entry.kind,
                amount=replacement_amount,
                entry_on=replacement_on,
                means=entry.means,
                approval_number=entry.approval_number,
                cash_receipt_number=entry.cash_receipt_number,
                note=entry.note,
                recorded_at=now,
                recorded_by_id=staff_id,
                replaces_id=entry.id,
            )
            session.add(replacement)
            session.flush()
            replacement_id = replacement.id
        if kind is EntryKind.PAYMENT:
            follow_voided_payment(session, entry.id, replacement_id)
        if kind is EntryKind.POINTS_DISCOUNT:
            void_spending_of_discount(session, entry.id, staff_id=staff_id, now=now, reason=reason)
        apply_free_credit(session, entry.customer_id, staff_id=staff_id, now=now)
        if kind.is_credit:
            take_back_unpaid_earnings(session, entry.customer_id, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="ledger.void",
            entity="customer",
            entity_id=entry.customer_id,
            before={"entry_id": entry.id, "kind": entry.kind, "amount": entry.amount},
            after={"reason": reason, "replacement_id": replacement_id, "replacement_amount": replacement_amount},
        )
        return replacement_id


def allocations_of(db: Database, entry_id: int) -> list[tuple[int, int]]:
    """The live allocations of one entry as ``(other entry id, won)``."""
    with db.reading() as session:
        entry = get_or_raise(session, LedgerEntry, entry_id)
        column = LedgerAllocation.debit_id if EntryKind(entry.kind).is_credit else LedgerAllocation.credit_id
        mine = LedgerAllocation.credit_id if EntryKind(entry.kind).is_credit else LedgerAllocation.debit_id
        rows = session.execute(
            select(column, LedgerAllocation.amount)
            .join(LedgerEntry, LedgerEntry.id == column)
            .where(mine == entry_id, LedgerEntry.voided_at.is_(None))
        ).tuples()
        return [(other, amount) for other, amount in rows] if entry.voided_at is None else []


def ledger_lines(db: Database, entry_ids: list[int]) -> list[LedgerLine]:
    """Entries as the account history shows them, in the order of *entry_ids*."""
    if not entry_ids:
        return []
    with db.reading() as session:
        entries = list(session.scalars(select(LedgerEntry).where(LedgerEntry.id.in_(entry_ids))))
        by_id = {line.id: line for line in _lines(session, entries)}
    return [by_id[entry_id] for entry_id in entry_ids if entry_id in by_id]
