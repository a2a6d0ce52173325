"""Backups with real files: the daily copy, rotation that keeps the newest and never touches other files, and
putting a copy back (checked first, the current state saved first)."""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from toysub_desktop.db.backup import (
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    backup_sqlite,
    daily_backup,
    list_backups,
    needs_daily_backup,
    restore_sqlite,
    rotate_backups,
)
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind

#: 2026-03-02 23:30 in Seoul (14:30 UTC): late in the shop's day.
EVENING = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
REVISIONS = ("0001", "0002")


def make_shop_file(path: Path, customers: list[str], *, revision: str = "0002") -> Path:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE IF NOT EXISTS alembic_version (version_num TEXT)")
        connection.execute("DELETE FROM alembic_version")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        connection.execute("CREATE TABLE IF NOT EXISTS customer (name TEXT)")
        connection.execute("DELETE FROM customer")
        connection.executemany("INSERT INTO customer VALUES (?)", [(name,) for name in customers])
        connection.commit()
    return path


def customers_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM customer ORDER BY rowid")]


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    return make_shop_file(tmp_path / "toysub.sqlite3", ["김민수", "이서연"])


def test_a_backup_is_one_checked_file_and_nothing_half_written_is_left(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "백업 폴더"
    copy = backup_sqlite(shop, folder, MANUAL, now=EVENING)
    assert customers_in(copy) == ["김민수", "이서연"]
    assert sorted(p.name for p in folder.iterdir()) == [copy.name]  # no -wal, -shm or .partial beside it
    [listed] = list_backups(folder, shop)
    assert (listed.path, listed.label, listed.taken_at, listed.size) == (copy, MANUAL, EVENING, copy.stat().st_size)


def test_the_daily_copy_is_made_once_per_shop_day(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert needs_daily_backup(folder, shop, now=EVENING)
    first = daily_backup(shop, folder, now=EVENING, keep=30)
    assert first is not None and DAILY in first.name
    assert daily_backup(shop, folder, now=EVENING + timedelta(minutes=20), keep=30) is None
    # 00:10 the next day in Seoul is still 15:10 UTC of the same date: the shop's calendar decides.
    next_morning = datetime(2026, 3, 2, 15, 10, tzinfo=UTC)
    second = daily_backup(shop, folder, now=next_morning, keep=30)
    assert second is not None and second != first
    assert len(list_backups(folder, shop)) == 2


def test_a_copy_made_before_a_migration_today_counts_as_todays(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    backup_sqlite(shop, folder, "before-0002", now=EVENING - timedelta(hours=3))
    assert not needs_daily_backup(folder, shop, now=EVENING)
    assert list_backups(folder, shop)[0].migration_revision == "0002"


def test_rotation_keeps_the_newest_and_never_touches_other_files(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = [backup_sqlite(shop, folder, DAILY, now=EVENING - timedelta(days=day)) for day in range(6)]
    other_database = make_shop_file(tmp_path / "toysub-demo.sqlite3", ["데모"])
    demo_copy = backup_sqlite(other_database, folder, DAILY, now=EVENING - timedelta(days=30))
    mine = folder / "toysub-before-the-move.sqlite3"  # the owner's own copy: not our name pattern
    mine.write_bytes(shop.read_bytes())
    notes = folder / "메모.txt"
    notes.write_text("3월 백업은 USB에도 있음", encoding="utf-8")

    deleted = rotate_backups(folder, shop, keep=4)

    assert sorted(deleted) == sorted(made[4:])
    assert [b.path for b in list_backups(folder, shop)] == made[:4]
    assert demo_copy.exists() and mine.exists() and notes.exists()
    assert rotate_backups(folder, shop, keep=0) == made[1:4]  # the newest copy always stays


def test_two_copies_in_the_same_second_are_both_kept(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    first = backup_sqlite(shop, folder, MANUAL, now=EVENING)
    second = backup_sqlite(shop, folder, MANUAL, now=EVENING)
    assert first != second
    assert {b.label for b in list_backups(folder, shop)} == {MANUAL}
    assert len(list_backups(folder, shop)) == 2


def test_restore_puts_the_copy_back_and_keeps_the_state_before(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    morning = backup_sqlite(shop, folder, DAILY, now=EVENING - timedelta(hours=10))
    make_shop_file(shop, ["김민수", "이서연", "박지훈 (잘못 입력)"])

    safety = restore_sqlite(morning, shop, folder, now=EVENING, known_revisions=REVISIONS)

    assert customers_in(shop) == ["김민수", "이서연"]
    assert BEFORE_RESTORE in safety.name and customers_in(safety) == ["김민수", "이서연", "박지훈 (잘못 입력)"]
    with closing(sqlite3.connect(shop)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert morning.exists()  # the copy itself stays, to be used again


def test_a_damaged_copy_is_refused_and_nothing_changes(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    copy = backup_sqlite(shop, folder, DAILY, now=EVENING)
    data = bytearray(copy.read_bytes())
    page = 4096
    data[page + 100 : page * 2] = b"\xff" * (page - 100)  # scribble over the second page
    copy.write_bytes(bytes(data))
    make_shop_file(shop, ["김민수", "이서연", "최유진"])

    with pytest.raises(DatabaseProblem) as refused:
        restore_sqlite(copy, shop, folder, now=EVENING, known_revisions=REVISIONS)

    assert refused.value.kind is ProblemKind.BACKUP_UNUSABLE and refused.value.where == str(copy)
    assert customers_in(shop) == ["김민수", "이서연", "최유진"]
    assert [b.label for b in list_backups(folder, shop)] == [DAILY]  # no pre-restore copy: nothing was replaced


def test_a_file_that_is_not_a_shop_database_or_is_newer_is_refused(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    stranger = tmp_path / "toysub-20260301-010000-daily.sqlite3"
    with closing(sqlite3.connect(stranger)) as connection:
        connection.execute("CREATE TABLE accounts (x)")
        connection.commit()
    newer = make_shop_file(tmp_path / "newer.sqlite3", ["미래"], revision="0099")
    for candidate in (stranger, newer, tmp_path / "text.sqlite3"):
        if candidate.suffix == ".sqlite3" and not candidate.exists():
            candidate.write_text("not a database" * 500, encoding="utf-8")
        with pytest.raises(DatabaseProblem):
            restore_sqlite(candidate, shop, folder, now=EVENING, known_revisions=REVISIONS)
    assert customers_in(shop) == ["김민수", "이서연"]


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_file(
    shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    real_connect = sqlite3.connect

    def connect_to_a_small_disk(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real_connect(target, *args, **kwargs)  # type: ignore[arg-type]
        if str(target).endswith(".partial"):
            connection.execute("PRAGMA max_page_count = 1")  # the copy finds the disk full after one page
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect_to_a_small_disk)
    with pytest.raises(DatabaseProblem) as full:
        backup_sqlite(shop, folder, DAILY, now=EVENING)
    assert full.value.kind is ProblemKind.DISK_FULL
    assert list(folder.iterdir()) == []


def test_a_copy_cut_short_long_ago_is_cleared_away_by_rotation(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = backup_sqlite(shop, folder, DAILY, now=EVENING)
    abandoned = folder / "toysub-20260301-010000-daily.sqlite3.partial"
    abandoned.write_bytes(b"half a copy")
    os.utime(abandoned, (time.time() - 7200, time.time() - 7200))
    in_progress = folder / "toysub-20260302-143000-manual.sqlite3.partial"
    in_progress.write_bytes(b"being written now")
    rotate_backups(folder, shop, keep=30)
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, in_progress.name])
