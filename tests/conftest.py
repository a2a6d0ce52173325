"""Fixtures shared by every test: an isolated home, and a fresh migrated database on SQLite or PostgreSQL."""

from __future__ import annotations

import functools
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import DatabaseLocation, location_from, sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.domain import staff as staff_rules
from toysub_desktop.services.shop import set_up_shop

# PINs are hashed at a test-only low cost so that signing in stays fast; tests/domain/test_staff.py checks the
# production cost once.
staff_rules.hash_cost = staff_rules.HashCost(n=2**4, r=1, p=1)

# Qt widgets in tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTGRES_URL = os.environ.get("TOYSUB_TEST_DATABASE_URL")


@pytest.fixture(autouse=True, scope="session")
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test may touch the real user folders: point every platform folder at a temporary one."""
    home = tmp_path_factory.mktemp("home")
    saved = {
        k: os.environ.get(k)
        for k in (
            "HOME",
            "XDG_DATA_HOME",
            "XDG_CONFIG_HOME",
            "XDG_CACHE_HOME",
            "XDG_STATE_HOME",
            "TOYSUB_DATABASE_URL",
        )
    }
    os.environ.update(
        {
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_STATE_HOME": str(home / "state"),
        }
    )
    os.environ.pop("TOYSUB_DATABASE_URL", None)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(autouse=True)
def _forget_this_pcs_settings() -> Iterator[None]:
    """What one test's windows remember on this PC (their size and place, the last staff member, …) is not what the
    next test starts from: each test begins as on a PC that never ran the app."""
    yield
    from PySide6.QtCore import QCoreApplication, QSettings

    if QCoreApplication.instance() is not None:
        settings = QSettings()
        settings.clear()
        settings.sync()


def _backends() -> list[object]:
    marks = [] if POSTGRES_URL else [pytest.mark.skip(reason="TOYSUB_TEST_DATABASE_URL is not set")]
    return ["sqlite", pytest.param("postgresql", marks=marks)]


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A migrated template database; each test copies it (CREATE DATABASE … TEMPLATE is fast)."""
    assert POSTGRES_URL is not None
    name = f"toysub_template_{uuid.uuid4().hex[:8]}"
    _admin(f'CREATE DATABASE "{name}"')
    location = location_from(str(make_url(POSTGRES_URL).set(database=name)), data_dir=Path("."))
    open_database(location, backup_folder=None).dispose()
    yield name
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@functools.cache
def _admin_engine() -> Engine:
    """One connection pool for creating and dropping the tests' databases (a new engine per statement cost a
    connection set-up each time)."""
    assert POSTGRES_URL is not None
    return create_engine(make_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")


def _admin(statement: str) -> None:
    with _admin_engine().connect() as connection:
        connection.execute(text(statement))


@functools.cache
def _copy_strategy() -> str:
    """How a test's database is copied from the template. PostgreSQL 15's default (WAL_LOG) writes every block of
    the template through the WAL: ~0.28 s a copy here, against ~0.06 s for FILE_COPY, whose checkpoint costs
    little on a throwaway server (fsync off). Older servers know only the file copy, and no STRATEGY keyword."""
    with _admin_engine().connect() as connection:
        version = int(connection.execute(text("SHOW server_version_num")).scalar_one())
    return " STRATEGY FILE_COPY" if version >= 150000 else ""


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file; each test copies it (a copy takes milliseconds, migrating a new file 0.2 s)."""
    path = tmp_path_factory.mktemp("template") / "shop.sqlite3"
    open_database(sqlite_file(path), backup_folder=None).dispose()
    return path


@contextmanager
def database_copy(backend: str, folder: Path, request: pytest.FixtureRequest) -> Iterator[DatabaseLocation]:
    """Where a fresh migrated database lives (not yet opened): a copy of the migrated template of *backend*."""
    if backend == "sqlite":
        path = folder / "shop.sqlite3"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield sqlite_file(path)
        return
    assert POSTGRES_URL is not None
    template = request.getfixturevalue("postgres_template")
    name = f"toysub_test_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{_copy_strategy()}')
    try:
        yield location_from(str(make_url(POSTGRES_URL).set(database=name)), data_dir=folder)
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=_backends())
def database_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DatabaseLocation]:
    """Where a fresh migrated database for one test lives (not yet opened)."""
    with database_copy(request.param, tmp_path, request) as location:
        yield location


@pytest.fixture(scope="module", params=_backends())
def module_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One migrated database shared by the tests of a module that only read it (e.g. a demo shop built once)."""
    folder = tmp_path_factory.mktemp("module-db")
    with database_copy(request.param, folder, request) as location:
        database = open_database(location, backup_folder=None)
        yield database
        database.dispose()


@pytest.fixture
def db(database_location: DatabaseLocation, tmp_path: Path) -> Iterator[Database]:
    """A fresh migrated database, with no shop yet."""
    database = open_database(database_location, backup_folder=tmp_path / "backups")
    yield database
    database.dispose()


@pytest.fixture
def owner_id(db: Database) -> int:
    """The shop is set up; this is its owner's staff id."""
    return set_up_shop(db, shop_name="토이구독 마포점", owner_name="박지영", now=NOW).id
