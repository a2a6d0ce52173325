"""A subscription's lifecycle by date: trial, active, paused, cancelled, completed, renewed.

The state is never stored; it follows from the contract's dates and its recorded transitions (pauses, a
cancellation, a renewal), so a trial becomes active and a term completes on its date without anyone touching it,
and the state on any past or future day can be told.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from toysub_desktop.domain.dates import DateWindow
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.months import days_inclusive, next_cycle_start, term_end
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

#: How far ahead of a start or a transition a clerk may record it.
MAX_DAYS_AHEAD = 366
#: A renewal can be signed from this many days before the term ends.
RENEWAL_WINDOW_DAYS = 90
DEFAULT_MAX_PAUSE_DAYS = 90

_NOT_PAUSED = QT_TRANSLATE_NOOP("Validation", "The subscription is not paused on that day.")


class SubscriptionState(StrEnum):
    SCHEDULED = "scheduled"  # signed, starts later
    TRIAL = "trial"
    ACTIVE = "active"
    PAUSED = "paused"
    CANCELLED = "cancelled"
    COMPLETED = "completed"  # the term ended
    RENEWED = "renewed"  # the term ended and a linked contract continues it


class PauseEndRule(StrEnum):
    """What a pause does to the end of the term (a shop setting, printed on the contract)."""

    EXTEND_TERM = "extend_term"  # the term ends later by the days paused
    KEEP_END = "keep_end"  # the term ends on its date; the paused months are not charged


@dataclass(frozen=True)
class Pause:
    first: date
    last: date

    @property
    def days(self) -> int:
        return days_inclusive(self.first, self.last)

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last

    def days_within(self, first: date, last: date) -> int:
        return days_inclusive(max(self.first, first), min(self.last, last))


def last_day_of_service(end: date, cancelled_on: date | None) -> date:
    """The last day a contract serves: its term's end, or the day before a cancellation takes effect."""
    return min(end, cancelled_on - timedelta(days=1)) if cancelled_on is not None else end


def trial_last_day(start: date, paid_from: date) -> date | None:
    """The last day of the free trial (the day before the term is paid from), or None without a trial."""
    return paid_from - timedelta(days=1) if paid_from > start else None


@dataclass(frozen=True)
class ContractTimeline:
    """The dates of one contract and what has happened to it, as known now."""

    start: date
    trial_days: int
    months: int
    pause_rule: PauseEndRule
    pauses: tuple[Pause, ...] = ()
    #: First day without service, if cancelled.
    cancelled_on: date | None = None
    renewed: bool = False

    @property
    def paid_from(self) -> date:
        """The term (and the first payment) begins after the free trial."""
        return self.start + timedelta(days=self.trial_days)

    @property
    def mandatory_end(self) -> date:
        """Last day of the term as signed."""
        return term_end(self.paid_from, self.months)

    @property
    def end(self) -> date:
        """Last day of the term, moved by pauses when the shop's rule extends the term."""
        if self.pause_rule is PauseEndRule.EXTEND_TERM:
            return self.mandatory_end + timedelta(days=sum(p.days for p in self.pauses))
        return self.mandatory_end

    @property
    def last_service_day(self) -> date:
        return last_day_of_service(self.end, self.cancelled_on)

    @property
    def trial_last_day(self) -> date | None:
        return trial_last_day(self.start, self.paid_from)

    def pause_on(self, day: date) -> Pause | None:
        return next((p for p in self.pauses if p.covers(day)), None)

    def state_on(self, day: date) -> SubscriptionState:
        if self.cancelled_on is not None and day >= self.cancelled_on:
            return SubscriptionState.CANCELLED
        if day < self.start:
            return SubscriptionState.SCHEDULED
        if day > self.end:
            return SubscriptionState.RENEWED if self.renewed else SubscriptionState.COMPLETED
        if self.pause_on(day) is not None:
            return SubscriptionState.PAUSED
        if day < self.paid_from:
            return SubscriptionState.TRIAL
        return SubscriptionState.ACTIVE

    def service_days(self, first: date, last: date) -> int:
        """Days from *first* to *last* on which the contract runs (pauses not counted)."""
        return days_inclusive(first, last) - sum(p.days_within(first, last) for p in self.pauses)

    def with_pause(self, pause: Pause) -> ContractTimeline:
        return replace(self, pauses=tuple(sorted((*self.pauses, pause), key=lambda p: p.first)))

    def resumed(self, resume_on: date) -> ContractTimeline:
        """The contract after resuming on *resume_on*: the pause covering that day ends the day before it (or is
        gone, when resumed on its first day); refused when no pause covers that day."""
        paused = self.pause_on(resume_on)
        if paused is None:
            raise ValidationError.of("resume_on", _NOT_PAUSED)
        shortened = resumed_pause(paused, resume_on)
        kept = [p for p in self.pauses if p is not paused] + ([shortened] if shortened else [])
        return replace(self, pauses=tuple(sorted(kept, key=lambda p: p.first)))


def _date_text(day: date) -> str:
    return day.isoformat()


#: How far ahead a subscription may start.
START_ON = DateWindow(
    days_ahead=MAX_DAYS_AHEAD,
    too_late=QT_TRANSLATE_NOOP("Validation", "A subscription can start at most a year from today."),
)


def check_start(start: date, *, registered_on: date, today: date) -> date:
    if start < registered_on:
        raise ValidationError.of(
            "start",
            QT_TRANSLATE_NOOP("Validation", "The start cannot be before the customer was registered ({date})."),
            date=_date_text(registered_on),
        )
    return START_ON(start, today=today, field="start")


def _check_open(timeline: ContractTimeline, day: date, field: str) -> None:
    state = timeline.state_on(day)
    if state is SubscriptionState.CANCELLED:
        raise ValidationError.of(field, QT_TRANSLATE_NOOP("Validation", "The subscription is cancelled by then."))
    if day > timeline.end:
        raise ValidationError.of(
            field,
            QT_TRANSLATE_NOOP("Validation", "The subscription ends on {date}."),
            date=_date_text(timeline.end),
        )


def check_pause(timeline: ContractTimeline, pause: Pause, *, max_days: int) -> Pause:
    """A pause must lie within the contract, not overlap another one, and not be longer than the shop allows."""
    if pause.last < pause.first:
        raise ValidationError.of("until", QT_TRANSLATE_NOOP("Validation", "The pause must end on or after its start."))
    if pause.first < timeline.paid_from:  # a trial is not paused; it is cancelled or left to run
        raise ValidationError.of(
            "from",
            QT_TRANSLATE_NOOP("Validation", "A pause can start from {date}, when the term begins."),
            date=_date_text(timeline.paid_from),
        )
    _check_open(timeline, pause.first, "from")
    if pause.days > max_days:
        raise ValidationError.of(
            "until",
            QT_TRANSLATE_NOOP("Validation", "A pause can last at most {days} days; this one is {asked}."),
            days=str(max_days),
            asked=str(pause.days),
        )
    if timeline.cancelled_on is not None and pause.last >= timeline.cancelled_on:
        raise ValidationError.of("until", QT_TRANSLATE_NOOP("Validation", "The subscription is cancelled by then."))
    if any(p.first <= pause.last and pause.first <= p.last for p in timeline.pauses):
        raise ValidationError.of(
            "from", QT_TRANSLATE_NOOP("Validation", "The subscription is already paused during these days.")
        )
    return pause


def resumed_pause(pause: Pause, resume_on: date) -> Pause | None:
    """The pause shortened by resuming on *resume_on*; None when it is resumed before it began."""
    if resume_on > pause.last:
        raise ValidationError.of(
            "resume_on",
            QT_TRANSLATE_NOOP("Validation", "The pause already ends on {date}."),
            date=_date_text(pause.last),
        )
    if resume_on <= pause.first:
        return None
    return Pause(pause.first, resume_on - timedelta(days=1))


def check_cancel(timeline: ContractTimeline, effective_on: date) -> date:
    """*effective_on* is the first day without service; it must fall after the start and within the term."""
    if timeline.cancelled_on is not None:
        raise ValidationError.of(
            "effective_on", QT_TRANSLATE_NOOP("Validation", "The subscription is already cancelled.")
        )
    if effective_on <= timeline.start:
        raise ValidationError.of(
            "effective_on",
            QT_TRANSLATE_NOOP(
                "Validation", "A cancellation takes effect after the start ({date}); before it, withdraw instead."
            ),
            date=_date_text(timeline.start),
        )
    if effective_on > timeline.end + timedelta(days=1):
        raise ValidationError.of(
            "effective_on",
            QT_TRANSLATE_NOOP("Validation", "The subscription ends on {date}."),
            date=_date_text(timeline.end),
        )
    return effective_on


def plan_change_date(timeline: ContractTimeline, today: date) -> date:
    """A plan change takes effect at the next monthly cycle of the term (the term's start, during a trial)."""
    effective = timeline.paid_from if today < timeline.paid_from else next_cycle_start(timeline.paid_from, today)
    _check_open(timeline, effective, "plan")
    return effective


def check_skip(timeline: ContractTimeline, delivery_on: date) -> date:
    """One month's delivery may be skipped while the contract runs and is not paused that day."""
    if delivery_on < timeline.start:
        raise ValidationError.of(
            "month",
            QT_TRANSLATE_NOOP("Validation", "The subscription starts on {date}."),
            date=_date_text(timeline.start),
        )
    _check_open(timeline, delivery_on, "month")
    if timeline.pause_on(delivery_on) is not None:
        raise ValidationError.of("month", QT_TRANSLATE_NOOP("Validation", "The subscription is paused then."))
    return delivery_on


def renewal_start(timeline: ContractTimeline, today: date) -> date:
    """The first day of the renewed contract: the day after the term ends (or today, if renewed late)."""
    if timeline.cancelled_on is not None:
        raise ValidationError.of(
            "renewal", QT_TRANSLATE_NOOP("Validation", "A cancelled subscription cannot be renewed.")
        )
    if timeline.renewed:
        raise ValidationError.of("renewal", QT_TRANSLATE_NOOP("Validation", "The subscription is already renewed."))
    if today < timeline.end - timedelta(days=RENEWAL_WINDOW_DAYS):
        raise ValidationError.of(
            "renewal",
            QT_TRANSLATE_NOOP("Validation", "A renewal can be signed from {date}."),
            date=_date_text(timeline.end - timedelta(days=RENEWAL_WINDOW_DAYS)),
        )
    return max(timeline.end + timedelta(days=1), today)
