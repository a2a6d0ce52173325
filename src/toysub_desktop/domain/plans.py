"""The plan catalogue (요금제): kinds, tiers, terms with their discounts, and what a sign-up costs.

A quote is computed here once, from the plan's price in effect on the contract date, and then kept on the contract:
a signed contract keeps its price until it is renewed, whatever the catalogue says later.

A price change takes effect today or later, never on a past day: customers were quoted, signed and told the price
in effect until now, and a past-dated price would rewrite what they were told (``check_price_start``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from toysub_desktop.domain.dates import check_effective_date
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.money import check_amount, share_of
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line

#: Term lengths a plan may offer, in months.
TERM_MONTHS = (12, 24, 36)
MAX_TERM_DISCOUNT_PERCENT = 50
MAX_TRIAL_DAYS = 60
MAX_DISCOUNT_PERCENT = 50
PLAN_NAME_MAX = 60
TIER_MAX = 30
DISCOUNT_NAME_MAX = 60
#: What the clerk notes as seen for a discount ("가족관계증명서 확인"), and the hint of what to see.
EVIDENCE_MAX = 200


_PRICE_IN_THE_PAST = QT_TRANSLATE_NOOP(
    "Validation", "A new price takes effect today ({today}) or later; a past day is refused."
)


def check_price_start(effective_from: date, *, today: date, field: str = "effective_from") -> date:
    """The first day of a new catalogue price: today or later (and within the usual window ahead)."""
    if effective_from < today:
        raise ValidationError.of(field, _PRICE_IN_THE_PAST, today=today.isoformat())
    return check_effective_date(effective_from, today=today, field=field)


class PlanKind(StrEnum):
    BOX = "box"  # 정기배송: a toy box delivered every month
    RENTAL = "rental"  # 렌털: toys lent and swapped on a cadence, with a deposit
    UNLIMITED = "unlimited"  # 무제한: borrow at the shop without limit


class Cadence(StrEnum):
    """How often a box is delivered or toys are swapped."""

    MONTHLY = "monthly"
    EVERY_2_WEEKS = "every_2_weeks"
    EVERY_4_WEEKS = "every_4_weeks"
    AT_THE_SHOP = "at_the_shop"  # unlimited membership: the customer comes in


class PaymentMethod(StrEnum):
    """How the customer pays; recorded, never charged by the app."""

    CASH = "cash"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    AUTO_DEBIT = "auto_debit"


def cadences_for(kind: PlanKind) -> tuple[Cadence, ...]:
    """The cadences a plan of *kind* may have (``validate_plan`` refuses the others)."""
    if kind is PlanKind.BOX:
        return (Cadence.MONTHLY,)
    if kind is PlanKind.UNLIMITED:
        return (Cadence.AT_THE_SHOP,)
    return (Cadence.EVERY_2_WEEKS, Cadence.EVERY_4_WEEKS, Cadence.MONTHLY)


@dataclass(frozen=True)
class TermOption:
    months: int
    #: Long-term discount on the monthly price, in percent.
    discount_percent: int = 0


@dataclass(frozen=True)
class PlanDetails:
    """A plan as the owner edits it (the price is kept separately, by effective date)."""

    name: str
    kind: PlanKind
    tier: str
    cadence: Cadence
    terms: tuple[TermOption, ...]
    trial_days: int = 0
    deposit: int = 0

    def term(self, months: int) -> TermOption | None:
        return next((t for t in self.terms if t.months == months), None)


def validate_plan(
    *,
    name: str,
    kind: PlanKind,
    tier: str,
    cadence: Cadence,
    terms: tuple[TermOption, ...],
    trial_days: int,
    deposit: int,
) -> PlanDetails:
    problems = ProblemCollector()
    with problems.checking():
        name = clean_line(
            name,
            field="name",
            limit=PLAN_NAME_MAX,
            required=True,
            required_message=QT_TRANSLATE_NOOP("Validation", "Enter the plan's name."),
        )
    with problems.checking():
        tier = clean_line(tier, field="tier", limit=TIER_MAX)
    if kind is PlanKind.BOX and cadence is not Cadence.MONTHLY:
        problems.add("cadence", QT_TRANSLATE_NOOP("Validation", "A toy box plan is delivered monthly."))
    if kind is PlanKind.UNLIMITED and cadence is not Cadence.AT_THE_SHOP:
        problems.add("cadence", QT_TRANSLATE_NOOP("Validation", "An unlimited membership borrows at the shop."))
    if kind is PlanKind.RENTAL and cadence is Cadence.AT_THE_SHOP:
        problems.add("cadence", QT_TRANSLATE_NOOP("Validation", "Choose how often the rental toys are swapped."))
    if not terms:
        problems.add("terms", QT_TRANSLATE_NOOP("Validation", "Offer at least one term (12, 24 or 36 months)."))
    seen: set[int] = set()
    for term in terms:
        if term.months not in TERM_MONTHS or term.months in seen:
            problems.add("terms", QT_TRANSLATE_NOOP("Validation", "Terms are 12, 24 or 36 months, each once."))
            break
        seen.add(term.months)
        if not 0 <= term.discount_percent <= MAX_TERM_DISCOUNT_PERCENT:
            problems.add(
                "terms",
                QT_TRANSLATE_NOOP("Validation", "A term discount is between 0 and {limit} percent."),
                limit=str(MAX_TERM_DISCOUNT_PERCENT),
            )
            break
    if not 0 <= trial_days <= MAX_TRIAL_DAYS:
        problems.add(
            "trial_days",
            QT_TRANSLATE_NOOP("Validation", "Free trial days are between 0 and {limit}."),
            limit=str(MAX_TRIAL_DAYS),
        )
    if kind is not PlanKind.RENTAL and deposit:
        problems.add("deposit", QT_TRANSLATE_NOOP("Validation", "Only rental plans take a deposit."))
    else:
        with problems.checking():
            check_amount(deposit, field="deposit")
    problems.raise_if_any()
    ordered = tuple(sorted(terms, key=lambda t: t.months))
    return PlanDetails(name, kind, tier, cadence, ordered, trial_days, deposit)


@dataclass(frozen=True)
class DiscountLine:
    """A discount the shop grants by category (다자녀, a sibling's second subscription), as on one contract."""

    label: str
    percent: int
    #: What the clerk saw as evidence ("가족관계증명서 확인").
    evidence: str = ""


def validate_discount(label: str, percent: int, evidence: str = "", *, field: str = "discount") -> DiscountLine:
    label = clean_line(
        label,
        field=field,
        limit=DISCOUNT_NAME_MAX,
        required=True,
        required_message=QT_TRANSLATE_NOOP("Validation", "Enter the discount's name."),
    )
    if not 0 < percent <= MAX_DISCOUNT_PERCENT:
        raise ValidationError.of(
            field,
            QT_TRANSLATE_NOOP("Validation", "A discount is between 1 and {limit} percent."),
            limit=str(MAX_DISCOUNT_PERCENT),
        )
    return DiscountLine(label, percent, clean_evidence(evidence))


def clean_evidence(text: str, *, field: str = "evidence", required: bool = False) -> str:
    """The evidence seen for a discount (or the hint of what to see), on one line within ``EVIDENCE_MAX``."""
    return clean_line(text, field=field, limit=EVIDENCE_MAX, required=required, required_message=_EVIDENCE_NEEDED)


_EVIDENCE_NEEDED = QT_TRANSLATE_NOOP("Validation", "Note the evidence you saw for this discount.")


@dataclass(frozen=True)
class QuoteLine:
    label: str
    #: Won off the monthly price (positive).
    amount: int
    evidence: str = ""


@dataclass(frozen=True)
class Quote:
    """What a contract costs: the review screen and the contract show exactly these figures."""

    list_price: int
    months: int
    term_discount_percent: int
    term_discount: int
    discounts: tuple[QuoteLine, ...]
    monthly_fee: int
    deposit: int
    trial_days: int

    @property
    def total_discount(self) -> int:
        return self.term_discount + sum(line.amount for line in self.discounts)

    @property
    def total_fees(self) -> int:
        """Monthly fee times the months of the term (the trial is free and comes before the term)."""
        return self.monthly_fee * self.months

    @property
    def total_with_deposit(self) -> int:
        return self.total_fees + self.deposit

    @property
    def first_payment(self) -> int:
        """Paid when the term begins: the first month and the deposit."""
        return self.monthly_fee + self.deposit


def quote(plan: PlanDetails, *, list_price: int, months: int, discounts: tuple[DiscountLine, ...] = ()) -> Quote:
    """The figures for *plan* at *list_price* over *months*; discounts are shares of the list price, rounded down."""
    term = plan.term(months)
    if term is None:
        offered = ", ".join(str(t.months) for t in plan.terms)
        raise ValidationError.of(
            "term_months",
            QT_TRANSLATE_NOOP("Validation", "This plan offers terms of {offered} months."),
            offered=offered,
        )
    term_discount = share_of(list_price, term.discount_percent)
    lines = tuple(QuoteLine(d.label, share_of(list_price, d.percent), d.evidence) for d in discounts)
    monthly_fee = max(list_price - term_discount - sum(line.amount for line in lines), 0)
    return Quote(
        list_price=list_price,
        months=months,
        term_discount_percent=term.discount_percent,
        term_discount=term_discount,
        discounts=lines,
        monthly_fee=monthly_fee,
        deposit=plan.deposit,
        trial_days=plan.trial_days,
    )
