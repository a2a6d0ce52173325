"""Prospects (가망 고객): people who asked about the shop or tried it before signing anything.

A walk-in inquiry or a trial user is recorded with where they heard of the shop (the source), what they are
interested in, and maybe a day to get back to them. Each ends one of two ways: they become a customer (the prospect
is linked to the customer, and its history shows on the customer's contact log) or they decide not to (with why).
The conversion rate of a source is the share of its prospects that became customers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX, clean_line

INTEREST_MAX = NOTE_MAX
OUTCOME_NOTE_MAX = NOTE_MAX

_NO_REASON = QT_TRANSLATE_NOOP("Validation", "Say why they decided not to join, e.g. found it too expensive.")


class ProspectKind(StrEnum):
    INQUIRY = "inquiry"  # asked at the counter, on the phone or online
    TRIAL = "trial"  # tried the service (a trial box or rental) before signing


class ProspectSource(StrEnum):
    """Where the prospect heard of the shop."""

    REFERRAL = "referral"  # 지인 추천
    WALK_IN = "walk_in"  # 매장 방문 (passing by)
    BLOG = "blog"
    FLYER = "flyer"
    SNS = "sns"
    OTHER = "other"


class ProspectOutcome(StrEnum):
    OPEN = "open"
    CONVERTED = "converted"  # became a customer
    LOST = "lost"  # decided not to join


def check_interest(text: str, *, field: str = "interest") -> str:
    return clean_line(text, field=field, limit=INTEREST_MAX)


def check_lost_reason(text: str, *, field: str = "outcome_note") -> str:
    return clean_line(text, field=field, limit=OUTCOME_NOTE_MAX, required=True, required_message=_NO_REASON)


@dataclass(frozen=True)
class SourceConversion:
    """How the prospects from one source turned out."""

    source: ProspectSource
    converted: int
    lost: int
    open: int

    @property
    def total(self) -> int:
        return self.converted + self.lost + self.open

    @property
    def percent(self) -> int | None:
        """The share of the source's prospects that became customers, in whole percent (rounded half up); None
        for a source with no prospects. Open ones count in the whole: they have not joined (yet)."""
        if self.total == 0:
            return None
        return (self.converted * 200 + self.total) // (self.total * 2)
