"""How long the daily close takes on a shop with a big ledger: reading one day's movements (the close window opening,
the close itself) and the lock check every payment now makes.

    python benchmarks/day_close.py                   # 400,000 ledger entries over two years
    python benchmarks/day_close.py --entries 1000000

A synthetic ledger in a fresh SQLite file: charges, payments (cash, card, transfer), refunds and write-offs spread
over 730 days by five staff members, one in fifty voided a few days later. Timed, p50 and p95 over 30 days:

- ``day_close_view``: the day's lines per staff member and method (what the window shows);
- ``close_day``: reading, summing and recording the close;
- ``require_open_day``: the lock check inside a payment's transaction.

Reported, not failed (benchmarks measure, tests assert behaviour).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from report import percentile
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import Customer, LedgerEntry
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.services.day_close import close_day, day_close_view
from toysub_desktop.services.queries.day_close import require_open_day
from toysub_desktop.services.shop import add_staff, set_up_shop

FIRST_DAY = date(2025, 1, 1)
DAYS = 730
NOW = datetime(2025, 1, 1, 1, 0, tzinfo=UTC)
_KINDS = (
    (EntryKind.CYCLE_FEE, 45),
    (EntryKind.PAYMENT, 45),
    (EntryKind.REFUND, 4),
    (EntryKind.WRITE_OFF, 2),
    (EntryKind.LATE_FEE, 4),
)
_MEANS = (PaymentMeans.CASH, PaymentMeans.CARD, PaymentMeans.BANK_TRANSFER, PaymentMeans.AUTO_DEBIT)


def moment(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=400_000)
    args = parser.parse_args()
    rng = random.Random(15)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_file(Path(folder) / "shop.sqlite3"), backup_folder=None)
        try:
            owner = set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW).id
            staff = [owner] + [
                add_staff(db, by_staff_id=owner, name=name, role=StaffRole.CLERK, now=NOW).id
                for name in ("최유진", "한지민", "이수진", "김하늘")
            ]
            started = time.perf_counter()
            with db.writing() as session:
                session.execute(
                    insert(Customer),
                    [
                        {
                            "number": f"C{i:05d}",
                            "name": f"고객{i}",
                            "name_initials": "ㄱㄱ",
                            "email": None,
                            "notes": "",
                            "registered_on": FIRST_DAY,
                            "created_at": NOW,
                            "created_by_id": owner,
                            "version": 1,
                        }
                        for i in range(2_000)
                    ],
                )
            kinds = [kind for kind, _ in _KINDS]
            weights = [weight for _, weight in _KINDS]
            rows = []
            for _ in range(args.entries):
                kind = rng.choices(kinds, weights)[0]
                day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
                voided = rng.random() < 0.02
                moves = kind in (EntryKind.PAYMENT, EntryKind.REFUND)
                rows.append(
                    {
                        "customer_id": rng.randrange(1, 2_001),
                        "kind": kind.value,
                        "amount": rng.choice((29_000, 33_150, 39_000, 50_000, 5_000)),
                        "entry_on": day,
                        "means": rng.choice(_MEANS).value if moves else None,
                        "recorded_at": moment(day, rng.randrange(0, 10)),
                        "recorded_by_id": rng.choice(staff),
                        "voided_at": moment(day + timedelta(days=rng.randrange(0, 5)), 5) if voided else None,
                        "voided_by_id": owner if voided else None,
                        "void_reason": "정정" if voided else None,
                    }
                )
            with db.writing() as session:
                for index in range(0, len(rows), 20_000):
                    session.execute(insert(LedgerEntry), rows[index : index + 20_000])
            print(f"{args.entries:,} ledger entries over {DAYS} days, built in {time.perf_counter() - started:.1f} s")
            days = [FIRST_DAY + timedelta(days=d) for d in rng.sample(range(DAYS - 10), 30)]
            views, closes, checks = [], [], []
            for day in days:
                started = time.perf_counter()
                view = day_close_view(db, day)
                views.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                close_day(
                    db, staff_id=owner, day=day, opening_float=100_000, counted_cash=view.expected_cash(100_000),
                    now=moment(day, 12),
                )  # fmt: skip
                closes.append((time.perf_counter() - started) * 1000)
                with db.reading() as session:
                    started = time.perf_counter()
                    require_open_day(session, FIRST_DAY + timedelta(days=DAYS))  # a day not closed
                    checks.append((time.perf_counter() - started) * 1000)
            lines = len(day_close_view(db, days[0]).lines)
            print(f"  a day's lines: {lines} (staff × method), about {args.entries // DAYS:,} entries a day")
            for label, times in (
                ("day_close_view (window opens)", views),
                ("close_day (read, sum, record)", closes),
                ("require_open_day (in each payment)", checks),
            ):
                print(f"  {label}: p50 {percentile(times, 0.5):.1f} ms, p95 {percentile(times, 0.95):.1f} ms")
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
