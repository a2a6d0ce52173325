"""Deliveries: scheduled from the subscriptions, routed by the address in effect on each date, and taken from
packing to delivered one recorded step at a time.

* **Schedule.** ``schedule_deliveries`` creates the deliveries of every running subscription up to a horizon;
  ``reschedule_subscription`` brings one subscription's deliveries in line after a transition (the subscription
  services call it in their own transaction). Both add the dates missing from today on, reinstate a cancelled date
  needed again, cancel scheduled deliveries no longer needed, and never change a packed or later one: a packed
  delivery the schedule no longer needs is flagged for follow-up instead.
* **Addresses.** A scheduled delivery goes to the address and primary phone in effect on its date as known now,
  so a move recorded today reroutes next week's box by itself. Packing freezes both on the row (the label is
  history). A change of address that reaches a delivery already packed or shipped flags it for follow-up
  (``flag_shipped_after_retroactive_change``, called by the address services) and never rewrites it;
  ``deliveries_affected_by_address_change`` shows the same before the change is saved.
* **Steps.** ``pack``, ``ship``, ``mark_delivered``, ``mark_failed``, ``mark_returned`` and ``unpack`` each take a
  selection and are one transaction, all or nothing; every step is a ``DeliveryEvent`` with who and when, and an
  audit entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, case, false, func, not_, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    AddressVersion,
    Customer,
    Delivery,
    DeliveryEvent,
    PhoneVersion,
    Subscription,
    SubscriptionEvent,
)
from toysub_desktop.domain.address import Address, region_of
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.couriers import duplicate_tracking_numbers, tracking_number_warning
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.deliveries import (
    FROZEN_STATES,
    DeliveryKind,
    DeliveryState,
    FollowUpReason,
    check_courier,
    check_horizon,
    check_note,
    check_reason,
    check_tracking_number,
    check_transition,
    delivery_kind_for,
)
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.timeline import in_effect_on
from toysub_desktop.services.common import (
    NotFoundError,
    audit,
    get_or_raise,
    require_staff,
    unit_of_work,
)
from toysub_desktop.services.queries.contact_versions import (
    address_of,
    address_versions,
    frozen_address_of,
    phone_versions,
    staff_names,
)
from toysub_desktop.services.queries.deliveries import (
    DeliveriesChangedError as DeliveriesChangedError,
)
from toysub_desktop.services.queries.deliveries import (
    ExistingDelivery,
    ScheduleChanges,
    apply_schedule_changes,
    chunks,
    delivery_event,
    existing_deliveries_query,
    flag_for_follow_up,
    plan_cadences,
    reconcile_schedule,
    reschedule_subscription,
    same_place,
)
from toysub_desktop.services.queries.deliveries import (
    ScheduleResult as ScheduleResult,
)
from toysub_desktop.services.queries.holds import (
    held_condition,
    held_delivery_ids,
    held_for_overdue_condition,
    hold_after_return,
    overdue_held_delivery_ids,
)
from toysub_desktop.services.queries.overdue import overdue_hold_cutoff
from toysub_desktop.services.queries.segments import customer_in_saved_segment
from toysub_desktop.services.queries.subscription_history import history_of

PAGE_SIZE = 100
#: How far ahead the schedule is kept when the Deliveries tab opens: a month, so next month's boxes can be planned.
DEFAULT_HORIZON_DAYS = 31

T = TypeVar("T", bound=tuple[Any, ...])
S = DeliveryState

_NOTHING_CHOSEN = QT_TRANSLATE_NOOP("Validation", "Choose at least one delivery.")
_HELD = QT_TRANSLATE_NOOP(
    "Validation",
    "{delivery}: on hold, the customer cannot be reached at their address or number. Record the new one, or "
    "release the hold on the follow-up list.",
)
_HELD_OVERDUE = QT_TRANSLATE_NOOP(
    "Validation",
    "{delivery}: on hold for an overdue account. Take the payment first; the hold ends by itself once the "
    "account is paid back under the shop's limit.",
)
_NO_ADDRESS = QT_TRANSLATE_NOOP(
    "Validation", "{delivery}: no address is in effect on that day. Record the customer's address first."
)


# --- values -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResolvedAddress:
    """Where a delivery goes (scheduled) or went (packed or later), and the phone the courier calls."""

    address: Address | None
    address_version_id: int | None
    phone_e164: str | None
    #: The copy frozen when it was packed (what the label said), rather than the one in effect on its date.
    frozen: bool


class AffectedHow(StrEnum):
    """What an address change would do to a delivery."""

    MOVES = "moves"  # scheduled: it will go to the new address
    PACKED_FOR_OLD = "packed_for_old"  # its label names the old address: flagged to unpack and pack again
    SHIPPED_TO_OLD = "shipped_to_old"  # it went to the old address: flagged for follow-up, not rewritten


@dataclass(frozen=True)
class AffectedDelivery:
    delivery_id: int
    subscription_id: int
    contract_number: str
    scheduled_on: date
    kind: DeliveryKind
    state: DeliveryState
    how: AffectedHow
    #: Where it goes now (scheduled) or went (packed or later).
    address: Address | None


@dataclass(frozen=True)
class DeliveryFilter:
    first: date | None = None
    last: date | None = None
    state: DeliveryState | None = None
    #: 시/도 in any usual spelling ("서울특별시", "서울"), matched on the address the delivery goes or went to.
    region: str | None = None
    plan_kind: PlanKind | None = None
    customer_id: int | None = None
    subscription_id: int | None = None
    needs_follow_up: bool | None = None
    #: Held because the customer's address or number was found unreachable (``services.holds``).
    held: bool | None = None
    #: The customers of a saved segment only (``services.segments``), as the segment stands today.
    segment_id: int | None = None


@dataclass(frozen=True)
class DeliveryRow:
    """One line of the deliveries list, with the address it goes to (scheduled) or went to (packed or later)."""

    id: int
    subscription_id: int
    contract_number: str
    customer_id: int
    customer_name: str
    scheduled_on: date
    kind: DeliveryKind
    state: DeliveryState
    address: Address | None
    address_version_id: int | None
    phone_e164: str | None
    frozen: bool
    #: 시/도 short form ("서울").
    region: str | None
    courier: str | None
    tracking_number: str | None
    needs_follow_up: bool
    follow_up_reason: FollowUpReason | None
    version: int
    #: Not to be packed or sent: the customer's address or number was found unreachable on or before its date,
    #: or the customer is overdue past the shop's hold setting (then also ``held_for_overdue``).
    held: bool = False
    held_for_overdue: bool = False


@dataclass(frozen=True)
class DeliveryPage:
    rows: tuple[DeliveryRow, ...]
    has_more: bool


@dataclass(frozen=True)
class DeliveryEventEntry:
    from_state: DeliveryState
    to_state: DeliveryState
    at: datetime
    staff: str
    note: str


# --- schedule ---------------------------------------------------------------------------------------------------


def schedule_deliveries(db: Database, *, through: date, staff_id: int, now: datetime | None = None) -> ScheduleResult:
    """Create the deliveries of every running subscription from today to *through* (the rolling horizon), and
    bring already scheduled ones in line with their subscriptions. Run it again any time: it only adds what is
    missing and cancels what is no longer needed."""
    now = now or utc_now()
    today = shop_today(now)
    check_horizon(through, today=today)
    delivering = [PlanKind.BOX.value, PlanKind.RENTAL.value]
    with unit_of_work(db, DeliveriesChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        pending = select(Delivery.subscription_id).where(
            Delivery.scheduled_on >= today, Delivery.state.in_([S.SCHEDULED.value, S.PACKED.value])
        )
        wanted = or_(
            and_(
                Subscription.kind.in_(delivering),
                Subscription.start_on <= through,
                Subscription.ends_on >= today,
                or_(Subscription.cancelled_on.is_(None), Subscription.cancelled_on > today),
            ),
            Subscription.id.in_(pending),
        )
        subscriptions = session.scalars(select(Subscription).where(wanted).order_by(Subscription.id)).all()
        events: dict[int, list[SubscriptionEvent]] = defaultdict(list)
        event_query = select(SubscriptionEvent).where(
            SubscriptionEvent.subscription_id.in_(select(Subscription.id).where(wanted))
        )
        for event in session.scalars(event_query.order_by(SubscriptionEvent.effective_on, SubscriptionEvent.id)):
            events[event.subscription_id].append(event)
        rows: dict[int, list[ExistingDelivery]] = defaultdict(list)
        for row_id, subscription_id, day, kind, state, flagged in session.execute(
            existing_deliveries_query().where(Delivery.scheduled_on >= today)
        ).tuples():
            rows[subscription_id].append(ExistingDelivery(row_id, day, kind, state, flagged))
        cadences = plan_cadences(session)
        changes = ScheduleChanges()
        for subscription in subscriptions:
            reconcile_schedule(
                subscription,
                history_of(session, subscription, events[subscription.id]),
                rows[subscription.id],
                cadences,
                changes,
                add_from=today,
                add_through=through,
                now=now,
            )
        apply_schedule_changes(session, changes, staff_id=staff_id, now=now)
        result = changes.result()
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="delivery.schedule",
            entity="delivery",
            entity_id=None,
            after={
                "from": today,
                "through": through,
                "subscriptions": result.subscriptions,
                "added": result.added,
                "reinstated": result.reinstated,
                "cancelled": result.cancelled,
                "flagged": result.flagged,
            },
        )
        return result


def scheduled_through(db: Database) -> date | None:
    """The last day deliveries are scheduled for so far (every subscription follows the same horizon)."""
    with db.reading() as session:
        return session.scalar(select(func.max(Delivery.scheduled_on)))


def keep_schedule_ahead(
    db: Database, *, staff_id: int, days: int = DEFAULT_HORIZON_DAYS, now: datetime | None = None
) -> ScheduleResult | None:
    """Schedule up to *days* ahead unless that is done already (then ``None``): the rolling horizon moves on with
    the calendar without anyone having to remember it."""
    now = now or utc_now()
    through = shop_today(now) + timedelta(days=days)
    done = scheduled_through(db)
    if done is not None and done >= through:
        return None
    return schedule_deliveries(db, through=through, staff_id=staff_id, now=now)


# --- addresses --------------------------------------------------------------------------------------------------


def _is_frozen(delivery: Delivery) -> bool:
    return DeliveryState(delivery.state) in FROZEN_STATES


def _in_effect(addresses: Sequence[AddressVersion], phones: Sequence[PhoneVersion], day: date) -> ResolvedAddress:
    version = in_effect_on(addresses, day)
    phone = in_effect_on((p for p in phones if p.role == PhoneRole.PRIMARY.value), day)
    return ResolvedAddress(
        address=address_of(version) if version is not None else None,
        address_version_id=version.id if version is not None else None,
        phone_e164=phone.e164 if phone is not None else None,
        frozen=False,
    )


def _contacts(
    session: Session, customer_ids: Iterable[int]
) -> tuple[dict[int, list[AddressVersion]], dict[int, list[PhoneVersion]]]:
    ids = sorted(set(customer_ids))
    addresses: dict[int, list[AddressVersion]] = defaultdict(list)
    phones: dict[int, list[PhoneVersion]] = defaultdict(list)
    for chunk in chunks(ids):
        addresses.update(address_versions(session, chunk))
        phones.update(phone_versions(session, chunk))
    return addresses, phones


def _delivery_address(session: Session, delivery: Delivery) -> ResolvedAddress:
    """Where *delivery* goes: for a scheduled (or cancelled) one, the address and primary phone in effect on its
    date as known now; for a packed or later one, the copy frozen when it was packed."""
    if _is_frozen(delivery):
        return ResolvedAddress(
            frozen_address_of(delivery), delivery.frozen_address_version_id, delivery.frozen_phone_e164, True
        )
    addresses, phones = _contacts(session, [delivery.customer_id])
    return _in_effect(addresses[delivery.customer_id], phones[delivery.customer_id], delivery.scheduled_on)


def address_for_delivery(db: Database, delivery_id: int) -> ResolvedAddress:
    with db.reading() as session:
        return _delivery_address(session, get_or_raise(session, Delivery, delivery_id))


@dataclass(frozen=True)
class _Proposed:
    """An address version not yet saved, to ask the timeline where it would be in effect."""

    id: int
    effective_from: date
    effective_until: date | None
    recorded_at: datetime
    voided_at: datetime | None = None


def deliveries_affected_by_address_change(
    db: Database,
    customer_id: int,
    effective_from: date,
    effective_until: date | None = None,
    *,
    address: Address | None = None,
    replacing_version_id: int | None = None,
    now: datetime | None = None,
) -> list[AffectedDelivery]:
    """Before an address change is saved: the deliveries on the days the new address would be in effect
    (from *effective_from*; until *effective_until* for a temporary stay; a later move already on record keeps its
    own days). Scheduled ones move to the new address; packed and shipped ones went or go to the old one and would
    be flagged for follow-up, never rewritten.

    *address* leaves out deliveries already going to that same door; *replacing_version_id* is the version a
    correction or a new end date would void.
    """
    now = now or utc_now()
    with db.reading() as session:
        get_or_raise(session, Customer, customer_id)
        versions = [v for v in address_versions(session, [customer_id])[customer_id] if v.id != replacing_version_id]
        proposed = _Proposed(max((v.id for v in versions), default=0) + 1, effective_from, effective_until, now)
        with_change: list[AddressVersion | _Proposed] = [*versions, proposed]
        query = (
            select(Delivery, Subscription.contract_number)
            .join(Subscription, Subscription.id == Delivery.subscription_id)
            .where(
                Delivery.customer_id == customer_id,
                Delivery.scheduled_on >= effective_from,
                Delivery.state != S.CANCELLED.value,
            )
            .order_by(Delivery.scheduled_on, Delivery.id)
        )
        if effective_until is not None:
            query = query.where(Delivery.scheduled_on <= effective_until)
        found = []
        for delivery, contract_number in session.execute(query).tuples():
            if in_effect_on(with_change, delivery.scheduled_on) is not proposed:
                continue
            state = DeliveryState(delivery.state)
            if state in FROZEN_STATES:
                went = frozen_address_of(delivery)
                how = AffectedHow.PACKED_FOR_OLD if state is S.PACKED else AffectedHow.SHIPPED_TO_OLD
            else:
                current = in_effect_on(versions, delivery.scheduled_on)
                went = address_of(current) if current is not None else None
                how = AffectedHow.MOVES
            if address is not None and went is not None and same_place(went, address):
                continue
            found.append(
                AffectedDelivery(
                    delivery_id=delivery.id,
                    subscription_id=delivery.subscription_id,
                    contract_number=contract_number or "",
                    scheduled_on=delivery.scheduled_on,
                    kind=DeliveryKind(delivery.kind),
                    state=state,
                    how=how,
                    address=went,
                )
            )
        return found


# --- steps ------------------------------------------------------------------------------------------------------

_ACTIONS = {
    (S.SCHEDULED, S.PACKED): "pack",
    (S.PACKED, S.SHIPPED): "ship",
    (S.SHIPPED, S.DELIVERED): "deliver",
    (S.SHIPPED, S.FAILED): "fail",
    (S.SHIPPED, S.RETURNED): "return",
    (S.PACKED, S.SCHEDULED): "unpack",
    (S.SCHEDULED, S.CANCELLED): "cancel",
    (S.CANCELLED, S.SCHEDULED): "reinstate",
}


def _selected(session: Session, delivery_ids: Sequence[int]) -> list[Delivery]:
    ids = list(dict.fromkeys(delivery_ids))
    if not ids:
        raise ValidationError.of("deliveries", _NOTHING_CHOSEN)
    found: dict[int, Delivery] = {}
    for chunk in chunks(ids):
        found.update((row.id, row) for row in session.scalars(select(Delivery).where(Delivery.id.in_(chunk))))
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"Delivery {missing[0]}")
    return [found[i] for i in ids]


def _labels(session: Session, rows: Sequence[Delivery]) -> dict[int, str]:
    """How each delivery is named in a message: the customer and the date."""
    ids = sorted({row.customer_id for row in rows})
    names: dict[int, str] = {}
    for chunk in chunks(ids):
        names.update(session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(chunk))).tuples().all())
    return {row.id: f"{names.get(row.customer_id, '')} {row.scheduled_on.isoformat()}" for row in rows}


def _check_steps(
    rows: Sequence[Delivery],
    labels: Mapping[int, str],
    steps: Callable[[DeliveryState], list[DeliveryState]],
    *,
    held: Collection[int] = (),
    held_for_overdue: Collection[int] = (),
) -> None:
    """Every chosen delivery can take its steps, or nothing happens; all refusals are listed at once. *held* are
    the ones a hold stops from leaving the shop."""
    problems = ProblemCollector()
    for row in rows:
        with problems.checking():
            if row.id in held_for_overdue:
                raise ValidationError.of("delivery_ids", _HELD_OVERDUE, delivery=labels[row.id])
            if row.id in held:
                raise ValidationError.of("delivery_ids", _HELD, delivery=labels[row.id])
            current = DeliveryState(row.state)
            for target in steps(current):
                current = check_transition(current, target, delivery=labels[row.id])
    problems.raise_if_any()


def _step(
    session: Session,
    delivery: Delivery,
    target: DeliveryState,
    *,
    staff_id: int,
    now: datetime,
    note: str = "",
    details: Mapping[str, Any] | None = None,
) -> None:
    before = DeliveryState(delivery.state)
    session.add(delivery_event(delivery, target, staff_id, now, note))
    delivery.state = target.value
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action=f"delivery.{_ACTIONS[(before, target)]}",
        entity="delivery",
        entity_id=delivery.id,
        before={"state": before},
        after={"state": target, **({"note": note} if note else {}), **(details or {})},
    )


def _addresses_for_packing(
    session: Session, rows: Sequence[Delivery], labels: Mapping[int, str]
) -> dict[int, ResolvedAddress]:
    """The address in effect on each delivery's date; refused, for all of them, if any has none."""
    addresses, phones = _contacts(session, (row.customer_id for row in rows))
    problems = ProblemCollector()
    resolved = {}
    for row in rows:
        found = _in_effect(addresses[row.customer_id], phones[row.customer_id], row.scheduled_on)
        if found.address is None:
            problems.add("deliveries", _NO_ADDRESS, delivery=labels[row.id])
        resolved[row.id] = found
    problems.raise_if_any()
    return resolved


def _freeze(delivery: Delivery, resolved: ResolvedAddress) -> None:
    address = resolved.address
    assert address is not None
    delivery.postal_code = address.postal_code
    delivery.road_address = address.road_address
    delivery.detail = address.detail
    delivery.entry_notes = address.entry_notes
    delivery.delivery_memo = address.delivery_memo
    delivery.region = region_of(address.road_address)
    delivery.frozen_address_version_id = resolved.address_version_id
    delivery.frozen_phone_e164 = resolved.phone_e164


def _thaw(delivery: Delivery) -> None:
    delivery.postal_code = delivery.road_address = delivery.detail = None
    delivery.entry_notes = delivery.delivery_memo = delivery.region = None
    delivery.frozen_address_version_id = None
    delivery.frozen_phone_e164 = None
    delivery.courier = delivery.tracking_number = None


def _pack_rows(
    session: Session, rows: Sequence[Delivery], labels: Mapping[int, str], *, staff_id: int, now: datetime
) -> None:
    resolved = _addresses_for_packing(session, rows, labels)
    for row in rows:
        _freeze(row, resolved[row.id])
        _step(
            session,
            row,
            S.PACKED,
            staff_id=staff_id,
            now=now,
            details={
                "address": address.one_line if (address := resolved[row.id].address) else None,
                "address_version_id": resolved[row.id].address_version_id,
                "phone": resolved[row.id].phone_e164,
            },
        )


def pack(db: Database, *, staff_id: int, delivery_ids: Sequence[int], now: datetime | None = None) -> None:
    """Pack the chosen scheduled deliveries: the address and primary phone in effect on each one's date are frozen
    on it (the label). Refused for all when any is not scheduled or has no address in effect on its date."""
    now = now or utc_now()
    with unit_of_work(db, DeliveriesChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        rows = _selected(session, delivery_ids)
        labels = _labels(session, rows)
        _check_steps(
            rows,
            labels,
            lambda _state: [S.PACKED],
            held=held_delivery_ids(session, delivery_ids, shop_today(now)),
            held_for_overdue=overdue_held_delivery_ids(session, delivery_ids, shop_today(now)),
        )
        _pack_rows(session, rows, labels, staff_id=staff_id, now=now)
        session.flush()


def ship(
    db: Database,
    *,
    staff_id: int,
    delivery_ids: Sequence[int],
    courier: str,
    tracking_number: str = "",
    tracking_numbers: Mapping[int, str] | None = None,
    check_courier_formats: bool = False,
    now: datetime | None = None,
) -> None:
    """Hand the chosen deliveries to *courier*, each with its tracking number (*tracking_numbers* by delivery id,
    else *tracking_number*; empty for a hand delivery). A scheduled one is packed first, in the same step, so it
    is refused the same way when no address is in effect on its date.

    The same number on two deliveries of *tracking_numbers* is refused. With *check_courier_formats*, so is a
    number that does not look like the courier's (the counter asks for this until the clerk has confirmed them)."""
    now = now or utc_now()
    problems = ProblemCollector()
    with problems.checking():
        courier = check_courier(courier)
    with problems.checking():
        tracking_number = check_tracking_number(tracking_number)
    numbers: dict[int, str] = {}
    for delivery_id, number in (tracking_numbers or {}).items():
        with problems.checking():
            numbers[delivery_id] = check_tracking_number(number, field=f"tracking_numbers[{delivery_id}]")
    found = duplicate_tracking_numbers(numbers)
    if check_courier_formats:
        shown = numbers or dict.fromkeys(delivery_ids, tracking_number)
        found += [
            warning
            for delivery_id, number in shown.items()
            if (warning := tracking_number_warning(courier, number, field=f"tracking_numbers[{delivery_id}]"))
        ]
    for problem in found:
        problems.add(problem.field, problem.template, **problem.arguments)
    problems.raise_if_any()

    def steps(state: DeliveryState) -> list[DeliveryState]:
        return [S.PACKED, S.SHIPPED] if state is S.SCHEDULED else [S.SHIPPED]

    with unit_of_work(db, DeliveriesChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        rows = _selected(session, delivery_ids)
        labels = _labels(session, rows)
        _check_steps(
            rows,
            labels,
            steps,
            held=held_delivery_ids(session, delivery_ids, shop_today(now)),
            held_for_overdue=overdue_held_delivery_ids(session, delivery_ids, shop_today(now)),
        )
        unpacked = [row for row in rows if row.state == S.SCHEDULED.value]
        if unpacked:
            _pack_rows(session, unpacked, labels, staff_id=staff_id, now=now)
        for row in rows:
            row.courier = courier
            row.tracking_number = numbers.get(row.id, tracking_number) or None
            _step(
                session,
                row,
                S.SHIPPED,
                staff_id=staff_id,
                now=now,
                details={"courier": row.courier, "tracking_number": row.tracking_number},
            )
        session.flush()


def _simple_step(
    db: Database,
    *,
    staff_id: int,
    delivery_ids: Sequence[int],
    target: DeliveryState,
    now: datetime | None,
    note: str = "",
    follow_up: FollowUpReason | None = None,
    hold: bool = False,
) -> None:
    now = now or utc_now()
    with unit_of_work(db, DeliveriesChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        rows = _selected(session, delivery_ids)
        _check_steps(rows, _labels(session, rows), lambda _state: [target])
        for row in rows:
            _step(session, row, target, staff_id=staff_id, now=now, note=note)
            if follow_up is not None:
                flag_for_follow_up(row, follow_up)
        session.flush()
        if hold:
            for row in sorted(rows, key=lambda r: r.scheduled_on):
                hold_after_return(session, row, note=note, staff_id=staff_id, now=now)


def mark_delivered(db: Database, *, staff_id: int, delivery_ids: Sequence[int], now: datetime | None = None) -> None:
    """The courier delivered the chosen shipped deliveries."""
    _simple_step(db, staff_id=staff_id, delivery_ids=delivery_ids, target=S.DELIVERED, now=now)


def mark_failed(
    db: Database, *, staff_id: int, delivery_ids: Sequence[int], reason: str, now: datetime | None = None
) -> None:
    """The courier could not deliver the chosen shipped deliveries (*reason*: the courier's note); each goes on
    the follow-up list."""
    reason = check_reason(reason)
    _simple_step(
        db,
        staff_id=staff_id,
        delivery_ids=delivery_ids,
        target=S.FAILED,
        now=now,
        note=reason,
        follow_up=FollowUpReason.FAILED,
    )


def mark_returned(
    db: Database,
    *,
    staff_id: int,
    delivery_ids: Sequence[int],
    reason: str,
    customer_moved: bool = False,
    now: datetime | None = None,
) -> None:
    """The chosen shipped deliveries came back to the shop; each goes on the follow-up list. With
    *customer_moved* ("addressee moved") the address on each label is unreachable from that delivery's date: the
    customer's next deliveries are held, in the same transaction, until the new address is known."""
    reason = check_reason(reason)
    _simple_step(
        db,
        staff_id=staff_id,
        delivery_ids=delivery_ids,
        target=S.RETURNED,
        now=now,
        note=reason,
        follow_up=FollowUpReason.RETURNED,
        hold=customer_moved,
    )


_PACKING_REASONS = {
    FollowUpReason.ADDRESS_CHANGED_AFTER_PACKING.value,
    FollowUpReason.SCHEDULE_CHANGED_AFTER_PACKING.value,
}


def unpack(
    db: Database, *, staff_id: int, delivery_ids: Sequence[int], note: str = "", now: datetime | None = None
) -> None:
    """Take the chosen packed deliveries back to scheduled: the frozen address is dropped, so each goes to the
    address in effect on its date again when packed anew, and one the schedule no longer needs is cancelled."""
    now = now or utc_now()
    note = check_note(note)
    with unit_of_work(db, DeliveriesChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        rows = _selected(session, delivery_ids)
        _check_steps(rows, _labels(session, rows), lambda _state: [S.SCHEDULED])
        for row in rows:
            _step(session, row, S.SCHEDULED, staff_id=staff_id, now=now, note=note)
            _thaw(row)
            if row.follow_up_reason in _PACKING_REASONS:  # unpacking is what the follow-up asked for
                row.needs_follow_up = False
                row.follow_up_reason = None
        session.flush()
        for subscription_id in sorted({row.subscription_id for row in rows}):
            reschedule_subscription(session, subscription_id, staff_id=staff_id, now=now)


def clear_follow_up(
    db: Database, *, staff_id: int, delivery_ids: Sequence[int], note: str = "", now: datetime | None = None
) -> None:
    """The chosen deliveries were followed up (the customer called, the box was sent again): off the list."""
    now = now or utc_now()
    note = check_note(note)
    with unit_of_work(db, DeliveriesChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        for row in _selected(session, delivery_ids):
            if not row.needs_follow_up:
                continue
            audit(
                session,
                at=now,
                staff_id=staff_id,
                action="delivery.follow_up_done",
                entity="delivery",
                entity_id=row.id,
                before={"reason": row.follow_up_reason},
                after={"note": note},
            )
            row.needs_follow_up = False
            row.follow_up_reason = None
        session.flush()


def delivery_history(db: Database, delivery_id: int) -> tuple[DeliveryEventEntry, ...]:
    """Every step of one delivery, oldest first, with who took it."""
    with db.reading() as session:
        get_or_raise(session, Delivery, delivery_id)
        events = session.scalars(
            select(DeliveryEvent)
            .where(DeliveryEvent.delivery_id == delivery_id)
            .order_by(DeliveryEvent.at, DeliveryEvent.id)
        ).all()
        names = staff_names(session, (e.staff_id for e in events))
        return tuple(
            DeliveryEventEntry(
                DeliveryState(e.from_state), DeliveryState(e.to_state), e.at, names.get(e.staff_id, ""), e.note
            )
            for e in events
        )


# --- the list ---------------------------------------------------------------------------------------------------


def _in_effect_on_delivery_date(
    model: type[AddressVersion] | type[PhoneVersion], column: Any, *conditions: ColumnElement[bool]
) -> Any:
    """SQL, per delivery row: *column* of the version in effect on the delivery's date as known now (the rule of
    ``domain.timeline.in_effect_on``), one probe of the customer's index on ``(customer_id, …, effective_from)``."""
    return (
        select(column)
        .where(
            model.customer_id == Delivery.customer_id,
            *conditions,
            model.voided_at.is_(None),
            model.effective_from <= Delivery.scheduled_on,
            or_(model.effective_until.is_(None), model.effective_until >= Delivery.scheduled_on),
        )
        .order_by(model.effective_from.desc(), model.recorded_at.desc(), model.id.desc())
        .limit(1)
        .correlate(Delivery)
        .scalar_subquery()
    )


_Resolved = aliased(AddressVersion, name="resolved_address")
_FROZEN = Delivery.state.in_([s.value for s in FROZEN_STATES])


def _region() -> ColumnElement[str | None]:
    """SQL: the 시/도 a delivery goes to (in effect on its date) or went to (frozen when packed)."""
    in_effect = _in_effect_on_delivery_date(AddressVersion, AddressVersion.region)
    return case((_FROZEN, Delivery.region), else_=in_effect)


def _filtered(query: Select[T], filters: DeliveryFilter, overdue_cutoff: date | None = None) -> Select[T]:
    if filters.first is not None:
        query = query.where(Delivery.scheduled_on >= filters.first)
    if filters.last is not None:
        query = query.where(Delivery.scheduled_on <= filters.last)
    if filters.state is not None:
        query = query.where(Delivery.state == filters.state.value)
    if filters.plan_kind is not None:
        kind = delivery_kind_for(filters.plan_kind)
        query = query.where(Delivery.kind == kind.value if kind is not None else false())
    if filters.customer_id is not None:
        query = query.where(Delivery.customer_id == filters.customer_id)
    if filters.subscription_id is not None:
        query = query.where(Delivery.subscription_id == filters.subscription_id)
    if filters.needs_follow_up is not None:
        query = query.where(Delivery.needs_follow_up.is_(filters.needs_follow_up))
    if filters.held is not None:
        held = held_condition(overdue_cutoff)
        query = query.where(held if filters.held else not_(held))
    if filters.region is not None:
        region = region_of(filters.region.strip()) or filters.region.strip()
        query = query.where(_region() == region)
    return query


def list_deliveries(
    db: Database,
    filters: DeliveryFilter = DeliveryFilter(),
    *,
    after: DeliveryRow | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    today: date | None = None,
) -> DeliveryPage:
    """One page of deliveries by date, each with the address it goes to (in effect on its date, as known now) or
    went to (frozen when packed): the first, or the one after the row *after* (a keyset: a deep page costs what the
    first does), or from an *offset*.

    One query: the page is chosen first (by the date index; a region filter looks up each candidate's 시/도), and
    only its rows are joined to the address version and primary phone in effect on their dates."""
    with db.reading() as session:
        cutoff = overdue_hold_cutoff(session, today or shop_today())  # holds for being overdue are as of today
        in_segment = _in_segment(session, filters, today or shop_today())
    chosen = _filtered(select(Delivery.id, Delivery.scheduled_on), filters, cutoff)
    if in_segment is not None:
        chosen = chosen.where(in_segment)
    if after is not None:
        chosen = chosen.where(tuple_(Delivery.scheduled_on, Delivery.id) > (after.scheduled_on, after.id))
    page = chosen.order_by(Delivery.scheduled_on, Delivery.id).offset(offset).limit(limit + 1).subquery("page")
    query = (
        select(
            Delivery.id,
            Delivery.subscription_id,
            Subscription.contract_number,
            Delivery.customer_id,
            Customer.name,
            Delivery.scheduled_on,
            Delivery.kind,
            Delivery.state,
            Delivery.postal_code,
            Delivery.road_address,
            Delivery.detail,
            Delivery.entry_notes,
            Delivery.delivery_memo,
            Delivery.frozen_address_version_id,
            Delivery.frozen_phone_e164,
            _Resolved.id,
            _Resolved.postal_code,
            _Resolved.road_address,
            _Resolved.detail,
            _Resolved.entry_notes,
            _Resolved.delivery_memo,
            case(
                (_FROZEN, Delivery.frozen_phone_e164),
                else_=_in_effect_on_delivery_date(
                    PhoneVersion, PhoneVersion.e164, PhoneVersion.role == PhoneRole.PRIMARY.value
                ),
            ),
            case((_FROZEN, Delivery.region), else_=_Resolved.region),
            Delivery.courier,
            Delivery.tracking_number,
            Delivery.needs_follow_up,
            Delivery.follow_up_reason,
            Delivery.version,
            held_condition(cutoff),
            held_for_overdue_condition(cutoff),
        )
        .select_from(page)
        .join(Delivery, Delivery.id == page.c.id)
        .join(Subscription, Subscription.id == Delivery.subscription_id)
        .join(Customer, Customer.id == Delivery.customer_id)
        .outerjoin(
            _Resolved,
            and_(not_(_FROZEN), _Resolved.id == _in_effect_on_delivery_date(AddressVersion, AddressVersion.id)),
        )
        .order_by(page.c.scheduled_on, page.c.id)
    )
    with db.reading() as session:
        found = session.execute(query).all()
    return DeliveryPage(tuple(_row(row) for row in found[:limit]), len(found) > limit)


#: Stored codes to their enums: a dict lookup costs a tenth of calling the enum, for every row of every page.
_STATES = {state.value: state for state in DeliveryState}
_KINDS = {kind.value: kind for kind in DeliveryKind}
_REASONS = {reason.value: reason for reason in FollowUpReason}


def _row(row: Any) -> DeliveryRow:
    state = _STATES[row[7]]
    frozen = state in FROZEN_STATES
    if frozen:
        version_id, columns = row[13], row[8:13]
    else:
        version_id, columns = row[15], row[16:21]
    address = None
    if columns[1] is not None:
        address = Address(columns[0] or "", columns[1], columns[2] or "", columns[3] or "", columns[4] or "")
    return DeliveryRow(
        id=row[0],
        subscription_id=row[1],
        contract_number=row[2] or "",
        customer_id=row[3],
        customer_name=row[4],
        scheduled_on=row[5],
        kind=_KINDS[row[6]],
        state=state,
        address=address,
        address_version_id=version_id,
        phone_e164=row[21],
        frozen=frozen,
        region=row[22],
        courier=row[23],
        tracking_number=row[24],
        needs_follow_up=bool(row[25]),
        follow_up_reason=_REASONS[row[26]] if row[26] else None,
        version=row[27],
        held=bool(row[28]),
        held_for_overdue=bool(row[29]),
    )


def count_deliveries(db: Database, filters: DeliveryFilter = DeliveryFilter()) -> int:
    """How many deliveries the list holds with *filters*."""
    with db.reading() as session:
        query = _filtered(
            select(func.count()).select_from(Delivery), filters, overdue_hold_cutoff(session, shop_today())
        )
        in_segment = _in_segment(session, filters, shop_today())
        if in_segment is not None:
            query = query.where(in_segment)
        return int(session.scalar(query) or 0)


def _in_segment(session: Session, filters: DeliveryFilter, today: date) -> ColumnElement[bool] | None:
    """SQL: the delivery's customer is in the filter's saved segment today (None without a segment)."""
    if filters.segment_id is None:
        return None
    return customer_in_saved_segment(session, filters.segment_id, today, Delivery.customer_id)
