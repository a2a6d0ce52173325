"""A stored number's kind is read from its digits without the numbering data, as the numbering data would say."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.phone import Phone, PhoneKind, phone_from_e164

#: Korean numbers as they may be stored: mobile, retired mobile, Seoul and other areas, internet, representative.
stored_numbers = st.builds(
    lambda prefix, rest: "+82" + prefix + rest,
    st.sampled_from(["10", "11", "16", "19", "2", "31", "51", "64", "70", "60", "80", "1588", "1644", "15", "99"]),
    st.text(alphabet="0123456789", min_size=4, max_size=9),
)


@given(stored_numbers)
def test_the_kind_of_a_stored_number_is_the_kind_of_its_national_digits(e164: str) -> None:
    slow = Phone(e164, PhoneKind.OTHER).national_digits  # through the numbering data
    phone = phone_from_e164(e164)
    assert phone.e164 == e164
    assert re.fullmatch(r"\d+", slow)
    assert phone.kind is _kind_by_digits(slow)


def _kind_by_digits(national: str) -> PhoneKind:
    """The rule spelled out again from the national digits the numbering data prints."""
    prefix = national[:2] if national.startswith("02") else national[:3]
    if prefix in {"010", "011", "016", "017", "018", "019"}:
        return PhoneKind.MOBILE
    if prefix == "070":
        return PhoneKind.INTERNET
    if prefix == "02" or prefix in {f"0{n}" for n in (31, 32, 33, 41, 42, 43, 44, 51, 52, 53, 54, 55, 61, 62, 63, 64)}:
        return PhoneKind.LANDLINE
    return PhoneKind.OTHER


def test_known_numbers_keep_their_kind() -> None:
    assert phone_from_e164("+821012345678").kind is PhoneKind.MOBILE
    assert phone_from_e164("+82212345678").kind is PhoneKind.LANDLINE
    assert phone_from_e164("+827012345678").kind is PhoneKind.INTERNET
    assert phone_from_e164("+8216881234").kind is PhoneKind.OTHER  # 1688-1234, not a retired 016 number
    assert phone_from_e164("+12025550123").kind is PhoneKind.OTHER
