"""Rentals at the counter: lending items to a customer's child, returns with a condition check, swaps, finishing
cleaning and repair, reservations, fees on the customer, the customer's rentals, and suggestions for a child.

Each call is one transaction with its audit record and an ``ItemEvent`` for every change of an item's state. A
refused call (item not available, held for someone else, customer suspended, no running rental subscription, an
item not out) raises ``ValidationError`` before anything is written. Two counters scanning the same item at once
cannot both lend it: the item row carries a version, and the slower counter gets ``RentalsChangedError``.
The rules themselves are in ``domain.rentals`` and ``domain.toys``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    Child,
    Customer,
    CustomerCharge,
    Delivery,
    Item,
    Loan,
    Reservation,
    Shop,
    Subscription,
    Toy,
)
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.person import age_in_months
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.rentals import (
    CHARGE_FOR,
    ChargeKind,
    RentalRules,
    ReservationState,
    ReturnCondition,
    ReturnFigures,
    check_loan_dates,
    check_not_suspended,
    check_return_date,
    check_returned_after_lent,
    days_late,
    default_due_date,
    is_suspended,
    late_fee,
    return_figures,
    validate_rental_rules,
)
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.subscriptions import SubscriptionState
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.toys import (
    ItemState,
    ItemStep,
    ToyCategory,
    check_transition,
    clean_note,
    parse_barcode,
    steps_for,
)
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import ConcurrentEditError, audit, get_or_raise, require_staff, unit_of_work
from toysub_desktop.services.queries.contact_versions import staff_names
from toysub_desktop.services.queries.items import change_item_state, item_label, label_of
from toysub_desktop.services.queries.ledger import bill_rental_fees
from toysub_desktop.services.queries.overdue import held_for_overdue_ids, overdue_rules
from toysub_desktop.services.queries.reservations import (
    ReservationLine,
    first_waiting,
    in_queue_order,
    reservation_lines,
    to_shelf_or_queue,
)
from toysub_desktop.services.queries.shop_settings import audit_settings_change, shop_for_owner
from toysub_desktop.services.queries.subscription_history import history_of

PAGE_SIZE = 100
#: Kinds of plan under which toys are lent (a toy box is the customer's to keep).
LENDING_KINDS = (PlanKind.RENTAL.value, PlanKind.UNLIMITED.value)
_LENDING_STATES = (SubscriptionState.TRIAL, SubscriptionState.ACTIVE)
#: Suggestions per child: a screenful.
SUGGESTIONS = 30

_RULE_COLUMNS = ("late_fee_per_day", "late_fee_cap_days", "suspension_after_days", "loan_days", "damage_fee_percent")

_NO_ITEMS = QT_TRANSLATE_NOOP("Validation", "Scan at least one item.")
_UNKNOWN_BARCODE = QT_TRANSLATE_NOOP("Validation", "No item has the barcode {barcode}.")
_SCANNED_TWICE = QT_TRANSLATE_NOOP("Validation", "{item} was scanned twice.")
_HELD_FOR_OTHER = QT_TRANSLATE_NOOP(
    "Validation", "{item} is set aside for {customer}'s reservation and cannot be lent to anyone else."
)
_NOT_OUT = QT_TRANSLATE_NOOP("Validation", "{item} is not out on loan, so there is nothing to return.")
_NOT_IN_WORK = QT_TRANSLATE_NOOP("Validation", "{item} is not in cleaning or repair.")
_NO_SUBSCRIPTION = QT_TRANSLATE_NOOP(
    "Validation",
    "This customer has no running rental or unlimited subscription on {day}, so toys cannot be lent to them.",
)
_HELD_OVERDUE = QT_TRANSLATE_NOOP(
    "Validation",
    "Lending is on hold for an overdue account: a charge is unpaid more than {days} days after its due "
    "date. Take the payment first.",
)
_NOT_THEIR_CHILD = QT_TRANSLATE_NOOP("Validation", "Choose one of this customer's children.")
_TOY_RETIRED = QT_TRANSLATE_NOOP("Validation", "{toy} is no longer in the catalogue.")
_ALREADY_RESERVED = QT_TRANSLATE_NOOP("Validation", "{child} is already waiting for {toy}.")
_RESERVATION_CLOSED = QT_TRANSLATE_NOOP("Validation", "This reservation is already fulfilled or cancelled.")
_CHARGE_VOIDED = QT_TRANSLATE_NOOP("Validation", "This charge was already voided.")
_REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Say why, for the record.")
_WRONG_DELIVERY = QT_TRANSLATE_NOOP("Validation", "This delivery is not one of this customer's.")
_NOT_SAME_CUSTOMER = QT_TRANSLATE_NOOP("Validation", "{item} is out with another customer, not this one.")


class RentalsChangedError(ConcurrentEditError):
    """Another counter changed one of these items (or reservations) meanwhile; nothing was written."""

    message = QT_TRANSLATE_NOOP(
        "Validation",
        "Another counter changed one of these items meanwhile, so nothing was saved. Scan the items again.",
    )


# --- values -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RentalSettings:
    rules: RentalRules
    version: int


@dataclass(frozen=True)
class ReturnLine:
    """One item handed back: what the scanner read, its condition, and the fee the clerk confirmed (None: the
    suggested one)."""

    barcode: str
    condition: ReturnCondition
    fee: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ReturnPreview:
    """What one return line will do, shown before saving."""

    item_id: int
    barcode: str
    toy_name: str
    customer_id: int
    customer_name: str
    child_name: str
    lent_on: date
    due_on: date
    toy_value: int
    figures: ReturnFigures
    #: Who the item goes to when it is set aside (a clean return with children waiting).
    goes_to: str | None


@dataclass(frozen=True)
class ReturnResult:
    lines: tuple[ReturnPreview, ...]
    #: Charges recorded on customers by this return.
    charge_ids: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(line.figures.total for line in self.lines)


@dataclass(frozen=True)
class SwapResult:
    returned: ReturnResult
    loan_ids: tuple[int, ...]


@dataclass(frozen=True)
class LoanLine:
    """One item out with a customer, as the customer's rentals list shows it."""

    loan_id: int
    item_id: int
    barcode: str
    toy_name: str
    child_id: int
    child_name: str
    lent_on: date
    due_on: date
    days_late: int
    late_fee_so_far: int


@dataclass(frozen=True)
class ChargeLine:
    id: int
    kind: ChargeKind
    amount: int
    charged_on: date
    item: str
    note: str
    recorded_by: str
    voided: bool
    void_reason: str | None


@dataclass(frozen=True)
class ChildLine:
    id: int
    name: str
    age_months: int


@dataclass(frozen=True)
class CustomerRentals:
    customer_id: int
    customer_number: str
    customer_name: str
    children: tuple[ChildLine, ...]
    #: The running subscription new loans are made under, if any.
    subscription_id: int | None
    subscription_label: str
    out: tuple[LoanLine, ...]
    charges: tuple[ChargeLine, ...]
    reservations: tuple[ReservationLine, ...]
    most_days_overdue: int
    suspended: bool
    rules: RentalRules

    @property
    def late_fees_so_far(self) -> int:
        return sum(line.late_fee_so_far for line in self.out)

    @property
    def charges_total(self) -> int:
        return sum(c.amount for c in self.charges if not c.voided)


@dataclass(frozen=True)
class Suggestion:
    toy_id: int
    name: str
    category: ToyCategory
    brand: str
    min_age_months: int
    max_age_months: int
    available: int


@dataclass(frozen=True)
class FinishedWork:
    state: ItemState
    #: Set when the item went straight to a waiting reservation.
    reserved_for: ReservationLine | None


# --- settings ---------------------------------------------------------------------------------------------------


def _rules(shop: Shop) -> RentalRules:
    return RentalRules(
        late_fee_per_day=shop.late_fee_per_day,
        late_fee_cap_days=shop.late_fee_cap_days,
        suspension_after_days=shop.suspension_after_days,
        loan_days=shop.loan_days,
        damage_fee_percent=shop.damage_fee_percent,
    )


def _shop_rules(session: Session) -> RentalRules:
    return _rules(session.scalars(select(Shop).limit(1)).one())


def rental_settings(db: Database) -> RentalSettings:
    with db.reading() as session:
        shop = session.scalars(select(Shop).limit(1)).one()
        return RentalSettings(_rules(shop), shop.version)


def update_rental_settings(
    db: Database,
    *,
    by_staff_id: int,
    late_fee_per_day: int,
    late_fee_cap_days: int,
    suspension_after_days: int,
    loan_days: int,
    damage_fee_percent: int,
    expected_version: int,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> None:
    """The owner changes the late fee, its cap, the suspension threshold, the loan period or the damage share.

    Fees already recorded keep their amounts; late fees of items still out follow the new rule from now on.
    """
    now = now or utc_now()
    rules = validate_rental_rules(
        late_fee_per_day=late_fee_per_day,
        late_fee_cap_days=late_fee_cap_days,
        suspension_after_days=suspension_after_days,
        loan_days=loan_days,
        damage_fee_percent=damage_fee_percent,
    )
    approved_by = authorize(db, by_staff_id=by_staff_id, permission=Permission.FEE_RULES, approval=approval, now=now)
    with unit_of_work(db) as session:
        shop = shop_for_owner(session, by_staff_id, expected_version)
        before = {name: getattr(shop, name) for name in _RULE_COLUMNS}
        shop.late_fee_per_day = rules.late_fee_per_day
        shop.late_fee_cap_days = rules.late_fee_cap_days
        shop.suspension_after_days = rules.suspension_after_days
        shop.loan_days = rules.loan_days
        shop.damage_fee_percent = rules.damage_fee_percent
        audit_settings_change(session, shop, by_staff_id, now, before, _RULE_COLUMNS, approved_by=approved_by)


# --- shared steps -----------------------------------------------------------------------------------------------


def _item_by_barcode(session: Session, text: str, *, field: str = "barcode") -> Item:
    barcode = parse_barcode(text, field=field)
    item = session.scalars(select(Item).where(Item.barcode == barcode)).first()
    if item is None:
        raise ValidationError.of(field, _UNKNOWN_BARCODE, barcode=barcode)
    return item


def _items_by_barcodes(
    session: Session, texts: Sequence[str], problems: ProblemCollector, *, field: str = "barcode"
) -> list[Item]:
    """Every scanned item that was found, in order; unreadable, unknown or repeated codes go to *problems*, so the
    clerk hears of them together with whatever is wrong with the items that were found."""
    if not texts:
        problems.add(field, _NO_ITEMS)
    items: list[Item] = []
    seen: set[int] = set()
    for text in texts:
        with problems.checking():
            item = _item_by_barcode(session, text, field=field)
            if item.id in seen:
                problems.add(field, _SCANNED_TWICE, item=label_of(session, item))
            else:
                seen.add(item.id)
                items.append(item)
    return items


def _open_loan(session: Session, item_id: int) -> Loan | None:
    query = select(Loan).where(Loan.item_id == item_id, Loan.returned_on.is_(None)).order_by(Loan.id.desc())
    return session.scalars(query.limit(1)).first()


def _most_days_overdue(session: Session, customer_id: int, today: date) -> int:
    earliest = session.scalar(
        select(func.min(Loan.due_on)).where(Loan.customer_id == customer_id, Loan.returned_on.is_(None))
    )
    return days_late(earliest, today) if earliest is not None else 0


def _lending_subscription(session: Session, customer_id: int, day: date) -> Subscription | None:
    """The customer's rental or unlimited subscription running (trial or active, not paused) on *day*."""
    candidates = session.scalars(
        select(Subscription)
        .where(
            Subscription.customer_id == customer_id,
            Subscription.kind.in_(LENDING_KINDS),
            Subscription.start_on <= day,
            Subscription.ends_on >= day,
            or_(Subscription.cancelled_on.is_(None), Subscription.cancelled_on > day),
        )
        .order_by(Subscription.start_on.desc(), Subscription.id.desc())
    )
    for subscription in candidates:
        if history_of(session, subscription).state_on(day) in _LENDING_STATES:
            return subscription
    return None


def _child_of(session: Session, customer_id: int, child_id: int) -> Child:
    child = session.get(Child, child_id)
    if child is None or child.customer_id != customer_id or not child.active:
        raise ValidationError.of("child", _NOT_THEIR_CHILD)
    return child


# --- lending ----------------------------------------------------------------------------------------------------


def _check_may_borrow(session: Session, customer_id: int, day: date, today: date) -> Subscription:
    """The customer may borrow: a running rental or unlimited subscription, and no item overdue past the limit."""
    problems = ProblemCollector()
    subscription = _lending_subscription(session, customer_id, day)
    if subscription is None:
        problems.add("customer", _NO_SUBSCRIPTION, day=day.isoformat())
    with problems.checking():
        check_not_suspended(_shop_rules(session), _most_days_overdue(session, customer_id, today))
    if held_for_overdue_ids(session, {customer_id}, today):
        problems.add("customer", _HELD_OVERDUE, days=str(overdue_rules(session).hold_after_days))
    problems.raise_if_any()
    assert subscription is not None
    return subscription


def _lend(
    session: Session,
    *,
    staff_id: int,
    customer_id: int,
    child_id: int,
    barcodes: Sequence[str],
    lent_on: date,
    due_on: date | None,
    delivery_id: int | None,
    note: str,
    today: date,
    now: datetime,
) -> tuple[int, ...]:
    get_or_raise(session, Customer, customer_id)
    problems = ProblemCollector()
    rules = _shop_rules(session)
    # A future (or mistyped) lending day is refused on its own; no due date is worked out from it.
    due = due_on or (default_due_date(lent_on, rules) if lent_on <= today else None)
    with problems.checking():
        _child_of(session, customer_id, child_id)
    with problems.checking():
        check_loan_dates(lent_on, due, today=today)
    clean = ""
    with problems.checking():
        clean = clean_note(note)
    if delivery_id is not None:
        delivery = session.get(Delivery, delivery_id)
        if delivery is None or delivery.customer_id != customer_id:
            problems.add("delivery", _WRONG_DELIVERY)
    items = _items_by_barcodes(session, barcodes, problems)
    holds: dict[int, Reservation] = {}
    for item in items:
        state = ItemState(item.state)
        if state is ItemState.HELD:
            held_for = session.scalars(
                select(Reservation).where(
                    Reservation.item_id == item.id, Reservation.state == ReservationState.READY.value
                )
            ).first()
            if held_for is not None and held_for.customer_id != customer_id:
                name = session.scalar(select(Customer.name).where(Customer.id == held_for.customer_id)) or ""
                problems.add("barcode", _HELD_FOR_OTHER, item=label_of(session, item), customer=name)
            elif held_for is not None:
                holds[item.id] = held_for
        elif state is not ItemState.AVAILABLE:
            with problems.checking():
                check_transition(state, ItemState.ON_LOAN, item=label_of(session, item), field="barcode")
    subscription: Subscription | None = None
    with problems.checking():
        subscription = _check_may_borrow(session, customer_id, lent_on, today)
    problems.raise_if_any()
    assert subscription is not None
    loan_ids = []
    for item in items:
        loan = Loan(
            item_id=item.id,
            customer_id=customer_id,
            child_id=child_id,
            subscription_id=subscription.id,
            delivery_id=delivery_id,
            lent_on=lent_on,
            due_on=due,
            lent_at=now,
            lent_by_id=staff_id,
            note=clean,
        )
        session.add(loan)
        session.flush()
        reservation = holds.get(item.id)
        change_item_state(
            session, item, ItemState.ON_LOAN, staff_id=staff_id, now=now, loan_id=loan.id,
            reservation_id=reservation.id if reservation else None, field="barcode",
        )  # fmt: skip
        if reservation is not None:
            reservation.state = ReservationState.FULFILLED.value
            reservation.closed_at = now
            reservation.closed_by_id = staff_id
        audit(
            session, at=now, staff_id=staff_id, action="loan.lend", entity="loan", entity_id=loan.id,
            after={"item": item.barcode, "customer_id": customer_id, "child_id": child_id, "lent_on": lent_on,
                   "due_on": due, "subscription_id": subscription.id, "reservation_id": reservation.id
                   if reservation else None},
        )  # fmt: skip
        loan_ids.append(loan.id)
    return tuple(loan_ids)


def lend(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    child_id: int,
    barcodes: Sequence[str],
    lent_on: date | None = None,
    due_on: date | None = None,
    delivery_id: int | None = None,
    note: str = "",
    now: datetime | None = None,
) -> tuple[int, ...]:
    """Lend the scanned items to a customer's child; returns the new loan ids (in the order scanned).

    Refused, with nothing written, when an item is unknown, not available, or set aside for another customer's
    reservation, when the customer has no running rental or unlimited subscription on the day, or is suspended
    for overdue items. Lending an item set aside for this customer fulfils their reservation.
    """
    now = now or utc_now()
    today = shop_today(now)
    with unit_of_work(db, RentalsChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        return _lend(
            session, staff_id=staff_id, customer_id=customer_id, child_id=child_id, barcodes=barcodes,
            lent_on=lent_on or today, due_on=due_on, delivery_id=delivery_id, note=note, today=today, now=now,
        )  # fmt: skip


def default_due_on(db: Database, lent_on: date) -> date:
    """The due date a loan made on *lent_on* gets by the shop's loan period."""
    return default_due_date(lent_on, rental_settings(db).rules)


# --- returns ----------------------------------------------------------------------------------------------------


def _customer_and_child_names(session: Session, loan: Loan) -> tuple[str, str]:
    customer = session.scalar(select(Customer.name).where(Customer.id == loan.customer_id)) or ""
    child = session.scalar(select(Child.name).where(Child.id == loan.child_id)) or ""
    return customer, child


def _preview_lines(
    session: Session, lines: Sequence[ReturnLine], returned_on: date, customer_id: int | None
) -> list[tuple[Item, Loan, ReturnPreview, str]]:
    if not lines:
        raise ValidationError.of("barcode", _NO_ITEMS)
    rules = _shop_rules(session)
    problems = ProblemCollector()
    found: list[tuple[Item, Loan, ReturnPreview, str]] = []
    seen: set[int] = set()
    # Items of one toy returned together queue up behind each other for the same waiting children.
    promised: dict[int, int] = {}
    for index, line in enumerate(lines):
        try:
            item = _item_by_barcode(session, line.barcode)
        except ValidationError as error:
            problems.add(f"returns[{index}].barcode", error.problems[0].template, **error.problems[0].arguments)
            continue
        label = label_of(session, item)
        if item.id in seen:
            problems.add(f"returns[{index}].barcode", _SCANNED_TWICE, item=label)
            continue
        seen.add(item.id)
        loan = _open_loan(session, item.id)
        if loan is None or item.state != ItemState.ON_LOAN.value:
            problems.add(f"returns[{index}].barcode", _NOT_OUT, item=label)
            continue
        if customer_id is not None and loan.customer_id != customer_id:
            problems.add(f"returns[{index}].barcode", _NOT_SAME_CUSTOMER, item=label)
            continue
        with problems.checking():
            check_returned_after_lent(returned_on, loan.lent_on, item=label)
        note = ""
        try:
            note = clean_note(line.note, field=f"returns[{index}].note")
        except ValidationError as error:
            problems.add(error.problems[0].field, error.problems[0].template, **error.problems[0].arguments)
        toy = get_or_raise(session, Toy, item.toy_id)
        queue = _waiting_names(session, item.toy_id)
        taken = promised.get(item.toy_id, 0)
        goes_to = queue[taken] if line.condition is ReturnCondition.CLEAN and taken < len(queue) else None
        if goes_to is not None:
            promised[item.toy_id] = taken + 1
        try:
            figures = return_figures(
                line.condition, due_on=loan.due_on, returned_on=returned_on, toy_value=toy.value, rules=rules,
                someone_waiting=goes_to is not None, fee=line.fee,
            )  # fmt: skip
        except ValidationError as error:
            problems.add(f"returns[{index}].fee", error.problems[0].template, **error.problems[0].arguments)
            continue
        customer_name, child_name = _customer_and_child_names(session, loan)
        preview = ReturnPreview(
            item_id=item.id, barcode=item.barcode, toy_name=toy.name, customer_id=loan.customer_id,
            customer_name=customer_name, child_name=child_name, lent_on=loan.lent_on, due_on=loan.due_on,
            toy_value=toy.value, figures=figures, goes_to=goes_to,
        )  # fmt: skip
        found.append((item, loan, preview, note))
    problems.raise_if_any()
    return found


def _waiting_names(session: Session, toy_id: int) -> list[str]:
    """The children waiting for a toy, first in the queue first: "김하늘 (김민수)"."""
    query = (
        select(Child.name, Customer.name)
        .select_from(Reservation)
        .join(Child, Child.id == Reservation.child_id)
        .join(Customer, Customer.id == Reservation.customer_id)
        .where(Reservation.toy_id == toy_id, Reservation.state == ReservationState.WAITING.value)
        .order_by(Reservation.id)
    )
    return [f"{child} ({customer})" for child, customer in session.execute(query).tuples()]


def preview_return(
    db: Database, lines: Sequence[ReturnLine], *, returned_on: date | None = None, customer_id: int | None = None
) -> tuple[ReturnPreview, ...]:
    """What a return will do and cost, line by line, before it is saved (the same figures ``return_items`` records).

    With *customer_id*, an item out with someone else is refused (a swap is one customer's).
    """
    with db.reading() as session:
        day = returned_on or shop_today()
        return tuple(preview for _, _, preview, _ in _preview_lines(session, lines, day, customer_id))


def _return(
    session: Session,
    lines: Sequence[ReturnLine],
    *,
    staff_id: int,
    returned_on: date,
    customer_id: int | None,
    now: datetime,
) -> ReturnResult:
    found = _preview_lines(session, lines, returned_on, customer_id)
    charge_ids: list[int] = []
    previews = []
    for item, loan, preview, note in found:
        figures = preview.figures
        loan.returned_on = returned_on
        loan.return_condition = figures.condition.value
        loan.returned_at = now
        loan.received_by_id = staff_id
        if note:
            loan.note = (f"{loan.note} / {note}" if loan.note else note)[:300]
        charges = [(ChargeKind.LATE, figures.late_fee)] if figures.late_fee else []
        if figures.condition in CHARGE_FOR and figures.fee:
            charges.append((CHARGE_FOR[figures.condition], figures.fee))
        for kind, amount in charges:
            charge = CustomerCharge(
                customer_id=loan.customer_id, kind=kind.value, amount=amount, item_id=item.id, loan_id=loan.id,
                charged_on=returned_on, note=note, recorded_at=now, recorded_by_id=staff_id,
            )  # fmt: skip
            session.add(charge)
            session.flush()
            charge_ids.append(charge.id)
            audit(
                session, at=now, staff_id=staff_id, action="charge.add", entity="customer_charge",
                entity_id=charge.id, after={"customer_id": loan.customer_id, "kind": kind.value, "amount": amount,
                                            "item": item.barcode, "loan_id": loan.id},
            )  # fmt: skip
        if figures.next_state is ItemState.AVAILABLE or figures.next_state is ItemState.HELD:
            to_shelf_or_queue(session, item, staff_id=staff_id, now=now, note=note, loan_id=loan.id, by_return=True)
        else:
            change_item_state(
                session, item, figures.next_state, staff_id=staff_id, now=now, note=note, loan_id=loan.id,
                field="barcode", by_return=True,
            )  # fmt: skip
        audit(
            session, at=now, staff_id=staff_id, action="loan.return", entity="loan", entity_id=loan.id,
            after={"item": item.barcode, "returned_on": returned_on, "condition": figures.condition.value,
                   "late_fee": figures.late_fee, "fee": figures.fee},
        )  # fmt: skip
        previews.append(preview)
    # The fees reach the customer's account in the same transaction.
    for charged in sorted({loan.customer_id for _, loan, _, _ in found}):
        bill_rental_fees(session, charged, staff_id=staff_id, now=now)
    return ReturnResult(tuple(previews), tuple(charge_ids))


def return_items(
    db: Database,
    *,
    staff_id: int,
    lines: Sequence[ReturnLine],
    returned_on: date | None = None,
    customer_id: int | None = None,
    now: datetime | None = None,
) -> ReturnResult:
    """Take items back, each with its condition: the item goes where its condition sends it (a clean one to the
    first child waiting for the toy), and late, lost and damage fees are recorded on the customer.

    Refused, with nothing written, when any line's item is unknown or not out on loan.
    """
    now = now or utc_now()
    day = check_return_date(returned_on or shop_today(now), today=shop_today(now))
    with unit_of_work(db, RentalsChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        return _return(session, lines, staff_id=staff_id, returned_on=day, customer_id=customer_id, now=now)


def swap(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    child_id: int,
    returns: Sequence[ReturnLine],
    lend_barcodes: Sequence[str],
    due_on: date | None = None,
    delivery_id: int | None = None,
    now: datetime | None = None,
) -> SwapResult:
    """A swap (교환): the customer's items back and new ones out, in one transaction; either both happen or neither.

    The returns count first, so bringing back the overdue items lifts a suspension for the new loans.
    """
    now = now or utc_now()
    today = shop_today(now)
    with unit_of_work(db, RentalsChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        returned = (
            _return(session, returns, staff_id=staff_id, returned_on=today, customer_id=customer_id, now=now)
            if returns
            else ReturnResult((), ())
        )
        session.flush()
        loan_ids = _lend(
            session, staff_id=staff_id, customer_id=customer_id, child_id=child_id, barcodes=lend_barcodes,
            lent_on=today, due_on=due_on, delivery_id=delivery_id, note="", today=today, now=now,
        )  # fmt: skip
        return SwapResult(returned, loan_ids)


# --- cleaning and repair ----------------------------------------------------------------------------------------


def _reservation_line(session: Session, reservation: Reservation) -> ReservationLine:
    return reservation_lines(session, [reservation])[0]


def finish_work(
    db: Database, *, staff_id: int, item_id: int, note: str = "", now: datetime | None = None
) -> FinishedWork:
    """Cleaning or repair is done: the item goes to the first child waiting for its toy, or back on the shelf."""
    now = now or utc_now()
    clean = clean_note(note)
    with unit_of_work(db, RentalsChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        item = get_or_raise(session, Item, item_id)
        if ItemStep.FINISH_WORK not in steps_for(ItemState(item.state)):
            raise ValidationError.of("item", _NOT_IN_WORK, item=label_of(session, item))
        reservation = to_shelf_or_queue(session, item, staff_id=staff_id, now=now, note=clean)
        session.flush()
        return FinishedWork(
            ItemState(item.state), _reservation_line(session, reservation) if reservation is not None else None
        )


def send_for_work(
    db: Database, *, staff_id: int, item_id: int, target: ItemState, note: str = "", now: datetime | None = None
) -> None:
    """Send an item on the shelf (or back from one kind of work) to cleaning or repair, e.g. damage found later.

    An item set aside for a reservation loses its place: the reservation waits again, first in the queue. An item
    on loan is refused (``domain.toys``): it goes to cleaning or repair by its return.
    """
    if target not in (ItemState.CLEANING, ItemState.REPAIR):
        raise ValueError(f"not a work state: {target}")
    now = now or utc_now()
    clean = clean_note(note)
    with unit_of_work(db, RentalsChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        item = get_or_raise(session, Item, item_id)
        check_transition(ItemState(item.state), target, item=label_of(session, item))
        _release_hold(session, item, staff_id=staff_id, now=now)
        change_item_state(session, item, target, staff_id=staff_id, now=now, note=clean)


def retire_item(db: Database, *, staff_id: int, item_id: int, note: str, now: datetime | None = None) -> None:
    """Take an item out of circulation for good (worn out, broken beyond repair, found missing on the shelf).

    An item on loan is refused (``domain.toys``): a lost one is returned as lost, which retires it.
    """
    now = now or utc_now()
    clean = clean_note(note)
    if not clean:
        raise ValidationError.of("note", _REASON_REQUIRED)
    with unit_of_work(db, RentalsChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        item = get_or_raise(session, Item, item_id)
        check_transition(ItemState(item.state), ItemState.RETIRED, item=label_of(session, item))
        _release_hold(session, item, staff_id=staff_id, now=now)
        change_item_state(session, item, ItemState.RETIRED, staff_id=staff_id, now=now, note=clean)


def _release_hold(session: Session, item: Item, *, staff_id: int, now: datetime) -> None:
    """An item set aside leaves the shelf: its reservation waits again, keeping its place at the head of the queue."""
    if item.state != ItemState.HELD.value:
        return
    for reservation in session.scalars(
        select(Reservation).where(Reservation.item_id == item.id, Reservation.state == ReservationState.READY.value)
    ):
        reservation.state = ReservationState.WAITING.value
        reservation.item_id = None
        reservation.ready_at = None
        audit(
            session, at=now, staff_id=staff_id, action="reservation.waiting", entity="reservation",
            entity_id=reservation.id, before={"item_id": item.id},
        )  # fmt: skip


# --- reservations -----------------------------------------------------------------------------------------------


def reserve(
    db: Database,
    *,
    staff_id: int,
    customer_id: int,
    child_id: int,
    toy_id: int,
    note: str = "",
    now: datetime | None = None,
) -> ReservationLine:
    """Put a child in the queue for a toy. With an item on the shelf, it is set aside at once (ready)."""
    now = now or utc_now()
    today = shop_today(now)
    with unit_of_work(db, RentalsChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        problems = ProblemCollector()
        child: Child | None = None
        with problems.checking():
            child = _child_of(session, customer_id, child_id)
        toy = get_or_raise(session, Toy, toy_id)
        if not toy.active:
            problems.add("toy", _TOY_RETIRED, toy=toy.name)
        clean = ""
        with problems.checking():
            clean = clean_note(note)
        if _lending_subscription(session, customer_id, today) is None:
            problems.add("customer", _NO_SUBSCRIPTION, day=today.isoformat())
        duplicate = session.scalar(
            select(Reservation.id).where(
                Reservation.toy_id == toy_id,
                Reservation.child_id == child_id,
                Reservation.state.in_([s.value for s in (ReservationState.WAITING, ReservationState.READY)]),
            )
        )
        if duplicate is not None and child is not None:
            problems.add("toy", _ALREADY_RESERVED, child=child.name, toy=toy.name)
        problems.raise_if_any()
        reservation = Reservation(
            toy_id=toy_id, customer_id=customer_id, child_id=child_id, state=ReservationState.WAITING.value,
            note=clean, reserved_at=now, reserved_by_id=staff_id,
        )  # fmt: skip
        session.add(reservation)
        session.flush()
        audit(
            session, at=now, staff_id=staff_id, action="reservation.add", entity="reservation",
            entity_id=reservation.id, after={"toy_id": toy_id, "customer_id": customer_id, "child_id": child_id},
        )  # fmt: skip
        free = session.scalars(
            select(Item)
            .where(Item.toy_id == toy_id, Item.state == ItemState.AVAILABLE.value)
            .order_by(Item.id)
            .limit(1)
        ).first()
        if free is not None and first_waiting(session, toy_id, today) is reservation:
            to_shelf_or_queue(session, free, staff_id=staff_id, now=now)
        session.flush()
        return _reservation_line(session, reservation)


def cancel_reservation(
    db: Database, *, staff_id: int, reservation_id: int, reason: str = "", now: datetime | None = None
) -> None:
    """Cancel a reservation; an item set aside for it goes to the next child waiting, or back on the shelf."""
    now = now or utc_now()
    clean = clean_note(reason, field="reason")
    with unit_of_work(db, RentalsChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        reservation = get_or_raise(session, Reservation, reservation_id)
        if reservation.state not in (ReservationState.WAITING.value, ReservationState.READY.value):
            raise ValidationError.of("reservation", _RESERVATION_CLOSED)
        held = session.get(Item, reservation.item_id) if reservation.item_id is not None else None
        reservation.state = ReservationState.CANCELLED.value
        reservation.closed_at = now
        reservation.closed_by_id = staff_id
        if clean:
            reservation.note = (f"{reservation.note} / {clean}" if reservation.note else clean)[:300]
        audit(
            session, at=now, staff_id=staff_id, action="reservation.cancel", entity="reservation",
            entity_id=reservation.id, after={"reason": clean},
        )  # fmt: skip
        session.flush()
        if held is not None and held.state == ItemState.HELD.value:
            to_shelf_or_queue(
                session,
                held,
                staff_id=staff_id,
                now=now,
                note=clean,
            )


def toy_queue(db: Database, toy_id: int) -> tuple[ReservationLine, ...]:
    """Who is waiting for a toy (ready first, then the queue in the order it is served: priority tiers first)."""
    with db.reading() as session:
        rows = session.scalars(
            select(Reservation)
            .where(
                Reservation.toy_id == toy_id,
                Reservation.state.in_([ReservationState.READY.value, ReservationState.WAITING.value]),
            )
            .order_by(Reservation.state != ReservationState.READY.value, Reservation.id)
        ).all()
        return tuple(in_queue_order(reservation_lines(session, rows)))


def ready_reservations(
    db: Database, *, offset: int = 0, limit: int = PAGE_SIZE
) -> tuple[tuple[ReservationLine, ...], bool]:
    """Reservations with an item set aside, longest-waiting first: the counter calls these customers."""
    with db.reading() as session:
        rows = session.scalars(
            select(Reservation)
            .where(Reservation.state == ReservationState.READY.value)
            .order_by(Reservation.ready_at, Reservation.id)
            .offset(offset)
            .limit(limit + 1)
        ).all()
        return tuple(reservation_lines(session, rows[:limit])), len(rows) > limit


# --- charges ----------------------------------------------------------------------------------------------------


def void_charge(
    db: Database,
    *,
    staff_id: int,
    charge_id: int,
    reason: str,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> None:
    """A charge recorded by mistake is voided with a reason; it stays on record. The owner's or a manager's."""
    now = now or utc_now()
    clean = clean_note(reason, field="reason")
    if not clean:
        raise ValidationError.of("reason", _REASON_REQUIRED)
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.VOID, approval=approval, now=now)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        charge = get_or_raise(session, CustomerCharge, charge_id)
        if charge.voided_at is not None:
            raise ValidationError.of("reason", _CHARGE_VOIDED)
        charge.voided_at = now
        charge.voided_by_id = staff_id
        charge.void_reason = clean
        bill_rental_fees(session, charge.customer_id, staff_id=staff_id, now=now)  # unless paid, it leaves the account
        audit(
            session, at=now, staff_id=staff_id, approved_by_id=approved_by, action="charge.void",
            entity="customer_charge", entity_id=charge.id, before={"amount": charge.amount, "kind": charge.kind},
            after={"void_reason": clean},
        )  # fmt: skip


# --- the customer's rentals -------------------------------------------------------------------------------------


def customer_rentals(db: Database, customer_id: int, *, today: date | None = None) -> CustomerRentals:
    """Everything the counter needs about one customer's rentals: items out with due dates and late fees so far,
    fees recorded, reservations, and whether they may borrow now."""
    today = today or shop_today()
    with db.reading() as session:
        customer = get_or_raise(session, Customer, customer_id)
        rules = _shop_rules(session)
        children = tuple(
            ChildLine(c.id, c.name, age_in_months(c.birth_month, today))
            for c in session.scalars(
                select(Child).where(Child.customer_id == customer_id, Child.active.is_(True)).order_by(Child.id)
            )
        )
        subscription = _lending_subscription(session, customer_id, today)
        label = f"{subscription.contract_number or ''} {subscription.plan_name}".strip() if subscription else ""
        out_rows = session.execute(
            select(Loan.id, Item.id, Item.barcode, Toy.name, Child.id, Child.name, Loan.lent_on, Loan.due_on)
            .join(Item, Item.id == Loan.item_id)
            .join(Toy, Toy.id == Item.toy_id)
            .join(Child, Child.id == Loan.child_id)
            .where(Loan.customer_id == customer_id, Loan.returned_on.is_(None))
            .order_by(Loan.due_on, Loan.id)
        ).tuples()
        out = tuple(
            LoanLine(
                loan_id,
                item_id,
                barcode,
                toy,
                child_id,
                child,
                lent_on,
                due_on,
                days_late(due_on, today),
                late_fee(rules, due_on, today),
            )
            for loan_id, item_id, barcode, toy, child_id, child, lent_on, due_on in out_rows
        )
        charges_rows = session.execute(
            select(CustomerCharge, Item.barcode, Toy.name)
            .outerjoin(Item, Item.id == CustomerCharge.item_id)
            .outerjoin(Toy, Toy.id == Item.toy_id)
            .where(CustomerCharge.customer_id == customer_id)
            .order_by(CustomerCharge.charged_on.desc(), CustomerCharge.id.desc())
        ).tuples()
        charge_rows = list(charges_rows)
        names = staff_names(session, [c.recorded_by_id for c, _, _ in charge_rows])
        charges = tuple(
            ChargeLine(
                c.id,
                ChargeKind(c.kind),
                c.amount,
                c.charged_on,
                item_label(toy, barcode) if barcode else "",
                c.note,
                names.get(c.recorded_by_id, ""),
                c.voided_at is not None,
                c.void_reason,
            )
            for c, barcode, toy in charge_rows
        )
        reservations = session.scalars(
            select(Reservation)
            .where(
                Reservation.customer_id == customer_id,
                Reservation.state.in_([ReservationState.WAITING.value, ReservationState.READY.value]),
            )
            .order_by(Reservation.id)
        ).all()
        most = max((line.days_late for line in out), default=0)
        return CustomerRentals(
            customer_id=customer.id, customer_number=customer.number or "", customer_name=customer.name,
            children=children, subscription_id=subscription.id if subscription else None, subscription_label=label,
            out=out, charges=charges, reservations=tuple(reservation_lines(session, reservations)),
            most_days_overdue=most, suspended=is_suspended(rules, most), rules=rules,
        )  # fmt: skip


def suggestions_for_child(
    db: Database, child_id: int, *, today: date | None = None, limit: int = SUGGESTIONS
) -> tuple[Suggestion, ...]:
    """Toys for the child's age in months today that the child has never borrowed, with an item on the shelf.

    Toys whose range starts nearest the child's age come first (what the child has just grown into).
    """
    today = today or shop_today()
    with db.reading() as session:
        child = get_or_raise(session, Child, child_id)
        age = age_in_months(child.birth_month, today)
        had_before = exists().where(Loan.child_id == child_id, Loan.item_id == Item.id, Item.toy_id == Toy.id)
        on_shelf = (
            select(func.count(Item.id))
            .where(Item.toy_id == Toy.id, Item.state == ItemState.AVAILABLE.value)
            .correlate(Toy)
            .scalar_subquery()
        )
        query = (
            select(Toy.id, Toy.name, Toy.category, Toy.brand, Toy.min_age_months, Toy.max_age_months, on_shelf)
            .where(
                Toy.active.is_(True),
                Toy.min_age_months <= age,
                Toy.max_age_months >= age,
                ~had_before,
                exists().where(Item.toy_id == Toy.id, Item.state == ItemState.AVAILABLE.value),
            )
            .order_by(Toy.min_age_months.desc(), Toy.name, Toy.id)
            .limit(limit)
        )
        return tuple(
            Suggestion(toy_id, name, ToyCategory(category), brand, low, high, int(count or 0))
            for toy_id, name, category, brand, low, high, count in session.execute(query).tuples()
        )
