"""Signing up at the counter and every transition after: pause, resume, skip, plan change, cancel, renew.

Each call is one transaction with its audit record. What was signed stays on the subscription row; transitions
are appended as ``SubscriptionEvent`` rows with their effective dates, and the state on any day follows from both
(``domain.subscriptions``). ``ends_on`` and ``cancelled_on`` are kept in step for the indexed lists.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Row, Select, and_, exists, func, not_, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    Customer,
    DiscountCategory,
    Plan,
    Shop,
    Subscription,
    SubscriptionDiscount,
    SubscriptionEvent,
)
from toysub_desktop.domain.contacts import ConsentMethod
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.deliveries import box_delivery_day
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.fees import EarlyTerminationFee, EarlyTerminationRule, FeeMethod
from toysub_desktop.domain.plans import DiscountLine, PaymentMethod, PlanKind, Quote, QuoteLine, clean_evidence, quote
from toysub_desktop.domain.subscription_history import EventKind
from toysub_desktop.domain.subscriptions import (
    ContractTimeline,
    Pause,
    PauseEndRule,
    SubscriptionState,
    check_cancel,
    check_pause,
    check_skip,
    check_start,
    plan_change_date,
    renewal_start,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import LONG_NOTE_MAX, NOTE_MAX, clean_line, clean_lines
from toysub_desktop.services.common import (
    audit,
    get_or_raise,
    require_staff,
    touch,
    unit_of_work,
)
from toysub_desktop.services.queries.contact_versions import staff_names
from toysub_desktop.services.queries.deliveries import reschedule_subscription
from toysub_desktop.services.queries.ledger import bill_subscription
from toysub_desktop.services.queries.marketing_consent import record_marketing_answer
from toysub_desktop.services.queries.plan_details import plan_details
from toysub_desktop.services.queries.plan_prices import price_at_renewal_of, price_on
from toysub_desktop.services.queries.referrals import record_referral
from toysub_desktop.services.queries.segments import customer_in_saved_segment
from toysub_desktop.services.queries.subscription_history import event_rows, history_of

PAGE_SIZE = 100

T = TypeVar("T", bound=tuple[Any, ...])


@dataclass(frozen=True)
class NewSubscription:
    customer_id: int
    plan_id: int
    term_months: int
    start_on: date
    payment_method: PaymentMethod
    #: Day of the month for a toy box (1-31, the last day of shorter months); None: the start date's day.
    delivery_day: int | None = None
    #: Weekday of rental swaps (0 = Monday).
    swap_weekday: int | None = None
    #: Category discounts granted: (category id, the evidence seen).
    discounts: tuple[tuple[int, str], ...] = ()
    note: str = ""
    #: The customer's answer on marketing consent at signing, recorded with the contract when it changed.
    marketing: tuple[bool, ConsentMethod] | None = None
    #: The referral code (추천인 코드) of the customer who brought this one, typed or scanned; only at the first
    #: subscription. Empty: none.
    referral_code: str = ""


@dataclass(frozen=True)
class EventEntry:
    id: int
    kind: EventKind
    effective_on: date
    until: date | None
    monthly_fee: int | None
    fee: int | None
    note: str
    recorded_at: datetime
    recorded_by: str
    voided: bool
    #: The plan moved to (plan changes) or the contract continuing this one (renewals); empty otherwise.
    detail: str = ""


@dataclass(frozen=True)
class SubscriptionView:
    id: int
    contract_number: str
    customer_id: int
    customer_number: str
    customer_name: str
    plan_id: int
    plan_name: str
    kind: PlanKind
    tier: str
    term_months: int
    timeline: ContractTimeline
    state: SubscriptionState
    list_price: int
    term_discount_percent: int
    discounts: tuple[QuoteLine, ...]
    #: The monthly fee as signed, and as in effect today (after a plan change).
    signed_monthly_fee: int
    monthly_fee: int
    deposit: int
    payment_method: PaymentMethod
    delivery_day: int | None
    swap_weekday: int | None
    skipped: tuple[date, ...]
    early_termination: EarlyTerminationRule
    max_pause_days: int
    cancellation_fee: int | None
    renews_id: int | None
    renewed_by_id: int | None
    signed_on: date
    signed_by: str
    events: tuple[EventEntry, ...]
    version: int


@dataclass(frozen=True)
class SubscriptionRow:
    """One line of the subscriptions list."""

    id: int
    contract_number: str
    customer_id: int
    customer_name: str
    plan_name: str
    kind: PlanKind
    start_on: date
    paid_from: date
    ends_on: date
    cancelled_on: date | None
    monthly_fee: int
    state: SubscriptionState


@dataclass(frozen=True)
class SubscriptionFilter:
    state: SubscriptionState | None = None
    kind: PlanKind | None = None
    plan_id: int | None = None
    customer_id: int | None = None
    #: Running subscriptions whose term ends within this many days (renewal follow-up).
    ending_within_days: int | None = None
    #: Trials that turn into paid terms within this many days.
    trial_ending_within_days: int | None = None
    #: The customers of a saved segment only (``services.segments``), as the segment stands today.
    segment_id: int | None = None


@dataclass(frozen=True)
class SubscriptionPage:
    rows: tuple[SubscriptionRow, ...]
    has_more: bool


def format_contract_number(subscription_id: int, signed_on: date) -> str:
    """``TS-2026-00042``: the year signed and the subscription's id, so a number never repeats."""
    return f"TS-{signed_on.year}-{subscription_id:05d}"


# --- reading ----------------------------------------------------------------------------------------------------


def subscription_view(db: Database, subscription_id: int, *, today: date | None = None) -> SubscriptionView:
    today = today or shop_today()
    with db.reading() as session:
        return _view(session, get_or_raise(session, Subscription, subscription_id), today)


def _view(session: Session, subscription: Subscription, today: date) -> SubscriptionView:
    events = event_rows(session, subscription.id)
    history = history_of(session, subscription, events)
    timeline = history.timeline
    customer = get_or_raise(session, Customer, subscription.customer_id)
    names = staff_names(session, [subscription.signed_by_id, *(e.recorded_by_id for e in events)])
    discounts = session.scalars(
        select(SubscriptionDiscount)
        .where(SubscriptionDiscount.subscription_id == subscription.id)
        .order_by(SubscriptionDiscount.id)
    )
    renewed_by = session.scalar(select(Subscription.id).where(Subscription.renews_id == subscription.id))
    cancels = [e for e in events if e.kind == EventKind.CANCEL.value and e.voided_at is None]
    return SubscriptionView(
        id=subscription.id,
        contract_number=subscription.contract_number or "",
        customer_id=customer.id,
        customer_number=customer.number or "",
        customer_name=customer.name,
        plan_id=subscription.plan_id,
        plan_name=subscription.plan_name,
        kind=PlanKind(subscription.kind),
        tier=subscription.tier,
        term_months=subscription.term_months,
        timeline=timeline,
        state=timeline.state_on(today),
        list_price=subscription.list_price,
        term_discount_percent=subscription.term_discount_percent,
        discounts=tuple(QuoteLine(d.label, d.amount, d.evidence) for d in discounts),
        signed_monthly_fee=subscription.monthly_fee,
        monthly_fee=history.fee_on(today),
        deposit=subscription.deposit,
        payment_method=PaymentMethod(subscription.payment_method),
        delivery_day=subscription.delivery_day,
        swap_weekday=subscription.swap_weekday,
        skipped=history.skipped,
        early_termination=history.signed.early_termination,
        max_pause_days=subscription.max_pause_days,
        cancellation_fee=cancels[-1].fee if cancels else None,
        renews_id=subscription.renews_id,
        renewed_by_id=renewed_by,
        signed_on=subscription.signed_on,
        signed_by=names.get(subscription.signed_by_id, ""),
        events=tuple(
            EventEntry(
                id=e.id,
                kind=EventKind(e.kind),
                effective_on=e.effective_on,
                until=e.until,
                monthly_fee=e.monthly_fee,
                fee=e.fee,
                note=e.note,
                recorded_at=e.recorded_at,
                recorded_by=names.get(e.recorded_by_id, ""),
                voided=e.voided_at is not None,
                detail=_event_detail(e),
            )
            for e in events
        ),
        version=subscription.version,
    )


def _event_detail(event: SubscriptionEvent) -> str:
    details = event.details or {}
    value = details.get("plan_name") or details.get("contract_number") or ""
    return str(value)


#: A pause, and a resume that may end it early, in the list queries. Made once: building an alias of a mapped class
#: costs more (about 1 ms for the two) than running a page's query.
_PAUSE = aliased(SubscriptionEvent, name="pause")
_RESUME = aliased(SubscriptionEvent, name="resume")


def _pause_covers(today: date) -> tuple[ColumnElement[bool], ...]:
    """SQL conditions on ``_PAUSE``: a pause covering *today* that no resume ended before it."""
    resumed = exists().where(
        # A resume is recorded on its pause's subscription. Saying so lets the index on (subscription_id,
        # effective_on) find it; on refers_to_id alone SQLite scans every event for each pause covering today.
        _RESUME.subscription_id == _PAUSE.subscription_id,
        _RESUME.refers_to_id == _PAUSE.id,
        _RESUME.kind == EventKind.RESUME.value,
        _RESUME.voided_at.is_(None),
        _RESUME.effective_on <= today,
    )
    return (
        _PAUSE.kind == EventKind.PAUSE.value,
        _PAUSE.voided_at.is_(None),
        _PAUSE.effective_on <= today,
        _PAUSE.until >= today,
        not_(resumed),
    )


def _paused_on(today: date) -> ColumnElement[bool]:
    """SQL: the subscription has a pause covering *today* that no resume ended before it.

    Correlated, one index probe per subscription: for a page's rows, and for the lists of what is not paused,
    which stop after a page."""
    return exists().where(_PAUSE.subscription_id == Subscription.id, *_pause_covers(today))


def _paused_ids(today: date) -> Select[tuple[int]]:
    """SQL: the subscriptions paused on *today*, found from the pauses themselves, so the paused list and its count
    read the events once instead of probing every running subscription."""
    return select(_PAUSE.subscription_id).where(*_pause_covers(today))


def _state_condition(state: SubscriptionState, today: date) -> ColumnElement[bool]:
    not_cancelled = or_(Subscription.cancelled_on.is_(None), Subscription.cancelled_on > today)
    running = and_(not_cancelled, Subscription.start_on <= today, Subscription.ends_on >= today)
    paused = _paused_on(today)
    conditions = {
        SubscriptionState.CANCELLED: Subscription.cancelled_on <= today,
        SubscriptionState.SCHEDULED: and_(not_cancelled, Subscription.start_on > today),
        SubscriptionState.COMPLETED: and_(not_cancelled, Subscription.ends_on < today, Subscription.renewed.is_(False)),
        SubscriptionState.RENEWED: and_(not_cancelled, Subscription.ends_on < today, Subscription.renewed.is_(True)),
        SubscriptionState.PAUSED: and_(running, Subscription.id.in_(_paused_ids(today))),
        SubscriptionState.TRIAL: and_(running, not_(paused), Subscription.paid_from > today),
        SubscriptionState.ACTIVE: and_(running, not_(paused), Subscription.paid_from <= today),
    }
    return conditions[state]


def _filtered(query: Select[T], filters: SubscriptionFilter, today: date) -> Select[T]:
    if filters.state is not None:
        query = query.where(_state_condition(filters.state, today))
    if filters.kind is not None:
        query = query.where(Subscription.kind == filters.kind.value)
    if filters.plan_id is not None:
        query = query.where(Subscription.plan_id == filters.plan_id)
    if filters.customer_id is not None:
        query = query.where(Subscription.customer_id == filters.customer_id)
    # The follow-up lists leave out contracts with a cancellation on record, even one still ahead: there is
    # nothing to renew or convert.
    if filters.ending_within_days is not None:
        query = query.where(
            Subscription.ends_on >= today,
            Subscription.ends_on <= today + timedelta(days=filters.ending_within_days),
            Subscription.cancelled_on.is_(None),
            Subscription.renewed.is_(False),
        )
    if filters.trial_ending_within_days is not None:
        query = query.where(
            Subscription.start_on <= today,
            Subscription.paid_from > today,
            Subscription.paid_from <= today + timedelta(days=filters.trial_ending_within_days),
            Subscription.cancelled_on.is_(None),
        )
    return query


def _row_state(row: Row[Any], today: date) -> SubscriptionState:
    """The state of a list row, by the same rules as ``ContractTimeline.state_on`` (pauses come from SQL)."""
    start_on, paid_from, ends_on, cancelled_on, renewed, paused = row[6], row[7], row[8], row[9], row[11], row[12]
    if cancelled_on is not None and cancelled_on <= today:
        return SubscriptionState.CANCELLED
    if start_on > today:
        return SubscriptionState.SCHEDULED
    if ends_on < today:
        return SubscriptionState.RENEWED if renewed else SubscriptionState.COMPLETED
    if paused:
        return SubscriptionState.PAUSED
    return SubscriptionState.TRIAL if paid_from > today else SubscriptionState.ACTIVE


def list_subscriptions(
    db: Database,
    filters: SubscriptionFilter = SubscriptionFilter(),
    *,
    after: SubscriptionRow | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    today: date | None = None,
) -> SubscriptionPage:
    """One page of subscriptions, soonest end first (soonest trial end for the trial list): the first, or the one
    after the row *after* (a keyset, as fast deep in the list as at its top), or from an *offset*."""
    today = today or shop_today()
    query = select(
        Subscription.id,
        Subscription.contract_number,
        Subscription.customer_id,
        Customer.name,
        Subscription.plan_name,
        Subscription.kind,
        Subscription.start_on,
        Subscription.paid_from,
        Subscription.ends_on,
        Subscription.cancelled_on,
        Subscription.monthly_fee,
        Subscription.renewed,
        _paused_on(today),
    ).join(Customer, Customer.id == Subscription.customer_id)
    query = _filtered(query, filters, today)
    # A trial list reads best by when each trial ends; every other list by when the term ends.
    by_trial = filters.trial_ending_within_days is not None
    soonest = Subscription.paid_from if by_trial else Subscription.ends_on
    if after is not None:
        query = query.where(
            tuple_(soonest, Subscription.id) > (after.paid_from if by_trial else after.ends_on, after.id)
        )
    query = query.order_by(soonest, Subscription.id).offset(offset).limit(limit + 1)
    with db.reading() as session:
        if filters.segment_id is not None:
            query = query.where(customer_in_saved_segment(session, filters.segment_id, today, Subscription.customer_id))
        found = session.execute(query).all()
    rows = tuple(
        SubscriptionRow(
            id=row[0],
            contract_number=row[1] or "",
            customer_id=row[2],
            customer_name=row[3],
            plan_name=row[4],
            kind=PlanKind(row[5]),
            start_on=row[6],
            paid_from=row[7],
            ends_on=row[8],
            cancelled_on=row[9],
            monthly_fee=row[10],
            state=_row_state(row, today),
        )
        for row in found[:limit]
    )
    return SubscriptionPage(rows, len(found) > limit)


def count_subscriptions(db: Database, filters: SubscriptionFilter, *, today: date | None = None) -> int:
    """How many subscriptions a list holds (the counts on the daily-list buttons)."""
    today = today or shop_today()
    query = _filtered(select(func.count()).select_from(Subscription), filters, today)
    with db.reading() as session:
        if filters.segment_id is not None:
            query = query.where(customer_in_saved_segment(session, filters.segment_id, today, Subscription.customer_id))
        return int(session.scalar(query) or 0)


# --- signing up -------------------------------------------------------------------------------------------------


_INACTIVE_PLAN = QT_TRANSLATE_NOOP("Validation", "This plan is no longer offered.")
_SWAP_DAY = QT_TRANSLATE_NOOP("Validation", "Choose the weekday of the swaps.")
_UNKNOWN_DISCOUNT = QT_TRANSLATE_NOOP("Validation", "This discount is no longer offered.")


def _sign_up_figures(
    session: Session, new: NewSubscription, today: date, *, renewal: bool = False
) -> tuple[Plan, Quote, list[tuple[int, DiscountLine]]]:
    """The figures of a new contract: a sign-up at today's price, a renewal at the price in effect on its first day
    (``domain.price_notices.price_at_renewal``, the price the subscriber was told)."""
    problems = ProblemCollector()
    customer = get_or_raise(session, Customer, new.customer_id)
    plan = get_or_raise(session, Plan, new.plan_id)
    details = plan_details(plan)
    if not plan.active:
        problems.add("plan", _INACTIVE_PLAN)
    with problems.checking():
        check_start(new.start_on, registered_on=customer.registered_on, today=today)
    if details.kind is PlanKind.BOX:
        with problems.checking():
            box_delivery_day(new.delivery_day, start=new.start_on)
    if details.kind is PlanKind.RENTAL and (new.swap_weekday is None or not 0 <= new.swap_weekday <= 6):
        problems.add("swap_weekday", _SWAP_DAY)
    lines: list[tuple[int, DiscountLine]] = []
    for index, (category_id, evidence) in enumerate(new.discounts):
        category = session.get(DiscountCategory, category_id)
        if category is None or not category.active:
            problems.add(f"discounts[{index}]", _UNKNOWN_DISCOUNT)
        else:
            with problems.checking():
                seen = clean_evidence(evidence, field=f"discounts[{index}].evidence", required=True)
                lines.append((category.id, DiscountLine(category.name, category.percent, seen)))
    with problems.checking():
        clean_lines(new.note, field="note", limit=LONG_NOTE_MAX)
    figures = None
    with problems.checking():
        price = price_at_renewal_of(session, plan.id, new.start_on) if renewal else price_on(session, plan.id, today)
        figures = quote(details, list_price=price.monthly_price, months=new.term_months, discounts=(
            tuple(line for _, line in lines)
        ))  # fmt: skip
    problems.raise_if_any()
    assert figures is not None
    return plan, figures, lines


def quote_sign_up(db: Database, new: NewSubscription, *, today: date | None = None) -> Quote:
    """The review step's figures, computed exactly as ``sign_up`` will record them."""
    with db.reading() as session:
        return _sign_up_figures(session, new, today or shop_today())[1]


def sign_up(db: Database, *, staff_id: int, new: NewSubscription, now: datetime | None = None) -> int:
    """Create the subscription with its contract number. Returns the subscription id."""
    now = now or utc_now()
    today = shop_today(now)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        plan, figures, lines = _sign_up_figures(session, new, today)
        subscription = _new_subscription(session, new, plan, figures, staff_id=staff_id, now=now)
        _add_discounts(session, subscription, figures, lines)
        if new.marketing is not None:
            record_marketing_answer(session, new.customer_id, new.marketing, staff_id=staff_id, now=now)
        signed = _signed_json(subscription, figures)
        if new.referral_code.strip():
            referral = record_referral(
                session, code=new.referral_code, subscription=subscription, staff_id=staff_id, now=now
            )
            signed["referred_by"] = referral.referrer_id
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="subscription.sign_up",
            entity="subscription",
            entity_id=subscription.id,
            after=signed,
        )
        return subscription.id


def _new_subscription(
    session: Session,
    new: NewSubscription,
    plan: Plan,
    figures: Quote,
    *,
    staff_id: int,
    now: datetime,
    renews_id: int | None = None,
) -> Subscription:
    shop = session.scalars(select(Shop)).one()
    details = plan_details(plan)
    timeline = ContractTimeline(new.start_on, figures.trial_days, figures.months, PauseEndRule(shop.pause_end_rule))
    subscription = Subscription(
        customer_id=new.customer_id,
        plan_id=plan.id,
        plan_name=details.name,
        kind=details.kind.value,
        tier=details.tier,
        cadence=details.cadence.value,
        term_months=figures.months,
        start_on=new.start_on,
        trial_days=figures.trial_days,
        paid_from=timeline.paid_from,
        list_price=figures.list_price,
        term_discount_percent=figures.term_discount_percent,
        monthly_fee=figures.monthly_fee,
        deposit=figures.deposit,
        delivery_day=box_delivery_day(new.delivery_day, start=new.start_on) if details.kind is PlanKind.BOX else None,
        swap_weekday=new.swap_weekday if details.kind is PlanKind.RENTAL else None,
        payment_method=new.payment_method.value,
        pause_end_rule=shop.pause_end_rule,
        max_pause_days=shop.max_pause_days,
        skip_rule=shop.skip_rule,
        early_termination_percent=shop.early_termination_percent,
        early_termination_cap=shop.early_termination_cap,
        early_termination_method=FeeMethod.BILLING_CYCLES.value,
        renews_id=renews_id,
        renewed=False,
        ends_on=timeline.end,
        signed_on=shop_today(now),
        signed_at=now,
        signed_by_id=staff_id,
        note=clean_lines(new.note, field="note", limit=LONG_NOTE_MAX),
        version=1,
    )
    session.add(subscription)
    session.flush()
    subscription.contract_number = format_contract_number(subscription.id, subscription.signed_on)
    _reschedule_deliveries(session, subscription.id, staff_id, now)
    return subscription


def _add_discounts(
    session: Session, subscription: Subscription, figures: Quote, lines: list[tuple[int, DiscountLine]]
) -> None:
    """The category discounts granted, each with the won it takes off the monthly price and its evidence."""
    for (category_id, line), quoted in zip(lines, figures.discounts, strict=True):
        session.add(
            SubscriptionDiscount(
                subscription_id=subscription.id,
                category_id=category_id,
                label=line.label,
                percent=line.percent,
                amount=quoted.amount,
                evidence=line.evidence,
            )
        )


def _signed_json(subscription: Subscription, figures: Quote) -> dict[str, object]:
    return {
        "contract_number": subscription.contract_number,
        "customer_id": subscription.customer_id,
        "plan_id": subscription.plan_id,
        "term_months": subscription.term_months,
        "start_on": subscription.start_on.isoformat(),
        "ends_on": subscription.ends_on.isoformat(),
        "monthly_fee": figures.monthly_fee,
        "discounts": [[line.label, line.amount] for line in figures.discounts],
        "deposit": figures.deposit,
        "payment_method": subscription.payment_method,
    }


# --- transitions ------------------------------------------------------------------------------------------------


def _locked(session: Session, subscription_id: int, expected_version: int | None) -> Subscription:
    subscription = get_or_raise(session, Subscription, subscription_id)
    touch(subscription, expected_version)
    return subscription


def _record(
    session: Session,
    subscription: Subscription,
    kind: EventKind,
    *,
    effective_on: date,
    staff_id: int,
    now: datetime,
    **values: object,
) -> SubscriptionEvent:
    event = SubscriptionEvent(
        subscription_id=subscription.id,
        kind=kind.value,
        effective_on=effective_on,
        recorded_at=now,
        recorded_by_id=staff_id,
        **values,
    )
    session.add(event)
    session.flush()
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action=f"subscription.{kind.value}",
        entity="subscription",
        entity_id=subscription.id,
        after={"event_id": event.id, "effective_on": effective_on, **values, "ends_on": subscription.ends_on},
    )
    # Every transition reaches the deliveries in the same transaction.
    _reschedule_deliveries(session, subscription.id, staff_id, now)
    return event


def pause(
    db: Database,
    *,
    staff_id: int,
    subscription_id: int,
    first: date,
    last: date,
    note: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> int:
    """Pause from *first* to *last* (both included); no delivery or swap is made in between."""
    now = now or utc_now()
    note = clean_line(note, field="note", limit=NOTE_MAX)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        subscription = _locked(session, subscription_id, expected_version)
        timeline = history_of(session, subscription).timeline
        checked = check_pause(timeline, Pause(first, last), max_days=subscription.max_pause_days)
        subscription.ends_on = timeline.with_pause(checked).end
        event = _record(
            session,
            subscription,
            EventKind.PAUSE,
            effective_on=first,
            staff_id=staff_id,
            now=now,
            until=last,
            note=note,
        )
        return event.id


def resume(
    db: Database,
    *,
    staff_id: int,
    subscription_id: int,
    resume_on: date,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> None:
    """End the pause that covers *resume_on* early: service is back from that day."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        subscription = _locked(session, subscription_id, expected_version)
        resumption = history_of(session, subscription).resumption(resume_on)
        subscription.ends_on = resumption.timeline.end
        _record(
            session,
            subscription,
            EventKind.RESUME,
            effective_on=resume_on,
            staff_id=staff_id,
            now=now,
            refers_to_id=resumption.pause_event.id,
        )


def skip_delivery(
    db: Database,
    *,
    staff_id: int,
    subscription_id: int,
    delivery_on: date,
    note: str = "",
    now: datetime | None = None,
) -> None:
    """Skip the one box due on *delivery_on* (the customer is away that month)."""
    now = now or utc_now()
    note = clean_line(note, field="note", limit=NOTE_MAX)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        subscription = _locked(session, subscription_id, None)
        if subscription.kind != PlanKind.BOX.value:
            raise ValidationError.of("month", QT_TRANSLATE_NOOP("Validation", "Only a toy box delivery is skipped."))
        history = history_of(session, subscription)
        check_skip(history.timeline, delivery_on)
        skipped = {(day.year, day.month) for day in history.skipped}
        if (delivery_on.year, delivery_on.month) in skipped:
            raise ValidationError.of(
                "month", QT_TRANSLATE_NOOP("Validation", "That month's delivery is already skipped.")
            )
        _record(session, subscription, EventKind.SKIP, effective_on=delivery_on, staff_id=staff_id, now=now, note=note)


def change_plan(
    db: Database,
    *,
    staff_id: int,
    subscription_id: int,
    plan_id: int,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> date:
    """Move to another plan of the same kind from the next monthly cycle, at today's price for the same term and
    discounts. Returns the date it takes effect."""
    now = now or utc_now()
    today = shop_today(now)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        subscription = _locked(session, subscription_id, expected_version)
        plan = get_or_raise(session, Plan, plan_id)
        details = plan_details(plan)
        effective, figures = _plan_change_figures(session, subscription, plan, today)
        _record(
            session,
            subscription,
            EventKind.PLAN_CHANGE,
            effective_on=effective,
            staff_id=staff_id,
            now=now,
            plan_id=plan.id,
            monthly_fee=figures.monthly_fee,
            details={"plan_name": details.name, "list_price": figures.list_price},
        )
        return effective


def _plan_change_figures(session: Session, subscription: Subscription, plan: Plan, today: date) -> tuple[date, Quote]:
    details = plan_details(plan)
    if not plan.active:
        raise ValidationError.of("plan", _INACTIVE_PLAN)
    if details.kind.value != subscription.kind:
        raise ValidationError.of(
            "plan",
            QT_TRANSLATE_NOOP("Validation", "Choose a plan of the same kind; sign a new contract otherwise."),
        )
    if plan.id == history_of(session, subscription).plan_on(today):
        raise ValidationError.of("plan", QT_TRANSLATE_NOOP("Validation", "The subscription is already on this plan."))
    effective = plan_change_date(history_of(session, subscription).timeline, today)
    discounts = tuple(
        DiscountLine(d.label, d.percent, d.evidence)
        for d in session.scalars(
            select(SubscriptionDiscount).where(SubscriptionDiscount.subscription_id == subscription.id)
        )
    )
    figures = quote(
        details,
        list_price=price_on(session, plan.id, today).monthly_price,
        months=subscription.term_months,
        discounts=discounts,
    )
    return effective, figures


def plan_change_preview(
    db: Database, subscription_id: int, plan_id: int, *, today: date | None = None
) -> tuple[date, Quote]:
    """When moving to *plan_id* would take effect and what the subscription would pay from then."""
    with db.reading() as session:
        subscription = get_or_raise(session, Subscription, subscription_id)
        plan = get_or_raise(session, Plan, plan_id)
        return _plan_change_figures(session, subscription, plan, today or shop_today())


def cancellation_fee(db: Database, subscription_id: int, effective_on: date) -> EarlyTerminationFee:
    """What cancelling from *effective_on* would cost, to show the clerk before confirming."""
    with db.reading() as session:
        history = history_of(session, get_or_raise(session, Subscription, subscription_id))
        check_cancel(history.timeline, effective_on)
        return history.early_termination_fee(effective_on)


def cancel(
    db: Database,
    *,
    staff_id: int,
    subscription_id: int,
    effective_on: date,
    note: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> EarlyTerminationFee:
    """Cancel from *effective_on* (the first day without service), with the contract's early-termination fee."""
    now = now or utc_now()
    note = clean_line(note, field="note", limit=NOTE_MAX)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        subscription = _locked(session, subscription_id, expected_version)
        history = history_of(session, subscription)
        check_cancel(history.timeline, effective_on)
        fee = history.early_termination_fee(effective_on)
        subscription.cancelled_on = effective_on
        _record(
            session,
            subscription,
            EventKind.CANCEL,
            effective_on=effective_on,
            staff_id=staff_id,
            now=now,
            fee=fee.fee,
            note=note,
            details={
                "remaining_days": fee.remaining_days,
                "remaining_fees": fee.remaining_fees,
                "percent": fee.percent,
                "cap": fee.cap,
                "monthly_fee": fee.monthly_fee,
                "method": fee.method.value,
                "whole_cycles": len(fee.whole_cycles),
                "whole_cycles_fees": fee.whole_cycles_fees,
                "partial_cycles": [
                    {"days": p.days, "cycle_days": p.cycle_days, "monthly_fee": p.monthly_fee, "amount": p.amount}
                    for p in fee.partial_cycles
                ],
            },
        )
        return fee


def _renewal_figures(
    session: Session, old: Subscription, term_months: int, payment_method: PaymentMethod | None, today: date
) -> tuple[NewSubscription, Plan, Quote, list[tuple[int, DiscountLine]]]:
    history = history_of(session, old)
    start = renewal_start(history.timeline, today)
    discounts = tuple(
        session.scalars(select(SubscriptionDiscount).where(SubscriptionDiscount.subscription_id == old.id))
    )
    new = NewSubscription(
        customer_id=old.customer_id,
        plan_id=history.plan_on(start),
        term_months=term_months,
        start_on=start,
        payment_method=payment_method or PaymentMethod(old.payment_method),
        delivery_day=old.delivery_day,
        swap_weekday=old.swap_weekday,
        discounts=tuple((d.category_id, d.evidence) for d in discounts if d.category_id is not None),
    )
    plan, figures, lines = _sign_up_figures(session, new, today, renewal=True)
    # A renewal has no second free trial.
    return new, plan, replace(figures, trial_days=0), lines


def renewal_preview(
    db: Database, subscription_id: int, term_months: int, *, today: date | None = None
) -> tuple[date, Quote]:
    """When a renewal for *term_months* would start and what it would cost, as ``renew`` will record it."""
    with db.reading() as session:
        old = get_or_raise(session, Subscription, subscription_id)
        new, _plan, figures, _lines = _renewal_figures(session, old, term_months, None, today or shop_today())
        return new.start_on, figures


def renew(
    db: Database,
    *,
    staff_id: int,
    subscription_id: int,
    term_months: int,
    payment_method: PaymentMethod | None = None,
    now: datetime | None = None,
) -> int:
    """Renew into a new linked contract starting the day after the term, at the price in effect on that day (the one
    the subscriber was told, however early they renew). Returns its id."""
    now = now or utc_now()
    today = shop_today(now)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        old = _locked(session, subscription_id, None)
        new, plan, figures, lines = _renewal_figures(session, old, term_months, payment_method, today)
        renewal = _new_subscription(session, new, plan, figures, staff_id=staff_id, now=now, renews_id=old.id)
        _add_discounts(session, renewal, figures, lines)
        old.renewed = True
        _record(
            session,
            old,
            EventKind.RENEW,
            effective_on=new.start_on,
            staff_id=staff_id,
            now=now,
            details={"renewal_id": renewal.id, "contract_number": renewal.contract_number},
        )
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="subscription.sign_up",
            entity="subscription",
            entity_id=renewal.id,
            after={**_signed_json(renewal, figures), "renews": old.contract_number},
        )
        return renewal.id


def newest_event_id(db: Database, subscription_id: int, kind: EventKind) -> int | None:
    """The transition of *kind* recorded last on the subscription and not voided (the one a clerk just recorded,
    for its confirmation); None when there is none."""
    query = (
        select(SubscriptionEvent.id)
        .where(
            SubscriptionEvent.subscription_id == subscription_id,
            SubscriptionEvent.kind == kind.value,
            SubscriptionEvent.voided_at.is_(None),
        )
        .order_by(SubscriptionEvent.id.desc())
        .limit(1)
    )
    with db.reading() as session:
        return session.scalar(query)


def _reschedule_deliveries(session: Session, subscription_id: int, staff_id: int, now: datetime) -> None:
    """The subscription's deliveries and charges follow the change in the same transaction
    (``services.queries.deliveries``, ``services.queries.ledger``)."""
    reschedule_subscription(session, subscription_id, staff_id=staff_id, now=now)
    subscription = get_or_raise(session, Subscription, subscription_id)
    bill_subscription(session, subscription, today=shop_today(now), staff_id=staff_id, now=now)
