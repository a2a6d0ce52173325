"""The import of a shop's spreadsheet: the file prepared (header found, columns recognised), a dry run that says
per row what will be created and every problem, duplicates against the records and within the file, and then the
import as one all-or-nothing transaction that the clerk can cancel while it runs.

The dry run and the import read the rows by the same function (``_planned``) on the same session state, so the
import writes exactly what the dry run showed; it refuses to start unless that plan is clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    AddressVersion,
    Child,
    Consent,
    Customer,
    CustomerNameKey,
    Delivery,
    ImportRecord,
    ImportRecordCustomer,
    ImportRecordSubscription,
    Item,
    ItemEvent,
    Loan,
    PhoneVersion,
    Plan,
    Shop,
    Staff,
    Subscription,
    Toy,
    name_key_rows,
)
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ChangeReason, ConsentKind, ConsentMethod, PhoneRole
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.fees import FeeMethod
from toysub_desktop.domain.hangul import initial_consonants
from toysub_desktop.domain.imports import (
    Cell,
    Column,
    DuplicateReason,
    ImportedCustomer,
    ImportedToy,
    PersonKeys,
    PlanChoice,
    Resolution,
    RowProblem,
    cell_text,
    duplicate_reason,
    find_header,
    is_blank,
    is_toy_mapping,
    person_keys,
    plan_key,
    proposed_resolution,
    read_row,
    read_toy_row,
    toy_key,
)
from toysub_desktop.domain.person import format_customer_number
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.rentals import RentalRules, default_due_date
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.toys import ItemState
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import audit, require_staff, unit_of_work
from toysub_desktop.services.deliveries import DEFAULT_HORIZON_DAYS
from toysub_desktop.services.imports.reading import SheetRows, read_sheet, refuse
from toysub_desktop.services.queries.contact_versions import address_of
from toysub_desktop.services.queries.deliveries import (
    ScheduleChanges,
    apply_schedule_changes,
    chunks,
    plan_cadences,
    reconcile_schedule,
)
from toysub_desktop.services.queries.items import change_item_state
from toysub_desktop.services.queries.plan_details import plan_details
from toysub_desktop.services.queries.subscription_history import history_of
from toysub_desktop.services.subscriptions import format_contract_number

_NO_HEADER = QT_TRANSLATE_NOOP(
    "Validation",
    "{file} has no header the import recognises. Name the columns in one row, e.g. 이름, 연락처, 주소, 우편번호.",
)
_NOT_CLEAN = QT_TRANSLATE_NOOP(
    "Validation", "{file} still has {rows} rows with problems or undecided duplicates; nothing was imported."
)
_NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Validation", "Choose which column holds the guardian's name (or, in a toy list, the toy's name)."
)
_COLUMN_TWICE = QT_TRANSLATE_NOOP(
    "Validation", "Columns {first} and {second} are set to hold the same thing; choose it for one of them."
)
_UNRESOLVED_ON_RECORD = QT_TRANSLATE_NOOP(
    "Validation", "Looks like {name} ({number}) on record: choose to skip this row, add it to them, or import as new."
)
_UNRESOLVED_IN_FILE = QT_TRANSLATE_NOOP(
    "Validation", "Looks like row {row} of this file: choose to skip this row, add it to that one, or import as new."
)

_NO_SUCH_ITEM = QT_TRANSLATE_NOOP(
    "Validation", "No item has this barcode. Add the toy and its items first (매장 → 장난감과 품목), then check again."
)
_BARCODE_TAKEN = QT_TRANSLATE_NOOP("Validation", "An item with this barcode is already on record.")
_BARCODE_TWICE = QT_TRANSLATE_NOOP("Validation", "This barcode is already on row {row} of this file.")
_ITEM_TWICE = QT_TRANSLATE_NOOP("Validation", "This item is already out with row {row} of this file.")
_ITEM_NOT_AVAILABLE = QT_TRANSLATE_NOOP(
    "Validation", "This item is not on the shelf now (out, held, in cleaning or repair, or retired)."
)
#: Compared with for a customer on record who has no address in effect.
_NO_ADDRESS = Address("", "")
_CUSTOMER_TABLE: Table = Customer.__table__  # type: ignore[assignment]
_SUBSCRIPTION_TABLE: Table = Subscription.__table__  # type: ignore[assignment]
#: Rows between two progress reports (and chances to cancel).
PROGRESS_EVERY = 250


class ImportCancelled(Exception):
    """The clerk stopped the import, or its dry run, while it ran; nothing was written."""


@dataclass(frozen=True)
class PreparedFile:
    """A file read and its header found: what the mapping step and the dry run work on."""

    file_name: str
    kind: str
    #: The header of each column as the file writes it (a merged group heading and its part joined by a space).
    headers: tuple[str, ...]
    #: The columns the import recognised by their header (column index → what it holds).
    recognised: Mapping[int, Column]
    #: The data rows after the header, blank ones left out: (row number in the file, counting from 1; cells).
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]
    #: Sample values of each column (the first few non-empty ones), for the mapping step.
    samples: tuple[tuple[str, ...], ...] = ()


def prepare_file(path: Path) -> PreparedFile:
    """Read *path* and find its header; refused with a message naming the file when it has none."""
    return prepare_rows(read_sheet(path))


def prepare_rows(sheet: SheetRows) -> PreparedFile:
    head = sheet.with_merged_filled(min(len(sheet.rows), 25) - 1)
    found = find_header(head)
    if found is None:
        raise refuse(_NO_HEADER, Path(sheet.file_name))
    headers = tuple(" ".join(dict.fromkeys(part for part in parts if part)) for parts in found.headers)
    width = len(headers)
    rows = tuple(
        (number + 1, tuple(cells[:width]) + (None,) * max(0, width - len(cells)))
        for number, cells in enumerate(sheet.rows)
        if number > found.last_row and not is_blank(cells)
    )
    samples = tuple(
        tuple(dict.fromkeys(text for _, cells in rows[:50] if (text := cell_text(cells[i]))))[:3] for i in range(width)
    )
    return PreparedFile(sheet.file_name, sheet.kind, headers, dict(found.mapping), rows, samples)


@dataclass(frozen=True)
class DuplicateOf:
    """Whom a row looks like: a customer on record or an earlier row of the file."""

    reason: DuplicateReason
    customer_id: int | None = None
    customer_name: str = ""
    customer_number: str = ""
    earlier_row: int | None = None
    #: What the import does unless the clerk decides otherwise (None: the clerk must decide).
    proposed: Resolution | None = None


@dataclass(frozen=True)
class RowPlan:
    """What one row will create, or why it cannot be imported."""

    row: int
    name: str
    problems: tuple[RowProblem, ...]
    duplicate: DuplicateOf | None
    #: The resolution in force: the clerk's choice, else the proposed one.
    resolution: Resolution | None
    children: int = 0
    plan_name: str = ""
    monthly_fee: int | None = None
    #: Items the row says the child has out, lent under its contract by the import.
    toys_out: int = 0
    #: A row of a toy list: the toy (new, or the one on record of the same name and brand) and its items.
    is_toy: bool = False
    toy_items: int = 0
    #: The items go to a toy already on record, or to the same toy on an earlier row (no new toy).
    toy_on_record: bool = False

    @property
    def blocked(self) -> bool:
        return bool(self.problems) or (self.duplicate is not None and self.resolution is None)

    @property
    def creates_customer(self) -> bool:
        return not self.is_toy and not self.problems and (self.duplicate is None or self.resolution is Resolution.NEW)

    @property
    def creates_toy(self) -> bool:
        return self.is_toy and not self.problems and not self.toy_on_record


@dataclass(frozen=True)
class DryRun:
    file_name: str
    rows: tuple[RowPlan, ...]

    @property
    def blocked_rows(self) -> tuple[RowPlan, ...]:
        return tuple(row for row in self.rows if row.blocked)

    @property
    def clean(self) -> bool:
        return not self.blocked_rows

    @property
    def customers(self) -> int:
        return sum(1 for row in self.rows if row.creates_customer)

    @property
    def contracts(self) -> int:
        return sum(1 for row in self.rows if row.plan_name and row.resolution is not Resolution.SKIP)

    @property
    def children(self) -> int:
        return sum(row.children for row in self.rows if row.resolution is not Resolution.SKIP)

    @property
    def skipped(self) -> int:
        return sum(1 for row in self.rows if row.resolution is Resolution.SKIP)

    @property
    def merged(self) -> int:
        return sum(1 for row in self.rows if row.resolution is Resolution.MERGE)

    @property
    def is_toy_list(self) -> bool:
        return any(row.is_toy for row in self.rows)

    @property
    def toys(self) -> int:
        return sum(1 for row in self.rows if row.creates_toy)

    @property
    def items(self) -> int:
        return sum(row.toy_items for row in self.rows if row.is_toy and not row.problems)


@dataclass(frozen=True)
class ImportSummary:
    import_id: int
    rows: int
    customers: int
    children: int
    subscriptions: int
    skipped: int
    merged: int
    loans: int = 0
    toys: int = 0
    items: int = 0


@dataclass(frozen=True)
class ImportRecordView:
    id: int
    file_name: str
    rows: int
    customers: int
    subscriptions: int
    imported_at: datetime
    imported_by: str


@dataclass(frozen=True)
class ImportedCustomerLine:
    customer_id: int
    number: str
    name: str
    row: int
    merged: bool


# --- the plan, shared by the dry run and the import -------------------------------------------------------------


@dataclass
class _Planned:
    plans: list[RowPlan] = field(default_factory=list)
    readings: dict[int, ImportedCustomer] = field(default_factory=dict)
    #: Row → customer on record it goes to (merge), or row → earlier row it goes to.
    into_customer: dict[int, int] = field(default_factory=dict)
    into_row: dict[int, int] = field(default_factory=dict)
    plan_ids: dict[str, int] = field(default_factory=dict)
    toys: dict[int, ImportedToy] = field(default_factory=dict)
    #: Row → the toy on record its items go to, or row → the earlier row of the same toy.
    toy_on_record: dict[int, int] = field(default_factory=dict)
    toy_same_as_row: dict[int, int] = field(default_factory=dict)


def check_mapping(mapping: Mapping[int, Column], headers: Sequence[str] = ()) -> None:
    """A mapping the clerk fixed: the guardian's (or the toy's) name chosen, no kind chosen for two columns (*headers*
    name them)."""
    seen: dict[Column, int] = {}
    for index, column in sorted(mapping.items()):
        if column in seen:
            first, second = (
                headers[i] if i < len(headers) and headers[i] else str(i + 1) for i in (seen[column], index)
            )
            raise ValidationError.of("mapping", _COLUMN_TWICE, first=first, second=second)
        seen[column] = index
    if Column.NAME not in seen and Column.TOY_NAME not in seen:
        raise ValidationError.of("mapping", _NO_NAME_COLUMN)


def _plan_choices(session: Session) -> tuple[dict[str, PlanChoice], dict[str, int]]:
    choices: dict[str, PlanChoice] = {}
    ids: dict[str, int] = {}
    for plan in session.scalars(select(Plan).where(Plan.active).order_by(Plan.id)):
        key = plan_key(plan.name)
        choices.setdefault(key, PlanChoice(plan.name, PlanKind(plan.kind)))
        ids.setdefault(key, plan.id)
    return choices, ids


@dataclass(frozen=True)
class _OnRecord:
    customer_id: int
    name: str
    number: str
    keys: PersonKeys


def _customers_on_record(session: Session, readings: Iterable[ImportedCustomer]) -> dict[int, _OnRecord]:
    """Customers on record who share a phone or a name with a row, with their current phones and address."""
    readings = list(readings)
    phones = sorted({phone.e164 for reading in readings for phone in reading.phones})
    names = sorted({reading.name for reading in readings})
    ids: set[int] = set()
    for chunk in _text_chunks(phones):
        ids.update(
            session.scalars(
                select(PhoneVersion.customer_id).where(PhoneVersion.e164.in_(chunk), PhoneVersion.voided_at.is_(None))
            )
        )
    for chunk in _text_chunks(names):
        ids.update(session.scalars(select(Customer.id).where(Customer.name.in_(chunk))))
    found: dict[int, _OnRecord] = {}
    id_list = sorted(ids)
    for id_chunk in chunks(id_list):
        customers = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(id_chunk)))}
        numbers: dict[int, set[str]] = {i: set() for i in id_chunk}
        for customer_id, e164 in session.execute(
            select(PhoneVersion.customer_id, PhoneVersion.e164).where(
                PhoneVersion.customer_id.in_(id_chunk), PhoneVersion.voided_at.is_(None), PhoneVersion.e164.is_not(None)
            )
        ).tuples():
            assert e164 is not None
            numbers[customer_id].add(e164)
        addresses: dict[int, AddressVersion] = {}
        for version in session.scalars(
            select(AddressVersion)
            .where(AddressVersion.customer_id.in_(id_chunk), AddressVersion.voided_at.is_(None))
            .order_by(AddressVersion.effective_from, AddressVersion.recorded_at)
        ):
            addresses[version.customer_id] = version  # the latest wins
        for customer_id, customer in customers.items():
            address = addresses.get(customer_id)
            keys = person_keys(
                customer.name, sorted(numbers[customer_id]), address_of(address) if address else _NO_ADDRESS
            )
            found[customer_id] = _OnRecord(customer_id, customer.name, customer.number or "", keys)
    return found


def _text_chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for index in range(0, len(values), 500):
        yield values[index : index + 500]


def _planned(
    session: Session,
    prepared: PreparedFile,
    mapping: Mapping[int, Column],
    resolutions: Mapping[int, Resolution],
    today: date,
    progress: Callable[[int, int], bool] | None = None,
) -> _Planned:
    check_mapping(mapping)
    if is_toy_mapping(mapping):
        return _planned_toys(session, prepared, mapping)
    plans, plan_ids = _plan_choices(session)
    headers = {column: prepared.headers[index] or column.value for index, column in mapping.items()}
    # Reading the rows is most of a large file's check: that is what *progress* is told of.
    total = len(prepared.rows)
    readings = []
    for done, (number, cells) in enumerate(prepared.rows, start=1):
        readings.append(read_row(number, cells, mapping, headers=headers, plans=plans, today=today))
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total) and not progress(done, total):
            raise ImportCancelled(prepared.file_name)
    good = [reading.customer for reading in readings if reading.customer is not None]
    on_record = _customers_on_record(session, good)
    items = _item_states(session, sorted({barcode for reading in good for barcode in reading.toys_out}))
    toys_header = next((headers[c] for c in headers if c is Column.TOYS_OUT), "")
    lent_in_row: dict[str, int] = {}
    by_phone: dict[str, list[_OnRecord]] = {}
    by_name: dict[str, list[_OnRecord]] = {}
    for record in on_record.values():
        for phone in record.keys.phones:
            by_phone.setdefault(phone, []).append(record)
        by_name.setdefault(record.keys.name, []).append(record)
    result = _Planned(plan_ids=plan_ids)
    earlier_by_phone: dict[str, int] = {}
    earlier_by_name: dict[str, list[int]] = {}
    earlier_keys: dict[int, PersonKeys] = {}
    for reading in readings:
        customer = reading.customer
        if customer is None:
            result.plans.append(
                RowPlan(reading.row, _name_of(prepared, mapping, reading.row), tuple(reading.problems), None, None)
            )
            continue
        result.readings[customer.row] = customer
        keys = person_keys(customer.name, [p.e164 for p in customer.phones], customer.address)
        duplicate = _duplicate_on_record(keys, by_phone, by_name) or _duplicate_in_file(
            keys, customer.row, earlier_by_phone, earlier_by_name, earlier_keys
        )
        resolution = resolutions.get(customer.row, duplicate.proposed if duplicate else None)
        if duplicate is not None and resolution is Resolution.MERGE:
            if duplicate.customer_id is not None:
                result.into_customer[customer.row] = duplicate.customer_id
            elif duplicate.earlier_row is not None:
                # Only rows that create a customer are compared with, so the earlier row is the one creating it.
                result.into_row[customer.row] = duplicate.earlier_row
        if duplicate is None or resolution is Resolution.NEW:
            for phone in keys.phones:
                earlier_by_phone.setdefault(phone, customer.row)
            earlier_by_name.setdefault(keys.name, []).append(customer.row)
            earlier_keys[customer.row] = keys
        problems: tuple[RowProblem, ...] = ()
        if duplicate is not None and resolution is None:
            problems = (RowProblem(customer.row, "", _unresolved(duplicate)),)
        if resolution is not Resolution.SKIP:
            for barcode in customer.toys_out:
                problem = _toy_problem(barcode, items, lent_in_row)
                if problem is not None:
                    problems += (RowProblem(customer.row, toys_header, problem, barcode),)
                lent_in_row.setdefault(barcode, customer.row)
        contract = customer.contract
        result.plans.append(
            RowPlan(
                customer.row,
                customer.name,
                problems,
                duplicate,
                resolution,
                children=len(customer.children),
                plan_name=plans[contract.plan_key].name if contract else "",
                monthly_fee=contract.monthly_fee if contract else None,
                toys_out=len(customer.toys_out),
            )
        )
    return result


def _planned_toys(session: Session, prepared: PreparedFile, mapping: Mapping[int, Column]) -> _Planned:
    """A toy list: each row a toy (new, or adding items to the one on record of the same name and brand) with the
    barcodes of its items, none of them on record or twice in the file."""
    headers = {column: prepared.headers[index] or column.value for index, column in mapping.items()}
    readings = [read_toy_row(number, cells, mapping, headers=headers) for number, cells in prepared.rows]
    good = [reading.toy for reading in readings if reading.toy is not None]
    taken = _item_states(session, sorted({barcode for toy in good for barcode in toy.barcodes}))
    on_record = {
        toy_key(name, brand): toy_id
        for toy_id, name, brand in session.execute(select(Toy.id, Toy.name, Toy.brand).where(Toy.active)).tuples()
    }
    result = _Planned()
    first_row_of_toy: dict[tuple[str, str], int] = {}
    barcode_row: dict[str, int] = {}
    header = headers.get(Column.TOY_BARCODES, "")
    for reading in readings:
        toy = reading.toy
        if toy is None:
            name = _name_of(prepared, mapping, reading.row, Column.TOY_NAME)
            result.plans.append(RowPlan(reading.row, name, tuple(reading.problems), None, None, is_toy=True))
            continue
        problems: list[RowProblem] = []
        for barcode in toy.barcodes:
            if barcode in taken:
                problems.append(RowProblem(toy.row, header, FieldProblem("toy_barcodes", _BARCODE_TAKEN), barcode))
            elif barcode in barcode_row:
                arguments = {"row": str(barcode_row[barcode])}
                problems.append(
                    RowProblem(toy.row, header, FieldProblem("toy_barcodes", _BARCODE_TWICE, arguments), barcode)
                )
            barcode_row.setdefault(barcode, toy.row)
        key = toy_key(toy.details.name, toy.details.brand)
        known = key in on_record
        if known:
            result.toy_on_record[toy.row] = on_record[key]
        elif key in first_row_of_toy:
            result.toy_same_as_row[toy.row] = first_row_of_toy[key]
        else:
            first_row_of_toy[key] = toy.row
        result.toys[toy.row] = toy
        result.plans.append(
            RowPlan(
                toy.row, toy.details.name, tuple(problems), None, None, is_toy=True, toy_items=len(toy.barcodes),
                toy_on_record=known or toy.row in result.toy_same_as_row,
            )
        )  # fmt: skip
    return result


def _item_states(session: Session, barcodes: Sequence[str]) -> dict[str, str]:
    """The state of each item on record among *barcodes*, by barcode."""
    states: dict[str, str] = {}
    for chunk in _text_chunks(barcodes):
        rows = session.execute(select(Item.barcode, Item.state).where(Item.barcode.in_(chunk))).tuples()
        states.update({barcode: state for barcode, state in rows})
    return states


def _toy_problem(barcode: str, items: Mapping[str, str], lent_in_row: Mapping[str, int]) -> FieldProblem | None:
    """Why an item the file says is out cannot be lent now: unknown, not on the shelf, or out on an earlier row."""
    if barcode not in items:
        return FieldProblem("toys_out", _NO_SUCH_ITEM)
    if barcode in lent_in_row:
        return FieldProblem("toys_out", _ITEM_TWICE, {"row": str(lent_in_row[barcode])})
    if items[barcode] != ItemState.AVAILABLE.value:
        return FieldProblem("toys_out", _ITEM_NOT_AVAILABLE)
    return None


def _unresolved(duplicate: DuplicateOf) -> FieldProblem:
    if duplicate.customer_id is not None:
        arguments = {"name": duplicate.customer_name, "number": duplicate.customer_number}
        return FieldProblem("duplicate", _UNRESOLVED_ON_RECORD, arguments)
    return FieldProblem("duplicate", _UNRESOLVED_IN_FILE, {"row": str(duplicate.earlier_row)})


def _name_of(prepared: PreparedFile, mapping: Mapping[int, Column], row: int, name: Column = Column.NAME) -> str:
    index = next((i for i, column in mapping.items() if column is name), None)
    cells = next((cells for number, cells in prepared.rows if number == row), ())
    return cell_text(cells[index]) if index is not None and index < len(cells) else ""


def _duplicate_on_record(
    keys: PersonKeys, by_phone: Mapping[str, list[_OnRecord]], by_name: Mapping[str, list[_OnRecord]]
) -> DuplicateOf | None:
    candidates = [record for phone in sorted(keys.phones) for record in by_phone.get(phone, [])]
    candidates += by_name.get(keys.name, [])
    best: tuple[int, DuplicateReason, _OnRecord] | None = None
    for record in candidates:
        reason = duplicate_reason(keys, record.keys)
        if reason is None:
            continue
        rank = list(DuplicateReason).index(reason)
        if best is None or rank < best[0]:
            best = (rank, reason, record)
    if best is None:
        return None
    _, reason, record = best
    return DuplicateOf(reason, record.customer_id, record.name, record.number, proposed=proposed_resolution(reason))


def _duplicate_in_file(
    keys: PersonKeys,
    row: int,
    by_phone: Mapping[str, int],
    by_name: Mapping[str, list[int]],
    earlier_keys: Mapping[int, PersonKeys],
) -> DuplicateOf | None:
    candidates = [by_phone[phone] for phone in sorted(keys.phones) if phone in by_phone]
    candidates += by_name.get(keys.name, [])
    for earlier in sorted(set(candidates), key=lambda r: (r not in by_phone.values(), r)):
        reason = duplicate_reason(keys, earlier_keys[earlier])
        if reason is not None and earlier != row:
            return DuplicateOf(reason, earlier_row=earlier, proposed=proposed_resolution(reason))
    return None


def dry_run(
    db: Database,
    prepared: PreparedFile,
    mapping: Mapping[int, Column],
    *,
    resolutions: Mapping[int, Resolution] | None = None,
    today: date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> DryRun:
    """What importing *prepared* with *mapping* would do, row by row; nothing is written. *progress* is told the
    rows checked of all every few hundred rows; returning False (the clerk's stop) ends the check with
    ``ImportCancelled``."""
    today = today or shop_today()
    with db.reading() as session:
        planned = _planned(session, prepared, mapping, resolutions or {}, today, progress)
    return DryRun(prepared.file_name, tuple(planned.plans))


# --- the import -------------------------------------------------------------------------------------------------


def run_import(
    db: Database,
    *,
    staff_id: int,
    prepared: PreparedFile,
    mapping: Mapping[int, Column],
    resolutions: Mapping[int, Resolution] | None = None,
    approval: Approval | None = None,
    progress: Callable[[int, int], bool] | None = None,
    now: datetime | None = None,
) -> ImportSummary:
    """Import every row as the dry run showed it, in one transaction: all of it, or nothing (a problem, a failure
    or *progress* returning False — the clerk's cancel — rolls everything back). Managers and the owner import;
    anyone else needs their approval.

    *progress* counts two steps a row: every row is checked again (the file or the shop may have changed since
    the dry run), then written."""
    now = now or utc_now()
    today = shop_today(now)
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.IMPORT, approval=approval, now=now)
    rows = len(prepared.rows)
    checking = None if progress is None else (lambda done, _total: progress(done, 2 * rows))
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        planned = _planned(session, prepared, mapping, resolutions or {}, today, checking)
        run = DryRun(prepared.file_name, tuple(planned.plans))
        if not run.clean:
            raise refuse(_NOT_CLEAN, Path(prepared.file_name), rows=str(len(run.blocked_rows)))
        record = ImportRecord(
            file_name=prepared.file_name[:255],
            file_kind=prepared.kind,
            rows=len(prepared.rows),
            customers=run.customers,
            children=run.children,
            subscriptions=run.contracts,
            skipped=run.skipped,
            merged=run.merged,
            imported_at=now,
            imported_by_id=staff_id,
        )
        session.add(record)
        session.flush()
        writer = _Writer(session, record.id, staff_id, now, today, planned)
        total = len(run.rows)
        for done, batch in enumerate(_batches(run.rows, PROGRESS_EVERY), start=1):
            writer.write(batch)
            if progress is not None and not progress(rows + min(done * PROGRESS_EVERY, total), 2 * rows):
                raise ImportCancelled(prepared.file_name)
        writer.schedule()
        record.children = writer.children_added  # a child already on record is not added twice
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="import.run",
            entity="import_record",
            entity_id=record.id,
            after={
                "file": record.file_name,
                "rows": record.rows,
                "customers": record.customers,
                "children": record.children,
                "subscriptions": record.subscriptions,
                "skipped": record.skipped,
                "merged": record.merged,
                "loans": writer.loans,
                "toys": writer.toys_added,
                "items": writer.items_added,
            },
        )
        return ImportSummary(
            record.id, record.rows, record.customers, record.children, record.subscriptions, run.skipped, run.merged,
            writer.loans, writer.toys_added, writer.items_added,
        )  # fmt: skip


def _set_by_id(session: Session, table: Table, column: str, values: Mapping[int, str]) -> None:
    """One executemany UPDATE of *column* by id: the numbers made from the ids the inserts returned."""
    statement = update(table).where(table.c.id == bindparam("row_id")).values({column: bindparam("new_value")})
    session.execute(statement, [{"row_id": i, "new_value": value} for i, value in values.items()])


def _batches(rows: Sequence[RowPlan], size: int) -> Iterable[Sequence[RowPlan]]:
    for index in range(0, len(rows), size):
        yield rows[index : index + size]


class _Writer:
    """Writes the planned rows batch by batch inside the import's one transaction.

    Rows go in as bulk inserts (one statement per table and batch, ids returned in order): a row at a time through
    the unit of work costs three statements per customer, and a shop's list has tens of thousands of rows.
    """

    def __init__(
        self, session: Session, import_id: int, staff_id: int, now: datetime, today: date, planned: _Planned
    ) -> None:
        self.session = session
        self.import_id = import_id
        self.staff_id = staff_id
        self.now = now
        self.today = today
        self.planned = planned
        self.shop = session.scalars(select(Shop)).one()
        self.plans = {plan.id: plan_details(plan) for plan in session.scalars(select(Plan))}
        #: Row → the customer it created (for later rows merged into it).
        self.customer_of_row: dict[int, int] = {}
        self.linked: set[int] = set()
        #: Each customer's children as (name, birth month) → child id (None until inserted).
        self.children_of: dict[int, dict[tuple[str, date], int | None]] = {}
        self.subscriptions: list[Subscription] = []
        self.children_added = 0
        self.loans = 0
        self.toys_added = 0
        self.items_added = 0
        self.toy_of_row: dict[int, int] = {}
        self.rental_rules = RentalRules(
            late_fee_per_day=self.shop.late_fee_per_day,
            late_fee_cap_days=self.shop.late_fee_cap_days,
            suspension_after_days=self.shop.suspension_after_days,
            loan_days=self.shop.loan_days,
            damage_fee_percent=self.shop.damage_fee_percent,
        )

    def write(self, rows: Sequence[RowPlan]) -> None:
        new = [(row, self.planned.readings[row.row]) for row in rows if row.creates_customer]
        customer_ids = self._insert_customers([reading for _, reading in new])
        links: list[dict[str, object]] = []
        versions: tuple[list[dict[str, object]], list[dict[str, object]], list[dict[str, object]]] = ([], [], [])
        for (row, reading), new_id in zip(new, customer_ids, strict=True):
            self.customer_of_row[row.row] = new_id
            self.children_of[new_id] = {}
            self._contacts(new_id, reading, *versions)
            links += self._link(new_id, row.row, merged=False)
        children: list[tuple[int, str, date]] = []
        contracts: list[tuple[int, dict[str, object], date | None]] = []
        loans: list[tuple[int, int, tuple[str, date], tuple[str, ...]]] = []
        for row in rows:
            if row.is_toy:
                self._toy(row)
                continue
            if row.problems or row.resolution is Resolution.SKIP:
                continue
            reading = self.planned.readings[row.row]
            customer_id = self._customer_for(row.row)
            if customer_id is None:
                continue  # merged into an earlier row that was skipped
            if row.resolution is Resolution.MERGE:
                links += self._link(customer_id, row.row, merged=True)
            known = self._children_of(customer_id)
            for child in reading.children:
                if (child.name, child.birth_month) not in known:
                    children.append((customer_id, child.name, child.birth_month))
                    known[(child.name, child.birth_month)] = None
            if reading.contract is not None:
                contracts.append((row.row, self._subscription(customer_id, reading), reading.contract.paid_through))
            if reading.toys_out:
                child = reading.children[0]
                loans.append((row.row, customer_id, (child.name, child.birth_month), reading.toys_out))
        addresses, phones, consents = versions
        for model, values in (
            (AddressVersion, addresses),
            (PhoneVersion, phones),
            (Consent, consents),
            (ImportRecordCustomer, links),
        ):
            if values:
                self.session.execute(insert(model), values)
        if children:
            values = [{"customer_id": c, "name": name, "birth_month": birth} for c, name, birth in children]
            child_ids = self.session.scalars(insert(Child).returning(Child.id, sort_by_parameter_order=True), values)
            for new_child, (owner, name, birth) in zip(child_ids, children, strict=True):
                self.children_of[owner][(name, birth)] = new_child
        self.children_added += len(children)
        subscription_of_row = self._insert_subscriptions(contracts)
        for row_number, customer_id, child_key, barcodes in loans:
            lent_to = self.children_of[customer_id][child_key]
            assert lent_to is not None
            self._lend(customer_id, lent_to, subscription_of_row[row_number], barcodes)

    def _insert_customers(self, readings: Sequence[ImportedCustomer]) -> list[int]:
        if not readings:
            return []
        values = [
            {
                "name": reading.name,
                "name_initials": initial_consonants(reading.name),
                "email": reading.email,
                "notes": reading.notes,
                "registered_on": reading.registered_on,
                "created_at": self.now,
                "created_by_id": self.staff_id,
                "version": 1,
            }
            for reading in readings
        ]
        ids = list(self.session.scalars(insert(Customer).returning(Customer.id, sort_by_parameter_order=True), values))
        _set_by_id(self.session, _CUSTOMER_TABLE, "number", {i: format_customer_number(i) for i in ids})
        keys = [key for i, reading in zip(ids, readings, strict=True) for key in name_key_rows(i, reading.name)]
        self.session.execute(insert(CustomerNameKey), keys)
        return ids

    def _toy(self, row: RowPlan) -> None:
        """A row of a toy list: the toy (unless it is on record or on an earlier row) and its items, on the shelf."""
        toy = self.planned.toys[row.row]
        session = self.session
        toy_id = self.planned.toy_on_record.get(row.row)
        if toy_id is None and row.row in self.planned.toy_same_as_row:
            toy_id = self.toy_of_row[self.planned.toy_same_as_row[row.row]]
        if toy_id is None:
            details = toy.details
            new_toy = Toy(
                name=details.name, name_initials=details.name_initials, category=details.category.value,
                min_age_months=details.min_age_months, max_age_months=details.max_age_months, brand=details.brand,
                value=details.value, note=details.note, active=True, created_at=self.now,
            )  # fmt: skip
            session.add(new_toy)
            session.flush()
            toy_id = new_toy.id
            self.toys_added += 1
        self.toy_of_row[row.row] = toy_id
        items = [
            Item(toy_id=toy_id, barcode=barcode, state=ItemState.AVAILABLE.value, acquired_on=self.today,
                 created_at=self.now)
            for barcode in toy.barcodes
        ]  # fmt: skip
        session.add_all(items)
        session.flush()
        session.add_all(
            ItemEvent(item_id=item.id, from_state=None, to_state=item.state, at=self.now, staff_id=self.staff_id)
            for item in items
        )
        self.items_added += len(items)

    def _lend(self, customer_id: int, child_id: int, subscription_id: int, barcodes: Sequence[str]) -> None:
        """The items the old records say the child has out, lent today under the imported contract."""
        session = self.session
        due_on = default_due_date(self.today, self.rental_rules)
        for item in session.scalars(select(Item).where(Item.barcode.in_(barcodes)).order_by(Item.id)):
            loan = Loan(
                item_id=item.id, customer_id=customer_id, child_id=child_id, subscription_id=subscription_id,
                lent_on=self.today, due_on=due_on, lent_at=self.now, lent_by_id=self.staff_id,
            )  # fmt: skip
            session.add(loan)
            session.flush()
            change_item_state(session, item, ItemState.ON_LOAN, staff_id=self.staff_id, now=self.now, loan_id=loan.id)
            self.loans += 1

    def _insert_subscriptions(self, contracts: Sequence[tuple[int, dict[str, object], date | None]]) -> dict[int, int]:
        """Insert the contracts; returns each one's id by the row it came from."""
        if not contracts:
            return {}
        values = [columns for _, columns, _ in contracts]
        ids = list(
            self.session.scalars(insert(Subscription).returning(Subscription.id, sort_by_parameter_order=True), values)
        )
        signed_on = [day for _, columns, _ in contracts if isinstance(day := columns["signed_on"], date)]
        numbers = {i: format_contract_number(i, day) for i, day in zip(ids, signed_on, strict=True)}
        _set_by_id(self.session, _SUBSCRIPTION_TABLE, "contract_number", numbers)
        self.session.execute(
            insert(ImportRecordSubscription),
            [
                {"subscription_id": i, "import_id": self.import_id, "row": row, "paid_through": paid_through}
                for i, (row, _, paid_through) in zip(ids, contracts, strict=True)
            ],
        )
        # Plain objects (never added to the session) for the schedule, which reads a subscription's columns.
        self.subscriptions += [
            Subscription(id=i, contract_number=numbers[i], **columns) for i, columns in zip(ids, values, strict=True)
        ]
        return {row: i for i, (row, _, _) in zip(ids, contracts, strict=True)}

    def _customer_for(self, row: int) -> int | None:
        if row in self.planned.into_customer:
            return self.planned.into_customer[row]
        return self.customer_of_row.get(self.planned.into_row.get(row, row))

    def _children_of(self, customer_id: int) -> dict[tuple[str, date], int | None]:
        if customer_id not in self.children_of:
            self.children_of[customer_id] = {
                (name, birth): child_id
                for child_id, name, birth in self.session.execute(
                    select(Child.id, Child.name, Child.birth_month).where(
                        Child.customer_id == customer_id, Child.active
                    )
                ).tuples()
            }
        return self.children_of[customer_id]

    def _link(self, customer_id: int, row: int, *, merged: bool) -> list[dict[str, object]]:
        if customer_id in self.linked:
            return []
        self.linked.add(customer_id)
        return [{"import_id": self.import_id, "customer_id": customer_id, "row": row, "merged": merged}]

    def _contacts(
        self,
        customer_id: int,
        reading: ImportedCustomer,
        addresses: list[dict[str, object]],
        phones: list[dict[str, object]],
        consents: list[dict[str, object]],
    ) -> None:
        common = {
            "customer_id": customer_id,
            "effective_from": reading.registered_on,
            "reason": ChangeReason.REGISTRATION.value,
            "recorded_at": self.now,
            "recorded_by_id": self.staff_id,
            "last_confirmed_on": reading.registered_on,
            "version": 1,
        }
        address = reading.address
        addresses.append(
            {
                **common,
                "postal_code": address.postal_code,
                "road_address": address.road_address,
                "detail": address.detail,
                "entry_notes": address.entry_notes,
                "delivery_memo": address.delivery_memo,
                "region": address.region,
                "district": address.district,
            }
        )
        for role, phone in zip((PhoneRole.PRIMARY, PhoneRole.OTHER), reading.phones, strict=False):
            digits = phone.national_digits
            phones.append(
                {
                    **common,
                    "role": role.value,
                    "e164": phone.e164,
                    "kind": phone.kind.value,
                    "national_digits": digits,
                    "digits_reversed": digits[::-1],
                }
            )
        marketing_on = reading.marketing_on or reading.consent_on
        for kind, granted, given_on in (
            (ConsentKind.PERSONAL_DATA, True, reading.consent_on),
            (ConsentKind.MARKETING, reading.marketing, marketing_on),
        ):
            consents.append(
                {
                    "customer_id": customer_id,
                    "kind": kind.value,
                    "granted": granted,
                    "given_on": given_on,
                    "notice_version": CURRENT_NOTICE_VERSION,
                    "method": ConsentMethod.PAPER.value,
                    "recorded_at": self.now,
                    "recorded_by_id": self.staff_id,
                }
            )

    def _subscription(self, customer_id: int, reading: ImportedCustomer) -> dict[str, object]:
        contract = reading.contract
        assert contract is not None
        plan_id = self.planned.plan_ids[contract.plan_key]
        details = self.plans[plan_id]
        shop = self.shop
        return {
            "customer_id": customer_id,
            "plan_id": plan_id,
            "plan_name": details.name,
            "kind": details.kind.value,
            "tier": details.tier,
            "cadence": details.cadence.value,
            "term_months": contract.term_months,
            "start_on": contract.start_on,
            "trial_days": 0,
            "paid_from": contract.start_on,
            # The fee as signed is kept: the list price and discounts of the old contract are not in the file.
            "list_price": contract.monthly_fee,
            "term_discount_percent": 0,
            "monthly_fee": contract.monthly_fee,
            "deposit": contract.deposit,
            "delivery_day": contract.delivery_day,
            "swap_weekday": contract.swap_weekday,
            "payment_method": contract.payment_method.value,
            "pause_end_rule": shop.pause_end_rule,
            "max_pause_days": shop.max_pause_days,
            "skip_rule": shop.skip_rule,
            "early_termination_percent": shop.early_termination_percent,
            "early_termination_cap": shop.early_termination_cap,
            "early_termination_method": FeeMethod.BILLING_CYCLES.value,
            "renews_id": None,
            "renewed": False,
            "ends_on": contract.ends_on,
            "cancelled_on": None,
            "signed_on": min(contract.start_on, self.today),
            "signed_at": self.now,
            "signed_by_id": self.staff_id,
            "note": "",
            "version": 1,
        }

    def schedule(self) -> None:
        """The imported contracts' deliveries, up to the horizon every other subscription is scheduled to."""
        if not self.subscriptions:
            return
        # As far as the shop has scheduled, and at least the rolling horizon a scheduling run would reach.
        horizon = max(
            self.session.scalar(select(func.max(Delivery.scheduled_on))) or self.today,
            self.today + timedelta(days=DEFAULT_HORIZON_DAYS),
        )
        cadences = plan_cadences(self.session)
        changes = ScheduleChanges()
        for subscription in self.subscriptions:
            reconcile_schedule(
                subscription,
                history_of(self.session, subscription, []),
                [],
                cadences,
                changes,
                add_from=self.today,
                add_through=horizon,
                now=self.now,
            )
        apply_schedule_changes(self.session, changes, staff_id=self.staff_id, now=self.now)


# --- records of imports -----------------------------------------------------------------------------------------


def list_imports(db: Database) -> tuple[ImportRecordView, ...]:
    """Every import, newest first."""
    with db.reading() as session:
        rows = session.execute(
            select(ImportRecord, Staff.name)
            .join(Staff, Staff.id == ImportRecord.imported_by_id)
            .order_by(ImportRecord.imported_at.desc(), ImportRecord.id.desc())
        ).tuples()
        return tuple(
            ImportRecordView(
                record.id,
                record.file_name,
                record.rows,
                record.customers,
                record.subscriptions,
                record.imported_at,
                staff_name,
            )
            for record, staff_name in rows
        )


def customers_of_import(db: Database, import_id: int) -> tuple[ImportedCustomerLine, ...]:
    """The customers an import created or added to, in the order of the file's rows."""
    with db.reading() as session:
        rows = session.execute(
            select(Customer.id, Customer.number, Customer.name, ImportRecordCustomer.row, ImportRecordCustomer.merged)
            .join(ImportRecordCustomer, ImportRecordCustomer.customer_id == Customer.id)
            .where(ImportRecordCustomer.import_id == import_id)
            .order_by(ImportRecordCustomer.row)
        ).tuples()
        return tuple(ImportedCustomerLine(i, number or "", name, row, merged) for i, number, name, row, merged in rows)
