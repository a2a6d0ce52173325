"""The courier's file of tracking numbers, read back: each row's order number (our delivery number) finds its
delivery, which is marked shipped with the courier and the row's tracking number.

As every file that comes in: read, matched, shown as a dry run with each row that cannot be used and why
(``check_tracking_file``), then written as one all-or-nothing step through the shipping service
(``ship_tracking_file``), whose rules hold here too: the same number twice is refused, a number unlike the
courier's is refused (it would mean the wrong courier or the wrong column), a held delivery is not shipped.
A row already shipped with its own number (a file read twice) is reported and left alone.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, Delivery
from toysub_desktop.domain.couriers import tracking_digits, tracking_number_warning
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.deliveries import DeliveryState, check_courier, check_tracking_number
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.waybills import delivery_id_of, delivery_number, find_result_columns, waybill_layout
from toysub_desktop.services.deliveries import ship
from toysub_desktop.services.queries.deliveries import chunks
from toysub_desktop.services.queries.holds import held_condition
from toysub_desktop.services.queries.overdue import overdue_hold_cutoff

# Tracking numbers per IN (…) list.
_CHUNK = 500

_UNREADABLE = QT_TRANSLATE_NOOP("Validation", "This file cannot be read as a spreadsheet (.xlsx, .xls or .csv).")
_NO_COLUMNS = QT_TRANSLATE_NOOP(
    "Validation",
    "The file has no order-number and tracking-number columns in its first rows.",
)
_NOTHING_TO_SHIP = QT_TRANSLATE_NOOP("Validation", "No row of the file can mark a delivery shipped.")

# Why a row is left out: shown beside its row number in the report.
NO_TRACKING_NUMBER = QT_TRANSLATE_NOOP("Validation", "There is no tracking number on this row.")
NOT_OURS = QT_TRANSLATE_NOOP("Validation", "{number} is not a delivery number of this shop.")
SAME_DELIVERY = QT_TRANSLATE_NOOP("Validation", "The same delivery is on row {row} of the file.")
SAME_NUMBER = QT_TRANSLATE_NOOP("Validation", "The same tracking number is on row {row} of the file.")
NUMBER_IN_USE = QT_TRANSLATE_NOOP("Validation", "This tracking number is already on {delivery}'s delivery.")
ALREADY_SHIPPED = QT_TRANSLATE_NOOP("Validation", "Already shipped with this tracking number.")
SHIPPED_OTHERWISE = QT_TRANSLATE_NOOP("Validation", "Already shipped with another number ({courier} {number}).")
CANCELLED = QT_TRANSLATE_NOOP("Validation", "This delivery is cancelled.")
PAST_SHIPPING = QT_TRANSLATE_NOOP("Validation", "This delivery has already been delivered or come back.")
HELD = QT_TRANSLATE_NOOP("Validation", "The customer cannot be reached: this delivery is held.")


@dataclass(frozen=True)
class RowProblem:
    """A row of the file that marks nothing, and why (``template`` is the English source, translated by the UI)."""

    row: int
    order_number: str
    tracking_number: str
    template: str
    arguments: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MatchedRow:
    row: int
    delivery_id: int
    customer_name: str
    scheduled_on: date
    tracking_number: str


@dataclass(frozen=True)
class TrackingFile:
    """The dry run of a courier's file: the deliveries it marks shipped and the rows it leaves out."""

    courier: str
    matched: tuple[MatchedRow, ...]
    problems: tuple[RowProblem, ...]
    #: Rows read (the title row and blank rows not counted).
    rows: int


def read_spreadsheet(path: Path) -> list[list[str]]:
    """The first sheet of an .xlsx/.xls/.ods file, or a .csv (UTF-8 or the CP949 Korean Excel saves), as text
    cells; a whole number stored as a number reads without ".0" (a tracking number typed as a number)."""
    try:
        if path.suffix.lower() == ".csv":
            return _read_csv(path.read_bytes())
        from python_calamine import CalamineWorkbook  # loaded only when a file is read

        workbook = CalamineWorkbook.from_path(str(path))
        rows = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except (OSError, ValueError, UnicodeError, csv.Error) as error:
        raise ValidationError.of("file", _UNREADABLE) from error
    except Exception as error:  # python-calamine raises its own error types for a file that is no workbook
        if type(error).__module__.startswith("python_calamine"):
            raise ValidationError.of("file", _UNREADABLE) from error
        raise
    return [[_cell_text(cell) for cell in row] for row in rows]


def _read_csv(content: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text))]
    raise UnicodeError("neither UTF-8 nor CP949")


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def check_tracking_file(db: Database, path: Path, courier: str) -> TrackingFile:
    """Read *path* from *courier* and match each row to a delivery; nothing is written."""
    courier = check_courier(courier)
    rows = read_spreadsheet(path)
    columns = find_result_columns(rows, waybill_layout(courier))
    if columns is None:
        raise ValidationError.of("file", _NO_COLUMNS)
    read: list[tuple[int, str, str]] = []  # (row number as the spreadsheet shows it, order number, tracking)
    for index in range(columns.header_row + 1, len(rows)):
        row = rows[index]
        order = row[columns.order_number] if columns.order_number < len(row) else ""
        tracking = row[columns.tracking_number] if columns.tracking_number < len(row) else ""
        if order or tracking:
            read.append((index + 1, order, tracking))
    return _matched(db, courier, read)


def _matched(db: Database, courier: str, read: Sequence[tuple[int, str, str]]) -> TrackingFile:
    problems: list[RowProblem] = []
    candidates: list[tuple[int, int, str, str]] = []  # (row, delivery id, order, tracking)
    first_row_of_delivery: dict[int, int] = {}
    first_row_of_number: dict[str, int] = {}
    for row, order, tracking in read:
        refusal = _refusal_of_row(courier, order, tracking, first_row_of_delivery, first_row_of_number)
        if not isinstance(refusal, _Usable):
            problems.append(RowProblem(row, order, tracking, *refusal))
            continue
        delivery_id, clean = refusal.delivery_id, refusal.tracking_number
        first_row_of_delivery[delivery_id] = row
        first_row_of_number[tracking_digits(clean)] = row
        candidates.append((row, delivery_id, order, clean))
    found, in_use = _deliveries(db, [c[1] for c in candidates], [tracking_digits(c[3]) for c in candidates])
    matched: list[MatchedRow] = []
    for row, delivery_id, order, tracking in candidates:
        delivery = found.get(delivery_id)
        if delivery is None:
            problems.append(RowProblem(row, order, tracking, NOT_OURS, {"number": order}))
            continue
        why = _refusal_of_delivery(delivery_id, delivery, tracking, found, in_use)
        if why is not None:
            problems.append(RowProblem(row, order, tracking, *why))
        else:
            matched.append(MatchedRow(row, delivery_id, delivery.customer_name, delivery.scheduled_on, tracking))
    problems.sort(key=lambda problem: problem.row)
    return TrackingFile(courier, tuple(matched), tuple(problems), len(read))


#: Why a row is refused: the message template and its arguments.
_Why = tuple[str, dict[str, str]]


@dataclass(frozen=True)
class _Usable:
    """A row that may mark its delivery shipped, once the delivery is found able to be."""

    delivery_id: int
    tracking_number: str


def _refusal_of_row(
    courier: str, order: str, tracking: str, delivery_rows: Mapping[int, int], number_rows: Mapping[str, int]
) -> _Why | _Usable:
    """What is wrong with a row on its own or beside the rows above it; else its delivery id and clean number."""
    delivery_id = delivery_id_of(order)
    if delivery_id is None:
        return NOT_OURS, {"number": order or "-"}
    if not tracking:
        return NO_TRACKING_NUMBER, {}
    try:
        clean = check_tracking_number(tracking)
    except ValidationError as error:
        return error.problems[0].template, dict(error.problems[0].arguments)
    warning = tracking_number_warning(courier, clean)
    if warning is not None:
        return warning.template, dict(warning.arguments)
    if tracking_digits(clean) in number_rows:
        return SAME_NUMBER, {"row": str(number_rows[tracking_digits(clean)])}
    if delivery_id in delivery_rows:
        return SAME_DELIVERY, {"row": str(delivery_rows[delivery_id])}
    return _Usable(delivery_id, clean)


def _refusal_of_delivery(
    delivery_id: int, delivery: _Found, tracking: str, found: Mapping[int, _Found], in_use: Mapping[str, int]
) -> _Why | None:
    """Why the delivery a row names cannot be marked shipped with its number; None when it can."""
    digits = tracking_digits(tracking)
    state = delivery.state
    if state is DeliveryState.SHIPPED and tracking_digits(delivery.tracking_number) == digits:
        return ALREADY_SHIPPED, {}
    if state is DeliveryState.SHIPPED:
        return SHIPPED_OTHERWISE, {"courier": delivery.courier, "number": delivery.tracking_number}
    if state is DeliveryState.CANCELLED:
        return CANCELLED, {}
    if state not in (DeliveryState.SCHEDULED, DeliveryState.PACKED):
        return PAST_SHIPPING, {}
    if delivery.held:
        return HELD, {}
    if digits in in_use and in_use[digits] != delivery_id:
        return NUMBER_IN_USE, {"delivery": found_name(in_use[digits], found)}
    return None


@dataclass(frozen=True)
class _Found:
    state: DeliveryState
    courier: str
    tracking_number: str
    customer_name: str
    scheduled_on: date
    held: bool


def found_name(delivery_id: int, found: Mapping[int, _Found]) -> str:
    """A delivery as a message names it: the customer and the date, or its number when it is not among *found*."""
    if delivery_id in found:
        return f"{found[delivery_id].customer_name} {found[delivery_id].scheduled_on.isoformat()}"
    return delivery_number(delivery_id)


def _deliveries(
    db: Database, delivery_ids: Sequence[int], digits: Sequence[str]
) -> tuple[dict[int, _Found], dict[str, int]]:
    """The deliveries the file names, and which of its tracking numbers are already on a delivery (by digits)."""
    found: dict[int, _Found] = {}
    in_use: dict[str, int] = {}
    with db.reading() as session:
        cutoff = overdue_hold_cutoff(session, shop_today())
        for chunk in chunks(sorted(set(delivery_ids))):
            query = (
                select(
                    Delivery.id,
                    Delivery.state,
                    Delivery.courier,
                    Delivery.tracking_number,
                    Customer.name,
                    Delivery.scheduled_on,
                    held_condition(cutoff),
                )
                .join(Customer, Customer.id == Delivery.customer_id)
                .where(Delivery.id.in_(chunk))
            )
            for delivery_id, state, courier, number, name, scheduled_on, held in session.execute(query).tuples():
                found[delivery_id] = _Found(
                    DeliveryState(state), courier or "", number or "", name, scheduled_on, bool(held)
                )
        stored = func.upper(func.replace(func.replace(Delivery.tracking_number, "-", ""), " ", ""))
        unique = sorted(set(digits))
        for start in range(0, len(unique), _CHUNK):
            chunk_of_digits = unique[start : start + _CHUNK]
            query_in_use = select(stored, Delivery.id).where(stored.in_(chunk_of_digits))
            for number, delivery_id in session.execute(query_in_use).tuples():
                in_use[number] = delivery_id
        missing = sorted({i for i in in_use.values() if i not in found})
        for chunk in chunks(missing):
            names = (
                select(Delivery.id, Customer.name, Delivery.scheduled_on)
                .join(Customer, Customer.id == Delivery.customer_id)
                .where(Delivery.id.in_(chunk))
            )
            for delivery_id, name, scheduled_on in session.execute(names).tuples():
                found.setdefault(delivery_id, _Found(DeliveryState.SHIPPED, "", "", name, scheduled_on, False))
    return found, in_use


def ship_tracking_file(db: Database, *, staff_id: int, checked: TrackingFile, now: datetime | None = None) -> int:
    """Mark the matched deliveries of a checked file shipped with the file's courier and their tracking numbers, in
    one step (all or none); returns how many. A delivery changed at another counter since the check is refused by
    the shipping service, and nothing is written."""
    if not checked.matched:
        raise ValidationError.of("file", _NOTHING_TO_SHIP)
    numbers = {row.delivery_id: row.tracking_number for row in checked.matched}
    ship(
        db,
        staff_id=staff_id,
        delivery_ids=list(numbers),
        courier=checked.courier,
        tracking_numbers=numbers,
        check_courier_formats=True,
        now=now,
    )
    return len(numbers)
