"""The story machinery: every service call of the demo shop is planned first, each with its moment and the
staff member who records it, then replayed in the order it happened.

Everything random comes from one ``random.Random`` shared by all parts of the story, drawn in a fixed order, so the
same seed and day give the same shop.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from toysub_desktop.db.engine import Database
from toysub_desktop.domain.dates import SHOP_TIMEZONE
from toysub_desktop.services.shop import add_staff

T = TypeVar("T")

CLERK_NAMES = ("이수빈", "최민혁", "정다은")

#: How far back the shop's history goes.
HISTORY_DAYS = 3 * 365


def moment(day: date, minutes: int) -> datetime:
    """*minutes* after midnight on *day* at the shop, as a UTC moment."""
    return datetime.combine(day, time(minutes // 60, minutes % 60), SHOP_TIMEZONE).astimezone(UTC)


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def month_of_index(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


#: A planned service call: given the moment it happens and who records it.
Action = Callable[[datetime, int], None]


@dataclass(frozen=True)
class Event:
    at: datetime
    seq: int
    staff: int
    action: Action


class Chances:
    """Random choices from the story's one generator, and days and moments around the story's today."""

    rng: random.Random
    today: date

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, choices: Sequence[T]) -> T:
        return choices[self.rng.randrange(len(choices))]

    def weighted(self, choices: Sequence[T], weights: Sequence[float]) -> T:
        return self.rng.choices(choices, weights=weights)[0]

    def sample(self, pool: Sequence[T], count: int) -> list[T]:
        return self.rng.sample(list(pool), min(max(count, 0), len(pool)))

    def day_between(self, first: date, last: date) -> date:
        """A day from *first* to *last*, both included (*first* if the range is empty)."""
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def moment_on(self, day: date, *, after: datetime | None = None) -> datetime:
        """Some time during opening hours on *day*, later than *after* (an earlier step of the same story)."""
        at = moment(day, self.rng.randint(10 * 60, 19 * 60 + 30))
        if after is not None and at <= after:
            at = after + timedelta(minutes=self.rng.randint(3, 40))
        return at

    def after_registration(self, registered_on: date, first: int, last: int) -> date:
        """A day *first*..*last* days after registration on *registered_on*, not after today."""
        start = registered_on + timedelta(days=first)
        return min(self.day_between(start, registered_on + timedelta(days=last)), self.today)


class Story(Chances):
    """The shared timeline: the planned calls, who works at the shop when, and what was recorded (counts)."""

    def __init__(self, db: Database, rng: random.Random, today: date, latest: datetime) -> None:
        self.db = db
        self.rng = rng
        self.today = today
        self.latest = latest
        self.events: list[Event] = []
        #: When each staff member (by index; 0 is the owner) started; ids are known once the story is replayed.
        self.staff_hired: list[datetime] = []
        self.staff_ids: list[int] = []
        self.counts: Counter[str] = Counter()

    def schedule(self, at: datetime, action: Action, *, by_owner: bool = False) -> datetime:
        """Plan *action* at *at*, by someone working at the shop then (the owner, for what only an owner decides).
        Returns *at*, for the steps after it."""
        working = [i for i, hired in enumerate(self.staff_hired) if hired <= at]
        staff = 0 if by_owner else self.weighted(working, [1.0 if i == 0 else 1.6 for i in working])
        self.events.append(Event(at, len(self.events), staff, action))
        return at

    def replay(self) -> None:
        """Run every planned call in the order it happened (any planned for later today happen now)."""
        for event in sorted(self.events, key=lambda e: (min(e.at, self.latest), e.seq)):
            event.action(min(event.at, self.latest), self.staff_ids[event.staff])

    def plan_staff(self, opened: datetime) -> None:
        """The owner opened the shop with one clerk; one or two more joined as it grew."""
        hires = [
            opened + timedelta(days=1, hours=1),
            self.moment_on(self.today - timedelta(days=self.rng.randint(420, 620))),
        ]
        if self.chance(0.5):
            hires.append(self.moment_on(self.today - timedelta(days=self.rng.randint(90, 200))))
        self.staff_hired = [opened]
        for name, hired in zip(CLERK_NAMES, hires, strict=False):
            self.events.append(Event(hired, len(self.events), 0, self.hire(name)))
            self.staff_hired.append(hired)

    def hire(self, name: str) -> Action:
        def run(now: datetime, staff_id: int) -> None:
            self.staff_ids.append(add_staff(self.db, by_staff_id=staff_id, name=name, now=now).id)

        return run


class Part(Chances):
    """One part of the shop's story (its families, their contacts, the catalogue, the contracts…), planned on the
    shared story with its generator."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.db = story.db
        self.rng = story.rng
        self.today = story.today
        self.counts = story.counts

    def schedule(self, at: datetime, action: Action, *, by_owner: bool = False) -> datetime:
        """Plan *action* at *at* on the shared story; returns *at*, for the steps after it."""
        return self.story.schedule(at, action, by_owner=by_owner)
