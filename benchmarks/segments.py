"""How long counting a customer segment takes, against the same count by hand-written SQL, on
``build_database.py``'s shop (cached in ``benchmarks/.cache/``), with a year of payments added.

    python benchmarks/segments.py                       # 5,000 customers
    python benchmarks/segments.py --customers 100000    # a large shop

On a copy of the cached file: each subscription's customer paid six months' fees two months before the last day,
and one customer in seven had a third of it refunded (so spend has something to sum).

Timed, p50 and p95 over the repetitions, for each segment below:

- ``services.segments.count_matching`` (what the editor shows as the clerk types, and the list's count);
- the same count by one hand-written SQL statement through ``sqlite3`` (the floor);
- the ratio of the two;

and the customer list's first page restricted to the widest segment (``search_customers`` with a segment).

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
from datetime import UTC, datetime, timedelta
from pathlib import Path

from build_database import LAST_DAY, cached_database
from report import percentile
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.segments import (
    AgeBand,
    RegionChoice,
    SegmentCriteria,
    birth_months_for_band,
)
from toysub_desktop.domain.tiers import spend_window
from toysub_desktop.services.search import search_customers
from toysub_desktop.services.segments import count_matching, create_segment

CACHE = Path(__file__).resolve().parent / ".cache"
PAGE = 100

_IN_EFFECT = """
    SELECT b.id FROM address_version b
    WHERE b.customer_id = a.customer_id AND b.voided_at IS NULL AND b.effective_from <= :today
      AND (b.effective_until IS NULL OR b.effective_until >= :today)
    ORDER BY b.effective_from DESC, b.recorded_at DESC, b.id DESC LIMIT 1"""
_CHILD = """EXISTS (SELECT 1 FROM child ch WHERE ch.customer_id = c.id AND ch.active = 1 AND ch.voided_at IS NULL
    AND ch.birth_month BETWEEN :born_first AND :born_last)"""
_RUNNING = """EXISTS (SELECT 1 FROM subscription s WHERE s.customer_id = c.id AND s.kind IN ('box', 'rental')
    AND s.start_on <= :today AND s.ends_on >= :today AND (s.cancelled_on IS NULL OR s.cancelled_on > :today))"""
_SEOUL = f"""c.id IN (SELECT a.customer_id FROM address_version a WHERE a.region = '서울'
    AND a.id = ({_IN_EFFECT}))"""
_CONSENT = """coalesce((SELECT k.granted FROM consent k WHERE k.customer_id = c.id AND k.kind = 'marketing'
    ORDER BY k.id DESC LIMIT 1), 0) = 1"""
_SPEND = """(SELECT coalesce(sum(CASE e.kind WHEN 'payment' THEN e.amount ELSE -e.amount END), 0)
    FROM ledger_entry e WHERE e.customer_id = c.id AND e.kind IN ('payment', 'refund') AND e.voided_at IS NULL
    AND e.entry_on BETWEEN :spend_first AND :spend_last) >= 100000"""

TODDLERS = AgeBand(12, 36)
#: Each segment measured: its name, criteria, and the direct SQL's conditions on ``customer c``.
SEGMENTS: tuple[tuple[str, SegmentCriteria, str], ...] = (
    ("toddlers 12-36 months", SegmentCriteria(age_bands=(TODDLERS,)), _CHILD),
    ("in Seoul today", SegmentCriteria(regions=(RegionChoice("서울"),)), _SEOUL),
    ("paid 100,000 won or more in a year", SegmentCriteria(spend_min=100_000), _SPEND),
    (
        "toddlers with a box or rental, in Seoul, agreed to marketing",
        SegmentCriteria(
            age_bands=(TODDLERS,),
            plan_kinds=frozenset({PlanKind.BOX, PlanKind.RENTAL}),
            regions=(RegionChoice("서울"),),
            marketing_consent=True,
        ),
        f"{_CHILD} AND {_RUNNING} AND {_SEOUL} AND {_CONSENT}",
    ),
)


def add_payments(path: Path, staff_id: int) -> int:
    """Six months' fees paid by each subscription's customer two months before the last day; a third of it given
    back to one customer in seven."""
    paid_on = (LAST_DAY - timedelta(days=60)).isoformat()
    at = datetime.combine(LAST_DAY, datetime.min.time(), tzinfo=UTC).isoformat()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            """INSERT INTO ledger_entry (customer_id, subscription_id, kind, amount, entry_on, means,
                   approval_number, cash_receipt_number, note, recorded_at, recorded_by_id, open_amount)
               SELECT customer_id, id, 'payment', monthly_fee * 6, ?, 'card', '', '', '', ?, ?, 0
               FROM subscription""",
            (paid_on, at, staff_id),
        )
        connection.execute(
            """INSERT INTO ledger_entry (customer_id, subscription_id, kind, amount, entry_on, means,
                   approval_number, cash_receipt_number, note, recorded_at, recorded_by_id, open_amount)
               SELECT customer_id, id, 'refund', monthly_fee * 2, ?, 'card', '', '', '', ?, ?, 0
               FROM subscription WHERE customer_id % 7 = 0""",
            (paid_on, at, staff_id),
        )
        connection.commit()
        return int(connection.execute("SELECT count(*) FROM ledger_entry").fetchone()[0])


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
    parser.add_argument("--repetitions", type=int, default=20)
    parser.add_argument("--cache-dir", type=Path, default=CACHE)
    args = parser.parse_args()
    built = cached_database(args.customers, args.cache_dir)
    today = LAST_DAY
    born_first, born_last = birth_months_for_band(TODDLERS, today)
    spend_first, spend_last = spend_window(today)
    parameters = {
        "today": today.isoformat(),
        "born_first": born_first.isoformat(),
        "born_last": born_last.isoformat(),
        "spend_first": spend_first.isoformat(),
        "spend_last": spend_last.isoformat(),
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(built.path, path)
        with closing(sqlite3.connect(path)) as connection:
            staff_id = int(connection.execute("SELECT min(id) FROM staff").fetchone()[0])
        entries = add_payments(path, staff_id)
        print(f"{args.customers:,} customers, {entries:,} ledger entries")
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            with closing(sqlite3.connect(path)) as connection:
                for name, criteria, conditions in SEGMENTS:
                    direct_sql = f"SELECT count(*) FROM customer c WHERE {conditions}"
                    count = count_matching(db, criteria, today=today)
                    direct_count = int(connection.execute(direct_sql, parameters).fetchone()[0])
                    assert count == direct_count, f"{name}: {count} by the service, {direct_count} by direct SQL"
                    service = timed(args.repetitions, lambda c=criteria: count_matching(db, c, today=today))
                    direct = timed(args.repetitions, lambda s=direct_sql: connection.execute(s, parameters).fetchone())
                    s50, s95 = percentile(service, 0.5), percentile(service, 0.95)
                    d50, d95 = percentile(direct, 0.5), percentile(direct, 0.95)
                    print(f"  {name}: {count:,} customers")
                    print(f"    segment count (service): p50 {s50:.1f} ms, p95 {s95:.1f} ms")
                    print(f"    same count by direct SQL: p50 {d50:.1f} ms, p95 {d95:.1f} ms")
                    print(f"    ratio (p50): {s50 / d50:.2f}")
            widest = SEGMENTS[1][1]
            segment_id = create_segment(db, staff_id=staff_id, name="bench: Seoul", criteria=widest)
            first = search_customers(db, "", segment_id=segment_id, limit=PAGE, today=today)
            page = timed(args.repetitions, lambda: search_customers(db, "", segment_id=segment_id, today=today))
            print(
                f"  customer list restricted to {SEGMENTS[1][0]}, first page ({len(first.rows)} rows): "
                f"p50 {percentile(page, 0.5):.1f} ms, p95 {percentile(page, 0.95):.1f} ms"
            )
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
