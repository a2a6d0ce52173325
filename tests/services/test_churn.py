"""Churn risk on SQLite and PostgreSQL: every reason read from the facts the shop holds as known at the end of the
day scored (nothing recorded later counts; a payment, resolution or renewal talk later has not happened yet), the
owner's weights (refused when not numbers, audited, scores cleared), the daily list riskiest first, and the backtest
against a hand-made history whose figures are worked out by hand below."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from rental_support import rental_shop
from support import NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    AuditEntry,
    Child,
    ChurnScore,
    ContactLogEntry,
    Feedback,
    Item,
    LedgerAllocation,
    LedgerEntry,
    Loan,
    PhoneVersion,
    Subscription,
    SubscriptionEvent,
)
from toysub_desktop.domain.churn import RULE_FIELDS, Catch, ChurnReason, ChurnRules
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentMethod, PhoneRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.segments import SegmentCriteria
from toysub_desktop.services.access import ApprovalNeeded
from toysub_desktop.services.churn import (
    backtest,
    churn_settings,
    list_at_risk,
    refresh_scores,
    scores_for,
    subscriber_reasons,
    update_churn_rules,
)
from toysub_desktop.services.contact_log import log_contact
from toysub_desktop.services.contacts import change_phone
from toysub_desktop.services.customers import record_marketing_consent, register_customer
from toysub_desktop.services.segments import create_segment
from toysub_desktop.services.shop import add_staff
from toysub_desktop.services.subscriptions import NewSubscription, cancel, pause, sign_up

D = date(2026, 9, 15)
LATER = datetime(2027, 6, 1, 1, 0, tzinfo=UTC)


def at(day: date) -> datetime:
    """10:00 in Seoul on *day*."""
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Contract:
    id: int
    ends_on: date


def subscription_of(db: Database, customer_id: int) -> Contract:
    with db.reading() as session:
        found = session.execute(
            select(Subscription.id, Subscription.ends_on).where(Subscription.customer_id == customer_id)
        ).one()
        return Contract(found[0], found[1])


def add_facts(db: Database, owner: int, customer_id: int, *, recorded: date) -> None:
    """A pause, a skipped box, an unpaid charge, a complaint and a 2-star rating, each dated on or before D and
    recorded on *recorded*; and a toy lent on 18 August, due 1 September, back on the 5th (late) when *recorded*
    is by D (a toy due before D is late on D however late its return was recorded)."""
    sub = subscription_of(db, customer_id)
    with db.writing() as session:
        item = session.scalars(select(Item).limit(1)).first()
        assert item is not None
        child = session.scalars(select(Child.id).where(Child.customer_id == customer_id)).first()
        assert child is not None
        common = {"recorded_at": at(recorded), "recorded_by_id": owner}
        session.add_all(
            [
                SubscriptionEvent(
                    subscription_id=sub.id, kind="pause", effective_on=date(2026, 8, 1), until=date(2026, 8, 14),
                    **common,
                ),
                SubscriptionEvent(subscription_id=sub.id, kind="skip", effective_on=date(2026, 9, 2), **common),
                LedgerEntry(
                    customer_id=customer_id, subscription_id=sub.id, kind=EntryKind.CYCLE_FEE.value, amount=39_000,
                    entry_on=date(2026, 8, 16), charge_key=f"T{customer_id}", **common,
                ),
                ContactLogEntry(
                    customer_id=customer_id, kind=ContactKind.COMPLAINT.value, note="블록이 부족해요", **common
                ),
                Feedback(customer_id=customer_id, subject="toy", source="counter", rating=2, comment="", **common),
            ]
        )  # fmt: skip
        if recorded <= D:
            session.add(
                Loan(
                    item_id=item.id, customer_id=customer_id, child_id=child, subscription_id=sub.id,
                    lent_on=date(2026, 8, 18), due_on=date(2026, 9, 1), returned_on=date(2026, 9, 5),
                    lent_at=at(date(2026, 8, 18)), lent_by_id=owner,
                )
            )  # fmt: skip


def reasons(db: Database, customer_id: int, day: date = D, now: datetime = LATER) -> set[ChurnReason]:
    found = subscriber_reasons(db, customer_id, day=day, now=now)
    assert found is not None
    return {r.reason for r in found}


@pytest.fixture
def shop(db: Database, owner_id: int) -> tuple[int, int, int]:
    """김민수 with every fact recorded by D; 이서준 with the same facts recorded the day after D."""
    s = rental_shop(db, owner_id)
    add_facts(db, owner_id, s.customer, recorded=date(2026, 9, 10))
    add_facts(db, owner_id, s.other, recorded=D + timedelta(days=1))
    return owner_id, s.customer, s.other


def test_each_fact_known_by_d_is_a_reason_and_none_recorded_after_d_is(
    db: Database, shop: tuple[int, int, int]
) -> None:
    _owner, known, later = shop
    assert reasons(db, known) == {
        ChurnReason.PAUSED,
        ChurnReason.SKIPPED,
        ChurnReason.LATE_RETURNS,
        ChurnReason.OVERDUE,
        ChurnReason.OPEN_COMPLAINT,
        ChurnReason.LOW_RATING,
    }
    # Nothing of 이서준's was known by the end of D: only the silence since he joined on 2 March.
    assert reasons(db, later) == {ChurnReason.NO_CONTACT}
    found = subscriber_reasons(db, known, day=D, now=LATER)
    assert found is not None
    by_reason = {r.reason: r for r in found}
    assert dict(by_reason[ChurnReason.OVERDUE].arguments) == {"amount": 39_000, "since": "2026-08-16"}
    assert dict(by_reason[ChurnReason.LOW_RATING].arguments)["rating"] == 2


def test_a_payment_a_resolution_and_a_void_after_d_have_not_happened_yet_on_d(
    db: Database, shop: tuple[int, int, int]
) -> None:
    owner, known, _later = shop
    with db.writing() as session:
        charge = session.scalars(select(LedgerEntry).where(LedgerEntry.customer_id == known)).one()
        payment = LedgerEntry(
            customer_id=known, kind=EntryKind.PAYMENT.value, amount=39_000, entry_on=date(2026, 9, 20),
            means=PaymentMeans.CASH.value, recorded_at=at(date(2026, 9, 20)), recorded_by_id=owner,
        )  # fmt: skip
        session.add(payment)
        session.flush()
        session.add(
            LedgerAllocation(
                credit_id=payment.id, debit_id=charge.id, amount=39_000, recorded_at=at(date(2026, 9, 20)),
                recorded_by_id=owner,
            )
        )  # fmt: skip
        complaint = session.scalars(select(ContactLogEntry).where(ContactLogEntry.customer_id == known)).one()
        complaint.resolved_at = at(date(2026, 9, 20))
        complaint.resolved_by_id = owner
        complaint.resolution = "블록 보내 드림"
        rating = session.scalars(select(Feedback).where(Feedback.customer_id == known)).one()
        rating.voided_at = at(date(2026, 9, 20))
    on_d = reasons(db, known)
    assert {ChurnReason.OVERDUE, ChurnReason.OPEN_COMPLAINT, ChurnReason.LOW_RATING} <= on_d
    after = reasons(db, known, day=date(2026, 9, 25))
    assert not {ChurnReason.OVERDUE, ChurnReason.OPEN_COMPLAINT, ChurnReason.LOW_RATING} & after


def test_recent_facts_leave_the_window_once_older_than_the_months_set(db: Database, shop: tuple[int, int, int]) -> None:
    _owner, known, _later = shop
    # Six months after the pause began (1 August) it still counts; a day later it does not.
    assert ChurnReason.PAUSED in reasons(db, known, day=date(2027, 2, 1))
    assert ChurnReason.PAUSED not in reasons(db, known, day=date(2027, 2, 2))
    # The 2-star rating of 10 September counts for three months.
    assert ChurnReason.LOW_RATING in reasons(db, known, day=date(2026, 12, 10))
    assert ChurnReason.LOW_RATING not in reasons(db, known, day=date(2026, 12, 11))


def test_today_reads_the_same_reasons_as_the_day_scored_afterwards(db: Database, shop: tuple[int, int, int]) -> None:
    _owner, known, later = shop
    for customer in (known,):
        today = subscriber_reasons(db, customer, day=D, now=at(D))
        afterwards = subscriber_reasons(db, customer, day=D, now=LATER)
        assert today == afterwards
    assert later  # 이서준's facts were recorded after D: today's shortcut would read them, so he is not compared


def test_a_term_ending_without_a_renewal_talk_and_as_the_end_stood_then(db: Database, owner_id: int) -> None:
    s = rental_shop(db, owner_id)
    sub = subscription_of(db, s.customer)
    assert sub.ends_on == date(2027, 3, 15)
    d = date(2027, 1, 20)  # 54 days before the end
    assert ChurnReason.TERM_ENDING in reasons(db, s.customer, day=d)
    # A pause recorded five days later moves the stored end by 28 days; on D the end still stood on 15 March.
    pause(
        db, staff_id=owner_id, subscription_id=sub.id, first=date(2027, 2, 1), last=date(2027, 2, 28),
        now=at(date(2027, 1, 25)),
    )  # fmt: skip
    assert subscription_of(db, s.customer).ends_on == date(2027, 4, 12)
    found = subscriber_reasons(db, s.customer, day=d, now=LATER)
    assert found is not None
    term = next(r for r in found if r.reason is ChurnReason.TERM_ENDING)
    assert dict(term.arguments) == {"ends_on": "2027-03-15", "days": 54}
    assert ChurnReason.TERM_ENDING not in reasons(db, s.customer, day=date(2027, 1, 25))
    # A renewal talk logged within the 60 days up to D answers the reason; one logged after D does not.
    with db.writing() as session:
        session.add(
            ContactLogEntry(
                customer_id=s.other, kind=ContactKind.RENEWAL.value, note="재계약 안내", recorded_at=at(d),
                recorded_by_id=owner_id,
            )
        )  # fmt: skip
        session.add(
            ContactLogEntry(
                customer_id=s.customer, kind=ContactKind.RENEWAL.value, note="재계약 안내",
                recorded_at=at(d + timedelta(days=1)), recorded_by_id=owner_id,
            )
        )  # fmt: skip
    assert ChurnReason.TERM_ENDING not in reasons(db, s.other, day=d)
    assert ChurnReason.TERM_ENDING in reasons(db, s.customer, day=d)


def test_the_list_is_riskiest_first_paged_and_scored_again_on_a_new_day(
    db: Database, shop: tuple[int, int, int]
) -> None:
    _owner, known, later = shop
    day = date(2026, 9, 20)  # both sets of facts are known now
    assert scores_for(db, now=at(day)) is True
    assert scores_for(db, now=at(day)) is False  # today's scores are kept
    first = list_at_risk(db, limit=1, today=day)
    assert [row.customer_id for row in first.rows] == [known] and first.has_more
    top = first.rows[0]
    assert top.score == sum(r.weight for r in top.reasons) and top.top_reason is not None
    assert top.top_reason.reason in (ChurnReason.OVERDUE, ChurnReason.OPEN_COMPLAINT)  # 25 each, overdue listed first
    second = list_at_risk(db, after=top, limit=1, today=day)
    assert [row.customer_id for row in second.rows] == [later] and not second.has_more
    assert scores_for(db, now=at(day + timedelta(days=1))) is True
    with db.reading() as session:
        assert set(session.scalars(select(ChurnScore.scored_on))) == {day + timedelta(days=1)}


def test_each_row_shows_the_number_in_effect_today_and_the_last_contact_logged_by_then(
    db: Database, shop: tuple[int, int, int]
) -> None:
    """The page reads the primary number in effect on the list's day (a change recorded for later is not yet it);
    with no primary number in effect, the first other number; and the last contact logged by the end of the day."""
    owner, known, later = shop
    day = date(2026, 9, 20)
    change_phone(
        db,
        staff_id=owner,
        customer_id=later,
        expected_version=None,
        role=PhoneRole.PRIMARY,
        number="010-7777-8888",
        effective_from=day - timedelta(days=5),
        now=at(day - timedelta(days=5)),
    )
    change_phone(
        db,
        staff_id=owner,
        customer_id=later,
        expected_version=None,
        role=PhoneRole.PRIMARY,
        number="010-9999-0000",
        effective_from=day + timedelta(days=10),
        now=at(day - timedelta(days=1)),
    )
    change_phone(
        db,
        staff_id=owner,
        customer_id=known,
        expected_version=None,
        role=PhoneRole.SPOUSE,
        number="010-5555-6666",
        effective_from=day - timedelta(days=3),
        now=at(day - timedelta(days=3)),
    )
    with db.writing() as session:  # the primary number on record for 김민수 turned out wrong: voided, none left
        for version in session.scalars(
            select(PhoneVersion).where(PhoneVersion.customer_id == known, PhoneVersion.role == "primary")
        ):
            version.voided_at, version.voided_by_id, version.void_reason = at(day - timedelta(days=2)), owner, "오기"
    log_contact(
        db, staff_id=owner, customer_id=known, kind=ContactKind.CALL, note="안부 통화", now=at(day - timedelta(days=4))
    )
    log_contact(
        db, staff_id=owner, customer_id=known, kind=ContactKind.CALL, note="재통화", now=at(day + timedelta(days=1))
    )  # after the list's day: not yet
    scores_for(db, now=at(day))
    rows = {row.customer_id: row for row in list_at_risk(db, today=day).rows}
    assert rows[later].phone is not None and rows[later].phone.national == "010-7777-8888"
    assert rows[known].phone is not None and rows[known].phone.national == "010-5555-6666"
    assert rows[known].last_contact_on == day - timedelta(days=4)
    complained = date(2026, 9, 10)  # add_facts logged 김민수's complaint then, and 이서준's the day after D
    assert rows[later].last_contact_on == D + timedelta(days=1) and complained < rows[known].last_contact_on


def test_weights_are_the_owners_refused_when_negative_audited_and_clear_the_scores(
    db: Database, shop: tuple[int, int, int]
) -> None:
    owner, _known, _later = shop
    refresh_scores(db, now=at(D))
    settings = churn_settings(db)
    assert settings.rules == ChurnRules()
    values = settings.rules.to_json() | {"overdue": -5}
    with pytest.raises(ValidationError) as caught:
        update_churn_rules(db, by_staff_id=owner, values=values, expected_version=settings.version, now=at(D))
    assert caught.value.problems[0].field == "overdue"
    assert churn_settings(db).rules == ChurnRules()
    clerk = add_staff(db, by_staff_id=owner, name="이직원", now=NOW).id
    with pytest.raises(ApprovalNeeded):
        update_churn_rules(
            db, by_staff_id=clerk, values=values | {"overdue": 40}, expected_version=settings.version, now=at(D)
        )
    update_churn_rules(
        db, by_staff_id=owner, values=values | {"overdue": 40}, expected_version=settings.version, now=at(D)
    )
    assert churn_settings(db).rules.overdue == 40
    with db.reading() as session:
        assert session.scalars(select(ChurnScore)).first() is None
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.staff_id == owner
        assert entry.before is not None and entry.after is not None
        assert entry.before["churn_rules"]["overdue"] == 25 and entry.after["churn_rules"]["overdue"] == 40
    assert set(RULE_FIELDS) == set(churn_settings(db).rules.to_json())


def test_the_backtest_against_a_hand_made_history(db: Database, owner_id: int) -> None:
    """Twelve subscribers running on D = 15 September 2026, all signed on 2 March (no contact since: every one has
    "no contact", 10). 김위험 has an open complaint and an unpaid charge (+25 +25 = 60), 박별점 a 1-star rating
    (+20 = 30): the top tenth (12 / 10, rounded up: 2) by score is those two. By soonest term end it is 최단기 (12
    months; everyone else 24) and the first 24-month subscriber by id (김민수).

    Cancelled in the 90 days after D (16 September to 14 December): 김위험, 박별점 and 최단기 — 3. By score 2 of
    them are caught (67 %), by term end 1 (33 %). 늦은해지 cancels on 15 December (day 91) and 전날해지 on D itself
    (not running on D): neither counts."""
    ids = sample_shop(db, owner_id)
    names = ["최단기", *[f"고객{name}" for name in "가나다라마바사"], "늦은해지", "김위험", "박별점", "전날해지"]
    customers = {"김민수": ids["customer"]}
    for i, name in enumerate(names):
        customers[name] = register_customer(
            db, staff_id=owner_id, new=new_customer(name, phone=f"010-3000-{i:04d}"), now=NOW
        )
    subs: dict[str, int] = {}
    base = NewSubscription(customers["김민수"], ids["box"], 24, date(2026, 3, 2), PaymentMethod.CARD, delivery_day=5)
    for name, customer in customers.items():
        months = 12 if name == "최단기" else 24
        subs[name] = sign_up(
            db, staff_id=owner_id, new=replace(base, customer_id=customer, term_months=months), now=NOW
        )
    with db.writing() as session:
        risky = customers["김위험"]
        session.add_all(
            [
                ContactLogEntry(
                    customer_id=risky, kind=ContactKind.COMPLAINT.value, note="배송 지연",
                    recorded_at=at(date(2026, 5, 1)), recorded_by_id=owner_id,
                ),
                LedgerEntry(
                    customer_id=risky, kind=EntryKind.CYCLE_FEE.value, amount=29_000, entry_on=date(2026, 8, 5),
                    charge_key="BT-1", recorded_at=at(date(2026, 8, 5)), recorded_by_id=owner_id,
                ),
                Feedback(
                    customer_id=customers["박별점"], subject="toy", source="card", rating=1, comment="",
                    recorded_at=at(date(2026, 9, 1)), recorded_by_id=owner_id,
                ),
            ]
        )  # fmt: skip
    # The complaint of May keeps 김위험 "in contact" until August: the silence is counted from it (4 months by D).
    for name, day in (
        ("김위험", date(2026, 10, 1)),
        ("박별점", date(2026, 12, 14)),
        ("최단기", date(2026, 11, 1)),
        ("늦은해지", date(2026, 12, 15)),
        ("전날해지", D),
    ):
        cancel(db, staff_id=owner_id, subscription_id=subs[name], effective_on=day, now=at(day - timedelta(days=3)))
    result = backtest(db, day=D, now=LATER)
    assert (result.subscribers, result.top) == (12, 2)
    assert result.until == date(2026, 12, 14) and result.complete
    assert result.by_score == Catch(caught=2, cancelled=3)
    assert result.by_term_end == Catch(caught=1, cancelled=3)
    assert (result.by_score.percent, result.by_term_end.percent) == (67, 33)


def test_a_backtest_day_must_be_in_the_past(db: Database, owner_id: int) -> None:
    sample_shop(db, owner_id)
    with pytest.raises(ValidationError) as caught:
        backtest(db, day=date(2026, 9, 15), now=at(date(2026, 9, 15)))
    assert caught.value.problems[0].field == "day"
    assert backtest(db, day=date(2026, 9, 14), now=at(date(2026, 9, 15))).subscribers == 0  # nobody signed


def test_the_list_restricted_to_a_segment_holds_only_its_customers_still_riskiest_first(
    db: Database, shop: tuple[int, int, int]
) -> None:
    owner, known, later = shop
    day = date(2026, 9, 20)
    record_marketing_consent(
        db, staff_id=owner, customer_id=later, granted=True, given_on=day, method=ConsentMethod.PAPER,
        notice_version=CURRENT_NOTICE_VERSION, now=at(day),
    )  # fmt: skip
    agreed = create_segment(
        db, staff_id=owner, name="마케팅 동의", criteria=SegmentCriteria(marketing_consent=True), now=at(day)
    )
    scores_for(db, now=at(day))
    assert [row.customer_id for row in list_at_risk(db, today=day).rows] == [known, later]
    assert [row.customer_id for row in list_at_risk(db, today=day, segment_id=agreed).rows] == [later]
