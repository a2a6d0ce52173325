"""The picking list, the manifest and the address labels, read back from the PDF as a reader (and a label
printer) would: every word where it belongs, nothing cut off, the Korean font embedded."""

from __future__ import annotations

import re
import subprocess
import zlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from html import unescape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm

from documents.pdf_tools import fonts, info, page_texts, require, squeezed
from toysub_desktop.documents.delivery_values import (
    LABEL_SHEETS,
    SHEET_14,
    SHEET_24,
    AddressLabel,
    ChildAge,
    LabelSheet,
    Manifest,
    ManifestLine,
    PickingGroup,
    PickingLine,
    PickingList,
    Sender,
    label_sheet,
)
from toysub_desktop.documents.labels import (
    MIN_ADDRESS_POINTS,
    MIN_TEXT_POINTS,
    labels_that_do_not_fit,
    printed_sizes,
    render_labels,
    sheets_needed,
)
from toysub_desktop.documents.manifest import render_manifest
from toysub_desktop.documents.picking_list import render_picking_list

DAY = date(2026, 3, 16)
PRINTED_AT = datetime(2026, 3, 15, 17, 30)
SENDER = Sender("토이구독 마포점", "(04002) 서울특별시 마포구 월드컵로 190, 1층", "02-332-1234")
SHORT = ("13529", "경기도 성남시 분당구 판교역로 166, A동 502호", "")
LONG = (
    "37673",
    "경상북도 포항시 남구 대잠동 포스코대로 123번길 45-67 (대잠동, 포스코더샵센트럴시티아파트), 123동 4567호",
    "공동현관 #7788* · 문 앞에 두고 벨은 누르지 마세요. 아기가 자요.",
)
NAMES = ("김민수", "이서연", "박지훈", "최하은", "정도윤", "강수아")


def label(index: int, address: tuple[str, str, str] = SHORT) -> AddressLabel:
    postal, street, notes = address
    return AddressLabel(
        recipient=NAMES[index % len(NAMES)],
        phone=f"010-2000-{index:04d}",
        postal_code=postal,
        address=street,
        notes=notes,
        reference=f"TS-2026-{index:05d} · 3/16 · 교환",
    )


@dataclass(frozen=True)
class Box:
    text: str
    left: float
    top: float
    right: float
    bottom: float


def boxes(pdf: bytes, page: int, folder: Path) -> list[Box]:
    """The words on *page* (1-based) with their box in points from the page's top left (``pdftotext -bbox``)."""
    require("pdftotext")
    path = folder / "boxes.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [
        Box(unescape(t), float(x0), float(y0), float(x1), float(y1)) for x0, y0, x1, y1, t in re.findall(pattern, html)
    ]


def label_box(sheet: LabelSheet, position: int) -> tuple[float, float, float, float]:
    left, top = sheet.label_origin(position)
    return (left * mm, top * mm, (left + sheet.label_width) * mm, (top + sheet.label_height) * mm)


def inside(word: Box, area: tuple[float, float, float, float], tolerance: float = 0.5) -> bool:
    left, top, right, bottom = area
    return (
        word.left >= left - tolerance
        and word.right <= right + tolerance
        and word.top >= top - tolerance
        and word.bottom <= bottom + tolerance
    )


def words_by_position(pdf: bytes, page: int, sheet: LabelSheet, folder: Path) -> dict[int, str]:
    """Each label's text (without spaces) by its position, asserting every word lies wholly inside one label."""
    found: dict[int, str] = {}
    for word in boxes(pdf, page, folder):
        positions = [p for p in range(1, sheet.labels_per_sheet + 1) if inside(word, label_box(sheet, p))]
        assert len(positions) == 1, f"{word} is not inside one label"
        found[positions[0]] = found.get(positions[0], "") + word.text
    return found


# --- label sheets -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sheet", LABEL_SHEETS, ids=lambda sheet: sheet.key)
def test_the_presets_fill_an_a4_sheet_symmetrically(sheet: LabelSheet) -> None:
    width = sheet.margin_left * 2 + sheet.columns * sheet.label_width + (sheet.columns - 1) * sheet.column_gap
    height = sheet.margin_top * 2 + sheet.rows * sheet.label_height + (sheet.rows - 1) * sheet.row_gap
    assert (round(width, 2), round(height, 2)) == (210.0, 297.0)
    assert label_sheet(sheet.key) is sheet
    last = sheet.label_origin(sheet.labels_per_sheet)
    assert round(last[0] + sheet.label_width + sheet.margin_left, 2) == 210.0


def test_the_two_common_sheets_hold_14_and_24_labels_of_their_published_sizes() -> None:
    assert (SHEET_14.columns, SHEET_14.rows, SHEET_14.label_width, SHEET_14.label_height) == (2, 7, 99.1, 38.1)
    assert (SHEET_24.columns, SHEET_24.rows, SHEET_24.label_width, SHEET_24.label_height) == (3, 8, 63.5, 33.9)
    # Row by row from the top left: position 4 on the 3-column sheet starts the second row.
    assert SHEET_24.label_origin(4) == (SHEET_24.margin_left, SHEET_24.margin_top + 33.9)
    assert SHEET_24.label_origin(2)[0] == pytest.approx(7.21 + 63.5 + 2.54)
    with pytest.raises(ValueError):
        SHEET_24.label_origin(25)


def test_a_sheet_whose_labels_do_not_fit_on_the_page_is_refused() -> None:
    with pytest.raises(ValueError):
        replace(SHEET_24, rows=9)
    with pytest.raises(ValueError):
        replace(SHEET_14, label_width=105.0)
    with pytest.raises(ValueError):
        replace(SHEET_24, padding=20.0)


def test_labels_start_at_the_chosen_position_and_go_on_to_the_next_sheet(tmp_path: Path) -> None:
    labels = [label(i) for i in range(1, 31)]
    pdf = render_labels(labels, SENDER, sheet=SHEET_24, start_position=19, printed_on=DAY)
    assert info(pdf, tmp_path)["Pages"] == "2" == str(sheets_needed(30, SHEET_24, 19))
    first = words_by_position(pdf, 1, SHEET_24, tmp_path)
    assert sorted(first) == list(range(19, 25))  # positions 1-18 were used before
    assert "이서연님010-2000-0001" in first[19] and "TS-2026-00006" in first[24]
    second = words_by_position(pdf, 2, SHEET_24, tmp_path)
    assert sorted(second) == list(range(1, 25))
    assert "TS-2026-00007" in second[1] and "TS-2026-00030" in second[24]
    for text in [*first.values(), *second.values()]:
        assert text.startswith("13529TS-2026-")  # the postal code, the reference beside it
        assert "경기도성남시분당구판교역로166,A동502호" in text
        assert "보내는분:토이구독마포점·02-332-1234·(04002)서울특별시마포구월드컵로190,1층" in text


LONGEST = (
    "63309",
    "제주특별자치도 서귀포시 대정읍 " + "가나다라마바사아자차카타파하" * 8 + "로 1234-56, 가동 " + "1" * 40 + "호",
    "공동현관 " + "#1234*" * 20 + " 부재 시 경비실에 맡겨 주세요. " * 4,
)


@pytest.mark.parametrize("sheet", LABEL_SHEETS, ids=lambda sheet: sheet.key)
def test_a_long_korean_address_shrinks_to_fit_and_nothing_is_cut_off(sheet: LabelSheet, tmp_path: Path) -> None:
    # The readable minimum sizes (issue: labels a courier can read) changed this test: an address too long even at
    # 7 pt is now named beforehand and, printed anyway, cut short inside its label instead of shrinking to 3 pt.
    labels = [label(1, SHORT), label(2, LONG), label(3, LONGEST), label(4, SHORT)]
    too_long = labels_that_do_not_fit(labels, SENDER, sheet=sheet)
    assert too_long == [2]
    pdf = render_labels(labels, SENDER, sheet=sheet, printed_on=DAY)
    printed = words_by_position(pdf, 1, sheet, tmp_path)
    assert sorted(printed) == [1, 2, 3, 4]
    for position, one in enumerate(labels, start=1):
        words = printed[position]
        if position - 1 in too_long:
            # What the courier needs stays: the postal code, the start of the address, the recipient and phone.
            for part in (one.postal_code, one.address[:40], f"{one.recipient}님", one.phone):
                assert squeezed(part) in words, (position, part)
            # The notes go first (the manifest keeps them for the courier).
            assert squeezed(one.notes) not in words
            continue
        for part in (one.postal_code, one.address, one.notes, f"{one.recipient}님", one.phone, one.reference):
            assert squeezed(part) in words, (position, part)
    # The short address keeps the full size; the long one is smaller but there all the same.
    sizes = {b.text: b.bottom - b.top for b in boxes(pdf, 1, tmp_path)}
    assert sizes["판교역로"] > sizes["서귀포시"]


def font_sizes(pdf: bytes) -> set[float]:
    """Every font size (points) the PDF's pages set text in: the ``Tf`` operators of its content streams."""
    found: set[float] = set()
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.DOTALL):
        try:
            text = zlib.decompressobj().decompress(stream)
        except zlib.error:
            continue
        found.update(float(size) for size in re.findall(rb"/F[\w+]+ ([\d.]+) Tf", text))
    return found


@pytest.mark.parametrize("sheet", LABEL_SHEETS, ids=lambda sheet: sheet.key)
def test_no_text_on_a_label_is_smaller_than_a_courier_can_read(sheet: LabelSheet) -> None:
    labels = [label(1, SHORT), label(2, LONG), label(3, LONGEST)]
    for one in labels:
        sizes = printed_sizes(one, SENDER, sheet=sheet)
        assert sizes["postal"] >= MIN_ADDRESS_POINTS == 7.0
        assert sizes["address"] >= MIN_ADDRESS_POINTS
        assert min(sizes.values()) >= MIN_TEXT_POINTS == 6.0
    # The longest address sits at the minimum, the short one well above it.
    assert printed_sizes(labels[0], SENDER, sheet=sheet)["address"] == 10.0
    assert printed_sizes(labels[2], SENDER, sheet=sheet)["address"] == MIN_ADDRESS_POINTS
    sizes = font_sizes(render_labels(labels, SENDER, sheet=sheet, printed_on=DAY))
    assert sizes and min(sizes) >= MIN_TEXT_POINTS


ADDRESS_CHARACTERS = "가나다라마바사아자차카타파하동호로길123456789-"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(
        st.text(alphabet="가나다라마바사아자차카타파하동호로길123456789-", min_size=1, max_size=30),
        min_size=1,
        max_size=14,
    ),
    notes=st.text(alphabet="가나다 #*0123456789", max_size=120),
    name=st.text(alphabet="김이박민수서연하늘", min_size=2, max_size=12),
)
def test_any_address_stays_inside_its_label(words: list[str], notes: str, name: str, tmp_path: Path) -> None:
    one = AddressLabel(name, "010-1234-5678", "04001", " ".join(words), notes.strip(), "TS-2026-00001 · 3/16 · 상자")
    pdf = render_labels([one], SENDER, sheet=SHEET_24, start_position=5, printed_on=DAY)
    printed = words_by_position(pdf, 1, SHEET_24, tmp_path)
    assert list(printed) == [5]
    assert min(font_sizes(pdf)) >= MIN_TEXT_POINTS
    if not labels_that_do_not_fit([one], SENDER, sheet=SHEET_24):
        assert squeezed(one.address) in printed[5] and squeezed(one.notes) in printed[5]
    else:  # named before printing; printed anyway, it keeps the recipient inside the label
        assert squeezed(one.recipient) in printed[5]


def test_an_outline_is_drawn_only_when_asked_for(tmp_path: Path) -> None:
    plain = render_labels([label(1)], SENDER, sheet=SHEET_14, printed_on=DAY)
    outlined = render_labels([label(1)], SENDER, sheet=SHEET_14, outline=True, printed_on=DAY)
    # The edge of an empty label (position 14) at the middle of its left side, on a 72 dpi greyscale render.
    left, top, _right, bottom = label_box(SHEET_14, 14)
    assert _grey_at(plain, left, (top + bottom) / 2, tmp_path) == 255
    assert _grey_at(outlined, left, (top + bottom) / 2, tmp_path) < 255


def _grey_at(pdf: bytes, x: float, y: float, folder: Path) -> int:
    """The darkest pixel within a point of (*x*, *y*) (points from the top left) on page 1 at 72 dpi."""
    require("pdftoppm")
    (folder / "grey.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "72", "-f", "1", "-l", "1", str(folder / "grey.pdf"), str(folder / "grey")],
        check=True,
        timeout=60,
    )
    (image,) = folder.glob("grey*.pgm")
    data = image.read_bytes()
    magic, width, height, _depth, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    columns = int(width)
    image.unlink()
    return min(
        pixels[row * columns + column]
        for row in range(int(y) - 1, int(y) + 2)
        for column in range(int(x) - 1, int(x) + 2)
        if 0 <= row < int(height) and 0 <= column < columns
    )


def test_labels_embed_the_korean_font_and_the_same_values_give_the_same_bytes(tmp_path: Path) -> None:
    labels = [label(i) for i in range(1, 5)]
    pdf = render_labels(labels, SENDER, printed_on=DAY)
    rows = fonts(pdf, tmp_path)
    assert rows and all(row.embedded and "NanumGothic" in row.name for row in rows)
    assert render_labels(labels, SENDER, printed_on=DAY) == pdf
    with pytest.raises(ValueError):
        render_labels([], SENDER, printed_on=DAY)
    with pytest.raises(ValueError):
        render_labels(labels, SENDER, start_position=25, printed_on=DAY)


# --- picking list and manifest ------------------------------------------------------------------------------------


CHILDREN = (ChildAge("김하늘", 34), ChildAge("김바다", -2))


def picking(lines_per_group: int = 3) -> PickingList:
    boxes_ = tuple(
        PickingLine(
            DAY,
            f"TS-2026-{i:05d}",
            NAMES[i % 6],
            (ChildAge("김하늘", 34), ChildAge("김바다", -2)),
            "상자",
            False,
            "서울",
        )
        for i in range(1, lines_per_group + 1)
    )
    swaps = tuple(
        PickingLine(DAY, f"TS-2026-{i:05d}", NAMES[i % 6], (), "교환", True, "경기")
        for i in range(100, 100 + lines_per_group)
    )
    return PickingList(
        shop_name=SENDER.name,
        first=DAY,
        last=DAY,
        printed_at=PRINTED_AT,
        groups=(
            PickingGroup("정기배송", "베이직", "정기배송 베이직", boxes_),
            PickingGroup("렌털", "프리미엄", "렌털 프리미엄", swaps),
        ),
    )


def test_the_picking_list_counts_each_plan_and_numbers_every_line_with_a_box_to_tick(tmp_path: Path) -> None:
    pdf = render_picking_list(picking(3))
    whole = squeezed("".join(page_texts(pdf, tmp_path)))
    assert "배송일2026년3월16일·출력일시2026년3월15일17:30·합계6건" in whole
    assert "정기배송·베이직—정기배송베이직303" in whole and "렌털·프리미엄—렌털프리미엄033" in whole
    assert "전체336" in whole
    assert "소계3건(상자3,교환0)" in whole and "소계3건(상자0,교환3)" in whole
    assert "김하늘(34개월),김바다(출생전)" in whole
    assert whole.count("□") == 6
    for number in range(1, 7):
        assert re.search(rf"□{number}TS-2026-", whole), number
    assert render_picking_list(picking(3)) == pdf
    assert all(row.embedded for row in fonts(pdf, tmp_path))


def test_a_long_picking_list_repeats_its_column_headings_and_numbers_its_pages(tmp_path: Path) -> None:
    pages = [squeezed(page) for page in page_texts(render_picking_list(picking(40)), tmp_path)]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "확인번호계약번호고객자녀(배송일월령)구분지역" in page
        assert page.endswith(f"{number}/{len(pages)}")


def manifest(count: int) -> Manifest:
    lines = tuple(
        ManifestLine(
            delivery_on=DAY,
            contract_number=f"TS-2026-{i:05d}",
            recipient=NAMES[i % 6],
            phone=f"010-2000-{i:04d}",
            postal_code=(LONG if i % 3 == 0 else SHORT)[0],
            address=(LONG if i % 3 == 0 else SHORT)[1],
            notes=(LONG if i % 3 == 0 else SHORT)[2],
            kind_label="교환",
            courier="CJ대한통운" if i % 2 else "",
            tracking_number=f"6543-2109-{i:04d}" if i % 2 else "",
        )
        for i in range(1, count + 1)
    )
    return Manifest(SENDER.name, DAY, DAY, PRINTED_AT, lines)


def test_the_manifest_repeats_its_header_row_on_every_page_and_totals_at_the_end(tmp_path: Path) -> None:
    pdf = render_manifest(manifest(30))
    pages = [squeezed(page) for page in page_texts(pdf, tmp_path, raw=True)]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "번호배송일계약번호받는분연락처구분주소택배사·송장번호확인(서명)" in page
        assert f"{number}/{len(pages)}" in page
    whole = "".join(pages)
    assert "합계30건(출고15건,출고전15건)" in whole
    assert "인계(매장)" in whole and "인수(택배사)" in whole
    for i in (1, 15, 30):
        assert f"TS-2026-{i:05d}" in whole and f"010-2000-{i:04d}" in whole
    assert "6543-2109-0029" in whole and "6543-2109-0030" not in whole
    assert squeezed(f"({LONG[0]}) {LONG[1]}") in whole and squeezed(LONG[2]) in whole
    assert info(pdf, tmp_path)["Page size"].startswith("841.89 x 595.2")
    assert render_manifest(manifest(30)) == pdf
