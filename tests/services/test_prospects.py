"""Prospects: a walk-in inquiry or trial user recorded with source and interest, followed up from the list of whom
to call, converted to a customer with their history kept, or closed with why; conversion rate per source — on
SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from support import NOW, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Prospect
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
    link_prospect,
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


def _stored(db: Database, prospect_id: int) -> tuple[str, int | None, int]:
    with db.reading() as session:
        row = session.get(Prospect, prospect_id)
        assert row is not None
        return row.outcome, row.customer_id, row.version


def test_an_inquiry_from_an_existing_customer_is_linked_to_them_with_its_history(db: Database, owner_id: int) -> None:
    # She signed up last year; today she asks about the premium rental as if new, and a clerk records the inquiry.
    customer = register_customer(db, staff_id=owner_id, new=new_customer("윤서아", phone="010-2222-3434"), now=NOW)
    prospect = record(
        db,
        owner_id,
        "윤서아",
        ProspectSource.WALK_IN,
        phone="010-2222-3434",
        note="둘째 태어나 프리미엄으로 바꿀지 문의",
        follow_up_on=TODAY + timedelta(days=3),
        follow_up_owner_id=owner_id,
    )
    [row] = all_open(db)
    link_prospect(
        db, staff_id=owner_id, prospect_id=prospect, customer_id=customer, expected_version=row.version, now=NOW
    )
    assert all_open(db) == []
    assert _stored(db, prospect)[:2] == (ProspectOutcome.CONVERTED.value, customer)
    # The inquiry shows on her contact log like a converted prospect's; its follow-up is done.
    assert [e.note for e in customer_contact_log(db, customer)] == ["둘째 태어나 프리미엄으로 바꿀지 문의"]
    assert follow_ups_due(db, today=TODAY + timedelta(days=3)).rows == ()
    # It counts as joined for its source.
    walk_in = next(r for r in conversion_by_source(db) if r.source is ProspectSource.WALK_IN)
    assert (walk_in.converted, walk_in.total, walk_in.percent) == (1, 1, 100)
    with db.reading() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "prospect", AuditEntry.entity_id == prospect)
        ).all()
    assert list(actions) == ["prospect.recorded", "prospect.linked"]


def test_linking_twice_or_to_a_customer_already_linked_is_refused_and_nothing_is_written(
    db: Database, owner_id: int
) -> None:
    first = register_customer(db, staff_id=owner_id, new=new_customer("윤서아", phone="010-2222-3434"), now=NOW)
    second = register_customer(db, staff_id=owner_id, new=new_customer("강도윤", phone="010-3333-4545"), now=NOW)
    linked = record(db, owner_id, "윤서아", ProspectSource.BLOG)
    link_prospect(db, staff_id=owner_id, prospect_id=linked, customer_id=first, now=NOW)
    other = record(db, owner_id, "박준호", ProspectSource.FLYER)

    def audits() -> int:
        with db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    before_linked, before_other, before_audits = _stored(db, linked), _stored(db, other), audits()
    # The same prospect again, to her or to another customer.
    for customer in (first, second):
        with pytest.raises(ValidationError) as twice:
            link_prospect(db, staff_id=owner_id, prospect_id=linked, customer_id=customer, now=NOW)
        assert twice.value.fields == ("customer",)
        assert twice.value.problems[0].message == "This prospect is linked to a customer already."
    # Another prospect to the customer already linked.
    with pytest.raises(ValidationError) as taken:
        link_prospect(db, staff_id=owner_id, prospect_id=other, customer_id=first, now=NOW)
    assert taken.value.fields == ("customer",)
    assert "윤서아" in taken.value.problems[0].message
    # No customer chosen.
    with pytest.raises(ValidationError) as none:
        link_prospect(db, staff_id=owner_id, prospect_id=other, customer_id=None, now=NOW)
    assert none.value.fields == ("customer",)
    # A prospect closed as lost is not linked either.
    lost = record(db, owner_id, "한지우", ProspectSource.FLYER)
    close_prospect_lost(db, staff_id=owner_id, prospect_id=lost, reason="비싸다고 함", now=NOW)
    with pytest.raises(ValidationError):
        link_prospect(db, staff_id=owner_id, prospect_id=lost, customer_id=second, now=NOW)
    assert (_stored(db, linked), _stored(db, other)) == (before_linked, before_other)
    assert audits() == before_audits + 2  # the lost prospect's record and close only
    assert [r.name for r in all_open(db)] == ["박준호"]
