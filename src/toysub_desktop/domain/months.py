"""Calendar months as a contract counts them.

A contract that starts on the 31st has its monthly cycles on the 31st where the month has one and on the month's
last day where it does not: Jan 31 → Feb 28 (29 in a leap year) → Mar 31. Each cycle is counted from the start
date, never from the previous cycle, so a short February does not pull every later cycle to the 28th.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta


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
