"""Printed documents from the database, on SQLite and PostgreSQL: what they say, and the record of each issue."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from documents.pdf_tools import info, page_texts, squeezed
from support import NEW_HOME, NOW, SHOP_ADDRESS, SHOP_BUSINESS_NUMBER, SHOP_PHONE, enter_shop_details, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, PrintedDocument, Shop
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.fees import EarlyTerminationRule, early_termination_fee
from toysub_desktop.domain.months import cycle_start, term_end
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind, TermOption
from toysub_desktop.domain.shop import SellerDetailsMissing
from toysub_desktop.services.common import NotFoundError
from toysub_desktop.services.contacts import change_phone, correct_address, record_move
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.document_sheets import change_confirmation_sheet, contract_sheet, pre_contract_sheet
from toysub_desktop.services.documents import (
    DocumentIntegrityError,
    DocumentKind,
    document_pdf,
    issue_change_confirmation,
    issue_contract,
    issue_pre_contract,
    list_documents,
    record_reprint,
)
from toysub_desktop.services.inputs import AddressInput
from toysub_desktop.services.plans import create_discount_category, create_plan, plan_view, update_plan
from toysub_desktop.services.shop import shop_settings, update_shop_details
from toysub_desktop.services.subscriptions import (
    NewSubscription,
    cancel,
    change_plan,
    pause,
    quote_sign_up,
    sign_up,
)

TODAY = date(2026, 3, 2)  # NOW in Seoul
HOME_LINE = "(04001) 서울특별시 마포구 월드컵북로 396, 101동 1203호"
NEW_HOME_LINE = "(13529) 경기도 성남시 분당구 판교역로 166, A동 502호"


def at(day: date) -> datetime:
    """Mid-morning in Seoul on *day*, as the UTC moment services take."""
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    enter_shop_details(db)
    ids = {"owner": owner_id}
    ids["customer"] = register_customer(db, staff_id=owner_id, new=new_customer(), now=NOW)
    ids["rental"] = create_plan(
        db,
        staff_id=owner_id,
        name="렌털 프리미엄",
        kind=PlanKind.RENTAL,
        tier="프리미엄",
        cadence=Cadence.EVERY_2_WEEKS,
        terms=(TermOption(12, 0), TermOption(24, 5)),
        trial_days=14,
        deposit=50_000,
        monthly_price=39_000,
        now=NOW,
    )
    ids["rental_basic"] = create_plan(
        db,
        staff_id=owner_id,
        name="렌털 베이직",
        kind=PlanKind.RENTAL,
        tier="베이직",
        cadence=Cadence.EVERY_4_WEEKS,
        terms=(TermOption(24, 5),),
        trial_days=0,
        deposit=50_000,
        monthly_price=29_000,
        now=NOW,
    )
    ids["multi_child"] = create_discount_category(
        db, staff_id=owner_id, name="다자녀", percent=10, evidence_hint="가족관계증명서", now=NOW
    )
    return ids


def rental(shop: dict[str, int], *, start_on: date = TODAY, discounts: bool = True) -> NewSubscription:
    return NewSubscription(
        customer_id=shop["customer"],
        plan_id=shop["rental"],
        term_months=24,
        start_on=start_on,
        payment_method=PaymentMethod.AUTO_DEBIT,
        swap_weekday=2,
        discounts=((shop["multi_child"], "가족관계증명서 확인"),) if discounts else (),
    )


def signed(db: Database, shop: dict[str, int], **changes: object) -> int:
    return sign_up(db, staff_id=shop["owner"], new=rental(shop, **changes), now=NOW)  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def actions(db: Database) -> list[str]:
    with db.reading() as session:
        query = select(AuditEntry.action).where(AuditEntry.entity == "printed_document").order_by(AuditEntry.id)
        return list(session.scalars(query))


def text_of(pdf: bytes, folder: Path) -> str:
    return squeezed("".join(page_texts(pdf, folder)))


# --- what the contract says -----------------------------------------------------------------------------------------


def test_the_contract_shows_the_address_and_phone_in_effect_when_it_was_signed(
    db: Database, shop: dict[str, int]
) -> None:
    subscription_id = signed(db, shop)
    record_move(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 6, 1),
        now=at(date(2026, 5, 20)),
    )
    change_phone(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        role=PhoneRole.PRIMARY,
        number="010-9876-5432",
        effective_from=date(2026, 5, 20),
        now=at(date(2026, 5, 20)),
    )
    sheet = contract_sheet(db, subscription_id)
    assert (sheet.delivery_address, sheet.phone) == (HOME_LINE, "010-1234-5678")
    assert (sheet.customer_number, sheet.customer_name) == ("C-000001", "김민수")
    assert [(c.name, c.birth_month) for c in sheet.children] == [("김하늘", date(2023, 5, 1))]
    assert (sheet.issued_on, sheet.start_date, sheet.end_date) == (TODAY, TODAY, date(2028, 3, 15))
    assert sheet.shop_signer == "박지영"
    # Personal data (required), marketing and sensitive data (optional, refused here).
    assert [(c.required, c.granted, c.given_on, c.method_label) for c in sheet.consents] == [
        (True, True, TODAY, "서면"),
        (False, False, TODAY, "서면"),
        (False, False, TODAY, "서면"),
    ]


def test_the_contract_states_the_signed_figures_whatever_the_catalogue_says_later(
    db: Database, shop: dict[str, int]
) -> None:
    subscription_id = signed(db, shop)
    view = plan_view(db, shop["rental"])
    update_plan(
        db,
        staff_id=shop["owner"],
        plan_id=shop["rental"],
        expected_version=view.version,
        details=view.details,
        active=False,
        now=NOW,
    )
    plan = contract_sheet(db, subscription_id).plan
    assert (plan.plan_name, plan.kind_label, plan.tier_label) == ("렌털 프리미엄", "렌털", "프리미엄")
    assert (plan.monthly_fee_won, plan.monthly_payable_won, plan.deposit_won) == (39_000, 33_150, 50_000)
    assert [(d.label, d.discount_won, d.evidence) for d in plan.discounts] == [
        ("장기 약정", 1_950, "24개월 약정, 월 이용료의 5%"),
        ("다자녀 (10%)", 3_900, "가족관계증명서 확인"),
    ]
    assert plan.total_won == 33_150 * 24
    assert (plan.trial_days, plan.payment_method_label) == (14, "자동이체")
    assert "2주마다 수요일" in plan.supply_description
    assert plan.payment_timing.startswith("첫 결제는 2026년 3월 16일에 하고, 이후 매월 16일에")


def test_the_standard_terms_follow_the_signed_rules_and_the_example_is_the_fee_rule(
    db: Database, shop: dict[str, int]
) -> None:
    subscription_id = signed(db, shop)
    plan = contract_sheet(db, subscription_id).plan
    assert "90일" in plan.pause_rule and "계약 종료일이 늦춰집니다" in plan.pause_rule
    assert "계속거래" in plan.cancellation_rule
    # Fees by the dispute standard: whole remaining cycles at their fee, the current cycle by its own days.
    assert "남은 결제 주기(1개월)마다 그 주기의 이용료" in plan.cancellation_rule
    assert "소비자분쟁해결기준" in plan.cancellation_rule
    assert "÷ 30" not in plan.cancellation_rule
    # The example cancels after half the term, with the figures of domain.fees.
    paid_from = date(2026, 3, 16)
    fee = early_termination_fee(
        EarlyTerminationRule(10),
        monthly_fee=33_150,
        effective_on=cycle_start(paid_from, 12),
        mandatory_end=term_end(paid_from, 24),
        cycles_from=paid_from,
    )
    # 12 cycles left × 33,150원 = 397,800원; 10 % = 39,780원.
    assert fee.fee == 39_780
    assert "12개월 이용 후 2027년 3월 16일에 해지" in plan.cancellation_example
    assert "12개월 × 33,150원 = 397,800원" in plan.cancellation_example
    assert "위약금 39,780원" in plan.cancellation_example
    assert "보증금 50,000원" in plan.refund_terms


def test_the_shop_own_wording_replaces_the_standard_text(db: Database, shop: dict[str, int]) -> None:
    subscription_id = signed(db, shop)
    standard = contract_sheet(db, subscription_id).plan
    with db.writing() as session:
        session.execute(
            update(Shop).values(
                pause_terms="일시정지는 매장에 문의해 주십시오.",
                cancellation_terms="해지는 언제든지 가능합니다.",
                refund_terms="  ",
                version=Shop.version + 1,
            )
        )
    custom = contract_sheet(db, subscription_id).plan
    assert (custom.pause_rule, custom.cancellation_rule) == (
        "일시정지는 매장에 문의해 주십시오.",
        "해지는 언제든지 가능합니다.",
    )
    # Blank is no wording of the shop's own; the worked example always shows the fee rule's figures.
    assert custom.refund_terms == standard.refund_terms
    assert custom.cancellation_example == standard.cancellation_example


def test_a_shop_with_a_capped_fee_and_terms_that_keep_the_end_date(db: Database, shop: dict[str, int]) -> None:
    with db.writing() as session:
        session.execute(
            update(Shop).values(
                pause_end_rule="keep_end",
                max_pause_days=30,
                early_termination_cap=30_000,
                phone="02-332-1234",
                version=Shop.version + 1,
            )
        )
    plan = contract_sheet(db, signed(db, shop)).plan
    assert "30일" in plan.pause_rule and "계약 종료일은 바뀌지 않습니다" in plan.pause_rule
    assert "위약금은 30,000원을 넘지 않습니다" in plan.cancellation_rule
    assert plan.cancellation_example.endswith("위약금 30,000원 (상한 30,000원 적용)")
    assert "전화(02-332-1234)" in plan.how_to_cancel


# --- issuing and the record ---------------------------------------------------------------------------------------


def test_issuing_records_the_number_hash_and_version_and_the_stored_bytes_reprint_identically(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    subscription_id = signed(db, shop)
    issued = issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=NOW)
    assert issued.number == f"D-2026-{issued.id:06d}"
    assert (issued.kind, issued.subject, issued.version, issued.reused) == (
        DocumentKind.CONTRACT,
        "TS-2026-00001",
        1,
        False,
    )
    assert issued.sha256 == hashlib.sha256(issued.pdf).hexdigest()
    assert (issued.printed_by, issued.printed_at, issued.issued_on) == ("박지영", NOW, TODAY)
    assert issued.page_count == int(info(issued.pdf, tmp_path)["Pages"])
    assert document_pdf(db, issued.id) == issued.pdf
    [row] = list_documents(db, subscription_id=subscription_id)
    assert (row.id, row.number, row.sha256, row.customer_id) == (issued.id, issued.number, issued.sha256, 1)
    assert actions(db) == ["document.issue"]


def test_the_contract_pdf_names_the_contract_and_its_monthly_fee(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    issued = issue_contract(db, staff_id=shop["owner"], subscription_id=signed(db, shop), now=NOW)
    text = text_of(issued.pdf, tmp_path)
    for expected in ("TS-2026-00001", "33,150원", "795,600원", HOME_LINE, "010-1234-5678", "위약금39,780원"):
        assert squeezed(expected) in text


def test_an_unchanged_contract_is_reused_and_its_reprints_recorded(db: Database, shop: dict[str, int]) -> None:
    subscription_id = signed(db, shop)
    first = issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=NOW)
    again = issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=at(date(2026, 4, 1)))
    assert (again.id, again.version, again.pdf, again.reused) == (first.id, 1, first.pdf, True)
    assert again.printed_at == NOW  # when it was issued, not when it was printed again
    record_reprint(db, staff_id=shop["owner"], document_id=first.id, now=at(date(2026, 4, 2)))
    assert count(db, PrintedDocument) == 1
    assert actions(db) == ["document.issue", "document.reprint", "document.reprint"]


def test_a_pause_happens_under_the_contract_and_does_not_change_it(db: Database, shop: dict[str, int]) -> None:
    subscription_id = signed(db, shop)
    first = issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=NOW)
    pause(
        db,
        staff_id=shop["owner"],
        subscription_id=subscription_id,
        first=date(2026, 6, 1),
        last=date(2026, 6, 30),
        now=at(date(2026, 5, 20)),
    )
    assert contract_sheet(db, subscription_id).end_date == date(2028, 3, 15)  # as signed; the pause rule says more
    again = issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=at(date(2026, 5, 20)))
    assert (again.id, again.reused) == (first.id, True)


def test_a_plan_change_issues_the_next_version_and_the_first_still_reprints(db: Database, shop: dict[str, int]) -> None:
    subscription_id = signed(db, shop, discounts=False)
    first = issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=NOW)
    effective = change_plan(
        db,
        staff_id=shop["owner"],
        subscription_id=subscription_id,
        plan_id=shop["rental_basic"],
        now=at(date(2026, 4, 20)),
    )
    assert effective == date(2026, 5, 16)
    sheet = contract_sheet(db, subscription_id)
    assert (sheet.issued_on, sheet.plan.plan_name, sheet.plan.tier_label) == (
        date(2026, 4, 20),
        "렌털 베이직",
        "베이직",
    )
    assert (sheet.plan.monthly_fee_won, sheet.plan.monthly_payable_won) == (29_000, 27_550)
    assert [(d.label, d.discount_won) for d in sheet.plan.discounts] == [("장기 약정", 1_450)]
    # Two months at the signed fee (from 16 March and 16 April), the other 22 at the new one.
    assert sheet.plan.total_won == 2 * 37_050 + 22 * 27_550
    assert "2026년 5월 16일부터는 렌털 베이직의 월 27,550원" in sheet.plan.payment_timing
    second = issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=at(date(2026, 4, 20)))
    assert (second.version, second.subject, second.reused) == (2, first.subject, False)
    assert second.number != first.number and second.sha256 != first.sha256
    assert document_pdf(db, first.id) == first.pdf
    assert [row.version for row in list_documents(db, customer_id=shop["customer"])] == [2, 1]


def test_a_changed_stored_file_is_refused(db: Database, shop: dict[str, int]) -> None:
    issued = issue_contract(db, staff_id=shop["owner"], subscription_id=signed(db, shop), now=NOW)
    with db.writing() as session:
        session.execute(update(PrintedDocument).values(pdf=issued.pdf + b"% altered\n"))
    with pytest.raises(DocumentIntegrityError, match=issued.number):
        document_pdf(db, issued.id)


# --- change confirmations -----------------------------------------------------------------------------------------


def test_a_change_confirmation_lists_old_and_new_and_the_contracts_it_applies_to(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    running = signed(db, shop)
    ending = signed(db, shop, start_on=date(2026, 3, 3))
    cancel(db, staff_id=shop["owner"], subscription_id=ending, effective_on=date(2026, 5, 1), now=NOW)
    version_id = record_move(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 6, 1),
        now=at(date(2026, 5, 20)),
    )
    issued = issue_change_confirmation(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        address_version_id=version_id,
        now=at(date(2026, 5, 20)),
    )
    assert (issued.kind, issued.subject, issued.version) == (
        DocumentKind.CHANGE_CONFIRMATION,
        "주소 변경 (2026년 6월 1일)",
        1,
    )
    sheet = change_confirmation_sheet(
        db,
        customer_id=shop["customer"],
        address_version_id=version_id,
        document_number=issued.number,
        issued_on=date(2026, 5, 20),
    )
    assert (sheet.old_value, sheet.new_value, sheet.effective_from) == (HOME_LINE, NEW_HOME_LINE, date(2026, 6, 1))
    assert (sheet.change_kind_label, sheet.reason_label, sheet.recorded_by) == ("주소", "이사", "박지영")
    # The contract cancelled before the move is not affected.
    assert [(c.contract_number, c.plan_name) for c in sheet.affected_contracts] == [
        (f"TS-2026-{running:05d}", "렌털 프리미엄")
    ]
    text = text_of(issued.pdf, tmp_path)
    for expected in (issued.number, HOME_LINE, NEW_HOME_LINE, f"TS-2026-{running:05d}", "2026년6월1일"):
        assert squeezed(expected) in text
    assert f"TS-2026-{ending:05d}" not in text


def test_a_phone_change_confirmation_shows_the_number_it_replaced(db: Database, shop: dict[str, int]) -> None:
    signed(db, shop)
    version_id = change_phone(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        role=PhoneRole.PRIMARY,
        number="010-9876-5432",
        effective_from=date(2026, 5, 1),
        now=at(date(2026, 5, 20)),
    )
    sheet = change_confirmation_sheet(db, customer_id=shop["customer"], phone_version_id=version_id)
    assert (sheet.change_kind_label, sheet.old_value, sheet.new_value) == ("연락처", "010-1234-5678", "010-9876-5432")
    assert sheet.reason_label == "번호 변경"
    assert len(sheet.notes) == 1 and "접수일보다 앞선" in sheet.notes[0]


def test_a_corrected_change_is_the_next_version_of_its_confirmation_and_an_unchanged_one_is_reused(
    db: Database, shop: dict[str, int]
) -> None:
    customer = shop["customer"]
    move = record_move(
        db,
        staff_id=shop["owner"],
        customer_id=customer,
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 6, 1),
        now=at(date(2026, 5, 20)),
    )
    first = issue_change_confirmation(
        db, staff_id=shop["owner"], customer_id=customer, address_version_id=move, now=at(date(2026, 5, 20))
    )
    again = issue_change_confirmation(
        db, staff_id=shop["owner"], customer_id=customer, address_version_id=move, now=at(date(2026, 5, 27))
    )
    assert (again.id, again.number, again.issued_on, again.reused) == (first.id, first.number, date(2026, 5, 20), True)
    corrected = correct_address(
        db,
        staff_id=shop["owner"],
        customer_id=customer,
        expected_version=None,
        version_id=move,
        address=AddressInput(NEW_HOME.postal_code, NEW_HOME.road_address, "A동 503호"),
        reason="동호수 오기",
        now=at(date(2026, 5, 27)),
    )
    second = issue_change_confirmation(
        db, staff_id=shop["owner"], customer_id=customer, address_version_id=corrected, now=at(date(2026, 5, 27))
    )
    assert (second.version, second.subject, second.issued_on) == (2, first.subject, date(2026, 5, 27))
    sheet = change_confirmation_sheet(db, customer_id=customer, address_version_id=corrected)
    assert (sheet.old_value, sheet.reason_label) == (NEW_HOME_LINE, "정정")
    with pytest.raises(ValidationError) as error:
        issue_change_confirmation(db, staff_id=shop["owner"], customer_id=customer, address_version_id=move, now=NOW)
    assert error.value.fields == ("version",)


# --- the pre-contract sheet ---------------------------------------------------------------------------------------


def test_the_pre_contract_sheet_has_the_figures_of_the_quote(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    figures = quote_sign_up(db, rental(shop), today=TODAY)
    issued = issue_pre_contract(
        db,
        staff_id=shop["owner"],
        plan_id=shop["rental"],
        term_months=24,
        discount_category_ids=(shop["multi_child"],),
        customer_id=shop["customer"],
        now=NOW,
    )
    assert (issued.kind, issued.subject, issued.version, issued.customer_id) == (
        DocumentKind.PRE_CONTRACT,
        "렌털 프리미엄 24개월",
        1,
        shop["customer"],
    )
    sheet = pre_contract_sheet(
        db,
        plan_id=shop["rental"],
        term_months=24,
        discount_category_ids=(shop["multi_child"],),
        customer_id=shop["customer"],
        explained_by="박지영",
        today=TODAY,
    )
    plan = sheet.plan
    assert (plan.monthly_fee_won, plan.monthly_payable_won, plan.deposit_won, plan.total_won, plan.trial_days) == (
        figures.list_price,
        figures.monthly_fee,
        figures.deposit,
        figures.total_fees,
        figures.trial_days,
    )
    assert [d.discount_won for d in plan.discounts] == [figures.term_discount, *(d.amount for d in figures.discounts)]
    assert (sheet.customer_name, sheet.explained_by, sheet.issued_on) == ("김민수", "박지영", TODAY)
    assert plan.cancellation_example.startswith("2026년 3월 2일에 이용을 시작한다고 할 때")
    text = text_of(issued.pdf, tmp_path)
    assert squeezed("33,150원") in text and squeezed("795,600원") in text


def test_a_pre_contract_sheet_is_reused_on_its_day_and_dated_anew_later(db: Database, shop: dict[str, int]) -> None:
    def offer(now: datetime) -> tuple[int, int, bool]:
        issued = issue_pre_contract(db, staff_id=shop["owner"], plan_id=shop["rental"], term_months=12, now=now)
        return issued.id, issued.version, issued.reused

    first_id, _, _ = offer(NOW)
    assert offer(at(TODAY)) == (first_id, 1, True)
    later_id, version, reused = offer(at(date(2026, 3, 9)))
    assert (later_id != first_id, version, reused) == (True, 2, False)


def test_a_plan_no_longer_offered_gets_no_pre_contract_sheet(db: Database, shop: dict[str, int]) -> None:
    view = plan_view(db, shop["rental"])
    update_plan(
        db,
        staff_id=shop["owner"],
        plan_id=shop["rental"],
        expected_version=view.version,
        details=view.details,
        active=False,
        now=NOW,
    )
    with pytest.raises(ValidationError) as error:
        issue_pre_contract(db, staff_id=shop["owner"], plan_id=shop["rental"], term_months=18, now=NOW)
    assert error.value.fields == ("plan", "term_months")
    assert count(db, PrintedDocument) == 0


# --- what is not there --------------------------------------------------------------------------------------------


def test_unknown_ids_are_not_found_and_nothing_is_recorded(db: Database, shop: dict[str, int]) -> None:
    owner, customer = shop["owner"], shop["customer"]
    other = register_customer(db, staff_id=owner, new=new_customer("이영희", phone="010-5555-6666"), now=NOW)
    other_address = record_move(
        db,
        staff_id=owner,
        customer_id=other,
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 4, 1),
        now=NOW,
    )
    attempts = [
        lambda: issue_contract(db, staff_id=owner, subscription_id=999, now=NOW),
        lambda: issue_pre_contract(db, staff_id=owner, plan_id=999, term_months=24, now=NOW),
        lambda: issue_pre_contract(
            db, staff_id=owner, plan_id=shop["rental"], term_months=24, discount_category_ids=(999,), now=NOW
        ),
        lambda: issue_pre_contract(db, staff_id=owner, plan_id=shop["rental"], term_months=24, customer_id=999),
        lambda: issue_change_confirmation(db, staff_id=owner, customer_id=999, address_version_id=1, now=NOW),
        lambda: issue_change_confirmation(db, staff_id=owner, customer_id=customer, address_version_id=999, now=NOW),
        lambda: issue_change_confirmation(db, staff_id=owner, customer_id=customer, phone_version_id=999, now=NOW),
        lambda: issue_change_confirmation(
            db, staff_id=owner, customer_id=customer, address_version_id=other_address, now=NOW
        ),
        lambda: document_pdf(db, 999),
        lambda: record_reprint(db, staff_id=owner, document_id=999, now=NOW),
    ]
    for attempt in attempts:
        with pytest.raises(NotFoundError):
            attempt()
    assert count(db, PrintedDocument) == 0
    assert actions(db) == []
    with pytest.raises(ValueError, match="exactly one"):
        issue_change_confirmation(db, staff_id=owner, customer_id=customer, now=NOW)


# --- the seller -----------------------------------------------------------------------------------------------------


def test_no_document_names_a_blank_seller_and_nothing_is_recorded(db: Database, shop: dict[str, int]) -> None:
    subscription_id = signed(db, shop)
    version_id = record_move(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 6, 1),
        now=NOW,
    )
    with db.writing() as session:  # as after the first start, which asks only the name and the owner
        blank = session.scalars(select(Shop)).one()
        blank.business_number, blank.address, blank.phone = "", "  ", ""
    documents = (
        lambda: issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=NOW),
        lambda: issue_pre_contract(db, staff_id=shop["owner"], plan_id=shop["rental"], term_months=24, now=NOW),
        lambda: issue_change_confirmation(
            db, staff_id=shop["owner"], customer_id=shop["customer"], address_version_id=version_id, now=NOW
        ),
    )
    for issue in documents:
        with pytest.raises(SellerDetailsMissing) as missing:
            issue()
        assert missing.value.fields == ("business_number", "address", "phone")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(PrintedDocument)) == 0
    # Once the owner enters them, the same contract is issued with them.
    enter_shop_details(db)
    issued = issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=NOW)
    assert contract_sheet(db, subscription_id).shop.business_number == SHOP_BUSINESS_NUMBER
    assert issued.version == 1


def test_a_rental_contract_states_the_rental_terms_with_the_shop_rules(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    issued = issue_contract(db, staff_id=shop["owner"], subscription_id=signed(db, shop), now=NOW)
    text = text_of(issued.pdf, tmp_path)
    rental_terms = text[text.index(squeezed("8. 대여 조건")) : text.index(squeezed("9. 장난감 하자와 교환·수리"))]
    # The shop's rules (domain.rentals.RentalRules defaults): 14 days, 500원 a day for at most 15 days (7,500원),
    # lending suspended past 15 days late, 30 % of the toy's price for damage; and the deposit of this contract.
    for expected in (
        "매장의 소유",
        "빌린 날부터 14일",
        "하루 500원",
        "15일분(7,500원)",
        "15일 넘게 늦어지면",
        "새 대여를 중지",
        "가격의 30%",
        "잃어버리면 그 장난감 가격",
        "보증금 50,000원",
    ):
        assert squeezed(expected) in rental_terms, expected
    assert squeezed("10. 불만 처리 및 분쟁 해결") in text and squeezed("12. 서명") in text


def test_the_shop_email_is_printed_as_a_contact_for_complaints(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    subscription_id = signed(db, shop)
    without = text_of(
        issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=NOW).pdf, tmp_path
    )
    # A shop without one prints no empty cell (the consent notice names the customer's e-mail, further on).
    seller = without[without.index(squeezed("1. 사업자 정보")) : without.index(squeezed("2. 고객 정보"))]
    assert squeezed("이메일") not in seller
    update_shop_details(
        db,
        by_staff_id=shop["owner"],
        name="토이구독 마포점",
        business_number=SHOP_BUSINESS_NUMBER,
        address=SHOP_ADDRESS,
        phone=SHOP_PHONE,
        email="help@toysub.kr",
        expected_version=shop_settings(db).version,
        now=NOW,
    )
    text = text_of(issue_contract(db, staff_id=shop["owner"], subscription_id=subscription_id, now=NOW).pdf, tmp_path)
    assert squeezed("이메일 help@toysub.kr") in text  # in the seller's details
    complaints = text[text.index(squeezed("불만 처리 및 분쟁 해결")) :]
    assert squeezed("전화 02-123-4567, 이메일 help@toysub.kr") in complaints
