"""The seller's details as a contract prints them: business registration number and the shop's phone."""

from __future__ import annotations

import pytest

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.shop import (
    SellerDetailsMissing,
    check_seller_named,
    clean_terms,
    parse_business_number,
    parse_shop_phone,
)


@pytest.mark.parametrize("typed", ["2208162517", "220-81-62517", " 220 81 62517 ", "２２０-８１-６２５１７"])
def test_a_business_number_is_stored_as_registered(typed: str) -> None:
    assert parse_business_number(typed) == "220-81-62517"


def test_another_real_business_number_passes_its_check_digit() -> None:
    assert parse_business_number("124-81-00998") == "124-81-00998"


@pytest.mark.parametrize(
    "typed",
    ["", "220-81-6251", "220-81-625170", "220-81-6251X", "220-81-62518", "100-81-62514", "220-00-62518"],
)
def test_a_wrong_business_number_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_business_number(typed)
    assert refused.value.fields == ("business_number",)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("0212345678", "02-1234-5678"),
        ("031-123-4567", "031-123-4567"),
        ("1588-1234", "1588-1234"),
        ("15881234", "1588-1234"),
    ],
)
def test_the_shop_phone_is_kept_as_printed(typed: str, shown: str) -> None:
    assert parse_shop_phone(typed) == shown


def test_a_shop_phone_that_is_no_number_is_refused() -> None:
    with pytest.raises(ValidationError):
        parse_shop_phone("12345")


def test_terms_keep_their_paragraphs_and_lose_stray_blanks() -> None:
    assert clean_terms("\n  첫 문단.  \r\n\r\n둘째 문단.\n\n") == "첫 문단.\n\n둘째 문단."


def test_a_document_naming_the_seller_needs_every_detail_it_prints() -> None:
    check_seller_named(name="토이구독", business_number="220-81-62517", address="서울 마포구", phone="02-123-4567")
    with pytest.raises(SellerDetailsMissing) as missing:
        check_seller_named(name="토이구독", business_number=" ", address="", phone="02-123-4567")
    assert missing.value.fields == ("business_number", "address")
    assert isinstance(missing.value, ValidationError)  # refused like any bad input: nothing is written
    # A label's sender has no registration number to print, so it is not asked for.
    check_seller_named(name="토이구독", address="서울 마포구", phone="02-123-4567")
    with pytest.raises(SellerDetailsMissing) as label:
        check_seller_named(name="토이구독", address="서울 마포구", phone="")
    assert label.value.fields == ("phone",)
