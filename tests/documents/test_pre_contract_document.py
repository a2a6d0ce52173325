"""The pre-contract information sheet: who, what, how much, when paid, how to cancel, what is refunded."""

from __future__ import annotations

from pathlib import Path

from pdf_tools import fonts, info, page_texts, squeezed
from sheets import PLAN, pre_contract_sheet

from toysub_desktop.documents.pre_contract import render_pre_contract

FIELDS = (
    "계속거래 계약 사전 고지서",
    "교부일 2026년 2월 27일",
    "토이구독 마포점",
    "105-87-12345",
    "(04002) 서울특별시 마포구 월드컵로 190, 1층",
    "02-332-1234",
    "베이직 정기배송 (24개월)",
    "24개월",
    "39,000원",
    "-3,900원",
    "35,100원",
    "50,000원",
    "842,400원",
    "신용카드 자동결제",
    "성명 김민지",
    "설명한 직원 최유나",
)


def test_the_sheet_states_every_term_before_signing(tmp_path: Path) -> None:
    pages = page_texts(render_pre_contract(pre_contract_sheet()), tmp_path)
    text = "\n".join(pages)

    assert [field for field in FIELDS if field not in text] == []
    for paragraph in (
        "방문판매 등에 관한 법률",
        PLAN.supply_description,
        PLAN.payment_timing,
        PLAN.pause_rule,
        PLAN.cancellation_rule,
        PLAN.cancellation_example,
        PLAN.how_to_cancel,
        PLAN.refund_terms,
    ):
        assert squeezed(paragraph) in squeezed(text), paragraph
    for number, page in enumerate(pages, start=1):
        assert f"{number} / {len(pages)}" in page
    assert "보관용" not in text


def test_a_blank_sheet_leaves_the_customer_name_to_fill_in(tmp_path: Path) -> None:
    text = "\n".join(page_texts(render_pre_contract(pre_contract_sheet(customer_name="")), tmp_path))

    assert "김민지" not in text
    assert "성명" in text


def test_fonts_are_embedded_and_the_bytes_repeat(tmp_path: Path) -> None:
    pdf = render_pre_contract(pre_contract_sheet())

    rows = fonts(pdf, tmp_path)
    assert rows and all(row.embedded and "Nanum" in row.name for row in rows), rows
    assert render_pre_contract(pre_contract_sheet()) == pdf
    assert info(pdf, tmp_path)["Title"] == "계속거래 계약 사전 고지서 베이직 정기배송 (24개월)"
