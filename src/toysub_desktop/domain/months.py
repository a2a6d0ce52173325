"""Calendar months as a contract counts them.

A contract that starts on the 31st has its monthly cycles on the 31st where the month has one and on the month's
last day where it does not: Jan 31 → Feb 28 (29 in a leap year) → Mar 31. Each cycle is counted from the start
date, never from the previous cycle, so a short February does not pull every later cycle to the 28th.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

#: The longest run of months one view or export shows: ten years.
MAX_MONTHS = 120

_BACKWARDS = QT_TRANSLATE_NOOP("Validation", "The last month is before the first.")
_TOO_MANY = QT_TRANSLATE_NOOP("Validation", "Choose at most {months} months at once.")


def add_months(anchor: date, months: int) -> date:
    """*anchor* moved by *months* calendar months, on the same day or the month's last day if it is shorter."""
    index = anchor.year * 12 + (anchor.month - 1) + months
    year, month = divmod(index, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor.day, last_day))


def cycle_start(start: date, cycle: int) -> date:
    """First day of monthly cycle *cycle* (0 is the first) of a contract that starts on *start*."""
    return add_months(start, cycle)


def term_end(start: date, months: int) -> date:
    """Last day of a term of *months* months: the day before the cycle after the last one."""
    return add_months(start, months) - timedelta(days=1)


def cycle_of(start: date, day: date) -> int:
    """Which monthly cycle *day* falls in (negative before *start*)."""
    guess = (day.year - start.year) * 12 + (day.month - start.month)
    while cycle_start(start, guess) > day:
        guess -= 1
    while cycle_start(start, guess + 1) <= day:
        guess += 1
    return guess


def next_cycle_start(start: date, day: date) -> date:
    """The first cycle start after *day*: when a change "from the next cycle" takes effect."""
    return cycle_start(start, max(cycle_of(start, day), -1) + 1)


def cycle_starts(start: date, first: date, last: date) -> Iterator[date]:
    """Cycle starts of a contract beginning on *start* that fall within ``first..last``."""
    cycle = max(cycle_of(start, first), 0)
    while (day := cycle_start(start, cycle)) <= last:
        if day >= first:
            yield day
        cycle += 1


def days_inclusive(first: date, last: date) -> int:
    """Days from *first* to *last*, both counted; 0 when *last* is before *first*."""
    return max((last - first).days + 1, 0)


def last_months(last_month: date, months: int = 12) -> tuple[date, date]:
    """The first days of the first and last of *months* months ending with *last_month*'s."""
    last = last_month.replace(day=1)
    return add_months(last, -(months - 1)), last


def months_from_to(first_month: date, last_month: date, *, field: str = "last") -> list[date]:
    """The first days of the months from *first_month*'s to *last_month*'s, both included (at most
    ``MAX_MONTHS``)."""
    first, last = first_month.replace(day=1), last_month.replace(day=1)
    if last < first:
        raise ValidationError.of(field, _BACKWARDS)
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count > MAX_MONTHS:
        raise ValidationError.of(field, _TOO_MANY, months=str(MAX_MONTHS))
    return [add_months(first, index) for index in range(count)]
