"""How long "charges appear by themselves" takes: the shop-wide billing run at sign-in and billing one customer's
card as it opens, on ``build_database.py``'s shop (cached in ``benchmarks/.cache/``).

    python benchmarks/billing.py                  # 5,000 customers, about 7,300 subscriptions
    python benchmarks/billing.py --customers 20000
    python benchmarks/billing.py --customers 27000 --history   # 20,000 running subscriptions, two years of money

Timed, on a copy of the cached file (the cache is never written to):

- a shop upgraded to the ledger 30 days before ``build_database.LAST_DAY`` (``shop.ledger_opened_on``, as migration
  0016 sets it): the first run bills that month's cycles;
- the worst case, a shop whose whole history is in the ledger (``ledger_opened_on`` empty): three years of cycles
  billed at once;
- the same day again (idempotent: nothing is added; this is every later sign-in of the day);
- the next day: the cycles that begin that day;
- opening one customer's card: ``bill_customer`` then ``account_view``, p50 and p95 over 50 customers.

With ``--history``, on the same shop with two years of charges and payments in its ledger (``ledger_history.py``,
cached beside the shop; about one customer in twenty behind):

- a customer's balance and history (``account_view``), p50 and p95 over 200 customers (target: p95 ≤ 16 ms);
- a month's charges for every subscription: the billing run on the month's last day (``bill_due``: every cycle
  that began in the month, in batches, each with its audit record) against one set-based SQL query producing the
  same rows (``month_charges_sql.py``), as a ratio; the rows of both are compared.

Reported, not failed (benchmarks measure, tests assert behaviour).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from build_database import LAST_DAY, cached_database
from ledger_history import add_money_history
from month_charges_sql import month_charges
from report import percentile
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.services.ledger import account_view, bill_customer, bill_due

CACHE = Path(__file__).resolve().parent / ".cache"


def noon(day: object) -> datetime:
    assert hasattr(day, "year")
    return datetime.combine(day, clock(3, 0), tzinfo=UTC)  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--history", action="store_true", help="two years of money: balances and a month's charges")
    args = parser.parse_args()
    if args.history:
        history_benchmark(args.customers)
        return
    built = cached_database(args.customers, CACHE)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(built.path, path)
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            with closing(sqlite3.connect(path)) as connection:
                staff_id = int(connection.execute("SELECT min(id) FROM staff").fetchone()[0])
                subscriptions = int(connection.execute("SELECT count(*) FROM subscription").fetchone()[0])
                customers = [
                    row[0]
                    for row in connection.execute(
                        "SELECT DISTINCT customer_id FROM subscription ORDER BY customer_id LIMIT 50"
                    )
                ]
            print(f"{args.customers:,} customers, {subscriptions:,} subscriptions")
            if db.integrity is not None:
                db.integrity.require_passed()  # the start-up check of the file is not part of billing
            upgraded = Path(folder) / "upgraded.sqlite3"
            shutil.copyfile(built.path, upgraded)
            with closing(sqlite3.connect(upgraded)) as connection:
                opened = (LAST_DAY - timedelta(days=30)).isoformat()
                connection.execute("UPDATE shop SET ledger_opened_on = ?", (opened,))
                connection.commit()
            shop = open_database(sqlite_file(upgraded), backup_folder=None)
            try:
                if shop.integrity is not None:
                    shop.integrity.require_passed()
                run = bill_due(shop, staff_id=staff_id, now=noon(LAST_DAY))
                print(
                    f"  first run after the upgrade (a month of cycles): {run.seconds * 1000:,.0f} ms, "
                    f"{run.subscriptions:,} subscriptions looked at, {run.added:,} charges added"
                )
            finally:
                shop.dispose()
            for label, day in (
                ("worst case: three years of cycles at once", LAST_DAY),
                ("same day again", LAST_DAY),
                ("next day", LAST_DAY + timedelta(days=1)),
            ):
                run = bill_due(db, staff_id=staff_id, now=noon(day))
                print(
                    f"  {label}: {run.seconds * 1000:,.0f} ms, {run.subscriptions:,} subscriptions looked at, "
                    f"{run.added:,} charges added"
                )
            times = []
            for customer in customers:
                started = time.perf_counter()
                bill_customer(db, staff_id=staff_id, customer_id=customer, now=noon(LAST_DAY + timedelta(days=1)))
                account_view(db, customer, today=LAST_DAY + timedelta(days=1))
                times.append((time.perf_counter() - started) * 1000)
            p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
            print(f"  card opens (bill + account): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
        finally:
            db.dispose()


#: The ledger's history runs to the end of October 2026; the month billed is November.
HISTORY_THROUGH = date(2026, 10, 31)
BILLED_MONTH = date(2026, 11, 1)
MONTH_END = date(2026, 11, 30)
SAMPLES = 200


def money_database(customers: int, cache_dir: Path = CACHE) -> Path:
    """The benchmark shop with two years of money in its ledger, built once and cached beside the shop."""
    built = cached_database(customers, cache_dir)
    source = (Path(__file__).resolve().parent / "ledger_history.py").read_bytes()
    stem = f"{built.path.stem}-money-{hashlib.sha256(source).hexdigest()[:12]}"
    path = cache_dir / f"{stem}.sqlite3"
    if not path.exists():
        building = cache_dir / f"{stem}.building-{os.getpid()}.sqlite3"
        shutil.copyfile(built.path, building)
        started = time.perf_counter()
        rows = add_money_history(building, through=HISTORY_THROUGH)
        os.replace(building, path)
        print(f"two years of money added in {time.perf_counter() - started:.1f} s: {rows}")
    return path


def history_benchmark(customers: int) -> None:
    cached = money_database(customers)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(cached, path)
        with closing(sqlite3.connect(path)) as connection:
            staff_id = int(connection.execute("SELECT min(id) FROM staff").fetchone()[0])
            running = int(
                connection.execute(
                    "SELECT count(*) FROM subscription WHERE paid_from <= :day AND :day <= CASE WHEN cancelled_on "
                    "IS NOT NULL AND date(cancelled_on, '-1 day') < ends_on THEN date(cancelled_on, '-1 day') "
                    "ELSE ends_on END",
                    {"day": HISTORY_THROUGH.isoformat()},
                ).fetchone()[0]
            )
            entries, payments = connection.execute(
                "SELECT count(*), sum(kind = 'payment') FROM ledger_entry"
            ).fetchone()
            with_money = [row[0] for row in connection.execute("SELECT DISTINCT customer_id FROM ledger_entry")]
        print(
            f"{customers:,} customers, {running:,} subscriptions running on {HISTORY_THROUGH}, "
            f"{entries:,} ledger entries ({payments:,} payments) over two years"
        )
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            if db.integrity is not None:
                db.integrity.require_passed()
            sample = sorted(random.Random(7).sample(sorted(with_money), min(SAMPLES, len(with_money))))
            for customer in sample[:5]:  # warm the connection and the caches, as the open window has
                account_view(db, customer, today=HISTORY_THROUGH)
            times = []
            cpu_times = []
            lines = []
            for customer in sample:
                started, cpu_started = time.perf_counter(), time.process_time()
                view = account_view(db, customer, today=HISTORY_THROUGH)
                times.append((time.perf_counter() - started) * 1000)
                cpu_times.append((time.process_time() - cpu_started) * 1000)
                lines.append(len(view.history))
            p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
            verdict = "ok" if p95 <= 16 else "OVER the 16 ms target"
            # On a shared machine the wall clock also counts the time other processes had the CPU; the process's
            # CPU time is what the work itself took.
            print(
                f"  a customer's balance and history (account_view, {statistics.mean(lines):.0f} entries on average): "
                f"p50 {p50:.1f} ms, p95 {p95:.1f} ms ({verdict}); CPU p50 {percentile(cpu_times, 0.5):.1f} ms, "
                f"p95 {percentile(cpu_times, 0.95):.1f} ms; load average {os.getloadavg()[0]:.1f}"
            )
            sql_times = []
            sql_cpu = []
            expected: list[tuple[int, int, date, int]] = []
            for _ in range(3):
                with db.engine.connect() as connection:
                    started, cpu_started = time.perf_counter(), time.process_time()
                    expected = month_charges(connection, BILLED_MONTH)
                    sql_times.append(time.perf_counter() - started)
                    sql_cpu.append(time.process_time() - cpu_started)
            sql_seconds = statistics.median(sql_times)
            cpu_started = time.process_time()
            run = bill_due(db, staff_id=staff_id, now=noon(MONTH_END))
            run_cpu = time.process_time() - cpu_started
            with db.engine.connect() as connection:
                billed = {
                    (sub, customer, date.fromisoformat(str(day)), amount)
                    for sub, customer, day, amount in connection.exec_driver_sql(
                        "SELECT subscription_id, customer_id, entry_on, amount FROM ledger_entry "
                        "WHERE kind = 'cycle_fee' AND voided_at IS NULL AND entry_on BETWEEN ? AND ?",
                        (BILLED_MONTH.isoformat(), MONTH_END.isoformat()),
                    )
                }
            same = billed & set(expected)
            print(
                f"  a month's charges ({BILLED_MONTH:%Y-%m}) for all: billing run {run.seconds * 1000:,.0f} ms "
                f"({run.subscriptions:,} subscriptions looked at, {run.added:,} charges added, {run.voided} voided); "
                f"one SQL query {sql_seconds * 1000:,.0f} ms for {len(expected):,} rows; "
                f"ratio {run.seconds / sql_seconds:,.1f}x (CPU: {run_cpu:,.1f} s against "
                f"{statistics.median(sql_cpu):,.2f} s, {run_cpu / statistics.median(sql_cpu):,.1f}x)"
            )
            print(
                f"  rows: {len(same):,} the same, {len(billed - set(expected)):,} only billed, "
                f"{len(set(expected) - billed):,} only in the query"
            )
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
