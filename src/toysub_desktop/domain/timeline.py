"""Effective-dated versions: which one is in effect on a day, as known now or at a past moment.

Every contact fact (an address, the phone in one role) is a list of versions that are never changed in place:

* a **move** or a **number change** adds a version with the day it takes effect (``effective_from``);
* a **correction** voids the wrong version and adds the right one with the same ``effective_from``;
* a **temporary** version (staying with grandparents for the summer) also has an ``effective_until``, the last
  day it applies; after it, whatever was in effect before it applies again.

In effect on day D (as known at moment T): among versions recorded by T and not voided by T, whose period
contains D, the one with the greatest ``(effective_from, recorded_at)`` (then the later recorded id).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol, TypeVar


class Versioned(Protocol):
    """What the rules need of a version; ORM rows and plain records both fit."""

    @property
    def id(self) -> int:
        """Order of recording, to break a tie between versions recorded at the same moment."""
        ...

    @property
    def effective_from(self) -> date: ...

    @property
    def effective_until(self) -> date | None: ...

    @property
    def recorded_at(self) -> datetime: ...

    @property
    def voided_at(self) -> datetime | None: ...


V = TypeVar("V", bound=Versioned)


def known_at(version: Versioned, moment: datetime | None) -> bool:
    """Whether *version* was on record, and not yet voided, at *moment* (``None``: now)."""
    if moment is None:
        return version.voided_at is None
    return version.recorded_at <= moment and (version.voided_at is None or version.voided_at > moment)


def covers(version: Versioned, day: date) -> bool:
    """Whether *day* falls in the version's period."""
    return version.effective_from <= day and (version.effective_until is None or day <= version.effective_until)


def _precedence(version: Versioned) -> tuple[date, datetime, int]:
    return (version.effective_from, version.recorded_at, version.id)


def in_effect_on(versions: Iterable[V], day: date, *, as_known_at: datetime | None = None) -> V | None:
    """The version in effect on *day*, as known now or as known at *as_known_at*."""
    candidates = [v for v in versions if known_at(v, as_known_at) and covers(v, day)]
    return max(candidates, key=_precedence, default=None)


def scheduled_after(versions: Iterable[V], today: date) -> list[V]:
    """Versions on record that take effect after *today*, soonest first ("moves on 3 March to …")."""
    return sorted((v for v in versions if known_at(v, None) and v.effective_from > today), key=_precedence)


def next_lasting_after(versions: Iterable[V], day: date) -> V | None:
    """The first lasting (not temporary) version on record that takes effect after *day*.

    A move dated before it would last only until it begins, which is never what a clerk recording a move means:
    either the later version is wrong (correct it) or the date is."""
    later = [v for v in versions if known_at(v, None) and v.effective_until is None and v.effective_from > day]
    return min(later, key=_precedence, default=None)


@dataclass(frozen=True)
class Period:
    """A stretch of days during which one version was in effect (``last`` is ``None`` while it still is)."""

    first: date
    last: date | None


def periods_in_effect(versions: Sequence[V], version: V) -> list[Period]:
    """The stretches of days during which *version* is (or was, or will be) in effect, as known now.

    A temporary address interrupts the permanent one, so one version may have two stretches.
    """
    if not known_at(version, None):
        return []
    live = [v for v in versions if known_at(v, None)]
    boundaries = sorted(
        {v.effective_from for v in live}
        | {v.effective_until + timedelta(days=1) for v in live if v.effective_until is not None}
    )
    result: list[Period] = []
    for index, start in enumerate(boundaries):
        if start < version.effective_from:
            continue
        if version.effective_until is not None and start > version.effective_until:
            break
        if in_effect_on(live, start) is not version:
            continue
        end = boundaries[index + 1] - timedelta(days=1) if index + 1 < len(boundaries) else None
        if version.effective_until is not None and (end is None or end > version.effective_until):
            end = version.effective_until
        if result and result[-1].last is not None and result[-1].last + timedelta(days=1) == start:
            result[-1] = Period(result[-1].first, end)
        else:
            result.append(Period(start, end))
    return result
