"""Rental rules: where a returned item goes, what it costs, late fees up to the cap, and lending suspension."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.rentals import (
    RentalRules,
    ReturnCondition,
    check_fee,
    check_loan_dates,
    check_not_suspended,
    days_late,
    default_due_date,
    is_suspended,
    late_fee,
    return_figures,
    state_after_return,
    suggested_fee,
    validate_rental_rules,
)
from toysub_desktop.domain.toys import ItemState

RULES = RentalRules()
C = ReturnCondition
DUE = date(2026, 3, 16)


def test_the_default_rules_are_the_toy_library_custom() -> None:
    assert (RULES.late_fee_per_day, RULES.late_fee_cap_days, RULES.late_fee_cap) == (500, 15, 7_500)
    assert RULES.suspension_after_days == RULES.late_fee_cap_days
    assert default_due_date(date(2026, 3, 2), RULES) == DUE


def test_returning_on_the_due_date_is_on_time_and_each_day_after_costs_the_daily_fee() -> None:
    assert days_late(DUE, DUE) == 0 and late_fee(RULES, DUE, DUE) == 0
    assert late_fee(RULES, DUE, DUE - timedelta(days=3)) == 0
    assert late_fee(RULES, DUE, DUE + timedelta(days=1)) == 500
    assert late_fee(RULES, DUE, DUE + timedelta(days=15)) == 7_500
    assert late_fee(RULES, DUE, DUE + timedelta(days=40)) == 7_500  # capped at 15 days


@given(st.integers(0, 2000), st.integers(0, 60), st.integers(-30, 400))
def test_a_late_fee_never_exceeds_the_cap_and_never_decreases(per_day: int, cap: int, offset: int) -> None:
    rules = RentalRules(late_fee_per_day=per_day, late_fee_cap_days=cap)
    on = DUE + timedelta(days=offset)
    fee = late_fee(rules, DUE, on)
    assert 0 <= fee <= rules.late_fee_cap
    assert late_fee(rules, DUE, on + timedelta(days=1)) >= fee
    assert fee == per_day * min(max(offset, 0), cap)


def test_each_condition_sends_the_item_where_the_shop_must_handle_it() -> None:
    assert state_after_return(C.CLEAN, someone_waiting=False) is ItemState.AVAILABLE
    assert state_after_return(C.CLEAN, someone_waiting=True) is ItemState.HELD
    assert state_after_return(C.NEEDS_CLEANING, someone_waiting=True) is ItemState.CLEANING
    assert state_after_return(C.DAMAGED, someone_waiting=True) is ItemState.REPAIR
    assert state_after_return(C.MISSING_PARTS, someone_waiting=False) is ItemState.REPAIR
    assert state_after_return(C.LOST, someone_waiting=True) is ItemState.RETIRED


def test_lost_costs_the_value_damage_the_owners_share_and_a_clean_item_nothing() -> None:
    assert suggested_fee(C.LOST, toy_value=89_000, rules=RULES) == 89_000
    assert suggested_fee(C.DAMAGED, toy_value=89_000, rules=RULES) == 26_700
    assert suggested_fee(C.MISSING_PARTS, toy_value=89_999, rules=RULES) == 26_999  # rounded down
    assert suggested_fee(C.NEEDS_CLEANING, toy_value=89_000, rules=RULES) == 0


def test_the_clerk_may_lower_a_fee_but_not_invent_one_or_exceed_the_value() -> None:
    assert check_fee(C.DAMAGED, 0, toy_value=50_000) == 0  # waived
    with pytest.raises(ValidationError):
        check_fee(C.CLEAN, 1_000, toy_value=50_000)
    with pytest.raises(ValidationError):
        check_fee(C.LOST, 50_001, toy_value=50_000)
    with pytest.raises(ValidationError):
        check_fee(C.DAMAGED, -1, toy_value=50_000)


def test_a_damaged_late_return_shows_both_fees_before_saving() -> None:
    figures = return_figures(
        C.DAMAGED, due_on=DUE, returned_on=DUE + timedelta(days=4), toy_value=60_000, rules=RULES,
        someone_waiting=True,
    )  # fmt: skip
    assert (figures.days_late, figures.late_fee, figures.fee, figures.total) == (4, 2_000, 18_000, 20_000)
    assert figures.next_state is ItemState.REPAIR


def test_a_lost_item_costs_its_value_without_a_late_fee_on_top() -> None:
    figures = return_figures(
        C.LOST, due_on=DUE, returned_on=DUE + timedelta(days=30), toy_value=60_000, rules=RULES,
        someone_waiting=False,
    )  # fmt: skip
    assert (figures.days_late, figures.late_fee, figures.fee) == (30, 0, 60_000)


def test_lending_is_suspended_past_the_threshold_and_the_message_says_how_late() -> None:
    assert not is_suspended(RULES, 15)
    assert is_suspended(RULES, 16)
    strict = RentalRules(suspension_after_days=0)
    assert not is_suspended(strict, 0) and is_suspended(strict, 1)
    with pytest.raises(ValidationError) as refused:
        check_not_suspended(RULES, 20)
    assert refused.value.problems[0].arguments == {"days": "20", "limit": "15"}


def test_loan_dates_are_checked() -> None:
    today = date(2026, 3, 2)
    check_loan_dates(today, DUE, today=today)
    with pytest.raises(ValidationError) as refused:
        check_loan_dates(today + timedelta(days=1), today, today=today)
    assert set(refused.value.fields) == {"lent_on", "due_on"}
    with pytest.raises(ValidationError):
        check_loan_dates(today - timedelta(days=30), today, today=today)


def test_rules_out_of_range_are_refused_each_beside_its_field() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_rental_rules(
            late_fee_per_day=-1, late_fee_cap_days=400, suspension_after_days=-1, loan_days=0, damage_fee_percent=101
        )
    assert set(refused.value.fields) == {
        "late_fee_per_day",
        "late_fee_cap_days",
        "suspension_after_days",
        "loan_days",
        "damage_fee_percent",
    }
    assert validate_rental_rules(
        late_fee_per_day=300, late_fee_cap_days=10, suspension_after_days=30, loan_days=28, damage_fee_percent=50
    ) == RentalRules(300, 10, 30, 28, 50)
