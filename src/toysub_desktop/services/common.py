"""What every service shares: the errors beyond validation, the staff check, optimistic locking and audit."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from toysub_desktop.db.models import AuditEntry, Base, Customer, Staff
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


def touch(customer: Customer, expected_version: int | None) -> None:
    """Check that the clerk saw the customer's latest version, then make this change the next version.

    ``expected_version=None`` skips the check, for changes made without a form the clerk filled in.
    """
    if expected_version is not None and customer.version != expected_version:
        raise ConcurrentEditError(f"customer {customer.id}: saw version {expected_version}, now {customer.version}")
    customer.version += 1


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
) -> None:
    """Record who changed what; it commits or rolls back with the change itself."""
    session.add(
        AuditEntry(
            at=at,
            staff_id=staff_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=plain(before) if before is not None else None,
            after=plain(after) if after is not None else None,
        )
    )
