"""A customer's optional consents (marketing, sensitive data): the last answer given, and recording a new one with
its audit record (taken at sign-up, on the customer's card, and on its own)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Child, Consent
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentKind, ConsentMethod
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.services.common import audit


def record_marketing_answer(
    session: Session, customer_id: int, answer: tuple[bool, ConsentMethod], *, staff_id: int, now: datetime
) -> None:
    """Inside a change: record today's marketing answer under the current notice, when it differs from the last."""
    record_answer(session, customer_id, ConsentKind.MARKETING, answer, staff_id=staff_id, now=now)


def record_answer(
    session: Session,
    customer_id: int,
    kind: ConsentKind,
    answer: tuple[bool, ConsentMethod],
    *,
    staff_id: int,
    now: datetime,
) -> None:
    """Inside a change: record today's answer on an optional consent under the current notice, when it differs from
    the last. Withdrawing the sensitive-data consent erases the children's health notes it allowed (PIPA §37)."""
    if latest_answer(session, customer_id, kind) != answer[0]:
        add_consent(
            session, customer_id, kind, answer[0], shop_today(now), answer[1], CURRENT_NOTICE_VERSION, staff_id, now
        )
        if kind is ConsentKind.SENSITIVE and not answer[0]:
            erase_health_notes(session, customer_id, staff_id=staff_id, now=now)


def latest_marketing_answer(session: Session, customer_id: int) -> bool | None:
    return latest_answer(session, customer_id, ConsentKind.MARKETING)


def latest_answer(session: Session, customer_id: int, kind: ConsentKind) -> bool | None:
    """The customer's last answer on *kind*; None when never asked."""
    return session.scalar(
        select(Consent.granted)
        .where(Consent.customer_id == customer_id, Consent.kind == kind.value)
        .order_by(Consent.id.desc())
        .limit(1)
    )


def add_marketing_consent(
    session: Session,
    customer_id: int,
    granted: bool,
    given_on: date,
    method: ConsentMethod,
    notice_version: str,
    staff_id: int,
    now: datetime,
) -> None:
    add_consent(session, customer_id, ConsentKind.MARKETING, granted, given_on, method, notice_version, staff_id, now)


def add_consent(
    session: Session,
    customer_id: int,
    kind: ConsentKind,
    granted: bool,
    given_on: date,
    method: ConsentMethod,
    notice_version: str,
    staff_id: int,
    now: datetime,
) -> None:
    session.add(
        Consent(
            customer_id=customer_id,
            kind=kind.value,
            granted=granted,
            given_on=given_on,
            notice_version=notice_version,
            method=method.value,
            recorded_at=now,
            recorded_by_id=staff_id,
        )
    )
    audit(
        session,
        at=now,
        staff_id=staff_id,
        action=f"consent.{kind.value}",
        entity="customer",
        entity_id=customer_id,
        after={"granted": granted, "given_on": given_on, "method": method},
    )


def erase_health_notes(session: Session, customer_id: int, *, staff_id: int, now: datetime) -> None:
    """Destroy the health notes of the customer's children (the consent for them was withdrawn). The audit names the
    children whose notes were erased, never what the notes said."""
    children = session.scalars(select(Child).where(Child.customer_id == customer_id, Child.health_notes != "")).all()
    for child in children:
        child.health_notes = ""
    if children:
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="child.health_notes_erased",
            entity="customer",
            entity_id=customer_id,
            after={"children": [child.id for child in children]},
        )
