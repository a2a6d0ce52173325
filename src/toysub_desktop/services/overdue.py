"""Overdue follow-up (연체 관리): the shop's grace days and hold setting, the list of overdue customers (paged, most
days overdue or most money first), the reminder letters and the transactional message list for an SMS service.

The rules are in ``domain.overdue``; the SQL twins in ``services.queries.overdue``. The list is one grouped query
over the live charges due before the grace cut-off (an index of live entries by due date), and only the page's
customers are then read for their phone, balance and last payment.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import ColumnElement, Select, and_, case, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import ContactLogEntry, Customer, LedgerEntry, Shop, Subscription
from toysub_desktop.documents import overdue_notice
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.overdue import OverdueRules, check_overdue_rules, days_overdue, overdue_before
from toysub_desktop.domain.phone import Phone, phone_from_e164
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import audit, columns_of, require_staff, unit_of_work
from toysub_desktop.services.queries.contact_versions import phone_versions, phones_in_effect
from toysub_desktop.services.queries.overdue import (
    held_for_overdue_ids,
    overdue_rules,
    unpaid_charge_before,
)
from toysub_desktop.services.queries.segments import customer_in_saved_segment
from toysub_desktop.services.queries.shop_settings import audit_settings_change, shop_for_owner

PAGE_SIZE = 100
_SETTINGS_COLUMNS = ("overdue_grace_days", "overdue_hold_days")
_NOBODY = QT_TRANSLATE_NOOP("Validation", "Choose at least one overdue customer.")
_CANNOT_WRITE = QT_TRANSLATE_NOOP("Validation", "{file} could not be written: {reason}")


class OverdueOrder(StrEnum):
    #: Most days overdue first (the oldest unpaid charge past grace).
    DAYS = "days"
    #: Most money overdue first.
    AMOUNT = "amount"


@dataclass(frozen=True)
class OverdueSettings:
    rules: OverdueRules
    version: int


@dataclass(frozen=True)
class OverdueRow:
    """One overdue customer as the list shows them."""

    customer_id: int
    customer_number: str
    name: str
    #: The first number in effect today (the customer's own first), and the first mobile among them.
    phone: Phone | None
    mobile: Phone | None
    #: Due date of the oldest unpaid charge past grace, and the days since.
    oldest_due_on: date
    days_overdue: int
    #: What is unpaid of the charges past grace.
    overdue_amount: int
    #: The balance: everything owed less credit held.
    owed: int
    last_payment_on: date | None
    last_payment_amount: int
    #: How the overdue contracts are paid (``Subscription.payment_method``), in contract order.
    payment_methods: tuple[PaymentMethod, ...]
    #: Deliveries and lending are held for it (the hold setting is on and the customer is past it).
    held: bool


@dataclass(frozen=True)
class OverdueTotal:
    customers: int
    amount: int


@dataclass(frozen=True)
class OverduePage:
    rows: tuple[OverdueRow, ...]
    has_more: bool
    #: Of the first page: every overdue customer and amount (worked out in the same statement).
    total: OverdueTotal | None = None


# --- settings ---------------------------------------------------------------------------------------------------


def overdue_settings(db: Database) -> OverdueSettings:
    with db.reading() as session:
        shop = session.scalars(select(Shop).limit(1)).one()
        return OverdueSettings(OverdueRules(shop.overdue_grace_days, shop.overdue_hold_days), shop.version)


def update_overdue_settings(
    db: Database,
    *,
    by_staff_id: int,
    grace_days: int,
    hold_after_days: int | None,
    expected_version: int,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> None:
    """The grace days and the hold setting (None: off); the owner or a manager."""
    now = now or utc_now()
    rules = check_overdue_rules(grace_days, hold_after_days)
    approved_by = authorize(
        db, by_staff_id=by_staff_id, permission=Permission.OVERDUE_SETTINGS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        shop = shop_for_owner(session, by_staff_id, expected_version)
        before = columns_of(shop, *_SETTINGS_COLUMNS)
        shop.overdue_grace_days = rules.grace_days
        shop.overdue_hold_days = rules.hold_after_days
        audit_settings_change(session, shop, by_staff_id, now, before, _SETTINGS_COLUMNS, approved_by=approved_by)


# --- the list ---------------------------------------------------------------------------------------------------


def _in_segment(session: Session, segment_id: int | None, today: date) -> ColumnElement[bool] | None:
    """SQL on ``ledger_entry``: its customer is in the saved segment today (None without a segment)."""
    if segment_id is None:
        return None
    return customer_in_saved_segment(session, segment_id, today, LedgerEntry.customer_id)


def _per_customer(
    cutoff: date, customer_ids: Sequence[int] | None = None, in_segment: ColumnElement[bool] | None = None
) -> Select[tuple[int, date, int]]:
    """Per customer with a charge unpaid past grace: the oldest such due date and what of them is unpaid — read from
    the unpaid debits' index (``LedgerEntry.open_amount``, kept with every change to the account)."""
    # Grouped by "customer_id + 0", which no index orders: SQLite (without statistics) would otherwise walk the
    # customers' index through every entry to save a sort, instead of reading the few unpaid ones.
    unordered = LedgerEntry.customer_id + literal_column("0")  # the same text in SELECT and GROUP BY, no parameter
    customer = unordered.label("customer_id")
    query = (
        select(
            customer, func.min(LedgerEntry.entry_on).label("oldest"), func.sum(LedgerEntry.open_amount).label("amount")
        )
        .where(unpaid_charge_before(cutoff))
        .group_by(unordered)
    )
    if customer_ids is not None:
        query = query.where(LedgerEntry.customer_id.in_(customer_ids))
    if in_segment is not None:
        query = query.where(in_segment)
    return query


def list_overdue(
    db: Database,
    *,
    order: OverdueOrder = OverdueOrder.DAYS,
    after: OverdueRow | None = None,
    limit: int = PAGE_SIZE,
    today: date | None = None,
    with_total: bool = True,
    segment_id: int | None = None,
) -> OverduePage:
    """One page of overdue customers in *order*, the first or the one after the row *after* (a keyset); the first
    page also says how many are overdue and by how much in all, unless *with_total* is false (the window asks for
    the total after showing the rows: ``overdue_total``).

    Most days overdue first is a walk of the unpaid debits' index in due-date order that stops once the page is
    full: a customer's first unpaid charge met is their oldest, so the first customers met are the page, whatever
    the number of unpaid charges in the shop. With *segment_id*, only that saved segment's customers (today)."""
    today = today or shop_today()
    with db.reading() as session:
        cutoff = overdue_before(today, overdue_rules(session).grace_days)
        in_segment = _in_segment(session, segment_id, today)
        if order is OverdueOrder.DAYS:
            ids = _oldest_first(session, cutoff, after, limit + 1, in_segment)
            found = _rows_for(session, ids, today) if ids else []
        else:
            per = _per_customer(cutoff, in_segment=in_segment).subquery("per_customer")
            query = select(per.c.customer_id, per.c.oldest, per.c.amount)
            if after is not None:
                query = query.where(
                    or_(
                        per.c.amount < after.overdue_amount,
                        and_(per.c.amount == after.overdue_amount, per.c.customer_id > after.customer_id),
                    )
                )
            lines = session.execute(query.order_by(per.c.amount.desc(), per.c.customer_id).limit(limit + 1)).tuples()
            found = _rows(session, [(cid, oldest, int(amount)) for cid, oldest, amount in lines], today)
        total = None
        if after is None and with_total:
            total = _total(session, cutoff, in_segment)
        return OverduePage(tuple(found[:limit]), len(found) > limit, total)


#: Unpaid debits read at a time by the walk in due-date order.
_WALK_CHUNK = 500


def _oldest_first(
    session: Session,
    cutoff: date,
    after: OverdueRow | None,
    wanted: int,
    in_segment: ColumnElement[bool] | None = None,
) -> list[int]:
    """The first *wanted* overdue customers by their oldest unpaid charge (then id), after the keyset *after*."""
    start = (after.oldest_due_on, after.customer_id, 0) if after is not None else None
    found: list[int] = []
    seen: set[int] = set()
    while len(found) < wanted:
        query = (
            select(LedgerEntry.entry_on, LedgerEntry.customer_id, LedgerEntry.id)
            .where(unpaid_charge_before(cutoff))
            .order_by(LedgerEntry.entry_on, LedgerEntry.customer_id, LedgerEntry.id)
            .limit(_WALK_CHUNK)
        )
        if start is not None:
            query = query.where(tuple_(LedgerEntry.entry_on, LedgerEntry.customer_id, LedgerEntry.id) > start)
        if in_segment is not None:
            query = query.where(in_segment)
        chunk = session.execute(query).tuples().all()
        for _due_on, customer_id, _entry_id in chunk:
            if customer_id in seen:
                continue
            seen.add(customer_id)
            if after is not None and _came_before(session, customer_id, after, cutoff):
                continue  # on an earlier page: their oldest unpaid charge comes before the keyset
            found.append(customer_id)
            if len(found) >= wanted:
                break
        if len(chunk) < _WALK_CHUNK:
            break
        start = chunk[-1]
    return found


def _came_before(session: Session, customer_id: int, after: OverdueRow, cutoff: date) -> bool:
    """Whether the customer's oldest unpaid charge, then their id, comes at or before the keyset row *after*."""
    # An unpaid charge due before the keyset's day; on that day itself, if their id is not after the keyset's.
    bound = after.oldest_due_on + timedelta(days=1) if customer_id <= after.customer_id else after.oldest_due_on
    earlier = select(LedgerEntry.id).where(
        LedgerEntry.customer_id == customer_id, unpaid_charge_before(min(bound, cutoff))
    )
    return session.execute(earlier.limit(1)).first() is not None


def _total(session: Session, cutoff: date, in_segment: ColumnElement[bool] | None = None) -> OverdueTotal:
    per = _per_customer(cutoff, in_segment=in_segment).subquery("per_customer")
    count, amount = session.execute(select(func.count(), func.coalesce(func.sum(per.c.amount), 0))).one()
    return OverdueTotal(int(count), int(amount))


def overdue_total(db: Database, *, today: date | None = None, segment_id: int | None = None) -> OverdueTotal:
    """How many customers are overdue and by how much, in all (of the saved segment *segment_id*, if given)."""
    today = today or shop_today()
    with db.reading() as session:
        cutoff = overdue_before(today, overdue_rules(session).grace_days)
        return _total(session, cutoff, _in_segment(session, segment_id, today))


def overdue_rows(db: Database, customer_ids: Sequence[int], *, today: date | None = None) -> list[OverdueRow]:
    """These customers as the list shows them, those no longer overdue left out (in the order given)."""
    today = today or shop_today()
    with db.reading() as session:
        return _rows_for(session, customer_ids, today)


def _rows_for(session: Session, customer_ids: Sequence[int], today: date) -> list[OverdueRow]:
    if not customer_ids:
        return []
    cutoff = overdue_before(today, overdue_rules(session).grace_days)
    per = _per_customer(cutoff, customer_ids)
    found = {cid: (cid, oldest, int(amount)) for cid, oldest, amount in session.execute(per).tuples()}
    return _rows(session, [found[cid] for cid in dict.fromkeys(customer_ids) if cid in found], today)


def _rows(session: Session, page: list[tuple[int, date, int]], today: date) -> list[OverdueRow]:
    ids = [cid for cid, _, _ in page]
    if not ids:
        return []
    customers = {
        cid: (number, name)
        for cid, number, name in session.execute(
            select(Customer.id, Customer.number, Customer.name).where(Customer.id.in_(ids))
        ).tuples()
    }
    signed = case(
        (LedgerEntry.kind.in_([k.value for k in EntryKind if k.is_debit]), LedgerEntry.amount),
        else_=-LedgerEntry.amount,
    )
    owed = dict(
        session.execute(
            select(LedgerEntry.customer_id, func.sum(signed))
            .where(LedgerEntry.customer_id.in_(ids), LedgerEntry.voided_at.is_(None))
            .group_by(LedgerEntry.customer_id)
        )
        .tuples()
        .all()
    )
    last_payment: dict[int, tuple[date, int]] = {}
    for cid, paid_on, amount in session.execute(
        select(LedgerEntry.customer_id, LedgerEntry.entry_on, LedgerEntry.amount)
        .where(
            LedgerEntry.customer_id.in_(ids),
            LedgerEntry.kind == EntryKind.PAYMENT.value,
            LedgerEntry.voided_at.is_(None),
        )
        .order_by(LedgerEntry.customer_id, LedgerEntry.entry_on.desc(), LedgerEntry.id.desc())
    ).tuples():
        last_payment.setdefault(cid, (paid_on, amount))
    methods: dict[int, list[PaymentMethod]] = {}
    for cid, method in session.execute(
        select(Subscription.customer_id, Subscription.payment_method)
        .where(Subscription.customer_id.in_(ids))
        .order_by(Subscription.customer_id, Subscription.signed_on.desc(), Subscription.id.desc())
    ).tuples():
        chosen = methods.setdefault(cid, [])
        if PaymentMethod(method) not in chosen:
            chosen.append(PaymentMethod(method))
    phones = phone_versions(session, ids)
    held = held_for_overdue_ids(session, set(ids), today)
    rows = []
    for cid, oldest, amount in page:
        number, name = customers[cid]
        in_effect = [phone_from_e164(v.e164) for v in phones_in_effect(phones.get(cid, []), today) if v.e164]
        paid = last_payment.get(cid)
        rows.append(
            OverdueRow(
                customer_id=cid,
                customer_number=number or "",
                name=name,
                phone=in_effect[0] if in_effect else None,
                mobile=next((p for p in in_effect if p.can_receive_sms), None),
                oldest_due_on=oldest,
                days_overdue=days_overdue(oldest, today),
                overdue_amount=amount,
                owed=int(owed.get(cid) or 0),
                last_payment_on=paid[0] if paid else None,
                last_payment_amount=paid[1] if paid else 0,
                payment_methods=tuple(methods.get(cid, [])),
                held=cid in held,
            )
        )
    return rows


# --- the transactional message list -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MessageListResult:
    path: Path
    #: Customers on the list (with a mobile number) and those left out for want of one.
    sent: tuple[OverdueRow, ...]
    skipped: tuple[OverdueRow, ...]


def all_overdue_ids(db: Database, *, today: date | None = None, segment_id: int | None = None) -> list[int]:
    """Every overdue customer (of the saved segment *segment_id*, if given), most days overdue first (for "all" in
    the letters and the message list)."""
    today = today or shop_today()
    with db.reading() as session:
        cutoff = overdue_before(today, overdue_rules(session).grace_days)
        per = _per_customer(cutoff, in_segment=_in_segment(session, segment_id, today)).subquery("per_customer")
        return list(session.scalars(select(per.c.customer_id).order_by(per.c.oldest, per.c.customer_id)))


def export_message_list(
    db: Database,
    *,
    staff_id: int,
    customer_ids: Sequence[int],
    path: Path,
    now: datetime | None = None,
) -> MessageListResult:
    """A CSV for an SMS service (UTF-8 with BOM): name, mobile number and a payment reminder with the amount and
    due date, one line per overdue customer with a mobile number, whatever their marketing consent (a payment
    reminder is not advertising). Each customer on it gets a "message" entry in their contact log, in the same
    transaction that puts the file in place."""
    now = now or utc_now()
    today = shop_today(now)
    if not customer_ids:
        raise ValidationError.of("customers", _NOBODY)
    rows = overdue_rows(db, customer_ids, today=today)
    if not rows:
        raise ValidationError.of("customers", _NOBODY)
    with db.reading() as session:
        shop_name, shop_phone = session.execute(select(Shop.name, Shop.phone).limit(1)).one()
    sent = tuple(row for row in rows if row.mobile is not None)
    skipped = tuple(row for row in rows if row.mobile is None)
    messages = {
        row.customer_id: overdue_notice.reminder_message(
            shop_name=shop_name,
            shop_phone=shop_phone,
            customer_name=row.name,
            amount=row.overdue_amount,
            due_on=row.oldest_due_on,
        )
        for row in sent
    }
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(overdue_notice.MESSAGE_HEADINGS)
    for row in sent:
        assert row.mobile is not None
        writer.writerow([row.name, row.mobile.national, messages[row.customer_id]])
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(buffer.getvalue().encode("utf-8-sig"))
        with unit_of_work(db) as session:
            require_staff(session, staff_id)
            for row in sent:
                session.add(
                    ContactLogEntry(
                        customer_id=row.customer_id,
                        kind=ContactKind.MESSAGE.value,
                        note=messages[row.customer_id][:1000],
                        recorded_at=now,
                        recorded_by_id=staff_id,
                    )
                )
            audit(
                session,
                at=now,
                staff_id=staff_id,
                action="export.overdue_messages",
                entity="export",
                entity_id=None,
                after={
                    "file": path.name,
                    "customers": [row.customer_id for row in sent],
                    "skipped": [row.customer_id for row in skipped],
                },
            )
            os.replace(partial, path)
    except OSError as error:
        raise ValidationError.of("file", _CANNOT_WRITE, file=path.name, reason=error.strerror or str(error)) from error
    finally:
        partial.unlink(missing_ok=True)
    return MessageListResult(path, sent, skipped)


# --- reminder letters -------------------------------------------------------------------------------------------


def reminder_letters(db: Database, *, staff_id: int, customer_ids: Sequence[int], now: datetime | None = None) -> bytes:
    """The reminder letters (A4, one page per customer) of these customers, recorded in the audit (personal data
    printed)."""
    from toysub_desktop.documents.overdue_letter import render_reminder_letters
    from toysub_desktop.services.queries.reminder_sheet import reminder_sheet_in

    now = now or utc_now()
    today = shop_today(now)
    if not customer_ids:
        raise ValidationError.of("customers", _NOBODY)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        sheet = reminder_sheet_in(session, customer_ids, today=today)
        if not sheet.letters:
            raise ValidationError.of("customers", _NOBODY)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="print.overdue_letters",
            entity="customer",
            entity_id=None,
            after={"customers": list(dict.fromkeys(customer_ids)), "letters": len(sheet.letters)},
        )
    return render_reminder_letters(sheet)
