"""Contacts found unreachable (연락 두절): what holds a customer's deliveries, and what releases the hold.

Customers move or change numbers without telling the shop. When a box comes back "addressee moved", or a number is
reported no longer in service, that contact is unreachable from a date, and the customer's deliveries from that
date are held: no more boxes into the void. The hold ends when the shop learns the new address (for an address
hold) or the new number (for a phone hold), or when a clerk releases it after reaching the customer another way.

A hold stops only what has not left the shop (``HELD_STATES``); a box already with the courier is past stopping.
``is_delivery_held`` is the rule; ``services.queries.holds.held_condition`` is its SQL twin for lists, tested
against it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from toysub_desktop.domain.dates import DateWindow
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX, clean_line


class UnreachableContact(StrEnum):
    ADDRESS = "address"  # a delivery came back: the customer no longer lives there
    PHONE = "phone"  # the number is no longer in service


class HoldRelease(StrEnum):
    NEW_ADDRESS = "new_address"  # a move or correction was recorded
    NEW_PHONE = "new_phone"  # a new number was recorded
    BY_CLERK = "by_clerk"  # the customer was reached another way and confirmed their contacts


#: Which kind of contact change ends which kind of hold.
RELEASED_BY: dict[UnreachableContact, HoldRelease] = {
    UnreachableContact.ADDRESS: HoldRelease.NEW_ADDRESS,
    UnreachableContact.PHONE: HoldRelease.NEW_PHONE,
}

HOLD_NOTE_MAX = NOTE_MAX
#: Delivery states a hold stops: not yet handed to the courier.
HELD_STATES = frozenset({DeliveryState.SCHEDULED, DeliveryState.PACKED})

_FUTURE = QT_TRANSLATE_NOOP("Validation", "A contact can only be found unreachable on a day that has come.")
_RELEASE_NOTE = QT_TRANSLATE_NOOP("Validation", "Say how the customer was reached, e.g. called the spouse's phone.")


def holds_delivery(unreachable_from: date, delivery_on: date) -> bool:
    """A hold stops the deliveries on and after the day the contact was found unreachable, not the earlier ones."""
    return delivery_on >= unreachable_from


#: The day a contact was found unreachable: one that has come (and not decades ago).
UNREACHABLE_FROM = DateWindow(days_ahead=0, too_late=_FUTURE)


def is_delivery_held(
    state: DeliveryState, scheduled_on: date, open_holds_from: Iterable[date], *, overdue: bool = False
) -> bool:
    """Whether a delivery is held: not yet sent (``HELD_STATES``), and on or after the day one of its customer's
    open holds began (*open_holds_from*: the ``unreachable_from`` of each hold not released), or its customer is
    held for being overdue today (*overdue*: ``domain.overdue.held_for_overdue``), whatever the delivery's date."""
    if state not in HELD_STATES:
        return False
    return overdue or any(holds_delivery(start, scheduled_on) for start in open_holds_from)


def check_unreachable_from(day: date, *, today: date, field: str = "unreachable_from") -> date:
    return UNREACHABLE_FROM(day, today=today, field=field)


def check_hold_note(note: str, *, required: bool = False, field: str = "note") -> str:
    return clean_line(note, field=field, limit=HOLD_NOTE_MAX, required=required, required_message=_RELEASE_NOTE)
