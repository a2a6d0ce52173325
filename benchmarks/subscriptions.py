"""Benchmarks for the Subscriptions tab at a large shop's size: its pages of subscriptions and its button counts.

    python benchmarks/subscriptions.py                      # 100,000 customers, about 146,000 subscriptions
    python benchmarks/subscriptions.py --quick              # 5,000 customers, fewer repetitions: seconds
    python benchmarks/subscriptions.py --json results.json  # also write the figures as JSON
    python benchmarks/subscriptions.py --explain            # also print each query's plan (EXPLAIN QUERY PLAN)

The database is ``build_database.py``'s, built once (about 40 s at 100,000 customers) and cached in
``benchmarks/.cache/`` beside run.py's, keyed by size and a hash of the migrations and the generator: the customers
with about 1.46 subscriptions each, and their pauses, resumes, cancellations and renewals. Every query asks about
``build_database.LAST_DAY``, the last day of the generated history, when about 5% of the subscriptions are paused.

What is timed is what the tab asks ``services.subscriptions`` for:

- a page of 100 (``list_subscriptions``, as the list model fetches it): the first page of the unfiltered list, of
  each daily list (trials ending within 7 days, terms ending within 30 and within 90 days, paused today) and of the
  active ones, and a page deep in the unfiltered list (after row 20,000: a clerk who scrolled far; the service pages
  by keyset, the direct SQL by OFFSET), also timed against the service's first page (target: at most 2×);
- the four counts on the daily-list buttons (``count_subscriptions``), together, as the tab computes them whenever
  it refreshes, including when the main window opens.

Each stands beside a baseline: the same page or the same four counts queried directly with ``sqlite3`` on the same
file by hand-written SQL that asks the question as a careful person would (a resume looked up through its pause's
subscription, the paused list read from the pauses), as plain tuples, no session. They alternate which goes first,
after a warm-up, and must find the same rows, states and counts, or the script fails. The figures are the p50 and
p95 of the service's times, each beside the same percentile of the direct SQL's.

Targets (reported, not failed: benchmarks measure, tests assert behaviour): every p95 at most 3× its direct SQL; a
page's p95 under 50 ms (a scroll or a click on a daily list that does not stutter) and the four counts' under
100 ms together, on the machine that runs it. The ratio is out of reach, by construction, for the pages whose direct
SQL reads one index range (about 0.2 ms): the service's fixed cost of a session, a statement and a page of 100
Python rows is about 1 ms, so there the ratio measures that cost, and the absolute figure is the one to watch.

``--explain`` prints the plan SQLite chooses for each statement the service runs (captured from the engine) and for
the direct SQL: where to look when a figure is poor. Two lessons from it are kept in the service: correlate a resume
with its pause through ``subscription_id`` too, or SQLite scans every event for each pause covering today (the paused
count took 40 s at 100,000 customers); and without ``ANALYZE`` statistics SQLite prefers any index on
``subscription_event`` that matches ``kind`` to the one on ``subscription_id``, so an index on (kind, until) would slow
every page down 300-fold. The remaining full scans are the trial list and its count (about 20 ms): an index on
``subscription.paid_from`` takes them to about 3 ms.

The script exits non-zero only if something goes wrong.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from build_database import LAST_DAY, BuiltDatabase, cached_database, row_counts
from report import BenchmarkError, Metric, measure_and_report, percentile
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.subscriptions import SubscriptionState
from toysub_desktop.services.subscriptions import (
    SubscriptionFilter,
    SubscriptionPage,
    SubscriptionRow,
    count_subscriptions,
    list_subscriptions,
)

BENCHMARKS = Path(__file__).resolve().parent
DEFAULT_CACHE = BENCHMARKS / ".cache"

DEFAULT_CUSTOMERS = 100_000
QUICK_CUSTOMERS = 5_000
DEFAULT_REPETITIONS = 200
QUICK_REPETITIONS = 30
#: The list model asks for pages of this many rows.
PAGE = 100
#: The page deep in the list (clamped to the middle of a small database's list, so it is never empty).
DEEP_OFFSET = 20_000
#: A deep page (by keyset) may cost at most this many times the first page.
DEEP_PAGE_MAX_RATIO = 2.0
#: The trial list's horizon on its button (``ui.subscriptions_tab.TRIAL_DAYS_AHEAD``).
TRIAL_DAYS_AHEAD = 7

#: The targets: a p95 at most 3× its direct SQL; a page within 50 ms, the four counts within 100 ms.
MAX_RATIO = 3.0
PAGE_P95_MAX_MS = 50.0
COUNTS_P95_MAX_MS = 100.0


@dataclass(frozen=True)
class Settings:
    customers: int
    repetitions: int
    cache_dir: Path
    json_path: Path | None
    explain: bool = False


def parse_args(argv: Sequence[str] | None) -> Settings:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--customers", type=int, help=f"customers in the database (default {DEFAULT_CUSTOMERS:,})")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"{QUICK_CUSTOMERS:,} customers (unless --customers is given) and fewer repetitions",
    )
    parser.add_argument(
        "--repetitions",
        type=int,
        help=f"timed queries of each kind (default {DEFAULT_REPETITIONS}, quick {QUICK_REPETITIONS})",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON to PATH")
    parser.add_argument(
        "--cache-dir", type=Path, default=DEFAULT_CACHE, help="where built databases are kept (default: %(default)s)"
    )
    parser.add_argument("--explain", action="store_true", help="also print the query plan of every statement")
    args = parser.parse_args(argv)
    customers = args.customers or (QUICK_CUSTOMERS if args.quick else DEFAULT_CUSTOMERS)
    repetitions = args.repetitions or (QUICK_REPETITIONS if args.quick else DEFAULT_REPETITIONS)
    if customers < 10 or repetitions < 2:
        parser.error("use at least 10 customers and 2 repetitions")
    return Settings(customers, repetitions, args.cache_dir, args.json, args.explain)


# --- the direct SQL -----------------------------------------------------------------------------------------------

#: The columns of a list row, as the service selects them, with "paused today" last.
_ROW_COLUMNS = (
    "s.id, s.contract_number, s.customer_id, c.name, s.plan_name, s.kind, s.start_on, s.paid_from, s.ends_on,"
    " s.cancelled_on, s.monthly_fee, s.renewed"
)
#: A pause ``p`` covering :today that no resume ended by then (a resume is recorded on its pause's subscription).
_PAUSE_COVERS = (
    "p.kind = 'pause' AND p.voided_at IS NULL AND p.effective_on <= :today AND p.until >= :today"
    " AND NOT EXISTS (SELECT 1 FROM subscription_event r WHERE r.subscription_id = p.subscription_id"
    " AND r.refers_to_id = p.id AND r.kind = 'resume' AND r.voided_at IS NULL AND r.effective_on <= :today)"
)
#: The row ``s`` is paused today: one probe of the events index, for a page's rows and the not-paused lists.
_PAUSED = f"EXISTS (SELECT 1 FROM subscription_event p WHERE p.subscription_id = s.id AND {_PAUSE_COVERS})"
#: The paused subscriptions, found from the pauses: the paused list and its count read the events once.
_PAUSED_IDS = f"s.id IN (SELECT p.subscription_id FROM subscription_event p WHERE {_PAUSE_COVERS})"
_RUNNING = "(s.cancelled_on IS NULL OR s.cancelled_on > :today) AND s.start_on <= :today AND s.ends_on >= :today"
_TRIALS = "s.start_on <= :today AND s.paid_from > :today AND s.paid_from <= :horizon AND s.cancelled_on IS NULL"
_ENDING = "s.ends_on >= :today AND s.ends_on <= :horizon AND s.cancelled_on IS NULL AND s.renewed = 0"


@dataclass(frozen=True)
class ListKind:
    """One list the tab shows: the service's filter, and the same list as a hand-written WHERE and ORDER BY."""

    name: str
    filters: SubscriptionFilter
    where: str
    order: str = "s.ends_on, s.id"
    #: Days after today the list looks ahead (the :horizon parameter), if it does.
    horizon_days: int | None = None
    deep: bool = False

    def parameters(self, today: date, offset: int = 0) -> dict[str, Any]:
        values: dict[str, Any] = {"today": today.isoformat(), "offset": offset}
        if self.horizon_days is not None:
            values["horizon"] = (today + timedelta(days=self.horizon_days)).isoformat()
        return values

    @property
    def page_sql(self) -> str:
        where = f" WHERE {self.where}" if self.where else ""
        return (
            f"SELECT {_ROW_COLUMNS}, {_PAUSED} FROM subscription s JOIN customer c ON c.id = s.customer_id{where}"
            f" ORDER BY {self.order} LIMIT {PAGE + 1} OFFSET :offset"
        )

    @property
    def count_sql(self) -> str:
        where = f" WHERE {self.where}" if self.where else ""
        return f"SELECT count(*) FROM subscription s{where}"


LISTS = (
    ListKind("all, first page", SubscriptionFilter(), ""),
    ListKind(
        f"trials ending in {TRIAL_DAYS_AHEAD} days",
        SubscriptionFilter(trial_ending_within_days=TRIAL_DAYS_AHEAD),
        _TRIALS,
        order="s.paid_from, s.id",
        horizon_days=TRIAL_DAYS_AHEAD,
    ),
    ListKind("ending in 30 days", SubscriptionFilter(ending_within_days=30), _ENDING, horizon_days=30),
    ListKind("ending in 90 days", SubscriptionFilter(ending_within_days=90), _ENDING, horizon_days=90),
    ListKind("paused", SubscriptionFilter(state=SubscriptionState.PAUSED), f"{_RUNNING} AND {_PAUSED_IDS}"),
    ListKind(
        "active",
        SubscriptionFilter(state=SubscriptionState.ACTIVE),
        f"{_RUNNING} AND NOT {_PAUSED} AND s.paid_from <= :today",
    ),
    ListKind("all, deep page", SubscriptionFilter(), "", deep=True),
)
#: The daily-list buttons' counts, in the tab's order (``SubscriptionsTab._update_counts``).
COUNTED = (LISTS[1], LISTS[2], LISTS[3], LISTS[4])


def direct_state(row: Sequence[Any], today: date) -> SubscriptionState:
    """A direct row's state, by the rules of ``ContractTimeline.state_on`` (dates are ISO text in SQLite)."""
    start_on, paid_from, ends_on, cancelled_on, renewed, paused = (
        date.fromisoformat(row[6]),
        date.fromisoformat(row[7]),
        date.fromisoformat(row[8]),
        date.fromisoformat(row[9]) if row[9] else None,
        bool(row[11]),
        bool(row[12]),
    )
    if cancelled_on is not None and cancelled_on <= today:
        return SubscriptionState.CANCELLED
    if start_on > today:
        return SubscriptionState.SCHEDULED
    if ends_on < today:
        return SubscriptionState.RENEWED if renewed else SubscriptionState.COMPLETED
    if paused:
        return SubscriptionState.PAUSED
    return SubscriptionState.TRIAL if paid_from > today else SubscriptionState.ACTIVE


# --- measuring ----------------------------------------------------------------------------------------------------


@dataclass
class Times:
    service_ms: list[float] = field(default_factory=list)
    direct_ms: list[float] = field(default_factory=list)


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def time_pairs(
    service: Callable[[], Any],
    direct: Callable[[], Any],
    check: Callable[[Any, Any], None],
    repetitions: int,
    warm_up: int,
) -> Times:
    """Both calls *warm_up* + *repetitions* times, alternating which goes first; *check* compares their results."""
    times = Times()
    for index in range(warm_up + repetitions):
        if index % 2:
            direct_time, direct_result = _timed(direct)
            service_time, service_result = _timed(service)
        else:
            service_time, service_result = _timed(service)
            direct_time, direct_result = _timed(direct)
        if index == 0:
            check(service_result, direct_result)
        if index >= warm_up:
            times.service_ms.append(service_time)
            times.direct_ms.append(direct_time)
    return times


def _page_check(kind: ListKind, today: date) -> Callable[[SubscriptionPage, list[tuple[Any, ...]]], None]:
    def check(page: SubscriptionPage, rows: list[tuple[Any, ...]]) -> None:
        found = [(row.id, row.state) for row in page.rows]
        expected = [(row[0], direct_state(row, today)) for row in rows[:PAGE]]
        if found != expected or page.has_more != (len(rows) > PAGE):
            raise BenchmarkError(
                f"{kind.name}: the service found {found[:3]}… ({len(found)}, more: {page.has_more}),"
                f" the direct query {expected[:3]}… ({len(rows)} rows)"
            )

    return check


def page_times(
    db: Database, connection: sqlite3.Connection, kind: ListKind, offset: int, today: date, settings: Settings
) -> Times:
    parameters = kind.parameters(today, offset)
    after = _row_before(db, kind, offset, today)
    return time_pairs(
        lambda: list_subscriptions(db, kind.filters, after=after, limit=PAGE, today=today),
        lambda: connection.execute(kind.page_sql, parameters).fetchall(),
        _page_check(kind, today),
        settings.repetitions,
        _warm_up(settings),
    )


def _row_before(db: Database, kind: ListKind, offset: int, today: date) -> SubscriptionRow | None:
    """The row a clerk who scrolled to *offset* saw last: the list model asks for the page after it."""
    if offset == 0:
        return None
    return list_subscriptions(db, kind.filters, offset=offset - 1, limit=1, today=today).rows[0]


def deep_against_first_page(db: Database, offset: int, today: date, settings: Settings) -> Times:
    """The page after row *offset* (by keyset) against the first page, both through the service."""
    after = _row_before(db, LISTS[0], offset, today)
    return time_pairs(
        lambda: list_subscriptions(db, after=after, limit=PAGE, today=today),
        lambda: list_subscriptions(db, limit=PAGE, today=today),
        lambda _deep, _first: None,
        settings.repetitions,
        _warm_up(settings),
    )


def count_times(db: Database, connection: sqlite3.Connection, today: date, settings: Settings) -> Times:
    def service() -> list[int]:
        return [count_subscriptions(db, kind.filters, today=today) for kind in COUNTED]

    def direct() -> list[int]:
        return [int(connection.execute(kind.count_sql, kind.parameters(today)).fetchone()[0]) for kind in COUNTED]

    def check(found: list[int], expected: list[int]) -> None:
        if found != expected:
            raise BenchmarkError(f"counts: the service found {found}, the direct queries {expected}")

    return time_pairs(service, direct, check, settings.repetitions, _warm_up(settings))


def _warm_up(settings: Settings) -> int:
    return max(2, settings.repetitions // 20)


def _metrics(name: str, times: Times, max_ms: float) -> list[Metric]:
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


def deep_offset(total: int) -> int:
    """``DEEP_OFFSET``, or the middle of a list too short for it (in whole pages)."""
    return min(DEEP_OFFSET, total // 2 // PAGE * PAGE)


def subscription_metrics(path: Path, settings: Settings, log: Callable[[str], None]) -> list[Metric]:
    today = LAST_DAY
    db = open_database(sqlite_file(path), backup_folder=None)
    metrics: list[Metric] = []
    try:
        with closing(sqlite3.connect(path)) as connection:
            total = int(connection.execute("SELECT count(*) FROM subscription").fetchone()[0])
            for kind in LISTS:
                offset = deep_offset(total) if kind.deep else 0
                held = int(connection.execute(kind.count_sql, kind.parameters(today)).fetchone()[0])
                times = page_times(db, connection, kind, offset, today, settings)
                shown = min(max(held - offset, 0), PAGE)
                where = f" at offset {offset:,}" if kind.deep else ""
                log(f"  {kind.name}: {held:,} subscriptions in the list, {shown} on the page{where}")
                metrics += _metrics(kind.name, times, PAGE_P95_MAX_MS)
            offset = deep_offset(total)
            times = deep_against_first_page(db, offset, today, settings)
            log(f"  the page after row {offset:,} against the first page, both through the service")
            metrics += [
                Metric(
                    f"deep page vs first page {label}",
                    percentile(times.service_ms, share),
                    "ms",
                    percentile(times.direct_ms, share),
                    None,
                    max_ratio,
                )
                for label, share, max_ratio in (("p50", 0.5, None), ("p95", 0.95, DEEP_PAGE_MAX_RATIO))
            ]
            times = count_times(db, connection, today, settings)
            counts = (f"{kind.name} {count_subscriptions(db, kind.filters, today=today):,}" for kind in COUNTED)
            log(f"  counts on refresh: {', '.join(counts)}")
            metrics += _metrics(f"counts on refresh ({len(COUNTED)})", times, COUNTS_P95_MAX_MS)
            if settings.explain:
                explain(db, connection, today, total, log)
    finally:
        db.dispose()
    return metrics


# --- query plans --------------------------------------------------------------------------------------------------


@contextmanager
def captured_statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements (with their parameters) the engine runs inside the block."""
    statements: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", before)


def query_plan(connection: sqlite3.Connection, sql: str, parameters: Any) -> str:
    rows = connection.execute(f"EXPLAIN QUERY PLAN {sql}", parameters).fetchall()
    depth = {0: 0}
    lines = []
    for node, parent, _unused, detail in rows:
        depth[node] = depth.get(parent, 0) + 1
        lines.append("      " + "  " * (depth[node] - 1) + detail)
    return "\n".join(lines)


def explain(db: Database, connection: sqlite3.Connection, today: date, total: int, log: Callable[[str], None]) -> None:
    log("query plans (EXPLAIN QUERY PLAN), the service's statements and the direct SQL:")
    for kind in LISTS:
        offset = deep_offset(total) if kind.deep else 0
        after = _row_before(db, kind, offset, today)
        with captured_statements(db) as statements:
            list_subscriptions(db, kind.filters, after=after, limit=PAGE, today=today)
        log(f"  {kind.name}, page:")
        for sql, parameters in statements:
            log(f"    service:\n{query_plan(connection, sql, parameters)}")
        log(f"    direct:\n{query_plan(connection, kind.page_sql, kind.parameters(today, offset))}")
    for kind in COUNTED:
        with captured_statements(db) as statements:
            count_subscriptions(db, kind.filters, today=today)
        log(f"  {kind.name}, count:")
        for sql, parameters in statements:
            log(f"    service:\n{query_plan(connection, sql, parameters)}")
        log(f"    direct:\n{query_plan(connection, kind.count_sql, kind.parameters(today))}")


# --- report -------------------------------------------------------------------------------------------------------


def describe_database(built: BuiltDatabase) -> str:
    counts = row_counts(built.path)
    customers = max(counts.get("customer", 0), 1)
    how = "from cache, built" if built.report.from_cache else "built"
    return (
        f"database: {counts.get('customer', 0):,} customers, {counts.get('subscription', 0):,} subscriptions"
        f" ({counts.get('subscription', 0) / customers:.2f} each), {counts.get('subscription_event', 0):,}"
        f" subscription events, {built.path.stat().st_size / 2**20:.1f} MiB; {how} in {built.report.seconds:.1f} s"
        f" ({built.path.name}); today is {LAST_DAY.isoformat()}"
    )


def run(settings: Settings, log: Callable[[str], None] = print) -> list[Metric]:
    log(
        f"ToySub Desktop subscription benchmarks: Python {platform.python_version()},"
        f" SQLite {sqlite3.sqlite_version}, {platform.platform()}"
    )
    built = cached_database(settings.customers, settings.cache_dir, log=log)
    log(describe_database(built))
    with tempfile.TemporaryDirectory(prefix="toysub-bench-") as temporary:
        # Work on a copy: the cached file stays as built whatever the app does to the one it opens.
        path = Path(temporary) / "big.sqlite3"
        shutil.copyfile(built.path, path)
        log(
            f"pages of {PAGE} and the button counts ({settings.repetitions} queries of each, through the service and"
            " as direct SQL):"
        )
        return subscription_metrics(path, settings, log)


def main(argv: Sequence[str] | None = None) -> int:
    settings = parse_args(argv)
    return measure_and_report(lambda: run(settings), settings.json_path)


if __name__ == "__main__":
    raise SystemExit(main())
