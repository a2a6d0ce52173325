"""A plan's prices: every version, the one in effect on a day, and the one a renewal is signed at."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import PlanPrice
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.price_notices import price_at_renewal
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.timeline import in_effect_on

_NO_PRICE = QT_TRANSLATE_NOOP("Validation", "The plan has no price on {date}.")


def price_on(session: Session, plan_id: int, day: date) -> PlanPrice:
    """The plan's price in effect on *day*; a ValidationError if it had none yet."""
    price = in_effect_on(price_versions(session, plan_id), day)
    if price is None:
        raise ValidationError.of("plan", _NO_PRICE, date=day.isoformat())
    return price


def price_at_renewal_of(session: Session, plan_id: int, renewal_on: date) -> PlanPrice:
    """The plan's price a renewal starting on *renewal_on* is signed at (``domain.price_notices.price_at_renewal``):
    the one in effect on the new term's first day, as the subscriber was told; a ValidationError if none."""
    price = price_at_renewal(price_versions(session, plan_id), renewal_on)
    if price is None:
        raise ValidationError.of("plan", _NO_PRICE, date=renewal_on.isoformat())
    return price


def price_versions(session: Session, plan_id: int) -> list[PlanPrice]:
    return list(session.scalars(select(PlanPrice).where(PlanPrice.plan_id == plan_id).order_by(PlanPrice.id)))
