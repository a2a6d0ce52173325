"""The contact log (상담 기록): what a customer told the shop or asked of it, and what the shop owes them next.

Each entry is one contact — a call, a visit, a message — or what it was about: a complaint, praise, a request. It
may be about one subscription, delivery or loan of the customer's. It may set a follow-up (a day to get back to
the customer, and the staff member who owns it), which stays due until someone logs the contact that answers it.
A complaint stays open until it is resolved, with the resolution and who resolved it.

(``domain/contacts.py`` is about something else: the address and phone history.)
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from toysub_desktop.domain.dates import DateWindow
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX, clean_lines

#: What was said or asked: a few paragraphs at most.
CONTACT_NOTE_MAX = 1000
#: How a complaint was resolved.
RESOLUTION_MAX = NOTE_MAX

_EMPTY_NOTE = QT_TRANSLATE_NOOP("Validation", "Write what the customer said or asked.")
_EMPTY_RESOLUTION = QT_TRANSLATE_NOOP("Validation", "Write how the complaint was resolved.")
_PAST_FOLLOW_UP = QT_TRANSLATE_NOOP("Validation", "A follow-up is for today or a later day, not one that has passed.")
_FAR_FOLLOW_UP = QT_TRANSLATE_NOOP("Validation", "A follow-up can be at most a year ahead ({latest}).")
_NO_OWNER = QT_TRANSLATE_NOOP("Validation", "Choose who gets back to the customer.")
_NOT_A_COMPLAINT = QT_TRANSLATE_NOOP("Validation", "Only a complaint is resolved.")
_ALREADY_RESOLVED = QT_TRANSLATE_NOOP("Validation", "This complaint was resolved already ({when}, {who}).")


class ContactKind(StrEnum):
    """How the customer and the shop were in touch, or what it was about."""

    CALL = "call"
    VISIT = "visit"
    MESSAGE = "message"  # a text, KakaoTalk, e-mail
    COMPLAINT = "complaint"
    PRAISE = "praise"
    REQUEST = "request"
    #: A talk about renewing the contract (재계약 상담): what the churn risk's "term ending" reason asks for.
    RENEWAL = "renewal"


class ContactSubject(StrEnum):
    """What an entry may be about, besides the customer as a whole."""

    SUBSCRIPTION = "subscription"
    DELIVERY = "delivery"
    LOAN = "loan"


#: The day to get back to the customer: today or later, within a year.
FOLLOW_UP_ON = DateWindow(too_early=_PAST_FOLLOW_UP, too_late=_FAR_FOLLOW_UP, days_back=0, days_ahead=366)


def stays_open(kind: ContactKind) -> bool:
    """Whether an entry of *kind* stays open until someone resolves it: a complaint does, nothing else."""
    return kind is ContactKind.COMPLAINT


def is_open_complaint(kind: ContactKind, resolved: bool) -> bool:
    return stays_open(kind) and not resolved


def is_follow_up_due(follow_up_on: date | None, done: bool, today: date) -> bool:
    """A follow-up is due on its day and stays due (overdue) until the contact that answers it is logged."""
    return follow_up_on is not None and not done and follow_up_on <= today


def days_overdue(follow_up_on: date, today: date) -> int:
    """How many days a due follow-up is late: 0 on its day."""
    return max(0, (today - follow_up_on).days)


def check_contact_note(note: str, *, field: str = "note") -> str:
    return clean_lines(note, field=field, limit=CONTACT_NOTE_MAX, required=True, required_message=_EMPTY_NOTE)


def check_resolution(text: str, *, field: str = "resolution") -> str:
    return clean_lines(text, field=field, limit=RESOLUTION_MAX, required=True, required_message=_EMPTY_RESOLUTION)


def check_follow_up_on(day: date, *, today: date, field: str = "follow_up_on") -> date:
    return FOLLOW_UP_ON(day, today=today, field=field)


def check_follow_up_owner(follow_up_on: date | None, owner_id: int | None, *, field: str = "follow_up_owner") -> None:
    """A follow-up belongs to someone: without an owner nobody calls back."""
    if follow_up_on is not None and owner_id is None:
        raise ValidationError.of(field, _NO_OWNER)


def check_resolvable(
    kind: ContactKind, *, resolved_when: str | None, resolved_by: str, field: str = "resolution"
) -> None:
    """Only an open complaint can be resolved; *resolved_when* is when it was, if it was."""
    if not stays_open(kind):
        raise ValidationError.of(field, _NOT_A_COMPLAINT)
    if resolved_when is not None:
        raise ValidationError.of(field, _ALREADY_RESOLVED, when=resolved_when, who=resolved_by)
