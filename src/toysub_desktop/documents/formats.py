"""Dates, periods and counts as the documents print them, and text made safe for paragraph markup."""

from __future__ import annotations

from datetime import date, datetime
from xml.sax.saxutils import escape

from toysub_desktop.documents import wording


def format_date(day: date) -> str:
    """``2026-03-02`` → ``"2026년 3월 2일"``."""
    return wording.DATE.format(year=day.year, month=day.month, day=day.day)


def format_month(day: date) -> str:
    """A birth month: ``2023-05-01`` → ``"2023년 5월"``."""
    return wording.MONTH.format(year=day.year, month=day.month)


def format_date_time(moment: datetime) -> str:
    """A local moment to the minute: ``"2026년 3월 2일 10:05"``."""
    return wording.DATE_TIME.format(
        year=moment.year, month=moment.month, day=moment.day, hour=moment.hour, minute=moment.minute
    )


def format_period(start: date, end: date) -> str:
    return wording.PERIOD.format(start=format_date(start), end=format_date(end))


def format_months(count: int) -> str:
    return wording.MONTHS.format(count=count)


def format_days(count: int) -> str:
    return wording.DAYS.format(count=count)


def markup(text: str) -> str:
    """Plain text for a reportlab paragraph: ``& < >`` escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")
