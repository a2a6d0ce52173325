"""Churn risk's facts inside a session (``services.churn``): every subscriber running on a day and what the shop knew
of them by its end, read with one grouped query per reason over the whole shop."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.models import (
    ContactLogEntry,
    Customer,
    Feedback,
    LedgerAllocation,
    LedgerEntry,
    Loan,
    Shop,
    Subscription,
    SubscriptionEvent,
)
from toysub_desktop.domain.churn import LOW_RATING, ChurnFacts, ChurnRules, Reason, churn_reasons, fact_windows
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.dates import SHOP_TIMEZONE, to_shop_time
from toysub_desktop.domain.overdue import overdue_before
from toysub_desktop.domain.subscription_history import EventKind, SubscriptionHistory
from toysub_desktop.services.queries.overdue import CHARGE_KIND_VALUES, overdue_rules, unpaid_charge_before
from toysub_desktop.services.queries.subscription_history import lifecycle_event, signed_contract

#: Ids read per statement when facts are read for a list of subscriptions.
CHUNK = 2000


def churn_rules_in(session: Session) -> ChurnRules:
    return ChurnRules.from_json(session.execute(select(Shop.churn_rules).limit(1)).scalar_one_or_none())


def end_of_shop_day(day: date) -> datetime:
    """The first moment after *day* in the shop's calendar: facts recorded before it were known by the end of D."""
    return datetime.combine(day + timedelta(days=1), time(0), SHOP_TIMEZONE)


def start_of_shop_day(day: date) -> datetime:
    return datetime.combine(day, time(0), SHOP_TIMEZONE)


def _live_by(voided_at: Any, end: datetime) -> Any:
    """SQL: not voided by *end* (a void recorded later had not happened yet)."""
    return or_(voided_at.is_(None), voided_at >= end)


def chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


@dataclass(frozen=True)
class RunningContract:
    subscription_id: int
    customer_id: int
    ends_on: date


def running_on(session: Session, day: date) -> list[RunningContract]:
    """The contracts running on *day*: signed by then, started, not ended and not cancelled by then."""
    end = end_of_shop_day(day)
    query = select(Subscription.id, Subscription.customer_id, Subscription.ends_on).where(
        Subscription.signed_at < end,
        Subscription.start_on <= day,
        Subscription.ends_on >= day,
        or_(Subscription.cancelled_on.is_(None), Subscription.cancelled_on > day),
    )
    return [RunningContract(sid, cid, ends) for sid, cid, ends in session.execute(query).tuples()]


def term_ends_as_of(
    session: Session, running: Sequence[RunningContract], day: date, last: date, *, today: bool
) -> dict[int, date]:
    """Per customer, the soonest term end from *day* to *last* of a running contract not renewed by the end of *day*.

    Today the stored end is the end as known; on a past day the end is worked out by the contract's lifecycle rule
    (``domain.subscription_history``) from the transitions recorded by then (a pause recorded later moved the stored
    end)."""
    end = end_of_shop_day(day)
    renewing = aliased(Subscription)
    renewed: set[int] = set()
    ends: dict[int, date] = {}
    if today:
        candidates = [c for c in running if c.ends_on <= last]
    else:
        # A later pause only moves the end later; a later resume moves it back by at most a year's pause.
        candidates = [c for c in running if c.ends_on <= last + timedelta(days=366)]
    ids = [c.subscription_id for c in candidates]
    for chunk in chunks(ids):
        renewed.update(
            session.scalars(select(renewing.renews_id).where(renewing.renews_id.in_(chunk), renewing.signed_at < end))
        )
    as_of: dict[int, date] = {}
    if today:
        as_of = {c.subscription_id: c.ends_on for c in candidates}
    else:
        for chunk in chunks(ids):
            rows = {s.id: s for s in session.scalars(select(Subscription).where(Subscription.id.in_(chunk)))}
            events: dict[int, list[SubscriptionEvent]] = defaultdict(list)
            for row in session.scalars(
                select(SubscriptionEvent)
                .where(SubscriptionEvent.subscription_id.in_(chunk), SubscriptionEvent.recorded_at < end)
                .order_by(SubscriptionEvent.effective_on, SubscriptionEvent.id)
            ):
                events[row.subscription_id].append(row)
            for sid, signed_row in rows.items():
                known = tuple(
                    replace(lifecycle_event(row), voided=row.voided_at is not None and row.voided_at < end)
                    for row in events.get(sid, [])
                )
                signed = replace(signed_contract(signed_row), cancelled_on=None, renewed=False)
                as_of[sid] = SubscriptionHistory(signed, known).timeline.end
            session.expunge_all()
    for contract in candidates:
        if contract.subscription_id in renewed:
            continue
        ends_on = as_of[contract.subscription_id]
        if day <= ends_on <= last:
            current = ends.get(contract.customer_id)
            ends[contract.customer_id] = ends_on if current is None else min(current, ends_on)
    return ends


def facts_on(session: Session, day: date, rules: ChurnRules, *, today: bool = False) -> dict[int, ChurnFacts]:
    """Every subscriber running on *day* (a customer with a running contract) and their facts as known by its end.
    *today*: *day* is the shop's today, nothing recorded after it exists (two facts read a shortcut)."""
    running = running_on(session, day)
    customers = sorted({c.customer_id for c in running})
    if not customers:
        return {}
    end = end_of_shop_day(day)
    windows = fact_windows(day, rules)
    facts: dict[int, dict[str, Any]] = {cid: {} for cid in customers}

    def put(cid: int | None, **values: Any) -> None:
        if cid is not None and cid in facts:
            facts[cid].update(values)

    for cid, ends_on in term_ends_as_of(session, running, day, windows.term_last, today=today).items():
        put(cid, term_ends_on=ends_on)
    talk = select(ContactLogEntry.customer_id).where(
        ContactLogEntry.kind == ContactKind.RENEWAL.value,
        ContactLogEntry.recorded_at >= start_of_shop_day(windows.talk_first),
        ContactLogEntry.recorded_at < end,
        ContactLogEntry.customer_id.is_not(None),
    )
    for talked in session.scalars(talk.distinct()):
        put(talked, renewal_talk=True)

    def events(kind: EventKind) -> Iterable[tuple[int, int, date]]:
        query = (
            select(Subscription.customer_id, func.count(), func.max(SubscriptionEvent.effective_on))
            .join(Subscription, Subscription.id == SubscriptionEvent.subscription_id)
            .where(
                SubscriptionEvent.kind == kind.value,
                SubscriptionEvent.effective_on >= windows.recent_first,
                SubscriptionEvent.effective_on <= day,
                SubscriptionEvent.recorded_at < end,
                _live_by(SubscriptionEvent.voided_at, end),
            )
            .group_by(Subscription.customer_id)
        )
        return session.execute(query).tuples()

    for cid, count, last in events(EventKind.PAUSE):
        put(cid, pauses=count, last_pause_on=last)
    for cid, count, last in events(EventKind.SKIP):
        put(cid, skips=count, last_skip_on=last)
    late = (
        select(Loan.customer_id, func.count(), func.max(Loan.due_on))
        .where(
            Loan.due_on >= windows.recent_first,
            Loan.due_on < day,
            Loan.lent_at < end,
            or_(Loan.returned_on.is_(None), Loan.returned_on > Loan.due_on),
        )
        .group_by(Loan.customer_id)
    )
    for cid, count, last in session.execute(late).tuples():
        put(cid, late_returns=count, last_late_due_on=last)
    for cid, amount, since in _overdue_on(session, day, today=today):
        put(cid, overdue_amount=int(amount), overdue_since=since)
    complaints = (
        select(ContactLogEntry.customer_id, func.count(), func.min(ContactLogEntry.recorded_at))
        .where(
            ContactLogEntry.kind == ContactKind.COMPLAINT.value,
            ContactLogEntry.customer_id.is_not(None),
            ContactLogEntry.recorded_at < end,
            or_(ContactLogEntry.resolved_at.is_(None), ContactLogEntry.resolved_at >= end),
        )
        .group_by(ContactLogEntry.customer_id)
    )
    for complained, count, oldest in session.execute(complaints).tuples():
        put(complained, open_complaints=count, oldest_complaint_on=to_shop_time(oldest).date())
    low = (
        select(Feedback.customer_id, Feedback.rating, Feedback.recorded_at)
        .where(
            Feedback.rating <= LOW_RATING,
            Feedback.recorded_at >= start_of_shop_day(windows.rating_first),
            Feedback.recorded_at < end,
            _live_by(Feedback.voided_at, end),
        )
        .order_by(Feedback.customer_id, Feedback.recorded_at, Feedback.id)
    )
    for cid, rating, at in session.execute(low).tuples():
        if cid in facts:
            count = facts[cid].get("low_ratings", 0) + 1
            put(cid, low_ratings=count, last_low_rating=rating, last_low_rating_on=to_shop_time(at).date())
    contact = (
        select(ContactLogEntry.customer_id, func.max(ContactLogEntry.recorded_at))
        .where(ContactLogEntry.customer_id.is_not(None), ContactLogEntry.recorded_at < end)
        .group_by(ContactLogEntry.customer_id)
    )
    for contacted, last_at in session.execute(contact).tuples():
        put(contacted, last_contact_on=to_shop_time(last_at).date())
    for chunk in chunks(customers):
        for cid, registered_on in session.execute(
            select(Customer.id, Customer.registered_on).where(Customer.id.in_(chunk))
        ).tuples():
            put(cid, customer_since=registered_on)
    return {cid: ChurnFacts(**values) for cid, values in facts.items()}


def _overdue_on(session: Session, day: date, *, today: bool) -> Iterable[tuple[int, int, date]]:
    """Per customer overdue on *day* (``domain.overdue``: unpaid more than the grace days after the due date): what
    of those charges was unpaid by the end of *day*, and the oldest due date."""
    cutoff = overdue_before(day, overdue_rules(session).grace_days)
    if today:
        query = (
            select(LedgerEntry.customer_id, func.sum(LedgerEntry.open_amount), func.min(LedgerEntry.entry_on))
            .where(unpaid_charge_before(cutoff))
            .group_by(LedgerEntry.customer_id)
        )
        return session.execute(query).tuples().all()
    end = end_of_shop_day(day)
    credit = aliased(LedgerEntry, name="credit")
    paid = (
        select(func.coalesce(func.sum(LedgerAllocation.amount), 0))
        .join(credit, credit.id == LedgerAllocation.credit_id)
        .where(
            LedgerAllocation.debit_id == LedgerEntry.id,
            LedgerAllocation.recorded_at < end,
            credit.recorded_at < end,
            _live_by(credit.voided_at, end),
        )
        .scalar_subquery()
    )
    unpaid = (LedgerEntry.amount - paid).label("unpaid")
    per_charge = (
        select(LedgerEntry.customer_id.label("customer_id"), LedgerEntry.entry_on.label("due_on"), unpaid)
        .where(
            LedgerEntry.kind.in_(CHARGE_KIND_VALUES),
            LedgerEntry.entry_on < cutoff,
            LedgerEntry.recorded_at < end,
            _live_by(LedgerEntry.voided_at, end),
        )
        .subquery("per_charge")
    )
    query = (
        select(per_charge.c.customer_id, func.sum(per_charge.c.unpaid), func.min(per_charge.c.due_on))
        .where(per_charge.c.unpaid > 0)
        .group_by(per_charge.c.customer_id)
    )
    return session.execute(query).tuples().all()


def scores_on(session: Session, day: date, rules: ChurnRules, *, today: bool = False) -> dict[int, tuple[Reason, ...]]:
    """Every subscriber running on *day* and the reasons present (none: no risk seen)."""
    return {cid: churn_reasons(facts, rules, day) for cid, facts in facts_on(session, day, rules, today=today).items()}
