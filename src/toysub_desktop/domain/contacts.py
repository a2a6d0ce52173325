"""The words of contact history: phone roles, why a version was recorded, consents."""

from __future__ import annotations

from enum import StrEnum


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


class ConsentMethod(StrEnum):
    PAPER = "paper"  # signed form at the counter
    ELECTRONIC = "electronic"  # signed on a tablet or by link
    VERBAL = "verbal"  # by phone, noted by the clerk


class StaffRole(StrEnum):
    OWNER = "owner"
    CLERK = "clerk"


#: Version of the personal-data notice shown at sign-up; a new wording gets a new version.
CURRENT_NOTICE_VERSION = "2026-01"
#: A notice version is a short label such as "2026-01".
NOTICE_VERSION_MAX = 20
