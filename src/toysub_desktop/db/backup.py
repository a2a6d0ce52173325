"""Copies of the SQLite file made with SQLite's online backup API, checked before they are trusted; the daily
copy, rotation (only of files this app named), and putting a copy back.

A copy is written under a temporary name and renamed only once ``integrity_check`` passed, so a copy cut short
(power loss, a full disk, the app closed mid-way) never looks like a backup. A copy is named
``<database>-<YYYYmmdd-HHMMSS UTC>-<label>[-n].sqlite3``; rotation and the restore list only ever consider files
named that way for the same database, so whatever else staff keep in the folder is left alone.
"""

from __future__ import annotations

import contextlib
import glob
import re
import sqlite3
import time
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from toysub_desktop.db.problems import DatabaseProblem, ProblemKind, classify
from toysub_desktop.domain.dates import shop_today

SUFFIX = ".sqlite3"
#: Labels of the copies this app makes (a migration's is ``before-<revision>``).
DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
#: How many copies are kept unless the machine's settings say otherwise.
DEFAULT_KEEP = 30
_PARTIAL = ".partial"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[a-z]+(?:-[a-z]+)*(?:-\d{4})?)(?:-(?P<copy>\d+))?$",
)


@dataclass(frozen=True)
class BackupFile:
    """One copy of the database: when it was taken, why (its label) and how big it is."""

    path: Path
    taken_at: datetime
    label: str
    size: int

    @property
    def migration_revision(self) -> str | None:
        """The schema revision a migration was about to apply, for a copy made before one."""
        if self.label.startswith("before-") and self.label[7:].isdigit():
            return self.label[7:]
        return None


def backup_sqlite(source: Path, folder: Path, label: str, *, now: datetime) -> Path:
    """Copy *source* into *folder* while it may be in use, check the copy with ``integrity_check``, return it."""
    where = str(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseProblem(ProblemKind.BACKUP_FAILED, where, str(error), where) from error
    stem = f"{source.stem}-{now.astimezone(UTC):%Y%m%d-%H%M%S}-{label}"
    target = folder / f"{stem}{SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{counter}{SUFFIX}"
    partial = target.with_name(target.name + _PARTIAL)
    try:
        try:
            with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
                src.backup(dst)
                # One self-contained file: a copy in WAL mode would grow -wal and -shm files beside it when read.
                dst.execute("PRAGMA journal_mode = DELETE")
            problem = _integrity_problem(partial)
            if problem:
                raise DatabaseProblem(ProblemKind.BACKUP_FAILED, str(target), problem, where)
            partial.replace(target)
        except (sqlite3.Error, OSError) as error:
            raise _backup_problem(error, str(target), where) from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return target


def _backup_problem(error: BaseException, target: str, folder: str) -> DatabaseProblem:
    """A full disk or a read-only folder is worded as such; anything else as a backup that could not be made."""
    problem = classify(error, target, folder)
    if problem is not None and problem.kind in (ProblemKind.DISK_FULL, ProblemKind.READ_ONLY):
        return problem
    return DatabaseProblem(ProblemKind.BACKUP_FAILED, target, str(error), folder)


def _integrity_problem(path: Path) -> str | None:
    """What ``integrity_check`` found wrong with the file at *path* (opened read-only), or None if it is sound."""
    uri = path.absolute().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as check:
            rows = [str(row[0]) for row in check.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.Error as error:
        return str(error)
    return None if rows == ["ok"] else "; ".join(rows[:5])


def list_backups(folder: Path, source: Path) -> list[BackupFile]:
    """This app's copies of *source* in *folder*, newest first; other files are not ours and are ignored."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found: list[BackupFile] = []
    for path in entries:
        parsed = _parse_name(path, source.stem)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(BackupFile(path, parsed[0], parsed[1], size))
    found.sort(key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)
    return found


def _parse_name(path: Path, stem: str) -> tuple[datetime, str] | None:
    if path.suffix != SUFFIX or not path.is_file():
        return None
    match = _NAME.match(path.stem)
    if match is None or match["stem"] != stem:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return taken_at, match["label"]


def rotate_backups(folder: Path, source: Path, *, keep: int) -> list[Path]:
    """Delete this app's oldest copies of *source* beyond the newest *keep* (at least one is always kept);
    returns what was deleted. A file that cannot be deleted stays and is tried again next time."""
    deleted: list[Path] = []
    for backup in list_backups(folder, source)[max(keep, 1) :]:
        try:
            backup.path.unlink()
        except OSError:
            continue
        deleted.append(backup.path)
    _remove_abandoned_copies(folder, source)
    return deleted


def _remove_abandoned_copies(folder: Path, source: Path) -> None:
    """Copies cut short when the app was killed mid-way (a live one is never an hour old: the copy of a large
    shop takes seconds)."""
    cutoff = time.time() - 3600
    for partial in folder.glob(f"{glob.escape(source.stem)}-*{SUFFIX}{_PARTIAL}"):
        with contextlib.suppress(OSError):
            if _NAME.match(partial.name.removesuffix(SUFFIX + _PARTIAL)) and partial.stat().st_mtime < cutoff:
                partial.unlink()


def needs_daily_backup(folder: Path, source: Path, *, now: datetime) -> bool:
    """Whether no copy of *source* was made yet today (the shop's calendar), of any kind."""
    backups = list_backups(folder, source)
    return not backups or shop_today(backups[0].taken_at) < shop_today(now)


def daily_backup(source: Path, folder: Path, *, now: datetime, keep: int) -> Path | None:
    """Today's copy if there is none yet, then rotation; returns the new copy, or None if today's exists."""
    if not source.exists() or not needs_daily_backup(folder, source, now=now):
        return None
    made = backup_sqlite(source, folder, DAILY, now=now)
    rotate_backups(folder, source, keep=keep)
    return made


def check_backup(backup: Path, *, known_revisions: Iterable[str]) -> str | None:
    """Why *backup* cannot be put back (damaged, not this app's database, from a newer version), or None."""
    problem = _integrity_problem(backup)
    if problem is not None:
        return problem
    uri = backup.absolute().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as check:
            row = check.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        return f"not a ToySub Desktop database: {error}"
    if row is None or str(row[0]) not in set(known_revisions):
        return f"schema revision {row[0] if row else None} is not known to this version of the app"
    return None


def restore_sqlite(backup: Path, target: Path, folder: Path, *, now: datetime, known_revisions: Iterable[str]) -> Path:
    """Put the copy *backup* in the place of the database *target*, which no connection may hold open.

    The copy is checked first; the current state is backed up (label ``before-restore``) before anything is
    replaced, and that copy is returned. The content is written with the backup API into the database itself, so
    its WAL and shared-memory files stay consistent, and the result is checked again.
    """
    where = str(target)
    problem = check_backup(backup, known_revisions=known_revisions)
    if problem is not None:
        raise DatabaseProblem(ProblemKind.BACKUP_UNUSABLE, str(backup), problem, str(folder))
    safety = backup_sqlite(target, folder, BEFORE_RESTORE, now=now)
    try:
        uri = backup.absolute().as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
    except sqlite3.Error as error:
        raise classify(error, where, str(folder)) or DatabaseProblem(
            ProblemKind.CANNOT_OPEN, where, str(error), str(folder)
        ) from error
    after = _integrity_problem(target)
    if after is not None:  # pragma: no cover - the copy was checked just before
        raise DatabaseProblem(ProblemKind.DAMAGED, where, after, str(folder))
    return safety
