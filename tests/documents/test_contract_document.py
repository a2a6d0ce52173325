"""The contract PDF: every field on both copies, amounts formatted and aligned, fonts embedded, QR code, same bytes."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from pdf_tools import fonts, info, page_texts, qr_codes_on_page, squeezed, words
from sheets import ADDRESS, PHONE, PLAN, contract_sheet

from toysub_desktop.documents.contract import render_contract
from toysub_desktop.documents.values import ChildLine, ConsentLine, ConsentNotice, DiscountLine

SHOP_COPY, CUSTOMER_COPY = "사업자 보관용", "고객 보관용"

#: What each copy must say, as printed on one line.
FIELDS = (
    "장난감 구독 서비스 이용 계약서",
    "TS-2026-00042",
    "작성일 2026년 3월 2일",
    "토이구독 마포점",
    "105-87-12345",
    "(04002) 서울특별시 마포구 월드컵로 190, 1층",
    "02-332-1234",
    "박정우",
    "C-000123",
    "김민지",
    "이서준 (2023년 5월생)",
    ADDRESS,
    PHONE,
    "베이직 정기배송 (24개월)",
    "정기배송",
    "베이직",
    "24개월 (2026년 3월 2일 ~ 2028년 3월 1일)",
    "시작일부터 7일",
    "39,000원",
    "할인: 다자녀",
    "-3,900원",
    "35,100원",
    "50,000원",
    "842,400원",
    "신용카드 자동결제",
    "필수 동의",
    "선택 동의",
    "개인정보 수집·이용 (계약 이행)",
    "마케팅 정보 수신 (문자)",
    "동의함",
    "동의하지 않음",
    "2026-01",
    "서면",
    "담당자 최유나",
    "날짜 2026년 3월 2일",
)

#: Longer texts from the shop's templates, matched without whitespace (their lines break anywhere).
PARAGRAPHS = (
    PLAN.supply_description,
    PLAN.discounts[0].evidence,
    PLAN.payment_timing,
    PLAN.pause_rule,
    PLAN.skip_rule,
    PLAN.cancellation_rule,
    PLAN.cancellation_example,
    PLAN.how_to_cancel,
    PLAN.refund_terms,
)


def copies_of(pages: list[str]) -> dict[str, list[str]]:
    """The pages of each copy, by the label in their running header."""
    result: dict[str, list[str]] = {SHOP_COPY: [], CUSTOMER_COPY: []}
    for page in pages:
        labels = [label for label in result if label in page]
        assert len(labels) == 1, page[:200]
        result[labels[0]].append(page)
    return result


def test_each_copy_holds_every_field_and_its_own_label(tmp_path: Path) -> None:
    pages = page_texts(render_contract(contract_sheet()), tmp_path)

    copies = copies_of(pages)
    assert len(copies[CUSTOMER_COPY]) == len(copies[SHOP_COPY]) + 1 >= 2  # the termination form's page
    assert pages[: len(copies[SHOP_COPY])] == copies[SHOP_COPY], "the shop copy comes first, then the customer's"
    for label, copy_pages in copies.items():
        text = "\n".join(copy_pages)
        missing = [field for field in FIELDS if field not in text]
        assert not missing, (label, missing)
        missing = [p for p in PARAGRAPHS if squeezed(p) not in squeezed(text)]
        assert not missing, (label, missing)


#: What the Door-to-Door Sales Act (§30) asks a continuous-transaction contract to state, and the numbered section of
#: the printed contract that states it, in order.
SECTIONS_THE_LAW_ASKS_FOR = (
    ("the seller: name, registration number, address, phone", "1. 사업자 정보"),
    ("the customer", "2. 고객 정보"),
    ("what is supplied, for how long", "3. 계약 내용"),
    ("the price, how and when it is paid", "4. 요금 및 결제"),
    ("the right to cancel, the fee and how to ask", "6. 계약 해지 및 위약금"),
    ("refunds", "7. 환불"),
    ("exchange or repair of a toy that arrives broken", "8. 장난감 하자와 교환·수리"),
    ("complaints and dispute resolution", "9. 불만 처리 및 분쟁 해결"),
    ("the consents given", "10. 개인정보 수집·이용 동의"),
    ("the signatures", "11. 서명"),
)


def test_each_copy_states_every_section_the_law_asks_for_in_order(tmp_path: Path) -> None:
    sheet = contract_sheet()
    pages = page_texts(render_contract(sheet), tmp_path)
    for label, copy_pages in copies_of(pages).items():
        text = squeezed("\n".join(copy_pages))
        positions = [text.find(squeezed(heading)) for _what, heading in SECTIONS_THE_LAW_ASKS_FOR]
        missing = [what for (what, _heading), at in zip(SECTIONS_THE_LAW_ASKS_FOR, positions, strict=True) if at < 0]
        assert not missing, (label, missing)
        assert positions == sorted(positions), label
        # The complaint section names the shop's own contact and the public dispute bodies.
        complaints = text[positions[7] : positions[8]]
        for expected in (sheet.shop.name, sheet.shop.phone, sheet.shop.address, "한국소비자원", "1372", "분쟁조정"):
            assert squeezed(expected) in complaints, (label, expected)
        assert squeezed("교환하거나수리") in text[positions[6] : positions[7]]


def test_each_copy_states_every_consent_its_answer_date_and_what_its_notice_said(tmp_path: Path) -> None:
    sheet = contract_sheet()
    for label, copy_pages in copies_of(page_texts(render_contract(sheet), tmp_path, raw=True)).items():
        text = squeezed("\n".join(copy_pages))
        consents = text[text.index(squeezed("10. 개인정보 수집·이용 동의")) : text.index(squeezed("11. 서명"))]
        required, optional = consents.index("필수동의"), consents.index("선택동의")
        assert required < consents.index(squeezed(sheet.consents[0].kind_label)) < optional, label
        # Each consent's row: its answer and the day it was given, then its notice's parts in the law's order.
        rows = (
            ("개인정보수집·이용(계약이행)", "동의함", "2026년3월2일"),
            ("마케팅정보수신(문자)", "동의하지않음", "2026년3월2일"),
            ("민감정보수집·이용(자녀의알레르기·건강)", "동의함", "2026년3월5일"),
        )
        for kind, answer, given_on in rows:
            row = consents[consents.index(kind) :]
            assert row.index(answer) < row.index(given_on) < 40 + len(kind), (label, kind)
        for consent in sheet.consents:
            if consent.notice is None:
                continue
            notice = consents[consents.index(squeezed(f"고지 내용: {consent.kind_label}")) :]
            parts = [consent.notice.purpose, consent.notice.items, consent.notice.retention, consent.notice.refusal]
            positions = [notice.index(squeezed(part)) for part in parts if part]
            assert positions == sorted(positions), (label, consent.kind_label)


def test_only_the_customer_copy_ends_with_a_termination_request_to_cut_off(tmp_path: Path) -> None:
    sheet = contract_sheet()
    copies = copies_of(page_texts(render_contract(sheet), tmp_path))
    form = squeezed(copies[CUSTOMER_COPY][-1])
    assert form.index(squeezed("계약 해지 신청서")) < form.index(squeezed("신청인"))
    # Filled in: the contract, the customer and where to send it; left blank: the date, reason and signature.
    for expected in (sheet.contract_number, sheet.customer_number, sheet.customer_name, sheet.shop.phone):
        assert squeezed(expected) in form, expected
    assert squeezed("해지 희망일20년월일") in form and squeezed("(서명 또는 인)") in form
    assert squeezed("11. 서명") not in form  # the contract itself ends on the page before
    # The shop keeps the contract; the form is the customer's to fill in and send.
    assert squeezed("계약 해지 신청서") not in squeezed("\n".join(copies[SHOP_COPY]))
    assert len(copies[CUSTOMER_COPY]) == len(copies[SHOP_COPY]) + 1
    shop_only = page_texts(render_contract(sheet, copies=("shop",)), tmp_path)
    assert squeezed("계약 해지 신청서") not in squeezed("\n".join(shop_only))


def test_pages_are_numbered_within_each_copy(tmp_path: Path) -> None:
    pages = page_texts(render_contract(contract_sheet()), tmp_path)

    for copy_pages in copies_of(pages).values():
        count = len(copy_pages)
        for number, page in enumerate(copy_pages, start=1):
            assert f"{number} / {count}" in page.strip().splitlines()[-1], page[-300:]


def test_amounts_are_right_aligned_in_the_fee_table(tmp_path: Path) -> None:
    amounts = ("39,000원", "-3,900원", "35,100원", "50,000원", "842,400원")

    on_page = [word for word in words(render_contract(contract_sheet()), 1, tmp_path) if word.text in amounts]

    assert sorted({word.text for word in on_page}) == sorted(amounts)
    right_edges = [word.x_max for word in on_page]
    assert max(right_edges) - min(right_edges) < 0.5, on_page


def test_every_font_is_embedded_and_none_is_a_built_in_one(tmp_path: Path) -> None:
    rows = fonts(render_contract(contract_sheet()), tmp_path)

    assert rows
    assert all(row.embedded for row in rows), rows
    assert all(row.type == "TrueType" for row in rows), rows
    assert {row.name.partition("+")[2] for row in rows} == {"NanumGothic", "NanumGothicBold"}
    for built_in in ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats"):
        assert not any(built_in in row.name for row in rows), rows


def test_one_pdf_holds_the_copies_asked_for(tmp_path: Path) -> None:
    both = info(render_contract(contract_sheet()), tmp_path)
    customer_only = render_contract(contract_sheet(), copies=("customer",))

    shop_only = render_contract(contract_sheet(), copies=("shop",))
    assert int(both["Pages"]) == int(info(customer_only, tmp_path)["Pages"]) + int(info(shop_only, tmp_path)["Pages"])
    assert both["Page size"].endswith("(A4)")
    pages = page_texts(customer_only, tmp_path)
    assert all(CUSTOMER_COPY in page and SHOP_COPY not in page for page in pages)


def test_unknown_or_no_copies_are_refused() -> None:
    with pytest.raises(ValueError, match="copies"):
        render_contract(contract_sheet(), copies=("shop", "archive"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="copy"):
        render_contract(contract_sheet(), copies=())


def test_metadata_names_the_contract_and_is_dated_on_issue(tmp_path: Path) -> None:
    details = info(render_contract(contract_sheet()), tmp_path)

    assert details["Title"] == "장난감 구독 서비스 이용 계약서 TS-2026-00042"
    assert details["Author"] == "토이구독 마포점"
    assert details["Creator"] == "ToySub Desktop"
    # 2026-03-02 00:00 in Seoul.
    assert details["CreationDate"] == "Sun Mar  1 15:00:00 2026 UTC"


@pytest.mark.parametrize("page_of_copy", [1, 2], ids=["shop copy", "customer copy"])
def test_each_copy_carries_a_qr_code_with_the_contract_number(tmp_path: Path, page_of_copy: int) -> None:
    pdf = render_contract(contract_sheet())
    shop_copy_pages = int(info(render_contract(contract_sheet(), copies=("shop",)), tmp_path)["Pages"])
    first_page = 1 + (page_of_copy - 1) * shop_copy_pages

    assert qr_codes_on_page(pdf, first_page, tmp_path) == ["TS-2026-00042"]


def test_the_same_sheet_gives_the_same_bytes() -> None:
    first = render_contract(contract_sheet())

    assert render_contract(contract_sheet()) == first
    assert render_contract(contract_sheet(issued_on=date(2026, 3, 3))) != first


def test_long_values_wrap_and_stay_on_the_page(tmp_path: Path) -> None:
    address = (
        "(63534) 제주특별자치도 서귀포시 안덕면 산록남로 762번길 71-12, 제주신화월드 리조트 빌리지 "
        "랜딩관 B동 1203호 (서광리, 관리사무소 옆 세 번째 건물) 공동현관 비밀번호는 매장에 문의"
    )
    plan_name = "프리미엄 무제한 렌털 플러스 · 형제자매 공동 이용 · 대형 원목 교구 포함 (36개월 약정, 분기별 교체)"
    children = tuple(ChildLine(f"이서준{i}", date(2015 + i, i + 1, 1)) for i in range(9))
    discounts = tuple(
        DiscountLine(f"할인{i} 장기 고객 감사 및 지인 추천 이벤트", 1_000 + i, "추천인 코드 " + "확인" * 20)
        for i in range(6)
    )
    consents = tuple(
        ConsentLine(
            f"선택 동의 {i}",
            False,
            i % 2 == 0,
            date(2026, 3, 2),
            "2026-01",
            "전자 서명",
            ConsentNotice("목적 " * 30, "항목 " * 40, "기간 " * 20, "거부 " * 20),
        )
        for i in range(6)
    )
    unbroken = "가" * 150  # one "word" far wider than any cell
    sheet = contract_sheet(
        delivery_address=address,
        children=children,
        plan=dataclasses.replace(PLAN, plan_name=plan_name, discounts=discounts, supply_description=unbroken),
        consents=(*contract_sheet().consents, *consents),
    )

    pdf = render_contract(sheet)

    copies = copies_of(page_texts(pdf, tmp_path, raw=True))
    text = squeezed("\n".join(copies[CUSTOMER_COPY]))
    for expected in (address, plan_name, unbroken, *(f"{c.name}({c.birth_month.year}년" for c in children)):
        assert squeezed(expected) in text
    assert all(squeezed(d.evidence) in text for d in discounts)
    assert len(copies[CUSTOMER_COPY]) - 1 == len(copies[SHOP_COPY]) > 2
    for copy_pages in copies.values():
        assert f"1 / {len(copy_pages)}" in copy_pages[0]


def test_text_that_looks_like_markup_is_printed_as_typed(tmp_path: Path) -> None:
    sheet = contract_sheet(customer_name="<b>김&민지</b>", delivery_address=f"{ADDRESS} <font size=40>&amp;")

    text = "\n".join(page_texts(render_contract(sheet), tmp_path))

    assert "<b>김&민지</b>" in text
    assert "<font size=40>&amp;" in text
