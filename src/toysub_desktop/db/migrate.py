"""Alembic migrations run from code at start-up, with a checked backup of a SQLite file first.

The Alembic configuration is built here rather than read from an ini file, with the scripts found next to this
module, so the same code runs from source and from the frozen app (``build.spec`` ships the folder).
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from toysub_desktop.db.backup import backup_sqlite
from toysub_desktop.db.location import DatabaseLocation
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind, classify
from toysub_desktop.domain.dates import utc_now

log = logging.getLogger(__name__)

MIGRATIONS_FOLDER = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, location: DatabaseLocation, *, backup_folder: Path | None) -> Path | None:
    """Bring the schema to the newest revision. Returns the backup made first, if one was needed.

    A SQLite file that already holds data is copied (and the copy checked) before anything changes; a failed
    migration leaves the file as it was, since each migration runs in one transaction.
    """
    where = location.describe()
    try:
        current = current_revision(engine)
        head = head_revision()
        if current == head:
            return None
        known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if current is not None and current not in known:
            raise DatabaseProblem(ProblemKind.NEWER_SCHEMA, where, f"revision {current}")
        backup = None
        path = location.sqlite_path
        if current is not None and path is not None and backup_folder is not None:
            backup = backup_sqlite(path, backup_folder, f"before-{head}", now=utc_now())
            log.info("backed up %s to %s before migrating", path, backup)
        command.upgrade(alembic_config(engine), "head")
        log.info("migrated %s from %s to %s", where, current, head)
        return backup
    except DatabaseProblem:
        raise
    except Exception as error:
        folder = str(backup_folder) if backup_folder else None
        problem = classify(error, where, folder)
        if problem is not None:
            raise problem from error
        raise DatabaseProblem(ProblemKind.MIGRATION_FAILED, where, repr(error), folder) from error
