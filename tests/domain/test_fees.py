"""The early-termination fee follows the dispute standard: 10 % of the fees of the remaining period, counted by
billing cycle (whole cycles at their fee, the current one pro-rated by its own days); contracts signed before keep
the monthly fee × remaining days ÷ 30."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.fees import (
    EarlyTerminationRule,
    FeeMethod,
    WholeCycles,
    early_termination_fee,
    validate_rule,
)
from toysub_desktop.domain.months import cycle_start, term_end

OLD_RULE = EarlyTerminationRule(method=FeeMethod.DAYS_30)


def test_24_months_cancelled_after_exactly_7_owe_10_percent_of_17_cycles() -> None:
    paid_from = date(2026, 3, 1)
    fee = early_termination_fee(
        EarlyTerminationRule(),
        monthly_fee=39_000,
        effective_on=date(2026, 10, 1),
        mandatory_end=term_end(paid_from, 24),
        cycles_from=paid_from,
    )
    # The dispute standard's example: 17 × 39,000 × 10 % = 66,300원.
    assert (len(fee.whole_cycles), fee.partial_cycles) == (17, ())
    assert fee.remaining_fees == 17 * 39_000 == 663_000
    assert fee.fee == 66_300
    # The same cancellation under the days ÷ 30 rule a contract may have been signed with: 517 days.
    old = early_termination_fee(
        OLD_RULE, monthly_fee=39_000, effective_on=date(2026, 10, 1), mandatory_end=term_end(paid_from, 24)
    )
    assert (old.remaining_days, old.fee, old.parts) == (517, 67_210, ())


def test_a_mid_cycle_cancellation_pro_rates_the_current_cycle_by_its_own_days() -> None:
    paid_from = date(2026, 1, 10)
    fee = early_termination_fee(
        EarlyTerminationRule(),
        monthly_fee=39_000,
        effective_on=date(2026, 3, 25),
        mandatory_end=term_end(paid_from, 12),
        cycles_from=paid_from,
    )
    # The cycle 3/10..4/9 has 31 days, 16 of them left: 39,000 × 16 ÷ 31 = 20,129원 (rounded down).
    (current,) = fee.partial_cycles
    assert (current.first, current.last, current.days, current.cycle_days) == (
        date(2026, 3, 25),
        date(2026, 4, 9),
        16,
        31,
    )
    assert current.amount == 20_129
    # Then nine whole cycles 4/10 .. 2027/1/9: 351,000원. 10 % of 371,129원 is 37,112원.
    assert (len(fee.whole_cycles), fee.whole_cycles_fees) == (9, 351_000)
    assert (fee.remaining_fees, fee.fee) == (371_129, 37_112)
    assert fee.breakdown() == (current, WholeCycles(9, 39_000))


def test_a_february_cycle_is_pro_rated_by_its_28_days() -> None:
    paid_from = date(2027, 1, 15)
    fee = early_termination_fee(
        EarlyTerminationRule(),
        monthly_fee=28_000,
        effective_on=date(2027, 3, 1),
        mandatory_end=term_end(paid_from, 3),
        cycles_from=paid_from,
    )
    # Cycle 2/15..3/14 has 28 days, 14 left: 14,000원; then the whole cycle 3/15..4/14: 28,000원.
    assert [(p.days, p.cycle_days, p.amount) for p in fee.parts] == [(14, 28, 14_000), (31, 31, 28_000)]
    assert fee.fee == 4_200


def test_each_remaining_cycle_is_charged_at_its_own_fee() -> None:
    paid_from = date(2026, 3, 1)
    fee = early_termination_fee(
        EarlyTerminationRule(),
        monthly_fee=39_000,
        effective_on=cycle_start(paid_from, 10),
        mandatory_end=term_end(paid_from, 12),
        cycles_from=paid_from,
        fee_on=lambda day: 39_000 if day < date(2027, 2, 1) else 29_000,
    )
    assert [p.amount for p in fee.parts] == [39_000, 29_000]
    assert fee.breakdown() == (WholeCycles(1, 39_000), WholeCycles(1, 29_000))
    assert fee.fee == 6_800


def test_a_cap_limits_the_fee_and_nothing_remains_after_the_term() -> None:
    capped = early_termination_fee(
        EarlyTerminationRule(10, cap=30_000),
        monthly_fee=39_000,
        effective_on=date(2027, 3, 1),
        mandatory_end=date(2028, 2, 29),
    )
    assert capped.fee == 30_000
    for rule in (EarlyTerminationRule(), OLD_RULE):
        after = early_termination_fee(
            rule, monthly_fee=39_000, effective_on=date(2028, 3, 1), mandatory_end=date(2028, 2, 29)
        )
        assert (after.remaining_days, after.remaining_fees, after.fee) == (0, 0, 0)


def test_a_box_shop_may_charge_nothing() -> None:
    free = early_termination_fee(
        validate_rule(0, None),
        monthly_fee=39_000,
        effective_on=date(2026, 10, 1),
        mandatory_end=date(2028, 2, 29),
        cycles_from=date(2026, 3, 1),
    )
    assert (free.remaining_fees, free.fee) == (663_000, 0)


def test_the_owner_cannot_set_more_than_the_standard() -> None:
    for percent in (11, 15, -1):
        with pytest.raises(ValidationError) as error:
            validate_rule(percent, None)
        assert error.value.fields == ("early_termination_percent",)
    assert validate_rule(5, 20_000) == EarlyTerminationRule(5, 20_000)


@given(
    st.integers(min_value=0, max_value=500_000),
    st.integers(min_value=0, max_value=10),
    st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 1, 1)),
    st.integers(min_value=0, max_value=1200),
    st.integers(min_value=0, max_value=40),
)
def test_the_fee_never_exceeds_its_share_of_the_remaining_fees(
    monthly: int, percent: int, effective: date, days_left: int, cycles_began_days_before: int
) -> None:
    end = date.fromordinal(effective.toordinal() + days_left - 1)
    fee = early_termination_fee(
        EarlyTerminationRule(percent),
        monthly_fee=monthly,
        effective_on=effective,
        mandatory_end=end,
        cycles_from=effective - timedelta(days=cycles_began_days_before),
    )
    assert isinstance(fee.fee, int)
    assert 0 <= fee.fee * 100 <= fee.remaining_fees * percent
    # The parts cover the remaining days exactly, and no cycle is charged more than its fee.
    assert sum(p.days for p in fee.parts) == fee.remaining_days == days_left
    assert all(p.amount <= monthly for p in fee.parts)
    assert fee.remaining_fees <= monthly * len(fee.parts)
    old = early_termination_fee(
        EarlyTerminationRule(percent, method=FeeMethod.DAYS_30),
        monthly_fee=monthly,
        effective_on=effective,
        mandatory_end=end,
    )
    assert old.remaining_fees <= monthly * days_left / 30


@given(st.integers(min_value=0, max_value=14))
def test_cancelling_within_the_free_trial_owes_nothing(days_into_trial: int) -> None:
    start = date(2026, 3, 2)
    paid_from = date(2026, 3, 16)
    effective = start + timedelta(days=days_into_trial)
    fee = early_termination_fee(
        EarlyTerminationRule(),
        monthly_fee=39_000,
        effective_on=effective,
        mandatory_end=date(2028, 3, 15),
        paid_from=paid_from,
    )
    assert fee.within_trial and fee.fee == 0
    after = early_termination_fee(
        EarlyTerminationRule(),
        monthly_fee=39_000,
        effective_on=paid_from + timedelta(days=1),
        mandatory_end=date(2028, 3, 15),
        paid_from=paid_from,
    )
    assert not after.within_trial and after.fee > 0
