"""The statement (거래 내역서) as paper: two years of entries start on the first page under their heading and run
over pages with the column heads repeated, the closing balance last, the fonts embedded."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from documents.pdf_tools import fonts, page_texts
from documents.sheets import SHOP
from toysub_desktop.documents.statement import StatementLine, StatementSheet, render_statement
from toysub_desktop.domain.vat import split_vat


def two_years() -> StatementSheet:
    lines: list[StatementLine] = []
    balance = 10_000
    day = date(2025, 1, 2)
    for _month in range(24):
        balance += 39_000
        lines.append(StatementLine(day, "cycle_fee", 39_000, True, balance, "TS-2025-00001", day, day, 31, 31))
        balance -= 39_000
        lines.append(StatementLine(day + timedelta(days=3), "payment", 39_000, False, balance, means="auto_debit"))
        day += timedelta(days=31)
    return StatementSheet(
        shop=SHOP,
        document_number="D-2026-000042",
        issued_on=date(2026, 12, 7),
        customer_number="C-000001",
        customer_name="김민지",
        first=date(2025, 1, 1),
        last=date(2026, 12, 31),
        opening_balance=10_000,
        lines=tuple(lines),
        voided_left_out=0,
        vat=split_vat(24 * 39_000),
    )


def test_a_long_statement_starts_its_entries_on_the_first_page_and_ends_with_the_closing_balance(
    tmp_path: Path,
) -> None:
    pdf = render_statement(two_years())
    pages = page_texts(pdf, tmp_path)
    assert len(pages) >= 2
    assert "4. 거래 내역" in pages[0] and "이월 잔액" in pages[0] and "CMS 자동이체" in pages[0]
    for page in pages[1:]:
        assert "일자" in page and "잔액" in page  # the column heads again
    last = " ".join(pages[-1].split())
    assert "기말 잔액" in last and "936,000 936,000 10,000" in last  # charged, paid, closing
    assert "850,909원" in last and "85,091원" in last  # 936,000 ÷ 1.1 = 850,909.09…
    assert "이 기간에 잘못 기록되어" not in " ".join(pages)  # no void, so no such line
    assert all(font.embedded for font in fonts(pdf, tmp_path))
