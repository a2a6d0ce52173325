"""Feedback: a 1–5 rating of a return (counting for its toy and plan), of a delivery or of a toy; bad ratings refused
with nothing written; voided ratings out of every average; survey rounds answered and superseded — on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from rental_support import RentalShop, later, rental_shop
from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, Feedback, SurveyAnswer
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.feedback import Average, FeedbackSource, FeedbackSubject
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.services.feedback import (
    create_survey,
    customer_feedback,
    customer_survey_answers,
    feedback_averages,
    feedback_topics,
    latest_ratings,
    record_feedback,
    record_survey_answers,
    surveys,
    void_feedback,
)
from toysub_desktop.services.rentals import ReturnLine, lend, return_items


@pytest.fixture
def shop(db: Database, owner_id: int) -> RentalShop:
    return rental_shop(db, owner_id)


def rows(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(Feedback)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def returned_piano(db: Database, shop: RentalShop) -> int:
    piano = shop.barcodes["piano"][0]
    [loan] = lend(db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, barcodes=[piano], now=NOW)
    return_items(db, staff_id=shop.owner, lines=[ReturnLine(piano, ReturnCondition.CLEAN)], now=later(1))
    return loan


def test_a_two_star_rating_on_a_return_counts_for_its_toy_and_plan(db: Database, shop: RentalShop) -> None:
    loan = returned_piano(db, shop)
    topics = feedback_topics(db, shop.customer)
    [returned] = [t for t in topics if t.subject is FeedbackSubject.RETURN]
    assert returned.id == loan and returned.day == date(2026, 3, 3)
    assert any(t.subject is FeedbackSubject.TOY and t.name == returned.name for t in topics)

    record_feedback(
        db,
        staff_id=shop.owner,
        customer_id=shop.customer,
        about=(FeedbackSubject.RETURN, loan),
        rating="2",
        comment="건반 하나가 잘 안 눌려요",
        source=FeedbackSource.CARD,
        now=later(1),
    )
    [entry] = customer_feedback(db, shop.customer)
    assert (entry.rating, entry.subject, entry.about, entry.comment) == (
        2,
        FeedbackSubject.RETURN,
        returned.name,
        "건반 하나가 잘 안 눌려요",
    )
    averages = feedback_averages(db)
    assert averages.overall == Average(1, 2)
    assert [(name, a.shown) for name, a in averages.by_toy] == [(returned.name, "2.0")]
    assert len(averages.by_plan) == 1 and averages.by_plan[0][1] == Average(1, 2)
    assert [(m, a.count) for m, a in averages.by_month] == [(date(2026, 3, 1), 1)]


@pytest.mark.parametrize("typed", ["0", "6", "-1", "4.5", "별 다섯", "", "9" * 40])
def test_a_rating_outside_one_to_five_is_refused_and_nothing_is_written(
    db: Database, shop: RentalShop, typed: str
) -> None:
    loan = returned_piano(db, shop)
    before = rows(db)
    with pytest.raises(ValidationError) as refused:
        record_feedback(
            db, staff_id=shop.owner, customer_id=shop.customer, about=(FeedbackSubject.RETURN, loan), rating=typed
        )
    assert refused.value.for_field("rating") is not None
    assert rows(db) == before


def test_a_loan_still_out_or_another_customers_is_not_rated(db: Database, shop: RentalShop) -> None:
    [out] = lend(db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child,
                 barcodes=[shop.barcodes["blocks"][0]], now=NOW)  # fmt: skip
    before = rows(db)
    with pytest.raises(ValidationError) as refused:
        record_feedback(
            db, staff_id=shop.owner, customer_id=shop.customer, about=(FeedbackSubject.RETURN, out), rating=3
        )
    assert refused.value.for_field("subject") is not None
    with pytest.raises(ValidationError):
        record_feedback(db, staff_id=shop.owner, customer_id=shop.customer, about=None, rating=3)
    with pytest.raises(ValidationError):
        record_feedback(
            db, staff_id=shop.owner, customer_id=shop.customer, about=(FeedbackSubject.DELIVERY, 999_999), rating=3
        )
    assert rows(db) == before


def test_a_voided_rating_stays_on_record_and_leaves_every_average(db: Database, shop: RentalShop) -> None:
    loan = returned_piano(db, shop)
    first = record_feedback(
        db, staff_id=shop.owner, customer_id=shop.customer, about=(FeedbackSubject.RETURN, loan), rating=1
    )
    record_feedback(db, staff_id=shop.owner, customer_id=shop.customer, about=(FeedbackSubject.RETURN, loan), rating=5)
    assert feedback_averages(db).overall.shown == "3.0"
    void_feedback(db, staff_id=shop.owner, feedback_id=first, reason="다른 고객 카드를 잘못 입력")
    assert feedback_averages(db).overall == Average(1, 5)
    assert [e.voided for e in customer_feedback(db, shop.customer)] == [False, True]
    with pytest.raises(ValidationError):
        void_feedback(db, staff_id=shop.owner, feedback_id=first, reason="다시")


def test_the_list_of_ratings_pages_newest_first_and_shows_a_voided_one_with_why(db: Database, shop: RentalShop) -> None:
    loan = returned_piano(db, shop)
    piano = next(t for t in feedback_topics(db, shop.customer) if t.subject is FeedbackSubject.TOY).id
    first = record_feedback(
        db, staff_id=shop.owner, customer_id=shop.customer, about=(FeedbackSubject.RETURN, loan), rating=2, now=NOW
    )
    second = record_feedback(
        db,
        staff_id=shop.owner,
        customer_id=shop.customer,
        about=(FeedbackSubject.TOY, piano),
        rating=5,
        comment="아이가 매일 쳐요",
        now=later(2),
    )
    other = record_feedback(
        db, staff_id=shop.owner, customer_id=shop.other, about=(FeedbackSubject.TOY, piano), rating=4, now=later(3)
    )
    with pytest.raises(ValidationError) as no_reason:
        void_feedback(db, staff_id=shop.owner, feedback_id=first, reason="  ", now=later(4))
    assert no_reason.value.fields == ("reason",)
    assert latest_ratings(db).rows[-1].void_reason is None
    void_feedback(db, staff_id=shop.owner, feedback_id=first, reason="다른 고객 카드를 잘못 입력", now=later(4))
    # A page at a time, newest first, the voided one still listed with why.
    seen, after = [], None
    while True:
        page = latest_ratings(db, after=after, limit=2)
        seen += page.rows
        if not page.has_more:
            break
        after = page.rows[-1]
    assert [r.id for r in seen] == [other, second, first]
    assert [r.customer_name for r in seen] == ["이서준", "김민수", "김민수"]
    assert [r.void_reason for r in seen] == [None, None, "다른 고객 카드를 잘못 입력"]
    assert (seen[1].about, seen[1].rating, seen[1].comment) == ("멜로디 피아노", 5, "아이가 매일 쳐요")
    # One customer's ratings only.
    assert [r.id for r in latest_ratings(db, customer_id=shop.customer).rows] == [second, first]
    assert [e.void_reason for e in customer_feedback(db, shop.customer)] == [None, "다른 고객 카드를 잘못 입력"]
    assert feedback_averages(db).overall == Average(2, 9)


def test_a_survey_answer_to_a_question_that_does_not_exist_is_refused_and_answering_again_supersedes(
    db: Database, shop: RentalShop
) -> None:
    survey = create_survey(
        db,
        staff_id=shop.owner,
        title="2026 봄 만족도 조사",
        questions="장난감 상태는 어떠셨나요?\n배송은 제때 왔나요?\n서술: 바라는 점",
        now=NOW,
    )
    [view] = surveys(db)
    state, timely, wish = view.questions
    assert (view.title, len(view.questions), wish.kind.value) == ("2026 봄 만족도 조사", 3, "text")

    with pytest.raises(ValidationError) as refused:
        record_survey_answers(
            db, staff_id=shop.owner, customer_id=shop.customer, survey_id=survey, answers={999_999: "5"}
        )
    assert refused.value.for_field("answer_999999") is not None
    with pytest.raises(ValidationError):
        record_survey_answers(
            db, staff_id=shop.owner, customer_id=shop.customer, survey_id=survey, answers={state.id: "7"}
        )
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(SurveyAnswer)) == 0

    answers = {state.id: "4", timely.id: "5", wish.id: "블록 종류가 더 많았으면"}
    record_survey_answers(db, staff_id=shop.owner, customer_id=shop.customer, survey_id=survey, answers=answers)
    record_survey_answers(db, staff_id=shop.owner, customer_id=shop.customer, survey_id=survey, answers={state.id: "2"})
    assert customer_survey_answers(db, shop.customer, survey) == {**answers, state.id: "2"}
    [view] = surveys(db)
    assert [q.average for q in view.questions[:2]] == [Average(1, 2), Average(1, 5)]
    assert view.questions[2].texts == ("블록 종류가 더 많았으면",) and view.respondents == 1


def test_survey_questions_are_refused_when_none_or_too_many(db: Database, owner_id: int) -> None:
    with pytest.raises(ValidationError) as refused:
        create_survey(db, staff_id=owner_id, title="", questions="\n\n")
    assert refused.value.for_field("title") and refused.value.for_field("questions")
    with pytest.raises(ValidationError):
        create_survey(db, staff_id=owner_id, title="많은 질문", questions="\n".join(f"질문 {i}" for i in range(11)))
    assert surveys(db) == ()
