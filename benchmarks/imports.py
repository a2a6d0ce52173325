"""Benchmark of a shop's first day: importing its spreadsheet of 20,000 customers with 25,000 contracts.

    python benchmarks/imports.py                            # 20,000 customers, 25,000 contracts
    python benchmarks/imports.py --customers 2000 --contracts 2500
    python benchmarks/imports.py --json results.json        # also write the figures as JSON

The xlsx is made here with openpyxl (write-only): one row per contract, as shops keep their lists, so 5,000
customers appear on two rows (same name and phone: the import adds the second contract to them), each row with a
child, an address with its postal code, dates as Excel dates, phones and fees as text. A fresh migrated SQLite file
has the shop and its three plans, and 31 days of deliveries get scheduled for the contracts imported.

What is timed, each beside the same baseline — reading the same file with openpyxl alone (read-only mode, every
cell's value, nothing else), the least any import of that file costs in Python:

- the dry run as the clerk sees it: the file read (python-calamine), the header found, every row read and checked,
  duplicates looked up in the database and within the file (``prepare_file`` + ``dry_run``);
- the import: ``run_import`` on the prepared file, which plans the rows again inside its one transaction (so it
  writes exactly what it checked), writes customers, contacts, consents, children and contracts, schedules their
  deliveries, and commits.

Memory is the process's peak resident size (``ru_maxrss``) after each step, beside the peak after building the file
and opening the database: what the import adds to a counter PC's memory.

Targets (reported, not failed: benchmarks measure, tests assert behaviour): the dry run at most 3× the openpyxl
read (the clerk waits for it before every decision), the import at most 15× (it runs once per shop, with a progress
bar and a cancel button), and the peak under 1 GiB.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
from sqlalchemy import func, select

from report import BenchmarkError, Metric, measure_and_report
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import Customer, Delivery, Subscription
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.plans import Cadence, PlanKind, TermOption
from toysub_desktop.services.imports.importing import dry_run, prepare_file, run_import
from toysub_desktop.services.plans import create_plan
from toysub_desktop.services.shop import set_up_shop

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
TODAY = date(2026, 3, 2)
HEADERS = ("이름", "연락처", "우편번호", "주소", "상세주소", "자녀", "생년월", "개인정보동의일", "요금제", "시작일",
           "약정", "월 요금", "결제방법", "교환요일")  # fmt: skip
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = "민서준하지우예도현수아윤채은시연유진영호"
PLANS = (
    ("렌털 프리미엄", PlanKind.RENTAL, Cadence.EVERY_2_WEEKS, 39_000),
    ("렌털 베이직", PlanKind.RENTAL, Cadence.EVERY_4_WEEKS, 29_000),
    ("정기배송 베이직", PlanKind.BOX, Cadence.MONTHLY, 29_000),
)
ROADS = (
    "서울특별시 마포구 월드컵북로",
    "서울특별시 강남구 테헤란로",
    "경기도 성남시 분당구 판교역로",
    "부산광역시 해운대구 해운대해변로",
)


def _name(n: int) -> str:
    return SURNAMES[n % len(SURNAMES)] + GIVEN[(n // 20) % len(GIVEN)] + GIVEN[(n // 400) % len(GIVEN)]


def build_file(path: Path, customers: int, contracts: int) -> int:
    """The shop's list: one row per contract; the customers past ``customers`` repeat an earlier one. Returns rows."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("회원")
    sheet.append(["2026년 회원 명단"])
    sheet.append(list(HEADERS))
    for row in range(contracts):
        n = row if row < customers else (row - customers) * 3 % customers
        plan, kind, _, price = PLANS[n % len(PLANS)]
        start = TODAY - timedelta(days=10 + n % 300)
        sheet.append(
            [
                _name(n),
                f"010-{2000 + n // 10_000:04d}-{n % 10_000:04d}"
                if n % 2
                else f"010{2000 + n // 10_000:04d}{n % 10_000:04d}",
                f"{4000 + n % 50:05d}",
                f"{ROADS[n % len(ROADS)]} {1 + n % 400}",
                f"{100 + n % 20}동 {100 + n % 1500}호",
                _name(n + 7)[:1] + "하늘" if row < customers else _name(n + 7)[:1] + "바다",
                f"{2021 + n % 4}-{1 + n % 12:02d}",
                start - timedelta(days=3),
                plan,
                start,
                "24개월",
                f"{price - 1_950:,}원",
                ("카드", "자동이체", "현금", "계좌이체")[n % 4],
                "화" if kind is PlanKind.RENTAL else "",
            ]
        )
    book.save(path)
    return contracts


def read_with_openpyxl(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    try:
        for row in book.worksheets[0].iter_rows(values_only=True):
            cells += sum(1 for value in row if value is not None)
    finally:
        book.close()
    return cells


def peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure(customers: int, contracts: int, folder: Path) -> list[Metric]:
    path = folder / "회원명단.xlsx"
    started = time.perf_counter()
    rows = build_file(path, customers, contracts)
    print(
        f"built {path.name}: {rows:,} rows, {path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s"
    )
    db = open_database(sqlite_file(folder / "shop.sqlite3"), backup_folder=None)
    try:
        owner = set_up_shop(db, shop_name="토이구독 마포점", owner_name="박지영", now=NOW).id
        for name, kind, cadence, price in PLANS:
            create_plan(db, staff_id=owner, name=name, kind=kind, tier="", cadence=cadence,
                        terms=(TermOption(12, 0), TermOption(24, 5)), trial_days=0,
                        deposit=50_000 if kind is PlanKind.RENTAL else 0, monthly_price=price, now=NOW)  # fmt: skip
        memory_before = peak_mib()

        started = time.perf_counter()
        read_with_openpyxl(path)
        openpyxl_seconds = time.perf_counter() - started
        print(f"openpyxl read: {openpyxl_seconds:.2f} s")

        started = time.perf_counter()
        prepared = prepare_file(path)
        run = dry_run(db, prepared, prepared.recognised, today=TODAY)
        dry_run_seconds = time.perf_counter() - started
        memory_dry_run = peak_mib()
        if not run.clean:
            first = run.blocked_rows[0]
            raise BenchmarkError(f"the generated file has problems, e.g. row {first.row}: {first.problems}")
        print(f"dry run: {dry_run_seconds:.2f} s, {run.customers:,} customers, {run.contracts:,} contracts")

        started = time.perf_counter()
        summary = run_import(db, staff_id=owner, prepared=prepared, mapping=prepared.recognised, now=NOW)
        import_seconds = time.perf_counter() - started
        memory_import = peak_mib()
        print(f"import: {import_seconds:.2f} s")
        with db.reading() as session:
            counts = (
                session.scalar(select(func.count()).select_from(Customer)),
                session.scalar(select(func.count()).select_from(Subscription)),
                session.scalar(select(func.count()).select_from(Delivery)),
            )
        if counts[:2] != (customers, contracts) or (summary.customers, summary.subscriptions) != counts[:2]:
            raise BenchmarkError(f"imported {counts[:2]}, expected {(customers, contracts)}")
        print(f"imported {counts[0]:,} customers, {counts[1]:,} contracts, {counts[2]:,} deliveries scheduled")
    finally:
        db.dispose()
    return [
        Metric("dry run (read, check, duplicates)", dry_run_seconds, "s", openpyxl_seconds, max_ratio=3),
        Metric("import (one transaction)", import_seconds, "s", openpyxl_seconds, max_ratio=15),
        Metric("peak memory after the dry run", memory_dry_run, "MiB", memory_before, max_value=1024),
        Metric("peak memory after the import", memory_import, "MiB", memory_before, max_value=1024),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--contracts", type=int, default=25_000)
    parser.add_argument("--json", type=Path, default=None)
    arguments = parser.parse_args()
    if not 0 < arguments.customers <= arguments.contracts <= 2 * arguments.customers:
        parser.error("contracts must be between the customers and twice as many")
    with tempfile.TemporaryDirectory(prefix="toysub-import-bench-") as folder:
        return measure_and_report(
            lambda: measure(arguments.customers, arguments.contracts, Path(folder)), arguments.json
        )


if __name__ == "__main__":
    sys.exit(main())
