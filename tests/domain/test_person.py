"""Names, email addresses, a child's birth month and age, and customer numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain import person as person_module
from toysub_desktop.domain.errors import REQUIRED, ValidationError
from toysub_desktop.domain.person import (
    age_in_months,
    format_customer_number,
    parse_customer_number,
    validate_birth_month,
    validate_email,
    validate_person_name,
)

TODAY = date(2026, 3, 15)


def refusal(call: Callable[..., object], *args: object, expected_field: str, **kwargs: object) -> str:
    """The template of the single problem *call* refuses with, checking the field on the way."""
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    (problem,) = caught.value.problems
    assert problem.field == expected_field
    assert problem.message.strip()
    return problem.template


# --- names ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("김민수", "김민수"),
        ("  남궁 민수 ", "남궁 민수"),
        ("Kim  Min-su", "Kim Min-su"),
        ("O'Brien", "O'Brien"),
        ("Anne-Marie St. John", "Anne-Marie St. John"),
        ("José Núñez", "José Núñez"),
        ("응우옌 티 하", "응우옌 티 하"),
        ("가" * 50, "가" * 50),
    ],
)
def test_names_are_trimmed_and_kept_as_written(typed: str, stored: str) -> None:
    assert validate_person_name(typed) == stored


@pytest.mark.parametrize(
    ("typed", "template"),
    [
        ("", REQUIRED),
        ("   ", REQUIRED),
        ("김민수2", person_module._NAME_DIGITS),
        ("2호 고객", person_module._NAME_DIGITS),
        ("김\n민수", person_module._NAME_CONTROL),
        ("김민수\x00", person_module._NAME_CONTROL),
        ("ㄱㅁㅅ", person_module._NAME_JAMO),
        ("김민ㅅ", person_module._NAME_JAMO),
        ("kim@naver.com", person_module._NAME_SYMBOLS),
        ("김민수 😀", person_module._NAME_SYMBOLS),
        ("김민수(엄마)", person_module._NAME_SYMBOLS),
        ("...", person_module._NAME_NO_LETTERS),
        ("가" * 51, person_module._TOO_LONG),
    ],
)
def test_what_is_not_a_name_is_refused(typed: str, template: str) -> None:
    assert refusal(validate_person_name, typed, expected_field="name") == template


def test_the_name_field_can_be_named() -> None:
    assert refusal(validate_person_name, "", field="children[0].name", expected_field="children[0].name") == REQUIRED
    assert refusal(validate_email, "x", field="contact_email", expected_field="contact_email") == (
        person_module._EMAIL_SHAPE
    )
    assert refusal(validate_birth_month, None, 1, today=TODAY, field="child.birth", expected_field="child.birth") == (
        REQUIRED
    )


# --- email ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("", None),
        ("   ", None),
        ("minsu@naver.com", "minsu@naver.com"),
        (" Minsu.Kim@Naver.COM ", "Minsu.Kim@naver.com"),
        ("mom+toys@gmail.com", "mom+toys@gmail.com"),
        ("a_b@sub.example.co.kr", "a_b@sub.example.co.kr"),
        ("ｍｉｎｓｕ＠ｎａｖｅｒ．ｃｏｍ", "minsu@naver.com"),  # typed in full-width mode
    ],
)
def test_email_addresses_are_optional_and_tidied(typed: str, stored: str | None) -> None:
    assert validate_email(typed) == stored


@pytest.mark.parametrize(
    ("typed", "template"),
    [
        ("minsu", person_module._EMAIL_SHAPE),
        ("minsu@naver", person_module._EMAIL_SHAPE),
        ("minsu@@naver.com", person_module._EMAIL_SHAPE),
        ("min su@naver.com", person_module._EMAIL_SHAPE),
        ("minsu@naver,com", person_module._EMAIL_SHAPE),
        (".minsu@naver.com", person_module._EMAIL_SHAPE),
        ("min..su@naver.com", person_module._EMAIL_SHAPE),
        ("minsu@-naver.com", person_module._EMAIL_SHAPE),
        ("minsu@naver.c", person_module._EMAIL_SHAPE),
        ("a" * 65 + "@naver.com", person_module._EMAIL_SHAPE),
        ("ㅡㅑㅜㄴㅕ@naver.com", person_module._EMAIL_HANGUL),  # "minsu" typed with the keyboard left in Korean
        ("민수@naver.com", person_module._EMAIL_HANGUL),
        ("a@" + "b" * 250 + ".com", person_module._TOO_LONG),
    ],
)
def test_what_is_not_an_email_address_is_refused(typed: str, template: str) -> None:
    assert refusal(validate_email, typed, expected_field="email") == template


# --- birth month and age -------------------------------------------------------------------------------------


def test_the_birth_month_is_the_first_of_that_month() -> None:
    assert validate_birth_month(2024, 7, today=TODAY) == date(2024, 7, 1)


def test_a_baby_on_the_way_may_be_registered_up_to_ten_months_ahead() -> None:
    assert validate_birth_month(2027, 1, today=TODAY) == date(2027, 1, 1)
    with pytest.raises(ValidationError) as caught:
        validate_birth_month(2027, 2, today=TODAY)

    assert caught.value.problems[0].arguments == {"months": "10", "limit": "2027-01"}


def test_a_child_may_be_up_to_fifteen_years_old() -> None:
    assert validate_birth_month(2011, 3, today=TODAY) == date(2011, 3, 1)
    assert refusal(validate_birth_month, 2011, 2, today=TODAY, expected_field="birth_month") == (
        person_module._BIRTH_TOO_EARLY
    )


@pytest.mark.parametrize(
    ("year", "month", "template"),
    [
        (None, 3, REQUIRED),
        (2024, None, REQUIRED),
        (2024, 0, person_module._MONTH_RANGE),
        (2024, 13, person_module._MONTH_RANGE),
        (24, 3, person_module._BIRTH_TOO_EARLY),  # a two-digit year
        (1, 1, person_module._BIRTH_TOO_EARLY),
        (20240, 3, person_module._BIRTH_TOO_LATE),
    ],
)
def test_impossible_birth_months_are_refused(year: int | None, month: int | None, template: str) -> None:
    assert refusal(validate_birth_month, year, month, today=TODAY, expected_field="birth_month") == template


@pytest.mark.parametrize(
    ("birth_month", "on", "months"),
    [
        (date(2026, 3, 1), date(2026, 3, 31), 0),
        (date(2026, 2, 1), date(2026, 3, 1), 1),
        (date(2025, 3, 1), date(2026, 3, 15), 12),
        (date(2024, 11, 1), date(2026, 2, 28), 15),
        (date(2026, 5, 1), date(2026, 3, 15), -2),
    ],
)
def test_age_in_months_counts_calendar_months(birth_month: date, on: date, months: int) -> None:
    assert age_in_months(birth_month, on) == months


@given(st.dates(date(1900, 1, 1), date(2100, 12, 31)), st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_age_in_months_grows_by_one_each_month(birth: date, on: date) -> None:
    birth_month = birth.replace(day=1)
    next_month = date(on.year + on.month // 12, on.month % 12 + 1, 1)

    assert age_in_months(birth_month, next_month) == age_in_months(birth_month, on) + 1
    assert (age_in_months(birth_month, on) >= 0) == (on >= birth_month)


# --- customer numbers ----------------------------------------------------------------------------------------


def test_customer_numbers_are_zero_padded() -> None:
    assert format_customer_number(123) == "C-000123"
    assert format_customer_number(1_234_567) == "C-1234567"
    with pytest.raises(ValueError, match="start at 1"):
        format_customer_number(0)


@pytest.mark.parametrize(
    ("query", "customer_id"),
    [
        ("C-000123", 123),
        ("c-123", 123),
        ("C000123", 123),
        (" C-123 ", 123),
        ("Ｃ－１２３", 123),
        ("ㅊ-123", 123),  # "c" typed with the keyboard left in Korean
        ("123", None),  # a bare number is a phone search
        ("01012345678", None),
        ("C-", None),
        ("C-000000", None),
        ("C-12a", None),
        ("CC-12", None),
        ("김민수", None),
        ("", None),
    ],
)
def test_customer_numbers_are_recognised_in_a_search(query: str, customer_id: int | None) -> None:
    assert parse_customer_number(query) == customer_id


@given(st.integers(1, 999_999_999))
def test_a_printed_customer_number_reads_back(customer_id: int) -> None:
    assert parse_customer_number(format_customer_number(customer_id)) == customer_id
    assert parse_customer_number(format_customer_number(customer_id).lower()) == customer_id


@given(st.text(alphabet="0123456789 -"))
def test_digits_alone_are_never_a_customer_number(query: str) -> None:
    assert parse_customer_number(query) is None


# --- nothing odd gets through --------------------------------------------------------------------------------


@given(st.text())
def test_any_text_gives_a_clean_name_or_a_name_problem(text: str) -> None:
    try:
        name = validate_person_name(text)
    except ValidationError as error:
        assert error.fields == ("name",)
    else:
        assert name == name.strip()
        assert 1 <= len(name) <= person_module.NAME_MAX
        assert any(c.isalpha() for c in name)
        assert not any(c.isdigit() or c in "\n\r\t@" for c in name)
        assert validate_person_name(name) == name


@given(st.text())
def test_any_text_gives_a_clean_email_nothing_or_an_email_problem(text: str) -> None:
    try:
        email = validate_email(text)
    except ValidationError as error:
        assert error.fields == ("email",)
    else:
        if email is not None:
            _local, domain = email.split("@")
            assert email.isascii()
            assert " " not in email
            assert domain == domain.lower()
            assert "." in domain
            assert validate_email(email) == email
