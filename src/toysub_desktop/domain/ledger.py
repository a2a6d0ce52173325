"""Money owed and paid: a ledger of entries in whole won, never edited, and the rules a shop owner could explain.

- **Charges** follow the subscription's timeline: each monthly billing cycle of the term is billed in advance and due
  on its first day, at the fee in effect that day (with its discounts). A cycle wholly inside a pause is not charged;
  a partly paused cycle, and the last cycle cut short by a cancellation or an extended term, are pro-rated by their
  days (the printed pause rule: "정지 기간에는 … 그 기간의 이용료를 받지 않으며"). A skipped box follows the
  contract's skip rule. Besides the cycles: the deposit (with the first payment), the early-termination fee, and the
  rental fees (late, damaged, lost).
- **Payments, write-offs** are credits; **charges, refunds** are debits. A balance is the sum of the live entries,
  debits positive: above 0 the customer owes, below 0 the shop holds credit.
- **Allocations** tie a credit to a debit, oldest debit first unless the clerk says otherwise, and never exceed either.
- A mistaken entry is voided with a reason and replaced; nothing is deleted. A charge someone has paid (any live
  allocation) is never changed by a later change to the contract.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.money import format_won, parse_won
from toysub_desktop.domain.months import cycle_start, days_inclusive
from toysub_desktop.domain.subscription_history import SubscriptionHistory
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.tiers import tier_discount

#: Card approval numbers and cash-receipt (현금영수증) approval numbers: digits, within these lengths.
APPROVAL_MIN = 4
APPROVAL_MAX = 20
ENTRY_NOTE_MAX = 300


class EntryKind(StrEnum):
    """What an entry is; the first group are charges."""

    CYCLE_FEE = "cycle_fee"
    DEPOSIT = "deposit"
    LATE_FEE = "late_fee"
    DAMAGE_FEE = "damage_fee"
    LOSS_FEE = "loss_fee"
    EARLY_TERMINATION = "early_termination"
    PAYMENT = "payment"
    REFUND = "refund"
    WRITE_OFF = "write_off"
    #: The deposit given back at the end of a rental: a credit that frees what paid the deposit, set against the
    #: refund handed over (and, only when the customer agreed, against unpaid fees).
    DEPOSIT_RETURN = "deposit_return"
    #: Points (적립금, ``domain.points``) spent against a charge: a credit like a payment, but a discount on the
    #: statement, never money in the drawer or collected.
    POINTS_DISCOUNT = "points_discount"

    @property
    def is_charge(self) -> bool:
        return self in CHARGE_KINDS

    @property
    def points_may_pay(self) -> bool:
        """Points (적립금) pay charges like cash, but never a deposit: it is money held to give back at the end of a
        rental, and points paying it would come back as cash."""
        return self.is_charge and self is not EntryKind.DEPOSIT

    @property
    def is_debit(self) -> bool:
        """Charges and refunds raise what the customer owes; payments and write-offs lower it."""
        return self in CHARGE_KINDS or self is EntryKind.REFUND

    @property
    def is_credit(self) -> bool:
        return not self.is_debit


CHARGE_KINDS = frozenset(
    {
        EntryKind.CYCLE_FEE,
        EntryKind.DEPOSIT,
        EntryKind.LATE_FEE,
        EntryKind.DAMAGE_FEE,
        EntryKind.LOSS_FEE,
        EntryKind.EARLY_TERMINATION,
    }
)


class PaymentMeans(StrEnum):
    """How a payment was made at the counter or by the bank."""

    CASH = "cash"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    AUTO_DEBIT = "auto_debit"  # CMS 자동이체
    OTHER = "other"


class ReceiptPaper(StrEnum):
    """What a receipt is printed on: an A4 sheet, or the 80 mm roll of a receipt printer (a per-PC choice)."""

    A4 = "a4"
    ROLL_80 = "80mm"


class SkipRule(StrEnum):
    """What a skipped box does to its month's fee (a contract term)."""

    #: The month is charged as usual; the box is only not sent (the contracts printed so far say nothing else).
    CHARGED = "charged"
    #: The cycle the skipped box falls in is not charged.
    NOT_CHARGED = "not_charged"


def signed_amount(kind: EntryKind, amount: int) -> int:
    """An entry's effect on the balance: debits add, credits take away."""
    return amount if kind.is_debit else -amount


# --- charges from the timeline ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExpectedCharge:
    """A charge the contract calls for: its stable key (one per subscription and cycle), due date and amount."""

    key: str
    kind: EntryKind
    due_on: date
    amount: int
    #: The days the charge covers, for a cycle fee (shown and printed): first and last day, and of how many.
    first: date | None = None
    last: date | None = None
    days: int = 0
    cycle_days: int = 0
    monthly_fee: int = 0
    #: The membership tier whose discount the cycle fee carries (``domain.tiers``), its percent and the won it took
    #: off; *amount* is net of it.
    tier_name: str = ""
    tier_percent: int = 0
    tier_discount: int = 0

    @property
    def pro_rated(self) -> bool:
        return self.days != self.cycle_days


def cycle_key(subscription_id: int, cycle: int) -> str:
    return f"S{subscription_id}-C{cycle}"


@dataclass(frozen=True)
class CycleTier:
    """The membership tier a cycle is billed under: its name and discount percent."""

    name: str
    percent: int


#: Which tier (if any) a cycle is billed under, asked with the cycle's number and first day.
CycleTiers = Callable[[int, date], CycleTier | None]


def cycle_charges(
    subscription_id: int,
    history: SubscriptionHistory,
    *,
    through: date,
    skip_rule: SkipRule = SkipRule.CHARGED,
    paid_through: date | None = None,
    billed_from: date | None = None,
    tiers: CycleTiers | None = None,
) -> list[ExpectedCharge]:
    """The cycle fees due by *through* (each cycle is due on its first day), as the contract stands now.

    Cycles run monthly from the first paid day (after the trial) to the last day of service. The charge is the fee
    in effect on the cycle's first day × the cycle's days of service ÷ its days, rounded down to the won; a cycle
    with no day of service is not charged. Days up to *paid_through* (an imported contract's paid-through date) are
    not charged again, nor cycles that began before *billed_from* (the day the shop's ledger opened).

    A cycle billed under a membership tier (*tiers*: the tier the customer had reached on the cycle's first day)
    carries the tier's discount after the contract's own discounts, which are already in the monthly fee: the
    tier's percent of the (pro-rated) charge, rounded down to the won (``tiers.tier_discount``).
    """
    timeline = history.timeline
    last_day = timeline.last_service_day
    skipped = history.skipped
    charges: list[ExpectedCharge] = []
    cycle = 0
    while (first := cycle_start(timeline.paid_from, cycle)) <= min(through, last_day):
        cycle_end = cycle_start(timeline.paid_from, cycle + 1) - timedelta(days=1)
        unpaid_from = first if paid_through is None else max(first, paid_through + timedelta(days=1))
        last = min(cycle_end, last_day)
        before_ledger = billed_from is not None and first < billed_from
        skipped_free = skip_rule is SkipRule.NOT_CHARGED and any(first <= day <= cycle_end for day in skipped)
        not_billed = before_ledger or skipped_free or unpaid_from > last
        service = 0 if not_billed else timeline.service_days(unpaid_from, last)
        if service > 0:
            fee = history.fee_on(first)
            cycle_days = days_inclusive(first, cycle_end)
            amount = int(Fraction(fee * service, cycle_days))
            tier = tiers(cycle, first) if tiers is not None and amount > 0 else None
            discount = tier_discount(amount, tier.percent) if tier is not None else 0
            if amount > 0:
                charges.append(
                    ExpectedCharge(
                        key=cycle_key(subscription_id, cycle),
                        kind=EntryKind.CYCLE_FEE,
                        due_on=first,
                        amount=amount - discount,
                        first=first,
                        last=last,
                        days=service,
                        cycle_days=cycle_days,
                        monthly_fee=fee,
                        tier_name=tier.name if tier is not None and discount else "",
                        tier_percent=tier.percent if tier is not None and discount else 0,
                        tier_discount=discount,
                    )
                )
        cycle += 1
    return charges


def deposit_charge(subscription_id: int, history: SubscriptionHistory, deposit: int) -> ExpectedCharge | None:
    """The deposit, due with the first payment (the term's first day); none when the contract ends before it."""
    timeline = history.timeline
    if deposit <= 0 or timeline.last_service_day < timeline.paid_from:
        return None
    return ExpectedCharge(f"S{subscription_id}-D", EntryKind.DEPOSIT, timeline.paid_from, deposit)


def early_termination_charge(subscription_id: int, fee: int, recorded_on: date) -> ExpectedCharge | None:
    """The early-termination fee of a cancellation, due the day the cancellation was recorded."""
    if fee <= 0:
        return None
    return ExpectedCharge(f"S{subscription_id}-T", EntryKind.EARLY_TERMINATION, recorded_on, fee)


def rental_fee_key(customer_charge_id: int) -> str:
    return f"F{customer_charge_id}"


# --- bringing the billed charges in line with the contract -------------------------------------------------------


@dataclass(frozen=True)
class BilledCharge:
    """A live charge already in the ledger, and how much of it is paid (live allocations)."""

    id: int
    key: str
    amount: int
    paid: int


@dataclass(frozen=True)
class ChargePlan:
    """What billing does: charges to add, and unpaid charges to void because the contract no longer calls for them
    (or for another amount: they are voided and the new amount added)."""

    add: tuple[ExpectedCharge, ...]
    void: tuple[BilledCharge, ...]


def plan_charges(expected: Iterable[ExpectedCharge], billed: Iterable[BilledCharge]) -> ChargePlan:
    """Compare what the contract calls for with what is billed, key by key. A paid charge is kept as it is."""
    wanted = {charge.key: charge for charge in expected}
    have = {charge.key: charge for charge in billed}
    add: list[ExpectedCharge] = []
    void: list[BilledCharge] = []
    for key, charge in have.items():
        want = wanted.get(key)
        if charge.paid == 0 and (want is None or want.amount != charge.amount):
            void.append(charge)
    voided = {charge.key for charge in void}
    for key, want in wanted.items():
        if key not in have or key in voided:
            add.append(want)
    return ChargePlan(tuple(sorted(add, key=lambda c: (c.due_on, c.key))), tuple(void))


# --- allocation and balance -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenDebit:
    """A live charge or refund and what of it is not yet covered by a credit."""

    id: int
    due_on: date
    open: int


@dataclass(frozen=True)
class Allocation:
    credit_id: int
    debit_id: int
    amount: int


def oldest_first(amount: int, debits: Sequence[OpenDebit]) -> list[tuple[int, int]]:
    """Split *amount* over the open debits, oldest due first (then oldest entry): ``[(debit id, won), …]``."""
    shares: list[tuple[int, int]] = []
    left = amount
    for debit in sorted(debits, key=lambda d: (d.due_on, d.id)):
        if left <= 0:
            break
        share = min(left, debit.open)
        if share > 0:
            shares.append((debit.id, share))
            left -= share
    return shares


def left_open(debits: Sequence[OpenDebit], shares: Iterable[tuple[int, int]]) -> list[OpenDebit]:
    """The open debits once *shares* ``(debit id, won)`` are set against them; those paid off are left out."""
    taken: dict[int, int] = {}
    for debit_id, won in shares:
        taken[debit_id] = taken.get(debit_id, 0) + won
    return [OpenDebit(d.id, d.due_on, d.open - taken.get(d.id, 0)) for d in debits if d.open - taken.get(d.id, 0) > 0]


def apply_credits(credits: Sequence[tuple[int, int]], debits: Sequence[OpenDebit]) -> list[Allocation]:
    """Free credit (``(credit id, won)``, oldest first) applied to the open debits, oldest first."""
    allocations: list[Allocation] = []
    remaining = {d.id: d.open for d in debits}
    ordered = sorted(debits, key=lambda d: (d.due_on, d.id))
    for credit_id, free in credits:
        left = free
        for debit in ordered:
            if left <= 0:
                break
            share = min(left, remaining[debit.id])
            if share > 0:
                allocations.append(Allocation(credit_id, debit.id, share))
                remaining[debit.id] -= share
                left -= share
    return allocations


_TOO_MUCH_FOR_CHARGE = QT_TRANSLATE_NOOP("Validation", "At most {amount} of this charge is unpaid.")
_MORE_THAN_PAYMENT = QT_TRANSLATE_NOOP("Validation", "The amounts paid off add up to more than the payment.")
_SPLIT_SUM_DIFFERS = QT_TRANSLATE_NOOP(
    "Validation", "The amounts paid off add up to {total}; they must add up to {amount}."
)


def check_split(amount: int, split: Mapping[int, int], debits: Sequence[OpenDebit]) -> list[tuple[int, int]]:
    """The clerk's own split of a payment over charges: each share within what is unpaid, together within the
    payment. Field names: ``allocation[<debit id>]``."""
    open_by_id = {d.id: d.open for d in debits}
    for debit_id, share in split.items():
        if share < 0 or debit_id not in open_by_id or share > open_by_id[debit_id]:
            raise ValidationError.of(
                f"allocation[{debit_id}]", _TOO_MUCH_FOR_CHARGE, amount=format_won(open_by_id.get(debit_id, 0))
            )
    if sum(split.values()) > amount:
        raise ValidationError.of("allocation", _MORE_THAN_PAYMENT)
    return [(debit_id, share) for debit_id, share in split.items() if share > 0]


def check_payment_split(amount: int, split: Mapping[int, int], debits: Sequence[OpenDebit]) -> list[tuple[int, int]]:
    """A payment split by the clerk over the open charges: each share within its charge, and together the whole
    payment, or everything open when the payment is more (the rest is kept as credit, as without a split)."""
    shares = check_split(amount, split, debits)
    wanted = min(amount, sum(d.open for d in debits))
    total = sum(won for _, won in shares)
    if total != wanted:
        raise ValidationError.of("allocation", _SPLIT_SUM_DIFFERS, total=format_won(total), amount=format_won(wanted))
    return shares


def balance(entries: Iterable[tuple[EntryKind, int]]) -> int:
    """The sum of live entries, debits positive: what the customer owes (below 0: credit the shop holds)."""
    return sum(signed_amount(kind, amount) for kind, amount in entries)


# --- what the clerk types -------------------------------------------------------------------------------------


class MoreThanOwed(ValidationError):
    """A payment above what is owed: the clerk is asked whether to keep the rest as credit."""

    def __init__(self, owed: int) -> None:
        self.owed = owed
        error = ValidationError.of(
            "amount",
            QT_TRANSLATE_NOOP("Validation", "That is more than the {owed} owed."),
            owed=format_won(max(owed, 0)),
        )
        super().__init__(*error.problems)


def payment_amount(text: str) -> int:
    """A payment as typed: whole won, more than 0."""
    return parse_won(text, field="amount", allow_zero=False)


def check_payment(amount: int, *, owed: int, keep_credit: bool) -> int:
    """A payment above what is owed is taken only when the clerk agreed to keep the rest as credit."""
    if amount > max(owed, 0) and not keep_credit:
        raise MoreThanOwed(owed)
    return amount


def check_refund(amount: int, *, refundable: int) -> int:
    """A refund gives back money paid and not used for a charge; no more."""
    if amount > refundable:
        raise ValidationError.of(
            "amount",
            QT_TRANSLATE_NOOP(
                "Validation", "At most {amount} can be refunded: what was paid and not used for charges."
            ),
            amount=format_won(max(refundable, 0)),
        )
    return amount


class RefundSource(StrEnum):
    """What a refund gives back."""

    #: Credit the customer holds: overpayments kept, payments left free by a voided charge.
    CREDIT = "credit"
    #: What one payment left unused.
    PAYMENT = "payment"
    #: The deposit of a rental that has ended, its items back.
    DEPOSIT = "deposit"


@dataclass(frozen=True)
class DepositRefund:
    """The deposit given back at the end of a rental: what the shop holds, what of it pays unpaid fees (only when
    the customer agreed), and what is handed over."""

    held: int
    unpaid: int
    deducted: int

    @property
    def refund(self) -> int:
        return self.held - self.deducted


def deposit_refund(held: int, *, unpaid: int, customer_agreed: bool) -> DepositRefund:
    """The deposit held, less the unpaid fees only with the customer's agreement (never below 0)."""
    deducted = min(max(held, 0), max(unpaid, 0)) if customer_agreed else 0
    return DepositRefund(max(held, 0), max(unpaid, 0), deducted)


def check_approval_number(text: str, *, field: str, required: bool) -> str:
    """A card or cash-receipt approval number: digits only (spaces and dashes dropped)."""
    digits = "".join(ch for ch in text if ch not in " -")
    if not digits:
        if required:
            raise ValidationError.of(field, QT_TRANSLATE_NOOP("Validation", "Enter the card approval number."))
        return ""
    if not (digits.isascii() and digits.isdigit() and APPROVAL_MIN <= len(digits) <= APPROVAL_MAX):
        raise ValidationError.of(
            field,
            QT_TRANSLATE_NOOP("Validation", "An approval number is {low} to {high} digits."),
            low=str(APPROVAL_MIN),
            high=str(APPROVAL_MAX),
        )
    return digits


def check_statement_period(first: date, last: date) -> tuple[date, date]:
    """A statement's period: from its first day to its last, both included, in that order."""
    if last < first:
        raise ValidationError.of(
            "last", QT_TRANSLATE_NOOP("Validation", "The period must end on or after the day it starts.")
        )
    return first, last


def month_period(day: date) -> tuple[date, date]:
    """The calendar month *day* falls in, first and last day."""
    first = day.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def last_month_period(day: date) -> tuple[date, date]:
    """The calendar month before the one *day* falls in."""
    return month_period(day.replace(day=1) - timedelta(days=1))


def year_period(day: date) -> tuple[date, date]:
    """The calendar year of *day* (올해), 1 January to 31 December."""
    return date(day.year, 1, 1), date(day.year, 12, 31)
