"""The confirmations of a contract's pause, early resume, plan change, cancellation and renewal, and the deliveries
a move or number change reaches: what they say, and their record in the printed-documents register."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from documents.pdf_tools import page_texts, squeezed
from rental_support import RentalShop, rental_shop
from support import NEW_HOME, NOW, SHOP_ADDRESS, SHOP_BUSINESS_NUMBER, SHOP_PHONE, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Delivery, Subscription, SubscriptionEvent
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.domain.subscription_history import EventKind
from toysub_desktop.services.common import NotFoundError
from toysub_desktop.services.contacts import change_phone, record_move
from toysub_desktop.services.deliveries import schedule_deliveries, ship
from toysub_desktop.services.document_sheets import change_confirmation_sheet, subscription_change_sheet
from toysub_desktop.services.documents import (
    DocumentKind,
    document_pdf,
    issue_change_confirmation,
    issue_subscription_change,
    list_documents,
)
from toysub_desktop.services.plans import schedule_price_change
from toysub_desktop.services.queries.subscription_change_sheet import fee_computation
from toysub_desktop.services.rentals import ReturnLine, lend, return_items
from toysub_desktop.services.subscriptions import (
    NewSubscription,
    cancel,
    cancellation_fee,
    change_plan,
    newest_event_id,
    pause,
    renew,
    resume,
    sign_up,
    skip_delivery,
)

TODAY = date(2026, 3, 2)


def at(day: date) -> datetime:
    """Mid-morning in Seoul on *day*, as the UTC moment services take."""
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    return sample_shop(db, owner_id)


def rental(db: Database, shop: dict[str, int], *, plan: str = "rental") -> int:
    """A 24-month rental (14-day trial, paid from 16 March 2026, 37,050원 a month after the 5 % term discount)."""
    new = NewSubscription(shop["customer"], shop[plan], 24, TODAY, PaymentMethod.CARD, swap_weekday=2)
    return sign_up(db, staff_id=shop["owner"], new=new, now=NOW)


def text_of(pdf: bytes, folder: Path) -> str:
    return squeezed("".join(page_texts(pdf, folder, raw=True)))


def assert_says(pdf: bytes, folder: Path, *expected: str) -> None:
    text = text_of(pdf, folder)
    assert [value for value in expected if squeezed(value) not in text] == []


def assert_kept_and_reprinted(db: Database, issued_id: int, pdf: bytes, subscription_id: int) -> None:
    """The register lists the paper under its contract, and hands back the very bytes that were issued."""
    listed = [d for d in list_documents(db, subscription_id=subscription_id) if d.id == issued_id]
    assert len(listed) == 1 and listed[0].kind is DocumentKind.SUBSCRIPTION_CHANGE
    assert document_pdf(db, issued_id) == pdf


SELLER = (SHOP_BUSINESS_NUMBER, SHOP_ADDRESS, SHOP_PHONE)


def test_a_pause_confirmation_states_the_period_and_the_new_term_end_and_reprints_identically(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    subscription_id = rental(db, shop)
    event_id = pause(
        db,
        staff_id=shop["owner"],
        subscription_id=subscription_id,
        first=date(2026, 5, 1),
        last=date(2026, 5, 20),
        note="해외 출장",
        now=at(date(2026, 4, 20)),
    )
    issued = issue_subscription_change(db, staff_id=shop["owner"], event_id=event_id, now=at(date(2026, 4, 20)))
    assert (issued.kind, issued.subject, issued.version) == (
        DocumentKind.SUBSCRIPTION_CHANGE,
        "일시정지 (2026년 5월 1일)",
        1,
    )
    # The term ran to 15 March 2028; 20 days paused move it to 4 April 2028.
    assert_says(
        issued.pdf,
        tmp_path,
        "일시정지 확인서",
        issued.number,
        *SELLER,
        "김민수",
        f"TS-2026-{subscription_id:05d}",
        "렌털 프리미엄",
        "2026년 5월 1일 ~ 2026년 5월 20일 (20일)",
        "변경 전 종료일 2028년 3월 15일",
        "변경 후 종료일 2028년 4월 4일",
        "2026년 5월 21일부터 다시 이용합니다",
        "해외 출장",
        "박지영",
    )
    assert_kept_and_reprinted(db, issued.id, issued.pdf, subscription_id)
    # Resumed early afterwards: the pause's own paper still says what was agreed then, so it is the same document.
    resume(
        db,
        staff_id=shop["owner"],
        subscription_id=subscription_id,
        resume_on=date(2026, 5, 11),
        now=at(date(2026, 5, 10)),
    )
    again = issue_subscription_change(db, staff_id=shop["owner"], event_id=event_id, now=at(date(2026, 5, 12)))
    assert (again.id, again.number, again.reused, again.pdf) == (issued.id, issued.number, True, issued.pdf)


def test_an_early_resume_confirmation_states_the_shortened_pause_and_the_new_end(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    subscription_id = rental(db, shop)
    pause(
        db,
        staff_id=shop["owner"],
        subscription_id=subscription_id,
        first=date(2026, 5, 1),
        last=date(2026, 5, 30),
        now=at(date(2026, 4, 20)),
    )
    resume(
        db,
        staff_id=shop["owner"],
        subscription_id=subscription_id,
        resume_on=date(2026, 5, 11),
        now=at(date(2026, 5, 10)),
    )
    event_id = newest_event_id(db, subscription_id, EventKind.RESUME)
    assert event_id is not None
    issued = issue_subscription_change(db, staff_id=shop["owner"], event_id=event_id, now=at(date(2026, 5, 10)))
    # 30 days paused became 10: the end moves back from 14 April 2028 to 25 March 2028.
    assert_says(
        issued.pdf,
        tmp_path,
        "일시정지 조기 해제 확인서",
        *SELLER,
        "원래 정지 기간 2026년 5월 1일 ~ 2026년 5월 30일 (30일)",
        "서비스 재개일 2026년 5월 11일",
        "바뀐 정지 기간 2026년 5월 1일 ~ 2026년 5월 10일 (10일)",
        "변경 전 종료일 2028년 4월 14일",
        "변경 후 종료일 2028년 3월 25일",
    )
    assert_kept_and_reprinted(db, issued.id, issued.pdf, subscription_id)


def test_a_plan_change_confirmation_states_both_plans_and_the_fee_from_when(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    subscription_id = rental(db, shop)
    effective = change_plan(
        db,
        staff_id=shop["owner"],
        subscription_id=subscription_id,
        plan_id=shop["rental_basic"],
        now=at(date(2026, 4, 20)),
    )
    event_id = newest_event_id(db, subscription_id, EventKind.PLAN_CHANGE)
    assert event_id is not None and effective == date(2026, 5, 16)
    issued = issue_subscription_change(db, staff_id=shop["owner"], event_id=event_id, now=at(date(2026, 4, 20)))
    # 39,000 less 5 % = 37,050 → 29,000 less 5 % = 27,550, from the next cycle.
    assert_says(
        issued.pdf,
        tmp_path,
        "요금제 변경 확인서",
        *SELLER,
        "변경 전 요금제 렌털 프리미엄",
        "변경 후 요금제 렌털 베이직",
        "변경 전 월 요금 37,050원",
        "변경 후 월 요금 27,550원",
        "새 요금 적용일 2026년 5월 16일",
        "2026년 5월 16일부터 렌털 베이직 요금제로 이용하고 월 27,550원을 결제합니다",
    )
    assert_kept_and_reprinted(db, issued.id, issued.pdf, subscription_id)


@pytest.fixture
def rentals(db: Database, owner_id: int) -> RentalShop:
    return rental_shop(db, owner_id)


def test_a_cancellation_confirmation_shows_the_fee_as_computed_the_deposit_and_the_toys_still_out(
    db: Database, rentals: RentalShop, tmp_path: Path
) -> None:
    with db.reading() as session:
        subscription_id = session.scalars(
            select(Subscription.id).where(Subscription.customer_id == rentals.customer)
        ).one()
    blocks, piano = rentals.barcodes["blocks"][0], rentals.barcodes["piano"][0]
    lend(
        db,
        staff_id=rentals.owner,
        customer_id=rentals.customer,
        child_id=rentals.child,
        barcodes=[blocks, piano],
        now=NOW + timedelta(days=20),
    )
    return_items(
        db, staff_id=rentals.owner, lines=[ReturnLine(piano, ReturnCondition.CLEAN)], now=NOW + timedelta(days=30)
    )
    effective_on = date(2026, 6, 1)
    expected = cancellation_fee(db, subscription_id, effective_on)
    fee = cancel(
        db,
        staff_id=rentals.owner,
        subscription_id=subscription_id,
        effective_on=effective_on,
        note="이사로 해지",
        now=at(date(2026, 5, 25)),
    )
    assert fee == expected and fee.fee > 0
    event_id = newest_event_id(db, subscription_id, EventKind.CANCEL)
    assert event_id is not None
    sheet = subscription_change_sheet(db, event_id)
    # The computation is the one the cancel dialog showed, figure for figure.
    assert sheet.computation == fee_computation(expected)
    assert [(t.toy_name, t.barcode) for t in sheet.toys_out] == [("자석 블록 100피스", blocks)]
    issued = issue_subscription_change(db, staff_id=rentals.owner, event_id=event_id, now=at(date(2026, 5, 25)))
    due = sheet.toys_out[0].due_on
    assert_says(
        issued.pdf,
        tmp_path,
        "계약 해지 확인서",
        *SELLER,
        "해지 효력일 2026년 6월 1일 (마지막 이용일 2026년 5월 31일)",
        f"위약금 {fee.fee:,}원",
        *sheet.computation,
        "보증금 반환 50,000원",
        "자석 블록 100피스",
        blocks,
        "김하늘",
        f"{due.year}년 {due.month}월 {due.day}일",
        "이사로 해지",
    )
    assert "멜로디 피아노" not in text_of(issued.pdf, tmp_path)  # back before the cancellation
    assert_kept_and_reprinted(db, issued.id, issued.pdf, subscription_id)
    # The toy comes back later: the paper still says what was out when the contract ended, and is the same file.
    return_items(
        db, staff_id=rentals.owner, lines=[ReturnLine(blocks, ReturnCondition.CLEAN)], now=at(date(2026, 6, 3))
    )
    again = issue_subscription_change(db, staff_id=rentals.owner, event_id=event_id, now=at(date(2026, 6, 3)))
    assert (again.id, again.reused, again.pdf) == (issued.id, True, issued.pdf)


def test_a_renewal_confirmation_states_the_new_term_at_the_price_of_its_first_day(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    box = NewSubscription(shop["customer"], shop["box"], 12, TODAY, PaymentMethod.CARD, delivery_day=5)
    subscription_id = sign_up(db, staff_id=shop["owner"], new=box, now=NOW)  # ends 1 March 2027
    schedule_price_change(
        db, staff_id=shop["owner"], plan_id=shop["box"], monthly_price=32_000, effective_from=date(2027, 3, 2), now=NOW
    )
    # Renewed in January, while the catalogue still says 29,000원: the new term is at 32,000원.
    renewal_id = renew(
        db, staff_id=shop["owner"], subscription_id=subscription_id, term_months=12, now=at(date(2027, 1, 10))
    )
    event_id = newest_event_id(db, subscription_id, EventKind.RENEW)
    assert event_id is not None
    issued = issue_subscription_change(db, staff_id=shop["owner"], event_id=event_id, now=at(date(2027, 1, 10)))
    assert_says(
        issued.pdf,
        tmp_path,
        "계약 갱신 확인서",
        *SELLER,
        f"새 계약번호 TS-2027-{renewal_id:05d}",
        "12개월 (2027년 3월 2일 ~ 2028년 3월 1일)",
        "월 이용료 32,000원 (새 계약 첫날인 2027년 3월 2일의 가격)",
        "월 결제 금액 32,000원",
    )
    assert "29,000원" not in text_of(issued.pdf, tmp_path)
    assert_kept_and_reprinted(db, issued.id, issued.pdf, subscription_id)


def test_only_a_standing_transition_of_those_kinds_gets_a_confirmation(db: Database, shop: dict[str, int]) -> None:
    box = NewSubscription(shop["customer"], shop["box"], 12, TODAY, PaymentMethod.CARD, delivery_day=5)
    subscription_id = sign_up(db, staff_id=shop["owner"], new=box, now=NOW)
    skip_delivery(db, staff_id=shop["owner"], subscription_id=subscription_id, delivery_on=date(2026, 4, 5), now=NOW)
    skipped = newest_event_id(db, subscription_id, EventKind.SKIP)
    assert skipped is not None
    with pytest.raises(NotFoundError):
        issue_subscription_change(db, staff_id=shop["owner"], event_id=skipped, now=NOW)
    with pytest.raises(NotFoundError):
        issue_subscription_change(db, staff_id=shop["owner"], event_id=10_000, now=NOW)
    assert list_documents(db, subscription_id=subscription_id) == []


# --- the deliveries a move or a number change reaches --------------------------------------------------------------

HOME_LINE = "(04001) 서울특별시 마포구 월드컵북로 396, 101동 1203호"
NEW_HOME_LINE = "(13529) 경기도 성남시 분당구 판교역로 166, A동 502호"


def delivery_on(db: Database, day: date) -> int:
    with db.reading() as session:
        return session.scalars(select(Delivery.id).where(Delivery.scheduled_on == day)).one()


def test_a_move_confirmation_lists_each_delivery_it_reaches_with_the_old_and_new_address(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    box = NewSubscription(shop["customer"], shop["box"], 12, TODAY, PaymentMethod.CARD, delivery_day=5)
    subscription_id = sign_up(db, staff_id=shop["owner"], new=box, now=NOW)
    schedule_deliveries(db, through=date(2026, 5, 31), staff_id=shop["owner"], now=NOW)  # 5 March to 5 May
    # April's box left before the customer told us they had moved on 1 April.
    ship(
        db,
        staff_id=shop["owner"],
        delivery_ids=[delivery_on(db, date(2026, 4, 5))],
        courier="CJ대한통운",
        now=at(date(2026, 4, 3)),
    )
    version_id = record_move(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 4, 1),
        now=at(date(2026, 4, 10)),
    )
    sheet = change_confirmation_sheet(db, customer_id=shop["customer"], address_version_id=version_id)
    contract = f"TS-2026-{subscription_id:05d}"
    # March's box is before the move; April's went to the old house; May's goes to the new one.
    assert [(d.scheduled_on, d.contract_number, d.kind_label, d.old_value, d.new_value) for d in sheet.deliveries] == [
        (date(2026, 4, 5), contract, "상자", HOME_LINE, NEW_HOME_LINE),
        (date(2026, 5, 5), contract, "상자", HOME_LINE, NEW_HOME_LINE),
    ]
    assert [bool(d.note) for d in sheet.deliveries] == [True, False]
    issued = issue_change_confirmation(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        address_version_id=version_id,
        now=at(date(2026, 4, 10)),
    )
    assert_says(
        issued.pdf,
        tmp_path,
        *SELLER,
        "적용되는 배송",
        "2026년 4월 5일",
        "2026년 5월 5일",
        f"{HOME_LINE} → {NEW_HOME_LINE}",
        "변경을 접수하기 전에 변경 전 정보로 보냈습니다.",
    )
    assert squeezed("2026년 3월 5일") not in text_of(issued.pdf, tmp_path)
    assert document_pdf(db, issued.id) == issued.pdf
    # The schedule rolls on to June: the confirmation handed over still lists what the move reached then.
    schedule_deliveries(db, through=date(2026, 6, 30), staff_id=shop["owner"], now=at(date(2026, 4, 12)))
    again = issue_change_confirmation(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        address_version_id=version_id,
        now=at(date(2026, 4, 12)),
    )
    assert (again.id, again.reused, again.pdf) == (issued.id, True, issued.pdf)


def test_a_number_change_confirmation_lists_the_deliveries_with_the_old_and_new_number(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    box = NewSubscription(shop["customer"], shop["box"], 12, TODAY, PaymentMethod.CARD, delivery_day=5)
    sign_up(db, staff_id=shop["owner"], new=box, now=NOW)
    schedule_deliveries(db, through=date(2026, 5, 31), staff_id=shop["owner"], now=NOW)
    version_id = change_phone(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        role=PhoneRole.PRIMARY,
        number="010-9876-5432",
        effective_from=date(2026, 4, 1),
        now=at(date(2026, 3, 20)),
    )
    sheet = change_confirmation_sheet(db, customer_id=shop["customer"], phone_version_id=version_id)
    assert [(d.scheduled_on, d.old_value, d.new_value, d.note) for d in sheet.deliveries] == [
        (date(2026, 4, 5), "010-1234-5678", "010-9876-5432", ""),
        (date(2026, 5, 5), "010-1234-5678", "010-9876-5432", ""),
    ]
    spouse = change_phone(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        expected_version=None,
        role=PhoneRole.SPOUSE,
        number="010-5555-6666",
        effective_from=date(2026, 4, 1),
        now=at(date(2026, 3, 20)),
    )
    # Deliveries carry the primary number only: a spouse's number reaches none.
    assert change_confirmation_sheet(db, customer_id=shop["customer"], phone_version_id=spouse).deliveries == ()


def test_a_voided_transition_gets_no_confirmation(db: Database, shop: dict[str, int]) -> None:
    subscription_id = rental(db, shop)
    event_id = pause(
        db,
        staff_id=shop["owner"],
        subscription_id=subscription_id,
        first=date(2026, 5, 1),
        last=date(2026, 5, 20),
        now=at(date(2026, 4, 20)),
    )
    with db.writing() as session:
        row = session.get(SubscriptionEvent, event_id)
        assert row is not None
        row.voided_at, row.voided_by_id = at(date(2026, 4, 21)), shop["owner"]
    with pytest.raises(ValidationError) as error:
        issue_subscription_change(db, staff_id=shop["owner"], event_id=event_id, now=NOW)
    assert error.value.fields == ("event",)
