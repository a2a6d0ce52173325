"""Message lists for a bulk-SMS service: who is on a list, who gets its message and who not (and why), and the
export as the CSV those services accept, recorded in each recipient's contact log and in the audit.

The rules of who may receive what live in ``domain.messages``; this module finds the customers a list is about, with
what those rules need (the mobile number in effect, the last marketing and night answers, a recent transaction), and
asks them. The export computes the list again from the database, never from what a screen showed, and checks the
result once more before a byte is written: an advertising file with a customer who did not agree cannot be made.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    Child,
    Consent,
    ConsentReminder,
    ContactLogEntry,
    Customer,
    Delivery,
    LedgerEntry,
    Loan,
    PhoneVersion,
    Shop,
    Subscription,
)
from toysub_desktop.domain.contact_log import CONTACT_NOTE_MAX, ContactKind
from toysub_desktop.domain.contacts import ConsentKind, PhoneRole
from toysub_desktop.domain.dates import shop_today, to_shop_time, utc_now
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.messages import (
    BULK_SMS_HEADINGS,
    FIELD_BIRTHDAY,
    FIELD_CHILD,
    FIELD_CONSENT_DATE,
    FIELD_END,
    FIELD_NAME,
    FIELD_NEW_PRICE,
    AdvertisingRules,
    Candidate,
    MessageList,
    ReminderState,
    Sorted,
    born_in_month,
    check_advertising_rules,
    check_message_length,
    check_sendable,
    check_template,
    compose,
    consent_reminder_state,
    is_advertising,
    is_anniversary,
    month_text,
    recent_transaction_since,
    sort_candidates,
)
from toysub_desktop.domain.money import format_won
from toysub_desktop.domain.phone import phone_from_e164
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import audit, require_staff, unit_of_work
from toysub_desktop.services.price_notices import price_notices_due
from toysub_desktop.services.queries.contact_versions import phone_versions, phones_in_effect
from toysub_desktop.services.queries.segments import saved_segment_condition

_CHUNK = 500
_CANNOT_WRITE = QT_TRANSLATE_NOOP("Validation", "{file} could not be written: {reason}")
_MONTH_RANGE = QT_TRANSLATE_NOOP("Validation", "Choose a month from 1 to 12.")
_DAYS_RANGE = QT_TRANSLATE_NOOP("Validation", "Enter a number of days from {low} to {high}.")
_NO_SEND_TIME = QT_TRANSLATE_NOOP("Validation", "Advertising carries the time it is to be sent: enter it.")
#: Renewals due within at most this many days.
MAX_RENEWAL_DAYS = 180


@dataclass(frozen=True)
class ListRequest:
    """Which list, with its parameter, and (advertising) the intended send time."""

    kind: MessageList
    #: Birthdays and anniversaries: the month (1–12).
    month: int = 1
    #: Renewals: terms ending from today to this many days ahead.
    within_days: int = 30
    #: Advertising: when the messages are to go out (any time zone; judged in the shop's).
    send_at: datetime | None = None
    #: Only the customers of this saved segment (``services.segments``); the list's own rules still apply on top,
    #: so a segment narrows a list and never widens it.
    segment_id: int | None = None


@dataclass(frozen=True)
class MessageListView:
    """A list as it stands: who gets the message, who not and why, and what the shop's messages must carry."""

    request: ListRequest
    sorted: Sorted
    rules: AdvertisingRules
    #: Reminders (§50⑧): whether each customer's reminder is due or only due soon.
    reminders: dict[int, ReminderState] = field(default_factory=dict)

    @property
    def advertising(self) -> bool:
        return is_advertising(self.request.kind)

    @property
    def recipients(self) -> tuple[Candidate, ...]:
        return self.sorted.recipients

    def preview(self, template: str) -> str | None:
        """The first recipient's message as it would be sent, or None when nobody gets one."""
        if not self.recipients:
            return None
        first = self.recipients[0]
        return compose(template, first.values, advertising=self.advertising, rules=self.rules)


@dataclass(frozen=True)
class MessageExport:
    path: Path
    rows: int


def check_request(request: ListRequest) -> None:
    if request.kind in (MessageList.BIRTHDAYS, MessageList.ANNIVERSARIES) and not 1 <= request.month <= 12:
        raise ValidationError.of("month", _MONTH_RANGE)
    if request.kind is MessageList.RENEWALS and not 1 <= request.within_days <= MAX_RENEWAL_DAYS:
        raise ValidationError.of("within_days", _DAYS_RANGE, low="1", high=str(MAX_RENEWAL_DAYS))
    if is_advertising(request.kind) and request.send_at is None:
        raise ValidationError.of("send_at", _NO_SEND_TIME)


def message_list(db: Database, request: ListRequest, *, today: date | None = None) -> MessageListView:
    """The list *request* asks for, split by the §50 rules into recipients and the excluded with why."""
    today = today or shop_today()
    check_request(request)
    price_rows = (
        price_notices_due(db, today=today, awaiting_only=True) if request.kind is MessageList.PRICE_CHANGES else []
    )
    with db.reading() as session:
        shop = session.scalars(select(Shop).limit(1)).one()
        rules = AdvertisingRules(shop.name, shop.phone, shop.opt_out_number, shop.ads_to_recent_customers)
        reminders: dict[int, ReminderState] = {}
        if request.kind is MessageList.BIRTHDAYS:
            found = _birthdays(session, request.month)
        elif request.kind is MessageList.ANNIVERSARIES:
            found = _anniversaries(session, request.month, today)
        elif request.kind is MessageList.RENEWALS:
            found = _renewals(session, today, request.within_days)
        elif request.kind is MessageList.PRICE_CHANGES:
            found = {}
            for row in price_rows:
                values = {
                    FIELD_NEW_PRICE: format_won(row.new_price),
                    FIELD_END: (row.applies_from - timedelta(days=1)).isoformat(),
                }
                found.setdefault(row.customer_id, (values, f"{row.plan_name} {format_won(row.new_price)}"))
        elif request.kind is MessageList.CONSENT_REMINDERS:
            found, reminders = _consent_reminders(session, today)
        else:
            found = {customer_id: ({}, "") for customer_id in session.scalars(select(Customer.id))}
        if request.segment_id is not None:
            found = _in_segment(session, found, request.segment_id, today)
        candidates = _candidates(session, found, today)
    send_at = to_shop_time(request.send_at) if request.send_at is not None else None
    sorted_list = sort_candidates(
        request.kind, candidates, send_at=send_at, recent_customers_allowed=rules.recent_customers_allowed
    )
    return MessageListView(request, sorted_list, rules, reminders)


# --- who each list is about ---------------------------------------------------------------------------------------

#: Per customer: the merge values the list adds, and a short description of why they are on it.
Found = dict[int, tuple[dict[str, str], str]]


def _birthdays(session: Session, month: int) -> Found:
    children: dict[int, list[tuple[str, date]]] = defaultdict(list)
    query = select(Child.customer_id, Child.name, Child.birth_month).where(
        Child.active.is_(True), Child.voided_at.is_(None)
    )
    for customer_id, name, birth_month in session.execute(query.order_by(Child.id)).tuples():
        if born_in_month(birth_month, month):
            children[customer_id].append((name, birth_month))
    found: Found = {}
    for customer_id, kids in children.items():
        names = ", ".join(name for name, _born in kids)
        found[customer_id] = (
            {FIELD_CHILD: names, FIELD_BIRTHDAY: month_text(month)},
            ", ".join(f"{name} ({born:%Y-%m})" for name, born in kids),
        )
    return found


def _anniversaries(session: Session, month: int, today: date) -> Found:
    query = (
        select(Subscription.customer_id, Subscription.contract_number, Subscription.start_on, Subscription.ends_on)
        .where(Subscription.cancelled_on.is_(None), Subscription.ends_on >= today)
        .order_by(Subscription.start_on, Subscription.id)
    )
    found: Found = {}
    for customer_id, number, start_on, ends_on in session.execute(query).tuples():
        if is_anniversary(start_on, month, today.year) and customer_id not in found:
            found[customer_id] = ({FIELD_END: ends_on.isoformat()}, f"{number or ''} {start_on.isoformat()}".strip())
    return found


def _renewals(session: Session, today: date, within_days: int) -> Found:
    last = today + timedelta(days=within_days)
    query = (
        select(Subscription.customer_id, Subscription.contract_number, Subscription.ends_on)
        .where(
            Subscription.cancelled_on.is_(None),
            Subscription.renewed.is_(False),
            Subscription.ends_on >= today,
            Subscription.ends_on <= last,
        )
        .order_by(Subscription.ends_on, Subscription.id)
    )
    found: Found = {}
    for customer_id, number, ends_on in session.execute(query).tuples():
        found.setdefault(customer_id, ({FIELD_END: ends_on.isoformat()}, f"{number or ''} {ends_on.isoformat()}"))
    return found


def _consent_reminders(session: Session, today: date) -> tuple[Found, dict[int, ReminderState]]:
    """Customers whose marketing consent stands, and whose consent (or last reminder of it) is two years old or
    will be within 30 days."""
    latest = _latest_answers(session, None, ConsentKind.MARKETING)
    reminded = dict(
        session.execute(
            select(ConsentReminder.customer_id, func.max(ConsentReminder.reminded_on)).group_by(
                ConsentReminder.customer_id
            )
        )
        .tuples()
        .all()
    )
    found: Found = {}
    states: dict[int, ReminderState] = {}
    for customer_id, (granted, given_on) in latest.items():
        if not granted:
            continue
        state = consent_reminder_state(given_on, reminded.get(customer_id), today)
        if state is not None:
            found[customer_id] = ({FIELD_CONSENT_DATE: given_on.isoformat()}, given_on.isoformat())
            states[customer_id] = state
    return found, states


def _in_segment(session: Session, found: Found, segment_id: int, today: date) -> Found:
    """Those of *found* who are in the segment today: the segment's members read in one statement."""
    condition = saved_segment_condition(session, segment_id, today)
    members = set(session.scalars(select(Customer.id).where(condition)))
    return {customer_id: entry for customer_id, entry in found.items() if customer_id in members}


# --- what the rules need to know of each customer --------------------------------------------------------------


def _candidates(session: Session, found: Found, today: date) -> list[Candidate]:
    ids = sorted(found)
    names: dict[int, str] = {}
    for index in range(0, len(ids), _CHUNK):
        chunk = ids[index : index + _CHUNK]
        names.update(session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(chunk))).tuples().all())
    marketing = _latest_answers(session, ids, ConsentKind.MARKETING)
    night = _latest_answers(session, ids, ConsentKind.NIGHT_ADS)
    recent = _recent_customers(session, today)
    candidates = []
    for index in range(0, len(ids), _CHUNK):
        chunk = ids[index : index + _CHUNK]
        phones = phone_versions(session, chunk)
        for customer_id in chunk:
            values, detail = found[customer_id]
            name = names.get(customer_id, "")
            candidates.append(
                Candidate(
                    customer_id=customer_id,
                    name=name,
                    mobile=_mobile(phones.get(customer_id, []), today),
                    marketing=marketing[customer_id][0] if customer_id in marketing else None,
                    night_ads=night[customer_id][0] if customer_id in night else None,
                    recent_transaction=customer_id in recent,
                    values={FIELD_NAME: name, **values},
                    detail=detail,
                )
            )
    return sorted(candidates, key=lambda c: (c.name, c.customer_id))


def _mobile(versions: Sequence[PhoneVersion], today: date) -> str | None:
    """The contract holder's own number in effect, when it can receive a text."""
    for version in phones_in_effect(versions, today):
        if version.role == PhoneRole.PRIMARY.value and version.e164 is not None:
            phone = phone_from_e164(version.e164)
            return phone.national if phone.can_receive_sms else None
    return None


def _latest_answers(session: Session, ids: Iterable[int] | None, kind: ConsentKind) -> dict[int, tuple[bool, date]]:
    """Each customer's last answer on *kind* (and the day it was given): history in order, the last one wins."""
    query = select(Consent.customer_id, Consent.granted, Consent.given_on).where(Consent.kind == kind.value)
    wanted = set(ids) if ids is not None else None
    answers: dict[int, tuple[bool, date]] = {}
    for customer_id, granted, given_on in session.execute(query.order_by(Consent.id)).tuples():
        if wanted is None or customer_id in wanted:
            answers[customer_id] = (granted, given_on)
    return answers


def _recent_customers(session: Session, today: date) -> set[int]:
    """Customers with a transaction since ``recent_transaction_since``: a delivery that went out, a loan, a payment."""
    since = recent_transaction_since(today)
    went_out = (DeliveryState.SHIPPED.value, DeliveryState.DELIVERED.value)
    recent = set(
        session.scalars(
            select(Delivery.customer_id).where(
                Delivery.state.in_(went_out), Delivery.scheduled_on >= since, Delivery.scheduled_on <= today
            )
        )
    )
    recent |= set(session.scalars(select(Loan.customer_id).where(Loan.lent_on >= since, Loan.lent_on <= today)))
    recent |= set(
        session.scalars(
            select(LedgerEntry.customer_id).where(
                LedgerEntry.kind == EntryKind.PAYMENT.value,
                LedgerEntry.voided_at.is_(None),
                LedgerEntry.entry_on >= since,
                LedgerEntry.entry_on <= today,
            )
        )
    )
    return recent


# --- the export ---------------------------------------------------------------------------------------------------


def export_message_list(
    db: Database,
    *,
    staff_id: int,
    request: ListRequest,
    template: str,
    list_name: str,
    path: Path,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> MessageExport:
    """Write the list's messages as the bulk-SMS CSV (이름, 휴대폰번호, 메시지; UTF-8 with BOM), and record it: a
    "message" entry with the list's name in each recipient's contact log, a reminder per customer for the §50⑧
    list, and the audit — all in the transaction that puts the file in place, so there is no file without them."""
    now = now or utc_now()
    today = shop_today(now)
    clean = check_template(template, request.kind)
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.EXPORT, approval=approval, now=now)
    view = message_list(db, request, today=today)
    if view.advertising:
        check_advertising_rules(view.rules)
    check_sendable(view.sorted, recent_customers_allowed=view.rules.recent_customers_allowed)
    lines = []
    for candidate in view.recipients:
        message = compose(clean, candidate.values, advertising=view.advertising, rules=view.rules)
        check_message_length(message)
        assert candidate.mobile is not None  # sort_candidates leaves out whoever has none
        lines.append((candidate, message))
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            writer.writerow(BULK_SMS_HEADINGS)
            writer.writerows([candidate.name, candidate.mobile, message] for candidate, message in lines)
        with unit_of_work(db) as session:
            require_staff(session, staff_id)
            for candidate, message in lines:
                session.add(
                    ContactLogEntry(
                        customer_id=candidate.customer_id,
                        kind=ContactKind.MESSAGE.value,
                        note=f"{list_name}\n{message}"[:CONTACT_NOTE_MAX],
                        recorded_at=now,
                        recorded_by_id=staff_id,
                    )
                )
                if request.kind is MessageList.CONSENT_REMINDERS:
                    session.add(
                        ConsentReminder(
                            customer_id=candidate.customer_id,
                            reminded_on=today,
                            consented_on=date.fromisoformat(candidate.values[FIELD_CONSENT_DATE]),
                            message=message,
                            recorded_at=now,
                            recorded_by_id=staff_id,
                        )
                    )
            audit(
                session,
                at=now,
                staff_id=staff_id,
                approved_by_id=approved_by,
                action="export.message_list",
                entity="export",
                entity_id=None,
                after={
                    "list": request.kind.value,
                    "name": list_name,
                    "file": path.name,
                    "rows": len(lines),
                    "advertising": view.advertising,
                    "send_at": view.sorted.send_at,
                    "segment": request.segment_id,
                    "customers": [candidate.customer_id for candidate, _m in lines],
                },
            )
            os.replace(partial, path)
    except OSError as error:
        raise ValidationError.of("file", _CANNOT_WRITE, file=path.name, reason=error.strerror or str(error)) from error
    finally:
        partial.unlink(missing_ok=True)
    return MessageExport(path, len(lines))
