"""The shop's money for the two years it has kept it in the app: charges as cycles began, and the payments that met
them.

The owner opened the ledger two years ago (``open_ledger``); what fell due before was settled outside the app. From
that day the story walks day by day: each morning the start-up billing run bills the cycles that begin that day
(``bill_due``), and during the day customers pay what they owe by the means their contract names — CMS 자동이체 and
card on the due day, a bank transfer within a few days, cash at their next visit — a card with its approval
number, cash sometimes with a 현금영수증 number. When a contract ends, its last charges (a cancellation's fee) are
settled. A few customers fall behind: some by a month, a few by two or three. A couple of customers transferred
twice by mistake and got the second transfer back, and the owner wrote off one charge nobody will pay.

Everything goes through the public services, in the order it happened, with its own moment; the amounts come from
what the ledger says is owed at that moment (``money_due``), so no payment is refused.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from toysub_desktop.db.engine import Database
from toysub_desktop.demo.story import moment
from toysub_desktop.demo.tiers import TIERS_DAYS_AGO, set_demo_tiers
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.ledger import PaymentMeans
from toysub_desktop.domain.months import add_months, cycle_starts
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.subscription_history import EventKind
from toysub_desktop.domain.subscriptions import last_day_of_service
from toysub_desktop.services.ledger import (
    NewPayment,
    bill_due,
    money_due,
    open_ledger,
    payment_preview,
    refund,
    take_payment,
    write_off,
)
from toysub_desktop.services.subscriptions import SubscriptionRow, list_subscriptions, subscription_view

#: How long the shop has kept its money in the app.
LEDGER_YEARS = 2

_MEANS = {
    PaymentMethod.AUTO_DEBIT: PaymentMeans.AUTO_DEBIT,
    PaymentMethod.CARD: PaymentMeans.CARD,
    PaymentMethod.BANK_TRANSFER: PaymentMeans.BANK_TRANSFER,
    PaymentMethod.CASH: PaymentMeans.CASH,
}
#: Days after the due day a payment by each means arrives: (fewest, most).
_DELAY_DAYS = {
    PaymentMeans.AUTO_DEBIT: (0, 1),
    PaymentMeans.CARD: (0, 0),
    PaymentMeans.BANK_TRANSFER: (0, 4),
    PaymentMeans.CASH: (0, 7),
}
_TRANSFER_NOTES = ("", "", "", "입금자명 배우자", "입금자명 회사 명의")
_DOUBLE_TRANSFER_NOTE = "같은 금액을 두 번 이체함"
_DOUBLE_TRANSFER_REFUND_NOTE = "이중 이체분 환불"
_WRITE_OFF_REASON = "해외 이주로 연락이 끊겨 회수 포기 (대표 결정)"


def ledger_opened_on(today: date) -> date:
    """The first of the month two years before *today*: the day the shop began keeping its money here."""
    return add_months(today, -12 * LEDGER_YEARS).replace(day=1)


def open_demo_ledger(db: Database, owner_id: int, today: date, now: datetime) -> date:
    """On its first day the owner says the app keeps the money from two years before the demo's today."""
    opened_on = ledger_opened_on(today)
    open_ledger(db, staff_id=owner_id, opened_on=opened_on, now=now)
    return opened_on


@dataclass(frozen=True)
class _Payment:
    """A customer paying what they owe on *day*, by a means, for the charge due on *due* (or, *settles*, what is left
    after a contract ended)."""

    day: date
    due: date
    customer_id: int
    means: PaymentMeans
    settles: bool = False


@dataclass(frozen=True)
class _Plan:
    payments: dict[date, list[_Payment]]
    #: Customers behind, with the last due day they paid for: later charges stay unpaid.
    paid_until: dict[int, date]
    double_transfers: frozenset[tuple[int, date]]
    #: A customer who moved abroad after cancelling, and the day the cancellation was recorded: from then on they
    #: pay nothing, and what they left unpaid is written off instead of settled.
    gone: tuple[int, date] | None


def money_story(
    db: Database,
    rng: random.Random,
    staff: Sequence[tuple[int, datetime]],
    today: date,
    latest: datetime,
    opened_on: date,
) -> Counter[str]:
    """Two years of billing and payments, replayed day by day. *staff*: each member's id and when they started.
    Returns how many payments, refunds and write-offs were recorded, and how many customers owe something today
    (those who fell behind, and a fee recorded since a customer last paid)."""
    rows = _all_subscriptions(db, today)
    plan = _plan(db, rng, rows, today, opened_on)
    owner = staff[0][0]
    counts: Counter[str] = Counter()
    day = opened_on
    tiers_from = today - timedelta(days=TIERS_DAYS_AGO)
    while day <= today:
        if day == tiers_from:  # the owner introduces membership tiers before that morning's billing
            set_demo_tiers(db, owner, min(moment(day, 8 * 60), latest))
        bill_due(db, staff_id=owner, now=min(moment(day, 9 * 60), latest))
        for payment in plan.payments.get(day, []):
            at = min(moment(day, rng.randint(10 * 60, 19 * 60)), latest)
            _pay(db, rng, plan, payment, _clerk(rng, staff, at), owner, at, counts)
        day += timedelta(days=1)
    customers = sorted({row.customer_id for row in rows})
    counts["behind"] = sum(1 for customer in customers if money_due(db, customer, today=today).owed > 0)
    return counts


def _all_subscriptions(db: Database, today: date) -> list[SubscriptionRow]:
    rows: list[SubscriptionRow] = []
    while page := list_subscriptions(db, offset=len(rows), limit=500, today=today).rows:
        rows += page
    return sorted(rows, key=lambda row: row.id)


def _plan(db: Database, rng: random.Random, rows: Sequence[SubscriptionRow], today: date, opened_on: date) -> _Plan:
    """Who pays when and how, who falls behind, who transfers twice, and whose debt is written off."""
    payments: dict[date, list[_Payment]] = {}
    running: set[int] = set()
    ended_with_fee: dict[int, date] = {}
    for row in rows:
        view = subscription_view(db, row.id, today=today)
        means = _MEANS.get(view.payment_method, PaymentMeans.OTHER)
        last_day = last_day_of_service(row.ends_on, row.cancelled_on)
        fewest, most = _DELAY_DAYS.get(means, (0, 3))
        for due in cycle_starts(row.paid_from, max(opened_on, row.paid_from), min(last_day, today)):
            paid_on = min(due + timedelta(days=rng.randint(fewest, most)), today)
            payments.setdefault(paid_on, []).append(_Payment(paid_on, due, row.customer_id, means))
        if last_day >= today:
            running.add(row.customer_id)
        elif last_day >= opened_on:
            settled_on = min(last_day + timedelta(days=rng.randint(1, 10)), today)
            payments.setdefault(settled_on, []).append(
                _Payment(settled_on, last_day, row.customer_id, means, settles=True)
            )
            cancelled = [e for e in view.events if e.kind is EventKind.CANCEL and not e.voided and e.fee]
            if cancelled and shop_today(cancelled[-1].recorded_at) >= opened_on:
                ended_with_fee[row.customer_id] = shop_today(cancelled[-1].recorded_at)
    customers = sorted(running)
    one_month = rng.sample(customers, min(len(customers), max(1, round(len(customers) * 0.05))))
    rest = [customer for customer in customers if customer not in one_month]
    more = rng.sample(rest, min(len(rest), max(1, round(len(customers) * 0.025))))
    behind = {customer: 1 for customer in one_month} | {customer: rng.randint(2, 3) for customer in more}
    paid_until = {customer: add_months(today, -months) for customer, months in behind.items()}
    transfers = [
        (payment.customer_id, day)
        for day, due in sorted(payments.items())
        for payment in due
        if payment.means is PaymentMeans.BANK_TRANSFER and payment.customer_id not in behind and not payment.settles
        and day < today - timedelta(days=7)
    ]  # fmt: skip
    gone = [
        (customer, day) for customer, day in sorted(ended_with_fee.items()) if customer not in running | set(behind)
    ]
    return _Plan(
        payments,
        paid_until,
        frozenset(rng.sample(transfers, min(2, len(transfers)))),
        rng.choice(gone) if gone else None,
    )


def _clerk(rng: random.Random, staff: Sequence[tuple[int, datetime]], at: datetime) -> int:
    working = [staff_id for staff_id, hired in staff if hired <= at]
    return rng.choice(working) if working else staff[0][0]


def _pay(
    db: Database,
    rng: random.Random,
    plan: _Plan,
    payment: _Payment,
    clerk: int,
    owner: int,
    at: datetime,
    counts: Counter[str],
) -> None:
    customer = payment.customer_id
    paid_until = plan.paid_until.get(customer)
    if paid_until is not None and payment.due >= paid_until:
        return
    if plan.gone is not None and customer == plan.gone[0] and payment.day >= plan.gone[1]:
        if payment.settles:
            counts["write_offs"] += _write_off_what_is_left(db, customer, payment.day, owner, at)
        return
    owed = money_due(db, customer, today=payment.day).owed
    if owed <= 0:
        return
    new = NewPayment(
        customer_id=customer,
        amount=owed,
        means=payment.means,
        approval_number=f"{rng.randrange(10**7, 10**8)}" if payment.means is PaymentMeans.CARD else "",
        cash_receipt_number=(
            f"{rng.randrange(10**8, 10**9)}" if payment.means is PaymentMeans.CASH and rng.random() < 0.4 else ""
        ),
        note=rng.choice(_TRANSFER_NOTES) if payment.means is PaymentMeans.BANK_TRANSFER else "",
    )
    take_payment(db, staff_id=clerk, payment=new, now=at)
    counts["payments"] += 1
    if (customer, payment.day) in plan.double_transfers:
        again = NewPayment(customer, owed, PaymentMeans.BANK_TRANSFER, note=_DOUBLE_TRANSFER_NOTE, keep_credit=True)
        take_payment(db, staff_id=clerk, payment=again, now=at + timedelta(minutes=2))
        counts["payments"] += 1
        next_day = payment.day + timedelta(days=1)
        credit = money_due(db, customer, today=next_day).credit
        if credit > 0:
            refund(
                db, staff_id=owner, customer_id=customer, amount=min(credit, owed), means=PaymentMeans.BANK_TRANSFER,
                note=_DOUBLE_TRANSFER_REFUND_NOTE, now=moment(next_day, 11 * 60),
            )  # fmt: skip
            counts["refunds"] += 1


def _write_off_what_is_left(db: Database, customer_id: int, day: date, owner: int, at: datetime) -> int:
    """The owner gives up what a customer who moved abroad left unpaid (their cancellation's fee, mostly). Returns
    how many charges were written off."""
    owed = money_due(db, customer_id, today=day).owed
    shares = payment_preview(db, customer_id, owed).shares if owed > 0 else ()
    for share in shares:
        write_off(db, staff_id=owner, charge_id=share.line.id, amount=share.amount, reason=_WRITE_OFF_REASON, now=at)
    return len(shares)
