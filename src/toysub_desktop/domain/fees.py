"""The early-termination fee (위약금) of a continuous transaction (계속거래).

Under the Door-to-Door Sales Act a customer may cancel a subscription of a month or more at any time, and the fee
must not exceed the shop's loss. The default rule follows the Consumer Dispute Resolution Standard for rentals with
a mandatory period over a year: 10 % of the fees of the period remaining from the cancellation's effective date.
Those fees are counted by billing cycle: every whole cycle left at its fee, and the cycle the cancellation falls in
pro-rated by its own days (a February cycle by 28 days, a March one by 31). For a box subscription (a continuous
sale) the same computation is the shop's rule, which the owner may lower to nothing or cap.

Contracts signed before this rule counted the remaining fees as the monthly fee × the remaining days ÷ 30; a contract
keeps the rule it was signed under (``FeeMethod``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.money import check_amount, share_of
from toysub_desktop.domain.months import cycle_of, cycle_start, days_inclusive
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

DEFAULT_PERCENT = 10
#: Days in the month the contracts signed under ``FeeMethod.DAYS_30`` prorate by.
PRORATION_DAYS = 30


class FeeMethod(StrEnum):
    """How the fees of the remaining period are counted; a contract keeps the method it was signed under."""

    #: Whole remaining billing cycles at their fee, the current cycle pro-rated by its own days.
    BILLING_CYCLES = "billing_cycles"
    #: The monthly fee × the remaining days ÷ 30 (contracts signed before the billing-cycle rule).
    DAYS_30 = "days_30"


@dataclass(frozen=True)
class EarlyTerminationRule:
    percent: int = DEFAULT_PERCENT
    #: The fee never exceeds this many won, if set.
    cap: int | None = None
    method: FeeMethod = FeeMethod.BILLING_CYCLES


def validate_rule(percent: int, cap: int | None) -> EarlyTerminationRule:
    # The standard's 10 % is the most the dispute standard supports; a higher share would exceed the loss.
    if not 0 <= percent <= DEFAULT_PERCENT:
        raise ValidationError.of(
            "early_termination_percent",
            QT_TRANSLATE_NOOP("Validation", "The fee is between 0 and {limit} percent of the remaining fees."),
            limit=str(DEFAULT_PERCENT),
        )
    if cap is not None:
        check_amount(cap, field="early_termination_cap")
    return EarlyTerminationRule(percent, cap)


@dataclass(frozen=True)
class CyclePart:
    """The part of one billing cycle that falls in the remaining period, and its share of the cycle's fee."""

    first: date
    last: date
    #: Days of the whole cycle, and of it remaining.
    cycle_days: int
    days: int
    monthly_fee: int
    #: ``monthly_fee × days ÷ cycle_days``, rounded down to the won; the whole fee for a whole cycle.
    amount: int

    @property
    def whole(self) -> bool:
        return self.days == self.cycle_days


@dataclass(frozen=True)
class WholeCycles:
    """Consecutive whole billing cycles at one fee, as a fee explanation groups them: "17개월 × 39,000원"."""

    count: int
    monthly_fee: int

    @property
    def amount(self) -> int:
        return self.count * self.monthly_fee


@dataclass(frozen=True)
class EarlyTerminationFee:
    """The fee and every figure that led to it, to show the clerk and print."""

    effective_on: date
    mandatory_end: date
    remaining_days: int
    monthly_fee: int
    remaining_fees: int
    percent: int
    cap: int | None
    fee: int
    #: Cancelled before the term began (within the free trial): nothing is owed.
    within_trial: bool = False
    method: FeeMethod = FeeMethod.BILLING_CYCLES
    #: The billing cycles the remaining period touches (``FeeMethod.BILLING_CYCLES`` only), in order.
    parts: tuple[CyclePart, ...] = ()

    @property
    def whole_cycles(self) -> tuple[CyclePart, ...]:
        return tuple(p for p in self.parts if p.whole)

    @property
    def partial_cycles(self) -> tuple[CyclePart, ...]:
        return tuple(p for p in self.parts if not p.whole)

    @property
    def whole_cycles_fees(self) -> int:
        return sum(p.amount for p in self.whole_cycles)

    def breakdown(self) -> tuple[CyclePart | WholeCycles, ...]:
        """The remaining fees in the order they fall: a pro-rated cycle as it is, whole cycles grouped by fee."""
        items: list[CyclePart | WholeCycles] = []
        for part in self.parts:
            last = items[-1] if items else None
            if part.whole and isinstance(last, WholeCycles) and last.monthly_fee == part.monthly_fee:
                items[-1] = WholeCycles(last.count + 1, part.monthly_fee)
            elif part.whole:
                items.append(WholeCycles(1, part.monthly_fee))
            else:
                items.append(part)
        return tuple(items)


def remaining_cycle_parts(
    *, cycles_from: date, first: date, last: date, fee_on: Callable[[date], int]
) -> tuple[CyclePart, ...]:
    """The days *first*..*last* cut at the billing cycles of a term whose first cycle starts on *cycles_from*.

    Each part is charged at the fee in effect on the cycle's first day (a plan change takes effect at a cycle), the
    cycle pro-rated by its own length when only some of its days remain.
    """
    parts: list[CyclePart] = []
    if last < first:
        return ()
    cycle = max(cycle_of(cycles_from, first), 0)
    while (begins := cycle_start(cycles_from, cycle)) <= last:
        ends = cycle_start(cycles_from, cycle + 1) - timedelta(days=1)
        part_first, part_last = max(begins, first), min(ends, last)
        if part_first <= part_last:
            cycle_days = days_inclusive(begins, ends)
            days = days_inclusive(part_first, part_last)
            monthly = fee_on(begins)
            amount = int(Fraction(monthly * days, cycle_days))
            parts.append(CyclePart(part_first, part_last, cycle_days, days, monthly, amount))
        cycle += 1
    return tuple(parts)


def early_termination_fee(
    rule: EarlyTerminationRule,
    *,
    monthly_fee: int,
    effective_on: date,
    mandatory_end: date,
    paid_from: date | None = None,
    cycles_from: date | None = None,
    fee_on: Callable[[date], int] | None = None,
) -> EarlyTerminationFee:
    """The fee for ending on *effective_on* (the first day without service) a term that runs to *mandatory_end*.

    A cancellation that takes effect on or before *paid_from* (the term's first paid day, after a free trial) ends
    the contract before anything was owed: the figures are shown, the fee is nothing.

    Billing cycles start on *cycles_from* (the term's first paid day; *effective_on* when not given) and each is
    charged at ``fee_on(its first day)`` (*monthly_fee* throughout when not given).
    """
    if paid_from is not None and effective_on <= paid_from:
        return EarlyTerminationFee(
            effective_on,
            mandatory_end,
            0,
            monthly_fee,
            0,
            rule.percent,
            rule.cap,
            0,
            within_trial=True,
            method=rule.method,
        )
    remaining_days = days_inclusive(effective_on, mandatory_end)
    parts: tuple[CyclePart, ...] = ()
    if rule.method is FeeMethod.DAYS_30:
        remaining_fees = monthly_fee * remaining_days // PRORATION_DAYS
    else:
        parts = remaining_cycle_parts(
            cycles_from=cycles_from or effective_on,
            first=effective_on,
            last=mandatory_end,
            fee_on=fee_on or (lambda _day: monthly_fee),
        )
        remaining_fees = sum(p.amount for p in parts)
    fee = share_of(remaining_fees, rule.percent)
    if rule.cap is not None:
        fee = min(fee, rule.cap)
    return EarlyTerminationFee(
        effective_on=effective_on,
        mandatory_end=mandatory_end,
        remaining_days=remaining_days,
        monthly_fee=monthly_fee,
        remaining_fees=remaining_fees,
        percent=rule.percent,
        cap=rule.cap,
        fee=fee,
        method=rule.method,
        parts=parts,
    )
