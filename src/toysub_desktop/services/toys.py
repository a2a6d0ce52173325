"""The toy catalogue and its physical items: adding and editing toys, labelling items, finding them by barcode,
name or 초성, and one item's whole story.

Lists return one page at a time through indexed queries (toy name order walks ``ix_toy_list``, items of a toy
``ix_item_toy_state``, a barcode the unique index), so the Rentals tab costs what one screen costs at tens of
thousands of items. State changes of items (lending, returns, cleaning) are in ``services.rentals``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Child, Customer, Item, ItemEvent, Loan, Reservation, Toy
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ProblemCollector
from toysub_desktop.domain.hangul import initial_consonants, initials_key_for_query, name_matches
from toysub_desktop.domain.rentals import ReservationState, days_late
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_search
from toysub_desktop.domain.toys import (
    ACQUIRED_ON,
    ItemState,
    ToyCategory,
    ToyDetails,
    clean_note,
    in_store_barcode,
    in_store_serial,
    looks_like_barcode,
    parse_barcode,
    validate_toy,
)
from toysub_desktop.services.common import (
    ChangedElsewhereError,
    audit,
    columns_of,
    get_or_raise,
    require_staff,
    touch,
    unit_of_work,
)
from toysub_desktop.services.queries.contact_versions import staff_names
from toysub_desktop.services.queries.items import item_label
from toysub_desktop.services.queries.reservations import (
    ReservationLine,
    first_waiting,
    in_queue_order,
    reservation_lines,
    to_shelf_or_queue,
)
from toysub_desktop.services.rentals import RentalsChangedError

PAGE_SIZE = 100
#: Items labelled at once; a shipment of one toy is rarely more.
MAX_NEW_ITEMS = 200
_TOY_COLUMNS = ("name", "category", "min_age_months", "max_age_months", "brand", "value", "note", "active")
_LIST_ORDER = (Toy.name, Toy.name_initials, Toy.id)
_CODE_LIKE = re.compile(r"[A-Za-z0-9-]+")

_DUPLICATE_BARCODE = QT_TRANSLATE_NOOP(
    "Validation", "The barcode {barcode} is already on {item}. Each item needs its own label."
)
_DUPLICATE_PRODUCT_CODE = QT_TRANSLATE_NOOP(
    "Validation",
    "The barcode {barcode} is already on {item}. A maker's barcode names the product, not the copy: print the "
    "shop's own label for each further copy.",
)
_SCANNED_TWICE = QT_TRANSLATE_NOOP("Validation", "The barcode {barcode} was scanned twice.")
_NO_NEW_ITEMS = QT_TRANSLATE_NOOP("Validation", "Scan the items' barcodes, or choose how many labels to print.")
_TOO_MANY = QT_TRANSLATE_NOOP("Validation", "Add at most {limit} items at a time.")
_TOY_INACTIVE = QT_TRANSLATE_NOOP("Validation", "{toy} is no longer in the catalogue; put it back first.")


class ItemFilter(StrEnum):
    """The Rentals tab's quick lists."""

    ALL = "all"
    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    OVERDUE = "overdue"
    HELD = "held"
    CLEANING = "cleaning"
    REPAIR = "repair"
    RETIRED = "retired"


# --- values -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ToyRow:
    id: int
    name: str
    category: ToyCategory
    min_age_months: int
    max_age_months: int
    brand: str
    value: int
    active: bool
    items: int
    available: int
    waiting: int
    note: str
    version: int

    @property
    def details(self) -> ToyDetails:
        return ToyDetails(
            self.name, self.category, self.min_age_months, self.max_age_months, self.brand, self.value, self.note
        )


@dataclass(frozen=True)
class ItemRow:
    """One line of the Rentals list: an item, its toy, its state, and who has it."""

    id: int
    barcode: str
    toy_id: int
    toy_name: str
    category: ToyCategory
    state: ItemState
    customer_id: int | None = None
    customer_name: str = ""
    child_name: str = ""
    due_on: date | None = None
    days_late: int = 0

    @property
    def label(self) -> str:
        return item_label(self.toy_name, self.barcode)


@dataclass(frozen=True)
class ItemPage:
    rows: tuple[ItemRow, ...]
    has_more: bool


@dataclass(frozen=True)
class ItemEventLine:
    at: datetime
    from_state: ItemState | None
    to_state: ItemState
    staff: str
    note: str
    #: Who the item went to or came back from, when a loan was involved.
    customer_name: str


@dataclass(frozen=True)
class CurrentLoan:
    loan_id: int
    customer_id: int
    customer_number: str
    customer_name: str
    child_id: int
    child_name: str
    lent_on: date
    due_on: date
    days_late: int


@dataclass(frozen=True)
class ItemView:
    id: int
    barcode: str
    state: ItemState
    acquired_on: date
    notes: str
    toy: ToyRow
    loan: CurrentLoan | None
    #: The reservation the item is set aside for, when held.
    held_for: ReservationLine | None
    #: Everyone waiting for the toy, next first.
    queue: tuple[ReservationLine, ...]
    history: tuple[ItemEventLine, ...]
    times_lent: int

    @property
    def label(self) -> str:
        return item_label(self.toy.name, self.barcode)


@dataclass(frozen=True)
class NewItem:
    id: int
    barcode: str


# --- the catalogue ----------------------------------------------------------------------------------------------


def create_toy(
    db: Database,
    *,
    staff_id: int,
    name: str,
    category: ToyCategory,
    min_age_months: int,
    max_age_months: int,
    brand: str,
    value: int,
    note: str = "",
    now: datetime | None = None,
) -> int:
    """Add a toy to the catalogue; its items are added with ``add_items``."""
    now = now or utc_now()
    details = validate_toy(
        name=name, category=category, min_age_months=min_age_months, max_age_months=max_age_months, brand=brand,
        value=value, note=note,
    )  # fmt: skip
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        toy = Toy(
            name=details.name, name_initials=details.name_initials, category=details.category.value,
            min_age_months=details.min_age_months, max_age_months=details.max_age_months, brand=details.brand,
            value=details.value, note=details.note, active=True, created_at=now,
        )  # fmt: skip
        session.add(toy)
        session.flush()
        audit(
            session, at=now, staff_id=staff_id, action="toy.add", entity="toy", entity_id=toy.id,
            after=columns_of(toy, *_TOY_COLUMNS),
        )  # fmt: skip
        return toy.id


def _locked_toy(session: Session, toy_id: int, expected_version: int) -> Toy:
    toy = get_or_raise(session, Toy, toy_id)
    touch(toy, expected_version, ChangedElsewhereError)
    return toy


def update_toy(
    db: Database,
    *,
    staff_id: int,
    toy_id: int,
    name: str,
    category: ToyCategory,
    min_age_months: int,
    max_age_months: int,
    brand: str,
    value: int,
    note: str = "",
    expected_version: int,
    now: datetime | None = None,
) -> None:
    """Correct a toy's details. A new value applies to fees recorded from now on; recorded fees keep theirs."""
    now = now or utc_now()
    details = validate_toy(
        name=name, category=category, min_age_months=min_age_months, max_age_months=max_age_months, brand=brand,
        value=value, note=note,
    )  # fmt: skip
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        toy = _locked_toy(session, toy_id, expected_version)
        before = columns_of(toy, *_TOY_COLUMNS)
        toy.name = details.name
        toy.name_initials = details.name_initials
        toy.category = details.category.value
        toy.min_age_months = details.min_age_months
        toy.max_age_months = details.max_age_months
        toy.brand = details.brand
        toy.value = details.value
        toy.note = details.note
        audit(
            session, at=now, staff_id=staff_id, action="toy.edit", entity="toy", entity_id=toy.id, before=before,
            after=columns_of(toy, *_TOY_COLUMNS),
        )  # fmt: skip


def set_toy_active(
    db: Database, *, staff_id: int, toy_id: int, active: bool, expected_version: int, now: datetime | None = None
) -> None:
    """Retire a toy from the catalogue (no new items, reservations or suggestions), or put it back.

    Its items keep their states: those out still come back and can be returned as usual.
    """
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        toy = _locked_toy(session, toy_id, expected_version)
        if toy.active == active:
            return
        toy.active = active
        audit(
            session, at=now, staff_id=staff_id, action="toy.retire" if not active else "toy.restore", entity="toy",
            entity_id=toy.id, before={"active": not active}, after={"active": active},
        )  # fmt: skip


def _toy_rows(session: Session, toys: Sequence[Toy]) -> list[ToyRow]:
    ids = [t.id for t in toys]
    if not ids:
        return []
    counts: dict[int, dict[str, int]] = {i: {} for i in ids}
    for toy_id, state, count in session.execute(
        select(Item.toy_id, Item.state, func.count()).where(Item.toy_id.in_(ids)).group_by(Item.toy_id, Item.state)
    ).tuples():
        counts[toy_id][state] = count
    waiting = dict(
        session.execute(
            select(Reservation.toy_id, func.count())
            .where(Reservation.toy_id.in_(ids), Reservation.state == ReservationState.WAITING.value)
            .group_by(Reservation.toy_id)
        )
        .tuples()
        .all()
    )
    return [
        ToyRow(
            id=t.id,
            name=t.name,
            category=ToyCategory(t.category),
            min_age_months=t.min_age_months,
            max_age_months=t.max_age_months,
            brand=t.brand,
            value=t.value,
            active=t.active,
            items=sum(n for s, n in counts[t.id].items() if s != ItemState.RETIRED.value),
            available=counts[t.id].get(ItemState.AVAILABLE.value, 0),
            waiting=int(waiting.get(t.id, 0)),
            note=t.note,
            version=t.version,
        )
        for t in toys
    ]


def toy_row(db: Database, toy_id: int) -> ToyRow:
    with db.reading() as session:
        return _toy_rows(session, [get_or_raise(session, Toy, toy_id)])[0]


def _like_fragment(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _toy_matches(name: str, brand: str, text: str) -> bool:
    """Whether a toy is found by the search *text*: its name matches (``domain.hangul.name_matches``: any part,
    초성 or a mix, spaces and Latin case ignored), or its brand holds the text (Latin case ignored)."""
    return name_matches(name, text) or text.lower() in brand.lower()


def _toy_name_condition(session: Session, text: str) -> ColumnElement[bool] | None:
    """SQL for the toys ``_toy_matches`` finds by *text*; None when none is.

    Every matching name holds the query's initials in its stored initials, so the toys whose initials hold them,
    and those whose brand holds the text, are read: all of them, since a catalogue of a few thousand toys is read
    in a few milliseconds and a cap would leave matches out. ``_toy_matches`` decides on each.
    """
    candidates = session.execute(
        select(Toy.id, Toy.name, Toy.brand).where(
            or_(
                Toy.name_initials.like(_like_fragment(initials_key_for_query(text)), escape="\\"),
                Toy.brand.ilike(_like_fragment(text), escape="\\"),
            )
        )
    ).tuples()
    ids = [toy_id for toy_id, name, brand in candidates if _toy_matches(name, brand, text)]
    return Toy.id.in_(ids) if ids else None


def search_toys(
    db: Database,
    query: str = "",
    *,
    include_inactive: bool = False,
    after: ToyRow | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> tuple[tuple[ToyRow, ...], bool]:
    """One page of the catalogue in name order, matching part of the name, its 초성, or the brand: the first, the
    one after the row *after* (a keyset), or from an *offset*."""
    text = clean_search(query)
    with db.reading() as session:
        statement = select(Toy)
        if not include_inactive:
            statement = statement.where(Toy.active.is_(True))
        if text:
            condition = _toy_name_condition(session, text)
            if condition is None:
                return (), False
            statement = statement.where(condition)
        if after is not None:
            statement = statement.where(tuple_(*_LIST_ORDER) > (after.name, initial_consonants(after.name), after.id))
        toys = session.scalars(statement.order_by(*_LIST_ORDER).offset(offset).limit(limit + 1)).all()
        return tuple(_toy_rows(session, toys[:limit])), len(toys) > limit


# --- items ------------------------------------------------------------------------------------------------------


def _next_in_store_serial(session: Session) -> int:
    """One more than the highest serial among the shop's own labels (an index range read on the barcode)."""
    highest = session.scalar(
        select(func.max(Item.barcode)).where(Item.barcode >= "2000000000000", Item.barcode <= "2999999999999")
    )
    serial = in_store_serial(highest) if highest else None
    return (serial or 0) + 1


def add_items(
    db: Database,
    *,
    staff_id: int,
    toy_id: int,
    barcodes: Sequence[str] = (),
    new_labels: int = 0,
    acquired_on: date | None = None,
    notes: str = "",
    now: datetime | None = None,
) -> tuple[NewItem, ...]:
    """Add physical items of a toy: one per scanned barcode, and *new_labels* more with the shop's own numbers.

    A barcode already on another item is refused with a message naming that item. Each new item goes to the first
    child waiting for the toy, or on the shelf.
    """
    now = now or utc_now()
    today = shop_today(now)
    acquired = acquired_on or today
    problems = ProblemCollector()
    if not barcodes and new_labels <= 0:
        problems.add("barcodes", _NO_NEW_ITEMS)
    if len(barcodes) + max(new_labels, 0) > MAX_NEW_ITEMS:
        problems.add("barcodes", _TOO_MANY, limit=str(MAX_NEW_ITEMS))
    with problems.checking():
        ACQUIRED_ON(acquired, today=today, field="acquired_on")
    clean = ""
    with problems.checking():
        clean = clean_note(notes, field="notes")
    codes: list[str] = []
    for text in barcodes:
        with problems.checking():
            code = parse_barcode(text, field="barcodes")
            if code in codes:
                problems.add("barcodes", _SCANNED_TWICE, barcode=code)
            else:
                codes.append(code)
    with unit_of_work(db, RentalsChangedError, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        toy = get_or_raise(session, Toy, toy_id)
        if not toy.active:
            problems.add("toy", _TOY_INACTIVE, toy=toy.name)
        if codes:
            taken = session.execute(
                select(Item.barcode, Toy.name).join(Toy, Toy.id == Item.toy_id).where(Item.barcode.in_(codes))
            ).tuples()
            for barcode, name in taken:
                template = _DUPLICATE_PRODUCT_CODE if in_store_serial(barcode) is None and barcode.isdigit() else (
                    _DUPLICATE_BARCODE
                )  # fmt: skip
                problems.add("barcodes", template, barcode=barcode, item=item_label(name, barcode))
        problems.raise_if_any()
        serial = _next_in_store_serial(session) if new_labels > 0 else 0
        all_codes = codes + [in_store_barcode(serial + i) for i in range(max(new_labels, 0))]
        added = []
        for code in all_codes:
            item = Item(
                toy_id=toy.id, barcode=code, state=ItemState.AVAILABLE.value, acquired_on=acquired, notes=clean,
                created_at=now,
            )  # fmt: skip
            session.add(item)
            session.flush()
            session.add(
                ItemEvent(item_id=item.id, from_state=None, to_state=item.state, at=now, staff_id=staff_id, note=clean)
            )
            audit(
                session, at=now, staff_id=staff_id, action="item.add", entity="item", entity_id=item.id,
                after={"toy_id": toy.id, "barcode": code, "acquired_on": acquired},
            )  # fmt: skip
            # A new copy of a reserved toy goes to the first child waiting for it (on the shelf → set aside).
            if first_waiting(session, toy.id) is not None:
                to_shelf_or_queue(session, item, staff_id=staff_id, now=now, note=clean)
            added.append(NewItem(item.id, code))
        return tuple(added)


def _item_rows_query() -> Select[tuple[Any, ...]]:
    open_loan = and_(Loan.item_id == Item.id, Loan.returned_on.is_(None))
    return (
        select(
            Item.id,
            Item.barcode,
            Item.toy_id,
            Toy.name,
            Toy.category,
            Item.state,
            Loan.customer_id,
            Customer.name,
            Child.name,
            Loan.due_on,
        )
        .join(Toy, Toy.id == Item.toy_id)
        .outerjoin(Loan, open_loan)
        .outerjoin(Customer, Customer.id == Loan.customer_id)
        .outerjoin(Child, Child.id == Loan.child_id)
    )


def _item_row(row: Any, today: date) -> ItemRow:
    item_id, barcode, toy_id, toy_name, category, state, customer_id, customer, child, due_on = row
    return ItemRow(
        id=item_id, barcode=barcode, toy_id=toy_id, toy_name=toy_name, category=ToyCategory(category),
        state=ItemState(state), customer_id=customer_id, customer_name=customer or "", child_name=child or "",
        due_on=due_on, days_late=days_late(due_on, today) if due_on else 0,
    )  # fmt: skip


def find_item(db: Database, text: str, *, today: date | None = None) -> ItemRow | None:
    """The item with the scanned barcode, or None when no item has it (an unreadable code raises the reason)."""
    today = today or shop_today()
    barcode = parse_barcode(text)
    with db.reading() as session:
        row = session.execute(_item_rows_query().where(Item.barcode == barcode)).first()
        return _item_row(row, today) if row is not None else None


def _state_filter(query: Select[tuple[Any, ...]], which: ItemFilter, today: date) -> Select[tuple[Any, ...]]:
    if which is ItemFilter.ALL:
        return query.where(Item.state != ItemState.RETIRED.value)
    if which is ItemFilter.OVERDUE:
        return query.where(Item.state == ItemState.ON_LOAN.value, Loan.due_on < today)
    return query.where(Item.state == ItemState(which.value).value)


def _item_text_condition(session: Session, text: str) -> ColumnElement[bool] | None:
    """Items matching a search text. Each kind of text gets its own indexed condition (an OR of them would read the
    whole table): a whole barcode its one item, a code-like text (digits, letters and hyphens with a digit) the
    barcodes it starts, anything else the toy's name, 초성 or brand."""
    if looks_like_barcode(text):
        barcode = parse_barcode(text)
        if session.scalar(select(Item.id).where(Item.barcode == barcode)) is not None:
            return Item.barcode == barcode
    if _CODE_LIKE.fullmatch(text) and any(c.isdigit() for c in text):
        prefix = text.upper()
        return Item.barcode.between(prefix, prefix + "\uffff")
    return _toy_name_condition(session, text)


def search_items(
    db: Database,
    query: str = "",
    *,
    which: ItemFilter = ItemFilter.ALL,
    after: ItemRow | None = None,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    today: date | None = None,
) -> ItemPage:
    """One page of items, by toy name then barcode: all of them, or those whose toy matches part of the name or
    its 초성, or whose barcode starts with the digits typed. A whole barcode finds its one item.

    The overdue list is ordered by due date, longest overdue first. Pages follow the row *after* (a keyset: a
    deep page costs what the first does), or start at an *offset*.
    """
    today = today or shop_today()
    text = clean_search(query)
    with db.reading() as session:
        statement = _state_filter(_item_rows_query(), which, today)
        if text:
            condition = _item_text_condition(session, text)
            if condition is None:
                return ItemPage((), False)
            statement = statement.where(condition)
        if which is ItemFilter.OVERDUE:
            if after is not None:
                statement = statement.where(tuple_(Loan.due_on, Item.id) > (after.due_on, after.id))
            statement = statement.order_by(Loan.due_on, Item.id)
        else:
            if after is not None:
                key = (after.toy_name, initial_consonants(after.toy_name), after.toy_id, after.id)
                statement = statement.where(tuple_(*_LIST_ORDER, Item.id) > key)
            statement = statement.order_by(*_LIST_ORDER, Item.id)
        rows = session.execute(statement.offset(offset).limit(limit + 1)).all()
        return ItemPage(tuple(_item_row(r, today) for r in rows[:limit]), len(rows) > limit)


def count_items(db: Database, which: ItemFilter, *, today: date | None = None) -> int:
    """How many items a quick list holds (the counts on the Rentals tab's buttons)."""
    today = today or shop_today()
    statement = select(func.count()).select_from(Item)
    if which is ItemFilter.OVERDUE:
        statement = select(func.count()).select_from(Loan).where(Loan.returned_on.is_(None), Loan.due_on < today)
    elif which is ItemFilter.ALL:
        statement = statement.where(Item.state != ItemState.RETIRED.value)
    else:
        statement = statement.where(Item.state == which.value)
    with db.reading() as session:
        return int(session.scalar(statement) or 0)


def item_view(db: Database, item_id: int, *, today: date | None = None) -> ItemView:
    """One item's panel: state, toy, who has it and since when, who waits for the toy, and every step it took."""
    today = today or shop_today()
    with db.reading() as session:
        item = get_or_raise(session, Item, item_id)
        toy = _toy_rows(session, [get_or_raise(session, Toy, item.toy_id)])[0]
        loan_row = session.execute(
            select(Loan, Customer.number, Customer.name, Child.name)
            .join(Customer, Customer.id == Loan.customer_id)
            .join(Child, Child.id == Loan.child_id)
            .where(Loan.item_id == item.id, Loan.returned_on.is_(None))
            .order_by(Loan.id.desc())
            .limit(1)
        ).first()
        loan = None
        if loan_row is not None:
            open_loan, number, customer_name, child_name = loan_row
            loan = CurrentLoan(
                open_loan.id, open_loan.customer_id, number or "", customer_name, open_loan.child_id, child_name,
                open_loan.lent_on, open_loan.due_on, days_late(open_loan.due_on, today),
            )  # fmt: skip
        queue_rows = session.scalars(
            select(Reservation)
            .where(
                Reservation.toy_id == item.toy_id,
                Reservation.state.in_([ReservationState.READY.value, ReservationState.WAITING.value]),
            )
            .order_by(Reservation.state != ReservationState.READY.value, Reservation.id)
        ).all()
        queue = tuple(in_queue_order(reservation_lines(session, queue_rows, today)))
        held_for = next((r for r in queue if r.item_barcode == item.barcode), None)
        events = session.execute(
            select(ItemEvent, Customer.name)
            .outerjoin(Loan, Loan.id == ItemEvent.loan_id)
            .outerjoin(Customer, Customer.id == Loan.customer_id)
            .where(ItemEvent.item_id == item.id)
            .order_by(ItemEvent.at.desc(), ItemEvent.id.desc())
        ).tuples()
        event_rows = list(events)
        names = staff_names(session, [e.staff_id for e, _ in event_rows])
        history = tuple(
            ItemEventLine(
                e.at,
                ItemState(e.from_state) if e.from_state else None,
                ItemState(e.to_state),
                names.get(e.staff_id, ""),
                e.note,
                customer or "",
            )
            for e, customer in event_rows
        )
        times_lent = int(session.scalar(select(func.count()).select_from(Loan).where(Loan.item_id == item.id)) or 0)
        return ItemView(
            id=item.id, barcode=item.barcode, state=ItemState(item.state), acquired_on=item.acquired_on,
            notes=item.notes, toy=toy, loan=loan, held_for=held_for, queue=queue, history=history,
            times_lent=times_lent,
        )  # fmt: skip


def next_in_store_barcode(db: Database) -> str:
    """The label the next item without a barcode of its own will get."""
    with db.reading() as session:
        return in_store_barcode(_next_in_store_serial(session))
