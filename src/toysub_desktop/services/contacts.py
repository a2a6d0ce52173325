"""Recording address and phone changes as effective-dated versions: moves, temporary stays, number changes,
corrections and confirmations. Nothing here updates a fact in place or deletes one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion, Customer, PhoneVersion, Shop
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.contacts import ChangeReason, PhoneRole, check_confirmation_date
from toysub_desktop.domain.dates import check_effective_date, check_not_before_registration, shop_today, utc_now
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.holds import UnreachableContact
from toysub_desktop.domain.phone import Phone, parse_phone, phone_from_e164
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX, clean_line
from toysub_desktop.domain.timeline import in_effect_on, next_lasting_after
from toysub_desktop.services.common import (
    ConcurrentEditError,
    audit,
    columns_of,
    get_or_raise,
    require_staff,
    touch,
    unit_of_work,
)
from toysub_desktop.services.customers import new_address_version, new_phone_version, validated_address
from toysub_desktop.services.inputs import AddressInput
from toysub_desktop.services.queries.contact_versions import (
    address_of,
    address_versions,
    phone_versions,
    phones_in_effect,
)
from toysub_desktop.services.queries.deliveries import flag_shipped_after_retroactive_change
from toysub_desktop.services.queries.holds import release_after_contact_change

_SAME_ADDRESS = QT_TRANSLATE_NOOP("Validation", "This is already the address in effect on that date.")
_UNTIL_BEFORE_FROM = QT_TRANSLATE_NOOP("Validation", "The end date must be on or after the start date.")
_NOT_TEMPORARY = QT_TRANSLATE_NOOP("Validation", "Only a temporary address has an end date.")
_REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Say what was wrong, so others understand the correction.")
_ALREADY_VOIDED = QT_TRANSLATE_NOOP("Validation", "This entry has already been corrected or withdrawn.")
_LAST_ADDRESS = QT_TRANSLATE_NOOP("Validation", "The customer's only address cannot be withdrawn; correct it instead.")
_SAME_NUMBER = QT_TRANSLATE_NOOP("Validation", "This is already the number for this role on that date.")
_NO_NUMBER_TO_REMOVE = QT_TRANSLATE_NOOP("Validation", "There is no number for this role on that date.")
_PRIMARY_NEEDED = QT_TRANSLATE_NOOP(
    "Validation", "The customer's own phone cannot be removed; record the new number instead."
)
_NUMBER_ELSEWHERE = QT_TRANSLATE_NOOP("Validation", "The customer already has this number as another role.")
_NOTHING_TO_CONFIRM = QT_TRANSLATE_NOOP("Validation", "Choose at least one contact to mark as confirmed.")
_MOVE_BEFORE_LATER_ADDRESS = QT_TRANSLATE_NOOP(
    "Validation",
    "An address from {later} is already on record ({address}); a move dated before it would end on {later}. "
    "Check the date, or correct that address if it is wrong.",
)

REASON_LIMIT = NOTE_MAX


def _checked_reason(text: str, *, required: bool, field: str = "reason") -> str:
    return clean_line(text, field=field, limit=REASON_LIMIT, required=required, required_message=_REASON_REQUIRED)


def _version_of(
    session: Session, model: type[AddressVersion] | type[PhoneVersion], version_id: int, customer: Customer
) -> AddressVersion | PhoneVersion:
    row = get_or_raise(session, model, version_id)
    if row.customer_id != customer.id:
        raise ValidationError.of("version", _ALREADY_VOIDED)
    if row.voided_at is not None:
        raise ValidationError.of("version", _ALREADY_VOIDED)
    return row


def _begin(
    session: Session,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    effective_from: date | None = None,
) -> Customer:
    """Check who is changing which customer, from which screen, and that the date is not before registration."""
    require_staff(session, staff_id)
    customer = get_or_raise(session, Customer, customer_id)
    touch(customer, expected_version)
    if effective_from is not None:
        check_not_before_registration(effective_from, registered_on=customer.registered_on, field="effective_from")
    return customer


# --- addresses -------------------------------------------------------------------------------------------------


def record_move(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    address: AddressInput,
    effective_from: date,
    note: str = "",
    now: datetime | None = None,
) -> int:
    """The customer moves (or moved, or will move) on *effective_from*. Returns the new version's id."""
    return _add_address(
        db,
        staff_id=staff_id,
        customer_id=customer_id,
        expected_version=expected_version,
        address=address,
        effective_from=effective_from,
        effective_until=None,
        reason=ChangeReason.MOVE,
        note=note,
        now=now,
    )


def record_temporary_address(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    address: AddressInput,
    effective_from: date,
    effective_until: date | None,
    note: str = "",
    now: datetime | None = None,
) -> int:
    """A stay elsewhere from *effective_from* to *effective_until* (which may be unknown yet); after it the
    address in effect before applies again by itself."""
    return _add_address(
        db,
        staff_id=staff_id,
        customer_id=customer_id,
        expected_version=expected_version,
        address=address,
        effective_from=effective_from,
        effective_until=effective_until,
        reason=ChangeReason.TEMPORARY_STAY,
        note=note,
        now=now,
    )


def _add_address(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    address: AddressInput,
    effective_from: date,
    effective_until: date | None,
    reason: ChangeReason,
    note: str,
    now: datetime | None,
) -> int:
    now = now or utc_now()
    today = shop_today(now)
    problems = ProblemCollector()
    clean: Address | None = None
    with problems.checking():
        clean = validated_address(address)
    with problems.checking():
        check_effective_date(effective_from, today=today)
    if effective_until is not None:
        if effective_until < effective_from:
            problems.add("effective_until", _UNTIL_BEFORE_FROM)
        else:
            with problems.checking():
                check_effective_date(effective_until, today=today, field="effective_until")
    with problems.checking():
        note = _checked_reason(note, required=False, field="note")
    problems.raise_if_any()
    assert clean is not None
    with unit_of_work(db) as session:
        customer = _begin(session, staff_id, customer_id, expected_version, effective_from)
        versions = address_versions(session, [customer.id])[customer.id]
        current = in_effect_on(versions, effective_from)
        if current is not None and address_of(current) == clean and current.effective_until == effective_until:
            raise ValidationError.of("address.road_address", _SAME_ADDRESS)
        later = next_lasting_after(versions, effective_from) if reason is ChangeReason.MOVE else None
        if later is not None:
            raise ValidationError.of(
                "effective_from",
                _MOVE_BEFORE_LATER_ADDRESS,
                later=later.effective_from.isoformat(),
                address=address_of(later).one_line,
            )
        row = new_address_version(
            clean,
            customer_id=customer.id,
            effective_from=effective_from,
            effective_until=effective_until,
            reason=reason.value,
            note=note,
            is_temporary=reason is ChangeReason.TEMPORARY_STAY,
            recorded_at=now,
            recorded_by_id=staff_id,
            last_confirmed_on=today,
        )
        session.add(row)
        session.flush()
        flag_shipped_after_retroactive_change(session, customer.id, effective_from, staff_id=staff_id, now=now)
        release_after_contact_change(session, customer.id, UnreachableContact.ADDRESS, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action=f"address.{reason.value}",
            entity="customer",
            entity_id=customer.id,
            before={"address": address_of(current).one_line} if current else None,
            after={
                "address": clean.one_line,
                "effective_from": effective_from,
                "effective_until": effective_until,
                "version_id": row.id,
            },
        )
        return row.id


def set_temporary_address_end(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    version_id: int,
    effective_until: date,
    now: datetime | None = None,
) -> int:
    """Set (or change) the last day of a temporary stay. The open-ended version is voided and replaced, so what
    was known before stays answerable."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        customer = _begin(session, staff_id, customer_id, expected_version)
        old = _version_of(session, AddressVersion, version_id, customer)
        assert isinstance(old, AddressVersion)
        if not old.is_temporary:
            raise ValidationError.of("effective_until", _NOT_TEMPORARY)
        if effective_until < old.effective_from:
            raise ValidationError.of("effective_until", _UNTIL_BEFORE_FROM)
        check_effective_date(effective_until, today=shop_today(now), field="effective_until")
        return _replace_address(
            session,
            old,
            address_of(old),
            old.effective_from,
            effective_until,
            ChangeReason.TEMPORARY_END_SET,
            "",
            staff_id,
            now,
        )


def correct_address(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    version_id: int,
    address: AddressInput,
    reason: str,
    effective_from: date | None = None,
    now: datetime | None = None,
) -> int:
    """A recorded address was wrong (a typo, or the wrong date): void it and record the right one in its place."""
    now = now or utc_now()
    problems = ProblemCollector()
    clean: Address | None = None
    with problems.checking():
        clean = validated_address(address)
    with problems.checking():
        reason = _checked_reason(reason, required=True)
    if effective_from is not None:
        with problems.checking():
            check_effective_date(effective_from, today=shop_today(now))
    problems.raise_if_any()
    assert clean is not None
    with unit_of_work(db) as session:
        customer = _begin(session, staff_id, customer_id, expected_version, effective_from)
        old = _version_of(session, AddressVersion, version_id, customer)
        assert isinstance(old, AddressVersion)
        start = effective_from or old.effective_from
        if old.effective_until is not None and old.effective_until < start:
            raise ValidationError.of("effective_from", _UNTIL_BEFORE_FROM)
        return _replace_address(
            session, old, clean, start, old.effective_until, ChangeReason.CORRECTION, reason, staff_id, now
        )


def _replace_address(
    session: Session,
    old: AddressVersion,
    address: Address,
    effective_from: date,
    effective_until: date | None,
    reason: ChangeReason,
    why: str,
    staff_id: int,
    now: datetime,
) -> int:
    old.voided_at = now
    old.voided_by_id = staff_id
    old.void_reason = why or reason.value
    row = new_address_version(
        address,
        customer_id=old.customer_id,
        effective_from=effective_from,
        effective_until=effective_until,
        reason=reason.value,
        note=why,
        is_temporary=old.is_temporary,
        recorded_at=now,
        recorded_by_id=staff_id,
        last_confirmed_on=old.last_confirmed_on,
        supersedes_id=old.id,
    )
    session.add(row)
    session.flush()
    earliest = min(old.effective_from, effective_from)
    flag_shipped_after_retroactive_change(session, old.customer_id, earliest, staff_id=staff_id, now=now)
    release_after_contact_change(session, old.customer_id, UnreachableContact.ADDRESS, staff_id=staff_id, now=now)
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action=f"address.{reason.value}",
        entity="customer",
        entity_id=old.customer_id,
        before={
            "version_id": old.id,
            "address": address_of(old).one_line,
            **columns_of(old, "effective_from", "effective_until"),
        },
        after={
            "version_id": row.id,
            "address": address.one_line,
            "reason": why,
            **columns_of(row, "effective_from", "effective_until"),
        },
    )
    return row.id


def withdraw_address(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    version_id: int,
    reason: str,
    now: datetime | None = None,
) -> None:
    """An address entry that should never have been recorded (a move that fell through): void it, with why."""
    now = now or utc_now()
    reason = _checked_reason(reason, required=True)
    with unit_of_work(db) as session:
        customer = _begin(session, staff_id, customer_id, expected_version)
        old = _version_of(session, AddressVersion, version_id, customer)
        live = [v for v in address_versions(session, [customer.id])[customer.id] if v.voided_at is None]
        if len(live) <= 1:
            raise ValidationError.of("version", _LAST_ADDRESS)
        _void(old, staff_id, now, reason)
        flag_shipped_after_retroactive_change(session, customer.id, old.effective_from, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="address.withdraw",
            entity="customer",
            entity_id=customer.id,
            before={"version_id": old.id},
            after={"reason": reason},
        )


def _void(row: AddressVersion | PhoneVersion, staff_id: int, now: datetime, reason: str) -> None:
    row.voided_at = now
    row.voided_by_id = staff_id
    row.void_reason = reason


# --- phones ----------------------------------------------------------------------------------------------------


def change_phone(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    role: PhoneRole,
    number: str,
    effective_from: date,
    note: str = "",
    now: datetime | None = None,
) -> int:
    """The number for *role* is *number* from *effective_from* (a new number, or a first one for that role)."""
    now = now or utc_now()
    problems = ProblemCollector()
    phone: Phone | None = None
    with problems.checking():
        phone = parse_phone(number, field="number")
    with problems.checking():
        check_effective_date(effective_from, today=shop_today(now))
    with problems.checking():
        note = _checked_reason(note, required=False, field="note")
    problems.raise_if_any()
    assert phone is not None
    with unit_of_work(db) as session:
        customer = _begin(session, staff_id, customer_id, expected_version, effective_from)
        versions = phone_versions(session, [customer.id])[customer.id]
        current = in_effect_on((v for v in versions if v.role == role.value), effective_from)
        if current is not None and current.e164 == phone.e164:
            raise ValidationError.of("number", _SAME_NUMBER)
        others = [v for v in phones_in_effect(versions, effective_from) if v.role != role.value]
        if any(v.e164 == phone.e164 for v in others):
            raise ValidationError.of("number", _NUMBER_ELSEWHERE)
        reason = ChangeReason.NUMBER_CHANGE if current is not None and current.e164 else ChangeReason.NUMBER_ADDED
        return _add_phone(
            session,
            customer.id,
            role,
            phone,
            effective_from,
            reason,
            note,
            staff_id,
            now,
            current.e164 if current else None,
        )


def remove_phone(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    role: PhoneRole,
    effective_from: date,
    note: str = "",
    now: datetime | None = None,
) -> int:
    """The customer no longer has a number for *role* from *effective_from* (the spouse's number, say)."""
    now = now or utc_now()
    if role is PhoneRole.PRIMARY:
        raise ValidationError.of("role", _PRIMARY_NEEDED)
    check_effective_date(effective_from, today=shop_today(now))
    note = _checked_reason(note, required=False, field="note")
    with unit_of_work(db) as session:
        customer = _begin(session, staff_id, customer_id, expected_version, effective_from)
        versions = phone_versions(session, [customer.id])[customer.id]
        current = in_effect_on((v for v in versions if v.role == role.value), effective_from)
        if current is None or current.e164 is None:
            raise ValidationError.of("role", _NO_NUMBER_TO_REMOVE)
        return _add_phone(
            session,
            customer.id,
            role,
            None,
            effective_from,
            ChangeReason.NUMBER_REMOVED,
            note,
            staff_id,
            now,
            current.e164,
        )


def _add_phone(
    session: Session,
    customer_id: int,
    role: PhoneRole,
    phone: Phone | None,
    effective_from: date,
    reason: ChangeReason,
    note: str,
    staff_id: int,
    now: datetime,
    previous_e164: str | None,
) -> int:
    row = new_phone_version(
        role.value,
        phone,
        customer_id=customer_id,
        effective_from=effective_from,
        reason=reason.value,
        note=note,
        recorded_at=now,
        recorded_by_id=staff_id,
        last_confirmed_on=shop_today(now),
    )
    session.add(row)
    session.flush()
    if phone is not None:  # a new number answers a number out of service; removing one does not
        release_after_contact_change(session, customer_id, UnreachableContact.PHONE, staff_id=staff_id, now=now)
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action=f"phone.{reason.value}",
        entity="customer",
        entity_id=customer_id,
        before={"role": role, "e164": previous_e164},
        after={
            "role": role,
            "e164": phone.e164 if phone else None,
            "effective_from": effective_from,
            "version_id": row.id,
        },
    )
    return row.id


def correct_phone(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    version_id: int,
    number: str,
    reason: str,
    effective_from: date | None = None,
    now: datetime | None = None,
) -> int:
    """A recorded number was wrong: void it and record the right one in its place."""
    now = now or utc_now()
    problems = ProblemCollector()
    phone: Phone | None = None
    with problems.checking():
        phone = parse_phone(number, field="number")
    with problems.checking():
        reason = _checked_reason(reason, required=True)
    if effective_from is not None:
        with problems.checking():
            check_effective_date(effective_from, today=shop_today(now))
    problems.raise_if_any()
    assert phone is not None
    with unit_of_work(db) as session:
        customer = _begin(session, staff_id, customer_id, expected_version, effective_from)
        old = _version_of(session, PhoneVersion, version_id, customer)
        assert isinstance(old, PhoneVersion)
        start = effective_from or old.effective_from
        if old.e164 == phone.e164 and start == old.effective_from:
            raise ValidationError.of("number", _SAME_NUMBER)
        versions = phone_versions(session, [customer.id])[customer.id]
        if any(v.e164 == phone.e164 for v in phones_in_effect(versions, start) if v.role != old.role):
            raise ValidationError.of("number", _NUMBER_ELSEWHERE)
        _void(old, staff_id, now, reason)
        row = new_phone_version(
            old.role,
            phone,
            customer_id=customer.id,
            effective_from=start,
            reason=ChangeReason.CORRECTION.value,
            note=reason,
            recorded_at=now,
            recorded_by_id=staff_id,
            last_confirmed_on=old.last_confirmed_on,
            supersedes_id=old.id,
        )
        session.add(row)
        session.flush()
        release_after_contact_change(session, customer.id, UnreachableContact.PHONE, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="phone.correction",
            entity="customer",
            entity_id=customer.id,
            before={"version_id": old.id, "e164": old.e164, "effective_from": old.effective_from},
            after={
                "version_id": row.id,
                "e164": phone.e164,
                "effective_from": row.effective_from,
                "reason": reason,
            },
        )
        return row.id


def withdraw_phone(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    version_id: int,
    reason: str,
    now: datetime | None = None,
) -> None:
    """A phone entry that should never have been recorded: void it, with why."""
    now = now or utc_now()
    reason = _checked_reason(reason, required=True)
    with unit_of_work(db) as session:
        customer = _begin(session, staff_id, customer_id, expected_version)
        old = _version_of(session, PhoneVersion, version_id, customer)
        assert isinstance(old, PhoneVersion)
        if old.role == PhoneRole.PRIMARY.value:
            live = [
                v
                for v in phone_versions(session, [customer.id])[customer.id]
                if v.voided_at is None and v.role == old.role
            ]
            if len(live) <= 1:
                raise ValidationError.of("version", _PRIMARY_NEEDED)
        _void(old, staff_id, now, reason)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="phone.withdraw",
            entity="customer",
            entity_id=customer.id,
            before={"version_id": old.id, "e164": old.e164},
            after={"reason": reason},
        )


# --- confirmation ----------------------------------------------------------------------------------------------


def confirm_contacts(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    address_version_ids: tuple[int, ...] = (),
    phone_version_ids: tuple[int, ...] = (),
    confirmed_on: date,
    now: datetime | None = None,
) -> None:
    """The customer confirmed these contacts are still right (at a visit, a renewal)."""
    now = now or utc_now()
    if not address_version_ids and not phone_version_ids:
        raise ValidationError.of("contacts", _NOTHING_TO_CONFIRM)
    with unit_of_work(db) as session:
        customer = _begin(session, staff_id, customer_id, None)
        check_confirmation_date(confirmed_on, today=shop_today(now), registered_on=customer.registered_on)
        rows: list[AddressVersion | PhoneVersion] = [
            *(_version_of(session, AddressVersion, i, customer) for i in address_version_ids),
            *(_version_of(session, PhoneVersion, i, customer) for i in phone_version_ids),
        ]
        for row in rows:
            row.last_confirmed_on = max(row.last_confirmed_on, confirmed_on)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="contacts.confirm",
            entity="customer",
            entity_id=customer.id,
            after={
                "addresses": list(address_version_ids),
                "phones": list(phone_version_ids),
                "confirmed_on": confirmed_on,
            },
        )


@dataclass(frozen=True)
class ContactToCheck:
    """A contact in effect today that the customer has not confirmed for longer than the shop allows."""

    customer_id: int
    customer_number: str
    customer_name: str
    last_confirmed_on: date
    address: Address | None
    role: PhoneRole | None
    phone: Phone | None


def contacts_to_check(db: Database, *, today: date | None = None, limit: int = 500) -> list[ContactToCheck]:
    """Contacts in effect today not confirmed within the shop's check period, longest unconfirmed first."""
    today = today or shop_today()
    with db.reading() as session:
        days = session.scalar(select(Shop.contact_check_days).limit(1)) or 365
        cutoff = today - timedelta(days=days)
        found: list[ContactToCheck] = []
        found += _stale_addresses(session, cutoff, today, limit)
        found += _stale_phones(session, cutoff, today, limit)
    found.sort(key=lambda c: (c.last_confirmed_on, c.customer_name))
    return found[:limit]


def _customers(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    rows = session.execute(select(Customer.id, Customer.number, Customer.name).where(Customer.id.in_(ids)))
    return {i: (number or "", name) for i, number, name in rows.tuples()}


def _stale_addresses(session: Session, cutoff: date, today: date, limit: int) -> list[ContactToCheck]:
    # Candidates are stale versions already in effect; whether each is *the* current one is the timeline's call.
    candidates = session.scalars(
        select(AddressVersion.customer_id)
        .where(
            AddressVersion.voided_at.is_(None),
            AddressVersion.last_confirmed_on < cutoff,
            AddressVersion.effective_from <= today,
        )
        .order_by(AddressVersion.last_confirmed_on)
        .limit(limit * 2)
    ).all()
    ids = list(dict.fromkeys(candidates))
    versions = address_versions(session, ids)
    customers = _customers(session, set(ids))
    result = []
    for customer_id in ids:
        current = in_effect_on(versions[customer_id], today)
        if current is not None and current.last_confirmed_on < cutoff:
            number, name = customers[customer_id]
            result.append(
                ContactToCheck(customer_id, number, name, current.last_confirmed_on, address_of(current), None, None)
            )
    return result


def _stale_phones(session: Session, cutoff: date, today: date, limit: int) -> list[ContactToCheck]:
    candidates = session.scalars(
        select(PhoneVersion.customer_id)
        .where(
            PhoneVersion.voided_at.is_(None),
            PhoneVersion.last_confirmed_on < cutoff,
            PhoneVersion.effective_from <= today,
            PhoneVersion.e164.is_not(None),
        )
        .order_by(PhoneVersion.last_confirmed_on)
        .limit(limit * 2)
    ).all()
    ids = list(dict.fromkeys(candidates))
    versions = phone_versions(session, ids)
    customers = _customers(session, set(ids))
    result = []
    for customer_id in ids:
        for current in phones_in_effect(versions[customer_id], today):
            if current.last_confirmed_on < cutoff and current.e164:
                number, name = customers[customer_id]
                result.append(
                    ContactToCheck(
                        customer_id,
                        number,
                        name,
                        current.last_confirmed_on,
                        None,
                        PhoneRole(current.role),
                        phone_from_e164(current.e164),
                    )
                )
    return result


__all__ = [
    "ConcurrentEditError",
    "ContactToCheck",
    "change_phone",
    "confirm_contacts",
    "contacts_to_check",
    "correct_address",
    "correct_phone",
    "record_move",
    "record_temporary_address",
    "remove_phone",
    "set_temporary_address_end",
    "withdraw_address",
    "withdraw_phone",
]
