"""The first start of a new shop: the details every document names, of which only the name and the owner are needed
to begin (the rest can be entered later, and a document that prints them says what is missing until then), and a
starter catalogue of three plans with typical terms for the owner to edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.money import check_amount
from toysub_desktop.domain.person import validate_email, validate_person_name
from toysub_desktop.domain.plans import Cadence, PlanKind, TermOption, validate_plan
from toysub_desktop.domain.shop import (
    SHOP_ADDRESS_MAX,
    SHOP_NAME_MAX,
    parse_business_number,
    parse_shop_phone,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line

_SHOP_NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter the shop's name.")

#: The details a contract prints beside the name, in the order the first start asks them.
LATER_DETAILS = ("business_number", "address", "phone")


@dataclass(frozen=True)
class NewShop:
    """The shop as its first start names it: 상호 and 대표자 (the owner, the first staff member) always; the
    registration number, address, phone and e-mail when known, else empty."""

    name: str
    owner_name: str
    business_number: str = ""
    address: str = ""
    #: Display form, as printed ("02-123-4567", "1588-1234").
    phone: str = ""
    email: str = ""

    @property
    def missing_for_documents(self) -> tuple[str, ...]:
        """The details still blank that a contract needs (their field names, in ``LATER_DETAILS`` order)."""
        given = {"business_number": self.business_number, "address": self.address, "phone": self.phone}
        return tuple(field for field in LATER_DETAILS if not given[field])


def validate_new_shop(
    *, name: str, owner_name: str, business_number: str = "", address: str = "", phone: str = "", email: str = ""
) -> NewShop:
    """The first start's details as typed: a blank optional detail is left for later; one typed is checked as the
    shop details screen checks it (the registration number with its check digit)."""
    problems = ProblemCollector()
    clean_name = clean_owner = number = clean_address = display_phone = ""
    clean_email: str | None = None
    with problems.checking():
        clean_name = clean_line(
            name, field="name", limit=SHOP_NAME_MAX, required=True, required_message=_SHOP_NAME_REQUIRED
        )
    with problems.checking():
        clean_owner = validate_person_name(owner_name, field="owner_name")
    if business_number.strip():
        with problems.checking():
            number = parse_business_number(business_number)
    with problems.checking():
        clean_address = clean_line(address, field="address", limit=SHOP_ADDRESS_MAX)
    if phone.strip():
        with problems.checking():
            display_phone = parse_shop_phone(phone)
    with problems.checking():
        clean_email = validate_email(email)
    problems.raise_if_any()
    return NewShop(clean_name, clean_owner, number, clean_address, display_phone, clean_email or "")


@dataclass(frozen=True)
class StarterPlan:
    """One plan of the starter catalogue, with typical terms; the owner may rename it and change its price."""

    name: str
    kind: PlanKind
    tier: str
    cadence: Cadence
    terms: tuple[TermOption, ...]
    trial_days: int
    deposit: int
    monthly_price: int


#: A toy box, a rental and an unlimited membership, priced as small Korean toy-subscription shops commonly do.
STARTER_PLANS: tuple[StarterPlan, ...] = (
    StarterPlan(
        name="월간 장난감 박스",
        kind=PlanKind.BOX,
        tier="기본",
        cadence=Cadence.MONTHLY,
        terms=(TermOption(12, 0), TermOption(24, 5)),
        trial_days=0,
        deposit=0,
        monthly_price=39_000,
    ),
    StarterPlan(
        name="장난감 렌털",
        kind=PlanKind.RENTAL,
        tier="스탠다드",
        cadence=Cadence.EVERY_2_WEEKS,
        terms=(TermOption(12, 0), TermOption(24, 5), TermOption(36, 10)),
        trial_days=7,
        deposit=50_000,
        monthly_price=49_000,
    ),
    StarterPlan(
        name="무제한 멤버십",
        kind=PlanKind.UNLIMITED,
        tier="",
        cadence=Cadence.AT_THE_SHOP,
        terms=(TermOption(12, 0), TermOption(24, 5)),
        trial_days=14,
        deposit=0,
        monthly_price=59_000,
    ),
)


def validate_starter_plans(plans: tuple[StarterPlan, ...]) -> tuple[StarterPlan, ...]:
    """The starter plans as the owner edited them, checked as the plan screen checks a new plan; a problem names
    its plan's place (``plans[1].monthly_price``)."""
    problems = ProblemCollector()
    checked: list[StarterPlan] = []
    for index, plan in enumerate(plans):
        with problems.checking():
            try:
                checked.append(_checked_starter_plan(plan))
            except ValidationError as error:
                raise error.prefixed(f"plans[{index}]") from None
    problems.raise_if_any()
    return tuple(checked)


def _checked_starter_plan(plan: StarterPlan) -> StarterPlan:
    problems = ProblemCollector()
    details = None
    with problems.checking():
        details = validate_plan(
            name=plan.name,
            kind=plan.kind,
            tier=plan.tier,
            cadence=plan.cadence,
            terms=plan.terms,
            trial_days=plan.trial_days,
            deposit=plan.deposit,
        )
    with problems.checking():
        check_amount(plan.monthly_price, field="monthly_price", allow_zero=False)
    problems.raise_if_any()
    assert details is not None
    return StarterPlan(
        details.name,
        details.kind,
        details.tier,
        details.cadence,
        details.terms,
        details.trial_days,
        details.deposit,
        plan.monthly_price,
    )
