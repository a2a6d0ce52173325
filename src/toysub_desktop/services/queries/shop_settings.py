"""The shop's settings row for an owner's change, and the audit record of what such a change changed (the shop's
own details and rules, and the rental rules, are changed this way). Who may change them is decided before the unit
of work (``services.access.authorize``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Shop
from toysub_desktop.services.common import ChangedElsewhereError, audit, check_version, columns_of, require_staff


def shop_for_owner(session: Session, staff_id: int, expected_version: int) -> Shop:
    """The shop row, once it is clear that the staff member (authorised by ``authorize`` before the unit of work)
    is at the counter and saw its latest version."""
    require_staff(session, staff_id)
    shop = session.scalars(select(Shop).limit(1)).one()
    check_version(shop, expected_version, ChangedElsewhereError)
    return shop


def audit_settings_change(
    session: Session,
    shop: Shop,
    staff_id: int,
    now: datetime,
    before: dict[str, Any],
    names: tuple[str, ...],
    *,
    approved_by: int | None = None,
) -> None:
    """Audit what changed (and who approved it); saving the same values again is no change and leaves no record."""
    after = columns_of(shop, *names)
    changed = [name for name in names if before[name] != after[name]]
    if not changed:
        return
    audit(
        session,
        at=now,
        staff_id=staff_id,
        approved_by_id=approved_by,
        action="shop.settings",
        entity="shop",
        entity_id=shop.id,
        before={name: before[name] for name in changed},
        after={name: after[name] for name in changed},
    )
