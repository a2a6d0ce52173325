"""Two counters changing the same thing at once: the one that commits second is told another counter changed it
(``ConcurrentEditError``), and nothing of its change is written. On PostgreSQL the race can also be lost after the
version check: a read sees committed data, so the check passes and the UPDATE then finds the row changed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from rental_support import RentalShop, rental_shop
from support import GRANDPARENTS, NEW_HOME, NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Base, Delivery, Plan, Subscription
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.services import common
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.contacts import record_move
from toysub_desktop.services.customers import customer_card, update_customer_details
from toysub_desktop.services.deliveries import delivery_history, pack, schedule_deliveries
from toysub_desktop.services.plans import plan_view, update_plan
from toysub_desktop.services.rentals import customer_rentals, lend
from toysub_desktop.services.shop import add_staff, subscription_settings, update_subscription_settings
from toysub_desktop.services.subscriptions import pause, subscription_view
from toysub_desktop.services.toys import toy_row, update_toy

SERVICES = Path(common.__file__).parent


@dataclass(frozen=True)
class Counters:
    """The rental shop, and a manager besides the owner, so the two counters are two people (both may edit plans)."""

    shop: RentalShop
    clerk: int


@pytest.fixture
def counters(db: Database, owner_id: int) -> Counters:
    shop = rental_shop(db, owner_id)
    return Counters(shop, add_staff(db, by_staff_id=owner_id, name="이직원", role=StaffRole.MANAGER, now=NOW).id)


def row_counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


@contextmanager
def other_counter_commits_first(db: Database, winner: Callable[[], object]) -> Iterator[dict[str, int]]:
    """Whatever runs inside is the counter that loses: the moment it is about to write (its first flush, after it
    read the row and checked its version), *winner* runs to its commit on another connection. Yields the row
    counts as the winner left them, filled in once it has run."""
    after_winner: dict[str, int] = {}
    started = False

    def winner_first(_session: Session, _context: Any, _instances: Any) -> None:
        nonlocal started
        if started:
            return
        started = True
        winner()
        after_winner.update(row_counts(db))

    event.listen(Session, "before_flush", winner_first)
    try:
        yield after_winner
    finally:
        event.remove(Session, "before_flush", winner_first)
    assert started, "the losing counter never wrote"


def subscription_of(db: Database, customer_id: int) -> int:
    with db.reading() as session:
        return int(session.scalars(select(Subscription.id).where(Subscription.customer_id == customer_id)).one())


def first_delivery(db: Database, owner: int) -> int:
    schedule_deliveries(db, through=date(2026, 4, 30), staff_id=owner, now=NOW)
    with db.reading() as session:
        return int(session.scalars(select(Delivery.id).order_by(Delivery.scheduled_on, Delivery.id)).first() or 0)


@dataclass(frozen=True)
class Edit:
    """One kind of change, as two counters make it from the same form: *seen* is read once (the version both forms
    were filled from, and what the change is about); *save* makes counter *tag*'s change ("A" wins, "B" loses);
    *outcome* is what the clerk would look at afterwards, which must be *a_alone*, as if only A had changed it."""

    seen: Callable[[Database, Counters], Any]
    save: Callable[[Database, Counters, Any, int, str], object]
    outcome: Callable[[Database, Counters, Any], object]
    a_alone: Callable[[Any], object]
    #: Whether the form carries a version (delivery and rental steps work on the rows' states instead).
    versioned: bool = True


def _customer_seen(db: Database, c: Counters) -> int:
    return customer_card(db, c.shop.customer).version


EDITS: dict[str, Edit] = {
    "customer edit": Edit(
        _customer_seen,
        lambda db, c, version, who, tag: update_customer_details(
            db,
            staff_id=who,
            customer_id=c.shop.customer,
            expected_version=version,
            name={"A": "김민준", "B": "김민호"}[tag],
            email="minsu.kim@example.com",
            notes="",
            now=NOW,
        ),
        lambda db, c, _seen: customer_card(db, c.shop.customer).name,
        lambda _seen: "김민준",
    ),
    "contact change": Edit(
        _customer_seen,
        lambda db, c, version, who, tag: record_move(
            db,
            staff_id=who,
            customer_id=c.shop.customer,
            expected_version=version,
            address={"A": NEW_HOME, "B": GRANDPARENTS}[tag],
            effective_from=date(2026, 3, 10),
            now=NOW,
        ),
        lambda db, c, _seen: customer_card(db, c.shop.customer, today=date(2026, 3, 10)).version,
        # A customer's version counts the changes to them: one was made since both forms were filled.
        lambda version: version + 1,
    ),
    "subscription transition": Edit(
        lambda db, c: (sid := subscription_of(db, c.shop.customer), subscription_view(db, sid).version),
        lambda db, c, seen, who, tag: pause(
            db,
            staff_id=who,
            subscription_id=seen[0],
            expected_version=seen[1],
            first={"A": date(2026, 4, 1), "B": date(2026, 5, 1)}[tag],
            last={"A": date(2026, 4, 14), "B": date(2026, 5, 10)}[tag],
            now=NOW,
        ),
        lambda db, c, seen: subscription_view(db, seen[0]).version,
        lambda seen: seen[1] + 1,
    ),
    "plan edit": Edit(
        lambda db, c: plan_view(db, int(_first_plan(db))),
        lambda db, c, view, who, tag: update_plan(
            db,
            staff_id=who,
            plan_id=view.id,
            expected_version=view.version,
            details=replace(view.details, name={"A": "렌털 프리미엄 플러스", "B": "렌털 스페셜"}[tag]),
            active=True,
            now=NOW,
        ),
        lambda db, c, view: plan_view(db, view.id).details.name,
        lambda _view: "렌털 프리미엄 플러스",
    ),
    "shop settings": Edit(
        lambda db, c: subscription_settings(db),
        lambda db, c, settings, _who, tag: update_subscription_settings(
            db,
            by_staff_id=c.shop.owner,
            price_notice_days=settings.price_notice_days,
            pause_end_rule=settings.pause_end_rule,
            max_pause_days={"A": 45, "B": 20}[tag],
            early_termination_percent=settings.early_termination_percent,
            early_termination_cap=settings.early_termination_cap,
            pause_terms=settings.pause_terms,
            cancellation_terms=settings.cancellation_terms,
            refund_terms=settings.refund_terms,
            expected_version=settings.version,
            now=NOW,
        ),
        lambda db, c, _seen: subscription_settings(db).max_pause_days,
        lambda _seen: 45,
    ),
    "toy edit": Edit(
        lambda db, c: toy_row(db, c.shop.toys["blocks"]),
        lambda db, c, toy, who, tag: update_toy(
            db,
            staff_id=who,
            toy_id=toy.id,
            name={"A": "자석 블록 120피스", "B": "자석 블록 200피스"}[tag],
            category=toy.category,
            min_age_months=toy.min_age_months,
            max_age_months=toy.max_age_months,
            brand=toy.brand,
            value=toy.value,
            note=toy.note,
            expected_version=toy.version,
            now=NOW,
        ),
        lambda db, c, toy: toy_row(db, toy.id).name,
        lambda _toy: "자석 블록 120피스",
    ),
    "delivery step": Edit(
        lambda db, c: first_delivery(db, c.shop.owner),
        lambda db, c, delivery_id, who, _tag: pack(db, staff_id=who, delivery_ids=[delivery_id], now=NOW),
        lambda db, c, delivery_id: [(e.staff, e.to_state.value) for e in delivery_history(db, delivery_id)],
        lambda _delivery_id: [("박지영", "packed")],
        versioned=False,
    ),
    "rental step": Edit(
        lambda db, c: c.shop.barcodes["blocks"][0],
        lambda db, c, barcode, who, tag: lend(
            db,
            staff_id=who,
            customer_id={"A": c.shop.customer, "B": c.shop.other}[tag],
            child_id={"A": c.shop.child, "B": c.shop.other_child}[tag],
            barcodes=[barcode],
            now=NOW,
        ),
        lambda db, c, _barcode: [line.toy_name for line in customer_rentals(db, c.shop.customer).out],
        lambda _barcode: ["자석 블록 100피스"],
        versioned=False,
    ),
}


def _first_plan(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalars(select(Plan.id).order_by(Plan.id)).first() or 0)


@pytest.mark.parametrize("name", list(EDITS))
def test_the_counter_that_loses_a_race_is_told_and_writes_nothing(db: Database, counters: Counters, name: str) -> None:
    """Both counters load the same version; A commits between B's check and B's write."""
    if db.location.is_sqlite:
        pytest.skip("on SQLite a change holds the write lock from its start, so the other counter waits instead")
    edit = EDITS[name]
    seen = edit.seen(db, counters)
    c = counters
    winner = other_counter_commits_first(db, lambda: edit.save(db, c, seen, c.shop.owner, "A"))
    with winner as after_winner, pytest.raises(ConcurrentEditError):
        edit.save(db, c, seen, c.clerk, "B")
    assert row_counts(db) == after_winner
    assert edit.outcome(db, c, seen) == edit.a_alone(seen)


@pytest.mark.parametrize("name", [name for name, edit in EDITS.items() if edit.versioned])
def test_a_form_filled_before_another_counter_saved_is_refused_and_writes_nothing(
    db: Database, counters: Counters, name: str
) -> None:
    """The plain case on both backends: B saves a form filled from the version before A's change."""
    edit = EDITS[name]
    c = counters
    seen = edit.seen(db, c)
    edit.save(db, c, seen, c.shop.owner, "A")
    after_winner = row_counts(db)
    with pytest.raises(ConcurrentEditError):
        edit.save(db, c, seen, c.clerk, "B")
    assert row_counts(db) == after_winner
    assert edit.outcome(db, c, seen) == edit.a_alone(seen)


# --- one way to lock ---------------------------------------------------------------------------------------------

#: What a hand-made optimistic lock looks like: comparing or bumping a version, catching the ORM's stale-row error,
#: or opening a write session that bypasses the unit of work (whose commit turns a lost race into the message).
_HAND_MADE = {
    "a version compared or bumped by hand": re.compile(r"\.version\s*(?:!=|==|\+=|=\s*\w+\.version\s*\+)"),
    "the ORM's stale-row error": re.compile(r"StaleDataError"),
    "a write session outside the unit of work": re.compile(r"\.writing\(\)"),
}


def test_services_lock_only_through_the_one_helper() -> None:
    found = [
        f"{path.name}:{number}: {what}"
        for path in sorted(SERVICES.glob("*.py"))
        if path.name != "common.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        for what, pattern in _HAND_MADE.items()
        if pattern.search(line)
    ]
    assert found == []


def test_the_hand_made_lock_check_would_notice_one() -> None:
    """The patterns above match the six ways the code base once had."""
    assert _HAND_MADE["a version compared or bumped by hand"].search("    if plan.version != expected_version:")
    assert _HAND_MADE["a version compared or bumped by hand"].search("    subscription.version += 1")
    assert _HAND_MADE["the ORM's stale-row error"].search("    except (StaleDataError, IntegrityError) as error:")
    assert _HAND_MADE["a write session outside the unit of work"].search("    with db.writing() as session:")
