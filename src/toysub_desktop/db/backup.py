"""Copies of the SQLite file made with SQLite's online backup API, checked before they are trusted."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from toysub_desktop.db.problems import DatabaseProblem, ProblemKind


def backup_sqlite(source: Path, folder: Path, label: str, *, now: datetime) -> Path:
    """Copy *source* into *folder* while it may be in use, check the copy with ``integrity_check``, return it."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{source.stem}-{now:%Y%m%d-%H%M%S}-{label}"
    target = folder / f"{stem}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{counter}.sqlite3"
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
        with closing(sqlite3.connect(target)) as check:
            result = check.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as error:
        raise DatabaseProblem(ProblemKind.BACKUP_FAILED, str(target), str(error), str(folder)) from error
    if result is None or result[0] != "ok":
        raise DatabaseProblem(ProblemKind.BACKUP_FAILED, str(target), str(result), str(folder))
    return target
