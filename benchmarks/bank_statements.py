"""How long bank statement matching takes on ``build_database.py``'s shop (cached in ``benchmarks/.cache/``), its
charges billed first:

    python benchmarks/bank_statements.py                  # 5,000 customers
    python benchmarks/bank_statements.py --customers 20000 --lines 500

A month's statement (CP949 csv) is written with one deposit per customer paying their oldest open charge under
their own name, and a tenth of lines nobody fits. Timed: reading the file, importing it (every line new), importing
it again (every line known), the matching window's first page of open lines with their suggestions, every page,
and confirming a suggested line (p50, p95).

Reported, not failed (benchmarks measure, tests assert behaviour).
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from build_database import LAST_DAY, cached_database
from report import percentile
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.services.bank_statements import (
    confirm_bank_line,
    import_statement,
    open_bank_lines,
    read_statement,
)
from toysub_desktop.services.ledger import bill_due

CACHE = Path(__file__).resolve().parent / ".cache"
PAGE = 100


def _statement(path: Path, customers: list[tuple[str, int]], lines: int) -> int:
    """Deposits paying *customers*' oldest open charges, and one unmatched line in ten; returns the line count."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["거래일시", "적요", "기재내용", "출금액", "입금액", "잔액"])
    balance = 1_000_000
    written = 0
    for index, (name, amount) in enumerate(customers[:lines]):
        if index % 10 == 9:
            name, amount = f"미확인{index}", 12_340 + index
        balance += amount
        moment = datetime.combine(LAST_DAY, datetime.min.time()) + timedelta(minutes=index)
        writer.writerow([moment.strftime("%Y-%m-%d %H:%M:%S"), "타행이체", name, 0, amount, balance])
        written += 1
    path.write_bytes(out.getvalue().encode("cp949"))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--lines", type=int, default=300)
    args = parser.parse_args()
    built = cached_database(args.customers, CACHE)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(built.path, path)
        with closing(sqlite3.connect(path)) as connection:
            opened = (LAST_DAY - timedelta(days=30)).isoformat()
            connection.execute("UPDATE shop SET ledger_opened_on = ?", (opened,))
            connection.commit()
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            if db.integrity is not None:
                db.integrity.require_passed()
            now = datetime.combine(LAST_DAY, datetime.min.time(), tzinfo=UTC) + timedelta(hours=3)
            with closing(sqlite3.connect(path)) as connection:
                staff_id = int(connection.execute("SELECT min(id) FROM staff").fetchone()[0])
            billed = bill_due(db, staff_id=staff_id, now=now)
            with closing(sqlite3.connect(path)) as connection:
                rows = connection.execute(
                    "SELECT c.name, e.amount FROM ledger_entry e JOIN customer c ON c.id = e.customer_id "
                    "WHERE e.kind = 'cycle_fee' AND e.voided_at IS NULL "
                    "AND e.id = (SELECT min(o.id) FROM ledger_entry o WHERE o.customer_id = e.customer_id "
                    "AND o.kind = 'cycle_fee' AND o.voided_at IS NULL) ORDER BY e.customer_id"
                ).fetchall()
            statement = Path(folder) / "거래내역.csv"
            lines = _statement(statement, [(str(n), int(a)) for n, a in rows], args.lines)
            print(f"{args.customers:,} customers, {billed.added:,} charges billed, a statement of {lines:,} deposits")

            started = time.perf_counter()
            read_statement(statement, today=LAST_DAY)
            print(f"  read the file: {(time.perf_counter() - started) * 1000:,.0f} ms")
            started = time.perf_counter()
            first = import_statement(db, staff_id=staff_id, path=statement, now=now)
            print(f"  import ({first.added:,} new): {(time.perf_counter() - started) * 1000:,.0f} ms")
            started = time.perf_counter()
            again = import_statement(db, staff_id=staff_id, path=statement, now=now)
            print(f"  import again ({again.already:,} known): {(time.perf_counter() - started) * 1000:,.0f} ms")

            started = time.perf_counter()
            page, more = open_bank_lines(db, None, PAGE)
            took = (time.perf_counter() - started) * 1000
            print(f"  first page of {len(page)} lines with suggestions: {took:,.0f} ms")
            started = time.perf_counter()
            suggested = sum(1 for line in page if line.suggestion is not None)
            while more:
                rest, more = open_bank_lines(db, page[-1], PAGE)
                page = rest or page
                suggested += sum(1 for line in rest if line.suggestion is not None)
            print(f"  the other pages: {(time.perf_counter() - started) * 1000:,.0f} ms")

            first_page, _ = open_bank_lines(db, None, PAGE)
            times = []
            for line in [line for line in first_page if line.suggestion is not None][:50]:
                assert line.suggestion is not None
                started = time.perf_counter()
                confirm_bank_line(
                    db,
                    staff_id=staff_id,
                    line_id=line.id,
                    customer_id=line.suggestion.customer_id,
                    charge_ids=[c.id for c in line.suggestion.charges],
                    now=now,
                )
                times.append((time.perf_counter() - started) * 1000)
            print(f"  suggested on the first pages: {suggested:,} of {lines:,} lines")
            if times:
                print(f"  confirm a line: p50 {percentile(times, 0.5):.1f} ms, p95 {percentile(times, 0.95):.1f} ms")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
