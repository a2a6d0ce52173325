"""The shop's calendar: dates in Asia/Seoul, moments in UTC, and the bounds of an effective date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

SHOP_TIMEZONE = ZoneInfo("Asia/Seoul")

#: How far back a change may take effect: a 2–3 year contract plus a margin, so a late-reported move in the
#: first year of a three-year term can still be recorded.
MAX_PAST_YEARS = 5
#: How far ahead a change may be scheduled; a move is rarely known more than a year in advance.
MAX_FUTURE_DAYS = 366

_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "The effective date cannot be more than {years} years in the past.")
_TOO_LATE = QT_TRANSLATE_NOOP("Validation", "The effective date cannot be more than a year ahead ({limit}).")


def utc_now() -> datetime:
    return datetime.now(UTC)


def shop_today(now: datetime | None = None) -> date:
    """Today's date at the shop, whatever the PC's time zone."""
    return (now or utc_now()).astimezone(SHOP_TIMEZONE).date()


def to_shop_time(moment: datetime) -> datetime:
    return moment.astimezone(SHOP_TIMEZONE)


def check_effective_date(day: date, *, today: date, field: str = "effective_from") -> date:
    """Accept an effective date within the sensible window around *today*."""
    try:
        earliest = today.replace(year=today.year - MAX_PAST_YEARS)
    except ValueError:  # 29 February
        earliest = today.replace(year=today.year - MAX_PAST_YEARS, day=28)
    latest = today + timedelta(days=MAX_FUTURE_DAYS)
    if day < earliest:
        raise ValidationError.of(field, _TOO_EARLY, years=str(MAX_PAST_YEARS))
    if day > latest:
        raise ValidationError.of(field, _TOO_LATE, limit=latest.isoformat())
    return day


def end_of_day_before(day: date) -> date:
    """The last day of the period that ends when *day* begins."""
    return day - timedelta(days=1)
