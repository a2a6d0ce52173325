"""A customer's marketing consent: the last answer given, and recording a new one with its audit record (taken at
sign-up, on the customer's card, and on its own)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Consent
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentKind, ConsentMethod
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.services.common import audit


def record_marketing_answer(
    session: Session, customer_id: int, answer: tuple[bool, ConsentMethod], *, staff_id: int, now: datetime
) -> None:
    """Inside a change: record today's marketing answer under the current notice, when it differs from the last."""
    if latest_marketing_answer(session, customer_id) != answer[0]:
        add_marketing_consent(
            session, customer_id, answer[0], shop_today(now), answer[1], CURRENT_NOTICE_VERSION, staff_id, now
        )


def latest_marketing_answer(session: Session, customer_id: int) -> bool | None:
    return session.scalar(
        select(Consent.granted)
        .where(Consent.customer_id == customer_id, Consent.kind == ConsentKind.MARKETING.value)
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
    session.add(
        Consent(
            customer_id=customer_id,
            kind=ConsentKind.MARKETING.value,
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
        action="consent.marketing",
        entity="customer",
        entity_id=customer_id,
        after={"granted": granted, "given_on": given_on, "method": method},
    )
