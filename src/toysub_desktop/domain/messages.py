"""Message lists the shop sends through a bulk-SMS service, lawful by construction (정보통신망법 §50).

Each list is either **advertising** (birthday greetings with an offer, contract anniversaries, newsletters) or a
**notice** that is not advertising (a renewal due, a price change, the two-yearly reminder of a marketing consent).
A notice goes to everyone reachable with a mobile number. Advertising follows §50, and these rules are its one place:

* **Who** (§50①②): a customer whose *last* marketing answer is "agreed". Where the shop turns it on, also a customer
  never asked who had a transaction with the shop (a delivery, a loan or a payment) in the last six months, for the
  same kind of goods — the shop sells one kind, toy subscriptions and rentals. A customer who declined or withdrew
  never receives advertising: the refusal stands until they agree again, and it counts from the next list on.
* **When** (§50③): a send time between 21:00 and 08:00 is refused unless every recipient gave the separate consent
  to advertising at night (``ConsentKind.NIGHT_ADS``).
* **What** (§50④, 시행령 §61): the message starts with "(광고)" and the shop's name, and ends with the shop's contact
  and a free opt-out line with the shop's 080 number ("무료수신거부 080-…").
* **Reminder** (§50⑧): every two years a customer who agreed is told that they did, and when; the reminder is a
  notice, listed from 30 days before it falls due.

The wording the Act prescribes ("(광고)", "무료수신거부") and the merge fields the owner types into a template
({이름}, {아이이름}, …) are the format of the message itself, so they are written here in Korean, as the handouts'
legal wording is in ``documents/``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from toysub_desktop.domain.dates import to_shop_time, years_before
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_lines

#: "(광고)" first, as §50④ asks of every advertising message.
AD_PREFIX = "(광고)"
#: The opt-out line's words before the shop's 080 number.
OPT_OUT_WORDS = "무료수신거부"

#: The merge fields a template may use, and what each is filled with.
FIELD_NAME = "{이름}"
FIELD_CHILD = "{아이이름}"
FIELD_BIRTHDAY = "{생일}"
FIELD_END = "{종료일}"
FIELD_NEW_PRICE = "{새요금}"
FIELD_CONSENT_DATE = "{동의일}"
MERGE_FIELDS = (FIELD_NAME, FIELD_CHILD, FIELD_BIRTHDAY, FIELD_END, FIELD_NEW_PRICE, FIELD_CONSENT_DATE)

#: The columns of the CSV the common bulk-SMS services take: name, mobile number (010-xxxx-xxxx), message.
BULK_SMS_HEADINGS = ("이름", "휴대폰번호", "메시지")

#: A short message (SMS) holds 90 bytes counted in EUC-KR (a Hangul syllable is two); longer is an LMS.
SMS_MAX_BYTES = 90
#: The longest LMS the services accept.
LMS_MAX_BYTES = 2000
#: A template is a message or two; the merged message is checked against ``LMS_MAX_BYTES``.
TEMPLATE_MAX = 1000

#: Advertising at night (§50③): from 21:00 to 08:00 it needs the separate night consent.
NIGHT_STARTS = time(21, 0)
NIGHT_ENDS = time(8, 0)
#: A transaction this recent allows advertising without consent, where the shop turns it on (§50① 1호).
RECENT_TRANSACTION_MONTHS = 6
#: §50⑧: a consent is confirmed to the customer every two years; the list shows it this many days before.
CONSENT_REMINDER_YEARS = 2
CONSENT_REMINDER_SOON_DAYS = 30

_OPT_OUT_SHAPE = QT_TRANSLATE_NOOP(
    "Validation", "A free opt-out number starts with 080 and has 10 or 11 digits, like 080-123-4567."
)
_EMPTY_TEMPLATE = QT_TRANSLATE_NOOP("Validation", "Write the message.")
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "Validation", "{field} is not a field the message can be filled with. Use one of: {fields}"
)
_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "The message is {bytes} bytes; a long message (LMS) holds at most {most} bytes."
)
_NIGHT_REFUSED = QT_TRANSLATE_NOOP(
    "Validation",
    "Advertising between 21:00 and 08:00 needs each recipient's separate consent to night messages, and "
    "{count} on this list did not give it. Choose a time from 08:00 to 21:00.",
)
_NO_CONSENT_ON_LIST = QT_TRANSLATE_NOOP(
    "Validation",
    "Advertising may go only to customers who agreed to it; {count} on this list did not. Nothing was exported.",
)
_NO_OPT_OUT_NUMBER = QT_TRANSLATE_NOOP(
    "Validation",
    "Advertising must end with a free opt-out number: enter the shop's 080 number in Shop details first.",
)
_NO_SHOP_PHONE = QT_TRANSLATE_NOOP(
    "Validation", "Advertising must end with the shop's contact: enter the shop's phone in Shop details first."
)
_NO_CONSENT_DATE = QT_TRANSLATE_NOOP(
    "Validation", "The reminder must say when the customer agreed: keep {field} in the message."
)
_NOBODY = QT_TRANSLATE_NOOP("Validation", "Nobody is on this list: there is nothing to export.")


class MessageList(StrEnum):
    """The lists the shop sends messages to."""

    BIRTHDAYS = "birthdays"  # children born in a month: a birthday greeting with an offer
    ANNIVERSARIES = "anniversaries"  # contracts that started in a month of an earlier year
    NEWSLETTER = "newsletter"  # everyone who may receive advertising
    RENEWALS = "renewals"  # contracts whose term ends within some days
    PRICE_CHANGES = "price_changes"  # subscribers still to be told of a new price (the price-notice list)
    CONSENT_REMINDERS = "consent_reminders"  # §50⑧: the two-yearly reminder of a marketing consent


#: Lists whose messages are advertising (§50); the others are notices.
ADVERTISING_LISTS = frozenset({MessageList.BIRTHDAYS, MessageList.ANNIVERSARIES, MessageList.NEWSLETTER})


def is_advertising(kind: MessageList) -> bool:
    return kind in ADVERTISING_LISTS


class Exclusion(StrEnum):
    """Why a customer on a list gets no message."""

    NO_MOBILE = "no_mobile"  # no mobile number in effect to text
    NO_CONSENT = "no_consent"  # advertising, and the customer did not agree (or withdrew)
    NIGHT_TIME = "night_time"  # advertising at night, and the customer did not agree to night messages


@dataclass(frozen=True)
class Candidate:
    """A customer a list found, with what the §50 rules need to know of them and the values to merge."""

    customer_id: int
    name: str
    #: The customer's own mobile number in effect, as "010-1234-5678"; None when they have none.
    mobile: str | None
    #: The customer's last answer on marketing; None when never asked.
    marketing: bool | None = None
    night_ads: bool | None = None
    #: A delivery, loan or payment within ``RECENT_TRANSACTION_MONTHS``.
    recent_transaction: bool = False
    #: Merge values by field ("{아이이름}": "하늘"); the name is always there.
    values: Mapping[str, str] = field(default_factory=dict)
    #: What the line is about, for the screen (a child and month, a contract's end, a due date).
    detail: str = ""


@dataclass(frozen=True)
class AdvertisingRules:
    """What a shop's advertising must carry, and whether its recent customers may receive it without consent."""

    shop_name: str
    shop_phone: str
    opt_out_number: str
    recent_customers_allowed: bool = False


@dataclass(frozen=True)
class Sorted:
    """A list split into who gets the message and who does not, with why."""

    kind: MessageList
    recipients: tuple[Candidate, ...]
    excluded: tuple[tuple[Candidate, Exclusion], ...]
    #: The intended send time in the shop's time (advertising carries one).
    send_at: datetime | None = None

    @property
    def advertising(self) -> bool:
        return is_advertising(self.kind)


class Reach(StrEnum):
    """Whether a message fits a short message or needs a long one."""

    SMS = "sms"
    LMS = "lms"


def is_night(moment: datetime | time) -> bool:
    """Whether a send time falls in the night advertising needs a separate consent for, in the shop's time (a
    moment with a time zone is converted; a bare time or a naive one is the shop's already)."""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        moment = to_shop_time(moment)
    clock = moment.time() if isinstance(moment, datetime) else moment
    return clock >= NIGHT_STARTS or clock < NIGHT_ENDS


def may_receive_advertising(candidate: Candidate, *, recent_customers_allowed: bool) -> bool:
    """§50①②: agreed at their last answer; or never asked, with a recent transaction, where the shop allows it. A
    refusal or a withdrawal (a last answer "declined") is never overridden."""
    if candidate.marketing is not None:
        return candidate.marketing
    return recent_customers_allowed and candidate.recent_transaction


def sort_candidates(
    kind: MessageList,
    candidates: Iterable[Candidate],
    *,
    send_at: datetime | None = None,
    recent_customers_allowed: bool = False,
) -> Sorted:
    """Who on a list gets the message. A notice reaches everyone with a mobile number; advertising only those who
    may receive it (``may_receive_advertising``), and at night only those who also agreed to night messages."""
    recipients: list[Candidate] = []
    excluded: list[tuple[Candidate, Exclusion]] = []
    night = is_advertising(kind) and send_at is not None and is_night(send_at)
    for candidate in candidates:
        reason = None
        if candidate.mobile is None:
            reason = Exclusion.NO_MOBILE
        elif is_advertising(kind) and not may_receive_advertising(
            candidate, recent_customers_allowed=recent_customers_allowed
        ):
            reason = Exclusion.NO_CONSENT
        elif night and candidate.night_ads is not True:
            reason = Exclusion.NIGHT_TIME
        if reason is None:
            recipients.append(candidate)
        else:
            excluded.append((candidate, reason))
    return Sorted(kind, tuple(recipients), tuple(excluded), send_at if is_advertising(kind) else None)


def check_send_time(sorted_list: Sorted, *, field: str = "send_at") -> None:
    """§50③: advertising between 21:00 and 08:00 is refused unless everyone it is meant for agreed to night
    messages — those left out for want of that consent count too, so choosing a night time never quietly drops
    customers from a list."""
    if not sorted_list.advertising or sorted_list.send_at is None or not is_night(sorted_list.send_at):
        return
    without = sum(1 for _c, reason in sorted_list.excluded if reason is Exclusion.NIGHT_TIME)
    without += sum(1 for c in sorted_list.recipients if c.night_ads is not True)
    if without:
        raise ValidationError.of(field, _NIGHT_REFUSED, count=str(without))


def check_sendable(sorted_list: Sorted, *, recent_customers_allowed: bool) -> None:
    """The last check before a list leaves the shop: nobody on it, advertising to anyone who may not receive it,
    or a night-time send not everyone agreed to, is refused. ``sort_candidates`` never lets the second happen;
    this check makes sure it did not."""
    check_send_time(sorted_list)
    if not sorted_list.recipients:
        raise ValidationError.of("list", _NOBODY)
    if not sorted_list.advertising:
        return
    without = [
        c
        for c in sorted_list.recipients
        if not may_receive_advertising(c, recent_customers_allowed=recent_customers_allowed)
    ]
    if without:
        raise ValidationError.of("list", _NO_CONSENT_ON_LIST, count=str(len(without)))


# --- the shop's free opt-out number -----------------------------------------------------------------------------


def parse_opt_out_number(text: str, *, field: str = "opt_out_number") -> str:
    """The shop's free opt-out number (수신거부용 080) as "080-123-4567" or "080-1234-5678"; empty stays empty
    (the shop has none yet). The one place the app accepts an 080 number."""
    cleaned = re.sub(r"[\s\-.()]", "", unicodedata.normalize("NFKC", text))
    if not cleaned:
        return ""
    if not re.fullmatch(r"080\d{7,8}", cleaned):
        raise ValidationError.of(field, _OPT_OUT_SHAPE)
    middle = len(cleaned) - 7
    return f"080-{cleaned[3 : 3 + middle]}-{cleaned[3 + middle :]}"


# --- the message ----------------------------------------------------------------------------------------------


def check_template(text: str, kind: MessageList, *, field: str = "template") -> str:
    """The owner's message with its merge fields: written, only known fields, and a reminder saying when."""
    clean = clean_lines(text, field=field, limit=TEMPLATE_MAX, required=True, required_message=_EMPTY_TEMPLATE)
    for found in re.findall(r"\{[^{}]*\}", clean):
        if found not in MERGE_FIELDS:
            raise ValidationError.of(field, _UNKNOWN_FIELD, field=found, fields=" ".join(MERGE_FIELDS))
    if kind is MessageList.CONSENT_REMINDERS and FIELD_CONSENT_DATE not in clean:
        raise ValidationError.of(field, _NO_CONSENT_DATE, field=FIELD_CONSENT_DATE)
    return clean


def check_advertising_rules(rules: AdvertisingRules) -> None:
    """Advertising cannot go out without the contact and the free opt-out number it must end with."""
    if not rules.opt_out_number:
        raise ValidationError.of("template", _NO_OPT_OUT_NUMBER)
    if not rules.shop_phone:
        raise ValidationError.of("template", _NO_SHOP_PHONE)


def merge(template: str, values: Mapping[str, str]) -> str:
    """The template with each merge field replaced by the customer's value (empty when they have none)."""
    return re.sub(r"\{[^{}]*\}", lambda m: values.get(m.group(0), ""), template)


def compose(template: str, values: Mapping[str, str], *, advertising: bool, rules: AdvertisingRules) -> str:
    """One customer's message. Advertising is wrapped as §50④ asks: "(광고)" and the shop's name first, the shop's
    contact and the free opt-out line last."""
    body = merge(template, values).strip()
    if not advertising:
        return body
    return f"{AD_PREFIX}{rules.shop_name}\n{body}\n{rules.shop_phone}\n{OPT_OUT_WORDS} {rules.opt_out_number}"


def is_compliant_advertisement(message: str, rules: AdvertisingRules) -> bool:
    """Whether a message carries what §50④ asks: the prefix and the shop's name first; contact, opt-out last."""
    lines = message.splitlines()
    return (
        len(lines) >= 3
        and lines[0] == f"{AD_PREFIX}{rules.shop_name}"
        and lines[-2] == rules.shop_phone
        and lines[-1] == f"{OPT_OUT_WORDS} {rules.opt_out_number}"
        and bool(re.fullmatch(r"080-\d{3,4}-\d{4}", rules.opt_out_number))
    )


def message_bytes(message: str) -> int:
    """The length bulk-SMS services count, in EUC-KR: one byte for ASCII, two for Hangul and everything else."""
    return sum(1 if ord(char) < 0x80 else 2 for char in message)


def reach_of(message: str) -> Reach:
    return Reach.SMS if message_bytes(message) <= SMS_MAX_BYTES else Reach.LMS


def check_message_length(message: str, *, field: str = "template") -> None:
    size = message_bytes(message)
    if size > LMS_MAX_BYTES:
        raise ValidationError.of(field, _TOO_LONG, bytes=str(size), most=str(LMS_MAX_BYTES))


# --- the lists' own rules ---------------------------------------------------------------------------------------


def month_text(month: int) -> str:
    """A birth month as a message says it: "5월"."""
    return f"{month}월"


def born_in_month(birth_month: date, month: int) -> bool:
    return birth_month.month == month


def is_anniversary(start_on: date, month: int, year: int) -> bool:
    """A contract's anniversary falls in *month* of *year*: it started in that month of an earlier year."""
    return start_on.month == month and start_on.year < year


def renewal_due(ends_on: date, today: date, within_days: int) -> bool:
    """A term ending from today to *within_days* ahead."""
    return today <= ends_on <= today + timedelta(days=within_days)


def recent_transaction_since(today: date) -> date:
    """The first day a transaction still counts as recent (§50① 1호: six months)."""
    return add_months(today, -RECENT_TRANSACTION_MONTHS)


class ReminderState(StrEnum):
    DUE = "due"
    DUE_SOON = "due_soon"


def consent_reminder_state(consented_on: date, last_reminded_on: date | None, today: date) -> ReminderState | None:
    """§50⑧: two years after a consent, or after the last reminder of it, the customer is reminded; the list shows
    it 30 days before. None while it is not near."""
    since = max(consented_on, last_reminded_on) if last_reminded_on else consented_on
    if since <= years_before(today, CONSENT_REMINDER_YEARS):
        return ReminderState.DUE
    if since <= years_before(today + timedelta(days=CONSENT_REMINDER_SOON_DAYS), CONSENT_REMINDER_YEARS):
        return ReminderState.DUE_SOON
    return None
