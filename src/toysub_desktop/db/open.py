"""Opening a database for use: refuse what must not be opened, check it, migrate it (backing up first)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from toysub_desktop.db.engine import (
    Database,
    IntegrityCheck,
    check_can_use,
    create_database_engine,
    quick_check,
)
from toysub_desktop.db.location import DatabaseLocation
from toysub_desktop.db.migrate import HEAD_REVISION, current_revision, migrate
from toysub_desktop.db.problems import DatabaseProblem, classify


def open_database(location: DatabaseLocation, *, backup_folder: Path | None, check_later: bool = False) -> Database:
    """A migrated, checked database ready for services; raises ``DatabaseProblem`` with what and where.

    With *check_later*, a SQLite file already at the newest schema is returned before SQLite's ``quick_check``
    (which reads the whole file) has finished: the check goes on in the background (``Database.integrity``) and
    every write waits for its verdict, so a damaged file is still never written to. A file that needs migrating
    is checked first, as without it: the migration writes."""
    try:
        check_can_use(location)
        engine = create_database_engine(location)
        try:
            integrity = None
            if check_later and location.is_sqlite and _at_newest_revision(engine, location):
                folder = str(backup_folder) if backup_folder else None
                integrity = IntegrityCheck(engine, location, folder).start()
            else:
                quick_check(engine, location)
                migrate(engine, location, backup_folder=backup_folder)
        except BaseException:
            engine.dispose()
            raise
    except DatabaseProblem as problem:
        # Where the backups are is part of what to do about any problem.
        if problem.backup_folder is None and backup_folder is not None:
            problem.backup_folder = str(backup_folder)
        raise
    return Database(location, engine, str(backup_folder) if backup_folder else None, integrity)


def _at_newest_revision(engine: Engine, location: DatabaseLocation) -> bool:
    """Whether the database needs no migration; reading it is the first use of the file, so a file that is not a
    database (or cannot be opened) is refused here."""
    try:
        return current_revision(engine) == HEAD_REVISION
    except Exception as error:
        problem = classify(error, location.describe())
        if problem is None:
            raise
        raise problem from error
