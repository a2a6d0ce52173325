"""The standard wording of what varies by shop or by contract, filled in from plain values.

A shop may write its own pause, cancellation and refund terms in its settings; an empty setting means the standard
text built here (``custom_or_standard``). Labels (plan kind, payment method, consent, change reason) and the texts
that follow from a contract's figures (what is supplied, when payments are taken, the worked cancellation example)
are built here too. Every figure comes from the domain rules (``domain.fees``, ``domain.months``); the Korean
itself lives in ``wording.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_months, format_period
from toysub_desktop.documents.values import ConsentNotice, DiscountLine
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ChangeReason, ConsentKind, ConsentMethod, PhoneRole
from toysub_desktop.domain.deliveries import moves_in_shorter_months
from toysub_desktop.domain.fees import (
    EarlyTerminationFee,
    EarlyTerminationRule,
    FeeMethod,
    WholeCycles,
    early_termination_fee,
)
from toysub_desktop.domain.ledger import SkipRule
from toysub_desktop.domain.money import format_won, share_of
from toysub_desktop.domain.months import cycle_start, term_end
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind
from toysub_desktop.domain.privacy import REQUIRED_CONSENTS, RETENTION_YEARS, KeptRecord
from toysub_desktop.domain.rentals import RentalRules
from toysub_desktop.domain.subscriptions import PauseEndRule

KIND_LABELS: Mapping[PlanKind, str] = {
    PlanKind.BOX: wording.KIND_BOX,
    PlanKind.RENTAL: wording.KIND_RENTAL,
    PlanKind.UNLIMITED: wording.KIND_UNLIMITED,
}
PAYMENT_METHOD_LABELS: Mapping[PaymentMethod, str] = {
    PaymentMethod.CASH: wording.PAYMENT_CASH,
    PaymentMethod.CARD: wording.PAYMENT_CARD,
    PaymentMethod.BANK_TRANSFER: wording.PAYMENT_BANK_TRANSFER,
    PaymentMethod.AUTO_DEBIT: wording.PAYMENT_AUTO_DEBIT,
}
CADENCE_LABELS: Mapping[Cadence, str] = {
    Cadence.MONTHLY: wording.CADENCE_MONTHLY,
    Cadence.EVERY_2_WEEKS: wording.CADENCE_EVERY_2_WEEKS,
    Cadence.EVERY_4_WEEKS: wording.CADENCE_EVERY_4_WEEKS,
}
CONSENT_LABELS: Mapping[ConsentKind, str] = {
    ConsentKind.PERSONAL_DATA: wording.CONSENT_PERSONAL_DATA,
    ConsentKind.MARKETING: wording.CONSENT_MARKETING,
    ConsentKind.SENSITIVE: wording.CONSENT_SENSITIVE,
    ConsentKind.NIGHT_ADS: wording.CONSENT_NIGHT_ADS,
}
#: The notice in use now (``CURRENT_NOTICE_VERSION``), for each consent.
CURRENT_NOTICES: Mapping[ConsentKind, ConsentNotice] = {
    ConsentKind.PERSONAL_DATA: ConsentNotice(
        purpose=wording.PERSONAL_DATA_PURPOSE,
        items=wording.PERSONAL_DATA_ITEMS,
        retention=wording.PERSONAL_DATA_RETENTION.format(
            contracts=RETENTION_YEARS[KeptRecord.CONTRACTS],
            payments=RETENTION_YEARS[KeptRecord.PAYMENTS],
            complaints=RETENTION_YEARS[KeptRecord.COMPLAINTS],
        ),
        refusal=wording.PERSONAL_DATA_REFUSAL,
    ),
    ConsentKind.MARKETING: ConsentNotice(
        purpose=wording.MARKETING_PURPOSE,
        items=wording.MARKETING_ITEMS,
        retention=wording.MARKETING_RETENTION,
        refusal=wording.MARKETING_REFUSAL,
    ),
    ConsentKind.SENSITIVE: ConsentNotice(
        purpose=wording.SENSITIVE_PURPOSE,
        items=wording.SENSITIVE_ITEMS,
        retention=wording.SENSITIVE_RETENTION,
        refusal=wording.SENSITIVE_REFUSAL,
    ),
    ConsentKind.NIGHT_ADS: ConsentNotice(
        purpose=wording.NIGHT_ADS_PURPOSE,
        items=wording.NIGHT_ADS_ITEMS,
        retention=wording.NIGHT_ADS_RETENTION,
        refusal=wording.NIGHT_ADS_REFUSAL,
    ),
}
#: What the notices before the current one said (one line each; the right to refuse was said once for all).
EARLIER_NOTICES: Mapping[ConsentKind, ConsentNotice] = {
    ConsentKind.PERSONAL_DATA: ConsentNotice(
        purpose=wording.PERSONAL_DATA_PURPOSE_2026_01,
        items=wording.PERSONAL_DATA_ITEMS_2026_01,
        retention=wording.PERSONAL_DATA_RETENTION_2026_01,
    ),
    ConsentKind.MARKETING: ConsentNotice(
        purpose=wording.MARKETING_PURPOSE_2026_01,
        items=wording.MARKETING_ITEMS_2026_01,
        retention=wording.MARKETING_RETENTION_2026_01,
    ),
}
CONSENT_METHOD_LABELS: Mapping[ConsentMethod, str] = {
    ConsentMethod.PAPER: wording.CONSENT_METHOD_PAPER,
    ConsentMethod.ELECTRONIC: wording.CONSENT_METHOD_ELECTRONIC,
    ConsentMethod.VERBAL: wording.CONSENT_METHOD_VERBAL,
}
PHONE_ROLE_LABELS: Mapping[PhoneRole, str] = {
    PhoneRole.SPOUSE: wording.PHONE_ROLE_SPOUSE,
    PhoneRole.HOME: wording.PHONE_ROLE_HOME,
    PhoneRole.OTHER: wording.PHONE_ROLE_OTHER,
}
CHANGE_REASON_LABELS: Mapping[ChangeReason, str] = {
    ChangeReason.REGISTRATION: wording.REASON_REGISTRATION,
    ChangeReason.MOVE: wording.REASON_MOVE,
    ChangeReason.TEMPORARY_STAY: wording.REASON_TEMPORARY_STAY,
    ChangeReason.TEMPORARY_END_SET: wording.REASON_TEMPORARY_END_SET,
    ChangeReason.NUMBER_CHANGE: wording.REASON_NUMBER_CHANGE,
    ChangeReason.NUMBER_ADDED: wording.REASON_NUMBER_ADDED,
    ChangeReason.NUMBER_REMOVED: wording.REASON_NUMBER_REMOVED,
    ChangeReason.CORRECTION: wording.REASON_CORRECTION,
}
#: Payment days after the 28th fall on the month's last day in shorter months (``domain.months``).
_LAST_DAY_IN_EVERY_MONTH = 28


def custom_or_standard(custom: str, standard: str) -> str:
    """The shop's own wording when it wrote one, else the standard text."""
    return custom.strip() or standard


# --- the plan -----------------------------------------------------------------------------------------------------


def supply_description(
    kind: PlanKind, cadence: Cadence, *, delivery_day: int | None = None, swap_weekday: int | None = None
) -> str:
    """What the customer receives and how often; the day is named once the contract fixes it."""
    if kind is PlanKind.BOX:
        if not delivery_day:
            return wording.SUPPLY_BOX
        template = (
            wording.SUPPLY_BOX_ON_DAY_MONTH_END if moves_in_shorter_months(delivery_day) else wording.SUPPLY_BOX_ON_DAY
        )
        return template.format(day=delivery_day)
    if kind is PlanKind.RENTAL:
        every = CADENCE_LABELS.get(cadence, wording.CADENCE_MONTHLY)
        if swap_weekday is not None:
            text = wording.SUPPLY_RENTAL_ON_WEEKDAY.format(cadence=every, weekday=wording.WEEKDAYS[swap_weekday])
        else:
            text = wording.SUPPLY_RENTAL.format(cadence=every)
        return text + wording.SUPPLY_RENTAL_RETURN
    return wording.SUPPLY_UNLIMITED


def term_discount_line(months: int, percent: int | None, amount: int) -> DiscountLine:
    """The long-term discount as a fee line; *percent* is left out when it is not known exactly."""
    evidence = (
        wording.TERM_DISCOUNT_EVIDENCE.format(months=format_months(months), percent=percent)
        if percent
        else wording.TERM_DISCOUNT_EVIDENCE_PLAIN.format(months=format_months(months))
    )
    return DiscountLine(wording.TERM_DISCOUNT_LABEL, amount, evidence)


def discount_label(label: str, percent: int) -> str:
    return wording.DISCOUNT_LABEL.format(label=label, percent=percent)


@dataclass(frozen=True)
class FeeChange:
    """A plan change agreed during the term: from *effective_on* the customer pays *monthly_fee* for *plan_name*."""

    effective_on: date
    plan_name: str
    monthly_fee: int


def payment_timing(
    *,
    trial_days: int,
    deposit: int,
    first_payment_on: date | None = None,
    changes: Sequence[FeeChange] = (),
) -> str:
    """When payments are taken: with the dates once the contract fixes them, in general terms before."""
    if first_payment_on is None:
        text = (
            wording.PAYMENT_TIMING_GENERIC_TRIAL.format(days=trial_days)
            if trial_days
            else wording.PAYMENT_TIMING_GENERIC
        )
    else:
        template = (
            wording.PAYMENT_TIMING_DATED_MONTH_END
            if first_payment_on.day > _LAST_DAY_IN_EVERY_MONTH
            else wording.PAYMENT_TIMING_DATED
        )
        text = template.format(first=format_date(first_payment_on), day=first_payment_on.day)
    if deposit:
        text += wording.PAYMENT_TIMING_DEPOSIT.format(deposit=format_won(deposit))
    for change in changes:
        text += wording.PAYMENT_TIMING_CHANGE.format(
            date=format_date(change.effective_on), plan=change.plan_name, fee=format_won(change.monthly_fee)
        )
    return text


# --- terms --------------------------------------------------------------------------------------------------------


def pause_rule(rule: PauseEndRule, max_pause_days: int, *, trial_days: int = 0) -> str:
    template = wording.PAUSE_EXTEND_TERM if rule is PauseEndRule.EXTEND_TERM else wording.PAUSE_KEEP_END
    text = template.format(max_days=max_pause_days)
    return text + wording.PAUSE_AFTER_TRIAL if trial_days else text


def skip_rule(rule: SkipRule) -> str:
    """What skipping a box's month does to its fee, as billing applies it (``domain.ledger.cycle_charges``)."""
    return wording.SKIP_NOT_CHARGED if rule is SkipRule.NOT_CHARGED else wording.SKIP_CHARGED


def cancellation_rule(rule: EarlyTerminationRule, *, trial_days: int = 0, kind: PlanKind | None = None) -> str:
    """The right to cancel a continuous transaction at any time, and the fee formula of the dispute standard."""
    if rule.percent == 0 or rule.cap == 0:
        text = wording.CANCELLATION_RULE_FREE
    elif rule.method is FeeMethod.DAYS_30:
        text = wording.CANCELLATION_RULE_DAYS_30.format(percent=rule.percent) + wording.CANCELLATION_RULE_PAUSED
    else:
        text = wording.CANCELLATION_RULE.format(percent=rule.percent) + wording.CANCELLATION_RULE_PAUSED
        if kind is PlanKind.BOX:
            text += wording.CANCELLATION_BASIS_BOX
        elif kind is not None:
            text += wording.CANCELLATION_BASIS_RENTAL
        if rule.cap is not None:
            text += wording.CANCELLATION_RULE_CAP.format(cap=format_won(rule.cap))
    if trial_days:
        text += wording.CANCELLATION_RULE_TRIAL.format(days=trial_days)
    return text


def example_cancellation_date(paid_from: date, months: int) -> date:
    """The worked example cancels when half the term has passed: the first day of its middle cycle."""
    return cycle_start(paid_from, max(months // 2, 1))


def cancellation_example(
    rule: EarlyTerminationRule,
    *,
    paid_from: date,
    months: int,
    monthly_fee: int,
    assumed_start: date | None = None,
) -> str:
    """The fee rule applied to cancelling after half the term, with every figure from ``domain.fees``.

    *monthly_fee* is the fee in effect on ``example_cancellation_date``; *assumed_start* marks an example for a
    contract not signed yet (its dates are an assumption).
    """
    elapsed = max(months // 2, 1)
    effective_on = example_cancellation_date(paid_from, months)
    mandatory_end = term_end(paid_from, months)
    fee = early_termination_fee(
        rule,
        monthly_fee=monthly_fee,
        effective_on=effective_on,
        mandatory_end=mandatory_end,
        cycles_from=paid_from,
    )
    if fee.percent == 0 or fee.cap == 0:
        text = wording.CANCELLATION_EXAMPLE_FREE.format(elapsed=format_months(elapsed), date=format_date(effective_on))
    elif fee.method is FeeMethod.BILLING_CYCLES:
        text = wording.CANCELLATION_EXAMPLE_TEXT.format(
            elapsed=format_months(elapsed),
            date=format_date(effective_on),
            period=format_period(effective_on, mandatory_end),
            breakdown=remaining_fees_breakdown(fee),
            percent=fee.percent,
            fee=format_won(fee.fee),
        )
    else:
        text = wording.CANCELLATION_EXAMPLE_TEXT_DAYS_30.format(
            elapsed=format_months(elapsed),
            date=format_date(effective_on),
            days=fee.remaining_days,
            period=format_period(effective_on, mandatory_end),
            monthly=format_won(fee.monthly_fee),
            remaining=format_won(fee.remaining_fees),
            percent=fee.percent,
            fee=format_won(fee.fee),
        )
    if fee.percent and fee.cap is not None and share_of(fee.remaining_fees, fee.percent) > fee.cap:
        text = wording.CANCELLATION_EXAMPLE_CAPPED.format(example=text, cap=format_won(fee.cap))
    if assumed_start is not None:
        text = wording.CANCELLATION_EXAMPLE_ASSUMED.format(start=format_date(assumed_start), example=text)
    return text


def remaining_fees_breakdown(fee: EarlyTerminationFee) -> str:
    """How the fees of the remaining period add up, cycle by cycle: a pro-rated cycle by its days, whole cycles
    grouped by fee ("39,000원 × 16일 ÷ 31일(…) + 9개월 × 39,000원 = 371,129원")."""
    parts = [
        wording.REMAINING_WHOLE_CYCLES.format(months=format_months(item.count), monthly=format_won(item.monthly_fee))
        if isinstance(item, WholeCycles)
        else wording.REMAINING_PARTIAL_CYCLE.format(
            monthly=format_won(item.monthly_fee),
            days=item.days,
            cycle_days=item.cycle_days,
            first=format_date(item.first),
            last=format_date(item.last),
        )
        for item in fee.breakdown()
    ]
    return wording.REMAINING_SUM.format(parts=" + ".join(parts) or format_won(0), total=format_won(fee.remaining_fees))


def how_to_cancel(shop_phone: str, kind: PlanKind) -> str:
    text = wording.HOW_TO_CANCEL_TEXT.format(phone=shop_phone) if shop_phone else wording.HOW_TO_CANCEL_NO_PHONE
    return text + wording.HOW_TO_CANCEL_RETURN if kind is PlanKind.RENTAL else text


def rental_terms(rules: RentalRules, *, deposit: int) -> str:
    """The terms of toys lent, with the shop's rule values: ownership, care, late fees, suspension, damage and loss,
    and what the deposit answers for."""
    text = wording.RENTAL_TERMS_TEXT.format(
        loan_days=rules.loan_days,
        late_fee=format_won(rules.late_fee_per_day),
        cap_days=rules.late_fee_cap_days,
        cap=format_won(rules.late_fee_cap),
        suspension=rules.suspension_after_days,
        damage=rules.damage_fee_percent,
    )
    return text + wording.RENTAL_TERMS_DEPOSIT.format(deposit=format_won(deposit)) if deposit else text


def refund_terms(deposit: int, *, method: FeeMethod = FeeMethod.BILLING_CYCLES) -> str:
    """What is paid back on cancelling: the fees paid for after it, by billing cycle, less the fee. A contract whose
    fee counts by billing cycle (*method*) is told the two are counted alike."""
    basis = wording.REFUND_BASIS_LIKE_FEE if method is FeeMethod.BILLING_CYCLES else ""
    text = wording.REFUND_TEXT.format(basis=basis)
    return text + wording.REFUND_DEPOSIT.format(deposit=format_won(deposit)) if deposit else text


# --- consents -----------------------------------------------------------------------------------------------------


def consent_notice(kind: ConsentKind, version: str = CURRENT_NOTICE_VERSION) -> ConsentNotice | None:
    """What the notice of *version* told the customer about *kind*; None for a consent that notice did not ask."""
    if version == CURRENT_NOTICE_VERSION:
        return CURRENT_NOTICES[kind]
    return EARLIER_NOTICES.get(kind)


def consent_notice_rows(notice: ConsentNotice) -> list[tuple[str, str]]:
    """The parts of *notice* it states, labelled, in the order the law lists them."""
    rows = [
        (wording.NOTICE_PURPOSE, notice.purpose),
        (wording.NOTICE_ITEMS, notice.items),
        (wording.NOTICE_RETENTION, notice.retention),
        (wording.NOTICE_REFUSAL, notice.refusal),
    ]
    return [(label, text) for label, text in rows if text]


def consent_notice_text(kind: ConsentKind) -> str:
    """The current notice of *kind* as the counter shows it before the customer answers: a heading, then one line
    per part."""
    required = wording.NOTICE_REQUIRED if kind in REQUIRED_CONSENTS else wording.NOTICE_OPTIONAL
    lines = [wording.NOTICE_HEADING.format(kind=CONSENT_LABELS[kind], required=required)]
    lines += [
        wording.NOTICE_LINE.format(label=label, text=text) for label, text in consent_notice_rows(CURRENT_NOTICES[kind])
    ]
    return "\n".join(lines)


# --- changes of contact details -----------------------------------------------------------------------------------


def phone_change_kind_label(role: PhoneRole) -> str:
    """ "연락처" for the customer's own phone, "연락처 (배우자)" for another role."""
    if role is PhoneRole.PRIMARY:
        return wording.CHANGE_KIND_PHONE
    return wording.CHANGE_KIND_PHONE_ROLE.format(role=PHONE_ROLE_LABELS[role])


def change_subject(kind_label: str, effective_from: date) -> str:
    """What a change confirmation is about, for the list of printed documents: "주소 변경 (2026년 6월 1일)"."""
    return wording.CHANGE_DOCUMENT_SUBJECT.format(kind=kind_label, date=format_date(effective_from))


def address_value(one_line: str, *, temporary: bool, until: date | None) -> str:
    """An address as a change confirmation shows it; a temporary stay says so, with its last day if known."""
    if not temporary:
        return one_line
    if until is None:
        return wording.TEMPORARY_ADDRESS.format(address=one_line)
    return wording.TEMPORARY_ADDRESS_UNTIL.format(address=one_line, until=format_date(until))
