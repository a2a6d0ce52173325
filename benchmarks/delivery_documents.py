"""Benchmark of a big delivery day's papers: address labels, the manifest and the picking list for 2,000 deliveries.

    python benchmarks/delivery_documents.py                      # 2,000 deliveries, 3 renders of each
    python benchmarks/delivery_documents.py --quick              # 200 deliveries, 2 renders: a few seconds
    python benchmarks/delivery_documents.py --json results.json  # also write the figures as JSON

Each document is rendered from plain values (as ``services.delivery_documents`` fills them) to bytes in memory, and
timed beside the smallest reportlab document of the same page count and page size: one paragraph of Korean per page
in the same embedded font, with the documents' options (invariant, compressed). The ratio is what the layout costs
beyond the fixed cost of writing that many pages with an embedded font subset. A fifth of the addresses are long
ones (a building name in brackets and a long entry note), so shrinking labels to fit is part of what is timed.
Figures are medians; the page counts are reported with them. No target is set: the baseline lays out one
paragraph a page, the documents a table row (or a label) per delivery, so the ratio shows what the layout costs.

The script reports; it does not fail on a slow figure, but it exits non-zero if anything goes wrong.
"""

from __future__ import annotations

import argparse
import io
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from report import BenchmarkError, Metric, measure_and_report
from toysub_desktop.documents.delivery_values import (
    SHEET_24,
    AddressLabel,
    ChildAge,
    Manifest,
    ManifestLine,
    PickingGroup,
    PickingLine,
    PickingList,
    Sender,
)
from toysub_desktop.documents.fonts import REGULAR, register_fonts
from toysub_desktop.documents.labels import render_labels
from toysub_desktop.documents.manifest import render_manifest
from toysub_desktop.documents.picking_list import render_picking_list
from toysub_desktop.services.documents import page_count

DEFAULT_DELIVERIES = 2_000
QUICK_DELIVERIES = 200
DEFAULT_REPETITIONS = 3
QUICK_REPETITIONS = 2

DAY = date(2026, 3, 16)
PRINTED_AT = datetime(2026, 3, 15, 17, 30)
SENDER = Sender("토이구독 마포점", "(04002) 서울특별시 마포구 월드컵로 190, 1층", "02-332-1234")
SURNAMES = "김이박최정강조윤장임"
GIVEN_NAMES = ("민지", "서준", "하은", "도윤", "지우", "예준", "수아", "시우", "지호", "서연")
ADDRESSES = (
    ("04001", "서울특별시 마포구 월드컵북로 396, 101동 1203호", "공동현관 1234# · 경비실에 맡겨 주세요"),
    ("13529", "경기도 성남시 분당구 판교역로 166, A동 502호", ""),
    ("48058", "부산광역시 해운대구 해운대해변로 264, 2층", "문 앞에 두세요"),
    ("34126", "대전광역시 유성구 대학로 99, 305동 1104호", ""),
    (
        "37673",
        "경상북도 포항시 남구 대잠동 포스코대로 123번길 45-67 (대잠동, 포스코더샵센트럴시티아파트), 123동 4567호",
        "공동현관 #7788* · 문 앞에 두고 벨은 누르지 마세요. 아기가 자요.",
    ),
)
BASELINE_TEXT = (
    "배송 목록: 김민지 님, 서울특별시 마포구 월드컵북로 396, 101동 1203호, 010-1234-5678, CJ대한통운 6543-2109-8765"
)


@dataclass(frozen=True)
class Settings:
    deliveries: int
    repetitions: int
    json_path: Path | None


def parse_args(argv: Sequence[str] | None) -> Settings:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--deliveries", type=int, help=f"deliveries on the day (default {DEFAULT_DELIVERIES:,})")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_DELIVERIES} deliveries and fewer renders")
    parser.add_argument("--repetitions", type=int, help=f"renders of each document (default {DEFAULT_REPETITIONS})")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON to PATH")
    args = parser.parse_args(argv)
    deliveries = args.deliveries or (QUICK_DELIVERIES if args.quick else DEFAULT_DELIVERIES)
    repetitions = args.repetitions or (QUICK_REPETITIONS if args.quick else DEFAULT_REPETITIONS)
    if deliveries < 1 or repetitions < 1:
        parser.error("use at least 1 delivery and 1 repetition")
    return Settings(deliveries, repetitions, args.json)


# --- what is rendered ---------------------------------------------------------------------------------------------


def _name(index: int) -> str:
    return SURNAMES[index % 10] + GIVEN_NAMES[index // 10 % 10]


def labels(count: int) -> list[AddressLabel]:
    return [
        AddressLabel(
            recipient=_name(i),
            phone=f"010-{2000 + i % 8000:04d}-{i % 10000:04d}",
            postal_code=ADDRESSES[i % 5][0],
            address=ADDRESSES[i % 5][1],
            notes=ADDRESSES[i % 5][2],
            reference=f"TS-2026-{i:05d} · 3/16 · {'교환' if i % 2 else '상자'}",
        )
        for i in range(1, count + 1)
    ]


def manifest(count: int) -> Manifest:
    lines = tuple(
        ManifestLine(
            delivery_on=DAY,
            contract_number=f"TS-2026-{i:05d}",
            recipient=_name(i),
            phone=f"010-{2000 + i % 8000:04d}-{i % 10000:04d}",
            postal_code=ADDRESSES[i % 5][0],
            address=ADDRESSES[i % 5][1],
            notes=ADDRESSES[i % 5][2],
            kind_label="교환" if i % 2 else "상자",
            courier="CJ대한통운" if i % 3 else "",
            tracking_number=f"6543-2109-{i:04d}" if i % 3 else "",
        )
        for i in range(1, count + 1)
    )
    return Manifest(SENDER.name, DAY, DAY, PRINTED_AT, lines)


def picking(count: int) -> PickingList:
    plans = (
        ("정기배송", "베이직", "정기배송 베이직"),
        ("렌털", "프리미엄", "렌털 프리미엄"),
        ("렌털", "베이직", "렌털 베이직"),
    )
    groups = []
    for index, (kind, tier, name) in enumerate(plans):
        lines = tuple(
            PickingLine(
                DAY,
                f"TS-2026-{i:05d}",
                _name(i),
                (ChildAge(_name(i + 1), i % 40),) * (1 + i % 2),
                "교환" if index else "상자",
                bool(index),
                ("서울", "경기", "부산", "대전", "경북")[i % 5],
            )
            for i in range(1, count + 1)
            if i % 3 == index
        )
        groups.append(PickingGroup(kind, tier, name, lines))
    return PickingList(SENDER.name, DAY, DAY, PRINTED_AT, tuple(groups))


def render_minimal(pages: int, pagesize: tuple[float, float]) -> bytes:
    """The baseline: *pages* pages of one Korean paragraph each, same font, same options."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, invariant=1, initialFontName=REGULAR, initialFontSize=9.5)
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=14.5)
    story = []
    for page in range(pages):
        story.append(Paragraph(f"{BASELINE_TEXT} ({page + 1})", style))
        if page + 1 < pages:
            story.append(PageBreak())
    doc.build(story)
    return buffer.getvalue()


# --- measuring ----------------------------------------------------------------------------------------------------


def _median_ms(call: Callable[[], bytes], repetitions: int) -> tuple[float, bytes]:
    times = []
    pdf = b""
    for _ in range(repetitions):
        started = time.perf_counter()
        pdf = call()
        times.append((time.perf_counter() - started) * 1000)
    if not pdf.startswith(b"%PDF-"):
        raise BenchmarkError("a render did not produce a PDF")
    return statistics.median(times), pdf


def document_metrics(
    name: str, call: Callable[[], bytes], pagesize: tuple[float, float], settings: Settings, log: Callable[[str], None]
) -> list[Metric]:
    call()  # warm-up
    ms, pdf = _median_ms(call, settings.repetitions)
    pages = page_count(pdf)
    render_minimal(pages, pagesize)
    baseline_ms, _ = _median_ms(lambda: render_minimal(pages, pagesize), settings.repetitions)
    log(
        f"  {name}: {pages} pages, {len(pdf) / 1024:.0f} KiB, {ms:.0f} ms"
        f" ({ms / settings.deliveries:.2f} ms per delivery); minimal document of {pages} pages {baseline_ms:.0f} ms"
    )
    return [Metric(f"{name} ({pages} pages)", ms, "ms", baseline_ms)]


def run(settings: Settings, log: Callable[[str], None] = print) -> list[Metric]:
    log(
        f"ToySub Desktop delivery papers benchmark: {settings.deliveries:,} deliveries, median of"
        f" {settings.repetitions}; Python {platform.python_version()}, reportlab {reportlab.Version},"
        f" {platform.platform()}"
    )
    register_fonts()
    count = settings.deliveries
    label_values, manifest_values, picking_values = labels(count), manifest(count), picking(count)
    portrait, wide = A4, landscape(A4)
    metrics = document_metrics(
        "labels, 24 a sheet",
        lambda: render_labels(label_values, SENDER, sheet=SHEET_24, printed_on=DAY),
        (SHEET_24.page_width * mm, SHEET_24.page_height * mm),
        settings,
        log,
    )
    metrics += document_metrics("manifest", lambda: render_manifest(manifest_values), wide, settings, log)
    metrics += document_metrics("picking list", lambda: render_picking_list(picking_values), portrait, settings, log)
    return metrics


def main(argv: Sequence[str] | None = None) -> int:
    settings = parse_args(argv)
    return measure_and_report(lambda: run(settings), settings.json_path)


if __name__ == "__main__":
    raise SystemExit(main())
