"""Exports for the owner or a manager: customers with their current contacts, subscriptions, the deliveries of a
period, and the money view's months for the accountant, as xlsx or csv (UTF-8 with BOM, so Excel on a Korean
Windows opens it as Korean).

Personal data leaving the app is recorded: each export writes an audit entry (who, when, what, how many rows, to
which file) in the same transaction that puts the file in place, so there is no export without its record.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

import openpyxl
from sqlalchemy import select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Child, Customer, Segment
from toysub_desktop.domain.dates import shop_today, to_shop_time, utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.months import months_from_to
from toysub_desktop.domain.phone import phone_from_e164
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.timeline import in_effect_on
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import audit, unit_of_work
from toysub_desktop.services.deliveries import DeliveryFilter, DeliveryRow, list_deliveries
from toysub_desktop.services.queries.contact_versions import address_versions, phone_versions, phones_in_effect
from toysub_desktop.services.queries.money_figures import figures_in_session
from toysub_desktop.services.queries.segments import live_segment_criteria, saved_segment_condition
from toysub_desktop.services.subscriptions import SubscriptionFilter, SubscriptionRow, list_subscriptions

#: Translation context of the column headings (the UI passes a function that translates them).
HEADING_CONTEXT = "Export"
_PAGE = 1000
_CHUNK = 500

_PERIOD_BACKWARDS = QT_TRANSLATE_NOOP("Validation", "The period ends before it starts.")
_CANNOT_WRITE = QT_TRANSLATE_NOOP("Validation", "{file} could not be written: {reason}")


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


class ExportKind(StrEnum):
    CUSTOMERS = "customers"
    SUBSCRIPTIONS = "subscriptions"
    DELIVERIES = "deliveries"
    MONEY_FIGURES = "money_figures"


CUSTOMER_HEADINGS = (
    QT_TRANSLATE_NOOP("Export", "Customer number"),
    QT_TRANSLATE_NOOP("Export", "Name"),
    QT_TRANSLATE_NOOP("Export", "Phone"),
    QT_TRANSLATE_NOOP("Export", "Other phones"),
    QT_TRANSLATE_NOOP("Export", "Postal code"),
    QT_TRANSLATE_NOOP("Export", "Address"),
    QT_TRANSLATE_NOOP("Export", "Address detail"),
    QT_TRANSLATE_NOOP("Export", "E-mail"),
    QT_TRANSLATE_NOOP("Export", "Registered on"),
    QT_TRANSLATE_NOOP("Export", "Children"),
)
SUBSCRIPTION_HEADINGS = (
    QT_TRANSLATE_NOOP("Export", "Contract number"),
    QT_TRANSLATE_NOOP("Export", "Customer"),
    QT_TRANSLATE_NOOP("Export", "Plan"),
    QT_TRANSLATE_NOOP("Export", "Start"),
    QT_TRANSLATE_NOOP("Export", "End"),
    QT_TRANSLATE_NOOP("Export", "Cancelled on"),
    QT_TRANSLATE_NOOP("Export", "Monthly fee (won)"),
    QT_TRANSLATE_NOOP("Export", "State"),
)
DELIVERY_HEADINGS = (
    QT_TRANSLATE_NOOP("Export", "Date"),
    QT_TRANSLATE_NOOP("Export", "Contract number"),
    QT_TRANSLATE_NOOP("Export", "Customer"),
    QT_TRANSLATE_NOOP("Export", "Kind"),
    QT_TRANSLATE_NOOP("Export", "State"),
    QT_TRANSLATE_NOOP("Export", "Postal code"),
    QT_TRANSLATE_NOOP("Export", "Address"),
    QT_TRANSLATE_NOOP("Export", "Phone"),
    QT_TRANSLATE_NOOP("Export", "Courier"),
    QT_TRANSLATE_NOOP("Export", "Tracking number"),
)

MONEY_FIGURE_HEADINGS = (
    QT_TRANSLATE_NOOP("Export", "Month"),
    QT_TRANSLATE_NOOP("Export", "Monthly fees billed"),
    QT_TRANSLATE_NOOP("Export", "Deposits billed"),
    QT_TRANSLATE_NOOP("Export", "Rental fees billed"),
    QT_TRANSLATE_NOOP("Export", "Early-termination fees billed"),
    QT_TRANSLATE_NOOP("Export", "Billed"),
    QT_TRANSLATE_NOOP("Export", "Payments"),
    QT_TRANSLATE_NOOP("Export", "Refunds"),
    QT_TRANSLATE_NOOP("Export", "Collected"),
    QT_TRANSLATE_NOOP("Export", "Written off"),
    QT_TRANSLATE_NOOP("Export", "Outstanding at month end"),
    QT_TRANSLATE_NOOP("Export", "Deposits held at month end"),
    QT_TRANSLATE_NOOP("Export", "Paying customers"),
    QT_TRANSLATE_NOOP("Export", "Of the month's charges, unpaid"),
)
_RENTAL_FEES = (EntryKind.LATE_FEE, EntryKind.DAMAGE_FEE, EntryKind.LOSS_FEE)

Cell = str | int | date | None
#: Turns a heading (English source) or a word the app translates (a state, a kind) into what the file shows.
Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def export_customers(
    db: Database,
    *,
    staff_id: int,
    path: Path,
    file_format: ExportFormat,
    translate: Translate = _same,
    approval: Approval | None = None,
    segment_id: int | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Every customer with the phones and address in effect today, and their children; with *segment_id*, only
    the segment's customers today (the audit names the segment)."""
    now = now or utc_now()
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.EXPORT, approval=approval, now=now)
    today = shop_today(now)
    details = _segment_details(db, segment_id)
    rows = list(_customer_rows(db, today, segment_id))
    return _finish(
        db, ExportKind.CUSTOMERS, path, file_format, [translate(h) for h in CUSTOMER_HEADINGS], rows,
        staff_id=staff_id, approved_by=approved_by, now=now, details=details,
    )  # fmt: skip


def _segment_details(db: Database, segment_id: int | None) -> dict[str, object]:
    """What the audit says of the segment an export was restricted to (refused when it was deleted meanwhile)."""
    if segment_id is None:
        return {}
    with db.reading() as session:
        live_segment_criteria(session, segment_id)
        name = session.scalar(select(Segment.name).where(Segment.id == segment_id))
    return {"segment": {"id": segment_id, "name": name}}


def export_subscriptions(
    db: Database,
    *,
    staff_id: int,
    path: Path,
    file_format: ExportFormat,
    words: Callable[[SubscriptionRow], tuple[str, str]] | None = None,
    translate: Translate = _same,
    approval: Approval | None = None,
    segment_id: int | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """Every subscription with its customer, plan, dates, fee and state today. *words* gives a row's plan kind and
    state as the file shows them (default: their codes). With *segment_id*, only the segment's customers'."""
    now = now or utc_now()
    today = shop_today(now)
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.EXPORT, approval=approval, now=now)
    details = _segment_details(db, segment_id)
    rows: list[list[Cell]] = []
    offset = 0
    while True:
        page = list_subscriptions(
            db, SubscriptionFilter(segment_id=segment_id), offset=offset, limit=_PAGE, today=today
        )
        for row in page.rows:
            state = words(row)[1] if words else row.state.value
            rows.append([row.contract_number, row.customer_name, row.plan_name, row.start_on, row.ends_on,
                         row.cancelled_on, row.monthly_fee, state])  # fmt: skip
        if not page.has_more:
            break
        offset += len(page.rows)
    return _finish(
        db, ExportKind.SUBSCRIPTIONS, path, file_format, [translate(h) for h in SUBSCRIPTION_HEADINGS], rows,
        staff_id=staff_id, approved_by=approved_by, now=now, details=details,
    )  # fmt: skip


def export_deliveries(
    db: Database,
    *,
    staff_id: int,
    path: Path,
    file_format: ExportFormat,
    first: date,
    last: date,
    words: Callable[[DeliveryRow], tuple[str, str]] | None = None,
    translate: Translate = _same,
    approval: Approval | None = None,
    segment_id: int | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """The deliveries from *first* to *last*, each with the address it goes or went to. *words* gives a row's kind
    and state as the file shows them (default: their codes). With *segment_id*, only the segment's customers'."""
    if last < first:
        raise ValidationError.of("last", _PERIOD_BACKWARDS)
    now = now or utc_now()
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.EXPORT, approval=approval, now=now)
    details: dict[str, object] = {"first": first, "last": last, **_segment_details(db, segment_id)}
    rows: list[list[Cell]] = []
    after: DeliveryRow | None = None
    wanted = DeliveryFilter(first=first, last=last, segment_id=segment_id)
    while True:
        page = list_deliveries(db, wanted, after=after, limit=_PAGE)
        for row in page.rows:
            kind, state = words(row) if words else (row.kind.value, row.state.value)
            address = row.address
            phone = phone_from_e164(row.phone_e164).national if row.phone_e164 else None
            rows.append([row.scheduled_on, row.contract_number, row.customer_name, kind, state,
                         address.postal_code if address else None, address.one_line if address else None, phone,
                         row.courier, row.tracking_number])  # fmt: skip
        if not page.has_more or not page.rows:
            break
        after = page.rows[-1]
    return _finish(
        db, ExportKind.DELIVERIES, path, file_format, [translate(h) for h in DELIVERY_HEADINGS], rows,
        staff_id=staff_id, approved_by=approved_by, now=now, details=details,
    )  # fmt: skip


def export_money_figures(
    db: Database,
    *,
    staff_id: int,
    path: Path,
    file_format: ExportFormat,
    first_month: date,
    last_month: date,
    translate: Translate = _same,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> ExportResult:
    """The money view's months from *first_month* to *last_month* (any day of each), one row a month, for the
    accountant: no personal data, in whole won."""
    months = months_from_to(first_month, last_month, field="last")
    now = now or utc_now()
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.EXPORT, approval=approval, now=now)
    with db.reading() as session:
        figures = figures_in_session(session, months)
    rows: list[list[Cell]] = []
    for month in figures:
        billed = month.billed_by_kind
        rows.append([f"{month.month:%Y-%m}", billed.get(EntryKind.CYCLE_FEE, 0), billed.get(EntryKind.DEPOSIT, 0),
                     sum(billed.get(kind, 0) for kind in _RENTAL_FEES), billed.get(EntryKind.EARLY_TERMINATION, 0),
                     month.billed, month.payments, month.refunds, month.collected, month.written_off,
                     month.outstanding, month.deposits_held, month.paying_customers, month.unpaid_now])  # fmt: skip
    return _finish(
        db, ExportKind.MONEY_FIGURES, path, file_format, [translate(h) for h in MONEY_FIGURE_HEADINGS], rows,
        staff_id=staff_id, approved_by=approved_by, now=now, details={"first": months[0], "last": months[-1]},
    )  # fmt: skip


def _customer_rows(db: Database, today: date, segment_id: int | None = None) -> Iterable[list[Cell]]:
    with db.reading() as session:
        query = select(Customer.id, Customer.number, Customer.name, Customer.email, Customer.registered_on)
        if segment_id is not None:
            query = query.where(saved_segment_condition(session, segment_id, today))
        customers = session.execute(query.order_by(Customer.id)).all()
        for index in range(0, len(customers), _CHUNK):
            chunk = customers[index : index + _CHUNK]
            ids = [row.id for row in chunk]
            addresses = address_versions(session, ids)
            phones = phone_versions(session, ids)
            children: dict[int, list[str]] = {}
            for customer_id, name in session.execute(
                select(Child.customer_id, Child.name).where(Child.customer_id.in_(ids), Child.active).order_by(Child.id)
            ).tuples():
                children.setdefault(customer_id, []).append(name)
            for row in chunk:
                address = in_effect_on(addresses.get(row.id, []), today)
                numbers = [
                    phone_from_e164(v.e164).national for v in phones_in_effect(phones.get(row.id, []), today) if v.e164
                ]
                yield [
                    row.number,
                    row.name,
                    numbers[0] if numbers else None,
                    ", ".join(numbers[1:]) or None,
                    address.postal_code if address else None,
                    address.road_address if address else None,
                    (address.detail or None) if address else None,
                    row.email,
                    row.registered_on,
                    ", ".join(children.get(row.id, [])) or None,
                ]


def _finish(
    db: Database,
    kind: ExportKind,
    path: Path,
    file_format: ExportFormat,
    headings: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    *,
    staff_id: int,
    approved_by: int | None,
    now: datetime,
    details: dict[str, object],
) -> ExportResult:
    """Write the file beside its place, then record the export and move the file into place in one step: a failed
    write leaves no file and no record."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        if file_format is ExportFormat.XLSX:
            _write_xlsx(partial, headings, rows)
        else:
            _write_csv(partial, headings, rows)
        with unit_of_work(db) as session:
            audit(
                session,
                at=now,
                staff_id=staff_id,
                approved_by_id=approved_by,
                action=f"export.{kind.value}",
                entity="export",
                entity_id=None,
                after={"file": path.name, "format": file_format.value, "rows": len(rows), **details},
            )
            os.replace(partial, path)
    except OSError as error:
        raise ValidationError.of("file", _CANNOT_WRITE, file=path.name, reason=error.strerror or str(error)) from error
    finally:
        partial.unlink(missing_ok=True)
    return ExportResult(path, len(rows))


def _write_csv(path: Path, headings: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    # UTF-8 with a BOM: Excel on a Korean Windows reads a csv without one as CP949 and garbles the Hangul.
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(headings)
        writer.writerows([_text(cell) for cell in row] for row in rows)


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


def _write_xlsx(path: Path, headings: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(list(headings))
    for row in rows:
        sheet.append(list(row))
    # openpyxl picks the format by the file name's extension; the partial file is saved through a handle.
    with path.open("wb") as file:
        book.save(file)


def exported_at_text(now: datetime) -> str:
    """The moment of an export as a file name part: "20260302-1000" in the shop's time."""
    return to_shop_time(now).strftime("%Y%m%d-%H%M")
