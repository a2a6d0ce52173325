"""Registering customers, their details and children, and the customer card."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AddressVersion, Child, Consent, Customer, Loan, PhoneVersion, Reservation, Shop
from toysub_desktop.domain.address import Address, validate_address
from toysub_desktop.domain.bank_statements import check_depositor_name
from toysub_desktop.domain.contacts import (
    CONSENT_GIVEN_ON,
    NOTICE_VERSION_MAX,
    ChangeReason,
    ConsentKind,
    ConsentMethod,
)
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.hangul import initial_consonants
from toysub_desktop.domain.person import (
    age_in_months,
    format_customer_number,
    validate_birth_month,
    validate_email,
    validate_person_name,
)
from toysub_desktop.domain.phone import Phone, parse_phone
from toysub_desktop.domain.privacy import HEALTH_NOTES_MAX, check_health_notes_allowed
from toysub_desktop.domain.rentals import OPEN_RESERVATIONS
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import LONG_NOTE_MAX, NOTE_MAX, clean_line, clean_lines
from toysub_desktop.domain.timeline import in_effect_on, scheduled_after
from toysub_desktop.services.common import (
    audit,
    check_version,
    columns_of,
    get_or_raise,
    require_staff,
    touch,
    unit_of_work,
)
from toysub_desktop.services.inputs import AddressInput, ChildInput, NewCustomer
from toysub_desktop.services.queries.contact_versions import (
    address_entry,
    address_versions,
    all_staff_ids,
    phone_entry,
    phone_versions,
    phones_in_effect,
    staff_names,
)
from toysub_desktop.services.queries.marketing_consent import (
    add_marketing_consent,
    latest_answer,
    record_answer,
    record_marketing_answer,
)
from toysub_desktop.services.views import (
    AddressEntry,
    ChildCorrection,
    ChildView,
    ConsentView,
    CustomerCard,
    PhoneEntry,
)

_CONSENT_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "Consent to collect personal data is required to register a customer."
)
_PHONE_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Enter at least one phone number.")
_ROLE_TWICE = QT_TRANSLATE_NOOP("Validation", "Each kind of phone can be entered once.")
_NUMBER_TWICE = QT_TRANSLATE_NOOP("Validation", "This number is entered twice.")
_WHY_CORRECTED = QT_TRANSLATE_NOOP("Validation", "Say what was wrong, so others understand the correction.")
_NOTHING_CORRECTED = QT_TRANSLATE_NOOP("Validation", "Nothing differs from the record; change what was wrong.")
_CHILD_ALREADY_CORRECTED = QT_TRANSLATE_NOOP(
    "Validation", "This child's record has already been corrected; open the customer again to see the current one."
)

NOTES_LIMIT = LONG_NOTE_MAX
CHILD_NOTES_LIMIT = 500


def validated_address(value: AddressInput, *, prefix: str = "address") -> Address:
    try:
        return validate_address(
            postal_code=value.postal_code,
            road_address=value.road_address,
            detail=value.detail,
            entry_notes=value.entry_notes,
            delivery_memo=value.delivery_memo,
        )
    except ValidationError as error:
        raise error.prefixed(prefix) from None


@dataclass(frozen=True)
class _ValidChild:
    name: str
    birth_month: date
    notes: str
    #: None: not given (a correction keeps the record's).
    health_notes: str | None


def _validated_child(value: ChildInput, index: int, today: date, *, sensitive_consent: bool) -> _ValidChild:
    """A child as typed, checked; health notes are refused unless the customer gave the sensitive-data consent."""
    problems = ProblemCollector()
    name = birth = None
    prefix = f"children[{index}]"
    with problems.checking():
        name = validate_person_name(value.name, field=f"{prefix}.name")
    with problems.checking():
        birth = validate_birth_month(value.birth_year, value.birth_month, today=today, field=f"{prefix}.birth_month")
    notes = ""
    with problems.checking():
        notes = clean_lines(value.notes, field=f"{prefix}.notes", limit=CHILD_NOTES_LIMIT)
    health: str | None = None
    if value.health_notes is not None:
        field = f"{prefix}.health_notes"
        with problems.checking():
            health = clean_lines(value.health_notes, field=field, limit=HEALTH_NOTES_MAX)
            check_health_notes_allowed(health, consented=sensitive_consent, field=field)
    problems.raise_if_any()
    assert name is not None and birth is not None
    return _ValidChild(name, birth, notes, health)


def _sensitive_consent_on_record(session: Session, customer_id: int) -> bool:
    return bool(latest_answer(session, customer_id, ConsentKind.SENSITIVE))


def register_customer(db: Database, *, staff_id: int, new: NewCustomer, now: datetime | None = None) -> int:
    """Register a customer with their first phones, address, children and consents. Returns the customer id."""
    now = now or utc_now()
    today = shop_today(now)
    problems = ProblemCollector()
    name = email = None
    address: Address | None = None
    with problems.checking():
        name = validate_person_name(new.name, field="name")
    with problems.checking():
        email = validate_email(new.email, field="email")
    with problems.checking():
        address = validated_address(new.address)
    phones: list[tuple[str, Phone]] = []
    if not new.phones:
        problems.add("phones", _PHONE_REQUIRED)
    seen_roles: set[str] = set()
    for index, entry in enumerate(new.phones):
        field = f"phones[{index}].number"
        with problems.checking():
            phone = parse_phone(entry.number, field=field)
            if entry.role.value in seen_roles:
                problems.add(f"phones[{index}].role", _ROLE_TWICE)
            elif any(phone.e164 == other.e164 for _, other in phones):
                problems.add(field, _NUMBER_TWICE)
            else:
                phones.append((entry.role.value, phone))
            seen_roles.add(entry.role.value)
    children = []
    for index, child in enumerate(new.children):
        with problems.checking():
            children.append(_validated_child(child, index, today, sensitive_consent=new.consent.sensitive))
    notes = ""
    with problems.checking():
        notes = clean_lines(new.notes, field="notes", limit=NOTES_LIMIT)
    if not new.consent.personal_data:
        problems.add("consent.personal_data", _CONSENT_REQUIRED)
    with problems.checking():
        CONSENT_GIVEN_ON(new.consent.given_on, today=today, field="consent.given_on")
    with problems.checking():
        clean_line(new.consent.notice_version, field="consent.notice_version", limit=NOTICE_VERSION_MAX, required=True)
    problems.raise_if_any()
    assert name is not None and address is not None

    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        customer = Customer(
            name=name,
            name_initials=initial_consonants(name),
            email=email,
            notes=notes,
            registered_on=today,
            created_at=now,
            created_by_id=staff_id,
            version=1,
        )
        session.add(customer)
        session.flush()
        customer.number = format_customer_number(customer.id)
        common = {
            "customer_id": customer.id,
            "effective_from": today,
            "reason": ChangeReason.REGISTRATION.value,
            "recorded_at": now,
            "recorded_by_id": staff_id,
            "last_confirmed_on": today,
        }
        session.add(new_address_version(address, **common))
        for role, phone in phones:
            session.add(new_phone_version(role, phone, **common))
        for valid in children:
            session.add(_new_child(customer.id, valid))
        for kind, granted in (
            (ConsentKind.PERSONAL_DATA, True),
            (ConsentKind.MARKETING, new.consent.marketing),
            (ConsentKind.SENSITIVE, new.consent.sensitive),
        ):
            session.add(
                Consent(
                    customer_id=customer.id,
                    kind=kind.value,
                    granted=granted,
                    given_on=new.consent.given_on,
                    notice_version=new.consent.notice_version,
                    method=new.consent.method.value,
                    recorded_at=now,
                    recorded_by_id=staff_id,
                )
            )
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="customer.register",
            entity="customer",
            entity_id=customer.id,
            after={
                **columns_of(customer, "number", "name", "email"),
                "address": address.one_line,
                "phones": {role: phone.e164 for role, phone in phones},
                "children": [valid.name for valid in children],
                "marketing_consent": new.consent.marketing,
                "sensitive_data_consent": new.consent.sensitive,
            },
        )
        return customer.id


def _new_child(customer_id: int, child: _ValidChild) -> Child:
    return Child(
        customer_id=customer_id,
        name=child.name,
        birth_month=child.birth_month,
        notes=child.notes,
        health_notes=child.health_notes or "",
    )


def consent_notices() -> dict[ConsentKind, str]:
    """The personal-data notice in use now (``CURRENT_NOTICE_VERSION``), one text per consent: the Korean the
    contract prints (and the night-advertising one, asked on the card), shown at the counter before the customer
    answers."""
    # The printed wording loads with the registration dialog, not with the first window (tests/ui/test_startup.py).
    from toysub_desktop.documents import standard_terms

    return {kind: standard_terms.consent_notice_text(kind) for kind in ConsentKind}


def new_address_version(address: Address, **columns: object) -> AddressVersion:
    return AddressVersion(
        postal_code=address.postal_code,
        road_address=address.road_address,
        detail=address.detail,
        entry_notes=address.entry_notes,
        delivery_memo=address.delivery_memo,
        region=address.region,
        district=address.district,
        **columns,
    )


def new_phone_version(role: str, phone: Phone | None, **columns: object) -> PhoneVersion:
    return PhoneVersion(
        role=role,
        e164=phone.e164 if phone else None,
        kind=phone.kind.value if phone else None,
        national_digits=phone.national_digits if phone else None,
        digits_reversed=phone.national_digits[::-1] if phone else None,
        **columns,
    )


def customer_card(db: Database, customer_id: int, *, today: date | None = None) -> CustomerCard:
    """The customer as the panel shows them on *today* (default: the shop's today)."""
    today = today or shop_today()
    with db.reading() as session:
        return _card(session, customer_id, today)


def _card(session: Session, customer_id: int, today: date) -> CustomerCard:
    customer = get_or_raise(session, Customer, customer_id)
    addresses = address_versions(session, [customer_id])[customer_id]
    phones = phone_versions(session, [customer_id])[customer_id]
    consents = list(session.scalars(select(Consent).where(Consent.customer_id == customer_id).order_by(Consent.id)))
    voided_children = [c for c in customer.children if c.voided_at is not None]
    names = staff_names(
        session,
        all_staff_ids([*addresses, *phones])
        | {c.recorded_by_id for c in consents}
        | {c.voided_by_id for c in voided_children if c.voided_by_id is not None},
    )
    check_days = session.scalar(select(Shop.contact_check_days).limit(1)) or 365

    def address(row: AddressVersion) -> AddressEntry:
        return address_entry(row, addresses, names)

    def phone(row: PhoneVersion) -> PhoneEntry:
        return phone_entry(row, phones, names)

    current_address = in_effect_on(addresses, today)
    latest_consents: dict[str, Consent] = {}
    for consent in consents:
        latest_consents[consent.kind] = consent
    return CustomerCard(
        id=customer.id,
        number=customer.number or format_customer_number(customer.id),
        name=customer.name,
        email=customer.email,
        notes=customer.notes,
        depositor_name=customer.depositor_name,
        registered_on=customer.registered_on,
        version=customer.version,
        today=today,
        contact_check_days=check_days,
        children=tuple(_child_view(c, customer.children, names, today) for c in customer.children if c.active),
        current_address=address(current_address) if current_address else None,
        scheduled_addresses=tuple(address(v) for v in scheduled_after(addresses, today)),
        address_history=tuple(address(v) for v in sorted(addresses, key=_newest_first)),
        current_phones=tuple(phone(v) for v in phones_in_effect(phones, today)),
        scheduled_phones=tuple(phone(v) for v in scheduled_after(phones, today)),
        phone_history=tuple(phone(v) for v in sorted(phones, key=_newest_first)),
        consents=tuple(
            ConsentView(
                ConsentKind(c.kind),
                c.granted,
                c.given_on,
                ConsentMethod(c.method),
                c.notice_version,
                names.get(c.recorded_by_id, ""),
            )
            for c in latest_consents.values()
        ),
    )


def _newest_first(row: AddressVersion | PhoneVersion) -> tuple[int, int]:
    return (-row.effective_from.toordinal(), -row.id)


def address_in_effect_on(
    db: Database, customer_id: int, day: date, *, as_known_at: datetime | None = None
) -> AddressEntry | None:
    """The address in effect on *day*, as known now or as it was on record at *as_known_at*."""
    with db.reading() as session:
        get_or_raise(session, Customer, customer_id)
        versions = address_versions(session, [customer_id])[customer_id]
        found = in_effect_on(versions, day, as_known_at=as_known_at)
        if found is None:
            return None
        return address_entry(found, versions, staff_names(session, all_staff_ids(versions)))


def phones_in_effect_on(
    db: Database, customer_id: int, day: date, *, as_known_at: datetime | None = None
) -> list[PhoneEntry]:
    with db.reading() as session:
        get_or_raise(session, Customer, customer_id)
        versions = phone_versions(session, [customer_id])[customer_id]
        names = staff_names(session, all_staff_ids(versions))
        return [phone_entry(v, versions, names) for v in phones_in_effect(versions, day, as_known_at)]


def update_customer_details(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int,
    name: str,
    email: str,
    notes: str,
    new_children: tuple[ChildInput, ...] = (),
    marketing: tuple[bool, ConsentMethod] | None = None,
    sensitive: tuple[bool, ConsentMethod] | None = None,
    night_ads: tuple[bool, ConsentMethod] | None = None,
    depositor_name: str | None = None,
    now: datetime | None = None,
) -> None:
    """Change the name, email and notes, add children and record new answers on the optional consents (marketing,
    sensitive data, advertising at night; when they differ from the last ones), as one change; refused if another
    counter changed the customer meanwhile. A new child's health notes need the sensitive-data consent, given now or
    before. A marketing answer "declined" is also how an opt-out is recorded: the next message list leaves them
    out. *depositor_name* (입금자명; "" for the customer's own name) is left as it is when None."""
    now = now or utc_now()
    with db.reading() as session:
        consented = sensitive[0] if sensitive is not None else _sensitive_consent_on_record(session, customer_id)
    problems = ProblemCollector()
    children = []
    for index, child in enumerate(new_children):
        with problems.checking():
            children.append(_validated_child(child, index, shop_today(now), sensitive_consent=consented))
    clean_name = clean_email = None
    with problems.checking():
        clean_name = validate_person_name(name, field="name")
    with problems.checking():
        clean_email = validate_email(email, field="email")
    clean_notes = ""
    with problems.checking():
        clean_notes = clean_lines(notes, field="notes", limit=NOTES_LIMIT)
    clean_depositor: str | None = None
    with problems.checking():
        clean_depositor = check_depositor_name(depositor_name) if depositor_name is not None else None
    problems.raise_if_any()
    assert clean_name is not None
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        customer = get_or_raise(session, Customer, customer_id)
        touch(customer, expected_version)
        before = columns_of(customer, "name", "email", "notes", "depositor_name")
        customer.name = clean_name
        customer.name_initials = initial_consonants(clean_name)
        customer.email = clean_email
        customer.notes = clean_notes
        if depositor_name is not None:
            customer.depositor_name = clean_depositor
        if sensitive is not None:
            record_answer(session, customer.id, ConsentKind.SENSITIVE, sensitive, staff_id=staff_id, now=now)
        for valid in children:
            session.add(_new_child(customer.id, valid))
        if marketing is not None:
            record_marketing_answer(session, customer.id, marketing, staff_id=staff_id, now=now)
        if night_ads is not None:
            record_answer(session, customer.id, ConsentKind.NIGHT_ADS, night_ads, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="customer.update",
            entity="customer",
            entity_id=customer.id,
            before=before,
            after={
                **columns_of(customer, "name", "email", "notes", "depositor_name"),
                "children_added": [c.name for c in children],
            },
        )


def _child_view(child: Child, records: Sequence[Child], names: Mapping[int, str], today: date) -> ChildView:
    by_id = {record.id: record for record in records}
    corrections = []
    earlier = by_id.get(child.supersedes_id) if child.supersedes_id is not None else None
    while earlier is not None and earlier.voided_at is not None:
        corrections.append(
            ChildCorrection(
                name=earlier.name,
                birth_month=earlier.birth_month,
                voided_at=earlier.voided_at,
                voided_by=names.get(earlier.voided_by_id, "") if earlier.voided_by_id is not None else "",
                reason=earlier.void_reason or "",
            )
        )
        earlier = by_id.get(earlier.supersedes_id) if earlier.supersedes_id is not None else None
    return ChildView(
        child.id,
        child.name,
        child.birth_month,
        age_in_months(child.birth_month, today),
        child.notes,
        version=child.version,
        corrections=tuple(corrections),
        health_notes=child.health_notes,
    )


def correct_child(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    child_id: int,
    expected_version: int | None,
    child: ChildInput,
    reason: str,
    now: datetime | None = None,
) -> int:
    """A child's name, birth month or notes were recorded wrong: the wrong record is voided (who, when, why) and a
    right one replaces it, pointing back to it; the child's open loans and reservations follow to the new record.
    Returns the new record's id."""
    now = now or utc_now()
    problems = ProblemCollector()
    with db.reading() as session:
        consented = _sensitive_consent_on_record(session, customer_id)
    fields: _ValidChild | None = None
    with problems.checking():
        fields = _validated_child(child, 0, shop_today(now), sensitive_consent=consented)
    with problems.checking():
        reason = clean_line(reason, field="reason", limit=NOTE_MAX, required=True, required_message=_WHY_CORRECTED)
    problems.raise_if_any()
    assert fields is not None
    name, birth, notes = fields.name, fields.birth_month, fields.notes
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        wrong = get_or_raise(session, Child, child_id)
        if wrong.customer_id != customer_id or not wrong.active:
            raise ValidationError.of("child", _CHILD_ALREADY_CORRECTED)
        check_version(wrong, expected_version)
        health = wrong.health_notes if fields.health_notes is None else fields.health_notes
        if (wrong.name, wrong.birth_month, wrong.notes, wrong.health_notes) == (name, birth, notes, health):
            raise ValidationError.of("children[0].name", _NOTHING_CORRECTED)
        wrong.active = False
        wrong.voided_at, wrong.voided_by_id, wrong.void_reason = now, staff_id, reason
        right = Child(
            customer_id=customer_id,
            name=name,
            birth_month=birth,
            notes=notes,
            health_notes=health,
            supersedes_id=wrong.id,
        )
        session.add(right)
        session.flush()
        # What is still going on follows the child to the right record; what is finished stays as it was.
        open_loans = session.scalars(select(Loan).where(Loan.child_id == wrong.id, Loan.returned_on.is_(None))).all()
        open_states = [state.value for state in OPEN_RESERVATIONS]
        waiting = session.scalars(
            select(Reservation).where(Reservation.child_id == wrong.id, Reservation.state.in_(open_states))
        ).all()
        for loan in open_loans:
            loan.child_id = right.id
        for reservation in waiting:
            reservation.child_id = right.id
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="child.correct",
            entity="child",
            entity_id=right.id,
            before={"child_id": wrong.id, "name": wrong.name, "birth_month": wrong.birth_month, "notes": wrong.notes},
            after={
                "name": name,
                "birth_month": birth,
                "notes": notes,
                "reason": reason,
                "open_loans_moved": [loan.id for loan in open_loans],
                "open_reservations_moved": [reservation.id for reservation in waiting],
            },
        )
        return right.id


def add_child(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    expected_version: int | None,
    child: ChildInput,
    now: datetime | None = None,
) -> int:
    now = now or utc_now()
    with db.reading() as session:
        consented = _sensitive_consent_on_record(session, customer_id)
    valid = _validated_child(child, 0, shop_today(now), sensitive_consent=consented)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        customer = get_or_raise(session, Customer, customer_id)
        touch(customer, expected_version)
        row = _new_child(customer_id, valid)
        session.add(row)
        session.flush()
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="child.add",
            entity="child",
            entity_id=row.id,
            after={"customer_id": customer_id, "name": valid.name, "birth_month": valid.birth_month},
        )
        return row.id


def record_marketing_consent(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    granted: bool,
    given_on: date,
    method: ConsentMethod,
    notice_version: str,
    now: datetime | None = None,
) -> None:
    """A later answer on marketing consent adds a decision; the earlier one stays on record."""
    now = now or utc_now()
    CONSENT_GIVEN_ON(given_on, today=shop_today(now), field="consent.given_on")
    notice_version = clean_line(notice_version, field="consent.notice_version", limit=NOTICE_VERSION_MAX, required=True)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        get_or_raise(session, Customer, customer_id)
        add_marketing_consent(session, customer_id, granted, given_on, method, notice_version, staff_id, now)
