"""Reading a date the way people type it at the counter.

Staff write dates many ways: "2026-12-27", "2026.12.27", "26.12.27", "20261227", "2026년 12월 27일", "12/27",
"+7". Each spelling is read exactly, or refused with a message; nothing is guessed. A date written without a
year is the nearest such date to today, so "1/5" typed in late December is next January.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

_UNREADABLE = QT_TRANSLATE_NOOP("Validation", "Enter a date like 2026-12-27, 26.12.27, 12/27 or +7.")
_UNREADABLE_MONTH = QT_TRANSLATE_NOOP("Validation", "Enter a month like 2024-03, 2024.3 or 202403.")
_NO_SUCH_MONTH = QT_TRANSLATE_NOOP("Validation", "There is no month {month}: a month is from 1 to 12.")
_NO_SUCH_DAY = QT_TRANSLATE_NOOP("Validation", "Month {month} of {year} has only {days} days.")
_NO_SUCH_DAY_IN_MONTH = QT_TRANSLATE_NOOP("Validation", "Month {month} has only {days} days.")
_NO_SUCH_DAY_NEAR = QT_TRANSLATE_NOOP("Validation", "There is no {month}/{day} near today; type the year too.")
_NEEDS_DAY = QT_TRANSLATE_NOOP("Validation", "Type the day too, e.g. {example}.")

#: Words for today and the days around it, as staff say them.
_NAMED_DAYS = {"오늘": 0, "today": 0, "내일": 1, "tomorrow": 1, "어제": -1, "yesterday": -1, "모레": 2, "그제": -2}

_SEPARATOR = r"\s*[-./]\s*"
_RELATIVE = re.compile(r"([+-])\s*(\d{1,4})")
_SEPARATED = re.compile(rf"(\d{{1,4}}){_SEPARATOR}(\d{{1,2}})(?:{_SEPARATOR}(\d{{1,2}}))?\.?")
_KOREAN = re.compile(r"(?:(\d{2}|\d{4})\s*년\s*)?(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?")
_DIGITS = re.compile(r"\d+")


def _clean(text: str) -> str:
    # NFKC turns full-width digits and punctuation (typed with a Korean input method) into plain ones.
    return " ".join(unicodedata.normalize("NFKC", text).split()).lower()


def _year(digits: str) -> int | None:
    """A four-digit year as written; a two-digit one in this century ("26" is 2026)."""
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        return 2000 + int(digits)
    return None


def _checked(year: int, month: int, day: int, field: str) -> date:
    if not 1 <= month <= 12:
        raise ValidationError.of(field, _NO_SUCH_MONTH, month=str(month))
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if year < 1 or not 1 <= day <= days:
        raise ValidationError.of(field, _NO_SUCH_DAY, year=str(year), month=str(month), days=str(days))
    return date(year, month, day)


def nearest_date(month: int, day: int, *, today: date, field: str = "date") -> date:
    """The *month*/*day* nearest to *today*: last year's, this year's or next year's (the later one on a tie)."""
    if not 1 <= month <= 12:
        raise ValidationError.of(field, _NO_SUCH_MONTH, month=str(month))
    longest = calendar.monthrange(2024, month)[1]  # a leap year: February's 29th exists in some years
    if not 1 <= day <= longest:
        raise ValidationError.of(field, _NO_SUCH_DAY_IN_MONTH, month=str(month), days=str(longest))
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        if day <= calendar.monthrange(year, month)[1]:
            candidates.append(date(year, month, day))
    if not candidates:
        raise ValidationError.of(field, _NO_SUCH_DAY_NEAR, month=str(month), day=str(day))
    return min(candidates, key=lambda candidate: (abs((candidate - today).days), candidate < today))


def parse_date(text: str, *, today: date, field: str = "date") -> date:
    """The date *text* spells, or a ValidationError for *field* saying how to write one.

    Empty text is refused like any other unreadable text; a field that may stay empty checks for that first.
    """
    clean = _clean(text)
    if clean in _NAMED_DAYS:
        return today + timedelta(days=_NAMED_DAYS[clean])
    if match := _RELATIVE.fullmatch(clean):
        days = int(match[2])  # at most four digits: "+7", "-30"
        return today + timedelta(days=days if match[1] == "+" else -days)
    if match := _DIGITS.fullmatch(clean):
        digits = match[0]
        if len(digits) == 8:
            return _checked(int(digits[:4]), int(digits[4:6]), int(digits[6:]), field)
        if len(digits) == 6:
            return _checked(2000 + int(digits[:2]), int(digits[2:4]), int(digits[4:]), field)
        raise ValidationError.of(field, _UNREADABLE)
    if match := _SEPARATED.fullmatch(clean):
        first, second, third = match[1], match[2], match[3]
        if third is None:
            if len(first) > 2:  # "2026-12": a month, not a day
                raise ValidationError.of(field, _NEEDS_DAY, example=f"{first}-{int(second):02d}-01")
            return nearest_date(int(first), int(second), today=today, field=field)
        year = _year(first)
        if year is None:
            raise ValidationError.of(field, _UNREADABLE)
        return _checked(year, int(second), int(third), field)
    if match := _KOREAN.fullmatch(clean):
        if match[3] is None:
            raise ValidationError.of(field, _NEEDS_DAY, example=f"{int(match[2])}월 1일")
        if match[1] is None:
            return nearest_date(int(match[2]), int(match[3]), today=today, field=field)
        year = _year(match[1])
        assert year is not None  # the pattern allows two or four digits only
        return _checked(year, int(match[2]), int(match[3]), field)
    raise ValidationError.of(field, _UNREADABLE)


_MONTH_SEPARATED = re.compile(rf"(\d{{2}}|\d{{4}}){_SEPARATOR}(\d{{1,2}})\.?")
_MONTH_KOREAN = re.compile(r"(\d{2}|\d{4})\s*년\s*(\d{1,2})\s*월")


def parse_month(text: str, *, today: date, field: str = "month") -> date:
    """The first day of the month *text* spells ("2024-03", "2024.3", "202403", "2024년 3월"); a whole date
    is read as its month."""
    clean = _clean(text)
    year: int | None = None
    month = 0
    if (match := _MONTH_SEPARATED.fullmatch(clean)) or (match := _MONTH_KOREAN.fullmatch(clean)):
        year, month = _year(match[1]), int(match[2])
    elif (match := _DIGITS.fullmatch(clean)) and len(match[0]) == 6:
        year, month = _year(match[0][:-2]), int(match[0][-2:])
    else:
        try:
            return parse_date(text, today=today, field=field).replace(day=1)
        except ValidationError:
            raise ValidationError.of(field, _UNREADABLE_MONTH) from None
    assert year is not None  # the patterns allow two or four digits only
    if not 1 <= month <= 12:
        raise ValidationError.of(field, _NO_SUCH_MONTH, month=str(month))
    if year < 1:  # "0000-01": the calendar has no year 0
        raise ValidationError.of(field, _UNREADABLE_MONTH)
    return date(year, month, 1)
