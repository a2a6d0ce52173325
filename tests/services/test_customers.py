"""Registering customers: what is kept, what is refused, and that a refusal writes nothing."""

from __future__ import annotations

import dataclasses
import sys
from datetime import date

import pytest
from sqlalchemy import func, select

from support import HOME, NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Consent, Customer, PhoneVersion
from toysub_desktop.domain.contacts import ConsentKind, ConsentMethod, PhoneRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.services.common import ConcurrentEditError, UnknownStaffError
from toysub_desktop.services.customers import customer_card, register_customer, update_customer_details
from toysub_desktop.services.inputs import ChildInput


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_registered_customer_has_a_readable_number_and_everything_typed(db: Database, owner_id: int) -> None:
    customer_id = register_customer(db, staff_id=owner_id, new=new_customer(spouse="010 9876 5432"), now=NOW)
    card = customer_card(db, customer_id, today=date(2026, 3, 2))
    assert card.number == f"C-{customer_id:06d}"
    assert card.name == "김민수"
    assert card.current_address is not None
    assert card.current_address.address.road_address == HOME.road_address
    assert card.current_address.address.entry_notes == "공동현관 1234#"
    assert [(p.role, p.phone.e164 if p.phone else None) for p in card.current_phones] == [
        (PhoneRole.PRIMARY, "+821012345678"),
        (PhoneRole.SPOUSE, "+821098765432"),
    ]
    assert [(c.name, c.birth_month, c.age_in_months) for c in card.children] == [("김하늘", date(2023, 5, 1), 34)]
    consents = {c.kind: c.granted for c in card.consents}
    # Every consent on the notice is answered at registration; the optional ones may be refused.
    assert consents == {ConsentKind.PERSONAL_DATA: True, ConsentKind.MARKETING: False, ConsentKind.SENSITIVE: False}
    assert card.current_address.recorded_by == "박지영"


def test_declining_marketing_never_blocks_sign_up_but_personal_data_consent_is_required(
    db: Database, owner_id: int
) -> None:
    register_customer(db, staff_id=owner_id, new=new_customer(marketing=False), now=NOW)
    with pytest.raises(ValidationError) as refused:
        register_customer(db, staff_id=owner_id, new=new_customer("이서연", personal_data=False), now=NOW)
    assert refused.value.fields == ("consent.personal_data",)
    assert count(db, Customer) == 1


def test_every_bad_field_is_reported_at_once_and_nothing_is_written(db: Database, owner_id: int) -> None:
    bad = dataclasses.replace(
        new_customer(phone="1588-1234", children=(ChildInput("", 2023, 13),)),
        name="",
        email="not-an-email",
        address=dataclasses.replace(HOME, postal_code="123-456"),
    )
    before = (count(db, Customer), count(db, PhoneVersion), count(db, Consent), count(db, AuditEntry))
    with pytest.raises(ValidationError) as refused:
        register_customer(db, staff_id=owner_id, new=bad, now=NOW)
    fields = set(refused.value.fields)
    assert {"name", "email", "address.postal_code", "phones[0].number", "children[0].name"} <= fields
    assert "children[0].birth_month" in fields
    assert (count(db, Customer), count(db, PhoneVersion), count(db, Consent), count(db, AuditEntry)) == before


def test_the_same_number_twice_is_refused(db: Database, owner_id: int) -> None:
    with pytest.raises(ValidationError) as refused:
        register_customer(db, staff_id=owner_id, new=new_customer(spouse="01012345678"), now=NOW)
    assert refused.value.fields == ("phones[1].number",)


def test_registration_is_audited_with_who_and_what(db: Database, owner_id: int) -> None:
    customer_id = register_customer(db, staff_id=owner_id, new=new_customer(), now=NOW)
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "customer.register")).one()
        assert (entry.staff_id, entry.entity_id, entry.at) == (owner_id, customer_id, NOW)
        assert entry.after is not None and entry.after["phones"] == {"primary": "+821012345678"}


def test_an_unknown_staff_member_cannot_make_changes(db: Database, owner_id: int) -> None:
    with pytest.raises(UnknownStaffError):
        register_customer(db, staff_id=owner_id + 99, new=new_customer(), now=NOW)
    assert count(db, Customer) == 0


def test_an_edit_that_lost_the_race_is_refused_and_writes_nothing(db: Database, owner_id: int) -> None:
    customer_id = register_customer(db, staff_id=owner_id, new=new_customer(), now=NOW)
    seen = customer_card(db, customer_id).version
    update_customer_details(
        db,
        staff_id=owner_id,
        customer_id=customer_id,
        expected_version=seen,
        name="김민수",
        email="",
        notes="다른 카운터에서 저장",
        now=NOW,
    )
    with pytest.raises(ConcurrentEditError):
        update_customer_details(
            db,
            staff_id=owner_id,
            customer_id=customer_id,
            expected_version=seen,
            name="김민준",
            email="",
            notes="",
            now=NOW,
        )
    card = customer_card(db, customer_id)
    assert (card.name, card.notes, card.version) == ("김민수", "다른 카운터에서 저장", seen + 1)


def test_core_packages_do_not_import_qt() -> None:
    assert "toysub_desktop.services.customers" in sys.modules
    code = (
        "import sys, toysub_desktop.domain.timeline, toysub_desktop.services.customers, "
        "toysub_desktop.services.contacts, toysub_desktop.services.search, toysub_desktop.db.open; "
        "assert 'PySide6' not in sys.modules, 'core imported Qt'"
    )
    import subprocess

    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_changed_marketing_answer_is_added_and_the_old_one_kept(db: Database, owner_id: int) -> None:
    customer_id = register_customer(db, staff_id=owner_id, new=new_customer(marketing=False), now=NOW)
    card = customer_card(db, customer_id)
    update_customer_details(
        db,
        staff_id=owner_id,
        customer_id=customer_id,
        expected_version=card.version,
        name=card.name,
        email="",
        notes="",
        marketing=(True, ConsentMethod.VERBAL),
        now=NOW,
    )
    after = customer_card(db, customer_id)
    assert {c.kind: (c.granted, c.method) for c in after.consents}[ConsentKind.MARKETING] == (
        True,
        ConsentMethod.VERBAL,
    )
    update_customer_details(
        db,
        staff_id=owner_id,
        customer_id=customer_id,
        expected_version=after.version,
        name=card.name,
        email="",
        notes="",
        marketing=(True, ConsentMethod.PAPER),
        now=NOW,
    )
    with db.reading() as session:
        answers = session.scalars(select(Consent.granted).where(Consent.kind == "marketing").order_by(Consent.id))
        assert list(answers) == [False, True]  # the same answer again adds nothing
