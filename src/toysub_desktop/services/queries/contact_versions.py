"""Loading a customer's contact versions and resolving them with the domain's timeline rules."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import AddressVersion, Customer, Delivery, PhoneVersion, Staff
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.contacts import ChangeReason, PhoneRole
from toysub_desktop.domain.phone import phone_from_e164
from toysub_desktop.domain.timeline import in_effect_on, periods_in_effect, scheduled_after
from toysub_desktop.services.views import AddressEntry, PhoneEntry

ROLE_ORDER = tuple(PhoneRole)


def staff_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted))).tuples().all())


def address_versions(session: Session, customer_ids: Sequence[int]) -> dict[int, list[AddressVersion]]:
    by_customer: dict[int, list[AddressVersion]] = defaultdict(list)
    if customer_ids:
        query = select(AddressVersion).where(AddressVersion.customer_id.in_(customer_ids))
        for row in session.scalars(query.order_by(AddressVersion.id)):
            by_customer[row.customer_id].append(row)
    return by_customer


def phone_versions(session: Session, customer_ids: Sequence[int]) -> dict[int, list[PhoneVersion]]:
    by_customer: dict[int, list[PhoneVersion]] = defaultdict(list)
    if customer_ids:
        query = select(PhoneVersion).where(PhoneVersion.customer_id.in_(customer_ids))
        for row in session.scalars(query.order_by(PhoneVersion.id)):
            by_customer[row.customer_id].append(row)
    return by_customer


def address_of(row: AddressVersion) -> Address:
    return Address(
        postal_code=row.postal_code,
        road_address=row.road_address,
        detail=row.detail,
        entry_notes=row.entry_notes,
        delivery_memo=row.delivery_memo,
    )


def frozen_address_of(delivery: Delivery) -> Address | None:
    """The copy of the address a delivery kept when it was packed (None before packing)."""
    if delivery.road_address is None:
        return None
    return Address(
        postal_code=delivery.postal_code or "",
        road_address=delivery.road_address,
        detail=delivery.detail or "",
        entry_notes=delivery.entry_notes or "",
        delivery_memo=delivery.delivery_memo or "",
    )


def _entry_fields(
    row: AddressVersion | PhoneVersion, in_effect_among: Sequence[Any], names: dict[int, str]
) -> dict[str, Any]:
    """What every history entry shows of its version: dates, reason, who recorded or voided it, when it applies."""
    return {
        "version_id": row.id,
        "effective_from": row.effective_from,
        "effective_until": row.effective_until,
        "reason": ChangeReason(row.reason),
        "note": row.note,
        "recorded_at": row.recorded_at,
        "recorded_by": names.get(row.recorded_by_id, ""),
        "voided_at": row.voided_at,
        "voided_by": names.get(row.voided_by_id) if row.voided_by_id else None,
        "void_reason": row.void_reason,
        "supersedes_id": row.supersedes_id,
        "last_confirmed_on": row.last_confirmed_on,
        "periods": tuple(periods_in_effect(in_effect_among, row)),
    }


def address_entry(row: AddressVersion, versions: Sequence[AddressVersion], names: dict[int, str]) -> AddressEntry:
    return AddressEntry(**_entry_fields(row, versions, names), address=address_of(row), is_temporary=row.is_temporary)


def phone_entry(row: PhoneVersion, versions: Sequence[PhoneVersion], names: dict[int, str]) -> PhoneEntry:
    same_role = [v for v in versions if v.role == row.role]
    return PhoneEntry(
        **_entry_fields(row, same_role, names),
        role=PhoneRole(row.role),
        phone=phone_from_e164(row.e164) if row.e164 else None,
    )


def phones_in_effect(
    versions: Sequence[PhoneVersion], day: date, as_known_at: datetime | None = None
) -> list[PhoneVersion]:
    """The version in effect for each role on *day* that carries a number, in role order."""
    result = []
    for role in ROLE_ORDER:
        version = in_effect_on((v for v in versions if v.role == role.value), day, as_known_at=as_known_at)
        if version is not None and version.e164 is not None:
            result.append(version)
    return result


def in_effect_column(
    model: Any, column: Any, day: Any, *conditions: Any, correlate: tuple[Any, ...] = (Customer,)
) -> Any:
    """SQL, per customer: *column* of the version in effect on *day* (a date or a bound parameter) as known now, the
    rule of ``domain.timeline.in_effect_on`` (latest ``effective_from``, then ``recorded_at``, then id), one index
    probe; a scalar subquery correlated with the customer."""
    return (
        select(column)
        .where(
            model.customer_id == Customer.id,
            *conditions,
            model.voided_at.is_(None),
            model.effective_from <= day,
            or_(model.effective_until.is_(None), model.effective_until >= day),
        )
        .order_by(model.effective_from.desc(), model.recorded_at.desc(), model.id.desc())
        .limit(1)
        .correlate(*correlate)
        .scalar_subquery()
    )


def scheduled_phone_changes(versions: Sequence[PhoneVersion], today: date) -> list[PhoneVersion]:
    return scheduled_after(versions, today)


def all_staff_ids(rows: Iterable[AddressVersion | PhoneVersion]) -> set[int | None]:
    ids: set[int | None] = set()
    for row in rows:
        ids.add(row.recorded_by_id)
        ids.add(row.voided_by_id)
    return ids
