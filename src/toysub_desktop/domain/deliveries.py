"""Deliveries (배송): when a subscription's boxes and rental swaps are due, and the states a delivery goes through.

The dates follow from the contract alone (``ContractTimeline``), the plan's kind and cadence, and the skipped
deliveries, so a pause, a resume, a plan change or a cancellation is answered by computing the dates again:

* a **toy box** arrives on the contract's delivery day of each month (the month's last day when it is shorter);
* **rental** toys are swapped every 2 or 4 weeks on the contract's weekday, counted from the first such weekday on
  or after the start; a monthly rental swaps on the first such weekday of each monthly cycle of the contract;
* an **unlimited** membership borrows at the shop and has no deliveries.

No date falls before the start, after the last day of service (the end of the term, or the day before a
cancellation takes effect), or inside a pause; a skipped date is left out.

A delivery then moves through its states one step at a time; every step the shop takes is in ``TRANSITIONS``.
"""

from __future__ import annotations

import calendar
from collections.abc import Collection, Sequence
from datetime import date, timedelta
from enum import StrEnum

from toysub_desktop.domain.couriers import COURIERS
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.months import cycle_of, cycle_start
from toysub_desktop.domain.plans import Cadence, PlanKind
from toysub_desktop.domain.subscriptions import ContractTimeline
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX, check_length, clean_line


class DeliveryKind(StrEnum):
    BOX = "box"  # a toy box (정기배송)
    SWAP = "swap"  # rental toys out, the previous ones back (렌털 교환)


class DeliveryState(StrEnum):
    SCHEDULED = "scheduled"  # due on its date; goes to the address in effect then
    PACKED = "packed"  # the address is frozen on it: the label is printed
    SHIPPED = "shipped"  # handed to the courier, with a tracking number
    DELIVERED = "delivered"
    FAILED = "failed"  # the courier could not deliver it
    RETURNED = "returned"  # came back to the shop
    CANCELLED = "cancelled"  # the schedule no longer needs it (pause, cancellation, skip, plan change)


class FollowUpReason(StrEnum):
    """Why a delivery is on the follow-up list; stored as this code, shown in words by the UI."""

    #: A change of address recorded later applies on the delivery's date, but it already left for the old one.
    ADDRESS_CHANGED_AFTER_SHIPPING = "address_changed_after_shipping"
    #: Its label names an address no longer in effect on its date: unpack it and pack it again.
    ADDRESS_CHANGED_AFTER_PACKING = "address_changed_after_packing"
    #: Packed, but the schedule no longer needs it (a pause or cancellation recorded after packing).
    SCHEDULE_CHANGED_AFTER_PACKING = "schedule_changed_after_packing"
    FAILED = "failed"
    RETURNED = "returned"


S = DeliveryState

#: Every step a delivery may take. Cancelled → scheduled is the schedule's own step: a date a pause had freed is
#: needed again after an early resume, and the cancelled row is reinstated (one row per date and kind).
TRANSITIONS: dict[DeliveryState, frozenset[DeliveryState]] = {
    S.SCHEDULED: frozenset({S.PACKED, S.CANCELLED}),
    S.PACKED: frozenset({S.SHIPPED, S.SCHEDULED}),
    S.SHIPPED: frozenset({S.DELIVERED, S.FAILED, S.RETURNED}),
    S.DELIVERED: frozenset(),
    S.FAILED: frozenset(),
    S.RETURNED: frozenset(),
    S.CANCELLED: frozenset({S.SCHEDULED}),
}

#: States whose address is frozen on the delivery (what the label said).
FROZEN_STATES = frozenset({S.PACKED, S.SHIPPED, S.DELIVERED, S.FAILED, S.RETURNED})
#: States in which the delivery has left the shop.
LEFT_THE_SHOP = frozenset({S.SHIPPED, S.DELIVERED, S.FAILED, S.RETURNED})

_REFUSED: dict[DeliveryState, str] = {
    S.PACKED: QT_TRANSLATE_NOOP("Validation", "{delivery}: only a scheduled delivery can be packed."),
    S.SHIPPED: QT_TRANSLATE_NOOP("Validation", "{delivery}: only a scheduled or packed delivery can be shipped."),
    S.DELIVERED: QT_TRANSLATE_NOOP("Validation", "{delivery}: only a shipped delivery can be marked delivered."),
    S.FAILED: QT_TRANSLATE_NOOP("Validation", "{delivery}: only a shipped delivery can be marked failed."),
    S.RETURNED: QT_TRANSLATE_NOOP("Validation", "{delivery}: only a shipped delivery can come back as returned."),
    S.SCHEDULED: QT_TRANSLATE_NOOP("Validation", "{delivery}: only a packed delivery can be unpacked."),
    S.CANCELLED: QT_TRANSLATE_NOOP("Validation", "{delivery}: only a scheduled delivery can be cancelled."),
}


def can_transition(current: DeliveryState, target: DeliveryState) -> bool:
    return target in TRANSITIONS[current]


def check_transition(
    current: DeliveryState, target: DeliveryState, *, delivery: str, field: str = "deliveries"
) -> DeliveryState:
    """Refuse a step not in ``TRANSITIONS``; *delivery* names the delivery in the message ("김민수 2026-03-16")."""
    if not can_transition(current, target):
        raise ValidationError.of(field, _REFUSED[target], delivery=delivery)
    return target


def delivery_kind_for(plan_kind: PlanKind) -> DeliveryKind | None:
    """What a plan of *plan_kind* delivers; None for a membership that borrows at the shop."""
    if plan_kind is PlanKind.BOX:
        return DeliveryKind.BOX
    if plan_kind is PlanKind.RENTAL:
        return DeliveryKind.SWAP
    return None


# --- dates ------------------------------------------------------------------------------------------------------


#: A box may be delivered on any day of the month; days past a shorter month's end fall on its last day.
LAST_DELIVERY_DAY = 31
_DELIVERY_DAY_RANGE = QT_TRANSLATE_NOOP(
    "Validation", "Choose a delivery day from 1 to 31 (in shorter months, the month's last day)."
)


#: Every month has this many days; a later delivery day falls on the last day of the months without it.
DAYS_IN_EVERY_MONTH = 28


def moves_in_shorter_months(delivery_day: int) -> bool:
    """Whether some months have no such day, so the box comes on their last day instead."""
    return delivery_day > DAYS_IN_EVERY_MONTH


def box_delivery_day(delivery_day: int | None, *, start: date) -> int:
    """The day of the month a box subscription delivers: the one chosen, else the start date's day."""
    if delivery_day is None:
        return start.day
    if not 1 <= delivery_day <= LAST_DELIVERY_DAY:
        raise ValidationError.of("delivery_day", _DELIVERY_DAY_RANGE)
    return delivery_day


def box_day(year: int, month: int, delivery_day: int) -> date:
    """The box delivery of *month*: on *delivery_day*, or the month's last day when the month is shorter (a day 31
    delivers on Feb 28 or 29, Mar 31, Apr 30)."""
    return date(year, month, min(delivery_day, calendar.monthrange(year, month)[1]))


def _box_candidates(delivery_day: int, first: date, last: date) -> list[date]:
    found = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        found.append(box_day(year, month, delivery_day))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def _on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _weekly_candidates(start: date, swap_weekday: int, step_days: int, first: date, last: date) -> list[date]:
    anchor = _on_or_after(start, swap_weekday)
    steps = max(-(-(first - anchor).days // step_days), 0)  # ceiling division: the first swap on or after *first*
    found = []
    day = anchor + timedelta(days=steps * step_days)
    while day <= last:
        found.append(day)
        day += timedelta(days=step_days)
    return found


def _monthly_swap_candidates(start: date, swap_weekday: int, first: date, last: date) -> list[date]:
    # A swap falls within 6 days of its cycle's start, so the cycle before *first* may still hold one on or after it.
    cycle = max(cycle_of(start, first) - 1, 0)
    found = []
    while (cycle_first := cycle_start(start, cycle)) <= last:
        found.append(_on_or_after(cycle_first, swap_weekday))
        cycle += 1
    return found


def delivery_dates(
    timeline: ContractTimeline,
    kind: PlanKind,
    cadence: Cadence,
    delivery_day: int | None,
    swap_weekday: int | None,
    skipped: Collection[date],
    first: date,
    last: date,
) -> list[date]:
    """The days from *first* to *last* (both included) on which the contract delivers, soonest first."""
    low = max(first, timeline.start)
    high = min(last, timeline.last_service_day)
    if low > high:
        return []
    if kind is PlanKind.BOX and delivery_day is not None:
        candidates = _box_candidates(delivery_day, low, high)
    elif kind is PlanKind.RENTAL and swap_weekday is not None and cadence is not Cadence.AT_THE_SHOP:
        if cadence is Cadence.MONTHLY:
            candidates = _monthly_swap_candidates(timeline.start, swap_weekday, low, high)
        else:
            step = 14 if cadence is Cadence.EVERY_2_WEEKS else 28
            candidates = _weekly_candidates(timeline.start, swap_weekday, step, low, high)
    else:  # an unlimited membership (or a contract without its day, which sign-up never records)
        return []
    return [day for day in candidates if low <= day <= high and timeline.pause_on(day) is None and day not in skipped]


def delivery_dates_by_cadence(
    timeline: ContractTimeline,
    kind: PlanKind,
    cadences: Sequence[tuple[date, Cadence]],
    delivery_day: int | None,
    swap_weekday: int | None,
    skipped: Collection[date],
    first: date,
    last: date,
) -> list[date]:
    """``delivery_dates`` for a contract whose cadence changed (a plan change to a rental swapped more or less
    often): *cadences* are ``(from, cadence)`` in date order, the first from the start. Each stretch keeps the
    rhythm counted from the contract's start."""
    found: list[date] = []
    for index, (since, cadence) in enumerate(cadences):
        since = first if index == 0 else since
        until = cadences[index + 1][0] - timedelta(days=1) if index + 1 < len(cadences) else last
        found += delivery_dates(
            timeline, kind, cadence, delivery_day, swap_weekday, skipped, max(first, since), min(last, until)
        )
    return found


# --- what a clerk types -----------------------------------------------------------------------------------------

#: How far ahead deliveries are scheduled at most (about three months: enough to plan stock and couriers).
MAX_SCHEDULE_DAYS_AHEAD = 92
COURIER_MAX = 30
#: The couriers a Korean shop usually hands boxes to, offered first when shipping (any other name may be typed);
#: their tracking-number formats are in ``couriers``.
COMMON_COURIERS = tuple(courier.name for courier in COURIERS)
TRACKING_NUMBER_MAX = 40

_TRACKING_SHAPE = QT_TRANSLATE_NOOP("Validation", "A tracking number has only letters, digits and hyphens.")
_HORIZON = QT_TRANSLATE_NOOP("Validation", "Schedule deliveries from today up to {days} days ahead.")


def check_horizon(through: date, *, today: date, field: str = "through") -> date:
    """The last day to schedule deliveries for: from today up to ``MAX_SCHEDULE_DAYS_AHEAD`` days ahead."""
    if not today <= through <= today + timedelta(days=MAX_SCHEDULE_DAYS_AHEAD):
        raise ValidationError.of(field, _HORIZON, days=str(MAX_SCHEDULE_DAYS_AHEAD))
    return through


def check_courier(courier: str, *, field: str = "courier") -> str:
    return clean_line(courier, field=field, limit=COURIER_MAX, required=True)


def check_tracking_number(tracking_number: str, *, field: str = "tracking_number") -> str:
    """Letters, digits and hyphens as printed on the waybill (spaces dropped); empty for a hand delivery."""
    clean = "".join(clean_line(tracking_number, field=field, limit=len(tracking_number)).split()).upper()
    if clean and not all(c.isascii() and (c.isalnum() or c == "-") for c in clean):
        raise ValidationError.of(field, _TRACKING_SHAPE)
    return check_length(clean, TRACKING_NUMBER_MAX, field=field)


def check_note(note: str, *, field: str = "note") -> str:
    """An optional note on a step, on one line."""
    return clean_line(note, field=field, limit=NOTE_MAX)


def check_reason(reason: str, *, field: str = "reason") -> str:
    """Why a delivery failed or came back, in the clerk's words (the courier's note)."""
    return clean_line(reason, field=field, limit=NOTE_MAX, required=True)
