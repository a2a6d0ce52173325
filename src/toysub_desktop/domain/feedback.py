"""Feedback (만족도): a customer's 1–5 rating, with a comment, of a delivery, a return or a toy — told at the counter or
written on a printed card — and the satisfaction survey rounds the owner writes, answered per customer.

A rating is kept as given; a mistaken one is voided with a reason, never edited or deleted. Averages count live
ratings only and are shown with their count, so "4.5 from 2" is not read as "4.5 from 200".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line, clean_lines

RATING_MIN = 1
RATING_MAX = 5
#: What the customer added to the rating: a few sentences.
FEEDBACK_COMMENT_MAX = 500
#: A survey round's title and one question.
SURVEY_TITLE_MAX = 100
QUESTION_MAX = 200
#: A round asks at most this many questions (a card the customer fills in at the counter).
QUESTIONS_MAX = 10
#: The questions as typed, one a line.
QUESTIONS_TEXT_MAX = QUESTIONS_MAX * (QUESTION_MAX + 1)
#: A written answer to a survey question.
ANSWER_MAX = 500

_BAD_RATING = QT_TRANSLATE_NOOP("Validation", "Type a rating from 1 to 5.")
_NO_SUBJECT = QT_TRANSLATE_NOOP("Validation", "Choose the delivery, return or toy the rating is about.")
_NO_TITLE = QT_TRANSLATE_NOOP("Validation", "Give the survey a title.")
_NO_QUESTIONS = QT_TRANSLATE_NOOP("Validation", "Write at least one question, one a line.")
_TOO_MANY_QUESTIONS = QT_TRANSLATE_NOOP("Validation", "A survey asks at most {count} questions.")
_LONG_QUESTION = QT_TRANSLATE_NOOP("Validation", "Question {number} is longer than {limit} characters.")
_NO_ANSWER = QT_TRANSLATE_NOOP("Validation", "Answer at least one question.")


class FeedbackSubject(StrEnum):
    """What a rating is about."""

    DELIVERY = "delivery"
    #: A loan, rated when it comes back (the rating counts for its toy too).
    RETURN = "return"
    TOY = "toy"


class FeedbackSource(StrEnum):
    """How the rating reached the shop."""

    COUNTER = "counter"  # told at the counter or on the phone
    CARD = "card"  # written on a printed feedback card


class QuestionKind(StrEnum):
    RATING = "rating"  # answered 1–5
    TEXT = "text"  # answered in words


def check_rating(text: str | int, *, field: str = "rating") -> int:
    """A rating typed at the counter ("4", "４", " 4 ") or read from a card: a whole number from 1 to 5."""
    value = text if isinstance(text, int) else _whole_number(text)
    if value is None or not RATING_MIN <= value <= RATING_MAX:
        raise ValidationError.of(field, _BAD_RATING)
    return value


def _whole_number(text: str) -> int | None:
    cleaned = text.strip()
    if not cleaned or len(cleaned) > 3 or not cleaned.isdecimal():
        return None
    return int(cleaned)


def check_comment(text: str, *, field: str = "comment") -> str:
    return clean_lines(text, field=field, limit=FEEDBACK_COMMENT_MAX)


def check_subject_chosen(subject: object | None, *, field: str = "subject") -> None:
    if subject is None:
        raise ValidationError.of(field, _NO_SUBJECT)


@dataclass(frozen=True)
class Question:
    text: str
    kind: QuestionKind


def parse_questions(text: str, *, field: str = "questions") -> list[Question]:
    """The owner's questions, one a line. A line ending in "?" or "(1-5)"/"(1~5)" is rated 1–5 — so is any line
    without a mark; a line starting with "서술:" or "text:" is answered in words."""
    questions: list[Question] = []
    cleaned = clean_lines(text, field=field, limit=QUESTIONS_TEXT_MAX)
    lines = [line.strip() for line in cleaned.split("\n") if line.strip()]
    for number, line in enumerate(lines, start=1):
        kind = QuestionKind.RATING
        for marker in ("서술:", "text:"):
            if line.lower().startswith(marker):
                kind, line = QuestionKind.TEXT, line[len(marker) :].strip()
        if not line:
            continue
        if len(line) > QUESTION_MAX:
            raise ValidationError.of(field, _LONG_QUESTION, number=str(number), limit=str(QUESTION_MAX))
        questions.append(Question(line, kind))
    if not questions:
        raise ValidationError.of(field, _NO_QUESTIONS)
    if len(questions) > QUESTIONS_MAX:
        raise ValidationError.of(field, _TOO_MANY_QUESTIONS, count=str(QUESTIONS_MAX))
    return questions


def check_survey_title(text: str, *, field: str = "title") -> str:
    return clean_line(text, field=field, limit=SURVEY_TITLE_MAX, required=True, required_message=_NO_TITLE)


def check_answers_given(answers: Iterable[object]) -> None:
    if not any(True for _ in answers):
        raise ValidationError.of("answers", _NO_ANSWER)


def check_text_answer(text: str, *, field: str) -> str:
    return clean_lines(text, field=field, limit=ANSWER_MAX)


@dataclass(frozen=True)
class Average:
    """Live ratings of one thing (a plan, a toy, a month): how many, and their mean to one decimal."""

    count: int
    total: int

    @property
    def mean(self) -> Fraction | None:
        return Fraction(self.total, self.count) if self.count else None

    @property
    def shown(self) -> str:
        """ "4.3" (rounded half up to one decimal), "–" with no rating."""
        if not self.count:
            return "–"
        tenths = (Fraction(self.total * 10, self.count) + Fraction(1, 2)).__floor__()
        return f"{tenths // 10}.{tenths % 10}"


def average(ratings: Sequence[int]) -> Average:
    return Average(len(ratings), sum(ratings))
