"""Churn risk (이탈 위험, ``domain.churn``): the owner's weights, the daily "연락해 볼 고객" list (riskiest first, each
with the reason to call about) and the backtest that checks the score against the shop's own cancellations.

**How the list stays fast.** Scoring reads every running subscriber's facts: one grouped, set-based query per
reason (pauses, skipped boxes, late returns, overdue charges, open complaints, low ratings, the last contact, terms
ending) over the whole shop, then ``domain.churn.churn_reasons`` per subscriber in Python. That is a few seconds at
100,000 customers — far too slow for a list that should open at once, and pointless to repeat for every page. So the
scores are **materialised** in ``churn_score`` (one row per subscriber: the score, the heaviest reason and every
reason with its fact) for the shop's day, with an index on (day, score, customer): a page is one walk of that index
by a keyset, whatever the size of the shop. The scores are worked out again when the list is opened on a new day
(``scores_for``), when the clerk asks for it, and after the owner changes the weights (which clears them in the same
transaction).

**As of a day.** Every fact is read as the shop knew it at the end of day D: entries recorded after D are left out,
and a void, a resolution or a payment made after D has not happened yet. Scoring today and scoring a past day for
the backtest are the same code; only two facts take a shortcut today (the overdue amounts from the unpaid debits'
open amounts, and the term ends as stored), where nothing after today exists to leave out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date, and_, bindparam, delete, func, insert, or_, select
from sqlalchemy.exc import IntegrityError

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    ChurnScore,
    ContactLogEntry,
    Customer,
    PhoneVersion,
    Shop,
    Subscription,
)
from toysub_desktop.domain.churn import (
    BACKTEST_DAYS,
    Catch,
    ChurnReason,
    ChurnRules,
    Reason,
    caught_in_top,
    check_churn_rules,
    churn_score,
    top_count,
)
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.dates import DateWindow, shop_today, to_shop_time, utc_now
from toysub_desktop.domain.phone import Phone, phone_from_e164
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import columns_of, unit_of_work
from toysub_desktop.services.queries.churn import (
    chunks,
    churn_rules_in,
    end_of_shop_day,
    running_on,
    scores_on,
    term_ends_as_of,
)
from toysub_desktop.services.queries.contact_versions import in_effect_column, phone_versions, phones_in_effect
from toysub_desktop.services.queries.segments import saved_segment_condition
from toysub_desktop.services.queries.shop_settings import audit_settings_change, shop_for_owner

PAGE_SIZE = 100
_SETTINGS_COLUMNS = ("churn_rules",)

_BACKTEST_TOO_EARLY = QT_TRANSLATE_NOOP("Validation", "Choose a day at most ten years back.")
_BACKTEST_TOO_LATE = QT_TRANSLATE_NOOP(
    "Validation", "Choose a day at least a day back: the cancellations after it are what the score is checked on."
)
#: The day a backtest scores: in the past (the 90 days after it may still be running), at most ten years back.
BACKTEST_DAY = DateWindow(too_early=_BACKTEST_TOO_EARLY, too_late=_BACKTEST_TOO_LATE, days_back=3660, days_ahead=-1)


# --- settings ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChurnSettings:
    rules: ChurnRules
    version: int


def churn_settings(db: Database) -> ChurnSettings:
    with db.reading() as session:
        stored, version = session.execute(select(Shop.churn_rules, Shop.version).limit(1)).one()
        return ChurnSettings(ChurnRules.from_json(stored), version)


def update_churn_rules(
    db: Database,
    *,
    by_staff_id: int,
    values: Mapping[str, int],
    expected_version: int,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> ChurnRules:
    """The owner's weights and windows (every name of ``domain.churn.RULE_FIELDS``); audited. The scores worked out
    under the old weights are cleared in the same transaction, so the list scores again when next opened."""
    now = now or utc_now()
    rules = check_churn_rules(values)
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.CHURN_WEIGHTS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        shop = shop_for_owner(session, by_staff_id, expected_version)
        before = columns_of(shop, *_SETTINGS_COLUMNS)
        if before["churn_rules"] is None:
            before = {"churn_rules": ChurnRules().to_json()}
        shop.churn_rules = rules.to_json()
        audit_settings_change(session, shop, by_staff_id, now, before, _SETTINGS_COLUMNS, approved_by=approved_by)
        session.execute(delete(ChurnScore))
    return rules


def subscriber_reasons(
    db: Database, customer_id: int, *, day: date | None = None, now: datetime | None = None
) -> tuple[Reason, ...] | None:
    """One subscriber's reasons on *day* (today by default) as known by its end; None when they have no contract
    running then."""
    today = shop_today(now or utc_now())
    day = day or today
    with db.reading() as session:
        return scores_on(session, day, churn_rules_in(session), today=day == today).get(customer_id)


# --- the daily list ---------------------------------------------------------------------------------------------


def _stored(reasons: tuple[Reason, ...]) -> list[Any]:
    return [[r.reason.value, r.weight, dict(r.arguments)] for r in reasons]


def _loaded(stored: Sequence[Any]) -> tuple[Reason, ...]:
    return tuple(Reason(ChurnReason(name), int(weight), dict(arguments)) for name, weight, arguments in stored)


def refresh_scores(db: Database, *, now: datetime | None = None) -> int:
    """Score every running subscriber as of today and keep the scores (those of an earlier day are replaced);
    returns how many were scored. Two counters refreshing at once: the second keeps the first one's scores."""
    now = now or utc_now()
    today = shop_today(now)
    with db.reading() as session:
        scored = scores_on(session, today, churn_rules_in(session), today=True)
    rows = [
        {
            "customer_id": cid,
            "scored_on": today,
            "score": churn_score(reasons),
            "top_reason": reasons[0].reason.value if reasons else "",
            "reasons": _stored(reasons),
        }
        for cid, reasons in scored.items()
    ]
    try:
        with unit_of_work(db) as session:
            session.execute(delete(ChurnScore))
            for start in range(0, len(rows), 5000):
                session.execute(insert(ChurnScore), rows[start : start + 5000])
    except IntegrityError:
        pass  # another counter stored today's scores meanwhile
    return len(rows)


def scores_for(db: Database, *, now: datetime | None = None) -> bool:
    """Make sure the scores are today's (worked out when the day changed or the weights did); True when they had
    to be worked out now."""
    now = now or utc_now()
    today = shop_today(now)
    with db.reading() as session:
        fresh = session.execute(select(ChurnScore.customer_id).where(ChurnScore.scored_on == today).limit(1)).first()
        stale = session.execute(select(ChurnScore.customer_id).where(ChurnScore.scored_on != today).limit(1)).first()
    if fresh is not None and stale is None:
        return False
    refresh_scores(db, now=now)
    return True


@dataclass(frozen=True)
class RiskRow:
    """One subscriber on "연락해 볼 고객"."""

    customer_id: int
    customer_number: str
    name: str
    phone: Phone | None
    score: int
    #: Heaviest first: the first is the suggested reason to call.
    reasons: tuple[Reason, ...]
    #: The last contact logged (a call made from the list shows here at once; the score stays the morning's).
    last_contact_on: date | None = None

    @property
    def top_reason(self) -> Reason | None:
        return self.reasons[0] if self.reasons else None


@dataclass(frozen=True)
class RiskPage:
    rows: tuple[RiskRow, ...]
    has_more: bool


#: A page of the list, riskiest first, with each row's primary number in effect on the day and last contact logged
#: by its end (parameters "risk_day" and "risk_day_end"); built once, as the statement is the same every time.
_DAY = bindparam("risk_day", type_=Date)
_RISK_PAGE = (
    select(
        ChurnScore.customer_id,
        ChurnScore.score,
        ChurnScore.reasons,
        Customer.number,
        Customer.name,
        in_effect_column(PhoneVersion, PhoneVersion.e164, _DAY, PhoneVersion.role == PhoneRole.PRIMARY.value),
        select(func.max(ContactLogEntry.recorded_at))
        .where(ContactLogEntry.customer_id == Customer.id, ContactLogEntry.recorded_at < bindparam("risk_day_end"))
        .correlate(Customer)
        .scalar_subquery(),
    )
    .join(Customer, Customer.id == ChurnScore.customer_id)
    .where(ChurnScore.scored_on == _DAY, ChurnScore.score > 0)
    .order_by(ChurnScore.score.desc(), ChurnScore.customer_id)
)


def list_at_risk(
    db: Database,
    *,
    after: RiskRow | None = None,
    limit: int = PAGE_SIZE,
    today: date | None = None,
    segment_id: int | None = None,
) -> RiskPage:
    """One page of today's scored subscribers with a reason present, riskiest first (then by customer), the first
    or the one after the row *after* (a keyset over the score index); only the customers of the saved segment
    *segment_id* when one is given. Call ``scores_for`` first on opening.

    One statement: the walk of the score index, and per row the primary number in effect today and the last contact
    logged (each one index probe); only a subscriber whose primary number is not in effect has their other numbers
    read (``phones_in_effect``: the first role with a number)."""
    today = today or shop_today()
    with db.reading() as session:
        query = _RISK_PAGE.limit(limit + 1)
        if segment_id is not None:
            query = query.where(saved_segment_condition(session, segment_id, today, walking=True))
        if after is not None:
            query = query.where(
                or_(
                    ChurnScore.score < after.score,
                    and_(ChurnScore.score == after.score, ChurnScore.customer_id > after.customer_id),
                )
            )
        found = session.execute(query, {"risk_day": today, "risk_day_end": end_of_shop_day(today)}).tuples().all()
        page = found[:limit]
        others = phone_versions(session, [cid for cid, *_, number, _ in page if number is None])
        rows = []
        for cid, score, reasons, customer_number, name, number, contacted in page:
            if number is not None:
                phone: Phone | None = phone_from_e164(number)
            else:
                in_effect = [phone_from_e164(v.e164) for v in phones_in_effect(others.get(cid, []), today) if v.e164]
                phone = in_effect[0] if in_effect else None
            last_on = to_shop_time(contacted).date() if contacted is not None else None
            rows.append(RiskRow(cid, customer_number or "", name, phone, score, _loaded(reasons), last_on))
        return RiskPage(tuple(rows), len(found) > limit)


# --- the backtest -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Backtest:
    """The score checked on the shop's own history: the subscribers running on ``day`` ranked by their score then,
    and the cancellations of the ``BACKTEST_DAYS`` after it."""

    day: date
    #: The last day of the period looked at; the period may still be running (``complete`` false).
    until: date
    complete: bool
    subscribers: int
    #: How many make the top tenth.
    top: int
    by_score: Catch
    #: The naive rule: the terms ending soonest first.
    by_term_end: Catch


def backtest(db: Database, *, day: date, now: datetime | None = None) -> Backtest:
    """Score every subscriber running on *day* as the shop knew them then, and count how many of those who cancelled
    a running contract in the 90 days after it the top tenth by score held, beside the top tenth by soonest term
    end. Ties keep the customers in the order they joined (their ids)."""
    now = now or utc_now()
    today = shop_today(now)
    day = BACKTEST_DAY(day, today=today, field="day")
    until = day + timedelta(days=BACKTEST_DAYS)
    with db.reading() as session:
        rules = churn_rules_in(session)
        scored = scores_on(session, day, rules)
        running = running_on(session, day)
        # The naive rule reads each subscriber's soonest term end as known on the day, like the score.
        ends = term_ends_as_of(session, running, day, day + timedelta(days=3660), today=False)
        for contract in running:
            ends.setdefault(contract.customer_id, contract.ends_on)  # renewed by then: the end as stored
        cancelled: set[int] = set()
        ids = [c.subscription_id for c in running]
        for chunk in chunks(ids):
            cancelled.update(
                session.scalars(
                    select(Subscription.customer_id).where(
                        Subscription.id.in_(chunk), Subscription.cancelled_on > day, Subscription.cancelled_on <= until
                    )
                )
            )
        cancelled &= set(scored)
    by_score = sorted(scored, key=lambda cid: (-churn_score(scored[cid]), cid))
    by_end = sorted(scored, key=lambda cid: (ends[cid], cid))
    return Backtest(
        day=day,
        until=until,
        complete=until < today,
        subscribers=len(scored),
        top=top_count(len(scored)),
        by_score=caught_in_top(by_score, cancelled),
        by_term_end=caught_in_top(by_end, cancelled),
    )
