"""Korean phone numbers: stored as E.164, shown in the dashed national form, refused with a reason.

Staff type numbers every way they are written on forms ("010 1234 5678", "+82-10-…", "(02) 123-4567"); all
of them must become the same stored value, or search and duplicate checks miss. ``phonenumbers`` decides
whether a number exists; the rules here decide whether the shop can use it to reach a customer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import phonenumbers

from toysub_desktop.domain.errors import REQUIRED, ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter the phone number with digits only, like 010-1234-5678.")
_FOREIGN = QT_TRANSLATE_NOOP(
    "Validation",
    "Only Korean phone numbers can be saved. Enter a number starting with 0, like 010-1234-5678.",
)
_NO_AREA_CODE = QT_TRANSLATE_NOOP(
    "Validation",
    "The area or mobile code is missing. Add it in front of the number, like 010, 02 or 031.",
)
_BUSINESS = QT_TRANSLATE_NOOP(
    "Validation",
    "This is a business number (1588, 080, 060 and the like), not a personal phone. "
    "Enter the customer's own mobile or home number.",
)
_SAFE_NUMBER = QT_TRANSLATE_NOOP(
    "Validation",
    "050 numbers are temporary safe numbers that forward calls and stop working later. "
    "Ask the customer for their real number.",
)
_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Validation",
    "This number has only {count} digits. A Korean phone number has 9 to 11 digits, including the area code.",
)
_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation",
    "This number has {count} digits. A Korean phone number has at most 11; check for extra digits.",
)
_UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Validation", "{prefix} is not an area code or mobile code for personal phones. Check the first digits."
)
_NO_SUCH_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "No phone number can look like this. Check the digits after {prefix}."
)

#: Shown (not refused) for 011/016/017/018/019 numbers.
RETIRED_PREFIX_WARNING = QT_TRANSLATE_NOOP(
    "Validation",
    "The 011, 016, 017, 018 and 019 mobile services have been shut down, so this number probably no longer "
    "works. Ask the customer for their current 010 number.",
)


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    INTERNET = "internet"  # 070 internet telephony: rings a desk phone, cannot receive SMS
    OTHER = "other"  # only from stored legacy data; parse_phone never returns it


#: Seoul 02; Gyeonggi, Incheon, Gangwon 03x; Chungcheong, Daejeon, Sejong 04x; Gyeongsang, Busan, Ulsan,
#: Daegu 05x; Jeolla, Gwangju, Jeju 06x.
_AREA_CODES = frozenset({"02", *(f"0{n}" for n in (31, 32, 33, 41, 42, 43, 44, 51, 52, 53, 54, 55, 61, 62, 63, 64))})
_CURRENT_MOBILE = "010"
_RETIRED_MOBILE = frozenset({"011", "016", "017", "018", "019"})
_INTERNET = "070"
_BUSINESS_PREFIXES = ("060", "080")  # premium-rate, freephone
#: 15xx/16xx/18xx representative numbers are eight digits with no area code.
_REPRESENTATIVE = re.compile(r"1[5-9]\d{6}")
#: Retired numbers kept working for years after the services closed; accept their plain shape even if the
#: numbering data someday drops them, so old records and forms can still be entered (with the warning).
_PLAUSIBLE_RETIRED = re.compile(r"01[16789][1-9]\d{2,3}\d{4}")

_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc", "-"))
_ALLOWED_SHAPE = re.compile(r"\+?[0-9 \-.()]+")


_E164_SHAPE = re.compile(r"\+[1-9][0-9]{3,14}")


@dataclass(frozen=True)
class Phone:
    """A phone number as stored (E.164) with its kind."""

    e164: str
    kind: PhoneKind

    def __post_init__(self) -> None:
        if not _E164_SHAPE.fullmatch(self.e164):
            raise ValueError(f"not an E.164 number: {self.e164!r}")

    @property
    def national(self) -> str:
        """How staff read and write it: "010-1234-5678", "02-123-4567"."""
        return _display(self.e164)

    @property
    def national_digits(self) -> str:
        """The national form without separators: "01012345678"."""
        return re.sub(r"\D", "", self.national)

    @property
    def can_receive_sms(self) -> bool:
        return self.kind is PhoneKind.MOBILE

    @property
    def is_retired_prefix(self) -> bool:
        return self.e164.startswith("+82") and self.national_digits[:3] in _RETIRED_MOBILE

    @property
    def warnings(self) -> tuple[str, ...]:
        """Source-text warnings to show beside an accepted number."""
        return (RETIRED_PREFIX_WARNING,) if self.is_retired_prefix else ()

    def __str__(self) -> str:
        return self.national


def parse_phone(text: str, *, field: str = "number") -> Phone:
    """The customer's phone number typed in any usual spelling, or a ValidationError saying why not."""
    national = _national_digits(text, field)
    _check_national(national, field)
    number = phonenumbers.parse("+82" + national[1:], None)
    if not phonenumbers.is_valid_number(number) and not _PLAUSIBLE_RETIRED.fullmatch(national):
        raise ValidationError.of(field, _NO_SUCH_NUMBER, prefix=_prefix(national))
    return Phone(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), _kind(national))


def phone_from_e164(e164: str) -> Phone:
    """A stored number, trusted as it is: rules may have changed since it was saved."""
    if not e164.startswith("+82"):
        return Phone(e164, PhoneKind.OTHER)
    subscriber = e164[3:]
    # Dialled at home with the trunk 0 ("+8210…" is "010…"), except short numbers such as 1588-…: those go through
    # the numbering data. Lists build a row per customer (and a search by number one per keystroke), so the common
    # case builds one Phone and parses nothing.
    if subscriber.startswith("1") and len(subscriber) <= 8:
        return Phone(e164, _kind(Phone(e164, PhoneKind.OTHER).national_digits))
    return Phone(e164, _kind("0" + subscriber))


def digits_for_search(query: str) -> str | None:
    """The national digits a search query asks for ("+82 10-12" → "01012"), or None if it is not a number."""
    cleaned = unicodedata.normalize("NFKC", query).translate(_DASHES).strip()
    if not _ALLOWED_SHAPE.fullmatch(cleaned):
        return None
    digits = re.sub(r"\D", "", cleaned)
    if len(digits) < 3:
        return None
    # A short "00…" is part of a number ("0012", the last four digits), not an international prefix.
    with_country = _with_country_code(cleaned, digits, zeros_prefix=len(digits) >= 12)
    if with_country is None:
        return digits
    if not with_country.startswith("82"):
        return None  # a foreign number cannot be on record
    return _domestic(with_country[2:])


def _national_digits(text: str, field: str) -> str:
    """The digits as dialled inside Korea; refuses what is not a Korean number at all."""
    cleaned = unicodedata.normalize("NFKC", text).translate(_DASHES).strip()
    if not cleaned:
        raise ValidationError.of(field, REQUIRED)
    if not _ALLOWED_SHAPE.fullmatch(cleaned):
        raise ValidationError.of(field, _NOT_A_NUMBER)
    digits = re.sub(r"\D", "", cleaned)
    if not digits:
        raise ValidationError.of(field, _NOT_A_NUMBER)
    with_country = _with_country_code(cleaned, digits, zeros_prefix=True)
    if with_country is None:
        return digits
    if not with_country.startswith("82"):
        raise ValidationError.of(field, _FOREIGN)
    return _domestic(with_country[2:])


def _with_country_code(cleaned: str, digits: str, *, zeros_prefix: bool) -> str | None:
    """The digits from the country code on, if the number is written internationally; else None."""
    if cleaned.startswith("+"):
        return digits
    if zeros_prefix and digits.startswith("00"):  # "0082-10-…" as written on international forms
        return digits[2:]
    if digits.startswith("82") and len(digits) >= 10:  # "82-10-…": no Korean number starts with 8
        return digits
    return None


def _domestic(after_country_code: str) -> str:
    """The number as dialled inside Korea, from the digits after +82."""
    if after_country_code.startswith("0") or _REPRESENTATIVE.fullmatch(after_country_code):
        return after_country_code  # "+82 (0)10 …", "+82 1588 …"
    return "0" + after_country_code


def _check_national(national: str, field: str) -> None:
    if _REPRESENTATIVE.fullmatch(national) or national.startswith(_BUSINESS_PREFIXES):
        raise ValidationError.of(field, _BUSINESS)
    if national.startswith("050"):
        raise ValidationError.of(field, _SAFE_NUMBER)
    if not national.startswith("0"):
        raise ValidationError.of(field, _NO_AREA_CODE)
    if len(national) < 9:
        raise ValidationError.of(field, _TOO_SHORT, count=str(len(national)))
    if len(national) > 11:
        raise ValidationError.of(field, _TOO_LONG, count=str(len(national)))
    if _kind(national) is PhoneKind.OTHER:
        raise ValidationError.of(field, _UNKNOWN_CODE, prefix=national[:3])


def _prefix(national: str) -> str:
    return national[:2] if national.startswith("02") else national[:3]


def _kind(national: str) -> PhoneKind:
    prefix = _prefix(national)
    if prefix == _CURRENT_MOBILE or prefix in _RETIRED_MOBILE:
        return PhoneKind.MOBILE
    if prefix == _INTERNET:
        return PhoneKind.INTERNET
    if prefix in _AREA_CODES:
        return PhoneKind.LANDLINE
    return PhoneKind.OTHER


@lru_cache(maxsize=4096)
def _display(e164: str) -> str:
    """National format for Korean numbers, international for anything else that reached the database."""
    number = phonenumbers.parse(e164, None)
    if number.country_code != 82:
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
    if phonenumbers.is_valid_number(number):
        return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    # Unknown to the numbering data (a retired 01X range), it would print as bare digits: dash it by hand.
    national = "0" + str(number.national_number)
    prefix = _prefix(national)
    return f"{prefix}-{national[len(prefix) : -4]}-{national[-4:]}"
