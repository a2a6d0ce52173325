"""A value the database refuses (one the validation let through, or written by code that skipped it) is a problem
staff can act on, the same on SQLite and PostgreSQL: nothing is saved, and the crash dialog is not shown."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, StatementError

from support import NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Customer, Staff
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind, classify
from toysub_desktop.services.customers import register_customer


def _customer_rows(db: Database) -> tuple[int, int, list[str]]:
    with db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Customer)) or 0),
            int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0),
            list(session.scalars(select(Customer.notes).order_by(Customer.id))),
        )


def test_a_duplicate_number_is_a_refused_value_with_nothing_saved(db: Database, owner_id: int) -> None:
    first = register_customer(db, staff_id=owner_id, new=new_customer(), now=NOW)
    second = register_customer(db, staff_id=owner_id, new=new_customer("이서준", phone="010-2222-3333"), now=NOW)
    before = _customer_rows(db)
    with pytest.raises(DatabaseProblem) as caught, db.writing() as session:
        row = session.get(Customer, second)
        assert row is not None
        row.notes = "바뀐 메모"
        row.number = session.get(Customer, first).number  # type: ignore[union-attr]
    assert caught.value.kind is ProblemKind.REFUSED_VALUE
    assert _customer_rows(db) == before


@pytest.mark.parametrize(
    ("column", "value"),
    [("notes", "메모\x00붙여넣기"), ("name", "가" * 51)],
    ids=["NUL in text", "longer than the column"],
)
def test_what_postgresql_refuses_is_a_refused_value_not_a_crash(
    db: Database, owner_id: int, column: str, value: str
) -> None:
    if db.location.is_sqlite:
        pytest.skip("SQLite stores these: the text boundary in the domain keeps them out on both")
    register_customer(db, staff_id=owner_id, new=new_customer(), now=NOW)
    before = _customer_rows(db)
    with pytest.raises(DatabaseProblem) as caught, db.writing() as session:
        row = session.scalars(select(Customer)).one()
        setattr(row, column, value)
        session.add(Staff(name="유령", role="clerk", active=True, created_at=NOW))
    assert caught.value.kind is ProblemKind.REFUSED_VALUE
    assert _customer_rows(db) == before


def test_half_a_surrogate_pair_is_a_refused_value(db: Database, owner_id: int) -> None:
    register_customer(db, staff_id=owner_id, new=new_customer(), now=NOW)
    before = _customer_rows(db)
    with pytest.raises(DatabaseProblem) as caught, db.writing() as session:
        row = session.scalars(select(Customer)).one()
        row.notes = "메모\ud800"
    assert caught.value.kind is ProblemKind.REFUSED_VALUE
    assert _customer_rows(db) == before


def test_only_what_the_database_refused_is_a_refused_value() -> None:
    refused = IntegrityError("INSERT …", {}, sqlite3.IntegrityError("UNIQUE constraint failed: customer.number"))
    problem = classify(refused, "C:\\토이구독\\toysub.sqlite3")
    assert problem is not None and problem.kind is ProblemKind.REFUSED_VALUE
    surrogate = UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
    wrapped = StatementError("encoding", "INSERT …", {}, surrogate)
    assert classify(surrogate, "db") is not None and classify(wrapped, "db") is not None
    # The app's own mistakes stay bugs for the crash dialog.
    assert classify(UnicodeEncodeError("cp949", "\u00e9", 0, 1, "illegal multibyte sequence"), "db") is None
    assert classify(ValueError("bad"), "db") is None
