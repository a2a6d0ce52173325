"""What every service shares: the errors beyond validation, the staff check, optimistic locking and audit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import Any, Protocol, TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

# Imported for its session hooks: every change to a ledger keeps the debits' open amounts with it.
import toysub_desktop.db.ledger_balance  # noqa: F401
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Base, Staff
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

M = TypeVar("M", bound=Base)


class NotFoundError(LookupError):
    """What the clerk was working on is not there (any more)."""


class ConcurrentEditError(Exception):
    """Someone else changed the record since the clerk opened it; nothing was written."""

    message = QT_TRANSLATE_NOOP(
        "Validation",
        "Another counter changed this customer while you were editing. Your input is kept: check the "
        "customer's current details, then save again.",
    )


class ChangedElsewhereError(ConcurrentEditError):
    """A shop setting or catalogue entry changed at another counter since the form was opened; nothing was written."""

    message = QT_TRANSLATE_NOOP(
        "Validation",
        "Someone changed this at another counter while you were editing, so nothing was saved. Close this window "
        "and open it again to see the current values.",
    )


class UnknownStaffError(PermissionError):
    """The staff member named for a change does not exist or no longer works here."""


def get_or_raise(session: Session, model: type[M], key: int) -> M:
    row = session.get(model, key)
    if row is None:
        raise NotFoundError(f"{model.__name__} {key}")
    return row


def require_staff(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active:
        raise UnknownStaffError(f"staff {staff_id}")
    return staff


class Versioned(Protocol):
    """A row under optimistic locking: its ``version`` column is the mapper's ``version_id_col``."""

    id: Any
    version: Any


def saw_latest(row: Versioned, expected_version: int | None) -> bool:
    """Whether the clerk's form was filled from *row*'s latest version (``None``: no form, nothing to compare)."""
    return expected_version is None or row.version == expected_version


def check_version(
    row: Versioned, expected_version: int | None, changed: type[ConcurrentEditError] = ConcurrentEditError
) -> None:
    """The one optimistic lock: refuse with *changed* unless the clerk's form was filled from *row*'s latest version.

    ``expected_version=None`` skips the check, for changes made without a form the clerk filled in. A row whose own
    columns change gets its next version from the mapper, in an ``UPDATE … WHERE version = <the one read>``: a
    counter that commits between this check and the flush (PostgreSQL reads committed data) leaves that update
    matching no row, and ``unit_of_work`` turns the resulting ``StaleDataError`` into *changed* as well. Saving
    the same values again changes nothing, so it neither bumps the version nor conflicts.
    """
    if not saw_latest(row, expected_version):
        raise changed(f"{type(row).__name__} {row.id}: saw version {expected_version}, now {row.version}")


def touch(
    row: Versioned, expected_version: int | None, changed: type[ConcurrentEditError] = ConcurrentEditError
) -> None:
    """``check_version``, then make this change *row*'s next version even when none of its own columns change (a
    customer's new address, a subscription's event, a plan saved as it was), so the flush always updates the row
    on the version read and a change committed meanwhile at another counter always conflicts."""
    check_version(row, expected_version, changed)
    row.version += 1


@contextmanager
def unit_of_work(
    db: Database, changed: type[ConcurrentEditError] = ConcurrentEditError, *, clash_is_conflict: bool = False
) -> Iterator[Session]:
    """A session for one clerk action, committed as a whole or rolled back, where a conflict with another counter
    becomes *changed* (the clerk-facing message): see ``conflicts_become``. Services write through this, never
    through ``Database.writing()`` directly, so no conflict reaches the crash dialog."""
    with conflicts_become(changed, clash_is_conflict=clash_is_conflict), db.writing() as session:
        yield session


@contextmanager
def conflicts_become(
    changed: type[ConcurrentEditError] = ConcurrentEditError, *, clash_is_conflict: bool = False
) -> Iterator[None]:
    """Where a conflict with another counter becomes *changed*, whichever way it shows: ``touch`` refusing the
    version the form was filled from, or a flush or commit finding a row changed meanwhile (``StaleDataError``).
    With *clash_is_conflict*, a unique constraint violated by a row another counter added meanwhile is one too.
    A more particular conflict raised inside (a subclass of *changed*) keeps its own message."""
    conflicts: tuple[type[Exception], ...] = (ConcurrentEditError, StaleDataError)
    if clash_is_conflict:
        conflicts += (IntegrityError,)
    try:
        yield
    except changed:
        raise
    except conflicts as error:
        raise changed(str(error)) from error


def plain(value: Any) -> Any:
    """A value as JSON can hold it, for audit records."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def columns_of(row: Base, *names: str) -> dict[str, Any]:
    return {name: plain(getattr(row, name)) for name in names}


def audit(
    session: Session,
    *,
    at: datetime,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    approved_by_id: int | None = None,
) -> None:
    """Record who changed what (and who approved it, for an action beyond their role); it commits or rolls back
    with the change itself."""
    session.add(
        AuditEntry(
            at=at,
            staff_id=staff_id,
            approved_by_id=approved_by_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=plain(before) if before is not None else None,
            after=plain(after) if after is not None else None,
        )
    )
