"""The dashboard's rules as the owner states them: the months of a period, the day a month and a cohort are looked
at, shares with nothing to divide, the week of "deliveries this week"."""

from __future__ import annotations

from datetime import date

import pytest

from toysub_desktop.domain.dashboard import (
    Period,
    average_months,
    looked_at,
    period_months,
    retention_day,
    share,
    week_of,
)
from toysub_desktop.domain.errors import ValidationError

TODAY = date(2026, 3, 16)


def test_the_last_months_end_with_this_one() -> None:
    assert period_months(Period.THIS_MONTH, TODAY) == [date(2026, 3, 1)]
    assert period_months(Period.LAST_3, TODAY) == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    assert period_months(Period.LAST_12, TODAY)[0] == date(2025, 4, 1)
    assert len(period_months(Period.LAST_6, TODAY)) == 6


def test_months_chosen_run_from_the_first_to_the_last_and_may_not_start_in_the_future() -> None:
    assert period_months(Period.CUSTOM, TODAY, date(2025, 11, 20), date(2026, 1, 5)) == [
        date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1),
    ]  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        period_months(Period.CUSTOM, TODAY, date(2026, 4, 1), date(2026, 5, 1))
    assert refused.value.problems[0].field == "first_month"
    with pytest.raises(ValidationError) as backwards:
        period_months(Period.CUSTOM, TODAY, date(2026, 3, 1), date(2026, 1, 1))
    assert backwards.value.problems[0].field == "last_month"


def test_a_month_is_looked_at_on_its_last_day_or_today_while_it_runs() -> None:
    assert looked_at(date(2026, 2, 1), TODAY) == date(2026, 2, 28)
    assert looked_at(date(2024, 2, 1), TODAY) == date(2024, 2, 29)
    assert looked_at(date(2026, 3, 1), TODAY) == TODAY


def test_a_cohort_is_looked_at_on_the_last_day_of_the_nth_month_after_sign_up() -> None:
    assert retention_day(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert retention_day(date(2025, 12, 1), 3) == date(2026, 3, 31)
    assert retention_day(date(2025, 3, 10), 12) == date(2026, 3, 31)


def test_nothing_to_divide_is_no_share_rather_than_zero() -> None:
    assert share(1, 3) == pytest.approx(1 / 3)
    assert share(0, 4) == 0
    assert share(0, 0) is None
    assert average_months(0, 0) is None
    assert average_months(365, 1) == pytest.approx(12.0, abs=0.01)


def test_the_week_runs_monday_to_sunday() -> None:
    assert week_of(TODAY) == (date(2026, 3, 16), date(2026, 3, 23))  # a Monday
    assert week_of(date(2026, 3, 22)) == (date(2026, 3, 16), date(2026, 3, 23))  # the Sunday after
