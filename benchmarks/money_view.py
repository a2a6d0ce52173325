"""How long the owner's money view (수납·정산 → 월별 현황) takes on a big shop, beside the same figures read by
hand-written SQL on the same file: the service's price over the engine's floor.

    python benchmarks/money_view.py                    # about 2,000 subscriptions
    python benchmarks/money_view.py --customers 13700  # about 20,000 subscriptions

The shop is ``build_database.py``'s (cached in ``benchmarks/.cache/``), copied; its whole history is billed by the
app's own billing run (three years of cycles), then most charges are paid in bulk a few days after they fall due
(auto debit), one in fifty of the rest written off a month later, as a shop with years of payments would hold them.

Timed (p50 and p95 over the repetitions): the twelve months ending on ``LAST_DAY`` through ``monthly_figures``, and
the same figures from three grouped SQL statements typed for SQLite (``strftime`` months); both must agree. And the
first page of the last month's unpaid charges. Reported, not failed (benchmarks measure, tests assert behaviour).
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
from datetime import UTC, date, datetime
from datetime import time as clock
from pathlib import Path

from build_database import LAST_DAY, cached_database
from report import percentile
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.ledger import CHARGE_KINDS, EntryKind
from toysub_desktop.domain.months import add_months, last_months
from toysub_desktop.services.ledger import bill_due
from toysub_desktop.services.money_figures import MonthFigures, monthly_figures, unpaid_charges

CACHE = Path(__file__).resolve().parent / ".cache"
_CHARGES = ", ".join(f"'{kind.value}'" for kind in sorted(CHARGE_KINDS))

PAY = f"""
INSERT INTO ledger_entry (customer_id, kind, amount, entry_on, means, approval_number, cash_receipt_number, note,
                          recorded_at, recorded_by_id)
SELECT customer_id, 'payment', amount, date(entry_on, '+' || (id % 7) || ' days'), 'auto_debit', '', '',
       'bench:' || id, recorded_at, recorded_by_id
FROM ledger_entry
WHERE kind IN ({_CHARGES}) AND voided_at IS NULL AND id % 10 != 0
  AND date(entry_on, '+' || (id % 7) || ' days') <= :last
"""
WRITE_OFF = f"""
INSERT INTO ledger_entry (customer_id, kind, amount, entry_on, approval_number, cash_receipt_number, note,
                          recorded_at, recorded_by_id)
SELECT customer_id, 'write_off', amount, date(entry_on, '+30 days'), '', '', 'bench:' || id, recorded_at,
       recorded_by_id
FROM ledger_entry
WHERE kind IN ({_CHARGES}) AND voided_at IS NULL AND id % 50 = 0 AND date(entry_on, '+30 days') <= :last
"""
ALLOCATE = """
INSERT INTO ledger_allocation (credit_id, debit_id, amount, recorded_at, recorded_by_id)
SELECT id, CAST(substr(note, 7) AS INTEGER), amount, recorded_at, recorded_by_id
FROM ledger_entry WHERE note LIKE 'bench:%'
"""

# The floor: the same figures by hand, months by strftime, running totals summed in Python.
DIRECT_BILLED = f"""
SELECT strftime('%Y-%m', entry_on) AS m, kind, sum(amount) FROM ledger_entry
WHERE kind IN ({_CHARGES}) AND voided_at IS NULL AND entry_on < :end GROUP BY m, kind
"""
DIRECT_MOVED = """
SELECT strftime('%Y-%m', entry_on) AS m, kind, kind = 'refund' AND subscription_id IS NOT NULL AS deposit,
       sum(amount), count(DISTINCT customer_id)
FROM ledger_entry
WHERE kind IN ('payment', 'refund', 'write_off') AND voided_at IS NULL AND entry_on < :end
GROUP BY m, kind, deposit
"""
DIRECT_COVERED = f"""
SELECT strftime('%Y-%m', max(d.entry_on, c.entry_on)) AS m, strftime('%Y-%m', d.entry_on) AS due,
       d.kind = 'deposit' AND c.kind = 'payment' AS deposit, sum(a.amount)
FROM ledger_allocation a
JOIN ledger_entry c ON c.id = a.credit_id AND c.voided_at IS NULL
JOIN ledger_entry d ON d.id = a.debit_id AND d.voided_at IS NULL
WHERE d.kind IN ({_CHARGES}) AND d.entry_on < :end
GROUP BY m, due, deposit
"""


def noon(day: date) -> datetime:
    return datetime.combine(day, clock(3, 0), tzinfo=UTC)


def direct_figures(connection: sqlite3.Connection, months: list[date]) -> list[MonthFigures]:
    end = add_months(months[-1], 1).isoformat()
    keys = [month.strftime("%Y-%m") for month in months]
    first = keys[0]
    billed = connection.execute(DIRECT_BILLED, {"end": end}).fetchall()
    moved = connection.execute(DIRECT_MOVED, {"end": end}).fetchall()
    covered = connection.execute(DIRECT_COVERED, {"end": end}).fetchall()
    outstanding = sum(won for m, _, won in billed if m < first) - sum(won for m, _, _, won in covered if m < first)
    held = sum(won for m, _, deposit, won in covered if m < first and deposit) - sum(
        won for m, kind, deposit, won, _ in moved if m < first and deposit
    )
    figures = []
    for month, key in zip(months, keys, strict=True):
        by_kind = {EntryKind(kind): won for m, kind, won in billed if m == key}
        outstanding += sum(by_kind.values()) - sum(won for m, _, _, won in covered if m == key)
        held += sum(won for m, _, deposit, won in covered if m == key and deposit) - sum(
            won for m, kind, deposit, won, _ in moved if m == key and deposit
        )

        def won_of(kind: str, key: str = key) -> int:
            return sum(won for m, k, _, won, _ in moved if m == key and k == kind)

        figures.append(
            MonthFigures(
                month=month,
                billed_by_kind=dict(sorted(by_kind.items(), key=lambda item: ORDER.index(item[0]))),
                payments=won_of("payment"),
                refunds=won_of("refund"),
                written_off=won_of("write_off"),
                outstanding=outstanding,
                deposits_held=held,
                paying_customers=sum(people for m, k, _, _, people in moved if m == key and k == "payment"),
                unpaid_now=sum(by_kind.values()) - sum(won for _, due, _, won in covered if due == key),
            )
        )
    return figures


ORDER = [EntryKind.CYCLE_FEE, EntryKind.DEPOSIT, EntryKind.LATE_FEE, EntryKind.DAMAGE_FEE, EntryKind.LOSS_FEE,
         EntryKind.EARLY_TERMINATION]  # fmt: skip


def timed(run: Callable[[], object], repetitions: int) -> tuple[float, float]:
    times = []
    for _ in range(repetitions):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return percentile(times, 0.5), percentile(times, 0.95)


def with_ledger(built: Path) -> Path:
    """The built shop with its whole history billed and paid, cached beside it (billing three years takes minutes)."""
    path = built.with_name(f"ledger-{built.name}")
    if path.exists():
        return path
    building = built.with_name(f"ledger-{built.stem}.building-{os.getpid()}.sqlite3")
    shutil.copyfile(built, building)
    db = open_database(sqlite_file(building), backup_folder=None)
    try:
        if db.integrity is not None:
            db.integrity.require_passed()
        with closing(sqlite3.connect(building)) as connection:
            staff_id = int(connection.execute("SELECT min(id) FROM staff").fetchone()[0])
        run = bill_due(db, staff_id=staff_id, now=noon(LAST_DAY))
        print(f"billed the whole history: {run.added:,} charges in {run.seconds:,.0f} s (cached for later runs)")
    finally:
        db.dispose()
    with closing(sqlite3.connect(building)) as connection:
        for statement in (PAY, WRITE_OFF, ALLOCATE):
            connection.execute(statement, {"last": LAST_DAY.isoformat()})
        connection.commit()
        connection.execute("ANALYZE")
        connection.commit()
    os.replace(building, path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=1_400)
    parser.add_argument("--repetitions", type=int, default=10)
    parser.add_argument("--cache-dir", type=Path, default=CACHE)
    args = parser.parse_args()
    built = cached_database(args.customers, args.cache_dir)
    ledger = with_ledger(built.path)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.sqlite3"
        shutil.copyfile(ledger, path)
        db = open_database(sqlite_file(path), backup_folder=None)
        try:
            if db.integrity is not None:
                db.integrity.require_passed()
            with closing(sqlite3.connect(path)) as connection:
                staff_id = int(connection.execute("SELECT min(id) FROM staff").fetchone()[0])
                subscriptions = int(connection.execute("SELECT count(*) FROM subscription").fetchone()[0])
                entries = int(connection.execute("SELECT count(*) FROM ledger_entry").fetchone()[0])
                allocations = int(connection.execute("SELECT count(*) FROM ledger_allocation").fetchone()[0])
            print(
                f"{args.customers:,} customers, {subscriptions:,} subscriptions: {entries:,} ledger entries, "
                f"{allocations:,} allocations"
            )
            first, last = last_months(LAST_DAY)
            months = [add_months(first, index) for index in range(12)]

            def service() -> list[MonthFigures]:
                return monthly_figures(db, staff_id=staff_id, first_month=first, last_month=last, now=noon(LAST_DAY))

            with closing(sqlite3.connect(path)) as connection:
                expected = direct_figures(connection, months)
                if service() != expected:
                    raise SystemExit("the service's figures differ from the direct SQL's")
                floor = timed(lambda: direct_figures(connection, months), args.repetitions)
            value = timed(service, args.repetitions)
            print(
                f"  twelve months' figures: p50 {value[0]:,.0f} ms, p95 {value[1]:,.0f} ms; direct SQL p50 "
                f"{floor[0]:,.0f} ms, p95 {floor[1]:,.0f} ms; ratio {value[0] / floor[0]:.2f}"
            )
            page = timed(
                lambda: unpaid_charges(db, staff_id=staff_id, month=last, limit=100, now=noon(LAST_DAY)),
                args.repetitions,
            )
            print(f"  the last month's unpaid charges, first page: p50 {page[0]:,.1f} ms, p95 {page[1]:,.1f} ms")
            for row in expected[-3:]:
                print(
                    f"    {row.month:%Y-%m}: billed {row.billed:,}, collected {row.collected:,}, "
                    f"outstanding {row.outstanding:,}, deposits held {row.deposits_held:,}, "
                    f"paying {row.paying_customers:,}"
                )
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
