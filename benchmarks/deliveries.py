"""Benchmark of a month of deliveries at about 20,000 running box and rental subscriptions: scheduling them and
resolving the address each goes to, beside one set-based SQL query; and the Deliveries tab opening on that month.

    python benchmarks/deliveries.py                      # 33,500 customers: about 20,000 delivering subscriptions
    python benchmarks/deliveries.py --quick              # 5,000 customers, fewer runs: under a minute once cached
    python benchmarks/deliveries.py --json results.json  # also write the figures as JSON
    python benchmarks/deliveries.py --explain            # also print each query's plan (EXPLAIN QUERY PLAN)

**The database** is ``build_database.py``'s shop (33,500 customers have about 20,000 box and rental contracts
running on or starting within a month of ``LAST_DAY``) with an address history around that month recorded through
the contact services themselves, as a clerk would have recorded it in the days before: moves in the middle of the
month, moves after it, temporary stays with an end date and open-ended ones whose end was set later (the first entry
voided and replaced), corrections of a move recorded days earlier (voided, the right address or date recorded in its
place), a move recorded late with a date in the past, two moves to different places for the same day (the later
record wins), and primary numbers changing mid-month. The layer is cached in ``benchmarks/.cache/`` beside the shop
it was made from, keyed by that shop and a hash of the code that records it.

**Schedule and resolve (A), beside one SQL query (B).** Each run copies the cached file (not timed), so the delivery
table starts empty, and the shop's day is ``LAST_DAY`` (09:00 in Seoul). A is what the app does for the month ahead:
``schedule_deliveries(through=LAST_DAY + 31 days)`` (the horizon the Deliveries tab keeps), then every delivery of
the month read back with the address and primary phone in effect on its date, paging through ``list_deliveries``
500 rows at a time as printing the month's papers does (``services.delivery_documents``). B is one hand-written
query with ``sqlite3`` in the same process that produces the same (date, subscription, customer, kind, address
version, address, phone) rows from the subscriptions alone: a recursive CTE generates each contract's dates (the box
day of each month, clamped to the month's end; a swap every 14 or 28 days from the first swap weekday on or after the
start), keeps those within the term, before a cancellation, outside any pause not ended by a resume and not skipped,
and picks for each the address and the primary phone in effect on it (latest ``effective_from``, then latest
recorded, voided ones never). The dates come from a CTE and not from A's delivery table because the comparison is
"resolve the month's addresses": A cannot resolve without scheduling first, so B has to do the same work from the
same inputs, not read what A wrote. (B takes each contract's cadence as signed; a plan change that changes the
cadence would need it by date. The generated shop has none, and the check below would catch any difference.)
A writes what B only computes (the deliveries, the schedule's audit entry, in one transaction): that is the price
of a schedule staff can pack, ship and trace, and it is part of the ratio on purpose.

Reported apart: the schedule alone, beside B's dates alone (the CTE, no addresses); and the resolution alone, beside
B's address lookups run on the delivery rows A wrote (the same rows, so a like-for-like read). A and B alternate
which goes first, after one warm-up run, and must produce the same rows, or the script fails.

**The tab.** On the scheduled database: the first page (100 rows) of the day the tab opens on, through
``list_deliveries`` beside direct SQL; the tab's button counts (``DeliveriesTab._update_counts``: to send today and
tomorrow, follow-up, customers on hold) beside direct counts; and the time from creating the main window with the
Deliveries tab current to its first paint (``deliveries_tab_child.py``: the tab keeps the schedule ahead, already
done, then lists today and counts), in a child process offscreen, beside a bare window opened on its second tab.

Targets (reported, not failed: benchmarks measure, tests assert behaviour): schedule and resolve the month at most
3× the one query (p95); a page and the counts at most 3× their direct SQL and within 50 ms and 100 ms; the tab's first
paint within a second. The script exits non-zero only if something goes wrong.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypedDict

from build_database import (
    DELIVERY_MEMOS,
    DISTRICTS,
    ENTRY_NOTES,
    LAST_DAY,
    BuiltDatabase,
    cached_database,
    row_counts,
)
from report import BenchmarkError, Metric, measure_and_report, percentile
from run import isolated_environment
from subscriptions import Times, captured_statements, query_plan, time_pairs
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.services.contacts import (
    change_phone,
    correct_address,
    record_move,
    record_temporary_address,
    set_temporary_address_end,
)
from toysub_desktop.services.deliveries import (
    DEFAULT_HORIZON_DAYS,
    DeliveryFilter,
    DeliveryPage,
    ScheduleResult,
    count_deliveries,
    list_deliveries,
    schedule_deliveries,
)
from toysub_desktop.services.holds import count_customers_on_hold
from toysub_desktop.services.inputs import AddressInput
from toysub_desktop.services.shop import list_staff

BENCHMARKS = Path(__file__).resolve().parent
DEFAULT_CACHE = BENCHMARKS / ".cache"
TAB_CHILD = BENCHMARKS / "deliveries_tab_child.py"

#: About 20,000 box and rental contracts run on or start within a month of ``LAST_DAY`` at this size (0.6 each).
DEFAULT_CUSTOMERS = 33_500
QUICK_CUSTOMERS = 5_000
DEFAULT_RUNS = 5
QUICK_RUNS = 3
DEFAULT_REPETITIONS = 100
QUICK_REPETITIONS = 20
#: The history layer's own seed; bump ``LAYER_VERSION`` when it changes in a way the file hash would not show.
LAYER_SEED = 20261030
LAYER_VERSION = 1

#: The shop's day and moment: the counter opens at 09:00 in Seoul on ``LAST_DAY``.
TODAY = LAST_DAY
NOW = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC)  # 09:00 in Seoul
THROUGH = TODAY + timedelta(days=DEFAULT_HORIZON_DAYS)
#: Printing the month's papers reads ``list_deliveries`` this many rows at a time (``delivery_documents._PAGE``).
PRINT_PAGE = 500
#: The Deliveries tab's list model fetches this many rows at a time (``deliveries.PAGE_SIZE``).
TAB_PAGE = 100

MAX_RATIO = 3.0
PAGE_P95_MAX_MS = 50.0
COUNTS_P95_MAX_MS = 100.0
TAB_PAINT_MAX_MS = 1000.0
CHILD_TIMEOUT_SECONDS = 120


@dataclass(frozen=True)
class Settings:
    customers: int
    runs: int
    repetitions: int
    tab_runs: int
    cache_dir: Path
    json_path: Path | None
    explain: bool = False


def parse_args(argv: Sequence[str] | None) -> Settings:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--customers", type=int, help=f"customers in the shop (default {DEFAULT_CUSTOMERS:,})")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"{QUICK_CUSTOMERS:,} customers (unless --customers is given) and fewer runs",
    )
    parser.add_argument(
        "--runs", type=int, help=f"timed months of A and B (default {DEFAULT_RUNS}, quick {QUICK_RUNS})"
    )
    parser.add_argument(
        "--repetitions",
        type=int,
        help=f"timed pages and counts (default {DEFAULT_REPETITIONS}, quick {QUICK_REPETITIONS})",
    )
    parser.add_argument("--tab-runs", type=int, help=f"timed tab openings (default {DEFAULT_RUNS}, quick {QUICK_RUNS})")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON to PATH")
    parser.add_argument(
        "--cache-dir", type=Path, default=DEFAULT_CACHE, help="where built databases are kept (default: %(default)s)"
    )
    parser.add_argument("--explain", action="store_true", help="also print the query plan of every statement")
    args = parser.parse_args(argv)
    customers = args.customers or (QUICK_CUSTOMERS if args.quick else DEFAULT_CUSTOMERS)
    runs = args.runs or (QUICK_RUNS if args.quick else DEFAULT_RUNS)
    repetitions = args.repetitions or (QUICK_REPETITIONS if args.quick else DEFAULT_REPETITIONS)
    tab_runs = args.tab_runs or (QUICK_RUNS if args.quick else DEFAULT_RUNS)
    if customers < 50 or runs < 1 or repetitions < 2 or tab_runs < 1:
        parser.error("use at least 50 customers, 1 run, 2 repetitions and 1 tab run")
    return Settings(customers, runs, repetitions, tab_runs, args.cache_dir, args.json, args.explain)


# --- the address history around the month ----------------------------------------------------------------------


@dataclass
class LayerReport:
    """What the history layer recorded, kept beside the cached file."""

    customers: int
    seconds: float
    changes: dict[str, int] = field(default_factory=dict)
    from_cache: bool = False


@dataclass(frozen=True)
class LayeredDatabase:
    path: Path
    shop: BuiltDatabase
    report: LayerReport


def _layer_hash(shop: Path) -> str:
    """Changes with the shop it is made from and the code that records it (not with the measuring code)."""
    digest = hashlib.sha256(f"{LAYER_VERSION}:{LAYER_SEED}:{shop.name}:{TODAY}:{THROUGH}".encode())
    for function in (_delivering_customers, _address, _recorded, _in_month, add_history_around_the_month):
        digest.update(inspect.getsource(function).encode())
    return digest.hexdigest()[:16]


def cached_deliveries_database(customers: int, cache_dir: Path, *, log: Callable[[str], None]) -> LayeredDatabase:
    """The shop of *customers* customers with the history layer, from *cache_dir* (built there first if needed)."""
    shop = cached_database(customers, cache_dir, log=log)
    stem = f"deliveries-{customers}-customers-{_layer_hash(shop.path)}"
    path, report_path = cache_dir / f"{stem}.sqlite3", cache_dir / f"{stem}.json"
    if path.exists() and report_path.exists():
        report = LayerReport(**json.loads(report_path.read_text(encoding="utf-8")))
        report.from_cache = True
        return LayeredDatabase(path, shop, report)
    for stale in cache_dir.glob(f"deliveries-{customers}-customers-*"):
        stale.unlink()
    log(f"recording the address history around the month for {customers:,} customers (cached for later runs) ...")
    building = cache_dir / f"{stem}.building-{os.getpid()}.sqlite3"
    shutil.copyfile(shop.path, building)
    started = time.perf_counter()
    changes = add_history_around_the_month(building)
    report = LayerReport(customers, round(time.perf_counter() - started, 2), changes)
    os.replace(building, path)
    report_path.write_text(json.dumps(asdict(report), indent=2), encoding="utf-8")
    log(f"recorded in {report.seconds:.1f} s: {changes}")
    return LayeredDatabase(path, shop, report)


def _delivering_customers(connection: sqlite3.Connection) -> list[int]:
    return [
        row[0]
        for row in connection.execute(
            "SELECT DISTINCT customer_id FROM subscription WHERE kind IN ('box', 'rental') AND start_on <= :through"
            " AND ends_on >= :today AND (cancelled_on IS NULL OR cancelled_on > :today) ORDER BY customer_id",
            {"today": TODAY.isoformat(), "through": THROUGH.isoformat()},
        )
    ]


def _address(rng: random.Random) -> AddressInput:
    district = rng.choices(DISTRICTS, [d.weight for d in DISTRICTS])[0]
    road = rng.choice(district.roads)
    if rng.random() < 0.4:
        road = f"{road}{rng.randrange(1, 12) * 2}길"
    return AddressInput(
        postal_code=f"{rng.randrange(district.postal_low, district.postal_high + 1):05d}",
        road_address=f"{district.city} {road} {rng.randrange(1, 400)}",
        detail=f"{rng.randrange(101, 120)}동 {rng.randrange(1, 25)}{rng.randrange(1, 5):02d}호",
        entry_notes=rng.choice(ENTRY_NOTES),
        delivery_memo=rng.choice(DELIVERY_MEMOS),
    )


def _recorded(days_before: int, rng: random.Random) -> datetime:
    """A moment in opening hours (10:00-19:00 in Seoul) *days_before* the shop's day, in UTC."""
    return NOW - timedelta(days=days_before) + timedelta(seconds=rng.randrange(3600, 10 * 3600))


def _in_month(rng: random.Random, low: int = 1) -> date:
    return TODAY + timedelta(days=rng.randrange(low, DEFAULT_HORIZON_DAYS + 1))


class _Who(TypedDict):
    """Who records a change for whom (from no form, so no version to check)."""

    staff_id: int
    customer_id: int
    expected_version: int | None


def add_history_around_the_month(path: Path) -> dict[str, int]:
    """Record, through the contact services, the changes that make the month's addresses worth resolving."""
    with closing(sqlite3.connect(path)) as connection:
        customers = _delivering_customers(connection)
    rng = random.Random(LAYER_SEED)
    # New numbers are 010-1xxx-xxxx, which the shop's generator never gives (its are 010-[2-9]xxx-xxxx).
    numbers = iter(rng.sample(range(10_000_000), len(customers)))
    db = open_database(sqlite_file(path), backup_folder=None)
    changes: dict[str, int] = {}

    def count(kind: str) -> None:
        changes[kind] = changes.get(kind, 0) + 1

    try:
        staff = [member.id for member in list_staff(db)]
        for customer_id in customers:
            who = _Who(staff_id=rng.choice(staff), customer_id=customer_id, expected_version=None)
            roll = rng.random()
            if roll < 0.10:  # moves in the middle of the month, told a few days ahead
                moved_on = _in_month(rng)
                version = record_move(
                    db, **who, address=_address(rng), effective_from=moved_on, now=_recorded(rng.randrange(8, 20), rng)
                )
                count("move within the month")
                if rng.random() < 0.3:  # a wrong unit, or the wrong day, noticed a few days later
                    shifted = moved_on + timedelta(days=rng.choice((-3, -1, 2, 5))) if rng.random() < 0.5 else None
                    correct_address(
                        db,
                        **who,
                        version_id=version,
                        address=_address(rng),
                        reason="동 호수 오기" if shifted is None else "이사 날짜 정정",
                        effective_from=shifted,
                        now=_recorded(rng.randrange(1, 7), rng),
                    )
                    count("correction of that move")
            elif roll < 0.14:  # moves after the month: on record, not in effect yet
                record_move(
                    db,
                    **who,
                    address=_address(rng),
                    effective_from=THROUGH + timedelta(days=rng.randrange(1, 90)),
                    now=_recorded(rng.randrange(1, 20), rng),
                )
                count("move after the month")
            elif roll < 0.18:  # a stay elsewhere with its end known
                first = TODAY + timedelta(days=rng.randrange(0, 25))
                record_temporary_address(
                    db,
                    **who,
                    address=_address(rng),
                    effective_from=first,
                    effective_until=first + timedelta(days=rng.randrange(2, 15)),
                    now=_recorded(rng.randrange(1, 20), rng),
                )
                count("temporary stay")
            elif roll < 0.20:  # a stay without an end, whose end was set later (voided and replaced)
                first = TODAY + timedelta(days=rng.randrange(0, 20))
                version = record_temporary_address(
                    db,
                    **who,
                    address=_address(rng),
                    effective_from=first,
                    effective_until=None,
                    now=_recorded(rng.randrange(10, 20), rng),
                )
                set_temporary_address_end(
                    db,
                    **who,
                    version_id=version,
                    effective_until=first + timedelta(days=rng.randrange(3, 20)),
                    now=_recorded(rng.randrange(1, 9), rng),
                )
                count("temporary stay, end set later")
            elif roll < 0.21:  # moved weeks ago, told only yesterday
                record_move(
                    db,
                    **who,
                    address=_address(rng),
                    effective_from=TODAY - timedelta(days=rng.randrange(1, 30)),
                    now=_recorded(1, rng),
                )
                count("move recorded late")
            elif roll < 0.215:  # two moves for the same day, to different places: the later record wins
                moved_on = _in_month(rng)
                for days_before in (12, 4):
                    record_move(
                        db, **who, address=_address(rng), effective_from=moved_on, now=_recorded(days_before, rng)
                    )
                count("two moves for one day")
            if rng.random() < 0.05:  # a new primary number from a day in the month
                change_phone(
                    db,
                    **who,
                    role=PhoneRole.PRIMARY,
                    number=f"010-1{(n := next(numbers)) // 10_000:03d}-{n % 10_000:04d}",
                    effective_from=_in_month(rng),
                    now=_recorded(rng.randrange(1, 20), rng),
                )
                count("number change within the month")
        with db.engine.connect() as engine_connection:
            engine_connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    return changes


# --- B: one set-based query ----------------------------------------------------------------------------------------

#: The address version and the primary phone in effect on ``{day}`` for ``{customer}``, as known now.
_ADDRESS_IN_EFFECT = (
    "(SELECT a.id FROM address_version a WHERE a.customer_id = {customer} AND a.voided_at IS NULL"
    " AND a.effective_from <= {day} AND (a.effective_until IS NULL OR a.effective_until >= {day})"
    " ORDER BY a.effective_from DESC, a.recorded_at DESC, a.id DESC LIMIT 1)"
)
_PHONE_IN_EFFECT = (
    "(SELECT p.e164 FROM phone_version p WHERE p.customer_id = {customer} AND p.role = 'primary'"
    " AND p.voided_at IS NULL AND p.effective_from <= {day}"
    " AND (p.effective_until IS NULL OR p.effective_until >= {day})"
    " ORDER BY p.effective_from DESC, p.recorded_at DESC, p.id DESC LIMIT 1)"
)

#: Each running box or rental contract's delivery dates from :today to :through, as ``dated(id, customer_id, kind,
#: day)``: box days by month, swaps every 14 or 28 days, outside pauses (as resumed) and skips.
_DATES_CTE = """
WITH RECURSIVE
running(id, customer_id, kind, cadence, delivery_day, swap_weekday, start_on, low, high) AS (
    SELECT s.id, s.customer_id, s.kind, s.cadence, s.delivery_day, s.swap_weekday, s.start_on,
           max(:today, s.start_on),
           min(:through, s.ends_on, coalesce(date(s.cancelled_on, '-1 day'), s.ends_on))
    FROM subscription s
    WHERE s.kind IN ('box', 'rental') AND s.start_on <= :through AND s.ends_on >= :today
      AND (s.cancelled_on IS NULL OR s.cancelled_on > :today)
),
months(id, month, high) AS (
    SELECT id, date(low, 'start of month'), high FROM running
    WHERE kind = 'box' AND delivery_day IS NOT NULL AND low <= high
    UNION ALL
    SELECT id, date(month, '+1 month'), high FROM months WHERE date(month, '+1 month') <= high
),
anchored(id, anchor, step, low, high) AS (
    SELECT id, date(start_on, '+' || ((swap_weekday - (strftime('%w', start_on) + 6) % 7 + 7) % 7) || ' days'),
           CASE cadence WHEN 'every_2_weeks' THEN 14 WHEN 'every_4_weeks' THEN 28 END, low, high
    FROM running
    WHERE kind = 'rental' AND swap_weekday IS NOT NULL AND cadence IN ('every_2_weeks', 'every_4_weeks') AND low <= high
),
swaps(id, day, step, high) AS (
    SELECT id,
           date(anchor, '+' || (step * max((CAST(julianday(low) - julianday(anchor) AS INTEGER) + step - 1) / step, 0))
                || ' days'),
           step, high
    FROM anchored
    UNION ALL
    SELECT id, date(day, '+' || step || ' days'), step, high FROM swaps WHERE date(day, '+' || step || ' days') <= high
),
candidates(id, day) AS (
    SELECT m.id, min(date(m.month, '+' || (r.delivery_day - 1) || ' days'), date(m.month, '+1 month', '-1 day'))
    FROM months m JOIN running r ON r.id = m.id
    UNION ALL
    SELECT id, day FROM swaps
),
dated(id, customer_id, kind, day) AS (
    SELECT r.id, r.customer_id, CASE r.kind WHEN 'box' THEN 'box' ELSE 'swap' END, c.day
    FROM candidates c JOIN running r ON r.id = c.id
    WHERE c.day BETWEEN r.low AND r.high
      AND NOT EXISTS (
          SELECT 1 FROM subscription_event p
          WHERE p.subscription_id = c.id AND p.kind = 'pause' AND p.voided_at IS NULL
            AND p.effective_on <= c.day AND p.until >= c.day
            AND NOT EXISTS (
                SELECT 1 FROM subscription_event e
                WHERE e.subscription_id = p.subscription_id AND e.refers_to_id = p.id AND e.kind = 'resume'
                  AND e.voided_at IS NULL AND e.effective_on <= c.day))
      AND NOT EXISTS (
          SELECT 1 FROM subscription_event k
          WHERE k.subscription_id = c.id AND k.kind = 'skip' AND k.voided_at IS NULL AND k.effective_on = c.day)
)"""

#: B: the month's deliveries with the address and phone in effect on each date, from the subscriptions alone.
MONTH_SQL = f"""{_DATES_CTE}
SELECT x.day, x.id, x.customer_id, x.kind, a.id, a.postal_code, a.road_address, a.detail, x.phone
FROM (
    SELECT d.day, d.id, d.customer_id, d.kind,
           {_ADDRESS_IN_EFFECT.format(customer="d.customer_id", day="d.day")} AS address_id,
           {_PHONE_IN_EFFECT.format(customer="d.customer_id", day="d.day")} AS phone
    FROM dated d
) x
LEFT JOIN address_version a ON a.id = x.address_id
ORDER BY x.day, x.id, x.kind"""

#: B's dates alone: the schedule's baseline.
DATES_SQL = f"{_DATES_CTE}\nSELECT day, id, customer_id, kind FROM dated ORDER BY day, id, kind"

#: B's address lookups on the delivery rows A wrote: the resolution's baseline.
RESOLVE_SQL = f"""
SELECT x.scheduled_on, x.subscription_id, x.customer_id, x.kind, a.id, a.postal_code, a.road_address, a.detail, x.phone
FROM (
    SELECT d.id, d.scheduled_on, d.subscription_id, d.customer_id, d.kind,
           {_ADDRESS_IN_EFFECT.format(customer="d.customer_id", day="d.scheduled_on")} AS address_id,
           {_PHONE_IN_EFFECT.format(customer="d.customer_id", day="d.scheduled_on")} AS phone
    FROM delivery d
    WHERE d.scheduled_on >= :today AND d.scheduled_on <= :through AND d.state <> 'cancelled'
) x
LEFT JOIN address_version a ON a.id = x.address_id
ORDER BY x.scheduled_on, x.id"""

_MONTH = {"today": TODAY.isoformat(), "through": THROUGH.isoformat()}

#: One resolved delivery: date, subscription, customer, kind, address version, postal code, road, detail, phone.
Resolved = tuple[str, int, int, str, int | None, str | None, str | None, str | None, str | None]


def _sorted(rows: Sequence[Resolved]) -> list[Resolved]:
    return sorted(rows, key=lambda row: (row[0], row[1], row[3]))


def month_by_sql(connection: sqlite3.Connection) -> list[Resolved]:
    return [tuple(row) for row in connection.execute(MONTH_SQL, _MONTH)]


def dates_by_sql(connection: sqlite3.Connection) -> list[tuple[str, int, int, str]]:
    return [tuple(row) for row in connection.execute(DATES_SQL, _MONTH)]


def resolved_by_sql(connection: sqlite3.Connection) -> list[Resolved]:
    return [tuple(row) for row in connection.execute(RESOLVE_SQL, _MONTH)]


# --- A: the services ------------------------------------------------------------------------------------------------


def schedule_month(db: Database, staff_id: int) -> ScheduleResult:
    result = schedule_deliveries(db, through=THROUGH, staff_id=staff_id, now=NOW)
    if result.cancelled or result.reinstated or result.flagged:
        raise BenchmarkError(f"a schedule from an empty table changed existing deliveries: {result}")
    return result


def resolve_month(db: Database) -> list[Resolved]:
    """Every delivery of the month with the address in effect on its date, read as printing reads it."""
    filters = DeliveryFilter(first=TODAY, last=THROUGH)
    rows: list[Resolved] = []
    while True:
        page = list_deliveries(db, filters, offset=len(rows), limit=PRINT_PAGE)
        for row in page.rows:
            if row.state is DeliveryState.CANCELLED:
                continue
            address = row.address
            rows.append(
                (
                    row.scheduled_on.isoformat(),
                    row.subscription_id,
                    row.customer_id,
                    row.kind.value,
                    row.address_version_id,
                    address.postal_code if address else None,
                    address.road_address if address else None,
                    address.detail if address else None,
                    row.phone_e164,
                )
            )
        if not page.has_more:
            return rows


def _check_month(found: Sequence[Resolved], expected: Sequence[Resolved], what: str) -> None:
    ours, theirs = _sorted(found), _sorted(expected)
    if ours != theirs:
        first = next(
            (i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b), min(len(ours), len(theirs))
        )
        raise BenchmarkError(
            f"{what}: the services found {len(ours):,} deliveries, the SQL {len(theirs):,}; first difference at"
            f" {first}: {ours[first] if first < len(ours) else None} / {theirs[first] if first < len(theirs) else None}"
        )


@dataclass
class MonthTimes:
    schedule_ms: list[float] = field(default_factory=list)
    resolve_ms: list[float] = field(default_factory=list)
    month_sql_ms: list[float] = field(default_factory=list)
    dates_sql_ms: list[float] = field(default_factory=list)
    resolve_sql_ms: list[float] = field(default_factory=list)

    @property
    def service_ms(self) -> list[float]:
        return [a + b for a, b in zip(self.schedule_ms, self.resolve_ms, strict=True)]


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


@dataclass(frozen=True)
class MonthRun:
    """One run's times, and what each side produced."""

    times: dict[str, float]
    schedule: ScheduleResult
    month: list[Resolved]
    by_sql: list[Resolved]
    dates: list[tuple[str, int, int, str]]
    resolved_by_sql: list[Resolved]


def one_month(source: Path, folder: Path, index: int) -> MonthRun:
    """Copy the cached file, then schedule and resolve the month (A) and run the SQL (B), alternating the order."""
    path = folder / f"month-{index}.sqlite3"
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(source, path)
    db = open_database(sqlite_file(path), backup_folder=None)
    times: dict[str, float] = {}
    try:
        staff_id = list_staff(db)[0].id
        with closing(sqlite3.connect(path)) as connection:
            if index % 2:
                times["month_sql"], by_sql = _timed(lambda: month_by_sql(connection))
                times["dates_sql"], dates = _timed(lambda: dates_by_sql(connection))
                times["schedule"], schedule = _timed(lambda: schedule_month(db, staff_id))
                times["resolve_sql"], resolved = _timed(lambda: resolved_by_sql(connection))
                times["resolve"], month = _timed(lambda: resolve_month(db))
            else:
                times["schedule"], schedule = _timed(lambda: schedule_month(db, staff_id))
                times["resolve"], month = _timed(lambda: resolve_month(db))
                times["month_sql"], by_sql = _timed(lambda: month_by_sql(connection))
                times["dates_sql"], dates = _timed(lambda: dates_by_sql(connection))
                times["resolve_sql"], resolved = _timed(lambda: resolved_by_sql(connection))
    finally:
        db.dispose()
    return MonthRun(times, schedule, month, by_sql, dates, resolved)


def month_metrics(
    source: Path, folder: Path, settings: Settings, log: Callable[[str], None]
) -> tuple[list[Metric], Path]:
    """A and B over *settings.runs* runs after a warm-up; returns the figures and a scheduled copy for the tab."""
    times = MonthTimes()
    for index in range(settings.runs + 1):
        run = one_month(source, folder, index)
        if index == 0:
            _check_month(run.month, run.by_sql, "schedule and resolve the month")
            _check_month(run.resolved_by_sql, run.month, "resolve the scheduled month")
            dates = sorted(run.dates, key=lambda row: (row[0], row[1], row[3]))
            if dates != [row[:4] for row in _sorted(run.month)]:
                raise BenchmarkError("the SQL's dates are not the ones the services scheduled")
            days = len({row[0] for row in run.month})
            moved = _moves_within(run.month)
            log(
                f"  {run.schedule.subscriptions:,} running box and rental subscriptions: {run.schedule.added:,}"
                f" deliveries scheduled for {len({row[1] for row in run.month}):,} of them (the others paused all"
                f" month, or starting later) over {days} days ({TODAY.isoformat()} to {THROUGH.isoformat()});"
                f" {moved:,} customers' deliveries go to more than one address within the month; every row agrees"
                " with the SQL's"
            )
            scheduled = run
        else:
            if (len(run.month), len(run.by_sql)) != (len(scheduled.month), len(scheduled.by_sql)):
                raise BenchmarkError("a run found a different month than the first")
            times.schedule_ms.append(run.times["schedule"])
            times.resolve_ms.append(run.times["resolve"])
            times.month_sql_ms.append(run.times["month_sql"])
            times.dates_sql_ms.append(run.times["dates_sql"])
            times.resolve_sql_ms.append(run.times["resolve_sql"])
        if index < settings.runs:
            for leftover in folder.glob(f"month-{index}.sqlite3*"):
                leftover.unlink()
    kept = folder / f"month-{settings.runs}.sqlite3"
    with closing(sqlite3.connect(kept)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    metrics = []
    for name, values, baseline, target in (
        ("month: schedule and resolve vs one SQL query", times.service_ms, times.month_sql_ms, MAX_RATIO),
        ("month: schedule only vs SQL dates", times.schedule_ms, times.dates_sql_ms, None),
        ("month: resolve only vs SQL lookups", times.resolve_ms, times.resolve_sql_ms, MAX_RATIO),
    ):
        for label, share, max_ratio in (("p50", 0.5, None), ("p95", 0.95, target)):
            metrics.append(
                Metric(f"{name} {label}", percentile(values, share), "ms", percentile(baseline, share), None, max_ratio)
            )
    return metrics, kept


def _moves_within(month: Sequence[Resolved]) -> int:
    places: dict[int, set[int | None]] = {}
    for row in month:
        places.setdefault(row[2], set()).add(row[4])
    return sum(len(versions) > 1 for versions in places.values())


# --- the tab ---------------------------------------------------------------------------------------------------


_PAGE_SQL = f"""
SELECT x.id, x.scheduled_on, x.subscription_id, s.contract_number, c.name, x.kind, x.state,
       a.id, a.postal_code, a.road_address, a.detail, a.region, x.phone
FROM (
    SELECT d.id, d.scheduled_on, d.subscription_id, d.customer_id, d.kind, d.state,
           {_ADDRESS_IN_EFFECT.format(customer="d.customer_id", day="d.scheduled_on")} AS address_id,
           {_PHONE_IN_EFFECT.format(customer="d.customer_id", day="d.scheduled_on")} AS phone
    FROM delivery d
    WHERE d.scheduled_on >= :first AND d.scheduled_on <= :last
    ORDER BY d.scheduled_on, d.id LIMIT {TAB_PAGE + 1}
) x
JOIN subscription s ON s.id = x.subscription_id
JOIN customer c ON c.id = x.customer_id
LEFT JOIN address_version a ON a.id = x.address_id
ORDER BY x.scheduled_on, x.id"""

_COUNT_SQL = "SELECT count(*) FROM delivery WHERE scheduled_on >= :first AND scheduled_on <= :last AND state = :state"
_FOLLOW_UP_SQL = "SELECT count(*) FROM delivery WHERE needs_follow_up = 1"
_ON_HOLD_SQL = "SELECT count(DISTINCT customer_id) FROM contact_hold WHERE released_at IS NULL"
_TO_SEND = (DeliveryState.SCHEDULED, DeliveryState.PACKED)


def tab_counts(db: Database) -> list[int]:
    """The counts on the tab's buttons, as ``DeliveriesTab._update_counts`` asks for them."""
    tomorrow = TODAY + timedelta(days=1)
    return [
        sum(count_deliveries(db, DeliveryFilter(first=TODAY, last=TODAY, state=state)) for state in _TO_SEND),
        sum(count_deliveries(db, DeliveryFilter(first=tomorrow, last=tomorrow, state=state)) for state in _TO_SEND),
        count_deliveries(db, DeliveryFilter(needs_follow_up=True)),
        count_customers_on_hold(db),
    ]


def direct_counts(connection: sqlite3.Connection) -> list[int]:
    def one(sql: str, parameters: dict[str, str]) -> int:
        return int(connection.execute(sql, parameters).fetchone()[0])

    days = (TODAY, TODAY + timedelta(days=1))
    return [
        *(
            sum(one(_COUNT_SQL, {"first": d.isoformat(), "last": d.isoformat(), "state": s.value}) for s in _TO_SEND)
            for d in days
        ),
        one(_FOLLOW_UP_SQL, {}),
        one(_ON_HOLD_SQL, {}),
    ]


def _page_check(page: DeliveryPage, rows: list[tuple[Any, ...]]) -> None:
    found = [(r.id, r.address_version_id, r.phone_e164, r.customer_name) for r in page.rows]
    expected = [(row[0], row[7], row[12], row[4]) for row in rows[:TAB_PAGE]]
    if found != expected or page.has_more != (len(rows) > TAB_PAGE):
        raise BenchmarkError(f"a day's first page: the service found {found[:2]}…, the direct SQL {expected[:2]}…")


def _counts_check(found: list[int], expected: list[int]) -> None:
    if found != expected:
        raise BenchmarkError(f"the tab's counts: the services found {found}, the direct SQL {expected}")


def tab_list_metrics(path: Path, settings: Settings, log: Callable[[str], None]) -> list[Metric]:
    db = open_database(sqlite_file(path), backup_folder=None)
    day = {"first": TODAY.isoformat(), "last": TODAY.isoformat()}
    warm_up = max(2, settings.repetitions // 20)
    try:
        with closing(sqlite3.connect(path)) as connection:
            on_the_day = count_deliveries(db, DeliveryFilter(first=TODAY, last=TODAY))
            page = time_pairs(
                lambda: list_deliveries(db, DeliveryFilter(first=TODAY, last=TODAY), limit=TAB_PAGE),
                lambda: connection.execute(_PAGE_SQL, day).fetchall(),
                _page_check,
                settings.repetitions,
                warm_up,
            )
            counts = time_pairs(
                lambda: tab_counts(db), lambda: direct_counts(connection), _counts_check, settings.repetitions, warm_up
            )
            log(
                f"  {on_the_day:,} deliveries on {TODAY.isoformat()} (the day the tab opens on); the counts:"
                f" {tab_counts(db)} (to send today, tomorrow, follow-up, customers on hold)"
            )
            if settings.explain:
                explain(db, connection, log)
    finally:
        db.dispose()
    return [
        *_pair_metrics("tab: a day's first page", page, PAGE_P95_MAX_MS),
        *_pair_metrics("tab: the button counts (6 queries)", counts, COUNTS_P95_MAX_MS),
    ]


def _pair_metrics(name: str, times: Times, max_ms: float) -> list[Metric]:
    return [
        Metric(
            f"{name} {label}",
            percentile(times.service_ms, share),
            "ms",
            percentile(times.direct_ms, share),
            max_value,
            max_ratio,
        )
        for label, share, max_value, max_ratio in (("p50", 0.5, None, None), ("p95", 0.95, max_ms, MAX_RATIO))
    ]


def _child(arguments: Sequence[str], env: dict[str, str], folder: Path) -> dict[str, Any]:
    result_path = folder / "tab.json"
    result_path.unlink(missing_ok=True)
    finished = subprocess.run(
        [sys.executable, str(TAB_CHILD), str(result_path), *arguments],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_SECONDS,
        check=False,
    )
    if finished.returncode != 0 or not result_path.exists():
        raise BenchmarkError(f"{' '.join(arguments)} failed ({finished.returncode}):\n{finished.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(result_path.read_text(encoding="utf-8"))
    return result


def tab_paint_metrics(scheduled: Path, folder: Path, settings: Settings, log: Callable[[str], None]) -> list[Metric]:
    """The main window opened on the Deliveries tab, to first paint, beside a bare window on its second tab."""
    env = isolated_environment(folder / "child", settings.cache_dir / "bytecode")
    before = scheduled.stat().st_size
    app: list[dict[str, Any]] = []
    bare: list[dict[str, Any]] = []
    for round_number in range(settings.tab_runs + 1):  # the first round warms up; not counted
        for kind, arguments in (("app", ["app", str(scheduled), TODAY.isoformat()]), ("bare", ["bare"])):
            result = _child(arguments, env, folder)
            if round_number:
                (app if kind == "app" else bare).append(result)
    if not all(result["rows"] > 0 for result in app):
        raise BenchmarkError("the Deliveries tab opened on an empty list")
    app_ms = statistics.median(result["ms"] for result in app)
    bare_ms = statistics.median(result["ms"] for result in bare)
    window_ms = statistics.median(result["window_ms"] for result in app)
    loading_ms = statistics.median(result["loading_ms"] for result in app)
    log(
        f"  main window on the Deliveries tab, to first paint (median of {settings.tab_runs}): {app_ms:.0f} ms, of"
        f" which creating the window (every tab) {window_ms:.0f} ms and the Deliveries tab's loading"
        f" {loading_ms:.0f} ms (the schedule already a month ahead, today's first {app[0]['rows']} rows listed, the"
        f" counts); a bare window on its second tab {bare_ms:.0f} ms"
    )
    if scheduled.stat().st_size < before:
        raise BenchmarkError("the scheduled database shrank while the tab was open")
    return [Metric("tab: window opened on it, to first paint", app_ms, "ms", bare_ms, TAB_PAINT_MAX_MS)]


# --- query plans ------------------------------------------------------------------------------------------------


def explain(db: Database, connection: sqlite3.Connection, log: Callable[[str], None]) -> None:
    log("query plans (EXPLAIN QUERY PLAN), the services' statements and the direct SQL:")
    work: list[tuple[str, Callable[[], Any], str, dict[str, Any]]] = [
        (
            "a page of the month, 500 rows deep",
            lambda: list_deliveries(db, DeliveryFilter(first=TODAY, last=THROUGH), offset=PRINT_PAGE, limit=PRINT_PAGE),
            RESOLVE_SQL,
            _MONTH,
        ),
        (
            "a day's first page",
            lambda: list_deliveries(db, DeliveryFilter(first=TODAY, last=TODAY), limit=TAB_PAGE),
            _PAGE_SQL,
            {"first": TODAY.isoformat(), "last": TODAY.isoformat()},
        ),
        ("the button counts", lambda: tab_counts(db), _COUNT_SQL, {**_day(TODAY), "state": "scheduled"}),
    ]
    for name, call, sql, parameters in work:
        with captured_statements(db) as statements:
            call()
        log(f"  {name}:")
        for statement, bound in statements:
            log(f"    service:\n{query_plan(connection, statement, bound)}")
        log(f"    direct:\n{query_plan(connection, sql, parameters)}")
    log(f"  the month by one SQL query:\n{query_plan(connection, MONTH_SQL, _MONTH)}")


def _day(day: date) -> dict[str, str]:
    return {"first": day.isoformat(), "last": day.isoformat()}


def explain_schedule(source: Path, folder: Path, log: Callable[[str], None]) -> None:
    """The plans of the statements the schedule reads with (on a fresh copy, as a run starts)."""
    path = folder / "explain.sqlite3"
    shutil.copyfile(source, path)
    db = open_database(sqlite_file(path), backup_folder=None)
    try:
        with captured_statements(db) as statements, closing(sqlite3.connect(path)) as connection:
            schedule_month(db, list_staff(db)[0].id)
            log("  the schedule's reads:")
            for statement, bound in statements:
                log(f"    service:\n{query_plan(connection, statement, bound)}")
    finally:
        db.dispose()


# --- report -------------------------------------------------------------------------------------------------------


def describe_database(layered: LayeredDatabase) -> str:
    counts = row_counts(layered.path)
    how = "from cache, recorded" if layered.report.from_cache else "recorded"
    changes = ", ".join(f"{kind} {number:,}" for kind, number in layered.report.changes.items())
    return (
        f"database: {counts.get('customer', 0):,} customers, {counts.get('subscription', 0):,} subscriptions,"
        f" {counts.get('address_version', 0):,} address and {counts.get('phone_version', 0):,} phone versions,"
        f" {layered.path.stat().st_size / 2**20:.1f} MiB ({layered.path.name}); around the month, {how} in"
        f" {layered.report.seconds:.1f} s through the contact services: {changes}"
    )


def run(settings: Settings, log: Callable[[str], None] = print) -> list[Metric]:
    log(
        f"ToySub Desktop delivery benchmarks: Python {platform.python_version()}, SQLite {sqlite3.sqlite_version},"
        f" {platform.platform()}"
    )
    layered = cached_deliveries_database(settings.customers, settings.cache_dir, log=log)
    log(describe_database(layered))
    with tempfile.TemporaryDirectory(prefix="toysub-bench-") as temporary:
        folder = Path(temporary)
        log(
            f"the month from {TODAY.isoformat()} to {THROUGH.isoformat()}: A schedules and resolves it through the"
            f" services, B is one SQL query ({settings.runs} runs after a warm-up, each on a fresh copy):"
        )
        metrics, scheduled = month_metrics(layered.path, folder, settings, log)
        if settings.explain:
            explain_schedule(layered.path, folder, log)
        log(f"the Deliveries tab on the scheduled month ({settings.repetitions} pages and counts of each):")
        metrics += tab_list_metrics(scheduled, settings, log)
        metrics += tab_paint_metrics(scheduled, folder, settings, log)
    return metrics


def main(argv: Sequence[str] | None = None) -> int:
    settings = parse_args(argv)
    return measure_and_report(lambda: run(settings), settings.json_path)


if __name__ == "__main__":
    raise SystemExit(main())
