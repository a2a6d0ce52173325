"""How long "연락해 볼 고객"'s first page takes, against the direct SQL that reads the same page, on
``build_database.py``'s shop (cached in ``benchmarks/.cache/``) with two years of conversations added.

    python benchmarks/churn.py                      # 5,000 customers
    python benchmarks/churn.py --customers 100000   # the issue's size

On a copy of the cached file (its contracts, pauses, skips and cancellations over three years) the script adds, in
bulk: a call per customer at some day of the last two years, a complaint for one in seven (half of them still
open), a renewal talk for one in eleven, a rating for one in nine (some of 1 or 2 stars) and an unpaid charge past
grace for one in twenty. Then:

- the daily scoring (``refresh_scores``: every running subscriber's facts, one grouped query per reason, scored
  and stored) is timed once — what the first opening of the list on a new day costs;
- ``list_at_risk``'s first page (100 rows, riskiest first, with phones and last contact) is timed, p50 and p95;
- the same page's rows by one hand-written SQL statement over the stored scores (the engine's floor), and the ratio.

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
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from build_database import LAST_DAY, cached_database
from report import percentile
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import ContactLogEntry, Feedback, LedgerEntry
from toysub_desktop.db.open import open_database
from toysub_desktop.services.churn import list_at_risk, refresh_scores

CACHE = Path(__file__).resolve().parent / ".cache"
PAGE = 100

#: The first page straight from SQLite: today's stored scores, riskiest first, with the customer's number and name.
DIRECT = """
SELECT s.customer_id, s.score, s.reasons, c.number, c.name
FROM churn_score AS s JOIN customer AS c ON c.id = s.customer_id
WHERE s.scored_on = ? AND s.score > 0
ORDER BY s.score DESC, s.customer_id
LIMIT ?
"""


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 3, 0, tzinfo=UTC)


def add_history(db: Database, staff_id: int, customers: list[int]) -> dict[str, int]:
    """Two years of conversations, ratings and some unpaid charges, in bulk (around the services: a benchmark's
    history, not a clerk's)."""
    contacts: list[dict[str, Any]] = []
    ratings: list[dict[str, Any]] = []
    charges: list[dict[str, Any]] = []
    for cid in customers:
        common = {"customer_id": cid, "recorded_by_id": staff_id}
        contacts.append(
            {
                **common,
                "kind": "call",
                "note": "안부 통화",
                "recorded_at": at(LAST_DAY - timedelta(days=cid * 37 % 700)),
            }
        )
        if cid % 7 == 0:
            complained = at(LAST_DAY - timedelta(days=cid % 90))
            resolved = complained + timedelta(days=2) if cid % 14 else None
            contacts.append(
                {**common, "kind": "complaint", "note": "배송 지연", "recorded_at": complained, "resolved_at": resolved}
            )
        if cid % 11 == 0:
            contacts.append(
                {
                    **common,
                    "kind": "renewal",
                    "note": "재계약 안내",
                    "recorded_at": at(LAST_DAY - timedelta(days=cid % 30)),
                }
            )
        if cid % 9 == 0:
            ratings.append(
                {
                    **common,
                    "subject": "toy",
                    "source": "card",
                    "rating": cid % 5 + 1,
                    "comment": "",
                    "recorded_at": at(LAST_DAY - timedelta(days=cid % 120)),
                }
            )
        if cid % 20 == 0:
            due = LAST_DAY - timedelta(days=10 + cid % 60)
            charges.append(
                {
                    **common,
                    "kind": "cycle_fee",
                    "amount": 39_000,
                    "open_amount": 39_000,
                    "entry_on": due,
                    "charge_key": f"BENCH-{cid}",
                    "recorded_at": at(due),
                }
            )
    with db.writing() as session:
        for table, rows in ((ContactLogEntry, contacts), (Feedback, ratings), (LedgerEntry, charges)):
            for start in range(0, len(rows), 10_000):
                session.execute(insert(table), rows[start : start + 10_000])
    return {"contacts": len(contacts), "ratings": len(ratings), "unpaid charges": len(charges)}


def timed(repetitions: int, run: Callable[[], object]) -> list[float]:
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
            customers = [int(row[0]) for row in connection.execute("SELECT id FROM customer ORDER BY id")]
            subscriptions = int(connection.execute("SELECT count(*) FROM subscription").fetchone()[0])
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            added = add_history(db, staff_id, customers)
            print(
                f"{args.customers:,} customers, {subscriptions:,} subscriptions; added "
                + ", ".join(f"{count:,} {name}" for name, count in added.items())
            )
            started = time.perf_counter()
            scored = refresh_scores(db, now=at(LAST_DAY))
            print(f"  daily scoring of {scored:,} running subscribers: {time.perf_counter() - started:.1f} s (once)")
            first = list_at_risk(db, today=LAST_DAY, limit=PAGE)
            print(f"  subscribers on the first page: {len(first.rows)} (more: {first.has_more})")
            service = timed(args.repetitions, lambda: list_at_risk(db, today=LAST_DAY, limit=PAGE))
            with closing(sqlite3.connect(path)) as connection:
                parameters = (LAST_DAY.isoformat(), PAGE + 1)
                rows = connection.execute(DIRECT, parameters).fetchall()
                assert [row[0] for row in rows[:PAGE]] == [row.customer_id for row in first.rows], "not the same page"
                direct = timed(args.repetitions, lambda: connection.execute(DIRECT, parameters).fetchall())
            s50, s95 = percentile(service, 0.5), percentile(service, 0.95)
            d50, d95 = percentile(direct, 0.5), percentile(direct, 0.95)
            print(f"  risk list first page (service): p50 {s50:.1f} ms, p95 {s95:.1f} ms")
            print(f"  same page by direct SQL:        p50 {d50:.1f} ms, p95 {d95:.1f} ms")
            print(f"  ratio (p50): {s50 / d50:.2f}")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
