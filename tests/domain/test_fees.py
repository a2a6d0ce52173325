"""The early-termination fee follows the dispute standard: 10 % of monthly fee × remaining days ÷ 30."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.fees import EarlyTerminationRule, early_termination_fee, validate_rule


def test_the_standard_fee_for_cancelling_with_a_year_left() -> None:
    fee = early_termination_fee(
        EarlyTerminationRule(), monthly_fee=39_000, effective_on=date(2027, 3, 1), mandatory_end=date(2028, 2, 29)
    )
    assert fee.remaining_days == 366
    assert fee.remaining_fees == 39_000 * 366 // 30 == 475_800
    assert fee.fee == 47_580


def test_a_cap_limits_the_fee_and_nothing_remains_after_the_term() -> None:
    capped = early_termination_fee(
        EarlyTerminationRule(10, cap=30_000),
        monthly_fee=39_000,
        effective_on=date(2027, 3, 1),
        mandatory_end=date(2028, 2, 29),
    )
    assert capped.fee == 30_000
    after = early_termination_fee(
        EarlyTerminationRule(), monthly_fee=39_000, effective_on=date(2028, 3, 1), mandatory_end=date(2028, 2, 29)
    )
    assert (after.remaining_days, after.fee) == (0, 0)


def test_the_owner_cannot_set_more_than_the_standard() -> None:
    with pytest.raises(ValidationError) as error:
        validate_rule(15, None)
    assert error.value.fields == ("early_termination_percent",)
    assert validate_rule(5, 20_000) == EarlyTerminationRule(5, 20_000)


@given(
    st.integers(min_value=0, max_value=500_000),
    st.integers(min_value=0, max_value=10),
    st.dates(min_value=date(2026, 1, 1), max_value=date(2030, 1, 1)),
    st.integers(min_value=0, max_value=1200),
)
def test_the_fee_never_exceeds_its_share_of_the_remaining_fees(
    monthly: int, percent: int, effective: date, days_left: int
) -> None:
    end = date.fromordinal(effective.toordinal() + days_left - 1)
    fee = early_termination_fee(
        EarlyTerminationRule(percent), monthly_fee=monthly, effective_on=effective, mandatory_end=end
    )
    assert isinstance(fee.fee, int)
    assert 0 <= fee.fee * 100 <= fee.remaining_fees * percent
    assert fee.remaining_fees <= monthly * days_left / 30


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
