"""A subscription's history answers state, pauses, term end, fee in effect and the early-termination fee on any
date, from what was signed and the transitions recorded since."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.fees import EarlyTerminationRule
from toysub_desktop.domain.subscription_history import EventKind, LifecycleEvent, SignedContract, SubscriptionHistory
from toysub_desktop.domain.subscriptions import (
    Pause,
    PauseEndRule,
    SubscriptionState,
    last_day_of_service,
    trial_last_day,
)

START = date(2026, 3, 2)
SIGNED = SignedContract(
    start=START,
    trial_days=14,
    months=24,
    pause_rule=PauseEndRule.EXTEND_TERM,
    plan_id=1,
    monthly_fee=39_000,
    early_termination=EarlyTerminationRule(10, None),
)


def event(event_id: int, kind: EventKind, day: date, **values: object) -> LifecycleEvent:
    return LifecycleEvent(event_id, kind, day, **values)  # type: ignore[arg-type]


def test_a_resume_shortens_its_pause_and_the_term_end_follows() -> None:
    pause = event(1, EventKind.PAUSE, date(2026, 6, 1), until=date(2026, 6, 30))
    history = SubscriptionHistory(SIGNED, (pause,))
    assert history.state_on(date(2026, 6, 15)) is SubscriptionState.PAUSED
    resumed = history.resumption(date(2026, 6, 11))
    assert resumed.pause_event == pause
    assert resumed.timeline.pauses == (Pause(date(2026, 6, 1), date(2026, 6, 10)),)
    assert resumed.timeline.end == history.timeline.end - timedelta(days=20)
    after = SubscriptionHistory(SIGNED, (pause, event(2, EventKind.RESUME, date(2026, 6, 11), refers_to_id=1)))
    assert after.timeline == resumed.timeline
    assert after.state_on(date(2026, 6, 11)) is SubscriptionState.ACTIVE
    with pytest.raises(ValidationError):
        after.resumption(date(2026, 6, 20))  # no pause covers it any more


def test_a_resume_on_the_first_day_removes_the_pause() -> None:
    pause = event(1, EventKind.PAUSE, date(2026, 6, 1), until=date(2026, 6, 30))
    after = SubscriptionHistory(SIGNED, (pause, event(2, EventKind.RESUME, date(2026, 6, 1), refers_to_id=1)))
    assert after.pauses == () and after.timeline.end == SubscriptionHistory(SIGNED).timeline.end


def test_the_fee_and_plan_in_effect_follow_the_latest_plan_change_by_then() -> None:
    history = SubscriptionHistory(
        SIGNED,
        (
            event(2, EventKind.PLAN_CHANGE, date(2026, 8, 16), monthly_fee=49_000, plan_id=3),
            event(1, EventKind.PLAN_CHANGE, date(2026, 5, 16), monthly_fee=29_000, plan_id=2),
            event(3, EventKind.PLAN_CHANGE, date(2026, 7, 16), monthly_fee=99_000, plan_id=9, voided=True),
        ),
    )
    assert [history.fee_on(day) for day in (date(2026, 5, 15), date(2026, 5, 16), date(2026, 8, 16))] == [
        39_000,
        29_000,
        49_000,
    ]
    assert [history.plan_on(day) for day in (date(2026, 5, 15), date(2026, 7, 20), date(2026, 9, 1))] == [1, 2, 3]


def test_cancelling_within_the_free_trial_costs_nothing_and_later_it_costs_the_signed_rule() -> None:
    history = SubscriptionHistory(SIGNED)
    assert history.early_termination_fee(START + timedelta(days=5)).fee == 0
    later = history.early_termination_fee(date(2026, 10, 16))
    assert later.fee > 0 and later.percent == 10


def test_days_still_paused_after_a_cancellation_are_not_charged() -> None:
    paused = SubscriptionHistory(SIGNED, (event(1, EventKind.PAUSE, date(2026, 11, 1), until=date(2026, 11, 30)),))
    unpaused = SubscriptionHistory(SIGNED)
    day = date(2026, 10, 16)
    assert paused.early_termination_fee(day).remaining_days == unpaused.early_termination_fee(day).remaining_days


def test_the_last_day_of_service_and_of_the_trial() -> None:
    assert last_day_of_service(date(2028, 3, 15), None) == date(2028, 3, 15)
    assert last_day_of_service(date(2028, 3, 15), date(2027, 1, 1)) == date(2026, 12, 31)
    assert last_day_of_service(date(2028, 3, 15), date(2029, 1, 1)) == date(2028, 3, 15)
    assert trial_last_day(START, START + timedelta(days=14)) == date(2026, 3, 15)
    assert trial_last_day(START, START) is None


days = st.integers(min_value=0, max_value=900).map(lambda n: START + timedelta(days=n))


@st.composite
def histories(draw: st.DrawFn) -> SubscriptionHistory:
    """Signed contracts with non-overlapping pauses, some resumed, plan changes and skips, some of them voided."""
    events: list[LifecycleEvent] = []
    next_id = 1
    first = START + timedelta(days=SIGNED.trial_days + draw(st.integers(0, 60)))
    for _ in range(draw(st.integers(0, 3))):
        length = draw(st.integers(1, 60))
        last = first + timedelta(days=length - 1)
        events.append(event(next_id, EventKind.PAUSE, first, until=last, voided=draw(st.booleans())))
        if draw(st.booleans()):
            resume_on = first + timedelta(days=draw(st.integers(0, length - 1)))
            events.append(event(next_id + 1, EventKind.RESUME, resume_on, refers_to_id=next_id))
        next_id += 2
        first = last + timedelta(days=draw(st.integers(1, 90)))
    for _ in range(draw(st.integers(0, 3))):
        fee = draw(st.integers(10_000, 90_000))
        events.append(event(next_id, EventKind.PLAN_CHANGE, draw(days), monthly_fee=fee, voided=draw(st.booleans())))
        next_id += 1
    order = draw(st.permutations(events))
    return SubscriptionHistory(SIGNED, tuple(order))


@given(histories(), days)
def test_voided_transitions_change_no_answer(history: SubscriptionHistory, day: date) -> None:
    live = SubscriptionHistory(history.signed, tuple(e for e in history.events if not e.voided))
    assert live.timeline == history.timeline
    assert live.state_on(day) is history.state_on(day)
    assert live.fee_on(day) == history.fee_on(day)


@given(histories(), days)
def test_the_fee_in_effect_is_the_signed_one_or_a_live_plan_changes(history: SubscriptionHistory, day: date) -> None:
    fees = {history.signed.monthly_fee} | {e.monthly_fee for e in history.live(EventKind.PLAN_CHANGE)}
    assert history.fee_on(day) in fees
    assert history.fee_on(START) == history.signed.monthly_fee or any(
        e.effective_on <= START for e in history.live(EventKind.PLAN_CHANGE)
    )


@given(histories(), days)
def test_paused_exactly_on_the_days_of_its_pauses_as_they_stand(history: SubscriptionHistory, day: date) -> None:
    in_a_pause = any(pause.covers(day) for _, pause in history.pauses)
    state = history.state_on(day)
    assert (state is SubscriptionState.PAUSED) == (in_a_pause and START <= day <= history.timeline.end)


@given(histories(), days)
def test_a_resume_ends_the_pause_the_day_before_and_the_term_moves_back_by_the_days_given_up(
    history: SubscriptionHistory, day: date
) -> None:
    covering = [pause for _, pause in history.pauses if pause.covers(day)]
    if not covering:
        with pytest.raises(ValidationError):
            history.resumption(day)
        return
    after = history.resumption(day).timeline
    assert after.state_on(day) is not SubscriptionState.PAUSED
    given_up = (covering[0].last - day).days + 1
    assert after.end == history.timeline.end - timedelta(days=given_up)


@given(histories(), days)
def test_the_early_termination_fee_is_within_the_rule_and_nothing_in_the_trial(
    history: SubscriptionHistory, day: date
) -> None:
    if day <= START:
        return
    fee = history.early_termination_fee(day)
    assert 0 <= fee.fee <= fee.remaining_fees
    if day <= history.timeline.paid_from:
        assert fee.fee == 0 and fee.within_trial
