"""How long the overdue list's first page takes, against the direct SQL that produces the same page, on
``build_database.py``'s shop (cached in ``benchmarks/.cache/``) with its whole history billed and most of it paid.

    python benchmarks/overdue.py                   # 5,000 customers, about 7,300 subscriptions
    python benchmarks/overdue.py --customers 14000 # about 20,000 subscriptions

On a copy of the cached file: every cycle since the start billed (``bill_due``), then every charge paid three days
after its due date (one payment allocated to it) except those of one customer in twenty, who are behind.

Timed, p50 and p95 over the repetitions:

- ``list_overdue`` first page (100 rows, most days overdue first), with phones, balance, last payment and method;
- the same page's customers, oldest due date and amount by one hand-written SQL statement (the engine's floor);
- the ratio of the two.

Reported, not failed (benchmarks measure, tests assert behaviour).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from build_database import LAST_DAY, cached_database
from report import percentile
from toysub_desktop.db.ledger_balance import open_amounts_statement
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.services.ledger import bill_due
from toysub_desktop.services.overdue import list_overdue, overdue_total

CACHE = Path(__file__).resolve().parent / ".cache"
PAGE = 100

#: The first page straight from SQLite: live charges due before the grace cut-off with what live payments have not
#: covered, summed per customer, oldest first.
DIRECT = """
SELECT e.customer_id, min(e.entry_on) AS oldest, sum(e.amount - coalesce(paid.amount, 0)) AS owed, c.name
FROM ledger_entry AS e
LEFT JOIN (
    SELECT a.debit_id, sum(a.amount) AS amount
    FROM ledger_allocation AS a JOIN ledger_entry AS p ON p.id = a.credit_id AND p.voided_at IS NULL
    GROUP BY a.debit_id
) AS paid ON paid.debit_id = e.id
JOIN customer AS c ON c.id = e.customer_id
WHERE e.voided_at IS NULL AND e.entry_on < ?
  AND e.kind IN ('cycle_fee', 'deposit', 'late_fee', 'damage_fee', 'loss_fee', 'early_termination')
  AND e.amount > coalesce(paid.amount, 0)
GROUP BY e.customer_id
ORDER BY oldest, e.customer_id
LIMIT ?
"""


#: The same page from the open amounts the ledger keeps (``db.ledger_balance``), through the unpaid debits' index.
DIRECT_KEPT = """
SELECT e.customer_id, min(e.entry_on) AS oldest, sum(e.open_amount) AS owed, c.name
FROM ledger_entry AS e JOIN customer AS c ON c.id = e.customer_id
WHERE e.voided_at IS NULL AND e.open_amount > 0 AND e.entry_on < ?
  AND e.kind IN ('cycle_fee', 'deposit', 'late_fee', 'damage_fee', 'loss_fee', 'early_termination')
GROUP BY e.customer_id
ORDER BY oldest, e.customer_id
LIMIT ?
"""


def noon(day: object) -> datetime:
    assert hasattr(day, "year")
    return datetime.combine(day, clock(3, 0), tzinfo=UTC)  # type: ignore[arg-type]


def pay_most(path: Path, staff_id: int, today: str) -> tuple[int, int]:
    """Pay every live charge three days after its due date, except one customer in twenty's."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            """INSERT INTO ledger_entry (customer_id, subscription_id, kind, amount, entry_on, means,
                   approval_number, cash_receipt_number, note, recorded_at, recorded_by_id)
               SELECT customer_id, subscription_id, 'payment', amount, date(entry_on, '+3 days'), 'card', '', '',
                      'bench:' || id, ?, ?
               FROM ledger_entry
               WHERE voided_at IS NULL AND charge_key IS NOT NULL AND customer_id % 20 != 0""",
            (today, staff_id),
        )
        connection.execute(
            """INSERT INTO ledger_allocation (credit_id, debit_id, amount, recorded_at, recorded_by_id)
               SELECT id, CAST(substr(note, 7) AS INTEGER), amount, ?, ? FROM ledger_entry
               WHERE note LIKE 'bench:%'""",
            (today, staff_id),
        )
        connection.commit()
        charges = int(
            connection.execute("SELECT count(*) FROM ledger_entry WHERE charge_key IS NOT NULL").fetchone()[0]
        )
        payments = int(connection.execute("SELECT count(*) FROM ledger_entry WHERE kind = 'payment'").fetchone()[0])
    return charges, payments


def timed(repetitions: int, run: object) -> list[float]:
    assert callable(run)
    times = []
    for _ in range(repetitions):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--repetitions", type=int, default=30)
    parser.add_argument("--cache-dir", type=Path, default=CACHE)
    args = parser.parse_args()
    built = cached_database(args.customers, args.cache_dir)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(built.path, path)
        with closing(sqlite3.connect(path)) as connection:
            staff_id = int(connection.execute("SELECT min(id) FROM staff").fetchone()[0])
            subscriptions = int(connection.execute("SELECT count(*) FROM subscription").fetchone()[0])
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            if db.integrity is not None:
                db.integrity.require_passed()
            run = bill_due(db, staff_id=staff_id, now=noon(LAST_DAY))
        finally:
            db.dispose()
        charges, payments = pay_most(path, staff_id, noon(LAST_DAY).isoformat())
        # The payments went in by hand, around the services: bring the entries' open amounts in line, as the
        # migration that introduced them does.
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            with db.writing() as session:
                session.execute(open_amounts_statement())
        finally:
            db.dispose()
        print(
            f"{args.customers:,} customers, {subscriptions:,} subscriptions, {charges:,} charges "
            f"(billed in {run.seconds:,.1f} s), {payments:,} payments"
        )
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            today = LAST_DAY
            first = list_overdue(db, today=today, limit=PAGE)
            print(f"  overdue customers on the first page: {len(first.rows)} (more: {first.has_more})")
            # The window shows the rows first and asks for the total once they are up (``overdue_total``).
            service = timed(args.repetitions, lambda: list_overdue(db, today=today, limit=PAGE, with_total=False))
            totals = timed(args.repetitions, lambda: overdue_total(db, today=today))
            cutoff = (today - timedelta(days=7)).isoformat()
            with closing(sqlite3.connect(path)) as connection:
                rows = connection.execute(DIRECT, (cutoff, PAGE)).fetchall()
                assert [row[0] for row in rows] == [row.customer_id for row in first.rows], "not the same page"
                direct = timed(args.repetitions, lambda: connection.execute(DIRECT, (cutoff, PAGE)).fetchall())
                kept = timed(args.repetitions, lambda: connection.execute(DIRECT_KEPT, (cutoff, PAGE)).fetchall())
            s50, s95 = percentile(service, 0.5), percentile(service, 0.95)
            d50, d95 = percentile(direct, 0.5), percentile(direct, 0.95)
            print(f"  overdue first page (service): p50 {s50:.1f} ms, p95 {s95:.1f} ms")
            t50, t95 = percentile(totals, 0.5), percentile(totals, 0.95)
            print(f"  the total, asked once the rows show: p50 {t50:.1f} ms, p95 {t95:.1f} ms")
            print(f"  same page by direct SQL:      p50 {d50:.1f} ms, p95 {d95:.1f} ms")
            k50, k95 = percentile(kept, 0.5), percentile(kept, 0.95)
            print(f"  same page by direct SQL on the kept open amounts: p50 {k50:.1f} ms, p95 {k95:.1f} ms")
            print(f"  ratio (p50): {s50 / d50:.2f} to the direct SQL summing allocations, {s50 / k50:.2f} to the one")
            print("  reading the open amounts")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
