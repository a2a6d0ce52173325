"""Benchmarks for the printed documents: one contract beside a minimal reportlab document, and a batch of contracts.

    python benchmarks/documents.py                      # 1,000 contracts in the batch
    python benchmarks/documents.py --quick              # 50 contracts, fewer repetitions: a few seconds
    python benchmarks/documents.py --json results.json  # also write the figures as JSON

The contract (both copies, as printed at the counter) is timed beside the smallest document that uses the same
machinery: one paragraph of Korean text in the same embedded font, built by reportlab with the same options
(A4, invariant, compressed). Both are rendered to bytes in memory, alternating which goes first, after a warm-up
that registers the font; the figure is the median. The batch renders different contracts one after another (as an
evening's reprint would) and reports the time per contract beside the single-contract median, and the process's
peak memory beside its peak before the batch. The Python heap peak of one contract (tracemalloc) stands beside
that of the minimal document.

The script reports targets; it does not fail on a missed one, but it exits non-zero if anything goes wrong.
POSIX only: peak memory comes from ``resource.getrusage``.
"""

from __future__ import annotations

import argparse
import io
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from report import BenchmarkError, Metric, measure_and_report
from toysub_desktop.documents import standard_terms
from toysub_desktop.documents.contract import render_contract
from toysub_desktop.documents.fonts import REGULAR, register_fonts
from toysub_desktop.documents.values import (
    ChildLine,
    ConsentLine,
    ContractSheet,
    DiscountLine,
    PlanTerms,
    ShopDetails,
)
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentKind
from toysub_desktop.domain.privacy import CONSENT_KINDS, REQUIRED_CONSENTS

DEFAULT_BATCH = 1_000
QUICK_BATCH = 50
DEFAULT_REPETITIONS = 50
QUICK_REPETITIONS = 15

#: The target the product set: a contract at most twice the minimal document with the same font. Out of reach by
#: construction, and reported as such: the baseline lays out one paragraph on one page, the contract about a hundred
#: paragraphs in a dozen tables on two pages, printed twice. The figure shows what the layout costs beside the fixed
#: cost of a reportlab document with an embedded font subset.
CONTRACT_MAX_RATIO = 2.0

BASELINE_TEXT = (
    "장난감 구독 서비스 이용 계약서: 고객은 계약 기간 중 언제든지 해지할 수 있으며, 월 이용료 39,000원은 "
    "매월 2일에 결제합니다. 보증금 50,000원은 장난감 반납을 확인한 뒤 돌려드립니다."
)


@dataclass(frozen=True)
class Settings:
    batch: int
    repetitions: int
    json_path: Path | None


def parse_args(argv: Sequence[str] | None) -> Settings:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--batch", type=int, help=f"contracts in the batch (default {DEFAULT_BATCH:,})")
    parser.add_argument(
        "--quick", action="store_true", help=f"{QUICK_BATCH} contracts (unless --batch is given) and fewer repetitions"
    )
    parser.add_argument(
        "--repetitions",
        type=int,
        help=f"timed renders of each single document (default {DEFAULT_REPETITIONS}, quick {QUICK_REPETITIONS})",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON to PATH")
    args = parser.parse_args(argv)
    batch = args.batch or (QUICK_BATCH if args.quick else DEFAULT_BATCH)
    repetitions = args.repetitions or (QUICK_REPETITIONS if args.quick else DEFAULT_REPETITIONS)
    if batch < 1 or repetitions < 2:
        parser.error("use at least 1 contract in the batch and 2 repetitions")
    return Settings(batch, repetitions, args.json)


# --- what is rendered ---------------------------------------------------------------------------------------------

SHOP = ShopDetails(
    "토이구독 마포점", "105-87-12345", "(04002) 서울특별시 마포구 월드컵로 190, 1층", "02-332-1234", "박정우"
)
SURNAMES = "김이박최정강조윤장임"
GIVEN_NAMES = ("민지", "서준", "하은", "도윤", "지우", "예준", "수아", "시우", "지호", "서연")
STREETS = (
    "(04001) 서울특별시 마포구 월드컵북로 12",
    "(13529) 경기도 성남시 분당구 판교역로 166",
    "(48058) 부산광역시 해운대구 해운대해변로 264",
    "(34126) 대전광역시 유성구 대학로 99",
)


def plan_terms(months: int, children: int) -> PlanTerms:
    monthly = 39_000
    discounts = (DiscountLine("다자녀", 3_900, "자녀 2명 이상 (가족관계증명서 확인)"),) if children > 1 else ()
    payable = monthly - sum(line.discount_won for line in discounts)
    return PlanTerms(
        plan_name=f"베이직 정기배송 ({months}개월)",
        kind_label="정기배송",
        tier_label="베이직",
        supply_description="매월 1회 연령에 맞는 장난감 4종을 상자로 배송하고, 다음 배송 때 이전 장난감을 회수합니다.",
        term_months=months,
        monthly_fee_won=monthly,
        discounts=discounts,
        monthly_payable_won=payable,
        deposit_won=50_000,
        total_won=payable * months,
        payment_timing="첫 결제는 계약일에, 이후 매월 같은 날에 그달 이용료를 결제합니다.",
        payment_method_label="신용카드 자동결제",
        trial_days=7,
        pause_rule="계약 기간 중 최대 2회, 회당 1개월까지 일시정지할 수 있으며, 정지 기간만큼 계약 기간이 늘어납니다.",
        cancellation_rule=(
            "고객은 계약 기간 중 언제든지 해지할 수 있습니다. 의무 사용 기간(12개월) 안에 해지하면 남은 의무 기간 "
            "이용료의 10%를 위약금으로 받습니다. 의무 사용 기간이 지나면 위약금은 없습니다."
        ),
        cancellation_example=f"5개월 이용 후 해지: 남은 의무 기간 7개월 × {payable:,}원의 10% → 위약금 "
        f"{payable * 7 // 10:,}원",
        how_to_cancel="매장 방문, 전화(02-332-1234) 또는 서면으로 신청합니다.",
        refund_terms=(
            "해지하면 이미 낸 이용료 중 남은 날수만큼을 일할 계산하여 위약금을 뺀 뒤 7영업일 안에 돌려드립니다."
        ),
    )


def sample_contract(index: int) -> ContractSheet:
    """Contract number *index*: names, address, children and term vary from one to the next."""
    issued_on = date(2026, 1, 2) + timedelta(days=index % 300)
    months = (12, 24, 36)[index % 3]
    child_count = 1 + index % 3
    name = SURNAMES[index % 10] + GIVEN_NAMES[index // 10 % 10]
    children = tuple(
        ChildLine(SURNAMES[index % 10] + GIVEN_NAMES[(index + k + 1) % 10], date(2021 + k, 1 + (index + k) % 12, 1))
        for k in range(child_count)
    )
    # Each consent with the notice the counter shows today, as a contract signed now prints it.
    consents = tuple(
        ConsentLine(
            standard_terms.CONSENT_LABELS[kind],
            kind in REQUIRED_CONSENTS,
            kind is ConsentKind.PERSONAL_DATA or index % 2 == 0,
            issued_on,
            CURRENT_NOTICE_VERSION,
            "서면",
            standard_terms.consent_notice(kind),
        )
        for kind in CONSENT_KINDS
    )
    return ContractSheet(
        contract_number=f"TS-{issued_on.year}-{index:05d}",
        issued_on=issued_on,
        shop=SHOP,
        customer_number=f"C-{index:06d}",
        customer_name=name,
        children=children,
        delivery_address=f"{STREETS[index % len(STREETS)]}, {100 + index % 20}동 {index % 30 + 101}호",
        phone=f"010-{1000 + index % 9000:04d}-{index * 7 % 10000:04d}",
        plan=plan_terms(months, child_count),
        start_date=issued_on,
        end_date=issued_on + timedelta(days=months * 365 // 12 - 1),
        consents=consents,
        shop_signer="최유나",
    )


def render_minimal() -> bytes:
    """The baseline: one paragraph of Korean in the same embedded font, with the documents' reportlab options."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, initialFontName=REGULAR, initialFontSize=9.5)
    doc.build([Paragraph(BASELINE_TEXT, ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=14.5))])
    return buffer.getvalue()


# --- measuring ----------------------------------------------------------------------------------------------------


def _timed_ms(call: Callable[[], bytes]) -> float:
    started = time.perf_counter()
    pdf = call()
    elapsed = (time.perf_counter() - started) * 1000
    if not pdf.startswith(b"%PDF-"):
        raise BenchmarkError("a render did not produce a PDF")
    return elapsed


def single_metrics(repetitions: int, log: Callable[[str], None]) -> list[Metric]:
    sheet = sample_contract(42)
    calls: dict[str, Callable[[], bytes]] = {
        "contract": lambda: render_contract(sheet),
        "contract, one copy": lambda: render_contract(sheet, copies=("customer",)),
        "minimal": render_minimal,
    }
    for call in calls.values():  # warm-up: fonts parsed, caches filled
        call()
    times: dict[str, list[float]] = {name: [] for name in calls}
    order = list(calls)
    for repetition in range(repetitions):
        for name in order[repetition % len(order) :] + order[: repetition % len(order)]:
            times[name].append(_timed_ms(calls[name]))
    ms = {name: statistics.median(values) for name, values in times.items()}
    sizes = {name: len(call()) / 1024 for name, call in calls.items()}
    log(f"  median ms of {repetitions}: " + ", ".join(f"{name} {value:.2f}" for name, value in ms.items()))
    log("  size KiB: " + ", ".join(f"{name} {value:.0f}" for name, value in sizes.items()))
    heap = {name: _heap_peak_mib(calls[name]) for name in ("contract", "minimal")}
    return [
        Metric("contract (2 copies)", ms["contract"], "ms", ms["minimal"], max_ratio=CONTRACT_MAX_RATIO),
        Metric("contract, one copy", ms["contract, one copy"], "ms", ms["minimal"]),
        Metric("heap peak, one contract", heap["contract"], "MiB", heap["minimal"]),
    ]


def _heap_peak_mib(call: Callable[[], bytes]) -> float:
    tracemalloc.start()
    try:
        call()
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def batch_metrics(count: int, single_ms: float, log: Callable[[str], None]) -> list[Metric]:
    sheets = [sample_contract(index) for index in range(1, count + 1)]
    rss_before = _peak_rss_mib()
    total_bytes = 0
    started = time.perf_counter()
    for sheet in sheets:
        total_bytes += len(render_contract(sheet))
    seconds = time.perf_counter() - started
    rss_after = _peak_rss_mib()
    log(
        f"  {count:,} contracts in {seconds:.1f} s ({count / seconds:.0f}/s),"
        f" {total_bytes / count / 1024:.0f} KiB each; peak RSS {rss_before:.1f} MiB before, {rss_after:.1f} MiB after"
    )
    return [
        Metric("batch, per contract", seconds * 1000 / count, "ms", single_ms),
        Metric("batch, peak memory", rss_after, "MiB", rss_before),
    ]


# --- report -------------------------------------------------------------------------------------------------------


def run(settings: Settings, log: Callable[[str], None] = print) -> list[Metric]:
    log(
        f"ToySub Desktop document benchmarks: Python {platform.python_version()}, reportlab {reportlab.Version},"
        f" {platform.platform()}"
    )
    register_fonts()
    log(f"single documents ({settings.repetitions} renders of each, interleaved, after one warm-up):")
    metrics = single_metrics(settings.repetitions, log)
    log(f"batch ({settings.batch:,} different contracts, both copies each):")
    metrics += batch_metrics(settings.batch, metrics[0].value, log)
    return metrics


def main(argv: Sequence[str] | None = None) -> int:
    settings = parse_args(argv)
    return measure_and_report(lambda: run(settings), settings.json_path)


if __name__ == "__main__":
    raise SystemExit(main())
