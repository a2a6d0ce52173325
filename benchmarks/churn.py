"""How long "연락해 볼 고객"'s first page takes, against the direct SQL that reads the same page, on the benchmark shop
with two years of history (``shop_history.py``: deliveries and skipped boxes, loans and late returns, the contact
log with complaints and renewal talks, ratings, points and referrals, on ``billing.money_database``'s two years of
charges and payments and ``build_database.py``'s three years of contracts, pauses and cancellations; cached in
``benchmarks/.cache/``).

    python benchmarks/churn.py                      # 5,000 customers
    python benchmarks/churn.py --customers 100000   # the issue's size

On a copy of the cached file:

- the daily scoring (``refresh_scores``: every running subscriber's facts, one grouped query per reason, scored
  and stored) is timed once — what the first opening of the list on a new day costs — and how many subscribers
  each reason fires for is printed (every reason should, for a realistic share);
- ``list_at_risk``'s first page (100 rows, riskiest first, with phones and last contact) is timed, p50 and p95;
- the same page's rows by one hand-written SQL statement over the stored scores (the engine's floor), and the ratio.

Reported, not failed (benchmarks measure, tests assert behaviour).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from build_database import LAST_DAY
from report import percentile
from shop_history import history_database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.churn import ChurnReason
from toysub_desktop.domain.dates import SHOP_TIMEZONE
from toysub_desktop.services.churn import list_at_risk, refresh_scores

CACHE = Path(__file__).resolve().parent / ".cache"
PAGE = 100
HISTORY_TABLES = (
    "customer", "subscription", "subscription_event", "delivery", "loan", "contact_log", "feedback", "ledger_entry",
    "points_entry", "referral",
)  # fmt: skip

#: The first page straight from SQLite, what the list shows: today's stored scores, riskiest first, with the
#: customer's number and name, the primary phone in effect today and the last contact logged by the end of today.
DIRECT = """
SELECT s.customer_id, s.score, s.reasons, c.number, c.name,
       (SELECT p.e164 FROM phone_version AS p
        WHERE p.customer_id = c.id AND p.role = 'primary' AND p.voided_at IS NULL AND p.effective_from <= :day
          AND (p.effective_until IS NULL OR p.effective_until >= :day)
        ORDER BY p.effective_from DESC, p.recorded_at DESC, p.id DESC LIMIT 1),
       (SELECT max(l.recorded_at) FROM contact_log AS l WHERE l.customer_id = c.id AND l.recorded_at < :end)
FROM churn_score AS s JOIN customer AS c ON c.id = s.customer_id
WHERE s.scored_on = :day AND s.score > 0
ORDER BY s.score DESC, s.customer_id
LIMIT :rows
"""
#: The bare walk of the score index (no phone, no last contact): the floor the list was compared with before.
SCORES_ONLY = """
SELECT s.customer_id, s.score, s.reasons, c.number, c.name
FROM churn_score AS s JOIN customer AS c ON c.id = s.customer_id
WHERE s.scored_on = :day AND s.score > 0
ORDER BY s.score DESC, s.customer_id
LIMIT :rows
"""


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 3, 0, tzinfo=UTC)


def reason_counts(connection: sqlite3.Connection, day: date) -> dict[str, int]:
    """How many of the subscribers scored on *day* each reason fired for, in the reasons' own order."""
    counts = dict.fromkeys((reason.value for reason in ChurnReason), 0)
    for (stored,) in connection.execute("SELECT reasons FROM churn_score WHERE scored_on = ?", (day.isoformat(),)):
        for name, *_ in json.loads(stored):
            counts[name] += 1
    return counts


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
    cached = history_database(args.customers, args.cache_dir)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(cached, path)
        with closing(sqlite3.connect(path)) as connection:
            counts = {
                table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in HISTORY_TABLES
            }
        print(", ".join(f"{n:,} {table}" for table, n in counts.items()))
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            if db.integrity is not None:
                db.integrity.require_passed()  # the start-up check of the file is not part of the list
            started = time.perf_counter()
            scored = refresh_scores(db, now=at(LAST_DAY))
            print(f"  daily scoring of {scored:,} running subscribers: {time.perf_counter() - started:.1f} s (once)")
            with closing(sqlite3.connect(path)) as connection:
                fired = reason_counts(connection, LAST_DAY)
            print(
                "  subscribers per reason: "
                + ", ".join(f"{name} {n:,} ({n / max(scored, 1):.1%})" for name, n in fired.items())
            )
            first = list_at_risk(db, today=LAST_DAY, limit=PAGE)
            print(f"  subscribers on the first page: {len(first.rows)} (more: {first.has_more})")
            service = timed(args.repetitions, lambda: list_at_risk(db, today=LAST_DAY, limit=PAGE))
            with closing(sqlite3.connect(path)) as connection:
                end = datetime.combine(LAST_DAY + timedelta(days=1), datetime.min.time(), SHOP_TIMEZONE)
                parameters = {
                    "day": LAST_DAY.isoformat(),
                    "end": end.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),
                    "rows": PAGE + 1,
                }
                rows = connection.execute(DIRECT, parameters).fetchall()[:PAGE]
                expected = [(row[0], row[5], row[6][:10] if row[6] else None) for row in rows]
                got = [
                    (row.customer_id, row.phone.e164 if row.phone else None, row.last_contact_on) for row in first.rows
                ]
                assert [row[0] for row in expected] == [row[0] for row in got], "not the same page"
                assert all(e[1] == g[1] or e[1] is None for e, g in zip(expected, got, strict=True)), "phones differ"
                # the last contact's day: in Seoul for the list, in UTC in the file (the same day before 15:00 UTC)
                assert all((e[2] is None) == (g[2] is None) for e, g in zip(expected, got, strict=True)), (
                    "last contacts differ"
                )
                direct = timed(args.repetitions, lambda: connection.execute(DIRECT, parameters).fetchall())
                bare = timed(args.repetitions, lambda: connection.execute(SCORES_ONLY, parameters).fetchall())
            s50, s95 = percentile(service, 0.5), percentile(service, 0.95)
            d50, d95 = percentile(direct, 0.5), percentile(direct, 0.95)
            b50, b95 = percentile(bare, 0.5), percentile(bare, 0.95)
            print(f"  risk list first page (service): p50 {s50:.1f} ms, p95 {s95:.1f} ms")
            print(f"  same page by direct SQL:        p50 {d50:.1f} ms, p95 {d95:.1f} ms")
            print(f"  the scores alone by direct SQL: p50 {b50:.1f} ms, p95 {b95:.1f} ms")
            print(f"  ratio (p50): {s50 / d50:.2f} (to the scores alone: {s50 / b50:.2f})")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
