"""The change confirmation: old and new value, from when, why, who recorded it, which contracts it touches."""

from __future__ import annotations

from pathlib import Path

from pdf_tools import fonts, info, page_texts
from sheets import ADDRESS, change_confirmation_sheet

from toysub_desktop.documents.change_confirmation import render_change_confirmation
from toysub_desktop.documents.values import AffectedContract

FIELDS = (
    "고객 정보 변경 확인서",
    "문서번호 CH-2026-00007",
    "발행일 2026년 5월 20일",
    "C-000123",
    "김민지",
    "주소",
    ADDRESS,
    "(13529) 경기도 성남시 분당구 판교역로 166, A동 502호",
    "2026년 6월 1일",
    "이사",
    "최유나",
    "2026년 5월 20일 14:35",
    "TS-2026-00042",
    "베이직 정기배송 (24개월)",
    "6월 배송분부터 새 주소로 보냅니다.",
    "날짜 2026년 5월 20일",
    "1 / 1",
)


def test_the_confirmation_states_the_change(tmp_path: Path) -> None:
    pdf = render_change_confirmation(change_confirmation_sheet())

    text = "\n".join(page_texts(pdf, tmp_path))
    assert [field for field in FIELDS if field not in text] == []
    assert text.index("변경 전") < text.index(ADDRESS) < text.index("변경 후")
    assert info(pdf, tmp_path)["Pages"] == "1"


def test_a_phone_change_with_several_contracts_and_none(tmp_path: Path) -> None:
    contracts = (AffectedContract("TS-2025-00913", "렌털 스탠다드"), AffectedContract("TS-2026-00042", "베이직"))
    phone = change_confirmation_sheet(
        change_kind_label="연락처",
        old_value="010-1234-5678",
        new_value="010-9876-5432",
        reason_label="번호 변경",
        affected_contracts=contracts,
        notes=(),
    )
    text = "\n".join(page_texts(render_change_confirmation(phone), tmp_path))
    assert all(value in text for value in ("010-1234-5678", "010-9876-5432", "번호 변경", "TS-2025-00913"))

    text = "\n".join(
        page_texts(render_change_confirmation(phone.__class__(**{**vars(phone), "affected_contracts": ()})), tmp_path)
    )
    assert "진행 중인 계약이 없습니다." in text


def test_fonts_are_embedded_and_the_bytes_repeat(tmp_path: Path) -> None:
    pdf = render_change_confirmation(change_confirmation_sheet())

    rows = fonts(pdf, tmp_path)
    assert rows and all(row.embedded and "Nanum" in row.name for row in rows), rows
    assert render_change_confirmation(change_confirmation_sheet()) == pdf
