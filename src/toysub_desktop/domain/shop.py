"""The shop's own details as a contract names the seller, and the rules new subscriptions are signed under.

A contract must name the business: its name, registration number (사업자등록번호), address and phone. The number is
checked with its check digit, so a mistyped digit is caught at the counter rather than on a signed contract.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from toysub_desktop.domain.errors import REQUIRED, FieldProblem, ProblemCollector, ValidationError
from toysub_desktop.domain.fees import EarlyTerminationRule, validate_rule
from toysub_desktop.domain.person import validate_email
from toysub_desktop.domain.phone import parse_phone
from toysub_desktop.domain.subscriptions import PauseEndRule
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line, clean_lines

SHOP_NAME_MAX = 100
SHOP_ADDRESS_MAX = 300
#: How far ahead of a renewal a subscriber may have to be told of a new price.
MAX_NOTICE_DAYS = 365
#: The longest pause a shop may allow in one go.
MAX_PAUSE_LIMIT_DAYS = 365
#: An editable contract clause; a whole page of A4 is about this long.
TERMS_MAX = 3000

_BUSINESS_NUMBER_SHAPE = QT_TRANSLATE_NOOP(
    "Validation", "A business registration number has 10 digits, like 123-45-67890."
)
_BUSINESS_NUMBER_CHECK = QT_TRANSLATE_NOOP(
    "Validation", "This is not a valid business registration number. Check the digits against the certificate."
)
_DAYS_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a number of days from {low} to {high}.")
_SHOP_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the shop's name.")

#: 15xx/16xx/18xx representative numbers: eight digits, no area code; a shop may well use one.
_REPRESENTATIVE = re.compile(r"1[5-9]\d{6}")
#: Weights of the first nine digits in the registration number's check digit.
_CHECK_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


@dataclass(frozen=True)
class ShopIdentity:
    """The seller as printed on every contract; the phone in its display form ("02-123-4567", "1588-1234")."""

    name: str
    business_number: str
    address: str
    phone: str
    #: For questions and complaints; empty when the shop has none to print.
    email: str = ""


@dataclass(frozen=True)
class SubscriptionRules:
    """What new contracts are signed under; signed contracts keep the rules they were signed with."""

    price_notice_days: int
    pause_end_rule: PauseEndRule
    max_pause_days: int
    early_termination: EarlyTerminationRule
    #: Contract clauses the owner wrote; empty means the standard wording.
    pause_terms: str
    cancellation_terms: str
    refund_terms: str


def parse_business_number(text: str, *, field: str = "business_number") -> str:
    """ "1234567890", "123-45-67890" or "123 45 67890" as the registered form "123-45-67890"."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if not cleaned:
        raise ValidationError.of(field, REQUIRED)
    if not re.fullmatch(r"[0-9 \-]+", cleaned):
        raise ValidationError.of(field, _BUSINESS_NUMBER_SHAPE)
    digits = re.sub(r"\D", "", cleaned)
    from stdnum.kr import brn  # python-stdnum loads pydoc: not at start-up, only when a number is typed

    if not brn.is_valid(digits):  # length and parts: tax office from 101, a type code and a serial other than 0
        raise ValidationError.of(field, _BUSINESS_NUMBER_SHAPE)
    if not business_number_check_digit_ok(digits):
        raise ValidationError.of(field, _BUSINESS_NUMBER_CHECK)
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def business_number_check_digit_ok(digits: str) -> bool:
    """The National Tax Service's check: weighted sum of the first nine digits against the tenth.

    Written here because python-stdnum's ``kr.brn`` checks the number's length and parts but not this digit."""
    values = [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, _CHECK_WEIGHTS, strict=False))
    total += values[8] * 5 // 10
    return (10 - total % 10) % 10 == values[9]


def parse_shop_phone(text: str, *, field: str = "phone") -> str:
    """The shop's phone in its display form: a landline, mobile or 070 number, or a 15xx representative number."""
    digits = re.sub(r"[\s\-.()]", "", unicodedata.normalize("NFKC", text))
    if _REPRESENTATIVE.fullmatch(digits):
        return f"{digits[:4]}-{digits[4:]}"
    return parse_phone(text, field=field).national


def validate_shop_identity(
    *, name: str, business_number: str, address: str, phone: str, email: str = ""
) -> ShopIdentity:
    problems = ProblemCollector()
    clean_name = clean_address = ""
    with problems.checking():
        clean_name = clean_line(
            name, field="name", limit=SHOP_NAME_MAX, required=True, required_message=_SHOP_NAME_REQUIRED
        )
    number = ""
    with problems.checking():
        number = parse_business_number(business_number)
    with problems.checking():
        clean_address = clean_line(address, field="address", limit=SHOP_ADDRESS_MAX, required=True)
    display_phone = ""
    with problems.checking():
        display_phone = parse_shop_phone(phone)
    clean_email: str | None = None
    with problems.checking():
        clean_email = validate_email(email)
    problems.raise_if_any()
    return ShopIdentity(clean_name, number, clean_address, display_phone, clean_email or "")


class SellerDetailsMissing(ValidationError):
    """A document that names the seller (a contract, a handout, a label) cannot be issued while the shop's details
    are blank; each problem names one missing detail, by its field in the shop details."""


#: What each blank detail is called when a document is refused for it.
_SELLER_DETAIL_MISSING = {
    "name": QT_TRANSLATE_NOOP("Validation", "The shop's name is not entered."),
    "business_number": QT_TRANSLATE_NOOP("Validation", "The shop's business registration number is not entered."),
    "address": QT_TRANSLATE_NOOP("Validation", "The shop's address is not entered."),
    "phone": QT_TRANSLATE_NOOP("Validation", "The shop's phone number is not entered."),
}


def check_seller_named(*, name: str, address: str, phone: str, business_number: str | None = None) -> None:
    """Refuse a document naming the seller while any detail it prints is blank (the first start may leave all but the
    shop's name for later). *business_number* is None for a document that does not print it (a label's sender)."""
    given = [("name", name), ("business_number", business_number), ("address", address), ("phone", phone)]
    missing = [field for field, value in given if value is not None and not value.strip()]
    if missing:
        raise SellerDetailsMissing(*(FieldProblem(field, _SELLER_DETAIL_MISSING[field]) for field in missing))


def clean_terms(text: str, *, field: str = "terms") -> str:
    """A clause as typed, with its paragraphs kept and stray spaces and blank lines at either end removed."""
    return clean_lines(text, field=field, limit=TERMS_MAX)


def _check_days(problems: ProblemCollector, field: str, days: int, low: int, high: int) -> None:
    if not low <= days <= high:
        problems.add(field, _DAYS_RANGE, low=str(low), high=str(high))


def validate_subscription_rules(
    *,
    price_notice_days: int,
    pause_end_rule: PauseEndRule,
    max_pause_days: int,
    early_termination_percent: int,
    early_termination_cap: int | None,
    pause_terms: str,
    cancellation_terms: str,
    refund_terms: str,
) -> SubscriptionRules:
    problems = ProblemCollector()
    _check_days(problems, "price_notice_days", price_notice_days, 0, MAX_NOTICE_DAYS)
    _check_days(problems, "max_pause_days", max_pause_days, 1, MAX_PAUSE_LIMIT_DAYS)
    rule = EarlyTerminationRule()
    with problems.checking():
        rule = validate_rule(early_termination_percent, early_termination_cap)
    terms = {"pause_terms": pause_terms, "cancellation_terms": cancellation_terms, "refund_terms": refund_terms}
    for field, text in terms.items():
        with problems.checking():
            terms[field] = clean_terms(text, field=field)
    problems.raise_if_any()
    return SubscriptionRules(
        price_notice_days=price_notice_days,
        pause_end_rule=pause_end_rule,
        max_pause_days=max_pause_days,
        early_termination=rule,
        pause_terms=terms["pause_terms"],
        cancellation_terms=terms["cancellation_terms"],
        refund_terms=terms["refund_terms"],
    )
