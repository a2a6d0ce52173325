"""People: names, email addresses, a child's birth month and age, and the customer number on every paper."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from toysub_desktop.domain.errors import REQUIRED, ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

NAME_MAX = 50
#: The column's length. RFC 5321 allows 254, but no address a customer gives comes near 200.
EMAIL_MAX = 200
#: Parents often sign up before the birth (toys for the first months are chosen in advance). A pregnancy is
#: about ten months as counted in Korea, so the expected birth month may be up to ten months ahead.
BIRTH_MONTHS_AHEAD = 10
#: The oldest child the shop's catalogue serves, with a margin; anything older is a mistyped year.
BIRTH_YEARS_BACK = 15

_TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Keep this to {limit} characters or fewer (it has {length}).")
_NAME_DIGITS = QT_TRANSLATE_NOOP("Validation", "A name cannot contain digits.")
_NAME_CONTROL = QT_TRANSLATE_NOOP("Validation", "Keep this on one line, without line breaks or special characters.")
_NAME_JAMO = QT_TRANSLATE_NOOP("Validation", "The name has incomplete Korean letters. Finish typing each syllable.")
_NAME_SYMBOLS = QT_TRANSLATE_NOOP("Validation", "Use only letters, spaces, hyphens, apostrophes and periods in a name.")
_NAME_NO_LETTERS = QT_TRANSLATE_NOOP("Validation", "Enter the name in letters.")
_EMAIL_SHAPE = QT_TRANSLATE_NOOP("Validation", "This is not an email address. It should look like name@example.com.")
_EMAIL_HANGUL = QT_TRANSLATE_NOOP(
    "Validation",
    "The email address contains Korean letters. Switch the keyboard to English and type it again.",
)
_MONTH_RANGE = QT_TRANSLATE_NOOP("Validation", "Choose a month from 1 to 12.")
_BIRTH_TOO_LATE = QT_TRANSLATE_NOOP(
    "Validation",
    "The birth month can be at most {months} months ahead ({limit}), for a baby on the way.",
)
_BIRTH_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "The child would be over {years} years old. Check the year.")

#: Name punctuation seen on real forms: double-barrelled and Western names, the middle dot of transliterations.
_NAME_PUNCTUATION = frozenset(" -'.\u00b7\u2019")
_EMAIL = re.compile(
    r"(?P<local>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}))"
)
_CUSTOMER_NUMBER = re.compile(
    # "c" may arrive as its Korean-keyboard twin (U+314A) when staff forgot to switch to English; NFKC turns
    # that into the conjoining jamo U+110E.
    r"[cC\u314a\u110e]\s*-?\s*(?P<digits>[0-9]{1,9})"
)


def _is_hangul(char: str) -> bool:
    code = ord(char)
    return 0xAC00 <= code <= 0xD7A3 or _is_jamo(char)


def _is_jamo(char: str) -> bool:
    code = ord(char)
    return 0x1100 <= code <= 0x11FF or 0x3131 <= code <= 0x318E or 0xA960 <= code <= 0xA97F or 0xD7B0 <= code <= 0xD7FF


def validate_person_name(text: str, *, field: str = "name") -> str:
    """A person's name, trimmed and with single spaces; Korean, Latin or any other letters."""
    stripped = unicodedata.normalize("NFC", text).strip()
    if not stripped:
        raise ValidationError.of(field, REQUIRED)
    if any(unicodedata.category(c).startswith("C") for c in stripped):
        raise ValidationError.of(field, _NAME_CONTROL)
    name = re.sub(r"\s+", " ", stripped)
    if any(unicodedata.category(c).startswith("N") for c in name):
        raise ValidationError.of(field, _NAME_DIGITS)
    if any(_is_jamo(c) for c in name):
        raise ValidationError.of(field, _NAME_JAMO)
    if any(not unicodedata.category(c).startswith(("L", "M")) and c not in _NAME_PUNCTUATION for c in name):
        raise ValidationError.of(field, _NAME_SYMBOLS)
    if not any(c.isalpha() for c in name):
        raise ValidationError.of(field, _NAME_NO_LETTERS)
    if len(name) > NAME_MAX:
        raise ValidationError.of(field, _TOO_LONG, limit=str(NAME_MAX), length=str(len(name)))
    return name


def validate_email(text: str, *, field: str = "email") -> str | None:
    """An email address with its domain in lower case, or None when none was given (it is optional)."""
    # NFKC turns full-width letters and the full-width at sign (typed in Korean input mode) into ASCII.
    address = unicodedata.normalize("NFKC", text).strip()
    if not address:
        return None
    if any(_is_hangul(c) for c in address):
        raise ValidationError.of(field, _EMAIL_HANGUL)
    if len(address) > EMAIL_MAX:
        raise ValidationError.of(field, _TOO_LONG, limit=str(EMAIL_MAX), length=str(len(address)))
    match = _EMAIL.fullmatch(address)
    if match is None or len(match["local"]) > 64:
        raise ValidationError.of(field, _EMAIL_SHAPE)
    # The part before @ may be case-sensitive in theory; the domain never is.
    return f"{match['local']}@{match['domain'].lower()}"


def validate_birth_month(year: int | None, month: int | None, *, today: date, field: str = "birth_month") -> date:
    """The first day of a child's birth month, within the window a toy subscription makes sense for."""
    if year is None or month is None:
        raise ValidationError.of(field, REQUIRED)
    if not 1 <= month <= 12:
        raise ValidationError.of(field, _MONTH_RANGE)
    offset = _month_index(year, month) - _month_index(today.year, today.month)
    if offset > BIRTH_MONTHS_AHEAD:
        latest = _month_index(today.year, today.month) + BIRTH_MONTHS_AHEAD
        limit = f"{latest // 12:04d}-{latest % 12 + 1:02d}"
        raise ValidationError.of(field, _BIRTH_TOO_LATE, months=str(BIRTH_MONTHS_AHEAD), limit=limit)
    if offset < -12 * BIRTH_YEARS_BACK:
        raise ValidationError.of(field, _BIRTH_TOO_EARLY, years=str(BIRTH_YEARS_BACK))
    return date(year, month, 1)


def check_birth_month(day: date, *, today: date, field: str = "birth_month") -> date:
    """The birth month *day* falls in, within the same window (the date input of a birth month asks this)."""
    return validate_birth_month(day.year, day.month, today=today, field=field)


def age_in_months(birth_month: date, on: date) -> int:
    """Whole calendar months since the birth month: 0 during it, negative before it (an expected baby)."""
    return _month_index(on.year, on.month) - _month_index(birth_month.year, birth_month.month)


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def format_customer_number(customer_id: int) -> str:
    """The number printed on contracts and said on the phone: "C-000123"."""
    if customer_id < 1:
        raise ValueError(f"customer ids start at 1, not {customer_id}")
    return f"C-{customer_id:06d}"


def parse_customer_number(query: str) -> int | None:
    """The customer id in "C-000123", "c-123" or "C000123"; None for anything else.

    A bare number is not a customer number: digits alone are searched as a phone number.
    """
    match = _CUSTOMER_NUMBER.fullmatch(unicodedata.normalize("NFKC", query).strip())
    if match is None:
        return None
    customer_id = int(match["digits"])
    return customer_id if customer_id >= 1 else None
