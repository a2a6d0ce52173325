"""The statement (거래 내역서) of a period: the opening balance, the entries in date order with the running balance,
a void inside the period left out and its replacement marked, the closing balance, and for a 일반과세자 shop the
VAT-carrying charges as 공급가액 / 부가세 — the figures computed by hand, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from documents.pdf_tools import fonts, page_texts
from support import NOW, SHOP_BUSINESS_NUMBER, SHOP_PHONE, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, LedgerEntry
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.vat import TaxStatus
from toysub_desktop.services.documents import DocumentKind, issue_statement, list_documents
from toysub_desktop.services.ledger import NewPayment, bill_customer, refund, take_payment, void_entry, write_off
from toysub_desktop.services.queries.statement_sheet import statement_sheet_in
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.services.tax import update_vat_settings, vat_settings

APRIL = (date(2026, 4, 1), date(2026, 4, 30))


def at(day: date, hour: int = 1) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


def three_months(db: Database, owner_id: int) -> dict[str, int]:
    """A 29,000원 box from 2 March: March paid in part (20,000), April's payment typed as 20,000 and corrected to
    29,000, 1,000원 written off, May billed and 50,000 paid (13,000 kept as credit), 3,000 of it refunded."""
    ids = sample_shop(db, owner_id)
    customer = ids["customer"]
    box = NewSubscription(customer, ids["box"], 12, date(2026, 3, 2), PaymentMethod.CARD)
    sign_up(db, staff_id=owner_id, new=box, now=NOW)
    bill_customer(db, staff_id=owner_id, customer_id=customer, now=at(date(2026, 3, 2)))

    def pay(amount: int, day: date, means: PaymentMeans = PaymentMeans.CASH, approval: str = "") -> int:
        payment = NewPayment(customer, amount, means, approval_number=approval, keep_credit=True)
        return take_payment(db, staff_id=owner_id, payment=payment, now=at(day, 3))

    pay(20_000, date(2026, 3, 5))
    bill_customer(db, staff_id=owner_id, customer_id=customer, now=at(date(2026, 4, 2)))
    typo = pay(20_000, date(2026, 4, 3), PaymentMeans.CARD, "30012345")
    void_entry(
        db,
        staff_id=owner_id,
        entry_id=typo,
        reason="금액 입력 실수",
        replacement_amount=29_000,
        now=at(date(2026, 4, 4)),
    )
    with db.reading() as session:
        april = session.scalars(
            select(LedgerEntry.id).where(LedgerEntry.charge_key.like("%-C1"), LedgerEntry.voided_at.is_(None))
        ).one()
    write_off(db, staff_id=owner_id, charge_id=april, amount=1_000, reason="배송 지연 보상", now=at(date(2026, 4, 20)))
    bill_customer(db, staff_id=owner_id, customer_id=customer, now=at(date(2026, 5, 2)))
    pay(50_000, date(2026, 5, 6))
    refund(db, staff_id=owner_id, customer_id=customer, amount=3_000, means=PaymentMeans.CASH, now=at(date(2026, 5, 7)))
    return ids


def test_the_statement_of_april_carries_march_over_and_runs_the_balance_down(db: Database, owner_id: int) -> None:
    ids = three_months(db, owner_id)
    with db.reading() as session:
        customer = session.get(Customer, ids["customer"])
        assert customer is not None
        sheet = statement_sheet_in(
            session, customer, first=APRIL[0], last=APRIL[1], document_number="D-1", issued_on=date(2026, 5, 7)
        )
    # Before April: March's 29,000 charged, 20,000 paid.
    assert sheet.opening_balance == 9_000
    assert [(line.entry_on, line.kind, line.amount, line.balance, line.corrects) for line in sheet.lines] == [
        (date(2026, 4, 2), EntryKind.CYCLE_FEE.value, 29_000, 38_000, False),
        (date(2026, 4, 3), EntryKind.PAYMENT.value, 29_000, 9_000, True),  # the corrected payment, not the typo
        (date(2026, 4, 20), EntryKind.WRITE_OFF.value, 1_000, 8_000, False),
    ]
    assert sheet.voided_left_out == 1
    assert (sheet.charged, sheet.paid, sheet.closing_balance) == (29_000, 30_000, 8_000)
    assert sheet.lines[0].first == date(2026, 4, 2) and sheet.lines[0].last == date(2026, 5, 1)
    assert sheet.lines[1].means == "card" and sheet.lines[1].approval_number == "30012345"
    assert sheet.vat is None  # a 간이과세자 shows no VAT
    # The whole three months: 29,000 × 3 charged − 99,000 paid − 1,000 written off + 3,000 refunded = −10,000, the
    # credit the shop still holds.
    with db.reading() as session:
        customer = session.get(Customer, ids["customer"])
        assert customer is not None
        whole = statement_sheet_in(
            session,
            customer,
            first=date(2026, 3, 1),
            last=date(2026, 5, 31),
            document_number="D-2",
            issued_on=NOW.date(),
        )
    assert whole.opening_balance == 0 and whole.closing_balance == -10_000
    assert [line.balance for line in whole.lines] == [29_000, 9_000, 38_000, 9_000, 8_000, 37_000, -13_000, -10_000]
    assert (whole.lines[-1].kind, whole.lines[-1].debit, whole.lines[-1].means) == ("refund", True, "cash")


def test_the_printed_statement_names_shop_customer_period_and_the_vat_of_a_general_taxpayer(
    db: Database, owner_id: int, tmp_path: Path
) -> None:
    ids = three_months(db, owner_id)
    update_vat_settings(
        db,
        by_staff_id=owner_id,
        status=TaxStatus.GENERAL,
        kinds={EntryKind.CYCLE_FEE},
        expected_version=vat_settings(db).version,
        now=at(date(2026, 5, 7)),
    )
    issued = issue_statement(
        db, staff_id=owner_id, customer_id=ids["customer"], first=APRIL[0], last=APRIL[1], now=at(date(2026, 5, 7))
    )
    flat = " ".join(" ".join(page_texts(issued.pdf, tmp_path)).split())
    for expected in (
        "거래 내역서",
        issued.number,
        "토이구독 마포점",
        SHOP_BUSINESS_NUMBER,
        SHOP_PHONE,
        "박지영",  # 대표자
        "김민수",
        "2026년 4월 1일 ~ 2026년 4월 30일",
        "이월 잔액",
        "9,000원",
        "이용료 2026년 4월 2일 ~ 2026년 5월 1일",
        "입금 (카드, 승인 30012345) [정정]",
        "감면",
        "38,000",
        "8,000원",
        "취소한 거래 1건",
        "공급가액",
        "26,364원",  # 29,000 ÷ 1.1 = 26,363.6…
        "2,636원",
    ):
        assert expected in flat, expected
    entries = flat.split("4. 거래 내역")[1].split("잔액은")[0]
    assert "이용료" in entries and "20,000" not in entries  # the voided typo is not a line
    (tmp_path / "statement.pdf").write_bytes(issued.pdf)
    assert all(font.embedded for font in fonts(issued.pdf, tmp_path))
    # Recorded with the customer's papers; asked again the same day, the same document.
    again = issue_statement(
        db, staff_id=owner_id, customer_id=ids["customer"], first=APRIL[0], last=APRIL[1], now=at(date(2026, 5, 7), 5)
    )
    assert again.reused and again.id == issued.id
    listed = [row for row in list_documents(db, customer_id=ids["customer"]) if row.kind is DocumentKind.STATEMENT]
    assert [row.id for row in listed] == [issued.id]
    # May ends with the refund and the credit held, shown below zero.
    may = issue_statement(
        db,
        staff_id=owner_id,
        customer_id=ids["customer"],
        first=date(2026, 5, 1),
        last=date(2026, 5, 31),
        now=at(date(2026, 6, 1)),
    )
    may_text = " ".join(" ".join(page_texts(may.pdf, tmp_path)).split())
    for expected in (
        "이월 잔액",
        "8,000원",
        "입금 (현금)",
        "환불 (현금)",
        "-10,000원",
        "음수(-)는 고객이 미리 낸 선수금",
    ):
        assert expected in may_text, expected


def test_a_period_that_ends_before_it_starts_is_refused_and_nothing_is_recorded(db: Database, owner_id: int) -> None:
    ids = sample_shop(db, owner_id)
    with pytest.raises(ValidationError) as refused:
        issue_statement(
            db, staff_id=owner_id, customer_id=ids["customer"], first=date(2026, 4, 30), last=date(2026, 4, 1), now=NOW
        )
    assert refused.value.fields == ("last",)
    assert list_documents(db, customer_id=ids["customer"]) == []
