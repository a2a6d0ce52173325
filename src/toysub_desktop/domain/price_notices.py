"""Telling subscribers of a price change before it reaches them.

A signed contract keeps its price until it is renewed, so a new catalogue price reaches a subscriber only at a
renewal: the first one on or after the day the price takes effect. The shop tells each subscriber a set number of
days before that (the shop's ``price_notice_days``):

* it **applies from** ``max(price effective_from, the day after the term ends)``;
* it must be told **by** that day minus the notice days.

A price that is replaced by a later one before it would reach a subscriber never reaches them; the later price
does. Which version reaches a subscriber follows the effective-dated rules of ``domain.timeline``.

**A renewal is signed at what the subscriber was told**: the price in effect on the new term's first day
(``price_at_renewal``), whenever the renewal is signed. A subscriber told "32,000원 from 06-01" whose term ends on
05-31 and who renews early, in April, signs at 32,000원 from 06-01, not at April's price for another year.

A notice given after its tell-by day is **late** (``is_late``): the subscriber had less notice than the shop's
period. It is computed from the dates, never stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol, TypeVar

from toysub_desktop.domain.dates import DateWindow
from toysub_desktop.domain.errors import ProblemCollector
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX, clean_line
from toysub_desktop.domain.timeline import Versioned, in_effect_on, known_at

_TOLD_IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The day the customer was told cannot be in the future.")
_TOLD_BEFORE_SCHEDULED = QT_TRANSLATE_NOOP(
    "Validation", "The price change was recorded on {date}; the customer cannot have been told before that."
)


class NoticeMethod(StrEnum):
    """How a subscriber was told of a price change."""

    PHONE = "phone"
    TEXT = "text"  # a text message or a messenger
    IN_PERSON = "in_person"  # at the counter
    LETTER = "letter"


class PriceVersion(Versioned, Protocol):
    """A plan's price from a date, as the rules need it (a ``PlanPrice`` row, or a change being considered)."""

    @property
    def monthly_price(self) -> int: ...


P = TypeVar("P", bound=PriceVersion)


@dataclass(frozen=True)
class PriceReach:
    """One price version that will reach one contract, and from when."""

    price: PriceVersion
    applies_from: date


def applies_from(price_effective_from: date, renewal_on: date) -> date:
    """The first day a new price reaches a contract whose next term starts on *renewal_on*."""
    return max(price_effective_from, renewal_on)


def tell_by(applies_on: date, notice_days: int) -> date:
    """The last day the subscriber can be told and still have the shop's notice period."""
    return applies_on - timedelta(days=notice_days)


def price_at_renewal(prices: Sequence[P], renewal_on: date) -> P | None:
    """The catalogue price a renewal starting on *renewal_on* is signed at: the one in effect that day, which is the
    price ``prices_reaching`` tells the subscriber (it applies from ``max(effective_from, renewal_on)``)."""
    return in_effect_on(prices, renewal_on)


def is_late(told_on: date, tell_by_day: date) -> bool:
    """Whether a subscriber told on *told_on* was told after the last day that still gave the full notice."""
    return told_on > tell_by_day


def prices_reaching(
    prices: Sequence[PriceVersion], *, renewal_on: date, price_fixed_on: date, current_price: int
) -> list[PriceReach]:
    """The price versions that will reach a contract at or after its renewal, soonest first.

    *price_fixed_on* is the day the contract's price was set (signed, or changed to another plan); versions taking
    effect by then were already the price it was signed at. A version that reaches the contract at the price it
    already pays is no change, and is left out.
    """
    reaching = []
    for price in prices:
        if not known_at(price, None) or price.effective_from <= price_fixed_on:
            continue
        start = applies_from(price.effective_from, renewal_on)
        if in_effect_on(prices, start) is price and price.monthly_price != current_price:
            reaching.append(PriceReach(price, start))
    return sorted(reaching, key=lambda reach: (reach.applies_from, reach.price.id))


#: The day the customer was told of a price change: one that has come.
TOLD_ON = DateWindow(days_ahead=0, too_late=_TOLD_IN_FUTURE)


def check_notice(*, told_on: date, today: date, price_recorded_on: date, note: str) -> str:
    """Raise a ValidationError for an impossible notice; return the note on one line."""
    problems = ProblemCollector()
    with problems.checking():
        TOLD_ON(told_on, today=today, field="told_on")
    if told_on <= today and told_on < price_recorded_on:
        problems.add("told_on", _TOLD_BEFORE_SCHEDULED, date=price_recorded_on.isoformat())
    clean = ""
    with problems.checking():
        clean = clean_line(note, field="note", limit=NOTE_MAX)
    problems.raise_if_any()
    return clean
