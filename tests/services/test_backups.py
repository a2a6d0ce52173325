"""Backing up and restoring the shop's database through the services, on a real migrated file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from support import NOW, new_customer
from toysub_desktop.db.backup import BEFORE_RESTORE, MANUAL
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import AuditEntry
from toysub_desktop.db.open import open_database
from toysub_desktop.services.backups import (
    back_up_daily,
    back_up_now,
    backup_place,
    database_backups,
    record_restore,
    restore_backup,
)
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.search import search_customers


def names(db: Database) -> list[str]:
    return sorted(row.name for row in search_customers(db, "").rows)


def test_a_server_database_is_left_to_the_servers_own_backups(db: Database) -> None:
    if db.location.is_sqlite:
        pytest.skip("this case is about PostgreSQL")
    assert backup_place(db) is None


def test_restore_brings_back_the_shop_as_it_was_and_keeps_what_came_after(
    db: Database, owner_id: int, tmp_path: Path
) -> None:
    place = backup_place(db)
    if place is None:
        pytest.skip("PostgreSQL: the server's own backups apply")
    register_customer(db, staff_id=owner_id, new=new_customer("김민수"), now=NOW)
    copy = back_up_now(place, now=NOW, keep=30)
    assert copy.label == MANUAL and copy.size > 0
    register_customer(db, staff_id=owner_id, new=new_customer("이서연", phone="010-2222-3333"), now=NOW)
    assert names(db) == ["김민수", "이서연"]

    safety = restore_backup(db, copy.path, by_staff_id=owner_id, now=NOW + timedelta(hours=1))

    reopened = open_database(db.location, backup_folder=place.folder)
    try:
        assert names(reopened) == ["김민수"]
        record_restore(reopened, staff_name="박지영", backup=copy.path, safety=safety, now=NOW + timedelta(hours=1))
        with reopened.reading() as session:
            entry = session.execute(
                select(AuditEntry.staff_id, AuditEntry.after).where(AuditEntry.action == "restore")
            ).one()
        assert entry.staff_id == owner_id and entry.after == {
            "backup": copy.path.name,
            "before_restore": safety.name,
            "by": "박지영",
        }
    finally:
        reopened.dispose()
    labels = [b.label for b in database_backups(place)]
    assert labels == [BEFORE_RESTORE, MANUAL]
    # The state before the restore is a database of its own, with the customer registered after the copy.
    before = open_database(sqlite_file(safety), backup_folder=None)
    try:
        assert names(before) == ["김민수", "이서연"]
    finally:
        before.dispose()


def test_the_number_of_copies_kept_follows_the_setting(db: Database, owner_id: int) -> None:
    place = backup_place(db)
    if place is None:
        pytest.skip("PostgreSQL: the server's own backups apply")
    for hour in range(5):
        back_up_now(place, now=NOW + timedelta(hours=hour), keep=3)
    assert [b.taken_at for b in database_backups(place)] == [NOW + timedelta(hours=h) for h in (4, 3, 2)]
    # A copy was made today already, so the daily one is not needed.
    assert back_up_daily(place, now=NOW + timedelta(hours=5), keep=3) is None
    assert back_up_daily(place, now=NOW + timedelta(days=1), keep=3) is not None
