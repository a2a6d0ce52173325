"""Churn risk (이탈 위험): why a subscriber may be about to leave, as reasons a shop owner can read and weigh.

A subscriber's facts as of a day D (what the shop knew by the end of D, nothing dated later) give the reasons
present; each reason has the owner's weight and the fact behind it; the score is the sum of the weights of the
reasons present — no other arithmetic, so the owner can check any score by adding up the reasons shown beside it.

The reasons:

- **term ending**: a running contract's term ends within *N* days of D and no renewal talk (a contact-log entry of
  the kind "renewal talk") was logged in the *N* days up to D, nor a renewal signed;
- **paused**, **skipped boxes**, **late returns**: any in the recent months up to D;
- **overdue**: a charge unpaid past the shop's grace days on D (``domain.overdue``);
- **open complaint**: a complaint logged by D and not resolved by D;
- **low rating**: a rating of 2 or less given in the last months up to D;
- **no contact**: no contact logged for months up to D (counted from sign-up when there never was one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from toysub_desktop.domain.errors import ProblemCollector
from toysub_desktop.domain.money import half_width
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

#: A rating at or below this counts as low.
LOW_RATING = 2
MAX_WEIGHT = 1000
MAX_TERM_DAYS = 365
MAX_MONTHS = 24
#: The backtest compares with the cancellations in this many days after the day scored.
BACKTEST_DAYS = 90
#: The top tenth by score is where the backtest looks for those cancellations.
TOP_SHARE_DENOMINATOR = 10

_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Validation", "Enter a whole number, e.g. 20.")
_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "A weight cannot be negative.")
_TOO_BIG = QT_TRANSLATE_NOOP("Validation", "Enter a number from {low} to {high}.")


class ChurnReason(StrEnum):
    """Why a subscriber may leave, in the order the settings and the detail pane show them."""

    TERM_ENDING = "term_ending"
    PAUSED = "paused"
    SKIPPED = "skipped"
    LATE_RETURNS = "late_returns"
    OVERDUE = "overdue"
    OPEN_COMPLAINT = "open_complaint"
    LOW_RATING = "low_rating"
    NO_CONTACT = "no_contact"


#: The fact behind each reason, with the arguments its ``Fact`` carries (English source; Korean in the .ts file).
FACT_TEMPLATES: Mapping[ChurnReason, str] = {
    ChurnReason.TERM_ENDING: QT_TRANSLATE_NOOP(
        "ChurnFact", "The term ends on {ends_on} (in {days} days) and no renewal talk is logged."
    ),
    ChurnReason.PAUSED: QT_TRANSLATE_NOOP("ChurnFact", "Paused {count} times since {since}, the last from {last}."),
    ChurnReason.SKIPPED: QT_TRANSLATE_NOOP("ChurnFact", "Skipped {count} boxes since {since}, the last of {last}."),
    ChurnReason.LATE_RETURNS: QT_TRANSLATE_NOOP(
        "ChurnFact", "{count} toys back late (or still out past due) since {since}, the last due {last}."
    ),
    ChurnReason.OVERDUE: QT_TRANSLATE_NOOP("ChurnFact", "{amount} overdue, unpaid since {since}."),
    ChurnReason.OPEN_COMPLAINT: QT_TRANSLATE_NOOP(
        "ChurnFact", "{count} complaints not resolved, the oldest of {since}."
    ),
    ChurnReason.LOW_RATING: QT_TRANSLATE_NOOP(
        "ChurnFact", "{count} ratings of 2 or less since {since}, the last {rating} on {last}."
    ),
    ChurnReason.NO_CONTACT: QT_TRANSLATE_NOOP("ChurnFact", "No contact logged since {last}."),
}
#: "No contact" for a customer never contacted: the silence counts from the day they became a customer ("since
#: {last}" alone read as if a contact was logged that day).
NO_CONTACT_SINCE_JOINING: Final = QT_TRANSLATE_NOOP("ChurnFact", "No contact logged since joining on {joined}.")


@dataclass(frozen=True)
class ChurnRules:
    """The owner's weights and windows (shop settings)."""

    term_ending: int = 30
    paused: int = 15
    skipped: int = 10
    late_returns: int = 10
    overdue: int = 25
    open_complaint: int = 25
    low_rating: int = 20
    no_contact: int = 10
    #: A term ending within this many days of D counts (without a renewal talk in as many days up to D).
    term_days: int = 60
    #: Pauses, skipped boxes and late returns count in this many months up to D.
    recent_months: int = 6
    #: Low ratings count in this many months up to D.
    rating_months: int = 3
    #: No contact for this many months counts.
    silence_months: int = 3

    def weight(self, reason: ChurnReason) -> int:
        value: int = getattr(self, reason.value)
        return value

    def to_json(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in RULE_FIELDS}

    @classmethod
    def from_json(cls, stored: Mapping[str, object] | None) -> ChurnRules:
        """The stored settings; a name missing (a reason added later) keeps its default."""
        if not stored:
            return cls()
        known = {name: int(value) for name, value in stored.items() if name in RULE_FIELDS and isinstance(value, int)}
        return cls(**known)


#: Every setting by its field name: the weights, then the windows.
WINDOW_FIELDS = ("term_days", "recent_months", "rating_months", "silence_months")
RULE_FIELDS = (*(reason.value for reason in ChurnReason), *WINDOW_FIELDS)
_WINDOW_LIMITS = {
    "term_days": MAX_TERM_DAYS,
    "recent_months": MAX_MONTHS,
    "rating_months": MAX_MONTHS,
    "silence_months": MAX_MONTHS,
}


def parse_setting(text: str, *, field: str) -> int:
    """A weight or a window as typed: a whole number, not negative ("20", " 20 ")."""
    cleaned = half_width(text).strip().replace(",", "")
    sign = cleaned.startswith("-")
    digits = cleaned.removeprefix("-").strip()
    low, high = (1, _WINDOW_LIMITS[field]) if field in _WINDOW_LIMITS else (0, MAX_WEIGHT)
    problems = ProblemCollector()
    if not (digits.isascii() and digits.isdigit()):
        problems.add(field, _NOT_A_NUMBER)
    elif len(digits) > 6 or (sign and int(digits) > 0 and field in _WINDOW_LIMITS):
        # A whole number all the same: what is wrong is its size (days and months, which start at 1, say so too
        # when negative; a weight says it cannot be negative).
        problems.add(field, _TOO_BIG, low=str(low), high=str(high))
    elif sign and int(digits) > 0:
        problems.add(field, _NEGATIVE)
    problems.raise_if_any()
    return int(digits)


def check_churn_rules(values: Mapping[str, int]) -> ChurnRules:
    """Every weight from 0 to ``MAX_WEIGHT``; the days from 1 to ``MAX_TERM_DAYS``; the months from 1 to
    ``MAX_MONTHS``. Field names: those of ``ChurnRules``."""
    problems = ProblemCollector()
    for reason in ChurnReason:
        value = values[reason.value]
        if value < 0:
            problems.add(reason.value, _NEGATIVE)
        elif value > MAX_WEIGHT:
            problems.add(reason.value, _TOO_BIG, low="0", high=str(MAX_WEIGHT))
    for name in WINDOW_FIELDS:
        value = values[name]
        if not 1 <= value <= _WINDOW_LIMITS[name]:
            problems.add(name, _TOO_BIG, low="1", high=str(_WINDOW_LIMITS[name]))
    problems.raise_if_any()
    return ChurnRules(**{name: values[name] for name in RULE_FIELDS})


@dataclass(frozen=True)
class ChurnFacts:
    """What the shop knew of one subscriber by the end of day D. Dates are within the windows the facts were read
    for (``FactWindows``); counts are of those windows."""

    #: The soonest end of a running contract's term on or after D, if one is not renewed by D.
    term_ends_on: date | None = None
    #: Whether a renewal talk was logged in the term window up to D.
    renewal_talk: bool = False
    pauses: int = 0
    last_pause_on: date | None = None
    skips: int = 0
    last_skip_on: date | None = None
    late_returns: int = 0
    last_late_due_on: date | None = None
    #: Unpaid past grace on D, and the oldest such charge's due date.
    overdue_amount: int = 0
    overdue_since: date | None = None
    open_complaints: int = 0
    oldest_complaint_on: date | None = None
    low_ratings: int = 0
    last_low_rating: int | None = None
    last_low_rating_on: date | None = None
    #: The last contact logged by D, or (never) the day the customer became one.
    last_contact_on: date | None = None
    customer_since: date | None = None


@dataclass(frozen=True)
class FactWindows:
    """The first day each counted fact may fall on, for a day D."""

    term_last: date
    talk_first: date
    recent_first: date
    rating_first: date
    silence_before: date


def fact_windows(day: date, rules: ChurnRules) -> FactWindows:
    return FactWindows(
        term_last=day + timedelta(days=rules.term_days),
        talk_first=day - timedelta(days=rules.term_days),
        recent_first=add_months(day, -rules.recent_months),
        rating_first=add_months(day, -rules.rating_months),
        silence_before=add_months(day, -rules.silence_months),
    )


@dataclass(frozen=True)
class Reason:
    """One reason present: its weight and the fact behind it (``fact_template(reason)`` with ``arguments``; dates
    as ISO text, money as won)."""

    reason: ChurnReason
    weight: int
    arguments: Mapping[str, str | int] = field(default_factory=dict)


def churn_reasons(facts: ChurnFacts, rules: ChurnRules, day: date) -> tuple[Reason, ...]:
    """The reasons present on *day*, heaviest first (then in ``ChurnReason`` order); a reason weighted 0 is left
    out, as the owner turned it off."""
    windows = fact_windows(day, rules)
    found: list[Reason] = []

    def add(reason: ChurnReason, **arguments: str | int) -> None:
        weight = rules.weight(reason)
        if weight > 0:
            found.append(Reason(reason, weight, arguments))

    ends = facts.term_ends_on
    if ends is not None and day <= ends <= windows.term_last and not facts.renewal_talk:
        add(ChurnReason.TERM_ENDING, ends_on=ends.isoformat(), days=(ends - day).days)
    since = windows.recent_first.isoformat()
    if facts.pauses > 0 and facts.last_pause_on is not None:
        add(ChurnReason.PAUSED, count=facts.pauses, since=since, last=facts.last_pause_on.isoformat())
    if facts.skips > 0 and facts.last_skip_on is not None:
        add(ChurnReason.SKIPPED, count=facts.skips, since=since, last=facts.last_skip_on.isoformat())
    if facts.late_returns > 0 and facts.last_late_due_on is not None:
        add(ChurnReason.LATE_RETURNS, count=facts.late_returns, since=since, last=facts.last_late_due_on.isoformat())
    if facts.overdue_amount > 0 and facts.overdue_since is not None:
        add(ChurnReason.OVERDUE, amount=facts.overdue_amount, since=facts.overdue_since.isoformat())
    if facts.open_complaints > 0 and facts.oldest_complaint_on is not None:
        add(ChurnReason.OPEN_COMPLAINT, count=facts.open_complaints, since=facts.oldest_complaint_on.isoformat())
    if facts.low_ratings > 0 and facts.last_low_rating_on is not None and facts.last_low_rating is not None:
        add(
            ChurnReason.LOW_RATING,
            count=facts.low_ratings,
            since=windows.rating_first.isoformat(),
            rating=facts.last_low_rating,
            last=facts.last_low_rating_on.isoformat(),
        )
    if facts.last_contact_on is not None:
        if facts.last_contact_on < windows.silence_before:
            add(ChurnReason.NO_CONTACT, last=facts.last_contact_on.isoformat())
    elif facts.customer_since is not None and facts.customer_since < windows.silence_before:
        add(ChurnReason.NO_CONTACT, joined=facts.customer_since.isoformat())
    order = list(ChurnReason)
    return tuple(sorted(found, key=lambda r: (-r.weight, order.index(r.reason))))


def fact_template(reason: Reason) -> str:
    """The English source of the fact behind *reason* (its arguments fill it in)."""
    if reason.reason is ChurnReason.NO_CONTACT and "joined" in reason.arguments:
        return NO_CONTACT_SINCE_JOINING
    return FACT_TEMPLATES[reason.reason]


def churn_score(reasons: tuple[Reason, ...]) -> int:
    """The sum of the weights of the reasons present."""
    return sum(r.weight for r in reasons)


# --- the backtest -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Catch:
    """How many of the cancellations a ranking's top tenth held."""

    caught: int
    cancelled: int

    @property
    def percent(self) -> int | None:
        """The share caught, in whole percent (rounded half up); None without cancellations."""
        if self.cancelled == 0:
            return None
        return (self.caught * 200 + self.cancelled) // (self.cancelled * 2)


def top_count(subscribers: int) -> int:
    """How many make the top tenth: a tenth, rounded up (one of nine is still one)."""
    return -(-subscribers // TOP_SHARE_DENOMINATOR)


def caught_in_top(ranked: list[int], cancelled: set[int]) -> Catch:
    """Of the *cancelled*, how many are in the top tenth of *ranked* (ids, riskiest first)."""
    top = set(ranked[: top_count(len(ranked))])
    return Catch(len(top & cancelled), len(cancelled))
