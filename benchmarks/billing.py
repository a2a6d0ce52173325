"""How long "charges appear by themselves" takes: the shop-wide billing run at sign-in and billing one customer's
card as it opens, on ``build_database.py``'s shop (cached in ``benchmarks/.cache/``).

    python benchmarks/billing.py                  # 5,000 customers, about 7,300 subscriptions
    python benchmarks/billing.py --customers 20000

Timed, on a copy of the cached file (the cache is never written to):

- a shop upgraded to the ledger 30 days before ``build_database.LAST_DAY`` (``shop.ledger_opened_on``, as migration
  0016 sets it): the first run bills that month's cycles;
- the worst case, a shop whose whole history is in the ledger (``ledger_opened_on`` empty): three years of cycles
  billed at once;
- the same day again (idempotent: nothing is added; this is every later sign-in of the day);
- the next day: the cycles that begin that day;
- opening one customer's card: ``bill_customer`` then ``account_view``, p50 and p95 over 50 customers.

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
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
