"""How long the membership tiers of a page of customers take (``services.tiers.customer_tiers``, what a list column
would ask per page), against the direct SQL that reads the same facts, on ``build_database.py``'s shop.

    python benchmarks/tiers.py                              # 5,000 customers (cached in benchmarks/.cache/)
    python benchmarks/tiers.py --customers 100000
    python benchmarks/tiers.py --database shop.sqlite3      # a copy of a shop already built (migrated first)

On a copy: three tiers by tenure (then the same by spend, with every live charge paid three days after its due
date), then pages of 100 customers from the start, the middle and the end of the customer numbers. Timed, p50 and
p95 over the repetitions: the service (its own session, the shop's tiers read, one grouped query), and one
hand-written grouped statement over the same page (the engine's floor), with the ratio of the two.

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
from pathlib import Path

from build_database import LAST_DAY, cached_database
from report import percentile
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.tiers import TierBasis, TierInput, spend_window
from toysub_desktop.services.tiers import customer_tiers, tier_settings, update_tiers

CACHE = Path(__file__).resolve().parent / ".cache"
PAGE = 100

TENURE = """
SELECT customer_id, min(start_on) FROM subscription
WHERE customer_id IN ({marks}) AND start_on <= ? GROUP BY customer_id
"""

SPEND = """
SELECT customer_id, sum(CASE WHEN kind = 'payment' THEN amount ELSE -amount END) FROM ledger_entry
WHERE customer_id IN ({marks}) AND kind IN ('payment', 'refund') AND voided_at IS NULL
  AND entry_on >= ? AND entry_on <= ?
GROUP BY customer_id
"""


def timed(repetitions: int, run: Callable[[], object]) -> list[float]:
    times = []
    for _ in range(repetitions):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return times


def pay_every_charge(path: Path, staff_id: int) -> int:
    """A live payment three days after each live charge: spend for every customer billed. A shop never billed
    (the cached one) gets instead a payment of the monthly fee on each of the last 13 months its contracts ran."""
    recorded = datetime(2026, 10, 30, tzinfo=UTC).isoformat()
    columns = """ledger_entry (customer_id, subscription_id, kind, amount, entry_on, means, approval_number,
                 cash_receipt_number, note, recorded_at, recorded_by_id)"""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            f"""INSERT INTO {columns}
               SELECT customer_id, subscription_id, 'payment', amount, date(entry_on, '+3 days'), 'card', '', '',
                      '', ?, ?
               FROM ledger_entry WHERE voided_at IS NULL AND charge_key IS NOT NULL""",
            (recorded, staff_id),
        )
        if not connection.execute("SELECT count(*) FROM ledger_entry").fetchone()[0]:
            connection.execute(
                f"""WITH RECURSIVE back(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM back WHERE n < 12)
                   INSERT INTO {columns}
                   SELECT s.customer_id, s.id, 'payment', s.monthly_fee, date(?, '-' || back.n || ' months'),
                          'card', '', '', '', ?, ?
                   FROM subscription AS s JOIN back
                   WHERE date(?, '-' || back.n || ' months') BETWEEN s.start_on AND s.ends_on""",
                (LAST_DAY.isoformat(), recorded, staff_id, LAST_DAY.isoformat()),
            )
        connection.commit()
        return int(connection.execute("SELECT count(*) FROM ledger_entry WHERE kind = 'payment'").fetchone()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--database", type=Path, default=None)
    parser.add_argument("--repetitions", type=int, default=30)
    parser.add_argument("--cache-dir", type=Path, default=CACHE)
    args = parser.parse_args()
    source = args.database if args.database is not None else cached_database(args.customers, args.cache_dir).path
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(source, path)
        with closing(sqlite3.connect(path)) as connection:
            staff_id = int(connection.execute("SELECT min(id) FROM staff").fetchone()[0])
            ids = [row[0] for row in connection.execute("SELECT id FROM customer ORDER BY id")]
        payments = pay_every_charge(path, staff_id)
        db = open_database(sqlite_file(path), backup_folder=None)
        print(f"{len(ids):,} customers, {payments:,} payments")
        pages = [ids[:PAGE], ids[len(ids) // 2 : len(ids) // 2 + PAGE], ids[-PAGE:]]
        try:
            for basis, rows in (
                (
                    TierBasis.TENURE,
                    (TierInput("새싹", "0", "0"), TierInput("나무", "12", "3"), TierInput("숲", "24", "5")),
                ),
                (
                    TierBasis.SPEND,
                    (
                        TierInput("실버", "100,000", "2"),
                        TierInput("골드", "300,000", "4"),
                        TierInput("VIP", "500,000", "6"),
                    ),
                ),
            ):
                version = tier_settings(db).version
                update_tiers(db, by_staff_id=staff_id, basis=basis, rows=rows, expected_version=version)
                service: list[float] = []
                direct: list[float] = []
                with closing(sqlite3.connect(path)) as connection:
                    for page in pages:
                        found = customer_tiers(db, page, today=LAST_DAY)
                        assert set(found) == set(page)
                        service += timed(args.repetitions, lambda page=page: customer_tiers(db, page, today=LAST_DAY))
                        sql = (TENURE if basis is TierBasis.TENURE else SPEND).format(marks=",".join("?" * len(page)))
                        first, last = spend_window(LAST_DAY)
                        values = (
                            (*page, LAST_DAY.isoformat())
                            if basis is TierBasis.TENURE
                            else (*page, first.isoformat(), last.isoformat())
                        )
                        direct += timed(
                            args.repetitions, lambda sql=sql, values=values: connection.execute(sql, values).fetchall()
                        )
                s50, s95 = percentile(service, 0.5), percentile(service, 0.95)
                d50, d95 = percentile(direct, 0.5), percentile(direct, 0.95)
                print(f"  {basis.value}: tiers of a page of {PAGE} (service) p50 {s50:.2f} ms, p95 {s95:.2f} ms")
                print(f"  {basis.value}: the same facts by direct SQL       p50 {d50:.2f} ms, p95 {d95:.2f} ms")
                print(f"  {basis.value}: ratio (p50) {s50 / d50:.1f}")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
