"""The receipt of a payment (영수증), read as a customer reads it (pdftotext), and kept in the printed-documents
register so a reprint is the same file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from documents.pdf_tools import page_texts
from support import NOW, SHOP_BUSINESS_NUMBER, SHOP_PHONE, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.documents import DocumentKind, document_pdf, issue_receipt, list_documents
from toysub_desktop.services.ledger import NewPayment, bill_customer, take_payment, void_entry
from toysub_desktop.services.subscriptions import NewSubscription, pause, sign_up


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
