"""Who must be told of a price change, by when, and that they were told.

A signed contract keeps its price until it is renewed, so a new price reaches each subscriber at their renewal
(``domain.price_notices``). The list is computed, never stored: it follows the catalogue's prices, the contracts and
their plan changes as they stand today, so a renewal, a cancellation or a corrected price takes a line off it by
itself. Only the notices themselves are recorded; telling a subscriber again adds a record, and the latest stands.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, Plan, PlanPrice, PriceNotice, Shop, Subscription, SubscriptionEvent
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.price_notices import (
    NoticeMethod,
    PriceVersion,
    check_notice,
    is_late,
    prices_reaching,
    tell_by,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import (
    audit,
    get_or_raise,
    require_staff,
    unit_of_work,
)
from toysub_desktop.services.queries.contact_versions import staff_names

_NOT_AFFECTED = QT_TRANSLATE_NOOP("Validation", "This price change does not reach this contract.")
_PLAN_CHANGE = "plan_change"  # services.subscriptions.EventKind.PLAN_CHANGE, without importing the sign-up code


@dataclass(frozen=True)
class NoticeEntry:
    """One record that a subscriber was told."""

    id: int
    told_on: date
    method: NoticeMethod
    acknowledged: bool
    note: str
    recorded_at: datetime
    recorded_by: str
    #: Told after the tell-by day, so with less than the shop's notice period (``domain.price_notices.is_late``);
    #: computed from the line's tell-by day, never stored.
    late: bool = False


@dataclass(frozen=True)
class PriceNoticeRow:
    """One subscriber to tell about one price change."""

    subscription_id: int
    contract_number: str
    customer_id: int
    customer_number: str
    customer_name: str
    #: The plan the contract renews into (after any plan change).
    plan_id: int
    plan_name: str
    plan_price_id: int
    #: The monthly list price the contract pays now, and the one it will pay from ``applies_from``.
    old_price: int
    new_price: int
    price_effective_from: date
    applies_from: date
    tell_by: date
    #: The latest notice, if the subscriber was told; earlier ones follow, newest first.
    notice: NoticeEntry | None
    earlier_notices: tuple[NoticeEntry, ...] = ()

    @property
    def awaiting(self) -> bool:
        return self.notice is None

    def overdue(self, today: date) -> bool:
        """Not told, and the notice period can no longer be given in full."""
        return self.awaiting and self.tell_by < today

    @property
    def told_late(self) -> bool:
        """The latest notice was given after the tell-by day."""
        return self.notice is not None and self.notice.late

    @property
    def history(self) -> tuple[NoticeEntry, ...]:
        """Every notice recorded for this line, newest first."""
        return (self.notice, *self.earlier_notices) if self.notice is not None else ()


@dataclass(frozen=True)
class PriceChangePreview:
    """What scheduling a price would mean, before it is saved."""

    affected: int
    notice_days: int
    #: The earliest tell-by date among the contracts it reaches.
    first_tell_by: date | None
    #: Contracts it reaches too soon to give them the full notice period.
    too_late: int


@dataclass(frozen=True)
class _Contract:
    """A running contract that will come up for renewal, with the price it pays until then."""

    id: int
    contract_number: str
    customer_id: int
    customer_number: str
    customer_name: str
    plan_id: int
    list_price: int
    price_fixed_on: date
    renewal_on: date


@dataclass(frozen=True)
class _ProposedPrice:
    """A price change being considered, shaped like a recorded one so the same rules apply."""

    monthly_price: int
    effective_from: date
    recorded_at: datetime
    id: int = 0
    effective_until: date | None = None
    voided_at: datetime | None = None


# --- reading ----------------------------------------------------------------------------------------------------


def _reachable(session: Session) -> ColumnElement[bool]:
    """SQL: a contract some recorded price can still reach — one signed before its plan's latest price starts, or
    one with a plan change (whose rules are applied in Python). Keeps the other contracts out of Python entirely."""
    latest = session.execute(
        select(PlanPrice.plan_id, func.max(PlanPrice.effective_from))
        .where(PlanPrice.voided_at.is_(None))
        .group_by(PlanPrice.plan_id)
    ).tuples()
    signed_before = [and_(Subscription.plan_id == plan, Subscription.signed_on < last) for plan, last in latest]
    moved = exists().where(
        SubscriptionEvent.subscription_id == Subscription.id,
        SubscriptionEvent.kind == _PLAN_CHANGE,
        SubscriptionEvent.voided_at.is_(None),
    )
    return or_(moved, *signed_before)


def _running_contracts(
    session: Session, today: date, *, subscription_id: int | None = None, plan_id: int | None = None
) -> list[_Contract]:
    """Contracts that will come up for renewal: not cancelled, not renewed already, term not over, and reachable by
    a recorded price (``_reachable``).

    With *plan_id*, only those on that plan or moving to it (the others cannot renew into it).
    """
    query: Select[tuple[int, str | None, int, str | None, str, int, int, date, date]] = (
        select(
            Subscription.id,
            Subscription.contract_number,
            Subscription.customer_id,
            Customer.number,
            Customer.name,
            Subscription.plan_id,
            Subscription.list_price,
            Subscription.signed_on,
            Subscription.ends_on,
        )
        .join(Customer, Customer.id == Subscription.customer_id)
        .where(
            Subscription.cancelled_on.is_(None),
            Subscription.renewed.is_(False),
            Subscription.ends_on >= today,
        )
    )
    if subscription_id is not None:
        query = query.where(Subscription.id == subscription_id)
    if plan_id is None:
        query = query.where(_reachable(session))
    else:
        moving_in = exists().where(
            SubscriptionEvent.subscription_id == Subscription.id,
            SubscriptionEvent.kind == _PLAN_CHANGE,
            SubscriptionEvent.voided_at.is_(None),
            SubscriptionEvent.plan_id == plan_id,
        )
        query = query.where(or_(Subscription.plan_id == plan_id, moving_in))
    found = session.execute(query).tuples().all()
    changes = _plan_changes(session, today, subscription_id)
    contracts = []
    for sid, number, customer_id, customer_number, name, plan_id, list_price, signed_on, ends_on in found:
        contract = _Contract(
            sid, number or "", customer_id, customer_number or "", name, plan_id, list_price, signed_on, ends_on
        )
        contracts.append(_after_plan_changes(contract, changes.get(sid, []), ends_on + timedelta(days=1)))
    return contracts


def _plan_changes(session: Session, today: date, subscription_id: int | None) -> dict[int, list[SubscriptionEvent]]:
    """Live plan changes of the running contracts (of one, if given); they are few."""
    query = (
        select(SubscriptionEvent)
        .join(Subscription, Subscription.id == SubscriptionEvent.subscription_id)
        .where(
            SubscriptionEvent.kind == _PLAN_CHANGE,
            SubscriptionEvent.voided_at.is_(None),
            SubscriptionEvent.plan_id.is_not(None),
            Subscription.ends_on >= today,
        )
    )
    if subscription_id is not None:
        query = query.where(SubscriptionEvent.subscription_id == subscription_id)
    grouped: dict[int, list[SubscriptionEvent]] = defaultdict(list)
    for event in session.scalars(query):
        grouped[event.subscription_id].append(event)
    return grouped


def _after_plan_changes(contract: _Contract, changes: list[SubscriptionEvent], renewal_on: date) -> _Contract:
    """The contract as it will renew: on the plan it changed to last, at the price that change was made at."""
    due = [event for event in changes if event.effective_on <= renewal_on]
    if not due:
        return _with_renewal(contract, renewal_on)
    latest = max(due, key=lambda event: (event.effective_on, event.id))
    assert latest.plan_id is not None
    list_price = (latest.details or {}).get("list_price", contract.list_price)
    return _Contract(
        contract.id,
        contract.contract_number,
        contract.customer_id,
        contract.customer_number,
        contract.customer_name,
        latest.plan_id,
        int(list_price),
        shop_today(latest.recorded_at),
        renewal_on,
    )


def _with_renewal(contract: _Contract, renewal_on: date) -> _Contract:
    return _Contract(
        contract.id,
        contract.contract_number,
        contract.customer_id,
        contract.customer_number,
        contract.customer_name,
        contract.plan_id,
        contract.list_price,
        contract.price_fixed_on,
        renewal_on,
    )


def _prices_by_plan(session: Session) -> dict[int, list[PriceVersion]]:
    grouped: dict[int, list[PriceVersion]] = defaultdict(list)
    for price in session.scalars(select(PlanPrice).where(PlanPrice.voided_at.is_(None))):
        grouped[price.plan_id].append(price)
    return grouped


def _notices(session: Session, price_ids: Iterable[int]) -> dict[tuple[int, int], list[NoticeEntry]]:
    """Notices recorded for these prices, newest first, by (subscription, price)."""
    rows = list(
        session.scalars(
            select(PriceNotice)
            .where(PriceNotice.plan_price_id.in_(list(price_ids)))
            .order_by(PriceNotice.recorded_at.desc(), PriceNotice.id.desc())
        )
    )
    names = staff_names(session, [row.recorded_by_id for row in rows])
    grouped: dict[tuple[int, int], list[NoticeEntry]] = defaultdict(list)
    for row in rows:
        grouped[(row.subscription_id, row.plan_price_id)].append(
            NoticeEntry(
                id=row.id,
                told_on=row.told_on,
                method=NoticeMethod(row.method),
                acknowledged=row.acknowledged,
                note=row.note,
                recorded_at=row.recorded_at,
                recorded_by=names.get(row.recorded_by_id, ""),
            )
        )
    return grouped


def _notice_days(session: Session) -> int:
    return int(session.scalars(select(Shop.price_notice_days).limit(1)).one())


@dataclass(frozen=True)
class _Reach:
    contract: _Contract
    price: PriceVersion
    applies_from: date


def _reaches(contracts: list[_Contract], prices: dict[int, list[PriceVersion]]) -> list[_Reach]:
    found = []
    for contract in contracts:
        for reach in prices_reaching(
            prices.get(contract.plan_id, []),
            renewal_on=contract.renewal_on,
            price_fixed_on=contract.price_fixed_on,
            current_price=contract.list_price,
        ):
            found.append(_Reach(contract, reach.price, reach.applies_from))
    return found


def _rows(session: Session, today: date, subscription_id: int | None = None) -> list[PriceNoticeRow]:
    contracts = _running_contracts(session, today, subscription_id=subscription_id)
    reaches = _reaches(contracts, _prices_by_plan(session))
    notice_days = _notice_days(session)
    notices = _notices(session, {reach.price.id for reach in reaches})
    plan_names = dict(session.execute(select(Plan.id, Plan.name)).tuples().all())
    rows = []
    for reach in reaches:
        contract = reach.contract
        deadline = tell_by(reach.applies_from, notice_days)
        told = [replace(n, late=is_late(n.told_on, deadline)) for n in notices.get((contract.id, reach.price.id), [])]
        rows.append(
            PriceNoticeRow(
                subscription_id=contract.id,
                contract_number=contract.contract_number,
                customer_id=contract.customer_id,
                customer_number=contract.customer_number,
                customer_name=contract.customer_name,
                plan_id=contract.plan_id,
                plan_name=plan_names.get(contract.plan_id, ""),
                plan_price_id=reach.price.id,
                old_price=contract.list_price,
                new_price=reach.price.monthly_price,
                price_effective_from=reach.price.effective_from,
                applies_from=reach.applies_from,
                tell_by=deadline,
                notice=told[0] if told else None,
                earlier_notices=tuple(told[1:]),
            )
        )
    return sorted(rows, key=lambda r: (r.tell_by, r.customer_name, r.contract_number, r.price_effective_from))


def price_notices_due(db: Database, *, today: date | None = None, awaiting_only: bool = False) -> list[PriceNoticeRow]:
    """Every subscriber a price change will reach at their renewal, soonest tell-by date first.

    Lines stay after the subscriber is told (with the notice), until the contract renews, ends or is cancelled.
    """
    today = today or shop_today()
    with db.reading() as session:
        rows = _rows(session, today)
    return [row for row in rows if row.awaiting] if awaiting_only else rows


def count_awaiting_price_notices(db: Database, *, today: date | None = None) -> int:
    """How many subscribers are still to be told of a price change."""
    return len(price_notices_due(db, today=today, awaiting_only=True))


def preview_price_change(
    db: Database, *, plan_id: int, monthly_price: int, effective_from: date, now: datetime | None = None
) -> PriceChangePreview:
    """Whom a new price for *plan_id* from *effective_from* would reach, and when they would have to be told."""
    now = now or utc_now()
    today = shop_today(now)
    proposed = _ProposedPrice(monthly_price, effective_from, now)
    with db.reading() as session:
        get_or_raise(session, Plan, plan_id)
        prices = _prices_by_plan(session)
        prices[plan_id] = [*prices[plan_id], proposed]
        notice_days = _notice_days(session)
        contracts = _running_contracts(session, today, plan_id=plan_id)
        reaches = [r for r in _reaches(contracts, prices) if r.price is proposed]
    deadlines = [tell_by(r.applies_from, notice_days) for r in reaches]
    return PriceChangePreview(
        affected=len(reaches),
        notice_days=notice_days,
        first_tell_by=min(deadlines, default=None),
        too_late=sum(1 for deadline in deadlines if deadline < today),
    )


# --- recording --------------------------------------------------------------------------------------------------


def record_price_notice(
    db: Database,
    *,
    staff_id: int,
    subscription_id: int,
    plan_price_id: int,
    told_on: date,
    method: NoticeMethod,
    acknowledged: bool,
    note: str = "",
    now: datetime | None = None,
) -> int:
    """Record that the subscriber was told of the price change (again: the latest record stands). Returns its id."""
    now = now or utc_now()
    today = shop_today(now)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        subscription = get_or_raise(session, Subscription, subscription_id)
        price = get_or_raise(session, PlanPrice, plan_price_id)
        clean_note = check_notice(
            told_on=told_on, today=today, price_recorded_on=shop_today(price.recorded_at), note=note
        )
        current = next((r for r in _rows(session, today, subscription.id) if r.plan_price_id == price.id), None)
        if current is None:
            raise ValidationError.of("subscription", _NOT_AFFECTED)
        notice = PriceNotice(
            plan_price_id=price.id,
            subscription_id=subscription.id,
            told_on=told_on,
            method=NoticeMethod(method).value,
            acknowledged=acknowledged,
            note=clean_note,
            recorded_at=now,
            recorded_by_id=staff_id,
        )
        session.add(notice)
        session.flush()
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="subscription.price_notice",
            entity="subscription",
            entity_id=subscription.id,
            before={"notice_id": current.notice.id} if current.notice else None,
            after={
                "notice_id": notice.id,
                "plan_price_id": price.id,
                "told_on": told_on,
                "method": notice.method,
                "acknowledged": acknowledged,
                "note": clean_note,
            },
        )
        return notice.id
