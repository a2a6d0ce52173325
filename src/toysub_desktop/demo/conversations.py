"""The conversation around the contracts: the contact log (calls, visits, requests, praise; complaints, most resolved
the next day and two still open; follow-ups due today and overdue), ratings of deliveries and returns, walk-in
inquiries and trials (some joined, some decided not to, some still to call), and a satisfaction survey answered by
a few dozen families — all through the services, each with its own moment in the past."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from toysub_desktop.db.engine import Database
from toysub_desktop.demo.story import moment
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.feedback import FeedbackSource, FeedbackSubject
from toysub_desktop.domain.prospects import ProspectKind, ProspectSource
from toysub_desktop.domain.subscriptions import SubscriptionState
from toysub_desktop.services.contact_log import log_contact, resolve_complaint
from toysub_desktop.services.customers import customer_card
from toysub_desktop.services.feedback import (
    close_survey,
    create_survey,
    feedback_topics,
    latest_ratings,
    record_feedback,
    record_survey_answers,
    surveys,
    void_feedback,
)
from toysub_desktop.services.prospects import close_prospect_lost, convert_prospect, link_prospect, record_prospect
from toysub_desktop.services.subscriptions import SubscriptionFilter, list_subscriptions

#: A moment of a day in the past (its minute after midnight), never after the story's last moment.
Clock = Callable[[date, int], datetime]
#: How far back the contact log and the inquiries reach.
CONVERSATION_DAYS = 120

_NOTES = {
    ContactKind.CALL: (
        "다음 달 배송일을 20일 이후로 옮길 수 있는지 문의",
        "아이가 블록을 좋아해서 비슷한 장난감 추천 요청",
        "자동이체 계좌 변경 방법 문의, 신청서 안내함",
        "일시정지 가능 기간 문의 (해외 여행 예정)",
    ),
    ContactKind.VISIT: ("매장 방문, 다음 렌털 장난감 미리 보고 감", "둘째 아이 가입 상담, 요금제 비교표 드림"),
    ContactKind.MESSAGE: ("카카오톡으로 택배 도착 시간 문의", "문자로 주소 정정 요청, 이사 예정일 확인 필요"),
    ContactKind.REQUEST: ("다음 상자에는 소리 나는 장난감은 빼 달라고 요청", "교환 주기를 2주로 바꾸고 싶다고 함"),
    ContactKind.PRAISE: ("지난달 원목 기차 세트 아이가 너무 좋아했다고 감사 인사", "배송 기사님이 친절하다고 칭찬"),
}
_COMPLAINTS = (
    ("상자가 찌그러져 도착, 블록 2개 부족", "부족한 블록 택배로 발송, 다음 상자 10% 할인 안내"),
    ("렌털 장난감 건전지 칸 덮개가 없음", "덮개 있는 품목으로 바로 교환해 드림"),
    ("배송이 이틀 늦음", "택배사 지연 확인, 사과 문자 발송"),
    ("반납한 장난감 연체료가 잘못 청구된 것 같다고 함", "반납일 확인 후 연체료 취소 처리 안내"),
    ("세척 냄새가 강하다고 함", "세척제 바꿨음을 안내, 다음 대여품은 한 번 더 헹굼"),
)
_COMMENTS = {
    1: ("부품이 빠져 있었어요",),
    2: ("건반 하나가 잘 안 눌려요", "아이 나이에 비해 너무 쉬웠어요"),
    3: ("무난했어요", ""),
    4: ("아이가 잘 가지고 놀아요", ""),
    5: ("최고예요! 매일 가지고 놀아요", "포장이 깔끔했어요", ""),
}
_RATINGS = (1, 2, 3, 4, 5)
_RATING_WEIGHTS = (2, 6, 14, 36, 42)
_PROSPECTS = (
    ("정유나", "010-4821-7730", ProspectKind.INQUIRY, ProspectSource.REFERRAL, "정기배송, 18개월 아이"),
    ("한지훈", "010-5120-9981", ProspectKind.TRIAL, ProspectSource.WALK_IN, "렌털 체험, 원목 장난감 관심"),
    ("서민경", "", ProspectKind.INQUIRY, ProspectSource.BLOG, "무제한 회원 가격 문의"),
    ("윤채원", "010-3307-4412", ProspectKind.INQUIRY, ProspectSource.FLYER, "쌍둥이 할인 여부"),
    ("강도현", "010-9031-2275", ProspectKind.TRIAL, ProspectSource.SNS, "렌털 2주 체험"),
    ("오세린", "010-6642-0198", ProspectKind.INQUIRY, ProspectSource.WALK_IN, "선물용 1회 구매 가능한지"),
    ("임하준", "010-2287-5530", ProspectKind.INQUIRY, ProspectSource.REFERRAL, "둘째 출산 예정, 신생아 장난감"),
    ("백지아", "010-7719-3046", ProspectKind.INQUIRY, ProspectSource.BLOG, "정기배송 요금과 해지 조건"),
)
_LOST = ("가격이 부담된다고 함", "다른 지역으로 이사 예정", "온라인 구매로 결정")
_SURVEY = (
    "장난감 상태는 어떠셨나요?\n배송은 제때 왔나요?\n직원 응대는 어떠셨나요?\n서술: 바라는 점이 있으시면 적어 주세요"
)
_WISHES = ("블록 종류가 더 많았으면", "교환 주기를 고를 수 있으면 좋겠어요", "", "주말 배송도 되면 좋겠어요")


def conversations_story(
    db: Database, rng: random.Random, staff_ids: Sequence[int], today: date, latest: datetime
) -> None:
    """The shop's conversations with its subscribers, ending today."""
    rows = [
        row
        for state in (SubscriptionState.ACTIVE, SubscriptionState.PAUSED)
        for row in list_subscriptions(db, SubscriptionFilter(state=state), limit=400, today=today).rows
    ]
    seen: set[int] = set()
    customers: list[tuple[int, date]] = []
    for row in rows:
        if row.customer_id not in seen:
            seen.add(row.customer_id)
            customers.append((row.customer_id, row.start_on))
    rng.shuffle(customers)

    def when(day: date, minutes: int) -> datetime:
        return min(latest, moment(day, minutes))

    def since(start: date) -> date:
        """A day in the last ``CONVERSATION_DAYS`` on which the customer was already subscribed."""
        first = max(start, today - timedelta(days=CONVERSATION_DAYS))
        return first + timedelta(days=rng.randint(0, max(0, (today - first).days - 1)))

    # Contacts: one to three a family for a third of them.
    for customer_id, start in customers[: max(1, len(customers) // 3)]:
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice(list(_NOTES))
            day = since(start)
            log_contact(
                db, staff_id=rng.choice(staff_ids), customer_id=customer_id, kind=kind,
                note=rng.choice(_NOTES[kind]), now=when(day, rng.randint(10 * 60, 18 * 60)),
            )  # fmt: skip
    # Complaints: resolved the next day, but the last two, still open with a call to make today or tomorrow.
    for index, (customer_id, start) in enumerate(customers[: len(_COMPLAINTS)]):
        note, resolution = _COMPLAINTS[index]
        still_open = index >= len(_COMPLAINTS) - 2
        day = today - timedelta(days=rng.randint(1, 3)) if still_open else since(start)
        owner = staff_ids[index % len(staff_ids)]
        entry = log_contact(
            db, staff_id=rng.choice(staff_ids), customer_id=customer_id, kind=ContactKind.COMPLAINT, note=note,
            follow_up_on=today + timedelta(days=index % 2) if still_open else day + timedelta(days=1),
            follow_up_owner_id=owner, now=when(day, 14 * 60),
        )  # fmt: skip
        if not still_open:
            resolve_complaint(
                db, staff_id=owner, entry_id=entry, resolution=resolution,
                now=when(day + timedelta(days=1), 11 * 60),
            )  # fmt: skip
    # Calls promised: two due today, two overdue by a few days, two next week.
    for index, (customer_id, start) in enumerate(customers[len(_COMPLAINTS) : len(_COMPLAINTS) + 6]):
        logged = today - timedelta(days=(7, 7, 9, 6, 1, 2)[index])
        due = logged + timedelta(days=(7, 7, 5, 3, 8, 8)[index])
        log_contact(
            db, staff_id=staff_ids[0], customer_id=customer_id, kind=ContactKind.CALL,
            note="재계약 안내 전화, 다시 연락 드리기로 함", follow_up_on=due,
            follow_up_owner_id=staff_ids[index % len(staff_ids)], now=when(max(logged, start), 16 * 60),
        )  # fmt: skip
    _ratings(db, rng, staff_ids, customers, when)
    _prospects(db, rng, staff_ids, today, when)
    joined = []
    for customer_id, _start in customers:
        card = customer_card(db, customer_id, today=today)
        if today - timedelta(days=CONVERSATION_DAYS) <= card.registered_on < today - timedelta(days=1):
            joined.append((customer_id, card.name, card.registered_on))
    _converted(db, rng, staff_ids, joined[:4], when)
    _mistakes_and_returning(db, staff_ids, customers, {c for c, _n, _d in joined[:4]}, today, latest, when)
    _survey(db, rng, staff_ids, customers, today, when)


def _ratings(
    db: Database, rng: random.Random, staff_ids: Sequence[int], customers: Sequence[tuple[int, date]], when: Clock
) -> None:
    """Ratings of deliveries that arrived and of returned toys, mostly good, a few poor with what went wrong."""
    for customer_id, _start in customers[: max(1, len(customers) // 2)]:
        for topic in feedback_topics(db, customer_id):
            if topic.subject is FeedbackSubject.TOY or rng.random() < 0.4:
                continue
            rating = rng.choices(_RATINGS, _RATING_WEIGHTS)[0]
            record_feedback(
                db, staff_id=rng.choice(staff_ids), customer_id=customer_id, about=(topic.subject, topic.id),
                rating=rating, comment=rng.choice(_COMMENTS[rating]),
                source=FeedbackSource.CARD if rng.random() < 0.3 else FeedbackSource.COUNTER,
                now=when(topic.day + timedelta(days=rng.randint(1, 3)), 15 * 60),
            )  # fmt: skip


def _prospects(db: Database, rng: random.Random, staff_ids: Sequence[int], today: date, when: Clock) -> None:
    """Inquiries of the last two months: the latest still open with a call to make, some lost with why."""
    for index, (name, phone, kind, source, interest) in enumerate(_PROSPECTS):
        day = today - timedelta(days=rng.randint(2, 60))
        still_open = index % 3 != 2
        prospect = record_prospect(
            db, staff_id=rng.choice(staff_ids), name=name, phone=phone, kind=kind, source=source, interest=interest,
            note="요금제 비교표 드리고 다시 연락 드리기로 함" if still_open else "",
            follow_up_on=today + timedelta(days=rng.randint(0, 5)) if still_open else None,
            follow_up_owner_id=staff_ids[index % len(staff_ids)] if still_open else None,
            now=when(day, 13 * 60),
        )  # fmt: skip
        if not still_open:
            close_prospect_lost(
                db, staff_id=staff_ids[0], prospect_id=prospect, reason=_LOST[index % len(_LOST)],
                now=when(day + timedelta(days=1), 17 * 60),
            )  # fmt: skip


def _converted(
    db: Database, rng: random.Random, staff_ids: Sequence[int], joined: Sequence[tuple[int, str, date]], when: Clock
) -> None:
    """Families who asked first and joined: their inquiry, a week or so before they registered, linked to them."""
    sources = (ProspectSource.REFERRAL, ProspectSource.WALK_IN, ProspectSource.BLOG, ProspectSource.SNS)
    for index, (customer_id, name, registered_on) in enumerate(joined):
        asked = registered_on - timedelta(days=rng.randint(3, 12))
        prospect = record_prospect(
            db, staff_id=rng.choice(staff_ids), name=name, phone="", kind=ProspectKind.INQUIRY,
            source=sources[index % len(sources)], interest="가입 상담", now=when(asked, 12 * 60),
        )  # fmt: skip
        convert_prospect(
            db, staff_id=staff_ids[0], prospect_id=prospect, customer_id=customer_id,
            now=when(registered_on, 18 * 60),
        )  # fmt: skip


def _mistakes_and_returning(
    db: Database,
    staff_ids: Sequence[int],
    customers: Sequence[tuple[int, date]],
    converted: set[int],
    today: date,
    latest: datetime,
    when: Clock,
) -> None:
    """The latest rating was entered on the wrong card and voided minutes later; and a long-time subscriber asked
    about a second plan as if new, their inquiry then linked to them. (No draws from the generator: the rest of the
    story stays as it was.)"""
    newest = latest_ratings(db, limit=1).rows
    if newest:
        void_feedback(
            db, staff_id=staff_ids[0], feedback_id=newest[0].id, reason="다른 고객 카드에 잘못 입력",
            now=min(latest, newest[0].recorded_at + timedelta(minutes=10)),
        )  # fmt: skip
    returning = next((c for c, _start in reversed(customers) if c not in converted), None)
    if returning is None:
        return
    asked = today - timedelta(days=5)
    prospect = record_prospect(
        db, staff_id=staff_ids[-1], name=customer_card(db, returning, today=today).name, phone="",
        kind=ProspectKind.INQUIRY, source=ProspectSource.WALK_IN, interest="둘째 아이 요금제 추가",
        note="둘째 출산 예정, 지금 구독에 더할 요금제 문의", now=when(asked, 11 * 60),
    )  # fmt: skip
    link_prospect(db, staff_id=staff_ids[0], prospect_id=prospect, customer_id=returning, now=when(asked, 11 * 60 + 20))


def _survey(
    db: Database,
    rng: random.Random,
    staff_ids: Sequence[int],
    customers: Sequence[tuple[int, date]],
    today: date,
    when: Clock,
) -> None:
    """Last season's survey, closed, and this season's, open and answered by a few dozen families."""
    for title, opened, open_now in (
        ("상반기 만족도 조사", today - timedelta(days=200), False),
        ("하반기 만족도 조사", today - timedelta(days=40), True),
    ):
        survey = create_survey(db, staff_id=staff_ids[0], title=title, questions=_SURVEY, now=when(opened, 10 * 60))
        [view] = [v for v in surveys(db) if v.id == survey]
        answering = [c for c in customers if c[1] <= opened][:30]
        for customer_id, _start in answering:
            answers = {question.id: str(rng.choices(_RATINGS, _RATING_WEIGHTS)[0]) for question in view.questions[:-1]}
            answers[view.questions[-1].id] = rng.choice(_WISHES)
            record_survey_answers(
                db, staff_id=rng.choice(staff_ids), customer_id=customer_id, survey_id=survey, answers=answers,
                now=when(opened + timedelta(days=rng.randint(1, 30)), 16 * 60),
            )  # fmt: skip
        if not open_now:
            close_survey(db, staff_id=staff_ids[0], survey_id=survey, now=when(opened + timedelta(days=45), 9 * 60))


#: Of the contracts cancelled, this share was preceded by a complaint some weeks before.
_COMPLAINED_BEFORE_LEAVING = 0.7
_COMPLAINTS_BEFORE_LEAVING = (
    "장난감 구성이 아이 나이에 안 맞는다고 함",
    "같은 장난감이 두 번 왔다고 불만",
    "요금이 부담된다며 할인 가능한지 문의, 어렵다고 안내함",
    "배송이 자주 늦는다고 불만",
)
_RENEWAL_TALKS = ("재계약 안내 통화, 조건 설명함", "재계약 의사 확인, 12개월로 연장 고민 중")


def warning_signs_story(
    db: Database, rng: random.Random, staff_ids: Sequence[int], today: date, latest: datetime
) -> None:
    """The signs a shop sees before a family leaves, so the churn risk and its backtest have something to find:
    most cancellations were preceded by a complaint 30 to 120 days before (a third settled within days, the rest
    left open until the family left and closed with the cancellation); and half of the families whose term ends
    within two months had their renewal talk already."""

    def when(day: date, minutes: int) -> datetime:
        return min(latest, moment(day, minutes))

    cancelled = list_subscriptions(db, SubscriptionFilter(state=SubscriptionState.CANCELLED), limit=400, today=today)
    for row in cancelled.rows:
        if row.cancelled_on is None or rng.random() > _COMPLAINED_BEFORE_LEAVING:
            continue
        day = row.cancelled_on - timedelta(days=rng.randint(30, 120))
        if day <= row.start_on or day >= today:
            continue
        entry = log_contact(
            db, staff_id=rng.choice(staff_ids), customer_id=row.customer_id, kind=ContactKind.COMPLAINT,
            note=rng.choice(_COMPLAINTS_BEFORE_LEAVING), about=None, now=when(day, 15 * 60),
        )  # fmt: skip
        # A third settled within days; the rest stayed open until the family left, and were closed with it.
        settled = day + timedelta(days=rng.randint(2, 10)) if rng.random() < 0.33 else row.cancelled_on
        resolve_complaint(
            db, staff_id=rng.choice(staff_ids), entry_id=entry,
            resolution="사과드리고 다음 배송에 반영하기로 함" if settled < row.cancelled_on else "해지로 종결",
            now=when(min(settled, today), 11 * 60),
        )  # fmt: skip
    ending = list_subscriptions(db, SubscriptionFilter(ending_within_days=60), limit=400, today=today)
    for row in ending.rows[::2]:
        day = today - timedelta(days=rng.randint(1, 20))
        if day > row.start_on:
            log_contact(
                db, staff_id=rng.choice(staff_ids), customer_id=row.customer_id, kind=ContactKind.RENEWAL,
                note=rng.choice(_RENEWAL_TALKS), now=when(day, 13 * 60),
            )  # fmt: skip
