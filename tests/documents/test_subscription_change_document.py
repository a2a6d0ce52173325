"""The confirmation of a contract's change: the seller, the contract, what changed with its figures, what follows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pdf_tools import fonts, info, page_texts, squeezed
from sheets import SHOP, change_confirmation_sheet, subscription_change_sheet

from toysub_desktop.documents.change_confirmation import render_change_confirmation
from toysub_desktop.documents.subscription_change import render_subscription_change
from toysub_desktop.documents.values import ReachedDelivery


def text_of(pdf: bytes, folder: Path) -> str:
    return squeezed("".join(page_texts(pdf, folder, raw=True)))


def test_a_cancellation_states_the_fee_its_computation_and_the_toys_to_return(tmp_path: Path) -> None:
    sheet = subscription_change_sheet()
    pdf = render_subscription_change(sheet)
    text = text_of(pdf, tmp_path)
    expected = (
        "계약 해지 확인서",
        "문서번호 D-2026-000031",
        SHOP.business_number,
        SHOP.address,
        "TS-2026-00042",
        "김민지",
        "위약금 36,987원",
        *sheet.computation,
        "반납할 장난감",
        "2000000000015",
        "2026년 5월 16일",
        "위약금 36,987원을 청구합니다.",
    )
    assert [value for value in expected if squeezed(value) not in text] == []
    assert all(font.embedded for font in fonts(pdf, tmp_path))
    assert info(pdf, tmp_path)["Page size"].startswith("595.276 x 841.89")  # A4


def test_a_pause_fits_one_page_and_lists_no_toys(tmp_path: Path) -> None:
    pause = subscription_change_sheet(
        change_label="일시정지",
        details=(("정지 기간", "2026년 5월 1일 ~ 2026년 5월 20일 (20일)"),),
        computation=(),
        lists_toys=False,
        toys_out=(),
        follows=("계약 종료일이 2028년 3월 15일에서 2028년 4월 4일로 바뀝니다.",),
    )
    pdf = render_subscription_change(pause)
    text = text_of(pdf, tmp_path)
    assert squeezed("일시정지 확인서") in text and squeezed("2028년 4월 4일로") in text
    assert squeezed("반납할 장난감") not in text and squeezed("위약금 계산") not in text
    assert info(pdf, tmp_path)["Pages"] == "1"


def test_the_change_confirmation_lists_the_deliveries_it_reaches(tmp_path: Path) -> None:
    old, new = "010-1234-5678", "010-9876-5432"
    sheet = change_confirmation_sheet(
        change_kind_label="연락처",
        old_value=old,
        new_value=new,
        deliveries=(
            ReachedDelivery(
                date(2026, 6, 5), "TS-2026-00042", "상자", old, new, "변경을 접수하기 전에 변경 전 정보로 보냈습니다."
            ),
            ReachedDelivery(date(2026, 7, 5), "TS-2026-00042", "상자", old, new),
        ),
    )
    text = text_of(render_change_confirmation(sheet), tmp_path)
    for expected in (
        "적용되는 배송",
        "2026년 6월 5일",
        "2026년 7월 5일",
        f"{old} → {new}",
        "변경 전 정보로 보냈습니다",
    ):
        assert squeezed(expected) in text
    none = text_of(render_change_confirmation(change_confirmation_sheet()), tmp_path)
    assert squeezed("이 변경이 적용되는 배송이 없습니다.") in none
