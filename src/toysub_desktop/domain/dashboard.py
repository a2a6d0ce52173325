"""The owner's dashboard's rules, as the owner would state them: which months a period covers, which day a month is
looked at, churn and retention as shares, and the week of "deliveries this week"."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from enum import StrEnum

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.months import add_months, months_from_to
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

#: How many months after sign-up a cohort's retention is looked at.
RETENTION_MONTHS = (1, 3, 6, 12)

_FUTURE = QT_TRANSLATE_NOOP("Validation", "The period cannot start after this month.")


class Period(StrEnum):
    """The periods the owner picks from; ``CUSTOM`` takes the months typed."""

    THIS_MONTH = "this_month"
    LAST_3 = "last_3"
    LAST_6 = "last_6"
    LAST_12 = "last_12"
    CUSTOM = "custom"


_LENGTHS = {Period.THIS_MONTH: 1, Period.LAST_3: 3, Period.LAST_6: 6, Period.LAST_12: 12}


def period_months(period: Period, today: date, first: date | None = None, last: date | None = None) -> list[date]:
    """The first days of the period's months, oldest first: the last N months up to this one, or *first* to *last*
    (a custom range, which may not start after this month; months still to come are shown empty)."""
    if period is not Period.CUSTOM:
        this = today.replace(day=1)
        return [add_months(this, -index) for index in reversed(range(_LENGTHS[period]))]
    if first is None or last is None:
        raise ValidationError.of("first_month" if first is None else "last_month", _FUTURE)
    if first.replace(day=1) > today.replace(day=1):
        raise ValidationError.of("first_month", _FUTURE)
    return months_from_to(first, last, field="last_month")


def month_end(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def looked_at(month: date, today: date) -> date:
    """The day a month's standing figures (subscribers, monthly revenue) are read: its last day, or today while the
    month is running."""
    return min(month_end(month), today)


def retention_day(cohort: date, months_on: int) -> date:
    """The day a sign-up cohort is looked at *months_on* months later: the last day of that month (a customer who
    signed in January is "still with us after 1 month" when a contract runs on the last day of February)."""
    return month_end(add_months(cohort.replace(day=1), months_on))


def share(part: int, whole: int) -> float | None:
    """*part* of *whole* as a fraction, or None when there is nothing to divide (shown as "–", never as 0 %)."""
    return part / whole if whole else None


def week_of(day: date) -> tuple[date, date]:
    """Monday of *day*'s week and the Monday after (the Korean working week)."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=7)


def average_months(total_days: int, people: int) -> float | None:
    """An average length in months (a month being 365.25 / 12 days) from a sum of days over *people*."""
    return total_days / people / (365.25 / 12) if people else None
