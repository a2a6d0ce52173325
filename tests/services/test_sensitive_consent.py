"""Consents that say what is collected, and a child's allergy and health notes kept only under the separate
sensitive-data consent (PIPA §15②, §23), on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from documents.pdf_tools import page_texts, squeezed
from support import NOW, enter_shop_details, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Child, Consent, Customer
from toysub_desktop.domain.contacts import ConsentKind, ConsentMethod
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind, TermOption
from toysub_desktop.services.customers import (
    add_child,
    consent_notices,
    correct_child,
    customer_card,
    register_customer,
    update_customer_details,
)
from toysub_desktop.services.document_sheets import contract_sheet
from toysub_desktop.services.documents import issue_contract
from toysub_desktop.services.inputs import ChildInput, NewCustomer
from toysub_desktop.services.plans import create_plan
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

ALLERGY = "라텍스 알레르기, 고무 장난감 피함"
LATER = datetime(2026, 3, 9, 1, 0, tzinfo=UTC)  # a week after NOW


def with_allergy(*, sensitive: bool) -> NewCustomer:
    new = new_customer(children=(ChildInput("김하늘", 2023, 5, "공룡을 좋아함", ALLERGY),))
    return dataclasses.replace(new, consent=dataclasses.replace(new.consent, sensitive=sensitive))


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_health_notes_without_the_sensitive_consent_are_refused_beside_the_field_and_nothing_is_written(
    db: Database, owner_id: int
) -> None:
    with pytest.raises(ValidationError) as raised:
        register_customer(db, staff_id=owner_id, new=with_allergy(sensitive=False), now=NOW)

    assert raised.value.fields == ("children[0].health_notes",)
    assert (count(db, Customer), count(db, Child), count(db, Consent)) == (0, 0, 0)


def test_with_the_sensitive_consent_the_notes_are_kept_and_the_consent_is_on_the_card(
    db: Database, owner_id: int
) -> None:
    customer_id = register_customer(db, staff_id=owner_id, new=with_allergy(sensitive=True), now=NOW)

    card = customer_card(db, customer_id, today=date(2026, 3, 2))
    assert [(c.name, c.notes, c.health_notes) for c in card.children] == [("김하늘", "공룡을 좋아함", ALLERGY)]
    answers = {c.kind: (c.granted, c.given_on) for c in card.consents}
    assert answers == {
        ConsentKind.PERSONAL_DATA: (True, date(2026, 3, 2)),
        ConsentKind.MARKETING: (False, date(2026, 3, 2)),
        ConsentKind.SENSITIVE: (True, date(2026, 3, 2)),
    }
    # The audit says the consent was given, never what the notes say.
    with db.reading() as session:
        logged = json.dumps([e.after for e in session.scalars(select(AuditEntry))], ensure_ascii=False, default=str)
    assert "라텍스" not in logged


def test_a_child_added_later_may_have_health_notes_once_the_consent_is_recorded(db: Database, owner_id: int) -> None:
    customer_id = register_customer(db, staff_id=owner_id, new=new_customer(children=()), now=NOW)
    sibling = ChildInput("김바다", 2025, 1, "", "우유 알레르기")

    with pytest.raises(ValidationError) as raised:
        add_child(db, staff_id=owner_id, customer_id=customer_id, expected_version=None, child=sibling, now=LATER)
    assert raised.value.fields == ("children[0].health_notes",)
    assert count(db, Child) == 0

    card = customer_card(db, customer_id, today=date(2026, 3, 9))
    update_customer_details(
        db,
        staff_id=owner_id,
        customer_id=customer_id,
        expected_version=card.version,
        name=card.name,
        email=card.email or "",
        notes=card.notes,
        new_children=(sibling,),
        sensitive=(True, ConsentMethod.PAPER),
        now=LATER,
    )

    card = customer_card(db, customer_id, today=date(2026, 3, 9))
    assert [c.health_notes for c in card.children] == ["우유 알레르기"]
    sensitive = next(c for c in card.consents if c.kind is ConsentKind.SENSITIVE)
    assert (sensitive.granted, sensitive.given_on, sensitive.method) == (True, date(2026, 3, 9), ConsentMethod.PAPER)


def test_withdrawing_the_consent_erases_the_notes_it_allowed_and_a_correction_keeps_them_otherwise(
    db: Database, owner_id: int
) -> None:
    customer_id = register_customer(db, staff_id=owner_id, new=with_allergy(sensitive=True), now=NOW)
    card = customer_card(db, customer_id, today=date(2026, 3, 9))
    child = card.children[0]
    # Correcting the birth month without touching the health notes keeps them on the new record.
    correct_child(
        db,
        staff_id=owner_id,
        customer_id=customer_id,
        child_id=child.id,
        expected_version=child.version,
        child=ChildInput(child.name, 2023, 6, child.notes),
        reason="출생월 오기",
        now=LATER,
    )
    card = customer_card(db, customer_id, today=date(2026, 3, 9))
    assert [c.health_notes for c in card.children] == [ALLERGY]

    update_customer_details(
        db,
        staff_id=owner_id,
        customer_id=customer_id,
        expected_version=card.version,
        name=card.name,
        email=card.email or "",
        notes=card.notes,
        sensitive=(False, ConsentMethod.VERBAL),
        now=LATER,
    )

    with db.reading() as session:
        assert set(session.scalars(select(Child.health_notes))) == {""}  # the voided record's copy too
    card = customer_card(db, customer_id, today=date(2026, 3, 9))
    assert next(c.granted for c in card.consents if c.kind is ConsentKind.SENSITIVE) is False


def test_the_notice_shown_at_the_counter_names_every_item_the_periods_and_the_right_to_refuse() -> None:
    notices = consent_notices()

    assert list(notices) == [
        ConsentKind.PERSONAL_DATA,
        ConsentKind.MARKETING,
        ConsentKind.SENSITIVE,
        ConsentKind.NIGHT_ADS,  # advertising between 21:00 and 08:00 (정보통신망법 §50③), asked apart
    ]
    personal = squeezed(notices[ConsentKind.PERSONAL_DATA])
    # What the app stores about a family: db/models.py (customer, phones, address, children, subscription, ledger).
    for item in (
        "보호자성명",
        "휴대전화번호",
        "배송지주소",
        "공동현관출입방법",
        "배송메모",
        "자녀이름과출생연월",
        "결제수단의종류",
        "배우자·집전화번호와이메일",
        "대여·반납기록",
    ):
        assert item in personal, item
    for period in ("계약·해지에관한기록은5년", "대금결제와장난감공급에관한기록은5년", "불만·분쟁처리에관한기록은3년"):
        assert period in personal, period
    assert "계약을체결할수없습니다" in personal
    assert "아무런영향이없으며" in squeezed(notices[ConsentKind.MARKETING])
    sensitive = squeezed(notices[ConsentKind.SENSITIVE])
    assert "알레르기" in sensitive and "민감정보" in sensitive and "영향이없습니다" in sensitive
    night = squeezed(notices[ConsentKind.NIGHT_ADS])
    assert "21시" in night and "철회" in night and "아무런제한이없습니다" in night


def test_the_contract_states_each_consent_with_its_date_items_and_periods(
    db: Database, owner_id: int, tmp_path: Path
) -> None:
    enter_shop_details(db)
    customer_id = register_customer(db, staff_id=owner_id, new=with_allergy(sensitive=True), now=NOW)
    plan_id = create_plan(
        db,
        staff_id=owner_id,
        name="정기배송 베이직",
        kind=PlanKind.BOX,
        tier="베이직",
        cadence=Cadence.MONTHLY,
        terms=(TermOption(12, 0),),
        trial_days=0,
        deposit=0,
        monthly_price=29_000,
        now=NOW,
    )
    new = NewSubscription(
        customer_id=customer_id,
        plan_id=plan_id,
        term_months=12,
        start_on=date(2026, 3, 2),
        payment_method=PaymentMethod.CARD,
    )
    subscription_id = sign_up(db, staff_id=owner_id, new=new, now=NOW)

    sheet = contract_sheet(db, subscription_id)
    assert [(c.kind_label, c.required, c.granted, c.given_on) for c in sheet.consents] == [
        ("개인정보 수집·이용 (계약 이행)", True, True, date(2026, 3, 2)),
        ("마케팅 정보 수신", False, False, date(2026, 3, 2)),
        ("민감정보 수집·이용 (자녀의 알레르기·건강)", False, True, date(2026, 3, 2)),
    ]
    pdf = issue_contract(db, staff_id=owner_id, subscription_id=subscription_id, now=NOW).pdf
    # Drawing order keeps each table cell's lines together.
    text = squeezed("".join(page_texts(pdf, tmp_path, raw=True)))
    for consent in sheet.consents:
        assert consent.notice is not None
        for part in (consent.notice.purpose, consent.notice.items, consent.notice.retention, consent.notice.refusal):
            assert squeezed(part) in text, part
    assert squeezed("고지 내용: 민감정보 수집·이용 (자녀의 알레르기·건강)") in text
