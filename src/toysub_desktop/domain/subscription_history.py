"""How a subscription stands on any date, from what was signed and the transitions recorded since.

This is the one place the rules of a contract's life are read together: which pauses are in force (a resume
shortens its pause), when the term ends, the monthly fee in effect on a day (the latest plan change by then), which
deliveries were skipped, and what cancelling on a day would cost (paused days are not days the shop loses; a
cancellation within the free trial costs nothing). Services load a ``SubscriptionHistory`` and ask it; deliveries,
rentals, documents, the demo and the UI never re-derive these answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cached_property

from toysub_desktop.domain.fees import EarlyTerminationFee, EarlyTerminationRule, early_termination_fee
from toysub_desktop.domain.subscriptions import (
    ContractTimeline,
    Pause,
    PauseEndRule,
    SubscriptionState,
    resumed_pause,
)


class EventKind(StrEnum):
    """A transition recorded on a contract, each with the day it takes effect."""

    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    PLAN_CHANGE = "plan_change"
    CANCEL = "cancel"
    RENEW = "renew"


@dataclass(frozen=True)
class LifecycleEvent:
    """One recorded transition, as the rules need it."""

    id: int
    kind: EventKind
    effective_on: date
    #: Last day of a pause.
    until: date | None = None
    #: The fee from a plan change on.
    monthly_fee: int | None = None
    #: The plan a plan change moves to.
    plan_id: int | None = None
    #: The pause a resume ends early.
    refers_to_id: int | None = None
    voided: bool = False


@dataclass(frozen=True)
class SignedContract:
    """What was signed, as signed: the dates, the fee and the early-termination rule of the day."""

    start: date
    trial_days: int
    months: int
    pause_rule: PauseEndRule
    plan_id: int
    monthly_fee: int
    early_termination: EarlyTerminationRule
    #: First day without service, once a cancellation is recorded.
    cancelled_on: date | None = None
    renewed: bool = False


@dataclass(frozen=True)
class Resumption:
    """What resuming on a day does: which recorded pause it ends early, and the contract afterwards."""

    pause_event: LifecycleEvent
    timeline: ContractTimeline


@dataclass(frozen=True)
class SubscriptionHistory:
    """A contract and its recorded transitions (in any order; voided ones are kept and ignored)."""

    signed: SignedContract
    events: tuple[LifecycleEvent, ...] = ()

    def live(self, kind: EventKind) -> list[LifecycleEvent]:
        """The transitions of *kind* in force, by effective date then order of recording."""
        return sorted((e for e in self.events if e.kind is kind and not e.voided), key=lambda e: (e.effective_on, e.id))

    @cached_property
    def pauses(self) -> tuple[tuple[LifecycleEvent, Pause], ...]:
        """Each pause as it stands, shortened by a resume if one was recorded (gone if resumed before it began)."""
        resumes = {e.refers_to_id: e.effective_on for e in self.live(EventKind.RESUME)}
        result = []
        for event in self.live(EventKind.PAUSE):
            assert event.until is not None
            pause: Pause | None = Pause(event.effective_on, event.until)
            if event.id in resumes and pause is not None:
                pause = resumed_pause(pause, resumes[event.id])
            if pause is not None:
                result.append((event, pause))
        return tuple(result)

    @cached_property
    def timeline(self) -> ContractTimeline:
        signed = self.signed
        return ContractTimeline(
            start=signed.start,
            trial_days=signed.trial_days,
            months=signed.months,
            pause_rule=signed.pause_rule,
            pauses=tuple(pause for _, pause in self.pauses),
            cancelled_on=signed.cancelled_on,
            renewed=signed.renewed,
        )

    def state_on(self, day: date) -> SubscriptionState:
        return self.timeline.state_on(day)

    def fee_on(self, day: date) -> int:
        """The monthly fee in effect on *day*: as signed, or as set by the latest plan change in effect by then."""
        changes = [e for e in self.live(EventKind.PLAN_CHANGE) if e.effective_on <= day and e.monthly_fee is not None]
        if not changes:
            return self.signed.monthly_fee
        fee = changes[-1].monthly_fee
        assert fee is not None
        return fee

    def plan_on(self, day: date) -> int:
        """The plan in effect on *day*: as signed, or the one the latest plan change in effect by then moved to."""
        changes = [e for e in self.live(EventKind.PLAN_CHANGE) if e.effective_on <= day and e.plan_id is not None]
        if not changes:
            return self.signed.plan_id
        plan_id = changes[-1].plan_id
        assert plan_id is not None
        return plan_id

    @property
    def skipped(self) -> tuple[date, ...]:
        return tuple(e.effective_on for e in self.live(EventKind.SKIP))

    def resumption(self, resume_on: date) -> Resumption:
        """Resuming on *resume_on* ends the pause that covers it early; refused when no pause covers that day."""
        timeline = self.timeline.resumed(resume_on)  # refused when no pause covers that day
        event = next(event for event, pause in self.pauses if pause.covers(resume_on))
        return Resumption(event, timeline)

    def early_termination_fee(self, effective_on: date) -> EarlyTerminationFee:
        """What cancelling from *effective_on* (the first day without service) costs under the signed rule."""
        timeline = self.timeline
        # Days still paused after the cancellation are not days of service the shop loses.
        paused = sum(p.days_within(effective_on, timeline.end) for p in timeline.pauses)
        return early_termination_fee(
            self.signed.early_termination,
            monthly_fee=self.fee_on(effective_on),
            effective_on=effective_on,
            mandatory_end=timeline.end - timedelta(days=paused),
            paid_from=timeline.paid_from if timeline.trial_days else None,
            cycles_from=timeline.paid_from,
            fee_on=self.fee_on,
        )
