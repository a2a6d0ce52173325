"""The early-termination fee (위약금) of a continuous transaction (계속거래).

Under the Door-to-Door Sales Act a customer may cancel a subscription of a month or more at any time, and the fee
must not exceed the shop's loss. The default rule follows the Consumer Dispute Resolution Standard for rentals with
a mandatory period: 10 % of the fees remaining in that period, where the remaining fees are the monthly fee × the
remaining days ÷ 30. The owner may set a lower share or a cap; the contract keeps the rule it was signed under.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.money import check_amount, share_of
from toysub_desktop.domain.months import days_inclusive
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

DEFAULT_PERCENT = 10
#: Days in the month the standard prorates by.
PRORATION_DAYS = 30


@dataclass(frozen=True)
class EarlyTerminationRule:
    percent: int = DEFAULT_PERCENT
    #: The fee never exceeds this many won, if set.
    cap: int | None = None


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


def early_termination_fee(
    rule: EarlyTerminationRule,
    *,
    monthly_fee: int,
    effective_on: date,
    mandatory_end: date,
    paid_from: date | None = None,
) -> EarlyTerminationFee:
    """The fee for ending on *effective_on* (the first day without service) a term that runs to *mandatory_end*.

    A cancellation that takes effect on or before *paid_from* (the term's first paid day, after a free trial) ends
    the contract before anything was owed: the figures are shown, the fee is nothing.
    """
    if paid_from is not None and effective_on <= paid_from:
        return EarlyTerminationFee(
            effective_on, mandatory_end, 0, monthly_fee, 0, rule.percent, rule.cap, 0, within_trial=True
        )
    remaining_days = days_inclusive(effective_on, mandatory_end)
    remaining_fees = monthly_fee * remaining_days // PRORATION_DAYS
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
    )
