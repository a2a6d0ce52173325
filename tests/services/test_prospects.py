"""Prospects: a walk-in inquiry or trial user recorded with source and interest, followed up from the list of whom
to call, converted to a customer with their history kept, or closed with why; conversion rate per source — on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from support import NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Prospect
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.prospects import ProspectKind, ProspectOutcome, ProspectSource
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.contact_log import customer_contact_log, follow_ups_due, log_contact
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.prospects import (
    ProspectRow,
    close_prospect_lost,
    conversion_by_source,
    convert_prospect,
    open_prospects,
    record_prospect,
)

TODAY = date(2026, 3, 2)


def record(db: Database, staff_id: int, name: str, source: ProspectSource, **extra: object) -> int:
    return record_prospect(
        db,
        staff_id=staff_id,
        name=name,
        phone=str(extra.pop("phone", "")),
        kind=ProspectKind(extra.pop("kind", ProspectKind.INQUIRY)),
        source=source,
        interest=str(extra.pop("interest", "렌털 프리미엄")),
        now=NOW,
        **extra,  # type: ignore[arg-type]
    )


def all_open(db: Database) -> list[ProspectRow]:
    rows: list[ProspectRow] = []
    after = None
    while True:
        page = open_prospects(db, after=after, limit=2)
        rows += page.rows
        if not page.has_more:
            return rows
        after = page.rows[-1]


def test_a_prospect_is_followed_up_then_converted_and_the_customer_keeps_the_history(
    db: Database, owner_id: int
) -> None:
    prospect = record(
        db,
        owner_id,
        "최유나",
        ProspectSource.REFERRAL,
        phone="010-5555-1212",
        kind=ProspectKind.TRIAL,
        note="2주 체험 렌털. 아이 18개월, 블록 좋아함",
        follow_up_on=TODAY + timedelta(days=14),
        follow_up_owner_id=owner_id,
    )
    [row] = all_open(db)
    assert (row.name, row.phone and row.phone.national, row.kind) == ("최유나", "010-5555-1212", ProspectKind.TRIAL)
    assert row.next_follow_up == TODAY + timedelta(days=14)
    # On the day, the prospect is on the list of whom to call, by name and number.
    [due] = follow_ups_due(db, today=TODAY + timedelta(days=14)).rows
    assert (due.prospect_id, due.customer_id, due.customer_name) == (prospect, None, "최유나")
    assert due.phone is not None and due.phone.national == "010-5555-1212"
    log_contact(
        db,
        staff_id=owner_id,
        prospect_id=prospect,
        kind=ContactKind.CALL,
        note="체험 만족, 다음 주 매장 방문해 가입 예정",
        answers_entry_id=due.entry_id,
        now=NOW + timedelta(days=14),
    )
    assert follow_ups_due(db, today=TODAY + timedelta(days=14)).rows == ()

    customer = register_customer(db, staff_id=owner_id, new=new_customer("최유나", phone="010-5555-1212"), now=NOW)
    convert_prospect(db, staff_id=owner_id, prospect_id=prospect, customer_id=customer, expected_version=row.version)
    assert all_open(db) == []
    with db.reading() as session:
        stored = session.get(Prospect, prospect)
        assert stored is not None
        assert (stored.outcome, stored.customer_id) == (ProspectOutcome.CONVERTED.value, customer)
    # What was logged while they were a prospect shows on the customer's contact log.
    assert [e.note for e in customer_contact_log(db, customer)] == [
        "체험 만족, 다음 주 매장 방문해 가입 예정",
        "2주 체험 렌털. 아이 18개월, 블록 좋아함",
    ]
    # Closed once: converting again or closing it as lost is refused.
    with pytest.raises(ValidationError):
        close_prospect_lost(db, staff_id=owner_id, prospect_id=prospect, reason="중복", now=NOW)


def test_bad_input_is_refused_and_nothing_is_written(db: Database, owner_id: int) -> None:
    with pytest.raises(ValidationError) as error:
        record(
            db,
            owner_id,
            " ",
            ProspectSource.BLOG,
            phone="1588-1234",
            note="",
            follow_up_on=TODAY - timedelta(days=1),
            follow_up_owner_id=owner_id,
        )
    assert set(error.value.fields) == {"name", "phone", "note", "follow_up_on"}
    prospect = record(db, owner_id, "한지우", ProspectSource.FLYER)
    with pytest.raises(ValidationError) as no_reason:
        close_prospect_lost(db, staff_id=owner_id, prospect_id=prospect, reason="", now=NOW)
    assert no_reason.value.fields == ("outcome_note",)
    with pytest.raises(ConcurrentEditError):
        close_prospect_lost(db, staff_id=owner_id, prospect_id=prospect, reason="비싸다고 함", expected_version=7)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Prospect)) == 1
    assert [r.name for r in all_open(db)] == ["한지우"]


def test_the_conversion_rate_per_source(db: Database, owner_id: int) -> None:
    customer = register_customer(db, staff_id=owner_id, new=new_customer(), now=NOW)
    outcomes = {
        ProspectSource.REFERRAL: ["converted", "converted", "lost"],
        ProspectSource.BLOG: ["lost", "open"],
        ProspectSource.FLYER: ["lost"],
    }
    for source, ends in outcomes.items():
        for index, end in enumerate(ends):
            prospect = record(db, owner_id, "가나다라"[index] + "고객", source)
            if end == "converted":
                convert_prospect(db, staff_id=owner_id, prospect_id=prospect, customer_id=customer, now=NOW)
            elif end == "lost":
                close_prospect_lost(db, staff_id=owner_id, prospect_id=prospect, reason="다른 업체 선택", now=NOW)
    rates = {rate.source: rate for rate in conversion_by_source(db)}
    assert set(rates) == set(ProspectSource)
    assert (rates[ProspectSource.REFERRAL].total, rates[ProspectSource.REFERRAL].percent) == (3, 67)
    assert (rates[ProspectSource.BLOG].open, rates[ProspectSource.BLOG].percent) == (1, 0)
    assert rates[ProspectSource.WALK_IN].percent is None
    assert conversion_by_source(db, since=NOW + timedelta(days=1))[0].total == 0
