"""The hand-made cases that make sure today's screens show a clerk each feature: every state, the daily lists
(trials ending within a week, terms ending within 30, 60 and 90 days, pauses) and each kind of change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial

from toysub_desktop.demo.catalogue import OFFERS, OTHER_TIER
from toysub_desktop.demo.lifecycle import CANCEL_NOTES, PAUSE_NOTES, SKIP_NOTES, TRIAL_CANCEL_NOTES, Contract, Lifecycle
from toysub_desktop.demo.people import Family
from toysub_desktop.demo.story import Part, Story, moment
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.subscriptions import SubscriptionState


class Showcases(Part):
    """Adds contracts, or steps on running ones, where the story so far left one of today's lists empty."""

    def __init__(self, story: Story, lifecycle: Lifecycle) -> None:
        super().__init__(story)
        self.lifecycle = lifecycle

    def plan(self, families: list[Family]) -> None:
        """Make sure today's screens have something to show: every state, the daily lists (trials ending within a
        week, terms ending within 30, 60 and 90 days, pauses), and each kind of change. A small shop's story may
        not reach them all by chance; a few more contracts (or steps on running ones) are planned where one is
        missing."""
        today = self.today
        state = SubscriptionState

        def has(wanted: SubscriptionState) -> Callable[[], bool]:
            return lambda: any(c.timeline.state_on(today) is wanted for c in self.lifecycle.contracts)

        def ending_between(low: int, high: int) -> Callable[[], bool]:
            return lambda: any(self.ends_between(c, low, high) for c in self.lifecycle.contracts)

        needs: list[tuple[Callable[[], bool], Callable[[list[Family]], object]]] = [
            # Steps on running contracts first: a pause can move a term out of an ending list, checked later.
            (has(state.PAUSED), self.showcase_pause),
            (lambda: any(c.changes for c in self.lifecycle.contracts), self.showcase_plan_change),
            (lambda: any(c.skipped for c in self.lifecycle.contracts), self.showcase_skip),
            (lambda: any(self.trial_ends_within(c, 7) for c in self.lifecycle.contracts), self.showcase_trial),
            (has(state.SCHEDULED), self.showcase_scheduled),
            (has(state.ACTIVE), self.showcase_active),
            (
                lambda: any(
                    c.cancelled_with_fee and c.timeline.state_on(today) is state.CANCELLED
                    for c in self.lifecycle.contracts
                ),
                self.showcase_cancellation,
            ),
            (
                lambda: any(c.cancelled_with_fee is False for c in self.lifecycle.contracts),
                self.showcase_trial_cancellation,
            ),
            (has(state.COMPLETED), self.showcase_completed),
            (has(state.RENEWED), self.showcase_renewed),
            (lambda: any(c.resumed for c in self.lifecycle.contracts), self.showcase_resume),
            (ending_between(0, 30), partial(self.showcase_ending, low=3, high=28)),
            (ending_between(31, 60), partial(self.showcase_ending, low=33, high=58)),
            (ending_between(61, 90), partial(self.showcase_ending, low=63, high=88)),
        ]
        for present, add in needs:
            for _ in range(5):
                if present():
                    break
                add(families)

    def ends_between(self, contract: Contract, low: int, high: int) -> bool:
        """The term ends *low*..*high* days from today, and nothing is decided yet (not cancelled, not renewed)."""
        timeline = contract.timeline
        if timeline.renewed or (timeline.cancelled_on is not None and timeline.cancelled_on <= self.today):
            return False
        return low <= (timeline.end - self.today).days <= high

    def trial_ends_within(self, contract: Contract, days: int) -> bool:
        """In its free trial today, and the paid term begins within *days* days."""
        timeline = contract.timeline
        in_trial = timeline.state_on(self.today) is SubscriptionState.TRIAL
        return in_trial and timeline.paid_from <= self.today + timedelta(days=days)

    def running_today(self, contract: Contract, *, told: date) -> bool:
        """Active today with nothing decided about its end, and no step of its own recorded from *told* on."""
        timeline = contract.timeline
        return (
            timeline.state_on(self.today) is SubscriptionState.ACTIVE
            and timeline.cancelled_on is None
            and not timeline.renewed
            and contract.last_at < moment(told, 0)
        )

    def showcase_contract(
        self, families: list[Family], key: str, day: date, *, start: date | None = None, months: int | None = None
    ) -> Contract | None:
        """A contract signed on *day* by a family registered by then."""
        registered = [f for f in families if f.registered_on <= day]
        if not registered:
            return None
        family = self.pick(registered)
        return self.lifecycle.sign_up_contract(
            family, OFFERS[key], day, after=family.registered_at, start=start, months=months
        )

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def showcase_pause(self, families: list[Family]) -> None:
        """Paused since a few days ago, back in a few weeks."""
        first = self.days_ago(2, 15)
        last = self.today + timedelta(days=self.rng.randint(14, 45))
        told = first - timedelta(days=self.rng.randint(1, 7))
        note = self.pick(PAUSE_NOTES)
        running = [
            c for c in self.lifecycle.contracts if self.running_today(c, told=told) and c.timeline.paid_from <= first
        ]
        for contract in self.sample(running, 3):
            if self.lifecycle.try_pause(contract, told, first=first, last=last, note=note):
                return
        fresh = self.showcase_contract(families, "box", self.days_ago(150, 330), months=24)
        if fresh is not None:
            self.lifecycle.try_pause(fresh, told, first=first, last=last, note=note)

    def showcase_plan_change(self, families: list[Family]) -> None:
        told = self.days_ago(1, 20)
        running = [
            c for c in self.lifecycle.contracts if self.running_today(c, told=told) and c.offer.key in OTHER_TIER
        ]
        for contract in self.sample(running, 3):
            if self.lifecycle.try_change(contract, told, target=OFFERS[OTHER_TIER[contract.offer.key]]):
                return
        fresh = self.showcase_contract(families, "box", self.days_ago(60, 300), months=24)
        if fresh is not None:
            self.lifecycle.try_change(fresh, told, target=OFFERS["box_premium"])

    def showcase_skip(self, families: list[Family]) -> None:
        """Next month's box skipped."""
        told = self.days_ago(0, 10)
        month = add_months(self.today.replace(day=1), 1)
        note = self.pick(SKIP_NOTES)
        running = [
            c for c in self.lifecycle.contracts if self.running_today(c, told=told) and c.delivery_day is not None
        ]
        candidates = self.sample(running, 3)
        if not candidates:
            contract = self.showcase_contract(families, "box", self.days_ago(60, 300), months=24)
            candidates = [contract] if contract is not None else []
        for contract in candidates:
            assert contract.delivery_day is not None
            delivery_on = date(month.year, month.month, contract.delivery_day)
            if self.lifecycle.try_skip(contract, told, delivery_on=delivery_on, note=note):
                return

    def showcase_trial(self, families: list[Family]) -> None:
        """A rental in its free trial, which turns into the paid term within a week."""
        start = self.days_ago(7, 11)
        self.showcase_contract(
            families,
            self.pick(("rental", "rental_premium")),
            start - timedelta(days=self.rng.randint(0, 2)),
            start=start,
        )

    def showcase_scheduled(self, families: list[Family]) -> None:
        """Signed lately for a first box a couple of weeks from now."""
        start = self.today + timedelta(days=self.rng.randint(4, 20))
        self.showcase_contract(families, self.pick(("box", "box_premium")), self.days_ago(0, 6), start=start)

    def showcase_active(self, families: list[Family]) -> None:
        self.showcase_contract(families, "box", self.days_ago(40, 200), months=24)

    def showcase_cancellation(self, families: list[Family]) -> None:
        """Cancelled in the middle of the term, with the early-termination fee."""
        signed = self.days_ago(200, 420)
        contract = self.showcase_contract(families, self.pick(("rental", "box_premium")), signed, months=24)
        if contract is not None:
            effective = self.days_ago(5, 60)
            told = effective - timedelta(days=self.rng.randint(0, 20))
            self.lifecycle.try_cancel(contract, told, effective=effective, note=self.pick(CANCEL_NOTES))

    def showcase_trial_cancellation(self, families: list[Family]) -> None:
        """Cancelled within the free trial, which costs nothing."""
        signed = self.days_ago(30, 300)
        contract = self.showcase_contract(families, "rental", signed, start=signed)
        if contract is not None:
            effective = contract.timeline.start + timedelta(days=self.rng.randint(4, 14))
            told = max(effective - timedelta(days=self.rng.randint(0, 2)), contract.signed_on)
            self.lifecycle.try_cancel(contract, told, effective=effective, note=self.pick(TRIAL_CANCEL_NOTES))

    def year_ended(self, families: list[Family], key: str) -> Contract | None:
        """A one-year contract whose term ended one to six months ago."""
        start = self.days_ago(400, 560)
        return self.showcase_contract(
            families, key, start - timedelta(days=self.rng.randint(0, 3)), start=start, months=12
        )

    def showcase_completed(self, families: list[Family]) -> None:
        self.year_ended(families, self.pick(("box", "unlimited")))

    def showcase_renewed(self, families: list[Family]) -> None:
        contract = self.year_ended(families, "box")
        if contract is not None:
            self.lifecycle.try_renew(contract, contract.timeline.end - timedelta(days=self.rng.randint(5, 60)))

    def showcase_resume(self, families: list[Family]) -> None:
        """A pause some months ago that ended early: the family came back sooner than planned."""
        contract = self.showcase_contract(families, "box", self.days_ago(250, 500), months=24)
        if contract is None:
            return
        first = self.days_ago(60, 150)
        last = first + timedelta(days=self.rng.randint(30, 60))
        told = first - timedelta(days=self.rng.randint(3, 10))
        if self.lifecycle.try_pause(contract, told, first=first, last=last, note=self.pick(PAUSE_NOTES)):
            resume_on = first + timedelta(days=self.rng.randint(7, (last - first).days - 3))
            self.lifecycle.try_resume(contract, resume_on - timedelta(days=self.rng.randint(0, 2)), resume_on=resume_on)

    def showcase_ending(self, families: list[Family], *, low: int, high: int) -> None:
        """A one-year term that ends *low*..*high* days from today, not renewed yet."""
        end = self.today + timedelta(days=self.rng.randint(low, high))
        start = add_months(end + timedelta(days=1), -12)
        key = self.pick(("box", "box_premium", "unlimited"))
        self.showcase_contract(families, key, start - timedelta(days=self.rng.randint(0, 5)), start=start, months=12)
