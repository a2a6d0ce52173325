"""Phone numbers as staff type them: one stored spelling, the dashed display, and refusals that say why."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toysub_desktop.domain import phone as phone_module
from toysub_desktop.domain.errors import REQUIRED, ValidationError
from toysub_desktop.domain.phone import (
    RETIRED_PREFIX_WARNING,
    Phone,
    PhoneKind,
    digits_for_search,
    parse_phone,
    phone_from_e164,
)


def refusal(text: str, *, field: str = "number") -> str:
    """The template of the single problem *text* is refused with, checking the field on the way."""
    with pytest.raises(ValidationError) as caught:
        parse_phone(text, field=field)
    (problem,) = caught.value.problems
    assert problem.field == field
    assert problem.message.strip()
    return problem.template


@pytest.mark.parametrize(
    "typed",
    [
        "010 1234 5678",
        "01012345678",
        "010-1234-5678",
        "010.1234.5678",
        "(010) 1234-5678",
        "  010-1234-5678  ",
        "010–1234–5678",  # en dash, pasted from a document
        "０１０－１２３４－５６７８",  # full-width, typed in Korean input mode
        "+82-10-1234-5678",
        "+82 10 1234 5678",
        "+821012345678",
        "+82 (0)10 1234 5678",
        "+82 010 1234 5678",
        "82-10-1234-5678",
        "0082-10-1234-5678",
    ],
)
def test_every_usual_spelling_of_a_mobile_number_is_stored_the_same(typed: str) -> None:
    phone = parse_phone(typed)

    assert phone == Phone("+821012345678", PhoneKind.MOBILE)
    assert phone.national == "010-1234-5678"
    assert phone.national_digits == "01012345678"
    assert str(phone) == "010-1234-5678"


@pytest.mark.parametrize(
    ("typed", "national", "kind"),
    [
        ("02-123-4567", "02-123-4567", PhoneKind.LANDLINE),
        ("0212345678", "02-1234-5678", PhoneKind.LANDLINE),
        ("(02) 123 4567", "02-123-4567", PhoneKind.LANDLINE),
        ("+82 2 123 4567", "02-123-4567", PhoneKind.LANDLINE),
        ("0311234567", "031-123-4567", PhoneKind.LANDLINE),
        ("064-700-1234", "064-700-1234", PhoneKind.LANDLINE),
        ("07012345678", "070-1234-5678", PhoneKind.INTERNET),
        ("010-123-4567", "010-123-4567", PhoneKind.MOBILE),
    ],
)
def test_landline_and_internet_numbers_show_in_the_dashed_national_form(
    typed: str, national: str, kind: PhoneKind
) -> None:
    phone = parse_phone(typed)

    assert phone.national == national
    assert phone.kind is kind
    assert phone.warnings == ()


def test_only_mobile_numbers_can_receive_text_messages() -> None:
    assert parse_phone("010-1234-5678").can_receive_sms
    assert not parse_phone("02-123-4567").can_receive_sms
    assert not parse_phone("070-1234-5678").can_receive_sms


@pytest.mark.parametrize("typed", ["011-123-4567", "016-1234-5678", "017-234-5678", "018-123-4567", "019-9234-5678"])
def test_retired_mobile_numbers_are_accepted_with_a_warning(typed: str) -> None:
    phone = parse_phone(typed)

    assert phone.kind is PhoneKind.MOBILE
    assert phone.is_retired_prefix
    assert phone.warnings == (RETIRED_PREFIX_WARNING,)
    assert "shut down" in RETIRED_PREFIX_WARNING


def test_a_current_mobile_number_has_no_warning() -> None:
    phone = parse_phone("010-9876-5432")

    assert not phone.is_retired_prefix
    assert phone.warnings == ()


def test_a_retired_number_unknown_to_the_numbering_data_is_still_shown_with_dashes() -> None:
    phone = phone_from_e164("+821112345678")
    assert phone.national == "011-1234-5678"


@pytest.mark.parametrize(
    ("typed", "template"),
    [
        ("", REQUIRED),
        ("   ", REQUIRED),
        ("abc", phone_module._NOT_A_NUMBER),
        ("010-1234-5678 내선 12", phone_module._NOT_A_NUMBER),
        ("010-1234-5678 ext 12", phone_module._NOT_A_NUMBER),
        ("010-CALL-ME", phone_module._NOT_A_NUMBER),
        ("010-1234-5678, 010-9876-5432", phone_module._NOT_A_NUMBER),
        ("---", phone_module._NOT_A_NUMBER),
        ("+1 650 253 0000", phone_module._FOREIGN),
        ("+81 90 1234 5678", phone_module._FOREIGN),
        ("001-1-650-253-0000", phone_module._FOREIGN),
        ("123-4567", phone_module._NO_AREA_CODE),
        ("1012345678", phone_module._NO_AREA_CODE),
        ("1588-1234", phone_module._BUSINESS),
        ("1644 1234", phone_module._BUSINESS),
        ("18001234", phone_module._BUSINESS),
        ("+82 1588 1234", phone_module._BUSINESS),
        ("080-123-4567", phone_module._BUSINESS),
        ("060-123-4567", phone_module._BUSINESS),
        ("0507-1234-5678", phone_module._SAFE_NUMBER),
        ("01012", phone_module._TOO_SHORT),
        ("02-123-456", phone_module._TOO_SHORT),
        ("010-1234-56789", phone_module._TOO_LONG),
        ("01012345678 01098765432", phone_module._TOO_LONG),
        ("035-123-4567", phone_module._UNKNOWN_CODE),
        ("012-1234-5678", phone_module._UNKNOWN_CODE),
        ("099-123-4567", phone_module._UNKNOWN_CODE),
        ("02-023-4567", phone_module._NO_SUCH_NUMBER),
        ("070-123-4567", phone_module._NO_SUCH_NUMBER),
    ],
)
def test_refusals_say_why(typed: str, template: str) -> None:
    assert refusal(typed) == template


def test_refusal_messages_carry_their_details() -> None:
    with pytest.raises(ValidationError) as too_short:
        parse_phone("010-123")
    with pytest.raises(ValidationError) as unknown:
        parse_phone("035-123-4567")
    with pytest.raises(ValidationError) as no_such:
        parse_phone("02-023-4567")

    assert too_short.value.problems[0].arguments == {"count": "6"}
    assert "035" in unknown.value.problems[0].message
    assert no_such.value.problems[0].arguments == {"prefix": "02"}


def test_the_refused_field_is_the_one_given() -> None:
    assert refusal("1588-1234", field="phones[1].number") == phone_module._BUSINESS


def test_a_stored_number_is_loaded_without_refusal_and_its_kind_derived_again() -> None:
    assert phone_from_e164("+821012345678") == Phone("+821012345678", PhoneKind.MOBILE)
    assert phone_from_e164("+8221234567").kind is PhoneKind.LANDLINE
    assert phone_from_e164("+827012345678").kind is PhoneKind.INTERNET
    # Legacy rows that today's rules would refuse still load.
    assert phone_from_e164("+8215881234").kind is PhoneKind.OTHER
    assert phone_from_e164("+8215881234").national == "1588-1234"
    assert phone_from_e164("+16502530000").national == "+1 650-253-0000"


def test_a_phone_holds_only_e164_values() -> None:
    with pytest.raises(ValueError, match=r"E\.164"):
        Phone("010-1234-5678", PhoneKind.MOBILE)


@pytest.mark.parametrize(
    ("query", "digits"),
    [
        ("010", "010"),
        ("010-12", "01012"),
        ("1234", "1234"),  # the last four digits, as customers say them
        ("5678 ", "5678"),
        ("+82 10 1234", "0101234"),
        ("+82 010 1234", "0101234"),
        ("+82 2 123", "02123"),
    ],
)
def test_a_phone_search_gives_national_digits(query: str, digits: str) -> None:
    assert digits_for_search(query) == digits


@pytest.mark.parametrize("query", ["", "01", "+82", "김민수", "C-000123", "010-1234-abcd", "+1 650 253", "12:30"])
def test_other_searches_are_not_phone_searches(query: str) -> None:
    assert digits_for_search(query) is None


# --- properties ----------------------------------------------------------------------------------------------

_PREFIXES = ["010", "(010)", "+82 10", "+82-10", "+8210", "+82 (0)10", "+82 010", "82-10", "0082-10", "82 10"]
_SEPARATORS = ["", " ", "-", ".", " - "]


#: Mobile numbers the numbering plan has issued (a few 010 ranges, such as 010-597x to 010-599x, are not).
issued_mobile = st.tuples(st.integers(2000, 9999), st.integers(0, 9999)).filter(
    lambda parts: phonenumbers.is_valid_number(phonenumbers.parse(f"+8210{parts[0]}{parts[1]:04d}"))
)


@settings(deadline=None)
@given(
    number=issued_mobile,
    prefix=st.sampled_from(_PREFIXES),
    first_separator=st.sampled_from(_SEPARATORS),
    second_separator=st.sampled_from(_SEPARATORS),
    padding=st.sampled_from(["", " ", "  "]),
)
def test_any_spelling_of_a_mobile_number_gives_one_e164_and_round_trips(
    number: tuple[int, int], prefix: str, first_separator: str, second_separator: str, padding: str
) -> None:
    middle, last = number
    typed = f"{padding}{prefix}{first_separator}{middle}{second_separator}{last:04d}{padding}"

    phone = parse_phone(typed)

    assert phone.e164 == f"+8210{middle}{last:04d}"
    assert phone.national == f"010-{middle}-{last:04d}"
    assert parse_phone(phone.national) == phone
    assert parse_phone(phone.national_digits) == phone
    assert phone_from_e164(phone.e164) == phone
    assert digits_for_search(typed) == phone.national_digits


@settings(deadline=None)
@given(st.text())
def test_any_text_gives_a_korean_number_or_a_reasoned_refusal(text: str) -> None:
    try:
        phone = parse_phone(text)
    except ValidationError as error:
        assert error.fields == ("number",)
        assert error.problems[0].message
    else:
        assert phone.e164.startswith("+82")
        assert phone.kind is not PhoneKind.OTHER
        assert parse_phone(phone.national) == phone


@settings(deadline=None)
@given(
    st.text(min_size=1).filter(lambda t: any(c.isalpha() for c in t)),
    st.sampled_from(["010-1234-5678", "02-123-4567", ""]),
)
def test_nothing_with_letters_in_it_is_accepted(letters: str, number: str) -> None:
    with pytest.raises(ValidationError):
        parse_phone(number + letters)
