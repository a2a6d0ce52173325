"""Opening, checking, migrating and backing up the database; faults become problems staff can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, event, func, select, text

from support import NOW, shop_file_breaking_its_own_rules, shop_file_with_a_damaged_table
from toysub_desktop.db import migrate as migrate_module
from toysub_desktop.db.backup import backup_sqlite
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import DatabaseLocation, location_from, sqlite_file
from toysub_desktop.db.migrate import current_revision, head_revision
from toysub_desktop.db.models import Shop, Staff
from toysub_desktop.db.open import open_database
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind
from toysub_desktop.services.shop import add_staff, is_set_up, list_staff, set_up_shop


def test_a_new_database_is_migrated_to_the_newest_schema(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()
    assert not is_set_up(db)


def test_sqlite_runs_with_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    database = open_database(sqlite_file(tmp_path / "shop.sqlite3"), backup_folder=tmp_path / "backups")
    try:
        with database.reading() as session:
            pragma = {
                name: session.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
    finally:
        database.dispose()
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 2_000}


def test_sqlite_writes_begin_immediate_and_reads_do_not(tmp_path: Path) -> None:
    database = open_database(sqlite_file(tmp_path / "shop.sqlite3"), backup_folder=None)
    begins: list[str] = []
    event.listen(
        database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_: begins.append(statement) if statement.startswith("BEGIN") else None,
    )
    try:
        with database.writing() as session:
            session.execute(text("SELECT 1"))
        with database.reading() as session:
            session.execute(text("SELECT 1"))
    finally:
        database.dispose()
    assert begins == ["BEGIN IMMEDIATE", "BEGIN"]


def test_a_failed_change_writes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.writing() as session:
        session.add(Staff(name="유령", role="clerk", active=True, created_at=NOW))
        session.flush()
        raise RuntimeError("power cut")
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 0


def test_an_older_schema_is_backed_up_checked_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    # A shop's file from the first release: schema 0001, with its owner on record.
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(migrate_module.alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO staff (name, role, active, created_at, version) VALUES ('박지영', 'owner', 1, '2026-03-02', 1)"
        )
        connection.exec_driver_sql(
            "INSERT INTO shop (name, business_number, address, phone, contact_check_days, created_at, version)"
            " VALUES ('토이구독', '', '', '', 365, '2026-03-02', 1)"
        )
    engine.dispose()

    database = open_database(sqlite_file(path), backup_folder=tmp_path / "backups")
    try:
        assert current_revision(database.engine) == migrate_module.HEAD_REVISION
        with database.reading() as session:
            assert session.scalars(select(Staff.name)).all() == ["박지영"]
            # Settings added later take their defaults on the shop already there.
            shop = session.scalars(select(Shop)).one()
            assert (shop.price_notice_days, shop.pause_end_rule, shop.early_termination_percent) == (
                30,
                "extend_term",
                10,
            )
    finally:
        database.dispose()
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and f"before-{migrate_module.HEAD_REVISION}" in backups[0].name
    with closing(sqlite3.connect(backups[0])) as copy:
        assert copy.execute("SELECT name FROM staff").fetchall() == [("박지영",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]


def test_the_head_revision_constant_names_the_newest_migration() -> None:
    # A new migration must update HEAD_REVISION, or start-up would not notice a database that needs it.
    assert head_revision() == migrate_module.HEAD_REVISION


def test_backup_copies_a_database_in_use(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite3"
    with closing(sqlite3.connect(source)) as live:
        live.execute("CREATE TABLE t (x)")
        live.execute("INSERT INTO t VALUES (42)")
        live.commit()
        copy = backup_sqlite(source, tmp_path / "backups", "daily", now=NOW)
    with closing(sqlite3.connect(copy)) as check:
        assert check.execute("SELECT x FROM t").fetchall() == [(42,)]
    assert backup_sqlite(source, tmp_path / "backups", "daily", now=NOW) != copy  # never overwrites


def test_a_file_that_is_not_a_database_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database" * 200)
    with pytest.raises(DatabaseProblem) as problem:
        open_database(sqlite_file(path), backup_folder=tmp_path / "backups")
    assert problem.value.kind is ProblemKind.DAMAGED
    assert problem.value.where == str(path)


def test_a_corrupted_page_is_found_by_the_start_up_check(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    database = open_database(sqlite_file(path), backup_folder=None)
    set_up_shop(database, shop_name="토이구독", owner_name="박지영", now=NOW)
    database.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 2, min(len(data), page_size * 6)):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem) as problem:
        open_database(sqlite_file(path), backup_folder=None)
    assert problem.value.kind is ProblemKind.DAMAGED


@pytest.mark.parametrize(
    "damage", [shop_file_with_a_damaged_table, shop_file_breaking_its_own_rules], ids=["broken-page", "broken-rule"]
)
def test_a_file_checked_after_opening_refuses_every_write_when_damaged(
    tmp_path: Path, damage: Callable[[Path], bytes]
) -> None:
    path = tmp_path / "shop.sqlite3"
    damaged = damage(path)
    # Opened for the counter: the whole-file check goes on in the background, so opening does not wait for it.
    database = open_database(sqlite_file(path), backup_folder=tmp_path / "backups", check_later=True)
    try:
        owner = list_staff(database)[0]  # reading what is readable is allowed
        with pytest.raises(DatabaseProblem) as problem:
            add_staff(database, by_staff_id=owner.id, name="최유진", now=NOW)
        assert problem.value.kind is ProblemKind.DAMAGED
        assert problem.value.backup_folder == str(tmp_path / "backups")
        with pytest.raises(DatabaseProblem):  # and the next one, too
            add_staff(database, by_staff_id=owner.id, name="최유진", now=NOW)
        assert database.integrity is not None and database.integrity.problem is not None
    finally:
        database.dispose()
    wal = path.with_name(path.name + "-wal")
    assert path.read_bytes() == damaged and (not wal.exists() or wal.stat().st_size == 0), "nothing was written"


def test_a_sound_file_checked_after_opening_takes_writes(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_database(sqlite_file(path), backup_folder=None).dispose()
    database = open_database(sqlite_file(path), backup_folder=None, check_later=True)
    try:
        owner = set_up_shop(database, shop_name="토이구독", owner_name="박지영", now=NOW)
        assert database.integrity is not None and database.integrity.problem is None
        # Closing stops a check still running; a write after that checks the file again before it goes ahead.
        database.dispose()
        add_staff(database, by_staff_id=owner.id, name="최유진", now=NOW)
        assert [s.name for s in list_staff(database)] == ["박지영", "최유진"]
    finally:
        database.dispose()


def test_a_file_that_needs_migrating_is_checked_before_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    shop_file_with_a_damaged_table(path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
        connection.commit()
    with pytest.raises(DatabaseProblem) as problem:
        open_database(sqlite_file(path), backup_folder=tmp_path / "backups", check_later=True)
    assert problem.value.kind is ProblemKind.DAMAGED
    assert not (tmp_path / "backups").exists(), "not even the backup before migrating was made"


def test_a_database_from_a_newer_version_of_the_app_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_database(sqlite_file(path), backup_folder=None).dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    with pytest.raises(DatabaseProblem) as problem:
        open_database(sqlite_file(path), backup_folder=None)
    assert problem.value.kind is ProblemKind.NEWER_SCHEMA


def test_a_sqlite_file_on_a_network_share_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem) as problem:
        open_database(sqlite_file(Path("//fileserver/shop/toysub.sqlite3")), backup_folder=None)
    assert problem.value.kind is ProblemKind.NETWORK_DRIVE


def test_an_unreachable_server_is_reported_with_where_it_is(tmp_path: Path) -> None:
    location = location_from("postgresql://toysub:secret@127.0.0.1:9/toysub", data_dir=tmp_path)
    with pytest.raises(DatabaseProblem) as problem:
        open_database(location, backup_folder=None)
    assert problem.value.kind is ProblemKind.SERVER_UNREACHABLE
    assert "127.0.0.1:9" in problem.value.where and "secret" not in problem.value.where


def test_where_the_database_is_comes_from_the_option_the_environment_or_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert location_from(None, data_dir=tmp_path).sqlite_path == tmp_path / "toysub.sqlite3"
    assert location_from(None, data_dir=tmp_path, demo=True).sqlite_path == tmp_path / "toysub-demo.sqlite3"
    assert location_from(str(tmp_path / "other.sqlite3"), data_dir=tmp_path).sqlite_path == tmp_path / "other.sqlite3"
    monkeypatch.setenv("TOYSUB_DATABASE_URL", "postgresql://counter@db.local/shop")
    from_env = location_from(None, data_dir=tmp_path)
    assert isinstance(from_env, DatabaseLocation) and from_env.url.drivername == "postgresql+psycopg"


def test_a_sample_is_written_without_waiting_for_the_disk_and_the_shop_after_it_with_full_sync(tmp_path: Path) -> None:
    """The demo shop's thousands of steps skip the wait for the disk; the database is back to FULL once it is made."""
    database = open_database(sqlite_file(tmp_path / "sample.sqlite3"), backup_folder=tmp_path / "backups")
    try:
        with database.writing_a_sample(), database.reading() as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == 0  # OFF
        with database.reading() as session:
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    finally:
        database.dispose()
