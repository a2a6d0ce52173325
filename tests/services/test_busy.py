"""A database locked by another program (a DB browser, a sync tool) or another session: a change waits briefly,
then is refused as busy, with nothing written, instead of freezing the counter for long."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager

import pytest
from sqlalchemy import create_engine, text

from support import NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind
from toysub_desktop.services.customers import customer_card, register_customer, update_customer_details


@contextmanager
def held_by_another_program(db: Database, customer_id: int) -> Iterator[None]:
    """Another program holds a write lock: the whole file on SQLite, the customer's row on PostgreSQL."""
    path = db.location.sqlite_path
    if path is not None:
        with closing(sqlite3.connect(path, isolation_level=None)) as other:
            other.execute("BEGIN IMMEDIATE")
            other.execute("UPDATE customer SET notes = 'held' WHERE id = ?", (customer_id,))
            try:
                yield
            finally:
                other.execute("ROLLBACK")
        return
    other_engine = create_engine(db.location.url)
    try:
        with other_engine.connect() as other:
            other.execute(text("SELECT id FROM customer WHERE id = :id FOR UPDATE"), {"id": customer_id})
            try:
                yield
            finally:
                other.rollback()
    finally:
        other_engine.dispose()


def test_a_change_to_a_database_locked_elsewhere_is_refused_as_busy_within_seconds(db: Database, owner_id: int) -> None:
    customer_id = register_customer(db, staff_id=owner_id, new=new_customer(), now=NOW)
    card = customer_card(db, customer_id)
    with held_by_another_program(db, customer_id):
        started = time.monotonic()
        with pytest.raises(DatabaseProblem) as busy:
            update_customer_details(
                db, staff_id=owner_id, customer_id=customer_id, expected_version=card.version, name="김민준",
                email="minsu.kim@example.com", notes="새 메모", now=NOW,
            )  # fmt: skip
        waited = time.monotonic() - started
    assert busy.value.kind is ProblemKind.BUSY
    assert 1.5 <= waited < 3.5, f"waited {waited:.1f} s"
    after = customer_card(db, customer_id)
    assert (after.name, after.version) == ("김민수", card.version)
    # Once the other program lets go, the same change goes through.
    update_customer_details(
        db, staff_id=owner_id, customer_id=customer_id, expected_version=card.version, name="김민준",
        email="minsu.kim@example.com", notes="새 메모", now=NOW,
    )  # fmt: skip
    assert customer_card(db, customer_id).name == "김민준"
