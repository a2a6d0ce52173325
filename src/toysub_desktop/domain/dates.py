"""The shop's calendar: dates in Asia/Seoul, moments in UTC, and the bounds of an effective date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
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
_BEFORE_REGISTRATION = QT_TRANSLATE_NOOP(
    "Validation", "The date cannot be before the customer was registered ({registered})."
)
_IMPLAUSIBLE = QT_TRANSLATE_NOOP("Validation", "Check the year: enter a date from {earliest} to {latest}.")

#: How far from today any date typed at the counter may be: a child's birth month (15 years), a contract's
#: history (a few years), a pause or a schedule (a year or so ahead), with room to spare. "1900-01-01" or a year
#: typed with a slip ("2062") is a typing mistake, not a date the shop works with.
PLAUSIBLE_YEARS_BACK = 20
PLAUSIBLE_YEARS_AHEAD = 5


def utc_now() -> datetime:
    return datetime.now(UTC)


def shop_today(now: datetime | None = None) -> date:
    """Today's date at the shop, whatever the PC's time zone."""
    return (now or utc_now()).astimezone(SHOP_TIMEZONE).date()


def to_shop_time(moment: datetime) -> datetime:
    return moment.astimezone(SHOP_TIMEZONE)


def years_before(day: date, years: int) -> date:
    """The same day *years* earlier (28 February for a 29 February that year has not)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class DateRule(Protocol):
    """A named bound on one kind of date (an effective date, a birth month…): returns the date, or raises a
    ValidationError for *field* with the message the service gives. The service and the date input ask the same
    rule, so the clerk sees the refusal while typing."""

    def __call__(self, day: date, /, *, today: date, field: str) -> date: ...


@dataclass(frozen=True)
class DateWindow:
    """A date no earlier than *years_back* / *days_back* before today and no later than *days_ahead* /
    *years_ahead* after it; each side has its own message (``{earliest}``, ``{latest}``, ``{days}``, ``{years}``
    are filled in)."""

    too_early: str = _IMPLAUSIBLE
    too_late: str = _IMPLAUSIBLE
    years_back: int | None = PLAUSIBLE_YEARS_BACK
    days_back: int | None = None
    days_ahead: int | None = None
    years_ahead: int | None = PLAUSIBLE_YEARS_AHEAD

    def earliest(self, today: date) -> date:
        if self.days_back is not None:
            return today - timedelta(days=self.days_back)
        return years_before(today, self.years_back if self.years_back is not None else PLAUSIBLE_YEARS_BACK)

    def latest(self, today: date) -> date:
        if self.days_ahead is not None:
            return today + timedelta(days=self.days_ahead)
        return years_before(today, -(self.years_ahead if self.years_ahead is not None else PLAUSIBLE_YEARS_AHEAD))

    def __call__(self, day: date, *, today: date, field: str) -> date:
        earliest, latest = self.earliest(today), self.latest(today)
        if earliest <= day <= latest:
            return day
        days = self.days_back if day < earliest else self.days_ahead
        years = self.years_back if day < earliest else self.years_ahead
        raise ValidationError.of(
            field,
            self.too_early if day < earliest else self.too_late,
            earliest=earliest.isoformat(),
            latest=latest.isoformat(),
            days=str(days if days is not None else ""),
            years=str(years if years is not None else ""),
        )


#: Any date typed at the counter that has no narrower rule of its own.
PLAUSIBLE_DATE = DateWindow()


def check_plausible_date(day: date, *, today: date, field: str = "date") -> date:
    """Refuse a date so far from today that it can only be a typing mistake ("1900-01-01")."""
    return PLAUSIBLE_DATE(day, today=today, field=field)


def check_effective_date(day: date, *, today: date, field: str = "effective_from") -> date:
    """Accept an effective date within the sensible window around *today*."""
    earliest = years_before(today, MAX_PAST_YEARS)
    latest = today + timedelta(days=MAX_FUTURE_DAYS)
    if day < earliest:
        raise ValidationError.of(field, _TOO_EARLY, years=str(MAX_PAST_YEARS))
    if day > latest:
        raise ValidationError.of(field, _TOO_LATE, limit=latest.isoformat())
    return day


def check_not_before_registration(day: date, *, registered_on: date, field: str) -> date:
    """Nothing about a customer happens before the shop registered them."""
    if day < registered_on:
        raise ValidationError.of(field, _BEFORE_REGISTRATION, registered=registered_on.isoformat())
    return day


def end_of_day_before(day: date) -> date:
    """The last day of the period that ends when *day* begins."""
    return day - timedelta(days=1)
