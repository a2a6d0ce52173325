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
_DAY_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "The date cannot be more than {years} years in the past.")
_DAY_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "This date cannot be in the future.")
_CONFIRMED_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "A confirmation date cannot be in the future.")
_BEFORE_REGISTRATION = QT_TRANSLATE_NOOP(
    "Validation", "The date cannot be before the customer was registered ({registered})."
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def shop_today(now: datetime | None = None) -> date:
    """Today's date at the shop, whatever the PC's time zone."""
    return (now or utc_now()).astimezone(SHOP_TIMEZONE).date()


def to_shop_time(moment: datetime) -> datetime:
    return moment.astimezone(SHOP_TIMEZONE)


def check_effective_date(day: date, *, today: date, field: str = "effective_from") -> date:
    """Accept an effective date within the sensible window around *today*."""
    earliest = _years_before(today, MAX_PAST_YEARS)
    latest = today + timedelta(days=MAX_FUTURE_DAYS)
    if day < earliest:
        raise ValidationError.of(field, _TOO_EARLY, years=str(MAX_PAST_YEARS))
    if day > latest:
        raise ValidationError.of(field, _TOO_LATE, limit=latest.isoformat())
    return day


def _years_before(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def check_day_that_has_come(
    day: date, *, today: date, field: str, future_message: str = _DAY_IN_FUTURE, years_back: int = MAX_PAST_YEARS
) -> date:
    """A day something already happened (a consent given, a contact confirmed, a number found dead): not after
    *today*, and not further back than *years_back* (by default as far as an effective date may reach; an older
    one is a mistyped year)."""
    if day > today:
        raise ValidationError.of(field, future_message)
    if day < _years_before(today, years_back):
        raise ValidationError.of(field, _DAY_TOO_EARLY, years=str(years_back))
    return day


def check_not_before_registration(day: date, *, registered_on: date, field: str) -> date:
    """Nothing about a customer happens before the shop registered them."""
    if day < registered_on:
        raise ValidationError.of(field, _BEFORE_REGISTRATION, registered=registered_on.isoformat())
    return day


def check_confirmation_date(day: date, *, today: date, registered_on: date, field: str = "confirmed_on") -> date:
    """The day a customer confirmed their contacts: by today, and not before they were registered."""
    check_day_that_has_come(day, today=today, field=field, future_message=_CONFIRMED_IN_FUTURE)
    return check_not_before_registration(day, registered_on=registered_on, field=field)


def end_of_day_before(day: date) -> date:
    """The last day of the period that ends when *day* begins."""
    return day - timedelta(days=1)
