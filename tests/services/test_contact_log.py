"""The contact log: a contact logged with what it was about and a follow-up, complaints resolved by whom, and the
follow-ups due ("오늘 연락할 고객") paged by a keyset — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, ContactLogEntry
from toysub_desktop.domain.contact_log import ContactKind, ContactSubject
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.contact_log import (
    FollowUpRow,
    contact_entry,
    contact_topics,
    customer_contact_log,
    follow_ups_due,
    log_contact,
    resolve_complaint,
)
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.deliveries import schedule_deliveries
from toysub_desktop.services.shop import add_staff
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

TODAY = date(2026, 3, 2)  # NOW in Seoul
TOMORROW = NOW + timedelta(days=1)


def entries(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ContactLogEntry)) or 0)


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    ids = sample_shop(db, owner_id)
    ids["clerk"] = add_staff(db, by_staff_id=owner_id, name="이수진", role=StaffRole.CLERK, now=NOW).id
    new = NewSubscription(ids["customer"], ids["box"], 12, TODAY, PaymentMethod.AUTO_DEBIT, delivery_day=10)
    ids["subscription"] = sign_up(db, staff_id=owner_id, new=new, now=NOW)
    schedule_deliveries(db, through=date(2026, 4, 30), staff_id=owner_id, now=NOW)
    ids["other"] = register_customer(db, staff_id=owner_id, new=new_customer("박서연", phone="010-9876-5432"), now=NOW)
    return ids


def test_a_complaint_stays_open_until_resolved_with_how_and_by_whom(db: Database, shop: dict[str, int]) -> None:
    delivery = next(t for t in contact_topics(db, shop["customer"]) if t.subject is ContactSubject.DELIVERY)
    complaint = log_contact(
        db,
        staff_id=shop["clerk"],
        customer_id=shop["customer"],
        kind=ContactKind.COMPLAINT,
        note="상자가 찌그러져서 왔어요. 블록 한 개 부족",
        about=(ContactSubject.DELIVERY, delivery.id),
        follow_up_on=TODAY + timedelta(days=1),
        follow_up_owner_id=shop["owner"],
        now=NOW,
    )
    entry = contact_entry(db, complaint)
    assert entry.is_open_complaint and entry.resolved_at is None
    assert (entry.recorded_by, entry.follow_up_owner) == ("이수진", "박지영")
    assert entry.topic is not None and entry.topic.id == delivery.id and entry.topic.subject is ContactSubject.DELIVERY

    # A day later the owner resolves it; the follow-up it carried is done with it.
    resolve_complaint(
        db,
        staff_id=shop["owner"],
        entry_id=complaint,
        resolution="부족한 블록 택배 발송, 다음 상자 10% 할인",
        expected_version=entry.version,
        now=TOMORROW,
    )
    resolved = contact_entry(db, complaint)
    assert not resolved.is_open_complaint
    assert (resolved.resolved_at, resolved.resolved_by) == (TOMORROW, "박지영")
    assert resolved.resolution == "부족한 블록 택배 발송, 다음 상자 10% 할인"
    assert resolved.followed_up_at == TOMORROW
    assert follow_ups_due(db, today=TODAY + timedelta(days=1)).rows == ()
    with db.reading() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "customer")).all()
    assert "contact.complaint" in actions and "contact.complaint_resolved" in actions

    # Resolving it again says who did, and changes nothing.
    with pytest.raises(ValidationError) as again:
        resolve_complaint(db, staff_id=shop["clerk"], entry_id=complaint, resolution="다시", now=TOMORROW)
    assert again.value.fields == ("resolution",) and again.value.problems[0].arguments["who"] == "박지영"
    assert contact_entry(db, complaint).resolution == "부족한 블록 택배 발송, 다음 상자 10% 할인"


def test_a_resolution_from_a_stale_form_or_without_text_writes_nothing(db: Database, shop: dict[str, int]) -> None:
    complaint = log_contact(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        kind=ContactKind.COMPLAINT,
        note="연락이 늦어요",
        now=NOW,
    )
    with pytest.raises(ValidationError) as empty:
        resolve_complaint(db, staff_id=shop["owner"], entry_id=complaint, resolution="  ", now=TOMORROW)
    assert empty.value.fields == ("resolution",)
    with pytest.raises(ConcurrentEditError):
        resolve_complaint(
            db, staff_id=shop["owner"], entry_id=complaint, resolution="사과 전화", expected_version=99, now=TOMORROW
        )
    assert contact_entry(db, complaint).is_open_complaint


def test_only_a_complaint_is_resolved(db: Database, shop: dict[str, int]) -> None:
    praise = log_contact(
        db,
        staff_id=shop["owner"],
        customer_id=shop["customer"],
        kind=ContactKind.PRAISE,
        note="아이가 좋아해요",
        now=NOW,
    )
    with pytest.raises(ValidationError):
        resolve_complaint(db, staff_id=shop["owner"], entry_id=praise, resolution="감사 인사", now=NOW)
    assert not contact_entry(db, praise).is_open_complaint


def test_bad_input_is_refused_beside_its_field_and_nothing_is_written(db: Database, shop: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as error:
        log_contact(
            db,
            staff_id=shop["owner"],
            customer_id=shop["customer"],
            kind=ContactKind.CALL,
            note=" \n ",
            follow_up_on=TODAY - timedelta(days=1),
            follow_up_owner_id=shop["owner"],
            now=NOW,
        )
    assert set(error.value.fields) == {"note", "follow_up_on"}
    with pytest.raises(ValidationError) as no_owner:
        log_contact(
            db,
            staff_id=shop["owner"],
            customer_id=shop["customer"],
            kind=ContactKind.CALL,
            note="다시 연락 주기로 함",
            follow_up_on=TODAY,
            now=NOW,
        )
    assert no_owner.value.fields == ("follow_up_owner",)
    # Another customer's subscription is not this customer's subject.
    with pytest.raises(ValidationError) as theirs:
        log_contact(
            db,
            staff_id=shop["owner"],
            customer_id=shop["other"],
            kind=ContactKind.REQUEST,
            note="해지 문의",
            about=(ContactSubject.SUBSCRIPTION, shop["subscription"]),
            now=NOW,
        )
    assert theirs.value.fields == ("about",)
    assert entries(db) == 0


def due_rows(db: Database, today: date, **filters: int) -> list[FollowUpRow]:
    """Every due follow-up, read two rows a page, as the list does while the clerk scrolls."""
    rows: list[FollowUpRow] = []
    after = None
    while True:
        page = follow_ups_due(db, today=today, after=after, limit=2, **filters)
        rows += page.rows
        if not page.has_more:
            return rows
        after = page.rows[-1]


def test_the_follow_up_list_shows_today_and_overdue_until_answered(db: Database, shop: dict[str, int]) -> None:
    def logged(customer: str, note: str, on: date, owner: str, at: datetime = NOW) -> int:
        return log_contact(
            db,
            staff_id=shop["owner"],
            customer_id=shop[customer],
            kind=ContactKind.CALL,
            note=note,
            follow_up_on=on,
            follow_up_owner_id=shop[owner],
            now=at,
        )

    early = logged("customer", "3일 재연락", date(2026, 3, 3), "clerk")
    same_day = logged("other", "3일 재연락 2", date(2026, 3, 3), "owner")
    first = logged("other", "오늘 재연락", TODAY, "clerk")
    logged("customer", "다음 주", date(2026, 3, 9), "owner")
    log_contact(db, staff_id=shop["owner"], customer_id=shop["customer"], kind=ContactKind.VISIT, note="방문", now=NOW)

    assert [r.entry_id for r in due_rows(db, TODAY)] == [first]
    # Two days later the 2 March one is overdue, the 3 March ones due; by day then entry, across pages.
    later = date(2026, 3, 4)
    rows = due_rows(db, later)
    assert [r.entry_id for r in rows] == [first, early, same_day]
    assert rows[0].customer_name == "박서연" and rows[0].owner == "이수진"
    assert rows[0].phone is not None and rows[0].phone.national == "010-9876-5432"
    assert [r.entry_id for r in due_rows(db, later, owner_id=shop["clerk"])] == [first, early]

    # Calling back, logged as the answer, takes it off the list; the new entry's own follow-up joins it.
    answer = log_contact(
        db,
        staff_id=shop["clerk"],
        customer_id=shop["other"],
        kind=ContactKind.CALL,
        note="통화함. 금요일에 다시",
        follow_up_on=date(2026, 3, 6),
        follow_up_owner_id=shop["clerk"],
        answers_entry_id=first,
        now=datetime(2026, 3, 4, 2, 0, tzinfo=UTC),
    )
    assert [r.entry_id for r in due_rows(db, later)] == [early, same_day]
    assert contact_entry(db, first).followed_up_at is not None
    assert [r.entry_id for r in due_rows(db, date(2026, 3, 6))] == [early, same_day, answer]


def test_the_customer_log_is_newest_first_and_names_its_subject(db: Database, shop: dict[str, int]) -> None:
    log_contact(
        db, staff_id=shop["owner"], customer_id=shop["customer"], kind=ContactKind.CALL, note="첫 통화", now=NOW
    )
    log_contact(
        db,
        staff_id=shop["clerk"],
        customer_id=shop["customer"],
        kind=ContactKind.REQUEST,
        note="배송일 변경 요청",
        about=(ContactSubject.SUBSCRIPTION, shop["subscription"]),
        now=TOMORROW,
    )
    log = customer_contact_log(db, shop["customer"])
    assert [e.note for e in log] == ["배송일 변경 요청", "첫 통화"]
    assert log[0].topic is not None and log[0].topic.contract_number.startswith("TS-")
    assert log[0].topic.name == "정기배송 베이직"
    assert customer_contact_log(db, shop["other"]) == ()
