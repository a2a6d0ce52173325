"""How long the deposits held list and a card's account take once every deposit is paid, on ``build_database.py``'s
shop (cached in ``benchmarks/.cache/``).

    python benchmarks/deposits.py                  # 5,000 customers
    python benchmarks/deposits.py --customers 20000

On a copy of the cached file: the whole history is billed (``bill_due``), then every deposit charge is paid by a
payment of its own (written in bulk, as the demo shop's history would be). Timed:

- the first page of 보증금 보관 현황 (``deposits_held``) and its total (``deposits_held_total``), p50 and p95 of 20;
- a card's account (``account_view``, which now reads the deposit held too), p50 and p95 over 50 customers.

Reported, not failed (benchmarks measure, tests assert behaviour).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from datetime import time as clock
from pathlib import Path

from build_database import LAST_DAY, cached_database
from report import percentile
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.services.deposits import deposits_held, deposits_held_total
from toysub_desktop.services.ledger import account_view, bill_due

CACHE = Path(__file__).resolve().parent / ".cache"


def timed(work: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 0.5), percentile(times, 0.95)


def pay_every_deposit(path: Path, staff_id: int) -> int:
    """A payment for each live deposit charge, allocated to it (bulk SQL: the setup is not what is measured)."""
    at = datetime.combine(LAST_DAY, clock(3, 0), tzinfo=UTC).isoformat(sep=" ")
    with closing(sqlite3.connect(path)) as connection:
        deposits = connection.execute(
            "SELECT id, customer_id, amount, entry_on FROM ledger_entry WHERE kind = ? AND voided_at IS NULL",
            (EntryKind.DEPOSIT.value,),
        ).fetchall()
        for debit_id, customer_id, amount, entry_on in deposits:
            cursor = connection.execute(
                "INSERT INTO ledger_entry (customer_id, kind, amount, entry_on, means, approval_number, "
                "cash_receipt_number, note, recorded_at, recorded_by_id) VALUES (?, ?, ?, ?, ?, '', '', '', ?, ?)",
                (customer_id, EntryKind.PAYMENT.value, amount, entry_on, PaymentMeans.CASH.value, at, staff_id),
            )
            connection.execute(
                "INSERT INTO ledger_allocation (credit_id, debit_id, amount, recorded_at, recorded_by_id) "
                "VALUES (?, ?, ?, ?, ?)",
                (cursor.lastrowid, debit_id, amount, at, staff_id),
            )
        connection.commit()
        return len(deposits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=5_000)
    args = parser.parse_args()
    built = cached_database(args.customers, CACHE)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(built.path, path)
        with closing(sqlite3.connect(path)) as connection:
            staff_id = int(connection.execute("SELECT min(id) FROM staff").fetchone()[0])
            customers = [
                row[0]
                for row in connection.execute(
                    "SELECT DISTINCT customer_id FROM subscription ORDER BY customer_id LIMIT 50"
                )
            ]
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            if db.integrity is not None:
                db.integrity.require_passed()
            bill_due(db, staff_id=staff_id, now=datetime.combine(LAST_DAY, clock(3, 0), tzinfo=UTC))
        finally:
            db.dispose()
        paid = pay_every_deposit(path, staff_id)
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            total = deposits_held_total(db)
            print(
                f"{args.customers:,} customers, {paid:,} deposits paid, {total.held:,} won held by {total.customers:,}"
            )
            p50, p95 = timed(lambda: deposits_held(db), 20)
            print(f"  deposits held, first page: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
            p50, p95 = timed(lambda: deposits_held_total(db), 20)
            print(f"  deposits held, total: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
            times = []
            for customer in customers:
                started = time.perf_counter()
                account_view(db, customer, today=LAST_DAY)
                times.append((time.perf_counter() - started) * 1000)
            print(f"  a card's account: p50 {percentile(times, 0.5):.1f} ms, p95 {percentile(times, 0.95):.1f} ms")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
