"""What a printed document says, as plain frozen values: text, whole won, dates and tuples.

A service fills these from the database and the shop's settings; the renderers only lay them out. Every text is
already in the words the handout shows (labels such as a plan kind or a consent method arrive translated), and every
figure is already computed: a document never applies a fee rule, it prints the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

#: Who keeps a copy of a contract.
Copy = Literal["shop", "customer"]


@dataclass(frozen=True)
class ShopDetails:
    """The business, as the law asks a seller to name itself on a contract."""

    name: str
    #: 사업자등록번호, shown as registered: "123-45-67890".
    business_number: str
    address: str
    #: Display form: "02-123-4567".
    phone: str
    #: 대표자; left out of the document when empty.
    representative: str = ""
    #: For questions and complaints; left out when empty.
    email: str = ""


@dataclass(frozen=True)
class ChildLine:
    name: str
    #: The first day of the birth month; only the year and month are printed.
    birth_month: date


@dataclass(frozen=True)
class DiscountLine:
    label: str
    #: How much the discount takes off the monthly fee, as a positive amount ("-3,900원" on paper).
    discount_won: int
    #: Why the customer qualifies, e.g. the document that was checked.
    evidence: str


@dataclass(frozen=True)
class PlanTerms:
    """What is supplied, for how much and on which terms: shared by the pre-contract sheet and the contract.

    The term texts (payment timing, pause, cancellation, refund) come from the shop's editable templates.
    """

    plan_name: str
    kind_label: str
    tier_label: str
    #: What the customer receives and how often, in one or two sentences.
    supply_description: str
    term_months: int
    monthly_fee_won: int
    discounts: tuple[DiscountLine, ...]
    #: The monthly fee after the discounts, as the fee rules computed it.
    monthly_payable_won: int
    deposit_won: int
    #: What the customer pays over the whole term (without the deposit), as the fee rules computed it.
    total_won: int
    #: When the first and later payments are taken.
    payment_timing: str
    payment_method_label: str
    #: Free days at the start during which the customer may cancel without charge; 0 for none.
    trial_days: int
    pause_rule: str
    #: The cancellation and early-termination fee rule.
    cancellation_rule: str
    #: The rule applied to one case, with figures.
    cancellation_example: str
    #: How a customer asks to cancel (at the counter, by phone, in writing).
    how_to_cancel: str
    refund_terms: str
    #: For toys lent (a rental or unlimited plan): ownership, care, damage and loss, late fees, suspension and the
    #: deposit, with the shop's rule values; empty for a box, whose toys are the customer's.
    rental_terms: str = ""
    #: What skipping a box's month does to its fee (the contract's skip rule); empty for plans that lend toys.
    skip_rule: str = ""


@dataclass(frozen=True)
class ConsentNotice:
    """What the customer was told before consenting (PIPA §15②), as the notice of that version said it; a part the
    notice did not state separately is empty and left out."""

    purpose: str
    items: str
    retention: str
    refusal: str = ""


@dataclass(frozen=True)
class ConsentLine:
    kind_label: str
    required: bool
    granted: bool
    #: None when the customer has not answered (shown as a blank to fill in).
    given_on: date | None
    notice_version: str
    method_label: str
    #: What is collected, why and for how long, and the right to refuse (from the notice of that version).
    notice: ConsentNotice | None = None


@dataclass(frozen=True)
class ContractSheet:
    contract_number: str
    issued_on: date
    shop: ShopDetails
    customer_number: str
    customer_name: str
    children: tuple[ChildLine, ...]
    #: The delivery address in effect at signing, on one line: "(04001) 서울특별시 … 101동 1203호".
    delivery_address: str
    #: The customer's phone in effect at signing, display form: "010-1234-5678".
    phone: str
    plan: PlanTerms
    start_date: date
    end_date: date
    consents: tuple[ConsentLine, ...]
    #: The staff member who signs for the shop.
    shop_signer: str


@dataclass(frozen=True)
class PreContractSheet:
    """What a continuous-transaction contract must tell the customer before signing, on its own sheet."""

    issued_on: date
    shop: ShopDetails
    plan: PlanTerms
    #: The prospective customer, when known; the line is left blank to fill in otherwise.
    customer_name: str = ""
    #: The staff member who explained the terms.
    explained_by: str = ""


@dataclass(frozen=True)
class AffectedContract:
    contract_number: str
    plan_name: str


@dataclass(frozen=True)
class ReachedDelivery:
    """A delivery a change of address or phone reaches: its day, its contract, and what it used before and after."""

    scheduled_on: date
    contract_number: str
    #: "상자" or "교환".
    kind_label: str
    old_value: str
    new_value: str
    #: Said when the delivery had already been packed or sent with the old value; empty otherwise.
    note: str = ""


@dataclass(frozen=True)
class ChangeConfirmationSheet:
    """Confirms one change of a customer's address or phone: what it was, what it is, from when."""

    document_number: str
    issued_on: date
    shop: ShopDetails
    customer_number: str
    customer_name: str
    #: "주소" or "연락처" (or a more specific label such as "연락처 (배우자)").
    change_kind_label: str
    old_value: str
    new_value: str
    effective_from: date
    reason_label: str
    recorded_by: str
    #: When the shop recorded the change, in the shop's local time.
    recorded_at: datetime
    affected_contracts: tuple[AffectedContract, ...]
    #: Anything the customer should know about the change (a box already shipped to the old address …).
    notes: tuple[str, ...] = ()
    #: The deliveries on the days the change is in effect, with what each used before and uses after it.
    deliveries: tuple[ReachedDelivery, ...] = ()


@dataclass(frozen=True)
class ToyOut:
    """A toy still out with the customer when a contract ends, and when it is due back."""

    toy_name: str
    barcode: str
    child_name: str
    due_on: date


@dataclass(frozen=True)
class SubscriptionChangeSheet:
    """Confirms one transition of a contract (pause, early resume, plan change, cancellation, renewal): what
    changed, from when, with every figure already computed by the contract's rules, and what follows from it."""

    document_number: str
    issued_on: date
    shop: ShopDetails
    customer_number: str
    customer_name: str
    contract_number: str
    #: The plan in force when the change was recorded.
    plan_name: str
    #: The contract's period as it stood before the change.
    start_date: date
    end_date: date
    #: What the change is: "일시정지", "일시정지 조기 해제", "요금제 변경", "계약 해지", "계약 갱신".
    change_label: str
    effective_on: date
    #: What changed, as (label, value) rows: "정지 기간", "계약 종료일 (변경 전)" …
    details: tuple[tuple[str, str], ...]
    recorded_by: str
    #: When the shop recorded the change, in the shop's local time.
    recorded_at: datetime
    #: How a figure was worked out (the early-termination fee), one line per step; empty for none.
    computation: tuple[str, ...] = ()
    #: Whether the toys still out are listed (a cancellation of toys lent), and which they are.
    lists_toys: bool = False
    toys_out: tuple[ToyOut, ...] = ()
    #: What follows from the change for the customer, one sentence each.
    follows: tuple[str, ...] = ()
