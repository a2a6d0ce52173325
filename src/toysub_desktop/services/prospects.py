"""Prospects (``domain.prospects``): recording a walk-in inquiry or a trial user, their first follow-up, converting
one to a customer (the history stays: the prospect is linked to the customer, and what was logged about them shows
on the customer's contact log) or linking one to a customer they already are, closing one who decided not to join,
the open ones a page at a time, and the conversion rate per source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import ContactLogEntry, Customer, Prospect
from toysub_desktop.domain.contact_log import ContactKind, check_contact_note, check_follow_up_on, check_follow_up_owner
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.person import validate_person_name
from toysub_desktop.domain.phone import Phone, parse_phone, phone_from_e164
from toysub_desktop.domain.prospects import (
    ProspectKind,
    ProspectOutcome,
    ProspectSource,
    SourceConversion,
    check_interest,
    check_lost_reason,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import audit, check_version, get_or_raise, require_staff, unit_of_work
from toysub_desktop.services.queries.contact_versions import staff_names
from toysub_desktop.services.queries.ledger import lock_account

PAGE_SIZE = 100

_CLOSED = QT_TRANSLATE_NOOP("Validation", "This prospect was closed already: they joined or decided not to.")
_LINKED = QT_TRANSLATE_NOOP("Validation", "This prospect is linked to a customer already.")
_CUSTOMER_LINKED = QT_TRANSLATE_NOOP(
    "Validation", "This customer is linked to another prospect already ({name}): choose another customer."
)
_NO_CUSTOMER = QT_TRANSLATE_NOOP("Validation", "Choose the customer this prospect already is.")


@dataclass(frozen=True)
class ProspectRow:
    id: int
    name: str
    phone: Phone | None
    kind: ProspectKind
    source: ProspectSource
    interest: str
    outcome: ProspectOutcome
    outcome_note: str | None
    customer_id: int | None
    recorded_at: datetime
    recorded_by: str
    #: The earliest follow-up of theirs still due (None: none set).
    next_follow_up: date | None
    version: int


@dataclass(frozen=True)
class ProspectPage:
    rows: tuple[ProspectRow, ...]
    has_more: bool


def record_prospect(
    db: Database,
    *,
    staff_id: int,
    name: str,
    phone: str,
    kind: ProspectKind,
    source: ProspectSource,
    interest: str,
    note: str = "",
    follow_up_on: date | None = None,
    follow_up_owner_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """A walk-in inquiry or a trial user: who, how to reach them (optional), where they heard of the shop, what
    they want. A *note* or a *follow_up_on* day starts their contact log (the day needs an owner)."""
    now = now or utc_now()
    problems = ProblemCollector()
    with problems.checking():
        name = validate_person_name(name)
    e164: str | None = None
    if phone.strip():
        with problems.checking():
            e164 = parse_phone(phone, field="phone").e164
    with problems.checking():
        interest = check_interest(interest)
    if note.strip() or follow_up_on is not None:
        with problems.checking():
            note = check_contact_note(note)
    if follow_up_on is not None:
        with problems.checking():
            check_follow_up_on(follow_up_on, today=shop_today(now))
    with problems.checking():
        check_follow_up_owner(follow_up_on, follow_up_owner_id)
    problems.raise_if_any()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        if follow_up_owner_id is not None:
            require_staff(session, follow_up_owner_id)
        prospect = Prospect(
            name=name,
            phone_e164=e164,
            kind=kind.value,
            source=source.value,
            interest=interest,
            outcome=ProspectOutcome.OPEN.value,
            recorded_at=now,
            recorded_by_id=staff_id,
        )
        session.add(prospect)
        session.flush()
        if note:
            session.add(
                ContactLogEntry(
                    prospect_id=prospect.id,
                    kind=(ContactKind.VISIT if kind is ProspectKind.INQUIRY else ContactKind.CALL).value,
                    note=note,
                    recorded_at=now,
                    recorded_by_id=staff_id,
                    follow_up_on=follow_up_on,
                    follow_up_owner_id=follow_up_owner_id if follow_up_on is not None else None,
                )
            )
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="prospect.recorded",
            entity="prospect",
            entity_id=prospect.id,
            after={"name": name, "kind": kind, "source": source, "interest": interest, "follow_up_on": follow_up_on},
        )
        return prospect.id


def convert_prospect(
    db: Database,
    *,
    staff_id: int,
    prospect_id: int,
    customer_id: int,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> None:
    """The prospect joined as *customer_id* (registered as usual first): the prospect is closed as converted and
    linked to the customer, so their inquiry and everything logged about them shows on the customer's log. Their
    follow-ups still due are done: the customer is now the shop's to call."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        prospect = _still_open(get_or_raise(session, Prospect, prospect_id), expected_version)
        get_or_raise(session, Customer, customer_id)
        prospect.outcome = ProspectOutcome.CONVERTED.value
        prospect.customer_id = customer_id
        _close(session, prospect, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="prospect.converted",
            entity="prospect",
            entity_id=prospect_id,
            after={"customer_id": customer_id},
        )


def link_prospect(
    db: Database,
    *,
    staff_id: int,
    prospect_id: int,
    customer_id: int | None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> None:
    """The prospect is already a customer (*customer_id*: one who was a customer before, or who signed up without
    going through "convert"): linked as a converted one, so it counts as joined for its source and everything logged
    about them shows on that customer's log. Refused when the prospect is closed or linked already, or when the
    customer is linked to another prospect."""
    now = now or utc_now()
    if customer_id is None:
        raise ValidationError.of("customer", _NO_CUSTOMER)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        prospect = get_or_raise(session, Prospect, prospect_id)
        if prospect.outcome == ProspectOutcome.CONVERTED.value:
            raise ValidationError.of("customer", _LINKED)
        if prospect.outcome != ProspectOutcome.OPEN.value:
            raise ValidationError.of("customer", _CLOSED)
        check_version(prospect, expected_version)
        # The customer's row is held (PostgreSQL) so two counters linking two inquiries to them take turns.
        lock_account(session, customer_id)
        other = session.scalar(
            select(Prospect.name).where(Prospect.customer_id == customer_id, Prospect.id != prospect_id).limit(1)
        )
        if other is not None:
            raise ValidationError.of("customer", _CUSTOMER_LINKED, name=other)
        prospect.outcome = ProspectOutcome.CONVERTED.value
        prospect.customer_id = customer_id
        _close(session, prospect, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="prospect.linked",
            entity="prospect",
            entity_id=prospect_id,
            after={"customer_id": customer_id},
        )


def close_prospect_lost(
    db: Database,
    *,
    staff_id: int,
    prospect_id: int,
    reason: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> None:
    """The prospect decided not to join: closed with why (required); their follow-ups still due are done."""
    now = now or utc_now()
    reason = check_lost_reason(reason)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        prospect = _still_open(get_or_raise(session, Prospect, prospect_id), expected_version)
        prospect.outcome = ProspectOutcome.LOST.value
        prospect.outcome_note = reason
        _close(session, prospect, staff_id=staff_id, now=now)
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="prospect.lost",
            entity="prospect",
            entity_id=prospect_id,
            after={"reason": reason},
        )


def _close(session: Session, prospect: Prospect, *, staff_id: int, now: datetime) -> None:
    """Close *prospect* (its outcome already set) by *staff_id*: the follow-ups still due on its log are done,
    whatever the outcome."""
    prospect.closed_at = now
    prospect.closed_by_id = staff_id
    for entry in session.scalars(
        select(ContactLogEntry).where(
            ContactLogEntry.prospect_id == prospect.id,
            ContactLogEntry.follow_up_on.is_not(None),
            ContactLogEntry.followed_up_at.is_(None),
        )
    ):
        entry.followed_up_at = now


def _still_open(prospect: Prospect, expected_version: int | None) -> Prospect:
    """*prospect*, refused when another counter closed it meanwhile or changed it since the form was filled."""
    if prospect.outcome != ProspectOutcome.OPEN.value:
        raise ValidationError.of("outcome_note", _CLOSED)
    check_version(prospect, expected_version)
    return prospect


def open_prospects(db: Database, *, after: ProspectRow | None = None, limit: int = PAGE_SIZE) -> ProspectPage:
    """The prospects still open, newest first: the first page, or the one after the row *after* (a keyset on
    when they were recorded and their id, served by ``ix_prospect_outcome``)."""
    query = select(Prospect).where(Prospect.outcome == ProspectOutcome.OPEN.value)
    if after is not None:
        query = query.where(tuple_(Prospect.recorded_at, Prospect.id) < (after.recorded_at, after.id))
    query = query.order_by(Prospect.recorded_at.desc(), Prospect.id.desc()).limit(limit + 1)
    with db.reading() as session:
        found = session.scalars(query).all()
        page = found[:limit]
        ids = [p.id for p in page]
        due: dict[int, date] = {}
        if ids:
            for prospect_id, first_due in session.execute(
                select(ContactLogEntry.prospect_id, func.min(ContactLogEntry.follow_up_on))
                .where(
                    ContactLogEntry.prospect_id.in_(ids),
                    ContactLogEntry.follow_up_on.is_not(None),
                    ContactLogEntry.followed_up_at.is_(None),
                )
                .group_by(ContactLogEntry.prospect_id)
            ).tuples():
                if prospect_id is not None and first_due is not None:
                    due[prospect_id] = first_due
        names = staff_names(session, (p.recorded_by_id for p in page))
        rows = tuple(
            ProspectRow(
                id=p.id,
                name=p.name,
                phone=phone_from_e164(p.phone_e164) if p.phone_e164 else None,
                kind=ProspectKind(p.kind),
                source=ProspectSource(p.source),
                interest=p.interest,
                outcome=ProspectOutcome(p.outcome),
                outcome_note=p.outcome_note,
                customer_id=p.customer_id,
                recorded_at=p.recorded_at,
                recorded_by=names.get(p.recorded_by_id, ""),
                next_follow_up=due.get(p.id),
                version=p.version,
            )
            for p in page
        )
    return ProspectPage(rows, len(found) > limit)


def conversion_by_source(db: Database, *, since: datetime | None = None) -> tuple[SourceConversion, ...]:
    """How the prospects of each source turned out (recorded since *since*, or ever), every source listed."""
    query = select(Prospect.source, Prospect.outcome, func.count()).group_by(Prospect.source, Prospect.outcome)
    if since is not None:
        query = query.where(Prospect.recorded_at >= since)
    counts: dict[tuple[str, str], int] = {}
    with db.reading() as session:
        for source, outcome, count in session.execute(query).tuples():
            counts[(source, outcome)] = int(count)
    return tuple(
        SourceConversion(
            source,
            converted=counts.get((source.value, ProspectOutcome.CONVERTED.value), 0),
            lost=counts.get((source.value, ProspectOutcome.LOST.value), 0),
            open=counts.get((source.value, ProspectOutcome.OPEN.value), 0),
        )
        for source in ProspectSource
    )
