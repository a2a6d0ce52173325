"""Engines and sessions: SQLite tuned for a counter PC that may lose power, or a shared PostgreSQL server.

Sessions are as short as one user action: ``reading()`` for a screen's data, ``writing()`` for a change, which on
SQLite begins ``IMMEDIATE`` so two counters never deadlock upgrading a read lock to a write lock.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from toysub_desktop.db.location import DatabaseLocation, is_network_path
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind, classify

log = logging.getLogger(__name__)

#: How long a change waits for a lock another counter or program holds before it is refused as busy: long enough
#: for another counter's change to finish, short enough that the window does not seem to hang.
BUSY_TIMEOUT_SECONDS = 2
_BEGIN_IMMEDIATE = "toysub_begin_immediate"
#: Execution option of a connection whose statements each read on their own, as PostgreSQL's READ COMMITTED reads
#: anyway: on SQLite no BEGIN is sent, so every statement is its own consistent read (WAL), a keystroke's search
#: saves a round trip through the engine, and there is nothing to roll back.
_NO_BEGIN = "toysub_no_begin"


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
        options = connection.get_execution_options()
        if options.get(_NO_BEGIN, False):
            return
        connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(_BEGIN_IMMEDIATE, False) else "BEGIN")

    return engine


def write_options(engine: Engine) -> dict[str, Any]:
    """Execution options for a connection that will write: on SQLite its transactions begin ``IMMEDIATE``."""
    return {_BEGIN_IMMEDIATE: True} if engine.dialect.name == "sqlite" else {}


class Database:
    """One open database: its location, engine and the two kinds of session."""

    def __init__(
        self,
        location: DatabaseLocation,
        engine: Engine,
        backup_folder: str | None = None,
        integrity: IntegrityCheck | None = None,
    ) -> None:
        self.location = location
        self.engine = engine
        self.backup_folder = backup_folder
        #: The start-up check still running in the background, if the file was opened before it finished: every
        #: write waits for it, and is refused if it found the file damaged.
        self.integrity = integrity
        self._read_sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._statement_reads = engine.execution_options(**{_NO_BEGIN: True})
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
        """A connection for Core reads that need no ORM objects (a keystroke's search): the same error handling as
        ``reading``, without a session's bookkeeping; rolled back at the end.

        Each statement reads the database as it is when it runs, on both backends (PostgreSQL's READ COMMITTED
        does so inside a transaction; on SQLite no BEGIN is sent): a caller reading twice must expect a change
        committed in between."""
        with self._guard(), self._statement_reads.connect() as connection:
            try:
                yield connection
            finally:
                connection.rollback()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A session for one change: committed as a whole at the end, or rolled back on any error.

        While the start-up check is still reading the file, the change waits for it; a damaged file is never
        written to (the check's ``DatabaseProblem`` is raised instead)."""
        if self.integrity is not None:
            self.integrity.require_passed()
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

    @contextmanager
    def writing_a_sample(self) -> Iterator[None]:
        """While a sample (the demo shop) is written, SQLite does not wait for the disk after each commit
        (``synchronous = OFF``): thousands of small changes in seconds, and nothing of the shop's own data at stake.
        Connections opened inside take it; every one is closed at the end, so the next ones are ``FULL`` again."""
        if not self.location.is_sqlite:
            yield
            return

        def no_sync(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA synchronous = OFF")

        self.engine.dispose()  # connections already open keep their settings: new ones take the sample's
        event.listen(self.engine, "connect", no_sync)
        try:
            yield
        finally:
            event.remove(self.engine, "connect", no_sync)
            self.engine.dispose()

    def dispose(self) -> None:
        if self.integrity is not None:
            self.integrity.cancel()  # the file may be replaced next (a restore): nothing may still be reading it
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
            _check_connection(connection, location)
    except DatabaseProblem:
        raise
    except Exception as error:
        problem = classify(error, where)
        if problem is None:
            raise
        raise problem from error


class IntegrityCheck:
    """``quick_check`` of a SQLite file on a thread of its own, so the window need not wait for it: it reads the
    whole file (about 0.2 s for 100,000 customers).

    ``require_passed()`` is the gate every write goes through: it waits for the result and raises the check's
    ``DatabaseProblem`` if the file is damaged. ``when_done`` tells the window, which then explains and closes.
    ``cancel()`` stops a check still running (closing the app, or a restore about to replace the file); a later
    write then runs the check again first, on the writer's thread.
    """

    def __init__(self, engine: Engine, location: DatabaseLocation, backup_folder: str | None = None) -> None:
        self.engine = engine
        self.location = location
        self.backup_folder = backup_folder
        self._lock = threading.Lock()
        self._finished = threading.Event()
        self._passed = False
        self._problem: DatabaseProblem | None = None
        self._cancelled = False
        self._running: sqlite3.Connection | None = None
        self._listeners: list[Callable[[DatabaseProblem | None], None]] = []
        self._thread = threading.Thread(target=self._run, name="toysub-quick-check", daemon=True)

    def start(self) -> IntegrityCheck:
        self._thread.start()
        return self

    @property
    def problem(self) -> DatabaseProblem | None:
        """What the check found wrong (None while it runs, or when the file is sound)."""
        return self._problem

    def when_done(self, listener: Callable[[DatabaseProblem | None], None]) -> None:
        """Call *listener* with the problem found (or None) once the check ends, at once if it already has. It
        runs on the check's thread: a window must hand it over to its own (a queued signal). Not called when the
        check is cancelled."""
        with self._lock:
            if not self._finished.is_set():
                self._listeners.append(listener)
                return
            done = self._passed or self._problem is not None
        if done:
            listener(self._problem)

    def require_passed(self) -> None:
        """Return once the file passed the check; raise its ``DatabaseProblem`` if it did not."""
        self._finished.wait()
        if self._problem is not None:
            raise self._problem
        if not self._passed:  # cancelled or stopped before a verdict: check now, before anything is written
            try:
                quick_check(self.engine, self.location)
            except DatabaseProblem as problem:
                if problem.backup_folder is None:
                    problem.backup_folder = self.backup_folder
                if problem.kind is ProblemKind.DAMAGED:
                    self._problem = problem
                raise
            self._passed = True

    def cancel(self) -> None:
        """Stop a check still reading the file, and wait until it has let go of it."""
        with self._lock:
            self._cancelled = True
            if self._running is not None:
                self._running.interrupt()
            if self._thread.ident is None:  # never started
                self._finished.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        problem: DatabaseProblem | None = None
        passed = False
        try:
            with self.engine.connect() as connection:
                driver = connection.connection.driver_connection
                with self._lock:
                    if self._cancelled:
                        return
                    self._running = driver if isinstance(driver, sqlite3.Connection) else None
                try:
                    _check_connection(connection, self.location)
                    passed = True
                finally:
                    with self._lock:
                        self._running = None
        except Exception as error:
            found = classify(error, self.location.describe(), self.backup_folder)
            if found is not None and found.kind is ProblemKind.DAMAGED:
                if found.backup_folder is None:  # where the copies are is part of what to do about it
                    found.backup_folder = self.backup_folder
                problem = found
            elif not self._cancelled:
                # No verdict (busy, a fault of the check itself): the first write runs the check again and
                # meets whatever stopped it.
                log.warning("the background check of %s did not finish: %r", self.location.describe(), error)
        finally:
            with self._lock:
                if self._cancelled:
                    problem, passed = None, False  # interrupted: no verdict
                self._problem, self._passed = problem, passed
                listeners, self._listeners = self._listeners, []
                self._finished.set()
        if passed or problem is not None:
            for listener in listeners:
                listener(problem)


def _check_connection(connection: Connection, location: DatabaseLocation) -> None:
    if location.is_sqlite:
        result = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            raise DatabaseProblem(ProblemKind.DAMAGED, location.describe(), "; ".join(str(r) for r in result[:5]))
    else:
        connection.execute(text("SELECT 1"))
