"""A subscription's state by date, and the rules every transition checks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.subscriptions import (
    ContractTimeline,
    Pause,
    PauseEndRule,
    SubscriptionState,
    check_cancel,
    check_pause,
    check_skip,
    check_start,
    plan_change_date,
    renewal_start,
    resumed_pause,
)

S = SubscriptionState
CONTRACT = ContractTimeline(date(2026, 3, 1), trial_days=14, months=24, pause_rule=PauseEndRule.EXTEND_TERM)


def test_a_trial_becomes_active_and_the_term_completes_by_itself() -> None:
    assert CONTRACT.paid_from == date(2026, 3, 15)
    assert CONTRACT.end == date(2028, 3, 14)
    assert CONTRACT.state_on(date(2026, 2, 28)) is S.SCHEDULED
    assert CONTRACT.state_on(date(2026, 3, 14)) is S.TRIAL
    assert CONTRACT.state_on(date(2026, 3, 15)) is S.ACTIVE
    assert CONTRACT.state_on(date(2028, 3, 15)) is S.COMPLETED


def test_a_pause_across_a_month_end_extends_the_term_by_its_days() -> None:
    paused = CONTRACT.with_pause(Pause(date(2026, 7, 20), date(2026, 8, 10)))
    assert paused.state_on(date(2026, 7, 31)) is S.PAUSED
    assert paused.state_on(date(2026, 8, 11)) is S.ACTIVE
    assert paused.end == CONTRACT.end + timedelta(days=22)
    kept = ContractTimeline(CONTRACT.start, 14, 24, PauseEndRule.KEEP_END, paused.pauses)
    assert kept.end == CONTRACT.end


def test_pauses_are_refused_when_too_long_overlapping_or_after_cancellation() -> None:
    with pytest.raises(ValidationError, match="at most 90 days"):
        check_pause(CONTRACT, Pause(date(2026, 5, 1), date(2026, 8, 31)), max_days=90)
    paused = CONTRACT.with_pause(Pause(date(2026, 5, 1), date(2026, 5, 31)))
    with pytest.raises(ValidationError, match="already paused"):
        check_pause(paused, Pause(date(2026, 5, 20), date(2026, 6, 10)), max_days=90)
    cancelled = ContractTimeline(CONTRACT.start, 14, 24, PauseEndRule.EXTEND_TERM, cancelled_on=date(2026, 6, 1))
    with pytest.raises(ValidationError, match="cancelled"):
        check_pause(cancelled, Pause(date(2026, 5, 20), date(2026, 6, 10)), max_days=90)
    with pytest.raises(ValidationError) as error:
        check_pause(CONTRACT, Pause(date(2026, 5, 20), date(2026, 5, 10)), max_days=90)
    assert error.value.fields == ("until",)


def test_resuming_early_shortens_the_pause() -> None:
    pause = Pause(date(2026, 5, 1), date(2026, 5, 31))
    assert resumed_pause(pause, date(2026, 5, 11)) == Pause(date(2026, 5, 1), date(2026, 5, 10))
    assert resumed_pause(pause, date(2026, 5, 1)) is None
    with pytest.raises(ValidationError):
        resumed_pause(pause, date(2026, 6, 2))


def test_a_cancellation_before_the_start_is_refused() -> None:
    with pytest.raises(ValidationError, match="after the start"):
        check_cancel(CONTRACT, date(2026, 3, 1))
    assert check_cancel(CONTRACT, date(2027, 1, 10)) == date(2027, 1, 10)
    cancelled = ContractTimeline(CONTRACT.start, 14, 24, PauseEndRule.EXTEND_TERM, cancelled_on=date(2027, 1, 10))
    assert cancelled.state_on(date(2027, 1, 10)) is S.CANCELLED
    assert cancelled.state_on(date(2027, 1, 9)) is S.ACTIVE
    with pytest.raises(ValidationError, match="already cancelled"):
        check_cancel(cancelled, date(2027, 2, 1))


def test_a_start_before_the_customer_existed_is_refused() -> None:
    with pytest.raises(ValidationError) as error:
        check_start(date(2026, 2, 1), registered_on=date(2026, 2, 10), today=date(2026, 2, 10))
    assert error.value.fields == ("start",)


def test_a_plan_change_waits_for_the_next_cycle() -> None:
    assert plan_change_date(CONTRACT, date(2026, 3, 5)) == date(2026, 3, 15)  # during the trial: the term's start
    assert plan_change_date(CONTRACT, date(2026, 4, 20)) == date(2026, 5, 15)
    jan31 = ContractTimeline(date(2027, 1, 31), 0, 12, PauseEndRule.EXTEND_TERM)
    assert plan_change_date(jan31, date(2027, 2, 1)) == date(2027, 2, 28)


def test_a_skipped_month_must_be_in_the_term_and_not_paused() -> None:
    paused = CONTRACT.with_pause(Pause(date(2026, 5, 1), date(2026, 5, 31)))
    with pytest.raises(ValidationError, match="paused"):
        check_skip(paused, date(2026, 5, 15))
    with pytest.raises(ValidationError, match="ends on"):
        check_skip(CONTRACT, date(2029, 1, 15))
    assert check_skip(CONTRACT, date(2026, 6, 15)) == date(2026, 6, 15)


def test_renewal_continues_the_day_after_the_term() -> None:
    with pytest.raises(ValidationError, match="from 2027-12-15"):
        renewal_start(CONTRACT, date(2027, 6, 1))
    assert renewal_start(CONTRACT, date(2028, 2, 1)) == date(2028, 3, 15)
    assert renewal_start(CONTRACT, date(2028, 4, 1)) == date(2028, 4, 1)  # renewed late: from today


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 1, 1)),
    st.integers(min_value=0, max_value=30),
    st.sampled_from([12, 24, 36]),
    st.integers(min_value=0, max_value=300),
    st.integers(min_value=1, max_value=90),
    st.integers(min_value=-10, max_value=1200),
)
def test_the_state_on_any_day_is_consistent_with_the_dates(
    start: date, trial: int, months: int, pause_offset: int, pause_days: int, offset: int
) -> None:
    plain = ContractTimeline(start, trial, months, PauseEndRule.EXTEND_TERM)
    first = plain.paid_from + timedelta(days=pause_offset)
    pause = check_pause(plain, Pause(first, first + timedelta(days=pause_days - 1)), max_days=90)
    contract = plain.with_pause(pause)
    day = start + timedelta(days=offset)
    state = contract.state_on(day)
    assert (state is S.SCHEDULED) == (day < start)
    assert (state is S.TRIAL) == (start <= day < contract.paid_from)
    assert (state is S.COMPLETED) == (day > contract.end)
    assert (state is S.PAUSED) == pause.covers(day)
    # Extended by its pauses, the term still gives exactly the service days signed for.
    assert contract.service_days(contract.paid_from, contract.end) == plain.service_days(
        plain.paid_from, plain.mandatory_end
    )
