"""How long the owner's dashboard (회원·분석 → 대시보드) takes to show on a big shop, beside the same figures read by
hand-written SQL on the same file: the window's price over the engine's floor.

    python benchmarks/dashboard.py                      # 100,000 customers, about 146,000 contracts over 3 years
    python benchmarks/dashboard.py --customers 27000    # a smaller shop, faster to build

The shop is the benchmark shop with two years of history (``shop_history.py``, cached: ``build_database.py``'s three
years of contracts with renewals, pauses and cancellations, ``billing.money_database``'s two years of charges and
payments, and two years of deliveries with skipped boxes, loans with late returns, the contact log, ratings, points
earned, spent, granted and expired, and referrals). "Today" is ``build_database.LAST_DAY``; the period is the last
twelve months.

Timed, p50 and p95 over the repetitions (a fresh window each time, as each opening of the dashboard is):

- **first paint**: the dashboard window built, its figures read (``dashboard_figures``), its charts filled, shown and
  painted (offscreen) — what the owner waits for after choosing the menu entry (target ≤ 1 s);
- the figures alone (``dashboard_figures``);
- **direct SQL**: the same figures from hand-written SQLite statements, the obvious way (the months' days joined with
  the contracts, ``strftime`` months, a window function for the plan changes, ``julianday`` for tenure); both must
  agree, figure by figure.

Reported, not failed (benchmarks measure, tests assert behaviour).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from build_database import LAST_DAY
from report import percentile
from shop_history import history_database

CACHE = Path(__file__).resolve().parent / ".cache"
COUNTED = ("customer", "subscription", "subscription_event", "delivery", "ledger_entry", "feedback", "points_entry")


# --- the floor: the same figures by hand ---------------------------------------------------------------------------

RUNNING = """
SELECT d.i, count(*), sum(s.monthly_fee) FROM days d
JOIN subscription s ON s.start_on <= d.d AND s.ends_on >= d.d AND (s.cancelled_on IS NULL OR s.cancelled_on > d.d)
GROUP BY d.i
"""
FEE_CHANGES = """
SELECT i, sum(fee - signed) FROM (
    SELECT d.i AS i, e.monthly_fee AS fee, s.monthly_fee AS signed,
           row_number() OVER (PARTITION BY d.i, e.subscription_id ORDER BY e.effective_on DESC, e.id DESC) AS n
    FROM subscription_event e JOIN days d ON e.effective_on <= d.d
    JOIN subscription s ON s.id = e.subscription_id
    WHERE e.kind = 'plan_change' AND e.voided_at IS NULL AND e.monthly_fee IS NOT NULL
      AND s.start_on <= d.d AND s.ends_on >= d.d AND (s.cancelled_on IS NULL OR s.cancelled_on > d.d)
) WHERE n = 1 GROUP BY i
"""
NEW = """
SELECT strftime('%Y-%m', start_on), count(*) FROM subscription
WHERE renews_id IS NULL AND start_on >= :first AND start_on <= :today GROUP BY 1
"""
ENDED = """
SELECT strftime('%Y-%m', stop), count(*) FROM (
    SELECT CASE WHEN cancelled_on IS NOT NULL AND cancelled_on <= ends_on THEN cancelled_on
                ELSE date(ends_on, '+1 day') END AS stop,
           cancelled_on IS NOT NULL AND cancelled_on <= ends_on AS cancelled, renewed
    FROM subscription
) WHERE (cancelled OR NOT renewed) AND stop >= :first AND stop <= :today GROUP BY 1
"""
PER_PLAN = """
WITH r AS (SELECT id, plan_id, monthly_fee FROM subscription
           WHERE start_on <= :day AND ends_on >= :day AND (cancelled_on IS NULL OR cancelled_on > :day)),
     l AS (SELECT subscription_id, plan_id, monthly_fee,
                  row_number() OVER (PARTITION BY subscription_id ORDER BY effective_on DESC, id DESC) AS n
           FROM subscription_event
           WHERE kind = 'plan_change' AND voided_at IS NULL AND monthly_fee IS NOT NULL AND effective_on <= :day)
SELECT p.name, sum(coalesce(l.monthly_fee, r.monthly_fee)) FROM r
LEFT JOIN l ON l.subscription_id = r.id AND l.n = 1
JOIN plan p ON p.id = coalesce(l.plan_id, r.plan_id)
GROUP BY p.name
"""
RATINGS = """
SELECT strftime('%Y-%m', datetime(recorded_at, '+9 hours')), count(*), sum(rating) FROM feedback
WHERE voided_at IS NULL AND datetime(recorded_at, '+9 hours') >= :first AND datetime(recorded_at, '+9 hours') < :end
GROUP BY 1
"""
COHORTS = """
WITH f AS (SELECT customer_id, min(start_on) AS first FROM subscription GROUP BY customer_id
           HAVING min(start_on) >= :first AND min(start_on) < :end)
SELECT strftime('%Y-%m', first), count(*) FROM f GROUP BY 1
"""
KEPT = """
WITH f AS (SELECT customer_id, min(start_on) AS first FROM subscription GROUP BY customer_id
           HAVING min(start_on) >= :first AND min(start_on) < :end)
SELECT c.c, c.k, count(*) FROM checks c JOIN f ON strftime('%Y-%m', f.first) = c.c
WHERE EXISTS (SELECT 1 FROM subscription s WHERE s.customer_id = f.customer_id AND s.start_on <= c.d
              AND s.ends_on >= c.d AND (s.cancelled_on IS NULL OR s.cancelled_on > c.d))
GROUP BY c.c, c.k
"""
TENURE = """
SELECT count(*), coalesce(sum(julianday(:day) - julianday(first)), 0) FROM (
    SELECT min(start_on) AS first FROM subscription WHERE customer_id IN (
        SELECT customer_id FROM subscription
        WHERE start_on <= :day AND ends_on >= :day AND (cancelled_on IS NULL OR cancelled_on > :day))
    GROUP BY customer_id)
"""
DELIVERIES = """
SELECT count(*), coalesce(sum(state = 'delivered'), 0) FROM delivery
WHERE scheduled_on >= :monday AND scheduled_on < :next AND state != 'cancelled'
"""
POINTS = """
SELECT coalesce(sum(CASE WHEN kind IN ('earned', 'referral', 'granted') THEN points ELSE -points END), 0)
FROM points_entry WHERE voided_at IS NULL
"""
OVERDUE = """
SELECT count(DISTINCT customer_id), coalesce(sum(open_amount), 0) FROM ledger_entry
WHERE voided_at IS NULL AND open_amount > 0 AND entry_on < :cutoff
  AND kind IN ('cycle_fee', 'deposit', 'late_fee', 'damage_fee', 'loss_fee', 'early_termination')
"""


def direct_figures(connection: sqlite3.Connection, months: list[date], today: date, grace_days: int) -> dict[str, Any]:
    from toysub_desktop.domain.dashboard import RETENTION_MONTHS, looked_at, retention_day, week_of
    from toysub_desktop.domain.months import add_months

    end = add_months(months[-1], 1)
    keys = [f"{month:%Y-%m}" for month in months]
    days = [min(month, today) for month in months] + [looked_at(month, today) for month in months]
    connection.execute("DROP TABLE IF EXISTS temp.days")
    connection.execute("CREATE TEMP TABLE days (i INTEGER, d TEXT)")
    connection.executemany("INSERT INTO temp.days VALUES (?, ?)", [(i, d.isoformat()) for i, d in enumerate(days)])
    running = {i: (n, won) for i, n, won in connection.execute(RUNNING)}
    connection.execute("DELETE FROM temp.days WHERE i < ?", (len(months),))
    changes = {i - len(months): won for i, won in connection.execute(FEE_CHANGES)}
    span = {"first": months[0].isoformat(), "end": end.isoformat(), "today": today.isoformat()}
    new = dict(connection.execute(NEW, span).fetchall())
    ended = dict(connection.execute(ENDED, span).fetchall())
    per_plan = {plan: won for plan, won in connection.execute(PER_PLAN, {"day": days[-1].isoformat()}) if won}
    ratings = {month: (n, total) for month, n, total in connection.execute(RATINGS, span)}
    sizes = dict(connection.execute(COHORTS, span).fetchall())
    checks = [
        (key, k, retention_day(month, k).isoformat())
        for key, month in zip(keys, months, strict=True)
        for k in RETENTION_MONTHS
        if retention_day(month, k) <= today
    ]
    connection.execute("DROP TABLE IF EXISTS temp.checks")
    connection.execute("CREATE TEMP TABLE checks (c TEXT, k INTEGER, d TEXT)")
    connection.executemany("INSERT INTO temp.checks VALUES (?, ?, ?)", checks)
    kept = {(c, k): n for c, k, n in connection.execute(KEPT, span)}
    subscribers, tenure_days = connection.execute(TENURE, {"day": days[-1].isoformat()}).fetchone()
    monday, following = week_of(today)
    deliveries = connection.execute(
        DELIVERIES, {"monday": monday.isoformat(), "next": following.isoformat()}
    ).fetchone()
    cutoff = (today - timedelta(days=grace_days)).isoformat()
    overdue = connection.execute(OVERDUE, {"cutoff": cutoff}).fetchone()
    points = connection.execute(POINTS).fetchone()[0]
    count = len(months)
    return {
        "active": [running.get(count + i, (0, 0))[0] for i in range(count)],
        "active_at_start": [running.get(i, (0, 0))[0] for i in range(count)],
        "recurring": [running.get(count + i, (0, 0))[1] + changes.get(i, 0) for i in range(count)],
        "new": [new.get(key, 0) for key in keys],
        "ended": [ended.get(key, 0) for key in keys],
        "ratings": [ratings.get(key, (0, 0)) for key in keys],
        "per_plan": sorted(per_plan.items(), key=lambda item: (-item[1], item[0])),
        "cohorts": [(sizes.get(key, 0), {k: kept.get((key, k), 0) for c, k, _ in checks if c == key}) for key in keys],
        "tenure": (subscribers, round(tenure_days)),
        "deliveries": tuple(deliveries),
        "overdue": tuple(overdue),
        "points": points,
    }


POINTS_SAMPLE = 200
LIVE_BALANCES = f"""
SELECT customer_id, sum(CASE WHEN kind IN ('earned', 'referral', 'granted') THEN points ELSE -points END)
FROM points_entry WHERE voided_at IS NULL GROUP BY customer_id ORDER BY customer_id LIMIT {POINTS_SAMPLE}
"""
EXPIRIES = "SELECT count(*) FROM points_entry WHERE kind = 'expired' AND voided_at IS NULL"


def check_points(db: Any, connection: sqlite3.Connection, today: date) -> str:
    """The points ledger as the app keeps it: a sample of customers' balances (``points_balance``: their lots
    replayed by the domain's rule, expiries included) equal to their live entries' sum — the expiries due by today are
    written, so the points outstanding (the live entries' sum) is exact."""
    from toysub_desktop.services.points import points_balance

    expiries = connection.execute(EXPIRIES).fetchone()[0]
    sample = connection.execute(LIVE_BALANCES).fetchall()
    for customer_id, live in sample:
        balance = points_balance(db, customer_id, today=today)
        if balance != live:
            raise SystemExit(f"customer {customer_id}: balance {balance:,}, live entries {live:,}")
    return f"{expiries:,} expiries written; {len(sample)} balances equal to their live entries"


def measure_expiry(db: Any, staff_id: int, now: datetime) -> str:
    """The day's points expiry as the app runs it after the first sign-in of a day (``expire_points``): the first
    run after the upgrade looks at every old lot; the next day's only at the lots that can have expired since."""
    from toysub_desktop.services.points import expire_points

    said = []
    for label, moment in (("first run", now), ("next day", now + timedelta(days=1))):
        started = time.perf_counter()
        looked = expire_points(db, staff_id=staff_id, now=moment)
        said.append(f"{label} {time.perf_counter() - started:.1f} s ({looked:,} customers looked at)")
    return "points expiry: " + ", ".join(said)


def as_direct(figures: Any) -> dict[str, Any]:
    """The service's figures in the direct SQL's shape, to compare."""
    months = figures.months
    tenure_days = (figures.average_tenure_months or 0) * (365.25 / 12) * figures.subscribers_at_end
    return {
        "active": [line.active for line in months],
        "active_at_start": [line.active_at_start for line in months],
        "recurring": [line.recurring_revenue for line in months],
        "new": [line.new for line in months],
        "ended": [line.ended for line in months],
        "ratings": [(line.ratings, line.rating_total) for line in months],
        "per_plan": list(figures.revenue_per_plan),
        "cohorts": [(cohort.customers, cohort.still_running) for cohort in figures.cohorts],
        "tenure": (figures.subscribers_at_end, round(tenure_days)),
        "deliveries": (figures.deliveries_this_week, figures.delivered_this_week),
        "overdue": (figures.overdue.customers, figures.overdue.amount),
        "points": figures.points_outstanding,
    }


def timed(run: Callable[[], object], repetitions: int) -> tuple[float, float, float, float]:
    """p50 and p95 of the wall time, then of the process's CPU time (on a shared machine the wall clock also counts
    the time other processes had the CPU; the CPU time is what the work itself took), in ms."""
    times = []
    cpu = []
    for _ in range(repetitions):
        started, cpu_started = time.perf_counter(), time.process_time()
        run()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
    return percentile(times, 0.5), percentile(times, 0.95), percentile(cpu, 0.5), percentile(cpu, 0.95)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repetitions", type=int, default=10)
    parser.add_argument("--cache-dir", type=Path, default=CACHE)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    cached = history_database(args.customers, args.cache_dir)

    from PySide6.QtWidgets import QApplication

    from toysub_desktop.db.location import sqlite_file
    from toysub_desktop.db.open import open_database
    from toysub_desktop.domain.dashboard import Period, period_months
    from toysub_desktop.services.dashboard import dashboard_figures
    from toysub_desktop.services.overdue import overdue_settings
    from toysub_desktop.services.shop import list_staff
    from toysub_desktop.ui.context import Counter
    from toysub_desktop.ui.dashboard import DashboardWindow

    app = QApplication([])
    today = LAST_DAY
    now = datetime.combine(today, datetime.min.time(), UTC) + timedelta(hours=3)
    months = period_months(Period.LAST_12, today)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(cached, path)
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            if db.integrity is not None:
                db.integrity.require_passed()
            owner = list_staff(db)[0]
            counter = Counter(db, owner, now=lambda: now)
            with closing(sqlite3.connect(path)) as connection:
                counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in COUNTED}
            print(", ".join(f"{n:,} {table}" for table, n in counts.items()))

            def service() -> Any:
                return dashboard_figures(db, staff_id=owner.id, months=months, today=today, now=now)

            def first_paint() -> None:
                window = DashboardWindow(counter)
                if window.load() is not None:
                    raise SystemExit("the owner was refused")
                window.show()
                app.processEvents()
                window.grab()  # painted, charts included
                window.close()
                window.deleteLater()
                app.processEvents()

            grace = overdue_settings(db).rules.grace_days
            with closing(sqlite3.connect(path)) as connection:
                expected = direct_figures(connection, months, today, grace)
                got = as_direct(service())
                differing = [key for key in expected if expected[key] != got[key]]
                if differing:
                    for key in differing:
                        print(f"  {key}: direct {expected[key]!r}\n  {' ' * len(key)}  service {got[key]!r}")
                    raise SystemExit(f"the service's figures differ from the direct SQL's: {', '.join(differing)}")
                print(f"  {check_points(db, connection, today)} (the points outstanding exact)")
                floor = timed(lambda: direct_figures(connection, months, today, grace), args.repetitions)
            first_paint()  # warm: Qt Charts and the fonts loaded once, as in the running app
            figures = timed(service, args.repetitions)
            paint = timed(first_paint, args.repetitions)
            verdict = "ok" if paint[1] <= 1000 else "OVER the 1 s target"
            for label, (p50, p95, cpu50, cpu95) in (
                ("dashboard first paint (window, figures, charts, shown)", paint),
                ("figures alone (dashboard_figures)", figures),
                ("direct SQL, the same figures", floor),
            ):
                print(f"  {label}: p50 {p50:,.0f} ms, p95 {p95:,.0f} ms; CPU p50 {cpu50:,.0f} ms, p95 {cpu95:,.0f} ms")
            print(f"  first paint p95 {verdict}")
            print(
                f"  ratio to direct SQL (p50): first paint {paint[0] / floor[0]:.2f}x, figures "
                f"{figures[0] / floor[0]:.2f}x (CPU: {paint[2] / floor[2]:.2f}x, {figures[2] / floor[2]:.2f}x); "
                f"load average {os.getloadavg()[0]:.1f}"
            )
            last = expected
            print(
                f"  {months[-1]:%Y-%m}: {last['active'][-1]:,} running, {last['new'][-1]:,} new, "
                f"{last['ended'][-1]:,} ended, recurring {last['recurring'][-1]:,} won"
            )
            print(
                f"  today: {last['deliveries'][0]:,} deliveries this week ({last['deliveries'][1]:,} delivered), "
                f"{last['overdue'][0]:,} customers overdue ({last['overdue'][1]:,} won), "
                f"{last['points']:,} points outstanding (direct SQL and service agree)"
            )
            print(f"  {measure_expiry(db, owner.id, now)}")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
