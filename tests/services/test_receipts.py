"""The receipt of a payment (영수증), read as a customer reads it (pdftotext), and kept in the printed-documents
register so a reprint is the same file."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from documents.pdf_tools import fonts, info, page_texts, words
from support import NOW, SHOP_BUSINESS_NUMBER, SHOP_PHONE, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans, ReceiptPaper
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.vat import TaxStatus
from toysub_desktop.services.documents import DocumentKind, document_pdf, issue_receipt, list_documents
from toysub_desktop.services.ledger import NewPayment, bill_customer, take_payment, void_entry
from toysub_desktop.services.subscriptions import NewSubscription, pause, sign_up
from toysub_desktop.services.tax import update_vat_settings, vat_settings


def at(day: date, hour: int = 1) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


def test_a_receipt_names_the_shop_the_items_paid_the_method_who_and_when(
    db: Database, owner_id: int, tmp_path: Path
) -> None:
    ids = sample_shop(db, owner_id)
    box = NewSubscription(ids["customer"], ids["box"], 12, date(2026, 3, 2), PaymentMethod.CARD)
    sub = sign_up(db, staff_id=owner_id, new=box, now=NOW)
    pause(
        db,
        staff_id=owner_id,
        subscription_id=sub,
        first=date(2026, 4, 2),
        last=date(2026, 4, 11),
        now=at(date(2026, 3, 20)),
    )
    bill_customer(db, staff_id=owner_id, customer_id=ids["customer"], now=at(date(2026, 4, 2)))
    payment = take_payment(
        db,
        staff_id=owner_id,
        payment=NewPayment(ids["customer"], 50_000, PaymentMeans.CARD, approval_number="30012345", keep_credit=True),
        now=at(date(2026, 4, 3), 5),
    )
    issued = issue_receipt(db, staff_id=owner_id, payment_id=payment, now=at(date(2026, 4, 3), 5))
    text = "\n".join(page_texts(issued.pdf, tmp_path))
    flat = " ".join(text.split())
    for expected in (
        "영수증",
        issued.number,
        "토이구독 마포점",
        SHOP_BUSINESS_NUMBER,
        SHOP_PHONE,
        "김민수",
        "50,000원",
        "카드",
        "30012345",
        "2026년 4월 3일 14:00",
        "박지영",
        "이용료 2026년 3월 2일 ~ 2026년 4월 1일",
        "이용료 2026년 4월 2일 ~ 2026년 5월 1일 (20/30일)",
        "29,000원",
        "19,333원",
        "남은 금액 1,667원은 선수금으로 보관하여 다음 청구에 씁니다.",
        "위 금액을 정히 영수합니다.",
    ):
        assert expected in flat, expected
    # Kept in the register; printed again it is the same file.
    again = issue_receipt(db, staff_id=owner_id, payment_id=payment, now=at(date(2026, 4, 9)))
    assert again.reused and again.pdf == issued.pdf and again.number == issued.number
    rows = [row for row in list_documents(db) if row.kind is DocumentKind.RECEIPT]
    assert [row.id for row in rows] == [issued.id]
    assert document_pdf(db, issued.id) == issued.pdf


def test_a_voided_payment_gets_no_receipt(db: Database, owner_id: int) -> None:
    ids = sample_shop(db, owner_id)
    payment = take_payment(
        db, staff_id=owner_id, payment=NewPayment(ids["customer"], 10_000, PaymentMeans.CASH, keep_credit=True), now=NOW
    )
    void_entry(db, staff_id=owner_id, entry_id=payment, reason="중복 입력", now=NOW)
    with pytest.raises(ValidationError):
        issue_receipt(db, staff_id=owner_id, payment_id=payment, now=NOW)


def _general_taxpayer(db: Database, owner_id: int) -> None:
    update_vat_settings(
        db,
        by_staff_id=owner_id,
        status=TaxStatus.GENERAL,
        kinds={EntryKind.CYCLE_FEE},
        expected_version=vat_settings(db).version,
        now=NOW,
    )


def _deposit_and_first_month(db: Database, owner_id: int) -> int:
    """A rental with its 50,000원 deposit and first 39,000원 month, paid together by card: the payment's id."""
    ids = sample_shop(db, owner_id)
    rental = NewSubscription(ids["customer"], ids["rental"], 12, date(2026, 3, 2), PaymentMethod.CARD, swap_weekday=2)
    sign_up(db, staff_id=owner_id, new=rental, now=NOW)
    bill_customer(db, staff_id=owner_id, customer_id=ids["customer"], now=at(date(2026, 3, 16)))
    return take_payment(
        db,
        staff_id=owner_id,
        payment=NewPayment(ids["customer"], 89_000, PaymentMeans.CARD, approval_number="30012345"),
        now=at(date(2026, 3, 16), 5),
    )


def test_a_general_taxpayers_receipt_splits_the_plan_fee_paid_but_not_the_deposit(
    db: Database, owner_id: int, tmp_path: Path
) -> None:
    payment = _deposit_and_first_month(db, owner_id)
    plain = issue_receipt(db, staff_id=owner_id, payment_id=payment, now=at(date(2026, 3, 16), 5))
    assert "공급가액" not in " ".join(page_texts(plain.pdf, tmp_path))  # a 간이과세자: no VAT lines
    _general_taxpayer(db, owner_id)
    issued = issue_receipt(db, staff_id=owner_id, payment_id=payment, now=at(date(2026, 3, 16), 6))
    flat = " ".join(" ".join(page_texts(issued.pdf, tmp_path)).split())
    # Of the 89,000원 only the 39,000원 month carries VAT: 39,000 ÷ 1.1 = 35,454.5… → 35,455 and 3,545.
    for expected in ("보증금", "50,000원", "39,000원", "과세 대상 금액", "공급가액", "35,455원", "부가세", "3,545원"):
        assert expected in flat, expected
    assert issued.version == plain.version + 1  # the paper changed, so it is a new version of the receipt


def test_the_80mm_receipt_is_one_narrow_page_as_long_as_its_content_with_the_same_figures(
    db: Database, owner_id: int, tmp_path: Path
) -> None:
    payment = _deposit_and_first_month(db, owner_id)
    _general_taxpayer(db, owner_id)
    roll = issue_receipt(
        db, staff_id=owner_id, payment_id=payment, paper=ReceiptPaper.ROLL_80, now=at(date(2026, 3, 16), 5)
    )
    details = info(roll.pdf, tmp_path)
    assert details["Pages"] == "1"
    width, height = (float(x) for x in re.findall(r"[\d.]+", details["Page size"])[:2])
    assert round(width / 72 * 25.4, 1) == 80.0  # 80 mm paper
    assert 100 < height / 72 * 25.4 < 297  # as long as the receipt, shorter than an A4 sheet
    printed = words(roll.pdf, 1, tmp_path)
    left = min(word.x_min for word in printed) / 72 * 25.4
    right = max(word.x_max for word in printed) / 72 * 25.4
    assert left >= 4 - 0.1 and right <= 76 + 0.1  # within the 72 mm the print head reaches
    flat = " ".join(" ".join(page_texts(roll.pdf, tmp_path)).split())
    for expected in (
        "토이구독 마포점",
        SHOP_BUSINESS_NUMBER,
        "영수증",
        roll.number,
        "김민수",
        "보증금",
        "89,000원",
        "카드",
        "30012345",
        "박지영",
        "35,455원",
        "3,545원",
        "위 금액을 정히 영수합니다.",
    ):
        assert expected in flat, expected
    assert all(font.embedded for font in fonts(roll.pdf, tmp_path))
    # Its own record beside the A4 one; printed again, the same file.
    a4 = issue_receipt(db, staff_id=owner_id, payment_id=payment, now=at(date(2026, 3, 16), 5))
    assert a4.id != roll.id
    again = issue_receipt(
        db, staff_id=owner_id, payment_id=payment, paper=ReceiptPaper.ROLL_80, now=at(date(2026, 4, 1))
    )
    assert again.reused and again.pdf == roll.pdf
    (tmp_path / "roll.pdf").write_bytes(roll.pdf)
