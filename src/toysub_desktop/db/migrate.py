"""Alembic migrations run from code at start-up, with a checked backup of a SQLite file first.

The Alembic configuration is built here rather than read from an ini file, with the scripts found next to this
module, so the same code runs from source and from the frozen app (``build.spec`` ships the folder).

A database already at ``HEAD_REVISION`` is recognised with one query and Alembic is not even imported: that is
every start but the first after an update, and Alembic's import is a tenth of a second at the counter.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from toysub_desktop.db.backup import backup_sqlite
from toysub_desktop.db.location import DatabaseLocation
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind, classify
from toysub_desktop.domain.dates import utc_now

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_FOLDER = Path(__file__).resolve().parent / "migrations"
#: The newest migration's revision; a test checks it against the scripts, so a new migration must update it.
HEAD_REVISION = "0033"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    """The newest revision as the migration scripts say (``HEAD_REVISION`` should be the same)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision the migration scripts know: a database at one of them can be brought to the newest."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The database's revision, or None for a new, empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, location: DatabaseLocation, *, backup_folder: Path | None) -> Path | None:
    """Bring the schema to the newest revision. Returns the backup made first, if one was needed.

    A SQLite file that already holds data is copied (and the copy checked) before anything changes; a failed
    migration leaves the file as it was, since the whole upgrade runs in one transaction (see ``migrations/env.py``).
    """
    where = location.describe()
    try:
        current = current_revision(engine)
        if current == HEAD_REVISION:
            return None
        from alembic import command

        head = head_revision()
        if current is not None and current not in known_revisions():
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
