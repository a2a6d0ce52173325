"""Database faults staff can act on (a locked, full, read-only, damaged or unreachable database, or a value the
database refused), told apart from bugs. The UI words each kind; everything else is a bug for the crash dialog."""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum

from sqlalchemy.exc import DBAPIError, StatementError


class ProblemKind(StrEnum):
    NETWORK_DRIVE = "network_drive"
    CANNOT_OPEN = "cannot_open"
    DAMAGED = "damaged"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    BUSY = "busy"
    DISK_ERROR = "disk_error"
    SERVER_UNREACHABLE = "server_unreachable"
    NEWER_SCHEMA = "newer_schema"
    MIGRATION_FAILED = "migration_failed"
    BACKUP_FAILED = "backup_failed"
    BACKUP_UNUSABLE = "backup_unusable"
    #: The database refused a value (too long, a character it cannot store, a duplicate) that got past the
    #: validation: nothing was saved, and the clerk can change what was typed.
    REFUSED_VALUE = "refused_value"


class DatabaseProblem(Exception):
    """A database that cannot be opened, migrated or reached, with where it is and what the system said."""

    def __init__(self, kind: ProblemKind, where: str, detail: str = "", backup_folder: str | None = None) -> None:
        super().__init__(f"{kind.value}: {where}: {detail}")
        self.kind = kind
        self.where = where
        self.detail = detail
        self.backup_folder = backup_folder


_SQLITE_PRIMARY_CODES = {
    sqlite3.SQLITE_BUSY: ProblemKind.BUSY,
    sqlite3.SQLITE_LOCKED: ProblemKind.BUSY,
    sqlite3.SQLITE_READONLY: ProblemKind.READ_ONLY,
    sqlite3.SQLITE_FULL: ProblemKind.DISK_FULL,
    sqlite3.SQLITE_CANTOPEN: ProblemKind.CANNOT_OPEN,
    sqlite3.SQLITE_CORRUPT: ProblemKind.DAMAGED,
    sqlite3.SQLITE_NOTADB: ProblemKind.DAMAGED,
    sqlite3.SQLITE_IOERR: ProblemKind.DISK_ERROR,
    sqlite3.SQLITE_PERM: ProblemKind.READ_ONLY,
    sqlite3.SQLITE_CONSTRAINT: ProblemKind.REFUSED_VALUE,
    sqlite3.SQLITE_TOOBIG: ProblemKind.REFUSED_VALUE,
    sqlite3.SQLITE_MISMATCH: ProblemKind.REFUSED_VALUE,
}


def classify(error: BaseException, where: str, backup_folder: str | None = None) -> DatabaseProblem | None:
    """The problem behind *error* if staff can act on it, else ``None`` (a bug)."""
    if isinstance(error, DatabaseProblem):
        return error
    original = error.orig if isinstance(error, DBAPIError | StatementError) else error
    if _is_unencodable_text(original):
        # Half of a surrogate pair (a broken paste) that the driver cannot send; nothing reached the database.
        return DatabaseProblem(ProblemKind.REFUSED_VALUE, where, str(original), backup_folder)
    if isinstance(original, sqlite3.DataError | sqlite3.IntegrityError):
        return DatabaseProblem(ProblemKind.REFUSED_VALUE, where, str(original), backup_folder)
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        kind = _SQLITE_PRIMARY_CODES.get(code & 0xFF) if isinstance(code, int) else None
        if kind is None:
            kind = _kind_from_sqlite_message(str(original))
        return DatabaseProblem(kind, where, str(original), backup_folder) if kind else None
    if getattr(original, "sqlstate", None) in _POSTGRESQL_BUSY:
        return DatabaseProblem(ProblemKind.BUSY, where, str(original).strip(), backup_folder)
    if original is not None and _is_psycopg_connection_error(original):
        return DatabaseProblem(ProblemKind.SERVER_UNREACHABLE, where, str(original).strip(), backup_folder)
    if original is not None and _is_psycopg_refused_value(original):
        return DatabaseProblem(ProblemKind.REFUSED_VALUE, where, str(original).strip(), backup_folder)
    if isinstance(original, OSError):
        # Only what the system reported (it always gives an errno): the app's own errors may subclass OSError.
        kind = _OS_ERRORS.get(original.errno) if original.errno is not None else None
        if kind is not None:
            # The file the system named is the most precise "where".
            place = str(original.filename) if original.filename else where
            return DatabaseProblem(kind, place, str(original), backup_folder)
    return None


#: PostgreSQL's lock_not_available (``lock_timeout`` ran out) and deadlock_detected: another session holds what this
#: change needs; it was rolled back and can simply be tried again.
_POSTGRESQL_BUSY = {"55P03", "40P01"}

#: Files the app writes (the database, its backups, a saved PDF) on a full disk or where writing is not allowed.
_OS_ERRORS = {
    code: kind
    for name, kind in (
        ("ENOSPC", ProblemKind.DISK_FULL),  # Windows' ERROR_DISK_FULL arrives as ENOSPC too
        ("EDQUOT", ProblemKind.DISK_FULL),
        ("EROFS", ProblemKind.READ_ONLY),
        ("EACCES", ProblemKind.READ_ONLY),
        ("EPERM", ProblemKind.READ_ONLY),
    )
    if (code := getattr(errno, name, None)) is not None
}


def _is_unencodable_text(error: BaseException | None) -> bool:
    return isinstance(error, UnicodeEncodeError) and error.reason == "surrogates not allowed"


def _kind_from_sqlite_message(message: str) -> ProblemKind | None:
    lowered = message.lower()
    if "locked" in lowered:
        return ProblemKind.BUSY
    if "readonly" in lowered or "read-only" in lowered:
        return ProblemKind.READ_ONLY
    if "disk is full" in lowered:
        return ProblemKind.DISK_FULL
    if "malformed" in lowered or "not a database" in lowered:
        return ProblemKind.DAMAGED
    if "unable to open" in lowered:
        return ProblemKind.CANNOT_OPEN
    return None


def _is_psycopg_connection_error(error: BaseException) -> bool:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    return isinstance(error, psycopg.OperationalError | psycopg.InterfaceError)


def _is_psycopg_refused_value(error: BaseException) -> bool:
    """PostgreSQL refused a value: a NUL in text, a string longer than its column, a broken constraint."""
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    return isinstance(error, psycopg.DataError | psycopg.IntegrityError)
