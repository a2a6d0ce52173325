"""Tracking numbers checked against the chosen courier's format, and the same number twice in a batch."""

from __future__ import annotations

import pytest

from toysub_desktop.domain.couriers import (
    COURIERS,
    OTHER_COURIER,
    courier_named,
    duplicate_tracking_numbers,
    tracking_number_warning,
)
from toysub_desktop.domain.deliveries import COMMON_COURIERS


def test_the_usual_couriers_are_offered_and_known_by_the_names_clerks_type() -> None:
    assert [c.name for c in COURIERS] == ["CJ대한통운", "우체국택배", "한진택배", "롯데택배", "로젠택배", "편의점택배"]
    assert tuple(c.name for c in COURIERS) == COMMON_COURIERS
    assert courier_named("cj 대한통운") is courier_named("CJ") is courier_named("대한통운") is COURIERS[0]
    assert courier_named("우체국") is COURIERS[1] and courier_named("로젠") is COURIERS[4]
    assert courier_named(OTHER_COURIER) is None and courier_named("경동택배") is None


@pytest.mark.parametrize(
    ("courier", "number"),
    [
        ("CJ대한통운", "6543-2109-8765"),  # 12 digits, printed with hyphens
        ("CJ대한통운", "6543210987"),  # the older 10 digits
        ("우체국택배", "60123 45678 901"),
        ("한진택배", "4123456789"),
        ("롯데택배", "2345-6789-0123"),
        ("로젠택배", "12345678901"),
        ("편의점택배", "3612345678"),
        ("CJ대한통운", ""),  # a hand delivery has none
        (OTHER_COURIER, "abc-12"),  # any other courier: only the shape is checked elsewhere
        ("경동택배", "5555"),
    ],
)
def test_a_number_that_fits_its_courier_is_not_warned_about(courier: str, number: str) -> None:
    assert tracking_number_warning(courier, number) is None


def test_a_number_that_does_not_fit_the_courier_is_warned_about_with_what_it_should_be() -> None:
    short = tracking_number_warning("CJ대한통운", "5555", field="tracking_numbers[7]")
    assert short is not None and short.field == "tracking_numbers[7]"
    assert short.message == "A CJ대한통운 tracking number has 10·12 digits; this one has 4. Check it."
    letters = tracking_number_warning("CJ", "abc-12")
    assert letters is not None and letters.message == "A CJ대한통운 tracking number has digits only."
    post = tracking_number_warning("우체국택배", "6543-2109-8765")  # a CJ-length number on the post office
    assert post is not None and "13" in post.message and "12" in post.message


def test_the_same_number_twice_in_a_batch_is_named_with_the_row_it_repeats() -> None:
    numbers = {11: "6543-2109-8765", 12: "", 13: "654321098765", 14: "6543-2109-8766", 15: ""}
    problems = duplicate_tracking_numbers(numbers)
    assert [(p.field, p.message) for p in problems] == [
        ("tracking_numbers[13]", "The same tracking number is on row 1 of this batch.")
    ]
    assert duplicate_tracking_numbers({1: "", 2: ""}) == []  # hand deliveries have none
