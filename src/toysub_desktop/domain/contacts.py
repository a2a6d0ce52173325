"""The words of contact history: phone roles, why a version was recorded, consents."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from toysub_desktop.domain.dates import DateWindow, check_not_before_registration
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

#: The day the customer consented to the personal-data notice: one that has come.
CONSENT_GIVEN_ON = DateWindow(
    days_ahead=0, too_late=QT_TRANSLATE_NOOP("Validation", "The consent date cannot be in the future.")
)
#: The day the customer confirmed their contacts are still right: one that has come.
CONFIRMED_ON = DateWindow(
    days_ahead=0, too_late=QT_TRANSLATE_NOOP("Validation", "A confirmation date cannot be in the future.")
)


def check_confirmation_date(day: date, *, today: date, registered_on: date, field: str = "confirmed_on") -> date:
    """The day a customer confirmed their contacts: one that has come, and not before they were registered."""
    CONFIRMED_ON(day, today=today, field=field)
    return check_not_before_registration(day, registered_on=registered_on, field=field)


class PhoneRole(StrEnum):
    """Whose or which phone a number is, for the customer."""

    PRIMARY = "primary"  # the contract holder's own phone
    SPOUSE = "spouse"
    HOME = "home"
    OTHER = "other"


class ChangeReason(StrEnum):
    """Why a contact version was recorded."""

    REGISTRATION = "registration"
    MOVE = "move"
    TEMPORARY_STAY = "temporary_stay"
    TEMPORARY_END_SET = "temporary_end_set"
    NUMBER_CHANGE = "number_change"
    NUMBER_ADDED = "number_added"
    NUMBER_REMOVED = "number_removed"
    CORRECTION = "correction"


class ConsentKind(StrEnum):
    PERSONAL_DATA = "personal_data"  # required to keep a customer's record at all
    MARKETING = "marketing"  # optional; declining never blocks sign-up
    #: Optional: a child's allergy and health notes are sensitive data (PIPA §23), recorded only with this consent.
    SENSITIVE = "sensitive"
    #: Optional: advertising between 21:00 and 08:00 needs this separate consent (정보통신망법 §50③).
    NIGHT_ADS = "night_ads"


class ConsentMethod(StrEnum):
    PAPER = "paper"  # signed form at the counter
    ELECTRONIC = "electronic"  # signed on a tablet or by link
    VERBAL = "verbal"  # by phone, noted by the clerk


class StaffRole(StrEnum):
    """What a staff member may do at the counter; see ``domain/staff.py`` for who may do what."""

    OWNER = "owner"  # 대표
    MANAGER = "manager"  # 매니저
    CLERK = "clerk"  # 직원


#: Version of the personal-data notice shown at sign-up; a new wording gets a new version.
CURRENT_NOTICE_VERSION = "2026-12"
#: A notice version is a short label such as "2026-01".
NOTICE_VERSION_MAX = 20
