"""The standard wording of what varies by shop: every label exists, and the texts carry the rule's own figures."""

from __future__ import annotations

from datetime import date

import pytest

from toysub_desktop.documents import standard_terms as terms
from toysub_desktop.domain.contacts import ChangeReason, ConsentKind, ConsentMethod, PhoneRole
from toysub_desktop.domain.fees import EarlyTerminationRule, FeeMethod, early_termination_fee
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind
from toysub_desktop.domain.subscriptions import PauseEndRule


def test_every_value_a_document_names_has_a_label() -> None:
    assert [terms.KIND_LABELS[kind] for kind in PlanKind] == ["정기배송", "렌털", "무제한"]
    assert [terms.PAYMENT_METHOD_LABELS[m] for m in PaymentMethod] == ["현금", "카드", "계좌이체", "자동이체"]
    assert all(terms.CHANGE_REASON_LABELS[reason] for reason in ChangeReason)
    assert all(terms.CONSENT_LABELS[kind] and terms.consent_notice(kind) for kind in ConsentKind)
    assert all(terms.CONSENT_METHOD_LABELS[method] for method in ConsentMethod)
    assert [terms.phone_change_kind_label(role) for role in PhoneRole] == [
        "연락처",
        "연락처 (배우자)",
        "연락처 (집)",
        "연락처 (기타)",
    ]


@pytest.mark.parametrize(
    ("kind", "cadence", "day", "weekday", "expected"),
    [
        (PlanKind.BOX, Cadence.MONTHLY, 5, None, "매월 5일에 자녀의 월령에 맞는 장난감을 상자로 배송합니다."),
        (PlanKind.BOX, Cadence.MONTHLY, None, None, "매월 1회 자녀의 월령에 맞는 장난감을 상자로 배송합니다."),
        (PlanKind.BOX, Cadence.MONTHLY, 31, None, "매월 31일(그날이 없는 달은 말일)에 자녀의 월령에 맞는 장난감을"),
        (PlanKind.BOX, Cadence.MONTHLY, 28, None, "매월 28일에 자녀의 월령에 맞는 장난감을"),
        (PlanKind.RENTAL, Cadence.EVERY_4_WEEKS, None, 4, "4주마다 금요일에 새 장난감으로 교환합니다."),
        (PlanKind.UNLIMITED, Cadence.AT_THE_SHOP, None, None, "매장에서 장난감을 횟수 제한 없이"),
    ],
)
def test_the_supply_description_follows_the_kind_and_cadence(
    kind: PlanKind, cadence: Cadence, day: int | None, weekday: int | None, expected: str
) -> None:
    assert expected in terms.supply_description(kind, cadence, delivery_day=day, swap_weekday=weekday)


def test_payment_dates_after_the_28th_fall_on_the_last_day_of_shorter_months() -> None:
    text = terms.payment_timing(trial_days=0, deposit=0, first_payment_on=date(2026, 1, 31))
    assert text == "첫 결제는 2026년 1월 31일에 하고, 이후 매월 31일(그날이 없는 달은 말일)에 그달 이용료를 결제합니다."


def test_the_pause_rule_names_what_a_pause_does_to_the_end_date() -> None:
    assert "정지한 날수만큼 계약 종료일이 늦춰집니다" in terms.pause_rule(PauseEndRule.EXTEND_TERM, 60)
    keep = terms.pause_rule(PauseEndRule.KEEP_END, 60, trial_days=7)
    assert "60일" in keep and "계약 종료일은 바뀌지 않습니다" in keep and "무료 체험" in keep


def test_the_cancellation_rule_and_its_example_follow_the_fee_rule() -> None:
    rule = terms.cancellation_rule(EarlyTerminationRule(5, cap=20_000), trial_days=0, kind=PlanKind.RENTAL)
    assert "계속거래" in rule and "남은 결제 주기(1개월)마다" in rule and "5%" in rule and "20,000원" in rule
    assert "소비자분쟁해결기준" in rule and "÷ 30" not in rule
    box = terms.cancellation_rule(EarlyTerminationRule(10), kind=PlanKind.BOX)
    assert "매장의 실제 손해를 넘지 않도록" in box
    example = terms.cancellation_example(
        EarlyTerminationRule(10), paid_from=date(2026, 3, 2), months=12, monthly_fee=30_000
    )
    # Cancelling on 2 September 2026, the start of cycle 7, leaves 6 whole cycles: 6 × 30,000 = 180,000.
    assert example == (
        "6개월 이용 후 2026년 9월 2일에 해지하는 경우: 남은 기간 2026년 9월 2일 ~ 2027년 3월 1일의 이용료 "
        "6개월 × 30,000원 = 180,000원, 그 10%인 위약금 18,000원"
    )


def test_a_contract_signed_under_the_days_rule_keeps_its_wording_and_example() -> None:
    old = EarlyTerminationRule(5, cap=20_000, method=FeeMethod.DAYS_30)
    assert "월 이용료 × 남은 일수 ÷ 30 × 5%" in terms.cancellation_rule(old, kind=PlanKind.RENTAL)
    example = terms.cancellation_example(
        EarlyTerminationRule(10, method=FeeMethod.DAYS_30), paid_from=date(2026, 3, 2), months=12, monthly_fee=30_000
    )
    # Cancelling on 2 September 2026 leaves 2 Sep 2026 – 1 Mar 2027: 181 days; 30,000 × 181 ÷ 30 = 181,000.
    assert example == (
        "6개월 이용 후 2026년 9월 2일에 해지하는 경우: 남은 기간 181일(2026년 9월 2일 ~ 2027년 3월 1일) → "
        "월 이용료 30,000원 × 181일 ÷ 30 = 181,000원, 그 10%인 위약금 18,100원"
    )


@pytest.mark.parametrize("method", list(FeeMethod))
def test_the_refund_is_counted_by_billing_cycle_never_by_30_day_months(method: FeeMethod) -> None:
    text = terms.refund_terms(50_000, method=method)
    assert "30" not in text.replace("50,000원", "")
    assert "결제 주기(1개월)별로" in text
    assert "이용료 × 그 주기의 남은 일수 ÷ 그 주기의 일수" in text
    assert "보증금 50,000원" in text
    # Only a contract whose fee counts the same way is told the two are counted alike.
    like_the_fee = "위약금의 남은 기간 이용료와 같은 방법으로" in text
    assert like_the_fee is (method is FeeMethod.BILLING_CYCLES)


def test_the_breakdown_names_a_pro_rated_cycle_by_its_own_days() -> None:
    paid_from = date(2026, 1, 10)
    fee = early_termination_fee(
        EarlyTerminationRule(),
        monthly_fee=39_000,
        effective_on=date(2026, 3, 25),
        mandatory_end=date(2027, 1, 9),
        cycles_from=paid_from,
    )
    assert terms.remaining_fees_breakdown(fee) == (
        "39,000원 × 16일 ÷ 31일(2026년 3월 25일~2026년 4월 9일) + 9개월 × 39,000원 = 371,129원"
    )


def test_without_a_fee_the_rule_and_example_say_so() -> None:
    free = EarlyTerminationRule(0)
    assert "위약금 없이" in terms.cancellation_rule(free)
    example = terms.cancellation_example(free, paid_from=date(2026, 3, 2), months=24, monthly_fee=30_000)
    assert example.endswith("위약금 없음")


def test_the_shop_wording_replaces_the_standard_unless_blank() -> None:
    assert terms.custom_or_standard("  매장 약관  ", "표준") == "매장 약관"
    assert terms.custom_or_standard(" \n ", "표준") == "표준"
