"""Backups of the shop's SQLite database: the list, a copy made now, the daily copy, and putting one back.

A PostgreSQL database has none of these: the server's own backups apply (``backup_place`` is None).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from toysub_desktop.db.backup import (
    BEFORE_RESTORE,
    DAILY,
    DEFAULT_KEEP,
    MANUAL,
    BackupFile,
    backup_sqlite,
    daily_backup,
    list_backups,
    restore_sqlite,
    rotate_backups,
)
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Staff
from toysub_desktop.domain.staff import Permission
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import (
    audit,
    unit_of_work,
)

# The UI takes the copies' labels and the default number kept from here, never from db.backup.
__all__ = [
    "BEFORE_RESTORE",
    "DAILY",
    "DEFAULT_KEEP",
    "MANUAL",
    "BackupFile",
    "BackupPlace",
    "back_up_daily",
    "back_up_now",
    "backup_place",
    "database_backups",
    "record_restore",
    "restore_backup",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupPlace:
    """The database file and the folder its copies go to."""

    database: Path
    folder: Path


def backup_place(db: Database) -> BackupPlace | None:
    """Where *db*'s copies are kept, or None when the app does not back it up (PostgreSQL, no backup folder)."""
    path = db.location.sqlite_path
    if path is None or db.backup_folder is None:
        return None
    return BackupPlace(path, Path(db.backup_folder))


def database_backups(place: BackupPlace) -> list[BackupFile]:
    """The app's copies of the database, newest first."""
    return list_backups(place.folder, place.database)


def back_up_now(place: BackupPlace, *, now: datetime, keep: int) -> BackupFile:
    """A checked copy made now (label ``manual``); older copies beyond *keep* are removed."""
    path = backup_sqlite(place.database, place.folder, MANUAL, now=now)
    rotate_backups(place.folder, place.database, keep=keep)
    log.info("backed up %s to %s", place.database, path)
    return next(b for b in list_backups(place.folder, place.database) if b.path == path)


def back_up_daily(place: BackupPlace, *, now: datetime, keep: int) -> Path | None:
    """Today's copy, unless one (of any kind) was already made today in the shop's calendar."""
    made = daily_backup(place.database, place.folder, now=now, keep=keep)
    if made is not None:
        log.info("daily backup of %s: %s", place.database, made)
    return made


def restore_backup(
    db: Database, backup: Path, *, by_staff_id: int, approval: Approval | None = None, now: datetime
) -> Path:
    """Put *backup* in the place of *db*'s file and return the copy of the state before it; the owner only (or
    with the owner's approving PIN).

    *db* is closed first and must not be used afterwards: open the database again (it may need migrating, when
    the copy is from before an update), then call ``record_restore``. Nothing changes if the copy is damaged, not
    a database of this app, or from a newer version.
    """
    from toysub_desktop.db.migrate import known_revisions  # Alembic loads only when a restore is asked for

    place = backup_place(db)
    if place is None:
        raise ValueError("only a SQLite database with a backup folder can be restored")
    authorize(db, by_staff_id=by_staff_id, permission=Permission.RESTORE, approval=approval, now=now)
    db.dispose()
    safety = restore_sqlite(backup, place.database, place.folder, now=now, known_revisions=known_revisions())
    log.warning("restored %s from %s; the state before is in %s", place.database, backup, safety)
    return safety


def record_restore(db: Database, *, staff_name: str, backup: Path, safety: Path, now: datetime) -> None:
    """Note in the restored database who restored which copy, and where the state before it is kept.

    The staff member may not exist in the restored copy, so the name is kept in the record itself."""
    with unit_of_work(db) as session:
        staff_id = session.scalar(select(Staff.id).where(Staff.name == staff_name))
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="restore",
            entity="database",
            entity_id=None,
            after={"backup": backup.name, "before_restore": safety.name, "by": staff_name},
        )
