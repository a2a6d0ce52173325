"""Two years of everything a subscriber does besides paying, in bulk, on ``billing.money_database``'s shop (the
``build_database`` shop with two years of charges and payments): the history the owner's dashboard and the churn
risk read, built once and cached beside it. Shared by ``dashboard.py`` and ``churn.py``.

Over the two years up to ``build_database.LAST_DAY`` (the ledger's two years), from one seeded generator:

- **deliveries**: every box and rental swap the contracts called for, on the days the domain gives
  (``delivery_dates``: the delivery day or swap weekday, no box while paused), delivered before today and scheduled
  from today for two weeks; one box subscription in six skipped a box or two (a ``skip`` event checked by
  ``check_skip``, on a contract whose skipped box is charged as usual, and the box's row cancelled);
- **loans**: one toy out per swap (the loan names its delivery) and, for the memberships, one at the counter every
  two to four weeks, due the next swap or in 14 days; one subscriber in seven is often late (a loan in eight), the
  rest hardly ever, and a few still hold a toy past its due date; items of a catalogue of toys, an item lent
  again only once it is back;
- **contact log**: calls, messages, visits and requests spread over the two years; a complaint for about one
  customer in seven (those of the last three months often still open, a few older ones never resolved); a renewal
  talk before most renewals and for some of the terms ending in the next two months;
- **ratings**: a third of the customers rate one to four times (1 to 5 stars, about one in twelve of 2 or less);
- **points (적립금)**: the shop earns 1 % of each fully paid monthly fee (dated the day it was paid off), gives
  5,000 and 3,000 points to both sides of a referral, grants points now and then (a few voided and replaced by a
  corrected entry), and points expire after 12 months; a fifth of the customers with points spend them on a
  monthly fee now and then (a points discount set against the fee, the payment that much smaller), never more
  than the balance of the day (``domain.points.points_state``); the expiries up to today are written;
- **referrals**: about one customer in sixteen signing after the ledger opened came with an earlier customer's code.

Then the open amounts of every charge are worked out as the app keeps them (``db.ledger_balance``), so the
customers who stopped paying are overdue. Rows go in with SQLAlchemy Core executemany, as ``build_database`` does.
"""

from __future__ import annotations

import hashlib
import heapq
import os
import random
import shutil
import time as clock
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import Connection

from build_database import LAST_DAY
from toysub_desktop.db.ledger_balance import open_amounts_statement
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import (
    Base,
    Child,
    ContactLogEntry,
    Customer,
    Delivery,
    Feedback,
    Item,
    LedgerAllocation,
    LedgerEntry,
    Loan,
    PointsEntry,
    Referral,
    Shop,
    Staff,
    Subscription,
    SubscriptionEvent,
    Toy,
)
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.deliveries import DeliveryKind, DeliveryState, delivery_dates
from toysub_desktop.domain.feedback import FeedbackSource, FeedbackSubject
from toysub_desktop.domain.hangul import initial_consonants
from toysub_desktop.domain.ledger import EntryKind, SkipRule
from toysub_desktop.domain.plans import Cadence, PlanKind
from toysub_desktop.domain.points import PointsKind, PointsMove, PointsRules, points_state
from toysub_desktop.domain.subscription_history import EventKind, SubscriptionHistory
from toysub_desktop.domain.subscriptions import check_skip
from toysub_desktop.domain.toys import ItemState, ToyCategory
from toysub_desktop.services.queries.subscription_history import lifecycle_event, signed_contract

#: Bump when the generated data changes in a way the source hash would not show (it shows every edit here).
HISTORY_VERSION = 1
SEED = 20261031
TODAY = LAST_DAY
FIRST = TODAY - timedelta(days=730)
#: Deliveries are scheduled this far ahead of today, as the schedule keeps them.
SCHEDULED_AHEAD = timedelta(days=14)
ROWS_PER_STATEMENT = 20_000

POINTS_RULES = PointsRules(earn_percent=1, referrer_reward=5_000, referred_reward=3_000, expiry_months=12)
SKIPPING_SHARE = 1 / 6
#: A few subscribers are often late with their toys (one loan in eight); the rest hardly ever.
LATE_PRONE_SHARE = 0.15
LATE_SHARE = 0.12
RARELY_LATE_SHARE = 0.003
STILL_OUT_SHARE = 0.02
COMPLAINT_SHARE = 1 / 7
RATED_SHARE = 0.33
RATING_WEIGHTS = (3, 5, 15, 37, 40)
REFERRED_SHARE = 1 / 16
GRANTED_SHARE = 0.03
SPENDING_SHARE = 0.2
CONTACTS = ((0, 1, 2, 3, 4, 6, 8), (8, 14, 20, 18, 16, 14, 10))
CONTACT_KINDS = (
    (ContactKind.CALL, "안부 통화", 50), (ContactKind.MESSAGE, "카카오톡 문의 답변", 30),
    (ContactKind.VISIT, "매장 방문 상담", 10), (ContactKind.REQUEST, "장난감 교체 요청", 6),
    (ContactKind.PRAISE, "배송 기사 칭찬", 4),
)  # fmt: skip
COMPLAINTS = ("배송 지연", "장난감 부품 누락", "세척 상태 불만", "교환 일정 착오")
TOYS = (
    ("아기 체육관", ToyCategory.BABY), ("원목 블록 세트", ToyCategory.BLOCKS), ("주방 놀이", ToyCategory.ROLE_PLAY),
    ("소방차", ToyCategory.VEHICLES), ("붕붕카", ToyCategory.RIDE_ON), ("동물 퍼즐", ToyCategory.PUZZLES),
    ("실로폰", ToyCategory.MUSIC), ("자석 블록", ToyCategory.SCIENCE), ("미끄럼틀", ToyCategory.ACTIVE),
    ("곰 인형", ToyCategory.DOLLS),
)  # fmt: skip
TOY_SIZES = ("", " 미니", " 대형")


def at(day: date, hour: int = 3) -> datetime:
    """A moment on *day* (03:00 UTC is noon in Seoul)."""
    return datetime.combine(day, time(hour), tzinfo=UTC)


def history_database(customers: int, cache_dir: Path, *, log: Callable[[str], None] = print) -> Path:
    """The benchmark shop with two years of money and of everything else, built once and cached in *cache_dir*."""
    from billing import money_database

    money = money_database(customers, cache_dir)
    source = f"{HISTORY_VERSION}:{SEED}".encode() + Path(__file__).read_bytes()
    stem = f"{money.stem}-history-{hashlib.sha256(source).hexdigest()[:12]}"
    path = cache_dir / f"{stem}.sqlite3"
    if not path.exists():
        for stale in cache_dir.glob(f"{money.stem}-history-*"):
            stale.unlink()
        building = cache_dir / f"{stem}.building-{os.getpid()}.sqlite3"
        shutil.copyfile(money, building)
        started = clock.perf_counter()
        rows = add_shop_history(building)
        os.replace(building, path)
        log(f"two years of history added in {clock.perf_counter() - started:.1f} s (cached): {rows}")
    return path


# --- reading the shop -------------------------------------------------------------------------------------------


@dataclass
class _Contract:
    id: int
    customer_id: int
    kind: PlanKind
    cadence: Cadence
    delivery_day: int | None
    swap_weekday: int | None
    skip_rule: str
    signed_on: date
    history: SubscriptionHistory
    renews_id: int | None
    renewed: bool


def _contracts(connection: Connection) -> list[_Contract]:
    events: dict[int, list[Any]] = defaultdict(list)
    for row in connection.execute(
        select(SubscriptionEvent.__table__).order_by(SubscriptionEvent.effective_on, SubscriptionEvent.id)
    ):
        events[row.subscription_id].append(row)
    found = []
    for row in connection.execute(select(Subscription.__table__).order_by(Subscription.id)):
        history = SubscriptionHistory(
            signed_contract(row),  # type: ignore[arg-type]  # a row has the columns the rule reads
            tuple(lifecycle_event(event) for event in events.get(row.id, [])),  # type: ignore[arg-type]
        )
        found.append(
            _Contract(row.id, row.customer_id, PlanKind(row.kind), Cadence(row.cadence), row.delivery_day,
                      row.swap_weekday, row.skip_rule, row.signed_on, history, row.renews_id, row.renewed)
        )  # fmt: skip
    return found


class _Rows:
    """Rows per table with their ids given here (so later rows can name them), written a batch at a time."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.pending: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)
        self.next_ids: dict[str, int] = {}

    def add(self, table: Table, row: dict[str, Any]) -> int:
        name = table.name
        if name not in self.next_ids:
            top = self.connection.execute(select(table.c.id).order_by(table.c.id.desc()).limit(1)).scalar()
            self.next_ids[name] = (top or 0) + 1
        row_id = self.next_ids[name]
        self.next_ids[name] += 1
        self.pending[name].append({"id": row_id, **row})
        if len(self.pending[name]) >= ROWS_PER_STATEMENT:
            self.flush()
        return row_id

    def flush(self) -> None:
        """Write every pending row, the tables others refer to first."""
        for table_name in [table.name for table in Base.metadata.sorted_tables]:
            rows = self.pending.pop(table_name, [])
            if rows:
                table = Base.metadata.tables[table_name]
                # executemany takes its columns from the first row: every row gets every column named in any.
                names = {name for row in rows for name in row}
                fills = {name: _default(table, name) for name in names}
                self.connection.execute(insert(table), [fills | row for row in rows])
                self.counts[table_name] += len(rows)


def _default(table: Table, name: str) -> Any:
    default = table.c[name].default
    return getattr(default, "arg", None) if default is not None and getattr(default, "is_scalar", False) else None


# --- building ---------------------------------------------------------------------------------------------------


def add_shop_history(path: Path, *, seed: int = SEED) -> dict[str, int]:
    """Add the two years of history to the shop at *path*; returns the rows added per table (and a few counts)."""
    rng = random.Random(seed)
    db = open_database(sqlite_file(path), backup_folder=None)
    try:
        with db.engine.begin() as connection:
            staff = list(connection.execute(select(Staff.id).order_by(Staff.id)).scalars())
            contracts = _contracts(connection)
            # (a result has keys(): dict() would take it for a mapping, hence the pairs spelled out)
            children = {
                customer: child
                for customer, child in connection.execute(
                    select(Child.customer_id, Child.id).where(Child.voided_at.is_(None)).order_by(Child.id.desc())
                ).tuples()
            }
            registered = {
                customer: day for customer, day in connection.execute(select(Customer.id, Customer.registered_on))
            }
            rows = _Rows(connection)
            extra = _deliveries_and_loans(rows, rng, contracts, children, staff)
            rows.flush()
            _conversations(rows, rng, contracts, staff)
            _ratings(rows, rng, contracts, staff)
            rows.flush()
            extra |= _points_and_referrals(rows, rng, connection, contracts, registered, staff)
            rows.flush()
            connection.execute(open_amounts_statement())
        with db.engine.connect() as connection:  # the WAL folded into the file, as build_database leaves it
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    return {**rows.counts, **extra}


def _deliveries_and_loans(
    rows: _Rows, rng: random.Random, contracts: Sequence[_Contract], children: dict[int, int], staff: list[int]
) -> dict[str, int]:
    toys = []
    for number, ((name, category), size) in enumerate(
        (toy, size) for size in TOY_SIZES for toy in TOYS
    ):  # fmt: skip
        full = f"{name}{size}"
        toys.append(
            rows.add(
                Toy.__table__,
                {"name": full, "name_initials": initial_consonants(full), "category": category.value,
                 "min_age_months": 6 * (number % 4), "max_age_months": 6 * (number % 4) + 36, "brand": "",
                 "value": 30_000 + 10_000 * (number % 7), "active": True, "note": "", "created_at": at(FIRST),
                 "version": 1},
            )
        )  # fmt: skip
    loans: list[dict[str, Any]] = []
    skipped_boxes = 0
    last = TODAY + SCHEDULED_AHEAD
    for contract in contracts:
        timeline = contract.history.timeline
        if contract.kind is PlanKind.UNLIMITED:
            loans += _counter_loans(rng, contract, children, timeline.start, min(timeline.last_service_day, TODAY))
            continue
        days = delivery_dates(
            timeline, contract.kind, contract.cadence, contract.delivery_day, contract.swap_weekday,
            contract.history.skipped, FIRST, last,
        )  # fmt: skip
        skips: set[date] = set()
        past = [day for day in days if day < TODAY - timedelta(days=7)]
        charged = contract.kind is PlanKind.BOX and contract.skip_rule == SkipRule.CHARGED.value
        if charged and past and rng.random() < SKIPPING_SHARE:
            for day in rng.sample(past, min(len(past), rng.choice((1, 1, 2)))):
                skips.add(check_skip(timeline, day))
        kind = DeliveryKind.BOX if contract.kind is PlanKind.BOX else DeliveryKind.SWAP
        delivery_ids = []
        for day in days:
            if day in skips:
                state = DeliveryState.CANCELLED
            else:
                state = DeliveryState.DELIVERED if day < TODAY else DeliveryState.SCHEDULED
            delivery_ids.append(
                rows.add(
                    Delivery.__table__,
                    {"subscription_id": contract.id, "customer_id": contract.customer_id, "scheduled_on": day,
                     "kind": kind.value, "state": state.value, "needs_follow_up": False,
                     "created_at": at(day - timedelta(days=14)), "version": 1},
                )
            )  # fmt: skip
        for day in sorted(skips):
            rows.add(
                SubscriptionEvent.__table__,
                {"subscription_id": contract.id, "kind": EventKind.SKIP.value, "effective_on": day,
                 "note": "여행으로 한 달 쉼", "recorded_at": at(day - timedelta(days=rng.randint(3, 20))),
                 "recorded_by_id": rng.choice(staff)},
            )  # fmt: skip
            skipped_boxes += 1
        if kind is DeliveryKind.SWAP:
            swaps = list(zip(days, delivery_ids, strict=True))
            loans += _swap_loans(rng, contract, children, swaps, timeline.last_service_day)
    loans.sort(key=lambda loan: (loan["lent_on"], loan["customer_id"]))
    _lend_items(rows, rng, toys, loans, staff)
    return {"skipped boxes": skipped_boxes}


def _returned(rng: random.Random, due: date, late_share: float, *, still_out_share: float = 0.0) -> date | None:
    """When a toy due on *due* came back: on the day, a few days early, late now and then, or not yet."""
    if due >= TODAY:
        return None
    if rng.random() < still_out_share:
        return None
    if rng.random() < late_share:
        back = due + timedelta(days=rng.randint(2, 21))
    else:
        back = due - timedelta(days=rng.choice((0, 0, 0, 1, 2)))
    return back if back < TODAY else None


def _swap_loans(
    rng: random.Random,
    contract: _Contract,
    children: dict[int, int],
    swaps: Sequence[tuple[date, int]],
    last_service_day: date,
) -> list[dict[str, Any]]:
    """A toy out at each swap up to today, due back at the next swap (the last one of an ended contract: at its
    end); some subscribers are often late."""
    child = children.get(contract.customer_id)
    if child is None:
        return []
    late_share = LATE_SHARE if rng.random() < LATE_PRONE_SHARE else RARELY_LATE_SHARE
    step = timedelta(days=14 if contract.cadence is Cadence.EVERY_2_WEEKS else 28)
    lent = [(day, delivery_id) for day, delivery_id in swaps if day <= TODAY]
    found = []
    for index, (day, delivery_id) in enumerate(lent):
        if index + 1 < len(swaps):
            due = swaps[index + 1][0]
        elif last_service_day < TODAY:
            due = max(last_service_day, day + timedelta(days=1))
        else:
            due = day + step
        last_two = index + 2 >= len(lent)
        returned = _returned(rng, due, late_share, still_out_share=STILL_OUT_SHARE if last_two else 0)
        if returned is not None and returned <= day:
            returned = day + timedelta(days=1)
        found.append(_loan(contract, child, day, due, returned, delivery_id))
    return found


def _counter_loans(
    rng: random.Random, contract: _Contract, children: dict[int, int], start: date, last: date
) -> list[dict[str, Any]]:
    child = children.get(contract.customer_id)
    late_share = LATE_SHARE if rng.random() < LATE_PRONE_SHARE else RARELY_LATE_SHARE
    found: list[dict[str, Any]] = []
    day = max(start, FIRST) + timedelta(days=rng.randint(0, 10))
    while child is not None and day <= last:
        due = day + timedelta(days=14)
        returned = _returned(rng, due, late_share, still_out_share=STILL_OUT_SHARE / 2)
        found.append(_loan(contract, child, day, due, returned, None))
        day = max(returned or due, day + timedelta(days=1)) + timedelta(days=rng.randint(0, 14))
        if returned is None:
            break
    return found


def _loan(
    contract: _Contract, child: int, day: date, due: date, returned: date | None, delivery_id: int | None
) -> dict[str, Any]:
    return {"customer_id": contract.customer_id, "child_id": child, "subscription_id": contract.id,
            "delivery_id": delivery_id, "lent_on": day, "due_on": due, "returned_on": returned,
            "return_condition": "good" if returned else None, "lent_at": at(day), "note": "",
            "returned_at": at(returned) if returned else None}  # fmt: skip


def _lend_items(
    rows: _Rows, rng: random.Random, toys: list[int], loans: list[dict[str, Any]], staff: list[int]
) -> None:
    """Each loan takes an item that is back on the shelf by its day (the one back longest), or a new one."""
    free: list[tuple[date, int]] = []
    out_with: dict[int, bool] = {}
    items: list[int] = []
    for loan in loans:
        if free and free[0][0] <= loan["lent_on"]:
            _, item = heapq.heappop(free)
        else:
            item = len(items)
            items.append(rng.choice(toys))
        back = loan["returned_on"]
        if back is None:
            out_with[item] = True
        else:
            heapq.heappush(free, (back, item))
        loan["item"] = item
    first_id = None
    for index, toy in enumerate(items):
        item_id = rows.add(
            Item.__table__,
            {"toy_id": toy, "barcode": f"T{index + 1:08d}", "acquired_on": FIRST - timedelta(days=30),
             "state": (ItemState.ON_LOAN if out_with.get(index) else ItemState.AVAILABLE).value, "notes": "",
             "created_at": at(FIRST - timedelta(days=30)), "version": 1},
        )  # fmt: skip
        first_id = item_id if first_id is None else first_id
    rows.flush()
    for loan in loans:
        item = loan.pop("item")
        who = rng.choice(staff)
        loan |= {"item_id": (first_id or 0) + item, "lent_by_id": who,
                 "received_by_id": who if loan["returned_on"] else None}  # fmt: skip
        rows.add(Loan.__table__, loan)


def _customers_since(contracts: Sequence[_Contract]) -> dict[int, date]:
    since: dict[int, date] = {}
    for contract in contracts:
        start = contract.history.timeline.start
        since[contract.customer_id] = min(since.get(contract.customer_id, start), start)
    return since


def _conversations(rows: _Rows, rng: random.Random, contracts: Sequence[_Contract], staff: list[int]) -> None:
    since = _customers_since(contracts)
    log = ContactLogEntry.__table__
    weights = [weight for _, _, weight in CONTACT_KINDS]
    for customer, first in since.items():
        first = max(first, FIRST)
        span = (TODAY - first).days
        if span <= 0:
            continue
        for _ in range(rng.choices(*CONTACTS)[0]):
            kind, note, _ = rng.choices(CONTACT_KINDS, weights)[0]
            day = first + timedelta(days=rng.randrange(span))
            rows.add(log, _contact(customer, kind, note, at(day, rng.randint(1, 9)), rng.choice(staff)))
        if rng.random() < COMPLAINT_SHARE:
            day = first + timedelta(days=rng.randrange(span))
            recent = (TODAY - day).days <= 90
            still_open = rng.random() < (0.4 if recent else 0.05)
            resolved = None if still_open else min(at(day + timedelta(days=rng.randint(0, 6)), 8), at(TODAY, 1))
            rows.add(
                log,
                _contact(customer, ContactKind.COMPLAINT, rng.choice(COMPLAINTS), at(day, 4), rng.choice(staff))
                | {"resolved_at": resolved, "resolved_by_id": staff[0] if resolved else None,
                   "resolution": "사과 후 교환 처리" if resolved else None},
            )  # fmt: skip
    for contract in contracts:
        timeline = contract.history.timeline
        if contract.renews_id is not None and rng.random() < 0.8:
            talk = contract.signed_on - timedelta(days=rng.randint(3, 40))
            if talk >= FIRST:
                rows.add(log, _contact(contract.customer_id, ContactKind.RENEWAL, "재계약 안내", at(talk, 5), staff[0]))
        ending = TODAY <= timeline.end <= TODAY + timedelta(days=60)
        if ending and not contract.renewed and timeline.cancelled_on is None and rng.random() < 0.4:
            talk = TODAY - timedelta(days=rng.randint(0, 30))
            rows.add(log, _contact(contract.customer_id, ContactKind.RENEWAL, "재계약 안내", at(talk, 5), staff[0]))


def _contact(customer: int, kind: ContactKind, note: str, moment: datetime, staff_id: int) -> dict[str, Any]:
    return {"customer_id": customer, "kind": kind.value, "note": note, "recorded_at": moment,
            "recorded_by_id": staff_id, "version": 1}  # fmt: skip


def _ratings(rows: _Rows, rng: random.Random, contracts: Sequence[_Contract], staff: list[int]) -> None:
    """A third of the customers rate one to four times, on days spread over the two years."""
    subjects = (FeedbackSubject.DELIVERY, FeedbackSubject.RETURN, FeedbackSubject.TOY)
    for customer in sorted(_customers_since(contracts)):
        if rng.random() >= RATED_SHARE:
            continue
        for _ in range(rng.randint(1, 4)):
            # 09:00 to midnight in Seoul
            moment = at(TODAY - timedelta(days=rng.randrange(730)), 0) + timedelta(minutes=rng.randrange(15 * 60))
            rating = rng.choices((1, 2, 3, 4, 5), RATING_WEIGHTS)[0]
            rows.add(
                Feedback.__table__,
                {"customer_id": customer, "subject": rng.choice(subjects).value,
                 "source": rng.choice((FeedbackSource.COUNTER, FeedbackSource.CARD)).value, "rating": rating,
                 "comment": "" if rating > 2 else "아이가 관심을 보이지 않았어요", "recorded_at": moment,
                 "recorded_by_id": rng.choice(staff)},
            )  # fmt: skip


# --- points and referrals ---------------------------------------------------------------------------------------


@dataclass
class _PaidFee:
    """A monthly fee paid in full, with the payment that paid it off."""

    charge_id: int
    amount: int
    due_on: date
    paid_at: datetime
    paid_by: int
    payment_id: int
    payment_amount: int


def _paid_fees(connection: Connection) -> dict[int, list[_PaidFee]]:
    credit = LedgerEntry.__table__.alias("credit")
    charge = LedgerEntry.__table__
    query = (
        select(charge.c.customer_id, charge.c.id, charge.c.amount, charge.c.entry_on,
               LedgerAllocation.recorded_at, LedgerAllocation.recorded_by_id, credit.c.id, credit.c.amount)
        .join(LedgerAllocation.__table__, LedgerAllocation.debit_id == charge.c.id)
        .join(credit, credit.c.id == LedgerAllocation.credit_id)
        .where(charge.c.kind == EntryKind.CYCLE_FEE.value, charge.c.voided_at.is_(None),
               credit.c.kind == EntryKind.PAYMENT.value, credit.c.voided_at.is_(None),
               LedgerAllocation.amount == charge.c.amount)
        .order_by(charge.c.customer_id, charge.c.entry_on, charge.c.id)
    )  # fmt: skip
    found: dict[int, list[_PaidFee]] = defaultdict(list)
    for customer, *row in connection.execute(query).tuples():
        fee = _PaidFee(*row)
        # The money runs to the month's end, a day past today: a fee paid off after today has earned nothing yet.
        if shop_today(fee.paid_at) <= TODAY:
            found[customer].append(fee)
    return found


def _points_and_referrals(
    rows: _Rows,
    rng: random.Random,
    connection: Connection,
    contracts: Sequence[_Contract],
    registered: dict[int, date],
    staff: list[int],
) -> dict[str, int]:
    opened = connection.execute(select(Shop.ledger_opened_on)).scalar_one() or FIRST
    connection.execute(
        update(Shop).values(
            points_earn_percent=POINTS_RULES.earn_percent,
            referrer_reward=POINTS_RULES.referrer_reward,
            referred_reward=POINTS_RULES.referred_reward,
            points_expiry_months=POINTS_RULES.expiry_months,
        )
    )
    points = PointsEntry.__table__
    paid = _paid_fees(connection)
    moves: dict[int, list[PointsMove]] = defaultdict(list)

    def lot(customer: int, kind: PointsKind, amount: int, on: date, moment: datetime, who: int, **more: Any) -> int:
        entry = rows.add(
            points,
            {"customer_id": customer, "kind": kind.value, "points": amount, "entry_on": on, "reason": "",
             "recorded_at": moment, "recorded_by_id": who} | more,
        )  # fmt: skip
        if more.get("voided_at") is None:
            moves[customer].append(PointsMove(entry, kind, amount, on))
        return entry

    for customer, fees in paid.items():
        for fee in fees:
            earned = POINTS_RULES.earned_for(fee.amount)
            if earned > 0:
                lot(customer, PointsKind.EARNED, earned, shop_today(fee.paid_at), fee.paid_at, fee.paid_by,
                    charge_id=fee.charge_id)  # fmt: skip
    # Referrals: a customer whose first contract was signed after the ledger opened, by an earlier customer's code.
    firsts: dict[int, _Contract] = {}
    for contract in contracts:
        if contract.customer_id not in firsts:
            firsts[contract.customer_id] = contract
    earlier: list[int] = []
    referrals = 0
    for customer in sorted(firsts, key=lambda c: (firsts[c].signed_on, c)):
        first = firsts[customer]
        if first.signed_on >= opened and earlier and rng.random() < REFERRED_SHARE:
            referrer = rng.choice(earlier[-20_000:])
            moment = at(first.signed_on, 4)
            referral = rows.add(
                Referral.__table__,
                {"referrer_id": referrer, "referred_id": customer, "subscription_id": first.id,
                 "referred_on": first.signed_on, "recorded_at": moment, "recorded_by_id": staff[0]},
            )  # fmt: skip
            for who, reward in ((referrer, POINTS_RULES.referrer_reward), (customer, POINTS_RULES.referred_reward)):
                lot(who, PointsKind.REFERRAL, reward, first.signed_on, moment, staff[0], referral_id=referral)
            referrals += 1
        if registered.get(customer, first.signed_on) <= first.signed_on:
            earlier.append(customer)
    granted = voided = 0
    span = (TODAY - opened).days
    for customer in sorted(paid):
        if rng.random() >= GRANTED_SHARE:
            continue
        day = opened + timedelta(days=rng.randrange(span))
        amount = rng.choice((1_000, 2_000, 3_000, 5_000))
        reason = rng.choice(("배송 지연 보상", "장난감 파손 사과", "이벤트 당첨"))
        if rng.random() < 0.15:  # granted wrongly, voided the same day and granted again with the right amount
            wrong = lot(customer, PointsKind.GRANTED, amount * 10, day, at(day, 4), staff[0], reason=reason,
                        voided_at=at(day, 6), voided_by_id=staff[0], void_reason="금액 정정")  # fmt: skip
            lot(customer, PointsKind.GRANTED, amount, day, at(day, 6), staff[0], reason=reason, replaces_id=wrong)
            voided += 1
        else:
            lot(customer, PointsKind.GRANTED, amount, day, at(day, 4), staff[0], reason=reason)
        granted += 1
    spent = _spend_points(rows, rng, paid, moves, staff)
    rows.flush()
    expired = 0
    for customer in sorted(moves):
        state = points_state(moves[customer], TODAY, POINTS_RULES)
        if state.uncovered:
            raise AssertionError(f"customer {customer} spent points they did not have")
        for expiry in state.expiries:
            moment = at(expiry.on, 0) - timedelta(hours=2)  # written as the shop's day starts
            rows.add(points, {"customer_id": customer, "kind": PointsKind.EXPIRED.value, "points": expiry.points,
                              "entry_on": expiry.on, "lot_id": expiry.lot_id, "reason": "",
                              "recorded_at": moment, "recorded_by_id": staff[0]})  # fmt: skip
            expired += 1
    return {"referrals": referrals, "points granted": granted, "grants voided": voided, "points spendings": spent,
            "points expiries": expired}  # fmt: skip


def _spend_points(
    rows: _Rows,
    rng: random.Random,
    paid: dict[int, list[_PaidFee]],
    moves: dict[int, list[PointsMove]],
    staff: list[int],
) -> int:
    """Now and then a customer spends their points on a monthly fee: a points discount set against it, the payment
    that much smaller; never more than the day's balance, nor the whole fee (something is still paid)."""
    spendings = 0
    for customer in sorted(moves):
        if rng.random() >= SPENDING_SHARE:
            continue
        for fee in _every_few(paid.get(customer, []), rng):
            balance = points_state(moves[customer], fee.due_on, POINTS_RULES).balance
            amount = min(balance, fee.amount - 1_000) // 100 * 100
            if amount < 1_000:
                continue
            moment = at(fee.due_on, 2)
            who = rng.choice(staff)
            discount = rows.add(
                LedgerEntry.__table__,
                {"customer_id": customer, "kind": EntryKind.POINTS_DISCOUNT.value, "amount": amount,
                 "entry_on": fee.due_on, "means": None, "approval_number": "", "cash_receipt_number": "",
                 "note": "", "recorded_at": moment, "recorded_by_id": who, "open_amount": 0},
            )  # fmt: skip
            rows.add(
                LedgerAllocation.__table__,
                {"credit_id": discount, "debit_id": fee.charge_id, "amount": amount, "recorded_at": moment,
                 "recorded_by_id": who},
            )  # fmt: skip
            rows.connection.execute(
                update(LedgerEntry).where(LedgerEntry.id == fee.payment_id).values(amount=fee.payment_amount - amount)
            )
            rows.connection.execute(
                update(LedgerAllocation)
                .where(LedgerAllocation.credit_id == fee.payment_id, LedgerAllocation.debit_id == fee.charge_id)
                .values(amount=fee.amount - amount)
            )
            entry = rows.add(
                PointsEntry.__table__,
                {"customer_id": customer, "kind": PointsKind.SPENT.value, "points": amount, "entry_on": fee.due_on,
                 "ledger_entry_id": discount, "reason": "", "recorded_at": moment, "recorded_by_id": who},
            )  # fmt: skip
            moves[customer].append(PointsMove(entry, PointsKind.SPENT, amount, fee.due_on))
            spendings += 1
    return spendings


def _every_few(fees: Sequence[_PaidFee], rng: random.Random) -> Iterator[_PaidFee]:
    """Every fifth to tenth fee, starting half a year in."""
    index = rng.randint(5, 10)
    while index < len(fees):
        if fees[index].payment_amount == fees[index].amount:  # the payment paid this fee alone
            yield fees[index]
        index += rng.randint(5, 10)
