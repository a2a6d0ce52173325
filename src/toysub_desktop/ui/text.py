"""How values read on screen: translated names of roles and reasons, dates, phones, addresses."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.contacts import ChangeReason, ConsentMethod, PhoneRole
from toysub_desktop.domain.dates import to_shop_time
from toysub_desktop.domain.deliveries import DeliveryKind, DeliveryState, FollowUpReason
from toysub_desktop.domain.errors import MESSAGE_CONTEXT, FieldProblem
from toysub_desktop.domain.ledger import SkipRule
from toysub_desktop.domain.phone import Phone, PhoneKind
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind
from toysub_desktop.domain.price_notices import NoticeMethod
from toysub_desktop.domain.prospects import ProspectKind, ProspectSource
from toysub_desktop.domain.subscriptions import PauseEndRule, SubscriptionState
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.timeline import Period

_CONTEXT = "Words"

_ROLE_NAMES = {
    PhoneRole.PRIMARY: QT_TRANSLATE_NOOP("Words", "Customer"),
    PhoneRole.SPOUSE: QT_TRANSLATE_NOOP("Words", "Spouse"),
    PhoneRole.HOME: QT_TRANSLATE_NOOP("Words", "Home"),
    PhoneRole.OTHER: QT_TRANSLATE_NOOP("Words", "Other"),
}
_REASON_NAMES = {
    ChangeReason.REGISTRATION: QT_TRANSLATE_NOOP("Words", "Registration"),
    ChangeReason.MOVE: QT_TRANSLATE_NOOP("Words", "Move"),
    ChangeReason.TEMPORARY_STAY: QT_TRANSLATE_NOOP("Words", "Temporary stay"),
    ChangeReason.TEMPORARY_END_SET: QT_TRANSLATE_NOOP("Words", "End of stay set"),
    ChangeReason.NUMBER_CHANGE: QT_TRANSLATE_NOOP("Words", "Number change"),
    ChangeReason.NUMBER_ADDED: QT_TRANSLATE_NOOP("Words", "Number added"),
    ChangeReason.NUMBER_REMOVED: QT_TRANSLATE_NOOP("Words", "Number removed"),
    ChangeReason.CORRECTION: QT_TRANSLATE_NOOP("Words", "Correction"),
}
_KIND_NAMES = {
    PhoneKind.MOBILE: QT_TRANSLATE_NOOP("Words", "Mobile · SMS"),
    PhoneKind.LANDLINE: QT_TRANSLATE_NOOP("Words", "Landline"),
    PhoneKind.INTERNET: QT_TRANSLATE_NOOP("Words", "Internet phone (070)"),
    PhoneKind.OTHER: QT_TRANSLATE_NOOP("Words", "Other"),
}
_METHOD_NAMES = {
    ConsentMethod.PAPER: QT_TRANSLATE_NOOP("Words", "Signed on paper"),
    ConsentMethod.ELECTRONIC: QT_TRANSLATE_NOOP("Words", "Signed electronically"),
    ConsentMethod.VERBAL: QT_TRANSLATE_NOOP("Words", "Verbally, noted by staff"),
}

_PLAN_KIND_NAMES = {
    PlanKind.BOX: QT_TRANSLATE_NOOP("Words", "Monthly toy box"),
    PlanKind.RENTAL: QT_TRANSLATE_NOOP("Words", "Rental"),
    PlanKind.UNLIMITED: QT_TRANSLATE_NOOP("Words", "Unlimited"),
}
_CADENCE_NAMES = {
    Cadence.MONTHLY: QT_TRANSLATE_NOOP("Words", "Monthly"),
    Cadence.EVERY_2_WEEKS: QT_TRANSLATE_NOOP("Words", "Every 2 weeks"),
    Cadence.EVERY_4_WEEKS: QT_TRANSLATE_NOOP("Words", "Every 4 weeks"),
    Cadence.AT_THE_SHOP: QT_TRANSLATE_NOOP("Words", "At the shop"),
}
_PAYMENT_NAMES = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Words", "Cash"),
    PaymentMethod.CARD: QT_TRANSLATE_NOOP("Words", "Card"),
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("Words", "Bank transfer"),
    PaymentMethod.AUTO_DEBIT: QT_TRANSLATE_NOOP("Words", "Auto-debit"),
}
_PAUSE_RULE_NAMES = {
    PauseEndRule.EXTEND_TERM: QT_TRANSLATE_NOOP("Words", "The term ends later by the days paused"),
    PauseEndRule.KEEP_END: QT_TRANSLATE_NOOP("Words", "The term keeps its end; paused days are not charged"),
}
_SKIP_RULE_NAMES = {
    SkipRule.CHARGED: QT_TRANSLATE_NOOP("Words", "The month is charged as usual; only the box is not sent"),
    SkipRule.NOT_CHARGED: QT_TRANSLATE_NOOP("Words", "The month of a skipped box is not charged"),
}
_NOTICE_METHOD_NAMES = {
    NoticeMethod.PHONE: QT_TRANSLATE_NOOP("Words", "By phone"),
    NoticeMethod.TEXT: QT_TRANSLATE_NOOP("Words", "By text message"),
    NoticeMethod.IN_PERSON: QT_TRANSLATE_NOOP("Words", "In person at the shop"),
    NoticeMethod.LETTER: QT_TRANSLATE_NOOP("Words", "By letter"),
}
_STATE_NAMES = {
    SubscriptionState.SCHEDULED: QT_TRANSLATE_NOOP("Words", "Starts later"),
    SubscriptionState.TRIAL: QT_TRANSLATE_NOOP("Words", "Trial"),
    SubscriptionState.ACTIVE: QT_TRANSLATE_NOOP("Words", "Active"),
    SubscriptionState.PAUSED: QT_TRANSLATE_NOOP("Words", "Paused"),
    SubscriptionState.CANCELLED: QT_TRANSLATE_NOOP("Words", "Cancelled"),
    SubscriptionState.COMPLETED: QT_TRANSLATE_NOOP("Words", "Completed"),
    SubscriptionState.RENEWED: QT_TRANSLATE_NOOP("Words", "Renewed"),
}
_DELIVERY_STATE_NAMES = {
    DeliveryState.SCHEDULED: QT_TRANSLATE_NOOP("Words", "Scheduled"),
    DeliveryState.PACKED: QT_TRANSLATE_NOOP("Words", "Packed"),
    DeliveryState.SHIPPED: QT_TRANSLATE_NOOP("Words", "Shipped"),
    DeliveryState.DELIVERED: QT_TRANSLATE_NOOP("Words", "Delivered"),
    DeliveryState.FAILED: QT_TRANSLATE_NOOP("Words", "Failed"),
    DeliveryState.RETURNED: QT_TRANSLATE_NOOP("Words", "Returned"),
    DeliveryState.CANCELLED: QT_TRANSLATE_NOOP("Words", "Not needed"),
}
_DELIVERY_KIND_NAMES = {
    DeliveryKind.BOX: QT_TRANSLATE_NOOP("Words", "Toy box"),
    DeliveryKind.SWAP: QT_TRANSLATE_NOOP("Words", "Rental swap"),
}
_FOLLOW_UP_NAMES = {
    FollowUpReason.ADDRESS_CHANGED_AFTER_SHIPPING: QT_TRANSLATE_NOOP(
        "Words", "Shipped to the old address: the customer had moved"
    ),
    FollowUpReason.ADDRESS_CHANGED_AFTER_PACKING: QT_TRANSLATE_NOOP(
        "Words", "The label has an old address: unpack and pack again"
    ),
    FollowUpReason.SCHEDULE_CHANGED_AFTER_PACKING: QT_TRANSLATE_NOOP("Words", "Packed but no longer needed: unpack it"),
    FollowUpReason.FAILED: QT_TRANSLATE_NOOP("Words", "The courier could not deliver it"),
    FollowUpReason.RETURNED: QT_TRANSLATE_NOOP("Words", "It came back to the shop"),
}
_CONTACT_KIND_NAMES = {
    ContactKind.CALL: QT_TRANSLATE_NOOP("Words", "Call"),
    ContactKind.VISIT: QT_TRANSLATE_NOOP("Words", "Visit"),
    ContactKind.MESSAGE: QT_TRANSLATE_NOOP("Words", "Message"),
    ContactKind.COMPLAINT: QT_TRANSLATE_NOOP("Words", "Complaint"),
    ContactKind.PRAISE: QT_TRANSLATE_NOOP("Words", "Praise"),
    ContactKind.REQUEST: QT_TRANSLATE_NOOP("Words", "Request"),
    ContactKind.RENEWAL: QT_TRANSLATE_NOOP("Words", "Renewal talk"),
}
_PROSPECT_KIND_NAMES = {
    ProspectKind.INQUIRY: QT_TRANSLATE_NOOP("Words", "Inquiry"),
    ProspectKind.TRIAL: QT_TRANSLATE_NOOP("Words", "Trial user"),
}
_PROSPECT_SOURCE_NAMES = {
    ProspectSource.REFERRAL: QT_TRANSLATE_NOOP("Words", "Referred by someone they know"),
    ProspectSource.WALK_IN: QT_TRANSLATE_NOOP("Words", "Walked in"),
    ProspectSource.BLOG: QT_TRANSLATE_NOOP("Words", "Blog"),
    ProspectSource.FLYER: QT_TRANSLATE_NOOP("Words", "Flyer"),
    ProspectSource.SNS: QT_TRANSLATE_NOOP("Words", "Social media"),
    ProspectSource.OTHER: QT_TRANSLATE_NOOP("Words", "Other source"),
}
_WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Words", "Monday"),
    QT_TRANSLATE_NOOP("Words", "Tuesday"),
    QT_TRANSLATE_NOOP("Words", "Wednesday"),
    QT_TRANSLATE_NOOP("Words", "Thursday"),
    QT_TRANSLATE_NOOP("Words", "Friday"),
    QT_TRANSLATE_NOOP("Words", "Saturday"),
    QT_TRANSLATE_NOOP("Words", "Sunday"),
)


def words(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def role_name(role: PhoneRole) -> str:
    return words(_ROLE_NAMES[role])


def reason_name(reason: ChangeReason) -> str:
    return words(_REASON_NAMES[reason])


def kind_name(kind: PhoneKind) -> str:
    return words(_KIND_NAMES[kind])


def method_name(method: ConsentMethod) -> str:
    return words(_METHOD_NAMES[method])


def plan_kind_name(kind: PlanKind) -> str:
    return words(_PLAN_KIND_NAMES[kind])


def cadence_name(cadence: Cadence) -> str:
    return words(_CADENCE_NAMES[cadence])


def payment_method_name(method: PaymentMethod) -> str:
    return words(_PAYMENT_NAMES[method])


def pause_rule_name(rule: PauseEndRule) -> str:
    return words(_PAUSE_RULE_NAMES[rule])


def skip_rule_name(rule: SkipRule) -> str:
    return words(_SKIP_RULE_NAMES[rule])


def notice_method_name(method: NoticeMethod) -> str:
    return words(_NOTICE_METHOD_NAMES[method])


def state_name(state: SubscriptionState) -> str:
    return words(_STATE_NAMES[state])


def delivery_state_name(state: DeliveryState) -> str:
    return words(_DELIVERY_STATE_NAMES[state])


def delivery_kind_name(kind: DeliveryKind) -> str:
    return words(_DELIVERY_KIND_NAMES[kind])


def follow_up_name(reason: FollowUpReason) -> str:
    return words(_FOLLOW_UP_NAMES[reason])


def contact_kind_name(kind: ContactKind) -> str:
    return words(_CONTACT_KIND_NAMES[kind])


def prospect_kind_name(kind: ProspectKind) -> str:
    return words(_PROSPECT_KIND_NAMES[kind])


def prospect_source_name(source: ProspectSource) -> str:
    return words(_PROSPECT_SOURCE_NAMES[source])


def weekday_name(weekday: int) -> str:
    """Monday is 0, as ``date.weekday()`` counts."""
    return words(_WEEKDAY_NAMES[weekday])


def won_text(amount: int) -> str:
    """An amount in won as the screens show it: "39,000원" (the unit follows the language)."""
    return words(QT_TRANSLATE_NOOP("Words", "{amount} won")).format(amount=f"{amount:,}")


def without_mnemonic(text: str) -> str:
    """A menu text as a button shows it when the menu gives the keyboard access: "계약서 인쇄(&R)" → "계약서 인쇄"."""
    return re.sub(r"\(&[^&)]\)", "", text).replace("&", "")


def problem_text(problem: FieldProblem) -> str:
    """A validation problem in the user's language, with its values filled in."""
    return QCoreApplication.translate(MESSAGE_CONTEXT, problem.template).format(**problem.arguments)


def message_text(template: str, **arguments: str) -> str:
    return QCoreApplication.translate(MESSAGE_CONTEXT, template).format(**arguments)


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


def moment_text(moment: datetime | None) -> str:
    """A UTC moment in the shop's local time, to the minute."""
    return to_shop_time(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def period_text(period: Period) -> str:
    last = period.last.isoformat() if period.last else words(QT_TRANSLATE_NOOP("Words", "now"))
    return f"{period.first.isoformat()} ~ {last}"


def phone_text(phone: Phone | None) -> str:
    return phone.national if phone else words(QT_TRANSLATE_NOOP("Words", "(none)"))
