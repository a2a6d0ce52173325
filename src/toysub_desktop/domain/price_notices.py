"""Telling subscribers of a price change before it reaches them.

A signed contract keeps its price until it is renewed, so a new catalogue price reaches a subscriber only at a
renewal: the first one on or after the day the price takes effect. The shop tells each subscriber a set number of
days before that (the shop's ``price_notice_days``):

* it **applies from** ``max(price effective_from, the day after the term ends)``;
* it must be told **by** that day minus the notice days.

A price that is replaced by a later one before it would reach a subscriber never reaches them; the later price
does. Which version reaches a subscriber follows the effective-dated rules of ``domain.timeline``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

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


def check_notice(*, told_on: date, today: date, price_recorded_on: date, note: str) -> str:
    """Raise a ValidationError for an impossible notice; return the note on one line."""
    problems = ProblemCollector()
    if told_on > today:
        problems.add("told_on", _TOLD_IN_FUTURE)
    elif told_on < price_recorded_on:
        problems.add("told_on", _TOLD_BEFORE_SCHEDULED, date=price_recorded_on.isoformat())
    clean = ""
    with problems.checking():
        clean = clean_line(note, field="note", limit=NOTE_MAX)
    problems.raise_if_any()
    return clean
