"""Monthly cycles as a contract counts them: anchored on the start day, clamped to short months."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.months import (
    MAX_MONTHS,
    add_months,
    cycle_of,
    cycle_start,
    cycle_starts,
    days_inclusive,
    last_months,
    months_from_to,
    next_cycle_start,
    term_end,
)

starts = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


def test_a_contract_from_january_31_cycles_on_the_last_day_of_short_months() -> None:
    start = date(2027, 1, 31)
    assert [cycle_start(start, n) for n in range(4)] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    assert cycle_start(date(2028, 1, 31), 1) == date(2028, 2, 29)  # leap year


def test_a_term_ends_the_day_before_the_cycle_after_it() -> None:
    assert term_end(date(2026, 3, 1), 24) == date(2028, 2, 29)
    assert term_end(date(2026, 1, 31), 1) == date(2026, 2, 27)
    assert term_end(date(2026, 3, 15), 12) == date(2027, 3, 14)


def test_next_cycle_start_is_strictly_after_the_day() -> None:
    start = date(2026, 1, 31)
    assert next_cycle_start(start, date(2026, 2, 27)) == date(2026, 2, 28)
    assert next_cycle_start(start, date(2026, 2, 28)) == date(2026, 3, 31)
    assert next_cycle_start(start, date(2025, 12, 1)) == start


def test_cycle_starts_in_a_window() -> None:
    start = date(2026, 1, 31)
    assert list(cycle_starts(start, date(2026, 2, 1), date(2026, 5, 1))) == [
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]


@given(starts, st.integers(min_value=-400, max_value=400))
def test_add_months_keeps_the_day_or_the_last_day_of_the_month(start: date, months: int) -> None:
    moved = add_months(start, months)
    assert (moved.year * 12 + moved.month) - (start.year * 12 + start.month) == months
    assert moved.day == start.day or (moved.day < start.day and (moved + timedelta(days=1)).day == 1)


@given(starts, st.integers(min_value=0, max_value=1500))
def test_every_day_falls_in_exactly_one_cycle(start: date, offset: int) -> None:
    day = start + timedelta(days=offset)
    cycle = cycle_of(start, day)
    assert cycle_start(start, cycle) <= day < cycle_start(start, cycle + 1)


@given(starts, st.sampled_from([12, 24, 36]))
def test_a_term_is_its_months_of_days_without_gaps(start: date, months: int) -> None:
    end = term_end(start, months)
    assert end + timedelta(days=1) == cycle_start(start, months)
    assert 28 * months <= days_inclusive(start, end) <= 31 * months


def test_the_last_twelve_months_end_with_this_one_and_a_range_lists_its_months() -> None:
    assert last_months(date(2026, 3, 17)) == (date(2025, 4, 1), date(2026, 3, 1))
    assert months_from_to(date(2025, 11, 30), date(2026, 2, 1)) == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert months_from_to(date(2026, 2, 3), date(2026, 2, 27)) == [date(2026, 2, 1)]


def test_a_range_of_months_backwards_or_longer_than_ten_years_is_refused() -> None:
    with pytest.raises(ValidationError) as backwards:
        months_from_to(date(2026, 3, 1), date(2026, 2, 28), field="last_month")
    assert backwards.value.problems[0].field == "last_month"
    assert len(months_from_to(date(2016, 4, 1), date(2026, 3, 1))) == MAX_MONTHS
    with pytest.raises(ValidationError):
        months_from_to(date(2016, 3, 1), date(2026, 3, 1))
