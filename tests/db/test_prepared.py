"""A prepared read gives what SQLAlchemy's own execution of the statement gives, on both backends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Date, bindparam, literal, or_, select

from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Staff
from toysub_desktop.db.prepared import PreparedRead


def test_a_prepared_read_converts_dates_moments_literals_and_nulls_as_the_engine_does(
    db: Database, owner_id: int
) -> None:
    statement = (
        select(
            Staff.id,
            Staff.name,
            Staff.created_at,  # a moment: aware UTC on both backends
            bindparam("day", type_=Date),  # a date sent and read back
            literal("그대로"),  # the statement's own value
            Staff.locked_until,  # NULL
            Staff.active,  # a boolean SQLite keeps as 1
        )
        .where(Staff.id == bindparam("staff"), or_(Staff.name != bindparam("nobody"), Staff.id > 0))
        .order_by(Staff.id)
    )
    parameters = {"staff": owner_id, "day": date(2026, 12, 7), "nobody": "없는 이름"}
    with db.reading_connection() as connection:
        expected = [tuple(line) for line in connection.execute(statement, parameters)]
        prepared = PreparedRead(statement)
        assert prepared.rows(connection, parameters) == expected
        assert prepared.rows(connection, parameters) == expected  # compiled once, the same again
        assert prepared.rows(connection, {**parameters, "staff": owner_id + 1000}) == []
    (line,) = expected
    assert line[2] is not None and line[2].utcoffset() == timedelta(0) and line[2] <= NOW + timedelta(days=36500)
    assert line[3] == date(2026, 12, 7) and line[4] == "그대로" and line[5] is None and line[6] is True


def test_a_prepared_read_refuses_a_list_parameter_it_cannot_send_as_one_value(db: Database) -> None:
    with pytest.raises(ValueError), db.reading_connection() as connection:
        PreparedRead(select(Staff.id).where(Staff.id.in_(bindparam("ids", expanding=True)))).rows(
            connection, {"ids": [1, 2]}
        )
