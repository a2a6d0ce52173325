"""What each printed document says, read from the database: the values ``documents`` renders.

Reads only; ``services.documents`` issues the documents and keeps the record of each. These builders (``*_in``)
run inside the caller's transaction; ``services.document_sheets`` gives the same values in a reading session of
their own, for a preview or a test.

- The **contract** states the agreement in force: the terms as signed (the subscription's own snapshot, never the
  catalogue's price today), amended by any plan change recorded since, and dated the day it was signed or amended;
  the delivery address and the primary phone in effect on the signing date (as known now, so a corrected typo
  shows); the consents as answered by then. Pauses and a cancellation happen under the contract, by its rules, and
  do not change it: the term's end is the one signed. The customer's name and children are as they stand.
- The **pre-contract sheet** states the figures ``quote_sign_up`` would give for the same plan, term and discounts
  today, with the shop's current terms.
- A **change confirmation** states one address or phone version beside the one it replaced, the customer's
  contracts still running on its effective date, and the deliveries it reaches (those on the schedule when it was
  recorded), each with what it used before and uses now.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import (
    AddressVersion,
    Consent,
    Customer,
    Delivery,
    DiscountCategory,
    PhoneVersion,
    Plan,
    Shop,
    Staff,
    Subscription,
    SubscriptionDiscount,
    SubscriptionEvent,
)
from toysub_desktop.documents import standard_terms as terms
from toysub_desktop.documents import wording
from toysub_desktop.documents.values import (
    AffectedContract,
    ChangeConfirmationSheet,
    ChildLine,
    ConsentLine,
    ContractSheet,
    DiscountLine,
    PlanTerms,
    PreContractSheet,
    ReachedDelivery,
    ShopDetails,
)
from toysub_desktop.domain.contacts import (
    CURRENT_NOTICE_VERSION,
    ChangeReason,
    ConsentMethod,
    PhoneRole,
    StaffRole,
)
from toysub_desktop.domain.dates import shop_today, to_shop_time
from toysub_desktop.domain.deliveries import FROZEN_STATES, DeliveryKind, DeliveryState
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.fees import EarlyTerminationRule, FeeMethod
from toysub_desktop.domain.ledger import SkipRule
from toysub_desktop.domain.money import share_of
from toysub_desktop.domain.months import cycle_start, term_end
from toysub_desktop.domain.person import format_customer_number
from toysub_desktop.domain.phone import phone_from_e164
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind, Quote, quote
from toysub_desktop.domain.plans import DiscountLine as QuotedDiscount
from toysub_desktop.domain.privacy import CONSENT_KINDS, REQUIRED_CONSENTS
from toysub_desktop.domain.rentals import RentalRules
from toysub_desktop.domain.shop import check_seller_named
from toysub_desktop.domain.subscription_history import EventKind
from toysub_desktop.domain.subscriptions import PauseEndRule
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.timeline import in_effect_on
from toysub_desktop.services.common import NotFoundError, get_or_raise
from toysub_desktop.services.queries.contact_versions import (
    address_of,
    address_versions,
    frozen_address_of,
    phone_versions,
    phones_in_effect,
    staff_names,
)
from toysub_desktop.services.queries.deliveries import same_place
from toysub_desktop.services.queries.plan_details import plan_details
from toysub_desktop.services.queries.plan_prices import price_on
from toysub_desktop.services.queries.subscription_history import history_of

# The same texts as the sign-up and contact services, so they share one translation.
_INACTIVE_PLAN = QT_TRANSLATE_NOOP("Validation", "This plan is no longer offered.")
_INACTIVE_DISCOUNT = QT_TRANSLATE_NOOP("Validation", "This discount is no longer offered.")
_VOIDED_VERSION = QT_TRANSLATE_NOOP("Validation", "This entry has already been corrected or withdrawn.")

#: Consents the contract lists, required first.


# --- the shop -----------------------------------------------------------------------------------------------------


def _shop(session: Session) -> Shop:
    return session.scalars(select(Shop).limit(1)).one()


def _representative(session: Session) -> str:
    """The owner named when the shop was set up (the first owner on record)."""
    owners = select(Staff.name).where(Staff.role == StaffRole.OWNER.value, Staff.active.is_(True))
    return session.scalar(owners.order_by(Staff.id).limit(1)) or ""


def shop_details_in(session: Session) -> ShopDetails:
    """The seller as a document names it; ``SellerDetailsMissing`` while a detail the law asks for is blank."""
    shop = _shop(session)
    check_seller_named(name=shop.name, business_number=shop.business_number, address=shop.address, phone=shop.phone)
    return ShopDetails(
        name=shop.name,
        business_number=shop.business_number,
        address=shop.address,
        phone=shop.phone.strip(),
        representative=_representative(session),
        email=shop.email,
    )


@dataclass(frozen=True)
class _Rules:
    """The rules a contract runs under, whether from a signed contract or from the shop's settings today."""

    pause_rule: PauseEndRule
    max_pause_days: int
    early_termination: EarlyTerminationRule
    skip_rule: SkipRule


def _rules_of_shop(shop: Shop) -> _Rules:
    return _Rules(
        PauseEndRule(shop.pause_end_rule),
        shop.max_pause_days,
        EarlyTerminationRule(shop.early_termination_percent, shop.early_termination_cap),
        SkipRule(shop.skip_rule),
    )


def _rules_of_contract(subscription: Subscription) -> _Rules:
    return _Rules(
        PauseEndRule(subscription.pause_end_rule),
        subscription.max_pause_days,
        EarlyTerminationRule(
            subscription.early_termination_percent,
            subscription.early_termination_cap,
            FeeMethod(subscription.early_termination_method),
        ),
        SkipRule(subscription.skip_rule),
    )


@dataclass(frozen=True)
class _Offer:
    """The figures and facts a plan's terms are written from."""

    plan_name: str
    kind: PlanKind
    tier: str
    cadence: Cadence
    term_months: int
    list_price: int
    discounts: tuple[DiscountLine, ...]
    monthly_fee: int
    deposit: int
    total: int
    trial_days: int
    payment_timing: str
    payment_method_label: str
    supply_description: str
    #: Start of the paid term, for the worked cancellation example, and the fee in effect on the example's day.
    paid_from: date
    example_fee: int
    #: Set when the dates are an assumption (a plan offered before signing).
    assumed_start: date | None = None


def _plan_terms(shop: Shop, rules: _Rules, offer: _Offer) -> PlanTerms:
    """The plan's terms with the shop's own wording where it wrote one, the standard wording elsewhere."""
    return PlanTerms(
        plan_name=offer.plan_name,
        kind_label=terms.KIND_LABELS[offer.kind],
        tier_label=offer.tier,
        supply_description=offer.supply_description,
        term_months=offer.term_months,
        monthly_fee_won=offer.list_price,
        discounts=offer.discounts,
        monthly_payable_won=offer.monthly_fee,
        deposit_won=offer.deposit,
        total_won=offer.total,
        payment_timing=offer.payment_timing,
        payment_method_label=offer.payment_method_label,
        trial_days=offer.trial_days,
        pause_rule=terms.custom_or_standard(
            shop.pause_terms, terms.pause_rule(rules.pause_rule, rules.max_pause_days, trial_days=offer.trial_days)
        ),
        cancellation_rule=terms.custom_or_standard(
            shop.cancellation_terms,
            terms.cancellation_rule(rules.early_termination, trial_days=offer.trial_days, kind=offer.kind),
        ),
        cancellation_example=terms.cancellation_example(
            rules.early_termination,
            paid_from=offer.paid_from,
            months=offer.term_months,
            monthly_fee=offer.example_fee,
            assumed_start=offer.assumed_start,
        ),
        how_to_cancel=terms.how_to_cancel(shop.phone.strip(), offer.kind),
        refund_terms=terms.custom_or_standard(
            shop.refund_terms, terms.refund_terms(offer.deposit, method=rules.early_termination.method)
        ),
        rental_terms=(
            "" if offer.kind is PlanKind.BOX else terms.rental_terms(_rental_rules(shop), deposit=offer.deposit)
        ),
        skip_rule=terms.skip_rule(rules.skip_rule) if offer.kind is PlanKind.BOX else "",
    )


def _rental_rules(shop: Shop) -> RentalRules:
    return RentalRules(
        shop.late_fee_per_day,
        shop.late_fee_cap_days,
        shop.suspension_after_days,
        shop.loan_days,
        shop.damage_fee_percent,
    )


# --- the contract -------------------------------------------------------------------------------------------------


def _plan_changes(session: Session, subscription_id: int) -> list[SubscriptionEvent]:
    """Plan changes on record and not voided, in the order they take effect."""
    query = select(SubscriptionEvent).where(
        SubscriptionEvent.subscription_id == subscription_id,
        SubscriptionEvent.kind == EventKind.PLAN_CHANGE.value,
        SubscriptionEvent.voided_at.is_(None),
    )
    return list(session.scalars(query.order_by(SubscriptionEvent.effective_on, SubscriptionEvent.id)))


def _changed_plan_name(session: Session, change: SubscriptionEvent) -> str:
    name = (change.details or {}).get("plan_name")
    if isinstance(name, str) and name:
        return name
    plan = session.get(Plan, change.plan_id) if change.plan_id is not None else None
    return plan.name if plan else ""


def _agreed_on(subscription: Subscription, changes: Sequence[SubscriptionEvent]) -> date:
    """The contract's date: the signing, or the day the latest amendment (plan change) was agreed."""
    if not changes:
        return subscription.signed_on
    latest = max(changes, key=lambda c: (c.recorded_at, c.id))
    return max(subscription.signed_on, shop_today(latest.recorded_at))


def _term_percent(plan: Plan, months: int, list_price: int, term_discount: int) -> int | None:
    """The plan's long-term discount percent, if it still gives exactly the discount the change recorded."""
    option = plan_details(plan).term(months)
    if option is None or share_of(list_price, option.discount_percent) != term_discount:
        return None
    return option.discount_percent


def _contract_discounts(
    session: Session, subscription: Subscription, list_price: int, monthly_fee: int, amended: Plan | None
) -> tuple[DiscountLine, ...]:
    """The long-term discount and the category discounts with their evidence, in won off the list price."""
    rows = session.scalars(
        select(SubscriptionDiscount)
        .where(SubscriptionDiscount.subscription_id == subscription.id)
        .order_by(SubscriptionDiscount.id)
    ).all()
    if amended is None:
        categories = [DiscountLine(terms.discount_label(d.label, d.percent), d.amount, d.evidence) for d in rows]
        percent: int | None = subscription.term_discount_percent
        term_discount = share_of(list_price, subscription.term_discount_percent)
    else:
        # A plan change keeps the categories and recomputes them on the new list price (``change_plan``).
        categories = [
            DiscountLine(terms.discount_label(d.label, d.percent), share_of(list_price, d.percent), d.evidence)
            for d in rows
        ]
        term_discount = max(list_price - monthly_fee - sum(line.discount_won for line in categories), 0)
        percent = _term_percent(amended, subscription.term_months, list_price, term_discount)
    lines = [terms.term_discount_line(subscription.term_months, percent, term_discount)] if term_discount else []
    return (*lines, *categories)


@dataclass(frozen=True)
class _PlanInForce:
    name: str
    tier: str
    cadence: Cadence
    list_price: int
    monthly_fee: int
    #: The catalogue plan a change moved to; None while the contract runs on the plan it was signed with.
    amended: Plan | None


def _plan_in_force(session: Session, subscription: Subscription, changes: Sequence[SubscriptionEvent]) -> _PlanInForce:
    """The plan as signed, or as the plan change that takes effect last made it (agreed, if not yet in effect)."""
    latest = changes[-1] if changes else None
    if latest is None or latest.monthly_fee is None:
        return _PlanInForce(
            subscription.plan_name,
            subscription.tier,
            Cadence(subscription.cadence),
            subscription.list_price,
            subscription.monthly_fee,
            None,
        )
    # The change records the new name, list price and fee; tier and cadence are the new plan's in the catalogue.
    plan = session.get(Plan, latest.plan_id) if latest.plan_id is not None else None
    return _PlanInForce(
        _changed_plan_name(session, latest),
        plan.tier if plan else subscription.tier,
        Cadence(plan.cadence) if plan else Cadence(subscription.cadence),
        int((latest.details or {}).get("list_price", latest.monthly_fee)),
        latest.monthly_fee,
        plan,
    )


def _contract_offer(session: Session, subscription: Subscription, changes: Sequence[SubscriptionEvent]) -> _Offer:
    plan = _plan_in_force(session, subscription, changes)
    history = history_of(session, subscription)
    paid_from = subscription.paid_from
    months = subscription.term_months
    kind = PlanKind(subscription.kind)
    return _Offer(
        plan_name=plan.name,
        kind=kind,
        tier=plan.tier,
        cadence=plan.cadence,
        term_months=months,
        list_price=plan.list_price,
        discounts=_contract_discounts(session, subscription, plan.list_price, plan.monthly_fee, plan.amended),
        monthly_fee=plan.monthly_fee,
        deposit=subscription.deposit,
        total=sum(history.fee_on(cycle_start(paid_from, cycle)) for cycle in range(months)),
        trial_days=subscription.trial_days,
        payment_timing=terms.payment_timing(
            trial_days=subscription.trial_days,
            deposit=subscription.deposit,
            first_payment_on=paid_from,
            changes=[
                terms.FeeChange(c.effective_on, _changed_plan_name(session, c), c.monthly_fee)
                for c in changes
                if c.monthly_fee is not None
            ],
        ),
        payment_method_label=terms.PAYMENT_METHOD_LABELS[PaymentMethod(subscription.payment_method)],
        supply_description=terms.supply_description(
            kind, plan.cadence, delivery_day=subscription.delivery_day, swap_weekday=subscription.swap_weekday
        ),
        paid_from=paid_from,
        example_fee=history.fee_on(terms.example_cancellation_date(paid_from, months)),
    )


def _address_on(session: Session, customer_id: int, day: date) -> str:
    version = in_effect_on(address_versions(session, [customer_id])[customer_id], day)
    return address_of(version).one_line if version is not None else ""


def _primary_phone_on(session: Session, customer_id: int, day: date) -> str:
    for version in phones_in_effect(phone_versions(session, [customer_id])[customer_id], day):
        if version.role == PhoneRole.PRIMARY.value and version.e164:
            return phone_from_e164(version.e164).national
    return ""


def _consents_on(session: Session, customer_id: int, day: date) -> tuple[ConsentLine, ...]:
    """Each consent as the customer had answered it by *day*; a blank to fill in where they had not."""
    rows = session.scalars(
        select(Consent)
        .where(Consent.customer_id == customer_id, Consent.given_on <= day)
        .order_by(Consent.given_on, Consent.id)
    ).all()
    latest = {row.kind: row for row in rows}
    lines = []
    for kind in CONSENT_KINDS:
        row = latest.get(kind.value)
        version = row.notice_version if row else CURRENT_NOTICE_VERSION
        lines.append(
            ConsentLine(
                kind_label=terms.CONSENT_LABELS[kind],
                required=kind in REQUIRED_CONSENTS,
                granted=row.granted if row else False,
                given_on=row.given_on if row else None,
                notice_version=version,
                method_label=terms.CONSENT_METHOD_LABELS[ConsentMethod(row.method)] if row else "",
                notice=terms.consent_notice(kind, version),
            )
        )
    return tuple(lines)


def contract_sheet_in(session: Session, subscription: Subscription) -> ContractSheet:
    customer = get_or_raise(session, Customer, subscription.customer_id)
    changes = _plan_changes(session, subscription.id)
    latest = max(changes, key=lambda c: (c.recorded_at, c.id)) if changes else None
    signer_id = latest.recorded_by_id if latest is not None else subscription.signed_by_id
    return ContractSheet(
        contract_number=subscription.contract_number or "",
        issued_on=_agreed_on(subscription, changes),
        shop=shop_details_in(session),
        customer_number=customer.number or format_customer_number(customer.id),
        customer_name=customer.name,
        children=tuple(ChildLine(child.name, child.birth_month) for child in customer.children if child.active),
        delivery_address=_address_on(session, customer.id, subscription.signed_on),
        phone=_primary_phone_on(session, customer.id, subscription.signed_on),
        plan=_plan_terms(
            _shop(session), _rules_of_contract(subscription), _contract_offer(session, subscription, changes)
        ),
        start_date=subscription.start_on,
        end_date=term_end(subscription.paid_from, subscription.term_months),
        consents=_consents_on(session, customer.id, subscription.signed_on),
        shop_signer=staff_names(session, [signer_id]).get(signer_id, ""),
    )


# --- the pre-contract sheet ---------------------------------------------------------------------------------------


def _offer_quote(
    session: Session, plan: Plan, term_months: int, categories: Sequence[DiscountCategory], today: date
) -> Quote:
    """The figures ``quote_sign_up`` gives for the same plan, term and discounts today, with the same checks."""
    problems = ProblemCollector()
    if not plan.active:
        problems.add("plan", _INACTIVE_PLAN)
    for index, category in enumerate(categories):
        if not category.active:
            problems.add(f"discounts[{index}]", _INACTIVE_DISCOUNT)
    figures: Quote | None = None
    with problems.checking():
        price = price_on(session, plan.id, today)
        discounts = tuple(QuotedDiscount(c.name, c.percent, c.evidence_hint) for c in categories)
        figures = quote(plan_details(plan), list_price=price.monthly_price, months=term_months, discounts=discounts)
    problems.raise_if_any()
    assert figures is not None
    return figures


def pre_contract_sheet_in(
    session: Session,
    *,
    explained_by: str,
    plan_id: int,
    term_months: int,
    discount_category_ids: Sequence[int] = (),
    customer_id: int | None = None,
    payment_method: PaymentMethod | None = None,
    issued_on: date,
) -> PreContractSheet:
    plan = get_or_raise(session, Plan, plan_id)
    customer = get_or_raise(session, Customer, customer_id) if customer_id is not None else None
    categories = [get_or_raise(session, DiscountCategory, i) for i in discount_category_ids]
    figures = _offer_quote(session, plan, term_months, categories, issued_on)
    details = plan_details(plan)
    shop = _shop(session)
    term_line = (
        [terms.term_discount_line(term_months, figures.term_discount_percent, figures.term_discount)]
        if figures.term_discount
        else []
    )
    category_lines = [
        DiscountLine(terms.discount_label(c.name, c.percent), line.amount, line.evidence)
        for c, line in zip(categories, figures.discounts, strict=True)
    ]
    offer = _Offer(
        plan_name=details.name,
        kind=details.kind,
        tier=details.tier,
        cadence=details.cadence,
        term_months=term_months,
        list_price=figures.list_price,
        discounts=(*term_line, *category_lines),
        monthly_fee=figures.monthly_fee,
        deposit=figures.deposit,
        total=figures.total_fees,
        trial_days=figures.trial_days,
        payment_timing=terms.payment_timing(trial_days=figures.trial_days, deposit=figures.deposit),
        payment_method_label=(
            terms.PAYMENT_METHOD_LABELS[payment_method] if payment_method else wording.PAYMENT_TO_BE_CHOSEN
        ),
        supply_description=terms.supply_description(details.kind, details.cadence),
        paid_from=issued_on + timedelta(days=figures.trial_days),
        example_fee=figures.monthly_fee,
        assumed_start=issued_on,
    )
    return PreContractSheet(
        issued_on=issued_on,
        shop=shop_details_in(session),
        plan=_plan_terms(shop, _rules_of_shop(shop), offer),
        customer_name=customer.name if customer else "",
        explained_by=explained_by,
    )


# --- change confirmations -----------------------------------------------------------------------------------------

ContactVersion = AddressVersion | PhoneVersion
_V = TypeVar("_V", AddressVersion, PhoneVersion)


@dataclass(frozen=True)
class ContactChange:
    """One address or phone version, resolved for its confirmation."""

    customer_id: int
    kind_label: str
    #: The change under a name that survives its corrections: "customer:7:address:12", after the first version of
    #: the chain of corrections, so a corrected change's confirmation is a new version of the same document.
    subject_key: str
    old_value: str
    new_value: str
    effective_from: date
    reason: ChangeReason
    recorded_at: datetime
    recorded_by_id: int
    notes: tuple[str, ...]
    #: The version itself: ``AddressVersion`` or ``PhoneVersion`` id, to find the deliveries it reaches.
    address_version_id: int | None = None
    phone_version_id: int | None = None

    @property
    def subject(self) -> str:
        return terms.change_subject(self.kind_label, self.effective_from)


def _precedence(version: ContactVersion) -> tuple[date, datetime, int]:
    return (version.effective_from, version.recorded_at, version.id)


def _replaced(versions: Sequence[ContactVersion], version: ContactVersion) -> ContactVersion | None:
    """What *version* replaced: the entry a correction voided, else what was in effect on its first day without it."""
    if version.supersedes_id is not None:
        return next((v for v in versions if v.id == version.supersedes_id), None)
    earlier = [v for v in versions if v.voided_at is None and _precedence(v) < _precedence(version)]
    return in_effect_on(earlier, version.effective_from)


def _first_of_chain(versions: Sequence[ContactVersion], version: ContactVersion) -> ContactVersion:
    by_id = {v.id: v for v in versions}
    current = version
    while current.supersedes_id is not None and current.supersedes_id in by_id:
        current = by_id[current.supersedes_id]
    return current


def _notes(version: ContactVersion, *, temporary: bool) -> tuple[str, ...]:
    """What the customer should know: a change dated before or after the day it was recorded, a temporary stay."""
    notes = []
    recorded_on = shop_today(version.recorded_at)
    if version.reason != ChangeReason.TEMPORARY_END_SET.value:
        if version.effective_from < recorded_on:
            notes.append(wording.CHANGE_NOTE_LATE)
        elif version.effective_from > recorded_on:
            notes.append(wording.CHANGE_NOTE_SCHEDULED)
    if temporary:
        notes.append(wording.CHANGE_NOTE_TEMPORARY)
    return tuple(notes)


def _live_version(session: Session, model: type[_V], version_id: int, customer_id: int) -> _V:
    version = session.get(model, version_id)
    if version is None or version.customer_id != customer_id:
        raise NotFoundError(f"{model.__name__} {version_id} of customer {customer_id}")
    if version.voided_at is not None:
        raise ValidationError.of("version", _VOIDED_VERSION)
    return version


def _address_text(version: AddressVersion) -> str:
    return terms.address_value(
        address_of(version).one_line, temporary=version.is_temporary, until=version.effective_until
    )


def _phone_text(version: PhoneVersion | None) -> str:
    if version is None or version.e164 is None:
        return wording.NONE
    return phone_from_e164(version.e164).national


def _address_change(session: Session, customer_id: int, version_id: int) -> ContactChange:
    version = _live_version(session, AddressVersion, version_id, customer_id)
    versions = address_versions(session, [customer_id])[customer_id]
    old = _replaced(versions, version)
    assert old is None or isinstance(old, AddressVersion)
    return ContactChange(
        customer_id=customer_id,
        kind_label=wording.CHANGE_KIND_ADDRESS,
        subject_key=f"customer:{customer_id}:address:{_first_of_chain(versions, version).id}",
        old_value=_address_text(old) if old is not None else wording.NONE,
        new_value=_address_text(version),
        effective_from=version.effective_from,
        reason=ChangeReason(version.reason),
        recorded_at=version.recorded_at,
        recorded_by_id=version.recorded_by_id,
        notes=_notes(version, temporary=version.is_temporary),
        address_version_id=version.id,
    )


def _phone_change(session: Session, customer_id: int, version_id: int) -> ContactChange:
    version = _live_version(session, PhoneVersion, version_id, customer_id)
    same_role = [v for v in phone_versions(session, [customer_id])[customer_id] if v.role == version.role]
    old = _replaced(same_role, version)
    assert old is None or isinstance(old, PhoneVersion)
    return ContactChange(
        customer_id=customer_id,
        kind_label=terms.phone_change_kind_label(PhoneRole(version.role)),
        subject_key=f"customer:{customer_id}:phone:{_first_of_chain(same_role, version).id}",
        old_value=_phone_text(old),
        new_value=_phone_text(version),
        effective_from=version.effective_from,
        reason=ChangeReason(version.reason),
        recorded_at=version.recorded_at,
        recorded_by_id=version.recorded_by_id,
        notes=_notes(version, temporary=False),
        phone_version_id=version.id,
    )


def contact_change_in(
    session: Session, *, customer_id: int, address_version_id: int | None = None, phone_version_id: int | None = None
) -> ContactChange:
    """The change one address or phone version records (exactly one of the two ids)."""
    if (address_version_id is None) == (phone_version_id is None):
        raise ValueError("name exactly one address version or phone version")
    get_or_raise(session, Customer, customer_id)
    if address_version_id is not None:
        return _address_change(session, customer_id, address_version_id)
    assert phone_version_id is not None
    return _phone_change(session, customer_id, phone_version_id)


def plan_name_on(session: Session, subscription: Subscription, day: date) -> str:
    changes = [c for c in _plan_changes(session, subscription.id) if c.effective_on <= day]
    return _changed_plan_name(session, changes[-1]) if changes else subscription.plan_name


def affected_contracts_in(session: Session, customer_id: int, day: date) -> tuple[AffectedContract, ...]:
    """The customer's contracts not ended before *day*: running then, or starting later."""
    query = select(Subscription).where(
        Subscription.customer_id == customer_id,
        Subscription.ends_on >= day,
        or_(Subscription.cancelled_on.is_(None), Subscription.cancelled_on > day),
    )
    rows = session.scalars(query.order_by(Subscription.start_on, Subscription.id)).all()
    return tuple(AffectedContract(s.contract_number or "", plan_name_on(session, s, day)) for s in rows)


def change_confirmation_sheet_in(
    session: Session, change: ContactChange, *, document_number: str, issued_on: date
) -> ChangeConfirmationSheet:
    customer = get_or_raise(session, Customer, change.customer_id)
    return ChangeConfirmationSheet(
        document_number=document_number,
        issued_on=issued_on,
        shop=shop_details_in(session),
        customer_number=customer.number or format_customer_number(customer.id),
        customer_name=customer.name,
        change_kind_label=change.kind_label,
        old_value=change.old_value,
        new_value=change.new_value,
        effective_from=change.effective_from,
        reason_label=terms.CHANGE_REASON_LABELS[change.reason],
        recorded_by=staff_names(session, [change.recorded_by_id]).get(change.recorded_by_id, ""),
        recorded_at=to_shop_time(change.recorded_at),
        affected_contracts=affected_contracts_in(session, customer.id, change.effective_from),
        notes=change.notes,
        deliveries=reached_deliveries_in(session, change),
    )


_DELIVERY_KIND_LABELS = {DeliveryKind.BOX: wording.DELIVERY_BOX, DeliveryKind.SWAP: wording.DELIVERY_SWAP}


def _deliveries_from(
    session: Session, customer_id: int, first: date, last: date | None, *, scheduled_by: datetime
) -> list[tuple[Delivery, str]]:
    """The customer's deliveries from *first* (to *last*) that were on the schedule at *scheduled_by* and still are:
    the rolling schedule growing later does not change a confirmation already handed over."""
    query = (
        select(Delivery, Subscription.contract_number)
        .join(Subscription, Subscription.id == Delivery.subscription_id)
        .where(
            Delivery.customer_id == customer_id,
            Delivery.scheduled_on >= first,
            Delivery.state != DeliveryState.CANCELLED.value,
            Delivery.created_at <= scheduled_by,
        )
        .order_by(Delivery.scheduled_on, Delivery.id)
    )
    if last is not None:
        query = query.where(Delivery.scheduled_on <= last)
    return [(delivery, number or "") for delivery, number in session.execute(query).tuples()]


def reached_deliveries_in(session: Session, change: ContactChange) -> tuple[ReachedDelivery, ...]:
    """The deliveries on the schedule when the change was recorded that fall on the days the changed version is in
    effect (as known now), each with what it used as known just before the change was recorded and what it uses
    with it. A delivery packed or sent before is said so.

    Only the primary phone goes on deliveries; a change of another number reaches none."""
    # Just before the change was recorded: a correction's old value is the entry it voided.
    before = change.recorded_at - timedelta(microseconds=1)
    found = []
    if change.address_version_id is not None:
        versions = address_versions(session, [change.customer_id])[change.customer_id]
        version = next(v for v in versions if v.id == change.address_version_id)
        new_address = address_of(version)
        for delivery, number in _deliveries_from(
            session,
            change.customer_id,
            version.effective_from,
            version.effective_until,
            scheduled_by=change.recorded_at,
        ):
            day = delivery.scheduled_on
            if in_effect_on(versions, day) is not version:
                continue
            old = in_effect_on(versions, day, as_known_at=before)
            state = DeliveryState(delivery.state)
            frozen = frozen_address_of(delivery)
            note = ""
            if state in FROZEN_STATES and frozen is not None and not same_place(frozen, new_address):
                note = (
                    wording.CHANGE_DELIVERY_PACKED_OLD
                    if state is DeliveryState.PACKED
                    else (wording.CHANGE_DELIVERY_SENT_OLD)
                )
            found.append(
                ReachedDelivery(
                    day,
                    number,
                    _DELIVERY_KIND_LABELS[DeliveryKind(delivery.kind)],
                    _address_text(old) if old is not None else wording.NONE,
                    _address_text(version),
                    note,
                )
            )
        return tuple(found)
    assert change.phone_version_id is not None
    phones = phone_versions(session, [change.customer_id])[change.customer_id]
    phone = next(v for v in phones if v.id == change.phone_version_id)
    if phone.role != PhoneRole.PRIMARY.value:
        return ()
    same_role = [v for v in phones if v.role == phone.role]
    for delivery, number in _deliveries_from(
        session, change.customer_id, phone.effective_from, None, scheduled_by=change.recorded_at
    ):
        day = delivery.scheduled_on
        if in_effect_on(same_role, day) is not phone:
            continue
        old_phone = in_effect_on(same_role, day, as_known_at=before)
        state = DeliveryState(delivery.state)
        sent_old = state in FROZEN_STATES and delivery.frozen_phone_e164 != phone.e164
        found.append(
            ReachedDelivery(
                day,
                number,
                _DELIVERY_KIND_LABELS[DeliveryKind(delivery.kind)],
                _phone_text(old_phone),
                _phone_text(phone),
                wording.CHANGE_DELIVERY_SENT_OLD if sent_old else "",
            )
        )
    return tuple(found)
