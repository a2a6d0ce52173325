"""Contacts found unreachable (연락 두절): what holds a customer's deliveries, and what releases the hold.

Customers move or change numbers without telling the shop. When a box comes back "addressee moved", or a number is
reported no longer in service, that contact is unreachable from a date, and the customer's deliveries from that
date are held: no more boxes into the void. The hold ends when the shop learns the new address (for an address
hold) or the new number (for a phone hold), or when a clerk releases it after reaching the customer another way.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from toysub_desktop.domain.dates import check_day_that_has_come
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

_FUTURE = QT_TRANSLATE_NOOP("Validation", "A contact can only be found unreachable on a day that has come.")
_RELEASE_NOTE = QT_TRANSLATE_NOOP("Validation", "Say how the customer was reached, e.g. called the spouse's phone.")


def holds_delivery(unreachable_from: date, delivery_on: date) -> bool:
    """A hold stops the deliveries on and after the day the contact was found unreachable, not the earlier ones."""
    return delivery_on >= unreachable_from


def check_unreachable_from(day: date, *, today: date, field: str = "unreachable_from") -> date:
    return check_day_that_has_come(day, today=today, field=field, future_message=_FUTURE)


def check_hold_note(note: str, *, required: bool = False, field: str = "note") -> str:
    return clean_line(note, field=field, limit=HOLD_NOTE_MAX, required=required, required_message=_RELEASE_NOTE)
