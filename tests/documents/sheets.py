"""Sample document values as a shop would fill them: a 24-month box plan for 김민지, with one discount."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from toysub_desktop.documents.values import (
    AffectedContract,
    ChangeConfirmationSheet,
    ChildLine,
    ConsentLine,
    ConsentNotice,
    ContractSheet,
    DiscountLine,
    PlanTerms,
    PreContractSheet,
    ShopDetails,
    SubscriptionChangeSheet,
    ToyOut,
)

SHOP = ShopDetails(
    name="토이구독 마포점",
    business_number="105-87-12345",
    address="(04002) 서울특별시 마포구 월드컵로 190, 1층",
    phone="02-332-1234",
    representative="박정우",
)

ADDRESS = "(04001) 서울특별시 마포구 월드컵북로 12, 101동 1203호"
PHONE = "010-1234-5678"

PLAN = PlanTerms(
    plan_name="베이직 정기배송 (24개월)",
    kind_label="정기배송",
    tier_label="베이직",
    supply_description="매월 1회 연령에 맞는 장난감 4종을 상자로 배송하고, 다음 배송 때 이전 장난감을 회수합니다.",
    term_months=24,
    monthly_fee_won=39_000,
    discounts=(DiscountLine("다자녀", 3_900, "자녀 2명 이상 (가족관계증명서 확인, 2026년 3월 2일)"),),
    monthly_payable_won=35_100,
    deposit_won=50_000,
    total_won=842_400,
    payment_timing="첫 결제는 계약일에, 이후 매월 2일에 그달 이용료를 결제합니다.",
    payment_method_label="신용카드 자동결제",
    trial_days=7,
    pause_rule="계약 기간 중 최대 2회, 회당 1개월까지 일시정지할 수 있으며, 정지 기간만큼 계약 기간이 늘어납니다.",
    cancellation_rule=(
        "고객은 계약 기간 중 언제든지 해지할 수 있습니다. 의무 사용 기간(12개월) 안에 해지하면 남은 의무 기간 "
        "이용료의 10%를 위약금으로 받습니다. 의무 사용 기간이 지나면 위약금은 없습니다."
    ),
    cancellation_example=("5개월 이용 후 해지: 남은 의무 기간 7개월 × 35,100원 = 245,700원의 10% → 위약금 24,570원"),
    how_to_cancel="매장 방문, 전화(02-332-1234) 또는 서면으로 신청합니다. 신청한 날 해지되며 이후 결제는 없습니다.",
    refund_terms=(
        "해지하면 이미 낸 이용료 중 남은 날수만큼을 일할 계산하여 위약금을 뺀 뒤 7영업일 안에 돌려드립니다. "
        "보증금 50,000원은 장난감 반납을 확인한 뒤 3영업일 안에 돌려드립니다."
    ),
    skip_rule="한 달의 배송을 건너뛸 수 있으며, 건너뛴 배송일이 속한 결제 주기(1개월)의 이용료는 받지 않습니다.",
)

CONSENTS = (
    ConsentLine(
        "개인정보 수집·이용 (계약 이행)",
        required=True,
        granted=True,
        given_on=date(2026, 3, 2),
        notice_version="2026-01",
        method_label="서면",
        notice=ConsentNotice(
            purpose="계약 이행과 배송", items="성명, 연락처, 주소, 자녀 이름과 출생월", retention="계약 종료 후 5년"
        ),
    ),
    ConsentLine(
        "마케팅 정보 수신 (문자)",
        required=False,
        granted=False,
        given_on=date(2026, 3, 2),
        notice_version="2026-01",
        method_label="서면",
    ),
    ConsentLine(
        "민감정보 수집·이용 (자녀의 알레르기·건강)",
        required=False,
        granted=True,
        given_on=date(2026, 3, 5),
        notice_version="2026-12",
        method_label="서면",
        notice=ConsentNotice(
            purpose="알레르기를 일으키는 소재의 장난감을 보내지 않도록 참고",
            items="자녀의 알레르기와 건강에 관한 메모",
            retention="계약이 끝나거나 동의를 철회할 때까지",
            refusal="동의하지 않아도 계약에는 영향이 없습니다.",
        ),
    ),
)


def contract_sheet(**changes: Any) -> ContractSheet:
    sheet = ContractSheet(
        contract_number="TS-2026-00042",
        issued_on=date(2026, 3, 2),
        shop=SHOP,
        customer_number="C-000123",
        customer_name="김민지",
        children=(ChildLine("이서준", date(2023, 5, 1)),),
        delivery_address=ADDRESS,
        phone=PHONE,
        plan=PLAN,
        start_date=date(2026, 3, 2),
        end_date=date(2028, 3, 1),
        consents=CONSENTS,
        shop_signer="최유나",
    )
    return dataclasses.replace(sheet, **changes)


def pre_contract_sheet(**changes: Any) -> PreContractSheet:
    sheet = PreContractSheet(
        issued_on=date(2026, 2, 27), shop=SHOP, plan=PLAN, customer_name="김민지", explained_by="최유나"
    )
    return dataclasses.replace(sheet, **changes)


def change_confirmation_sheet(**changes: Any) -> ChangeConfirmationSheet:
    sheet = ChangeConfirmationSheet(
        document_number="CH-2026-00007",
        issued_on=date(2026, 5, 20),
        shop=SHOP,
        customer_number="C-000123",
        customer_name="김민지",
        change_kind_label="주소",
        old_value=ADDRESS,
        new_value="(13529) 경기도 성남시 분당구 판교역로 166, A동 502호",
        effective_from=date(2026, 6, 1),
        reason_label="이사",
        recorded_by="최유나",
        recorded_at=datetime(2026, 5, 20, 14, 35),
        affected_contracts=(AffectedContract("TS-2026-00042", "베이직 정기배송 (24개월)"),),
        notes=("6월 배송분부터 새 주소로 보냅니다. 5월 배송분은 이미 이전 주소로 발송되었습니다.",),
    )
    return dataclasses.replace(sheet, **changes)


def subscription_change_sheet(**changes: Any) -> SubscriptionChangeSheet:
    """김민지's rental cancelled from 1 June 2026, with one toy still out."""
    sheet = SubscriptionChangeSheet(
        document_number="D-2026-000031",
        issued_on=date(2026, 5, 25),
        shop=SHOP,
        customer_number="C-000123",
        customer_name="김민지",
        contract_number="TS-2026-00042",
        plan_name="렌털 프리미엄",
        start_date=date(2026, 3, 2),
        end_date=date(2028, 3, 15),
        change_label="계약 해지",
        effective_on=date(2026, 6, 1),
        details=(
            ("해지 효력일", "2026년 6월 1일 (마지막 이용일 2026년 5월 31일)"),
            ("위약금", "36,987원"),
            ("보증금 반환", "50,000원"),
        ),
        recorded_by="최유나",
        recorded_at=datetime(2026, 5, 25, 10, 0),
        computation=(
            "남은 약정 기간: 2027년 3월 15일까지 288일",
            "남은 이용료: 39,000원 × 31일 중 15일 + 9개월 × 39,000원 = 369,870원",
            "위약금: 남은 이용료의 10% = 36,987원",
        ),
        lists_toys=True,
        toys_out=(ToyOut("자석 블록 100피스", "2000000000015", "김하늘", date(2026, 5, 16)),),
        follows=("위약금 36,987원을 청구합니다.",),
    )
    return dataclasses.replace(sheet, **changes)
