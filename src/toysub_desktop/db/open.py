"""Opening a database for use: refuse what must not be opened, check it, migrate it (backing up first)."""

from __future__ import annotations

from pathlib import Path

from toysub_desktop.db.engine import Database, check_can_use, create_database_engine, quick_check
from toysub_desktop.db.location import DatabaseLocation
from toysub_desktop.db.migrate import migrate
from toysub_desktop.db.problems import DatabaseProblem


def open_database(location: DatabaseLocation, *, backup_folder: Path | None) -> Database:
    """A migrated, checked database ready for services; raises ``DatabaseProblem`` with what and where."""
    try:
        check_can_use(location)
        engine = create_database_engine(location)
        try:
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
    return Database(location, engine, str(backup_folder) if backup_folder else None)
