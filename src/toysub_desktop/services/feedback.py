"""Feedback (``domain.feedback``): recording a customer's rating of a delivery, a return or a toy, voiding a mistaken
one, a customer's ratings, the averages per plan, per toy and per month; satisfaction survey rounds and their
answers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    Customer,
    Delivery,
    Feedback,
    Item,
    Loan,
    Plan,
    Staff,
    Subscription,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    Toy,
)
from toysub_desktop.domain.dates import to_shop_time, utc_now
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.feedback import (
    Average,
    FeedbackSource,
    FeedbackSubject,
    QuestionKind,
    check_answers_given,
    check_comment,
    check_rating,
    check_survey_title,
    check_text_answer,
    parse_questions,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX, clean_line
from toysub_desktop.services.common import audit, get_or_raise, require_staff, unit_of_work

#: How many of a customer's latest deliveries and returns a rating may be about.
RECENT = 12
#: A question answered in words shows its latest answers, this many.
SHOWN_TEXTS = 50
#: The list of ratings reads this many at a time.
PAGE_SIZE = 100

_NOT_THEIRS = QT_TRANSLATE_NOOP("Validation", "Choose a delivery, return or toy of this customer.")
_NOT_RETURNED = QT_TRANSLATE_NOOP("Validation", "This item is still out: rate it when it comes back.")
_NO_REASON = QT_TRANSLATE_NOOP("Validation", "Write why the rating is voided.")
_VOIDED = QT_TRANSLATE_NOOP("Validation", "This rating was voided already.")
_NO_SUCH_QUESTION = QT_TRANSLATE_NOOP("Validation", "This survey has no such question.")
_CLOSED = QT_TRANSLATE_NOOP("Validation", "This survey is closed: its answers can no longer change.")


@dataclass(frozen=True)
class FeedbackTopic:
    """What a new rating may be about: a delivery, a returned loan, or a toy the customer borrowed."""

    subject: FeedbackSubject
    id: int
    #: The delivery's date, the day the item came back, the day the toy was last lent.
    day: date
    #: The plan (delivery) or the toy (return, toy).
    name: str


@dataclass(frozen=True)
class FeedbackEntry:
    id: int
    subject: FeedbackSubject
    about: str
    rating: int
    comment: str
    source: FeedbackSource
    recorded_at: datetime
    recorded_by: str
    voided: bool
    #: Why it was voided (None: live).
    void_reason: str | None = None


@dataclass(frozen=True)
class RatingRow:
    """One rating in the shop's list of ratings, newest first, voided ones included."""

    id: int
    customer_id: int
    customer_name: str
    subject: FeedbackSubject
    about: str
    rating: int
    comment: str
    recorded_at: datetime
    recorded_by: str
    #: Why it was voided (None: live).
    void_reason: str | None


@dataclass(frozen=True)
class RatingPage:
    rows: tuple[RatingRow, ...]
    has_more: bool


@dataclass(frozen=True)
class FeedbackAverages:
    overall: Average
    by_plan: tuple[tuple[str, Average], ...]
    by_toy: tuple[tuple[str, Average], ...]
    #: (first day of the month, its ratings), oldest first.
    by_month: tuple[tuple[date, Average], ...]


# --- ratings ----------------------------------------------------------------------------------------------------


def feedback_topics(db: Database, customer_id: int) -> tuple[FeedbackTopic, ...]:
    """The customer's latest deliveries that reached them, returns, and the toys they borrowed (latest first)."""
    with db.reading() as session:
        deliveries = session.execute(
            select(Delivery.id, Delivery.scheduled_on, Subscription.plan_name)
            .join(Subscription, Subscription.id == Delivery.subscription_id)
            .where(Delivery.customer_id == customer_id, Delivery.state == DeliveryState.DELIVERED.value)
            .order_by(Delivery.scheduled_on.desc(), Delivery.id.desc())
            .limit(RECENT)
        ).tuples()
        topics = [FeedbackTopic(FeedbackSubject.DELIVERY, i, day, name) for i, day, name in deliveries]
        returns = session.execute(
            select(Loan.id, Loan.returned_on, Toy.name)
            .join(Item, Item.id == Loan.item_id)
            .join(Toy, Toy.id == Item.toy_id)
            .where(Loan.customer_id == customer_id, Loan.returned_on.is_not(None))
            .order_by(Loan.returned_on.desc(), Loan.id.desc())
            .limit(RECENT)
        ).tuples()
        topics += [FeedbackTopic(FeedbackSubject.RETURN, i, day, name) for i, day, name in returns if day]
        toys = session.execute(
            select(Toy.id, func.max(Loan.lent_on), Toy.name)
            .join(Item, Item.toy_id == Toy.id)
            .join(Loan, Loan.item_id == Item.id)
            .where(Loan.customer_id == customer_id)
            .group_by(Toy.id, Toy.name)
            .order_by(func.max(Loan.lent_on).desc(), Toy.id)
            .limit(RECENT)
        ).tuples()
        topics += [FeedbackTopic(FeedbackSubject.TOY, i, day, name) for i, day, name in toys]
        return tuple(topics)


def record_feedback(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    about: tuple[FeedbackSubject, int] | None,
    rating: str | int,
    comment: str = "",
    source: FeedbackSource = FeedbackSource.COUNTER,
    now: datetime | None = None,
) -> int:
    """Record the customer's 1–5 *rating* of one delivery, returned loan or toy (*about*); returns its id."""
    now = now or utc_now()
    problems = ProblemCollector()
    with problems.checking():
        rating = check_rating(rating)
    with problems.checking():
        comment = check_comment(comment)
    if about is None:
        problems.add("subject", _NOT_THEIRS)
    problems.raise_if_any()
    assert about is not None
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        get_or_raise(session, Customer, customer_id)
        links = _links(session, customer_id, about)
        row = Feedback(
            customer_id=customer_id,
            subject=about[0].value,
            source=source.value,
            rating=rating,
            comment=comment,
            recorded_at=now,
            recorded_by_id=staff_id,
            **links,
        )
        session.add(row)
        session.flush()
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="feedback.record",
            entity="customer",
            entity_id=customer_id,
            after={"feedback_id": row.id, "subject": about[0].value, **links, "rating": rating, "comment": comment},
        )
        return row.id


def _links(session: Session, customer_id: int, about: tuple[FeedbackSubject, int]) -> dict[str, int | None]:
    subject, key = about
    if subject is FeedbackSubject.DELIVERY:
        delivery = session.get(Delivery, key)
        if delivery is None or delivery.customer_id != customer_id:
            raise ValidationError.of("subject", _NOT_THEIRS)
        plan_id = session.scalar(select(Subscription.plan_id).where(Subscription.id == delivery.subscription_id))
        return {"delivery_id": key, "subscription_id": delivery.subscription_id, "plan_id": plan_id}
    if subject is FeedbackSubject.RETURN:
        loan = session.get(Loan, key)
        if loan is None or loan.customer_id != customer_id:
            raise ValidationError.of("subject", _NOT_THEIRS)
        if loan.returned_on is None:
            raise ValidationError.of("subject", _NOT_RETURNED)
        toy_id = session.scalar(select(Item.toy_id).where(Item.id == loan.item_id))
        plan_id = session.scalar(select(Subscription.plan_id).where(Subscription.id == loan.subscription_id))
        return {"loan_id": key, "toy_id": toy_id, "subscription_id": loan.subscription_id, "plan_id": plan_id}
    if session.get(Toy, key) is None:
        raise ValidationError.of("subject", _NOT_THEIRS)
    return {"toy_id": key}


def void_feedback(db: Database, *, staff_id: int, feedback_id: int, reason: str, now: datetime | None = None) -> None:
    """Void a rating recorded by mistake, with why; it stays on record, out of every average."""
    now = now or utc_now()
    reason = clean_line(reason, field="reason", limit=NOTE_MAX, required=True, required_message=_NO_REASON)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        row = get_or_raise(session, Feedback, feedback_id)
        if row.voided_at is not None:
            raise ValidationError.of("reason", _VOIDED)
        row.voided_at, row.voided_by_id, row.void_reason = now, staff_id, reason
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="feedback.void",
            entity="customer",
            entity_id=row.customer_id,
            after={"feedback_id": feedback_id, "reason": reason},
        )


def customer_feedback(db: Database, customer_id: int) -> tuple[FeedbackEntry, ...]:
    """The customer's ratings, newest first, voided ones included (marked)."""
    with db.reading() as session:
        rows = session.execute(
            select(Feedback, Staff.name, Toy.name, Subscription.plan_name)
            .join(Staff, Staff.id == Feedback.recorded_by_id)
            .outerjoin(Toy, Toy.id == Feedback.toy_id)
            .outerjoin(Subscription, Subscription.id == Feedback.subscription_id)
            .where(Feedback.customer_id == customer_id)
            .order_by(Feedback.recorded_at.desc(), Feedback.id.desc())
        ).tuples()
        return tuple(
            FeedbackEntry(
                id=row.id,
                subject=FeedbackSubject(row.subject),
                about=(plan if row.subject == FeedbackSubject.DELIVERY.value else toy) or "",
                rating=row.rating,
                comment=row.comment,
                source=FeedbackSource(row.source),
                recorded_at=row.recorded_at,
                recorded_by=staff,
                voided=row.voided_at is not None,
                void_reason=row.void_reason if row.voided_at is not None else None,
            )
            for row, staff, toy, plan in rows
        )


def latest_ratings(
    db: Database, *, customer_id: int | None = None, after: RatingRow | None = None, limit: int = PAGE_SIZE
) -> RatingPage:
    """Every rating (or the customer's), newest first, voided ones included: the first page, or the one after the
    row *after* (a keyset on when it was recorded and its id, served by ``ix_feedback_recorded`` and
    ``ix_feedback_customer``)."""
    query = (
        select(Feedback, Customer.name, Staff.name, Toy.name, Subscription.plan_name)
        .join(Customer, Customer.id == Feedback.customer_id)
        .join(Staff, Staff.id == Feedback.recorded_by_id)
        .outerjoin(Toy, Toy.id == Feedback.toy_id)
        .outerjoin(Subscription, Subscription.id == Feedback.subscription_id)
    )
    if customer_id is not None:
        query = query.where(Feedback.customer_id == customer_id)
    if after is not None:
        query = query.where(tuple_(Feedback.recorded_at, Feedback.id) < (after.recorded_at, after.id))
    query = query.order_by(Feedback.recorded_at.desc(), Feedback.id.desc()).limit(limit + 1)
    with db.reading() as session:
        found = session.execute(query).tuples().all()
        rows = tuple(
            RatingRow(
                id=row.id,
                customer_id=row.customer_id,
                customer_name=customer,
                subject=FeedbackSubject(row.subject),
                about=(plan if row.subject == FeedbackSubject.DELIVERY.value else toy) or "",
                rating=row.rating,
                comment=row.comment,
                recorded_at=row.recorded_at,
                recorded_by=staff,
                void_reason=row.void_reason if row.voided_at is not None else None,
            )
            for row, customer, staff, toy, plan in found[:limit]
        )
    return RatingPage(rows, len(found) > limit)


def feedback_averages(db: Database, *, toys: int = 50) -> FeedbackAverages:
    """Live ratings' averages overall, per plan, per toy (the *toys* most rated) and per month (the shop's)."""
    live = [Feedback.voided_at.is_(None)]
    with db.reading() as session:
        count, total = session.execute(
            select(func.count(Feedback.id), func.coalesce(func.sum(Feedback.rating), 0)).where(*live)
        ).one()
        by_plan = session.execute(
            select(Plan.name, func.count(Feedback.id), func.sum(Feedback.rating))
            .join(Plan, Plan.id == Feedback.plan_id)
            .where(*live)
            .group_by(Plan.id, Plan.name)
            .order_by(Plan.name)
        ).tuples()
        by_toy = session.execute(
            select(Toy.name, func.count(Feedback.id), func.sum(Feedback.rating))
            .join(Toy, Toy.id == Feedback.toy_id)
            .where(*live)
            .group_by(Toy.id, Toy.name)
            .order_by(func.count(Feedback.id).desc(), Toy.name)
            .limit(toys)
        ).tuples()
        months: dict[date, list[int]] = {}
        for recorded_at, rating in session.execute(select(Feedback.recorded_at, Feedback.rating).where(*live)):
            day = to_shop_time(recorded_at).date().replace(day=1)
            months.setdefault(day, []).append(rating)
        return FeedbackAverages(
            overall=Average(count, int(total)),
            by_plan=tuple((name, Average(n, int(s))) for name, n, s in by_plan),
            by_toy=tuple((name, Average(n, int(s))) for name, n, s in by_toy),
            by_month=tuple((month, Average(len(r), sum(r))) for month, r in sorted(months.items())),
        )


# --- surveys ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyQuestionView:
    id: int
    text: str
    kind: QuestionKind
    #: Rating questions: the live answers' average; text questions: how many answered (``total`` is 0).
    average: Average
    texts: tuple[str, ...]


@dataclass(frozen=True)
class SurveyView:
    id: int
    title: str
    created_on: date
    closed: bool
    questions: tuple[SurveyQuestionView, ...]
    #: Customers who answered at least one question.
    respondents: int


def create_survey(db: Database, *, staff_id: int, title: str, questions: str, now: datetime | None = None) -> int:
    """A survey round: its *title* and its *questions*, one a line (``domain.feedback.parse_questions``)."""
    now = now or utc_now()
    problems = ProblemCollector()
    with problems.checking():
        title = check_survey_title(title)
    with problems.checking():
        parsed = parse_questions(questions)
    problems.raise_if_any()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        survey = Survey(title=title, created_at=now, created_by_id=staff_id)
        session.add(survey)
        session.flush()
        session.add_all(
            SurveyQuestion(survey_id=survey.id, position=i, text=q.text, kind=q.kind.value)
            for i, q in enumerate(parsed, start=1)
        )
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="survey.create",
            entity="survey",
            entity_id=survey.id,
            after={"title": title, "questions": [q.text for q in parsed]},
        )
        return survey.id


def close_survey(db: Database, *, staff_id: int, survey_id: int, now: datetime | None = None) -> None:
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        survey = get_or_raise(session, Survey, survey_id)
        if survey.closed_at is None:
            survey.closed_at = now
            audit(session, at=now, staff_id=staff_id, action="survey.close", entity="survey", entity_id=survey_id)


def record_survey_answers(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    survey_id: int,
    answers: Mapping[int, str],
    now: datetime | None = None,
) -> int:
    """Record the customer's *answers* (question id → as typed; empty ones are skipped) to an open survey; an answer
    given again supersedes the earlier one. Returns how many answers were recorded."""
    now = now or utc_now()
    given = {key: text for key, text in answers.items() if text.strip()}
    check_answers_given(given)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        get_or_raise(session, Customer, customer_id)
        survey = get_or_raise(session, Survey, survey_id)
        if survey.closed_at is not None:
            raise ValidationError.of("answers", _CLOSED)
        questions = select(SurveyQuestion.id, SurveyQuestion.kind).where(SurveyQuestion.survey_id == survey_id)
        kinds = {key: kind for key, kind in session.execute(questions).tuples()}
        problems = ProblemCollector()
        values: dict[int, tuple[int | None, str]] = {}
        for key, text in given.items():
            field = f"answer_{key}"
            if key not in kinds:
                problems.add(field, _NO_SUCH_QUESTION)
                continue
            with problems.checking():
                if kinds[key] == QuestionKind.RATING.value:
                    values[key] = (check_rating(text, field=field), "")
                else:
                    values[key] = (None, check_text_answer(text, field=field))
        problems.raise_if_any()
        earlier = session.scalars(
            select(SurveyAnswer).where(
                SurveyAnswer.customer_id == customer_id,
                SurveyAnswer.question_id.in_(values),
                SurveyAnswer.voided_at.is_(None),
            )
        )
        for row in earlier:
            row.voided_at = now
        session.add_all(
            SurveyAnswer(
                question_id=key,
                customer_id=customer_id,
                rating=rating,
                text=text,
                recorded_at=now,
                recorded_by_id=staff_id,
            )
            for key, (rating, text) in values.items()
        )
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="survey.answer",
            entity="customer",
            entity_id=customer_id,
            after={
                "survey_id": survey_id,
                "answers": {str(k): v[0] if v[0] is not None else v[1] for k, v in values.items()},
            },
        )
        return len(values)


def surveys(db: Database) -> tuple[SurveyView, ...]:
    """Every survey round, newest first, with each question's results: the counts and sums of every question and
    the respondents of every round each in one grouped read; the latest written answers per question in words."""
    with db.reading() as session:
        rounds = list(session.scalars(select(Survey).order_by(Survey.created_at.desc(), Survey.id.desc())))
        questions: dict[int, list[SurveyQuestion]] = {}
        for question in session.scalars(select(SurveyQuestion).order_by(SurveyQuestion.position)):
            questions.setdefault(question.survey_id, []).append(question)
        live = SurveyAnswer.voided_at.is_(None)
        tallies = {
            key: (count, int(total))
            for key, count, total in session.execute(
                select(
                    SurveyAnswer.question_id,
                    func.count(SurveyAnswer.id),
                    func.coalesce(func.sum(SurveyAnswer.rating), 0),
                )
                .where(live)
                .group_by(SurveyAnswer.question_id)
            ).tuples()
        }
        respondents = dict(
            session.execute(
                select(SurveyQuestion.survey_id, func.count(func.distinct(SurveyAnswer.customer_id)))
                .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
                .where(live)
                .group_by(SurveyQuestion.survey_id)
            )
            .tuples()
            .all()
        )
        views = []
        for survey in rounds:
            shown = []
            for question in questions.get(survey.id, []):
                count, total = tallies.get(question.id, (0, 0))
                if question.kind == QuestionKind.RATING.value:
                    shown.append(
                        SurveyQuestionView(question.id, question.text, QuestionKind.RATING, Average(count, total), ())
                    )
                else:
                    latest = (
                        select(SurveyAnswer.text)
                        .where(SurveyAnswer.question_id == question.id, live)
                        .order_by(SurveyAnswer.recorded_at.desc())
                        .limit(SHOWN_TEXTS)
                    )
                    texts = tuple(session.scalars(latest))
                    shown.append(
                        SurveyQuestionView(question.id, question.text, QuestionKind.TEXT, Average(count, 0), texts)
                    )
            views.append(
                SurveyView(
                    survey.id,
                    survey.title,
                    to_shop_time(survey.created_at).date(),
                    survey.closed_at is not None,
                    tuple(shown),
                    respondents.get(survey.id, 0),
                )
            )
        return tuple(views)


def customer_survey_answers(db: Database, customer_id: int, survey_id: int) -> dict[int, str]:
    """The customer's live answers to a survey, by question id, as they would be typed again."""
    with db.reading() as session:
        rows = session.execute(
            select(SurveyAnswer.question_id, SurveyAnswer.rating, SurveyAnswer.text)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .where(
                SurveyQuestion.survey_id == survey_id,
                SurveyAnswer.customer_id == customer_id,
                SurveyAnswer.voided_at.is_(None),
            )
        ).tuples()
        return {key: str(rating) if rating is not None else text for key, rating, text in rows}
