"""Amounts as clerks type (or paste) them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.money import MAX_PRICE_WON, parse_won


@pytest.mark.parametrize(
    ("typed", "won"),
    [("39000", 39000), ("39,000", 39000), (" 39,000원 ", 39000), ("0", 0), ("３９，０００원", 39000)],
)
def test_the_spellings_clerks_type_are_read(typed: str, won: int) -> None:
    assert parse_won(typed, field="price") == won


@pytest.mark.parametrize("digits", [12, 31, 4_301, 5_000])
def test_a_pasted_run_of_digits_is_an_amount_too_large_not_a_crash(digits: int) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_won("9" * digits, field="price")
    assert caught.value.fields == ("price",)
    assert "extra zero" in caught.value.problems[0].template


def test_leading_zeros_do_not_make_an_amount_too_large() -> None:
    assert parse_won("0" * 20 + "39000", field="price") == 39000


@given(st.text())
def test_any_text_is_an_amount_within_limits_or_a_message_beside_the_field(text: str) -> None:
    try:
        won = parse_won(text, field="price")
    except ValidationError as error:
        assert error.fields == ("price",)
    else:
        assert 0 <= won <= MAX_PRICE_WON


@given(st.text(alphabet=st.characters(categories=["Nd"]), min_size=1, max_size=6000))
def test_any_run_of_decimal_digits_is_read_or_refused_with_a_message(text: str) -> None:
    try:
        won = parse_won(text, field="deposit", allow_zero=False)
    except ValidationError as error:
        assert error.fields == ("deposit",)
    else:
        assert 0 < won <= MAX_PRICE_WON
