"""Reading dates as staff type them: every spelling read exactly, anything else refused, nothing guessed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.contacts import CONFIRMED_ON, CONSENT_GIVEN_ON
from toysub_desktop.domain.dates import PLAUSIBLE_DATE, DateRule, check_effective_date
from toysub_desktop.domain.deliveries import check_horizon
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.holds import check_unreachable_from
from toysub_desktop.domain.person import check_birth_month
from toysub_desktop.domain.price_notices import TOLD_ON
from toysub_desktop.domain.rentals import check_due_on
from toysub_desktop.domain.subscriptions import START_ON
from toysub_desktop.domain.toys import ACQUIRED_ON
from toysub_desktop.domain.typed_dates import nearest_date, parse_date, parse_month

TODAY = date(2026, 12, 20)


def spellings(day: date) -> list[str]:
    """Every way of writing *day* with its year that the counter accepts."""
    y, m, d = day.year, day.month, day.day
    spelled = [
        f"{y}-{m:02d}-{d:02d}",
        f"{y}.{m:02d}.{d:02d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{y}-{m}-{d}",
        f"{y}. {m}. {d}.",
        f"{y}{m:02d}{d:02d}",
        f"{y}년 {m}월 {d}일",
        f"{y}년{m}월{d}일",
    ]
    if 2000 <= y <= 2099:
        spelled += [f"{y % 100:02d}.{m:02d}.{d:02d}", f"{y % 100:02d}{m:02d}{d:02d}", f"{y % 100:02d}-{m}-{d}"]
    return spelled


def no_year_spellings(day: date) -> list[str]:
    m, d = day.month, day.day
    return [f"{m}/{d}", f"{m}-{d}", f"{m}.{d}", f"{m:02d}.{d:02d}", f"{m}월 {d}일", f"{m}월{d}일"]


@pytest.mark.parametrize("text", spellings(date(2026, 12, 27)) + no_year_spellings(date(2026, 12, 27)))
def test_every_spelling_of_the_27th_of_december(text: str) -> None:
    assert parse_date(text, today=TODAY) == date(2026, 12, 27)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_every_spelling_parses_back_to_its_date(day: date) -> None:
    for text in spellings(day):
        assert parse_date(text, today=TODAY) == day, text


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.dates())
def test_a_date_without_a_year_is_the_nearest_one(today: date, day: date) -> None:
    if (day.month, day.day) == (2, 29):
        return  # tested below: the nearest 29 February can be years away
    for text in no_year_spellings(day):
        read = parse_date(text, today=today)
        assert (read.month, read.day) == (day.month, day.day)
        assert abs((read - today).days) <= 183, text


def test_early_january_typed_in_late_december_is_next_year() -> None:
    assert parse_date("1/5", today=date(2026, 12, 28)) == date(2027, 1, 5)
    assert parse_date("12/28", today=date(2027, 1, 3)) == date(2026, 12, 28)


def test_29_february_without_a_year_near_a_leap_year_and_far_from_one() -> None:
    assert nearest_date(2, 29, today=date(2028, 1, 10)) == date(2028, 2, 29)
    with pytest.raises(ValidationError, match="type the year"):
        nearest_date(2, 29, today=date(2026, 6, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("+7", date(2026, 12, 27)), ("-3", date(2026, 12, 17)), ("+0", TODAY), ("+ 14", date(2027, 1, 3))],
)
def test_days_from_today(text: str, expected: date) -> None:
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize(("text", "shift"), [("오늘", 0), ("내일", 1), ("어제", -1), (" 오늘 ", 0)])
def test_named_days(text: str, shift: int) -> None:
    assert parse_date(text, today=TODAY) == TODAY + timedelta(days=shift)


def test_full_width_digits_typed_with_a_korean_input_method() -> None:
    assert parse_date("２０２６．１２．２７", today=TODAY) == date(2026, 12, 27)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-13-45", "There is no month 13"),
        ("2026-02-30", "Month 2 of 2026 has only 28 days"),
        ("2/30", "Month 2 has only 29 days"),
        ("4/31", "Month 4 has only 30 days"),
        ("abc", "Enter a date like"),
        ("", "Enter a date like"),
        ("2026", "Enter a date like"),
        ("1227", "Enter a date like"),
        ("2026-12", "Type the day too"),
        ("12월", "Type the day too"),
        ("202-12-27", "Enter a date like"),
        ("2026-12-27-1", "Enter a date like"),
        ("+99999", "Enter a date like"),
        ("2026-12-27 오늘", "Enter a date like"),
    ],
)
def test_what_cannot_be_read_is_refused_not_guessed(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_date(text, today=TODAY, field="effective_from")
    assert raised.value.fields == ("effective_from",)
    assert message in raised.value.problems[0].message


@pytest.mark.parametrize("text", ["2024-03", "2024.3", "2024/03", "202403", "2024년 3월", "24.03", "2024-03-15"])
def test_month_spellings(text: str) -> None:
    assert parse_month(text, today=TODAY) == date(2024, 3, 1)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_every_month_spelling_parses_back(day: date) -> None:
    y, m = day.year, day.month
    for text in (f"{y}-{m:02d}", f"{y}.{m}", f"{y}{m:02d}", f"{y}년 {m}월", f"{y % 100:02d}.{m:02d}"):
        assert parse_month(text, today=TODAY) == date(y, m, 1), text


@pytest.mark.parametrize(
    ("text", "message"),
    [("2024-13", "no month 13"), ("abc", "Enter a month"), ("3월", "Enter"), ("0000-01", "Enter"), ("000012", "Enter")],
)
def test_unreadable_months_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_month(text, today=TODAY, field="birth_month")


def test_1900_is_not_a_counter_date_nor_an_effective_date() -> None:
    day = parse_date("1900-01-01", today=TODAY)
    with pytest.raises(ValidationError, match="Check the year"):
        PLAUSIBLE_DATE(day, today=TODAY, field="date")
    with pytest.raises(ValidationError, match="years in the past"):
        check_effective_date(day, today=TODAY)


def test_the_plausible_window_names_its_ends() -> None:
    assert PLAUSIBLE_DATE.earliest(TODAY) == date(2006, 12, 20)
    assert PLAUSIBLE_DATE.latest(TODAY) == date(2031, 12, 20)
    assert PLAUSIBLE_DATE(date(2031, 12, 20), today=TODAY, field="date") == date(2031, 12, 20)
    with pytest.raises(ValidationError) as raised:
        PLAUSIBLE_DATE(date(2031, 12, 21), today=TODAY, field="date")
    assert raised.value.problems[0].message == "Check the year: enter a date from 2006-12-20 to 2031-12-20."


@pytest.mark.parametrize(
    ("rule", "field", "refused", "message"),
    [
        (CONFIRMED_ON, "confirmed_on", TODAY + timedelta(days=1), "A confirmation date cannot be in the future."),
        (CONSENT_GIVEN_ON, "consent.given_on", TODAY + timedelta(days=1), "The consent date cannot be in the future."),
        (ACQUIRED_ON, "acquired_on", TODAY + timedelta(days=1), "The date acquired cannot be in the future."),
        (TOLD_ON, "told_on", TODAY + timedelta(days=1), "The day the customer was told cannot be in the future."),
        (check_unreachable_from, "unreachable_from", TODAY + timedelta(days=1), "a day that has come"),
        (START_ON, "start", TODAY + timedelta(days=367), "at most a year from today"),
        (check_due_on, "due_on", TODAY, "after the day the item is lent"),
        (check_horizon, "through", TODAY - timedelta(days=1), "Schedule deliveries from today"),
        (check_birth_month, "children[0].birth_month", date(2000, 1, 1), "over 15 years old"),
        (check_effective_date, "effective_from", date(1900, 1, 1), "5 years in the past"),
        (CONFIRMED_ON, "confirmed_on", date(1900, 1, 1), "Check the year"),
    ],
)
def test_each_kind_of_date_has_one_named_bound_with_the_services_message(
    rule: DateRule, field: str, refused: date, message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        rule(refused, today=TODAY, field=field)
    assert raised.value.fields == (field,)
    assert message in raised.value.problems[0].message
    assert rule(TODAY if rule is not check_due_on else TODAY + timedelta(days=7), today=TODAY, field=field)
