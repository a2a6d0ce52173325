"""Engines and sessions: SQLite tuned for a counter PC that may lose power, or a shared PostgreSQL server.

Sessions are as short as one user action: ``reading()`` for a screen's data, ``writing()`` for a change, which on
SQLite begins ``IMMEDIATE`` so two counters never deadlock upgrading a read lock to a write lock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from toysub_desktop.db.location import DatabaseLocation, is_network_path
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind, classify

#: How long a change waits for a lock another counter or program holds before it is refused as busy: long enough
#: for another counter's change to finish, short enough that the window does not seem to hang.
BUSY_TIMEOUT_SECONDS = 2
_BEGIN_IMMEDIATE = "toysub_begin_immediate"


def create_database_engine(location: DatabaseLocation) -> Engine:
    if location.is_sqlite:
        return _sqlite_engine(location)
    # lock_timeout: a row or table locked by another session (a counter, a maintenance job) is waited for as long
    # as SQLite's busy timeout, then the statement fails and ``classify`` calls it busy.
    return create_engine(
        location.url,
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=2,
        connect_args={"options": f"-c lock_timeout={BUSY_TIMEOUT_SECONDS * 1000}"},
    )


def _sqlite_engine(location: DatabaseLocation) -> Engine:
    # A file keeps its connections open between sessions: SQLite's page cache lives in the connection, so a
    # search typed after the last one reads memory instead of the file, and the pragmas run once per connection.
    # ``dispose()`` closes them all (before a restore or at exit). In memory, SQLAlchemy's default pool applies.
    pool: dict[str, Any] = {"poolclass": QueuePool, "pool_size": 2, "max_overflow": 3} if location.sqlite_path else {}
    engine = create_engine(
        location.url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS, "check_same_thread": False}, **pool
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event own BEGIN, so writes can begin IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        if location.sqlite_path is not None:
            cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed change survives the counter PC losing power.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(_BEGIN_IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def write_options(engine: Engine) -> dict[str, Any]:
    """Execution options for a connection that will write: on SQLite its transactions begin ``IMMEDIATE``."""
    return {_BEGIN_IMMEDIATE: True} if engine.dialect.name == "sqlite" else {}


class Database:
    """One open database: its location, engine and the two kinds of session."""

    def __init__(self, location: DatabaseLocation, engine: Engine, backup_folder: str | None = None) -> None:
        self.location = location
        self.engine = engine
        self.backup_folder = backup_folder
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        writer = engine.execution_options(**write_options(engine))
        self._write_sessions = sessionmaker(bind=writer, expire_on_commit=False)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reading; whatever it did is rolled back at the end."""
        with self._guard(), self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def reading_connection(self) -> Iterator[Connection]:
        """A connection for Core reads that need no ORM objects (a keystroke's search): the same transaction and
        error handling as ``reading``, without a session's bookkeeping; rolled back at the end."""
        with self._guard(), self.engine.connect() as connection:
            try:
                yield connection
            finally:
                connection.rollback()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for one change: committed as a whole at the end, or rolled back on any error."""
        with self._guard(), self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except DatabaseProblem:
            raise
        except Exception as error:
            problem = classify(error, self.location.describe(), self.backup_folder)
            if problem is None:
                raise
            raise problem from error

    def dispose(self) -> None:
        self.engine.dispose()


def check_can_use(location: DatabaseLocation) -> None:
    """Refuse what must not be opened, before anything touches the file."""
    path = location.sqlite_path
    if path is None:
        return
    if is_network_path(path):
        raise DatabaseProblem(ProblemKind.NETWORK_DRIVE, str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseProblem(ProblemKind.CANNOT_OPEN, str(path), str(error)) from error


def quick_check(engine: Engine, location: DatabaseLocation) -> None:
    """Connect, and on SQLite run ``PRAGMA quick_check``; a damaged file raises a ``DatabaseProblem``."""
    where = location.describe()
    try:
        with engine.connect() as connection:
            if location.is_sqlite:
                result = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
                if result != ["ok"]:
                    raise DatabaseProblem(ProblemKind.DAMAGED, where, "; ".join(str(r) for r in result[:5]))
            else:
                connection.execute(text("SELECT 1"))
    except DatabaseProblem:
        raise
    except Exception as error:
        problem = classify(error, where)
        if problem is None:
            raise
        raise problem from error
