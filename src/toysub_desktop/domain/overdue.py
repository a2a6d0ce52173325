"""Overdue follow-up (연체): when an unpaid charge counts as overdue, and when a customer's deliveries and lending
are held for it.

- A charge is **overdue** when it is still unpaid more than the shop's grace days (연체 유예 일수) after its due
  date. A customer's **days overdue** are counted from the due date of their oldest overdue charge.
- With the hold setting on, a customer more than *N* days overdue (N ≥ the grace days) is held for deliveries and
  lending, like a customer who cannot be reached; the hold is derived from the ledger each time it is asked, so it
  ends by itself the moment the oldest charge past N days is paid.

``held_for_overdue`` is the rule; ``services.queries.overdue`` has its SQL twin for lists, tested against it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

DEFAULT_GRACE_DAYS = 7
MAX_GRACE_DAYS = 90
MAX_HOLD_DAYS = 365

_GRACE_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a number of days from {low} to {high}.")
_GRACE_NOT_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter the days as a whole number, e.g. 7.")
_HOLD_BELOW_GRACE = QT_TRANSLATE_NOOP(
    "Validation", "Hold after at least the {grace} grace days: a customer is not overdue before that."
)


@dataclass(frozen=True)
class OverdueRules:
    """The shop's overdue settings."""

    grace_days: int = DEFAULT_GRACE_DAYS
    #: Hold deliveries and lending past this many days overdue; None: never (the default).
    hold_after_days: int | None = None


def days_overdue(due_on: date, today: date) -> int:
    """Days since a charge was due (0 on its due date)."""
    return (today - due_on).days


def is_overdue(due_on: date, today: date, rules: OverdueRules) -> bool:
    """Unpaid more than the grace days after its due date."""
    return days_overdue(due_on, today) > rules.grace_days


def overdue_before(today: date, days: int) -> date:
    """Charges due before this day are more than *days* past due today (the SQL twins compare with it)."""
    return today - timedelta(days=days)


def hold_before(today: date, rules: OverdueRules) -> date | None:
    """Customers with an unpaid charge due before this day are held; None when the shop does not hold."""
    return None if rules.hold_after_days is None else overdue_before(today, rules.hold_after_days)


def held_for_overdue(unpaid_due_dates: Iterable[date], today: date, rules: OverdueRules) -> bool:
    """Whether a customer is held for deliveries and lending: the setting is on and one of their unpaid charges
    is more than ``hold_after_days`` past due."""
    if rules.hold_after_days is None:
        return False
    limit = rules.hold_after_days
    return any(days_overdue(due_on, today) > limit for due_on in unpaid_due_dates)


def parse_days(text: str, *, field: str) -> int:
    """A number of days as typed ("7", "7일")."""
    cleaned = text.strip().removesuffix("일").strip()
    if not (cleaned.isascii() and cleaned.isdigit()) or len(cleaned) > 4:
        raise ValidationError.of(field, _GRACE_NOT_NUMBER)
    return int(cleaned)


def check_overdue_rules(grace_days: int, hold_after_days: int | None) -> OverdueRules:
    """Grace days from 0 to ``MAX_GRACE_DAYS``; the hold (None: off) from the grace days to ``MAX_HOLD_DAYS``.
    Field names: ``grace_days``, ``hold_after_days``."""
    problems = ProblemCollector()
    if not 0 <= grace_days <= MAX_GRACE_DAYS:
        problems.add("grace_days", _GRACE_RANGE, low="0", high=str(MAX_GRACE_DAYS))
    if hold_after_days is not None:
        if not 0 <= hold_after_days <= MAX_HOLD_DAYS:
            problems.add("hold_after_days", _GRACE_RANGE, low=str(grace_days), high=str(MAX_HOLD_DAYS))
        elif hold_after_days < grace_days:
            problems.add("hold_after_days", _HOLD_BELOW_GRACE, grace=str(grace_days))
    problems.raise_if_any()
    return OverdueRules(grace_days, hold_after_days)
