"""When a subscription delivers, and the steps a delivery may take."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.deliveries import (
    TRANSITIONS,
    DeliveryKind,
    DeliveryState,
    box_delivery_day,
    can_transition,
    check_courier,
    check_horizon,
    check_reason,
    check_tracking_number,
    check_transition,
    delivery_dates,
    delivery_dates_by_cadence,
    delivery_kind_for,
    moves_in_shorter_months,
)
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import Cadence, PlanKind
from toysub_desktop.domain.subscriptions import ContractTimeline, Pause, PauseEndRule

S = DeliveryState
BOX, RENTAL, UNLIMITED = PlanKind.BOX, PlanKind.RENTAL, PlanKind.UNLIMITED
CONTRACT = ContractTimeline(date(2026, 3, 2), trial_days=0, months=12, pause_rule=PauseEndRule.EXTEND_TERM)
FAR = date(2030, 1, 1)


def dates(
    timeline: ContractTimeline = CONTRACT,
    kind: PlanKind = BOX,
    cadence: Cadence = Cadence.MONTHLY,
    *,
    delivery_day: int | None = 15,
    swap_weekday: int | None = 2,
    skipped: frozenset[date] = frozenset(),
    first: date = date(2020, 1, 1),
    last: date = FAR,
) -> list[date]:
    return delivery_dates(timeline, kind, cadence, delivery_day, swap_weekday, skipped, first, last)


# --- dates by plan ---------------------------------------------------------------------------------------------


def test_a_box_arrives_on_its_day_each_month_from_the_start_to_the_end_of_the_term() -> None:
    found = dates(delivery_day=1)
    assert found[0] == date(2026, 4, 1)  # the start (2 March) is after March's delivery day
    assert found[-1] == date(2027, 3, 1)  # the term ends on 1 March 2027
    assert len(found) == 12
    assert dates(delivery_day=2)[0] == date(2026, 3, 2)


def test_a_box_day_past_the_end_of_a_short_month_falls_on_its_last_day() -> None:
    found = dates(delivery_day=31, first=date(2026, 3, 1), last=date(2026, 6, 30))
    assert found == [date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31), date(2026, 6, 30)]
    leap = ContractTimeline(date(2028, 1, 1), 0, 12, PauseEndRule.EXTEND_TERM)
    assert dates(leap, delivery_day=30, last=date(2028, 3, 31)) == [
        date(2028, 1, 30),
        date(2028, 2, 29),
        date(2028, 3, 30),
    ]


def test_a_box_started_on_the_31st_delivers_on_every_month_end() -> None:
    start = date(2026, 1, 31)
    day = box_delivery_day(None, start=start)  # the default is the start date's day
    assert day == 31 and moves_in_shorter_months(day)
    timeline = ContractTimeline(start, 0, 12, PauseEndRule.EXTEND_TERM)
    assert dates(timeline, delivery_day=day, last=date(2026, 5, 31)) == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]
    leap = ContractTimeline(date(2028, 1, 31), 0, 12, PauseEndRule.EXTEND_TERM)
    assert dates(leap, delivery_day=31, last=date(2028, 2, 29))[-1] == date(2028, 2, 29)


@pytest.mark.parametrize("day", [1, 28, 29, 30, 31])
def test_any_day_of_the_month_may_be_the_delivery_day(day: int) -> None:
    assert box_delivery_day(day, start=date(2026, 3, 2)) == day
    assert moves_in_shorter_months(day) is (day > 28)


@pytest.mark.parametrize("day", [0, -1, 32])
def test_a_delivery_day_outside_the_month_is_refused(day: int) -> None:
    with pytest.raises(ValidationError) as error:
        box_delivery_day(day, start=date(2026, 3, 2))
    assert error.value.fields == ("delivery_day",)


def test_rental_swaps_every_two_or_four_weeks_from_the_first_swap_weekday_on_or_after_the_start() -> None:
    # 2 March 2026 is a Monday; swaps on Wednesdays begin on 4 March.
    two = dates(kind=RENTAL, cadence=Cadence.EVERY_2_WEEKS, last=date(2026, 4, 30))
    assert two == [date(2026, 3, 4), date(2026, 3, 18), date(2026, 4, 1), date(2026, 4, 15), date(2026, 4, 29)]
    four = dates(kind=RENTAL, cadence=Cadence.EVERY_4_WEEKS, last=date(2026, 4, 30))
    assert four == [date(2026, 3, 4), date(2026, 4, 1), date(2026, 4, 29)]
    # A window in the middle keeps the rhythm counted from the start.
    assert dates(kind=RENTAL, cadence=Cadence.EVERY_2_WEEKS, first=date(2026, 3, 19), last=date(2026, 4, 14)) == [
        date(2026, 4, 1)
    ]
    on_monday = dates(kind=RENTAL, cadence=Cadence.EVERY_2_WEEKS, swap_weekday=0, last=date(2026, 3, 31))
    assert on_monday == [date(2026, 3, 2), date(2026, 3, 16), date(2026, 3, 30)]


def test_a_monthly_rental_swaps_on_the_first_swap_weekday_of_each_cycle() -> None:
    found = dates(kind=RENTAL, cadence=Cadence.MONTHLY, last=date(2026, 6, 30))
    assert found == [date(2026, 3, 4), date(2026, 4, 8), date(2026, 5, 6), date(2026, 6, 3)]


def test_an_unlimited_membership_has_no_deliveries() -> None:
    assert dates(kind=UNLIMITED, cadence=Cadence.AT_THE_SHOP) == []
    assert delivery_kind_for(UNLIMITED) is None
    assert (delivery_kind_for(BOX), delivery_kind_for(RENTAL)) == (DeliveryKind.BOX, DeliveryKind.SWAP)


def test_pauses_cancellations_and_skips_leave_their_dates_out() -> None:
    paused = CONTRACT.with_pause(Pause(date(2026, 5, 10), date(2026, 6, 20)))
    found = dates(paused, first=date(2026, 4, 1), last=date(2026, 8, 31))
    assert found == [date(2026, 4, 15), date(2026, 7, 15), date(2026, 8, 15)]
    # The term ends 42 days later (12 April 2027 instead of 1 March), so a box comes on 15 March 2027 too.
    assert dates()[-1] == date(2027, 2, 15)
    assert dates(paused)[-2:] == [date(2027, 2, 15), date(2027, 3, 15)]
    cancelled = ContractTimeline(CONTRACT.start, 0, 12, PauseEndRule.EXTEND_TERM, cancelled_on=date(2026, 6, 15))
    assert dates(cancelled)[-1] == date(2026, 5, 15)  # 15 June is the first day without service
    skipped = dates(skipped=frozenset({date(2026, 4, 15)}), last=date(2026, 5, 31))
    assert skipped == [date(2026, 3, 15), date(2026, 5, 15)]


def test_a_plan_change_to_another_swap_cadence_keeps_the_rhythm_from_the_start() -> None:
    found = delivery_dates_by_cadence(
        CONTRACT,
        RENTAL,
        [(CONTRACT.start, Cadence.EVERY_2_WEEKS), (date(2026, 4, 2), Cadence.EVERY_4_WEEKS)],
        None,
        2,
        frozenset(),
        CONTRACT.start,
        date(2026, 6, 30),
    )
    assert found == [
        date(2026, 3, 4),
        date(2026, 3, 18),
        date(2026, 4, 1),
        date(2026, 4, 29),
        date(2026, 5, 27),
        date(2026, 6, 24),
    ]


# --- properties ------------------------------------------------------------------------------------------------

KINDS = st.sampled_from(
    [
        (BOX, Cadence.MONTHLY),
        (RENTAL, Cadence.EVERY_2_WEEKS),
        (RENTAL, Cadence.EVERY_4_WEEKS),
        (RENTAL, Cadence.MONTHLY),
    ]
)


@st.composite
def contracts(draw: st.DrawFn, rule: PauseEndRule | None = None) -> ContractTimeline:
    start = draw(st.dates(date(2024, 1, 1), date(2028, 12, 31)))
    timeline = ContractTimeline(
        start,
        draw(st.sampled_from([0, 7, 14, 30])),
        draw(st.sampled_from([12, 24, 36])),
        rule or draw(st.sampled_from(list(PauseEndRule))),
    )
    if draw(st.booleans()):
        first = timeline.paid_from + timedelta(days=draw(st.integers(0, 300)))
        timeline = timeline.with_pause(Pause(first, first + timedelta(days=draw(st.integers(0, 90)))))
    if draw(st.booleans()):
        cancelled = start + timedelta(days=draw(st.integers(1, 800)))
        timeline = ContractTimeline(
            timeline.start, timeline.trial_days, timeline.months, timeline.pause_rule, timeline.pauses, cancelled
        )
    return timeline


@given(
    timeline=contracts(),
    plan=KINDS,
    delivery_day=st.integers(1, 31),
    swap_weekday=st.integers(0, 6),
    first=st.dates(date(2023, 6, 1), date(2032, 1, 1)),
    days=st.integers(0, 1500),
)
def test_no_date_falls_outside_the_contract_or_inside_a_pause_and_they_only_increase(
    timeline: ContractTimeline,
    plan: tuple[PlanKind, Cadence],
    delivery_day: int,
    swap_weekday: int,
    first: date,
    days: int,
) -> None:
    last = first + timedelta(days=days)
    found = delivery_dates(timeline, plan[0], plan[1], delivery_day, swap_weekday, frozenset(), first, last)
    for day in found:
        assert timeline.start <= day <= timeline.last_service_day
        assert first <= day <= last
        assert timeline.pause_on(day) is None
    assert all(a < b for a, b in pairwise(found))
    if plan[0] is RENTAL and plan[1] is not Cadence.MONTHLY:
        assert all(day.weekday() == swap_weekday for day in found)
        step = 14 if plan[1] is Cadence.EVERY_2_WEEKS else 28
        assert all((b - a).days % step == 0 for a, b in pairwise(found))
    if plan[0] is BOX:
        assert len({(d.year, d.month) for d in found}) == len(found)  # one box a month


@given(
    timeline=contracts(PauseEndRule.KEEP_END),
    plan=KINDS,
    delivery_day=st.integers(1, 28),
    swap_weekday=st.integers(0, 6),
    offset=st.integers(0, 700),
    length=st.integers(0, 90),
)
def test_a_pause_removes_exactly_the_dates_it_covers(
    timeline: ContractTimeline,
    plan: tuple[PlanKind, Cadence],
    delivery_day: int,
    swap_weekday: int,
    offset: int,
    length: int,
) -> None:
    pause_first = timeline.paid_from + timedelta(days=offset)
    pause = Pause(pause_first, pause_first + timedelta(days=length))
    if any(p.first <= pause.last and pause.first <= p.last for p in timeline.pauses):
        return  # overlapping pauses are refused before they reach the schedule

    def run(contract: ContractTimeline, rule: PauseEndRule) -> list[date]:
        contract = ContractTimeline(
            contract.start, contract.trial_days, contract.months, rule, contract.pauses, contract.cancelled_on
        )
        return delivery_dates(
            contract, plan[0], plan[1], delivery_day, swap_weekday, frozenset(), date(2020, 1, 1), FAR
        )

    before = run(timeline, PauseEndRule.KEEP_END)
    after = run(timeline.with_pause(pause), PauseEndRule.KEEP_END)
    assert after == [day for day in before if not pause.covers(day)]
    # When a pause extends the term, the dates up to the old end are the same; only the end gains dates.
    extended_before = run(timeline, PauseEndRule.EXTEND_TERM)
    extended = run(timeline.with_pause(pause), PauseEndRule.EXTEND_TERM)
    old_last = extended_before[-1] if extended_before else date.min
    assert [d for d in extended if d <= old_last] == [d for d in extended_before if not pause.covers(d)]


@given(
    timeline=contracts(),
    plan=KINDS,
    delivery_day=st.integers(1, 28),
    swap_weekday=st.integers(0, 6),
    data=st.data(),
)
def test_skipped_dates_and_only_they_are_left_out(
    timeline: ContractTimeline,
    plan: tuple[PlanKind, Cadence],
    delivery_day: int,
    swap_weekday: int,
    data: st.DataObject,
) -> None:
    every = delivery_dates(timeline, plan[0], plan[1], delivery_day, swap_weekday, frozenset(), date(2020, 1, 1), FAR)
    skipped = frozenset(data.draw(st.lists(st.sampled_from(every), max_size=5))) if every else frozenset()
    left = delivery_dates(timeline, plan[0], plan[1], delivery_day, swap_weekday, skipped, date(2020, 1, 1), FAR)
    assert left == [day for day in every if day not in skipped]


@given(
    timeline=contracts(),
    plan=KINDS,
    delivery_day=st.integers(1, 28),
    swap_weekday=st.integers(0, 6),
    split=st.integers(0, 1200),
)
def test_a_window_split_in_two_gives_the_same_dates(
    timeline: ContractTimeline, plan: tuple[PlanKind, Cadence], delivery_day: int, swap_weekday: int, split: int
) -> None:
    first, last = timeline.start - timedelta(days=10), timeline.end + timedelta(days=10)
    middle = timeline.start + timedelta(days=split)

    def run(a: date, b: date) -> list[date]:
        return delivery_dates(timeline, plan[0], plan[1], delivery_day, swap_weekday, frozenset(), a, b)

    assert run(first, middle) + run(middle + timedelta(days=1), last) == run(first, last)


# --- the state machine -----------------------------------------------------------------------------------------


def test_a_delivery_takes_only_the_steps_the_shop_takes() -> None:
    assert can_transition(S.SCHEDULED, S.PACKED)
    assert can_transition(S.PACKED, S.SHIPPED)
    assert can_transition(S.SHIPPED, S.DELIVERED)
    assert can_transition(S.SHIPPED, S.FAILED) and can_transition(S.SHIPPED, S.RETURNED)
    assert can_transition(S.SCHEDULED, S.CANCELLED) and can_transition(S.PACKED, S.SCHEDULED)
    assert not can_transition(S.SCHEDULED, S.SHIPPED)  # packing comes first
    assert not can_transition(S.PACKED, S.CANCELLED)  # a packed box is unpacked, never cancelled
    assert not can_transition(S.DELIVERED, S.SCHEDULED)
    for final in (S.DELIVERED, S.FAILED, S.RETURNED):
        assert TRANSITIONS[final] == frozenset()


@pytest.mark.parametrize(
    ("current", "target", "words"),
    [
        (S.SHIPPED, S.PACKED, "only a scheduled delivery can be packed"),
        (S.DELIVERED, S.SHIPPED, "only a scheduled or packed delivery can be shipped"),
        (S.PACKED, S.DELIVERED, "only a shipped delivery can be marked delivered"),
        (S.SCHEDULED, S.SCHEDULED, "only a packed delivery can be unpacked"),
        (S.SHIPPED, S.CANCELLED, "only a scheduled delivery can be cancelled"),
    ],
)
def test_a_refused_step_says_which_delivery_and_why(current: DeliveryState, target: DeliveryState, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as error:
        check_transition(current, target, delivery="김민수 2026-03-16")
    assert error.value.fields == ("deliveries",)
    assert error.value.problems[0].message.startswith("김민수 2026-03-16: ")


def test_shipping_details_and_reasons_are_checked() -> None:
    assert check_courier("  CJ대한통운 ") == "CJ대한통운"
    assert check_tracking_number(" 6543-2109 8765 ") == "6543-21098765"
    assert check_tracking_number("") == ""
    with pytest.raises(ValidationError):
        check_courier(" ")
    with pytest.raises(ValidationError):
        check_tracking_number("12/34")
    with pytest.raises(ValidationError):
        check_tracking_number("1" * 41)
    with pytest.raises(ValidationError):
        check_reason("")
    assert check_reason(" 수취인 \n 이사 ") == "수취인 이사"
    today = date(2026, 3, 2)
    assert check_horizon(date(2026, 4, 30), today=today) == date(2026, 4, 30)
    with pytest.raises(ValidationError):
        check_horizon(date(2026, 3, 1), today=today)
    with pytest.raises(ValidationError):
        check_horizon(date(2026, 9, 1), today=today)
