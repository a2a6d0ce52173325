"""A referral recorded inside the sign-up's transaction: the code checked, who referred whom, and both rewards."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import Customer, Referral, Subscription
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.points import PointsKind, customer_of_code, own_code, unknown_code
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.queries.points import add_points, points_rules

#: The largest customer id there can be: ids are PostgreSQL ``integer`` columns (SQLite's hold more, not less).
LARGEST_CUSTOMER_ID = 2**31 - 1

_NOT_FIRST = QT_TRANSLATE_NOOP("Validation", "A referral code counts only at the customer's first subscription.")


def referrer_of(session: Session, code: str, referred_id: int, *, field: str = "referral_code") -> Customer:
    """The customer a typed or scanned code names: refused when there is none, or it is the customer's own."""
    referrer_id = customer_of_code(code, field=field)
    if referrer_id == referred_id:
        raise own_code(field)
    if referrer_id > LARGEST_CUSTOMER_ID:
        # A well-formed code no customer can have (a product's barcode scanned by mistake): the database would
        # refuse the number itself rather than find nobody.
        raise unknown_code(field)
    referrer = session.get(Customer, referrer_id)
    if referrer is None:
        raise unknown_code(field)
    return referrer


def record_referral(
    session: Session, *, code: str, subscription: Subscription, staff_id: int, now: datetime
) -> Referral:
    """The referred customer's first subscription was signed with *code*: who referred whom, and both customers'
    rewards (the shop's settings), in the sign-up's transaction."""
    referrer = referrer_of(session, code, subscription.customer_id)
    earlier = session.scalar(
        select(func.count())
        .select_from(Subscription)
        .where(Subscription.customer_id == subscription.customer_id, Subscription.id != subscription.id)
    )
    referred_before = session.scalar(select(Referral.id).where(Referral.referred_id == subscription.customer_id))
    if earlier or referred_before is not None:
        raise ValidationError.of("referral_code", _NOT_FIRST)
    today = shop_today(now)
    referral = Referral(
        referrer_id=referrer.id,
        referred_id=subscription.customer_id,
        subscription_id=subscription.id,
        referred_on=today,
        recorded_at=now,
        recorded_by_id=staff_id,
    )
    session.add(referral)
    session.flush()
    rules = points_rules(session)
    for customer_id, reward in (
        (referrer.id, rules.referrer_reward),
        (subscription.customer_id, rules.referred_reward),
    ):
        if reward > 0:
            add_points(
                session,
                customer_id,
                PointsKind.REFERRAL,
                reward,
                on=today,
                staff_id=staff_id,
                now=now,
                referral_id=referral.id,
            )
    return referral
