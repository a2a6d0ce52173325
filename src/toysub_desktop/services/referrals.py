"""Referrals (추천): each customer's referral code and printable card, whom a typed or scanned code names, and the
referral counts per customer and per month. A referral is recorded at the referred customer's first sign-up
(``services.subscriptions.sign_up`` with ``referral_code``; ``services.queries.referrals``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, Referral, Shop
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.points import referral_code
from toysub_desktop.services.common import get_or_raise
from toysub_desktop.services.queries.points import points_rules
from toysub_desktop.services.queries.referrals import referrer_of


@dataclass(frozen=True)
class Referrer:
    """Whom a code names, as the sign-up shows it before saving."""

    customer_id: int
    name: str
    customer_number: str


def referrer_for_code(db: Database, code: str, referred_id: int) -> Referrer:
    """The customer a typed or scanned referral code names; refused (field ``referral_code``) when the code names
    nobody or the customer themselves."""
    with db.reading() as session:
        referrer = referrer_of(session, code, referred_id)
        return Referrer(referrer.id, referrer.name, referrer.number or "")


def referral_card_pdf(db: Database, customer_id: int, *, today: date | None = None) -> bytes:
    """The customer's referral card (추천 카드) as a one-page PDF: the shop's name and phone, the code in digits and
    as a QR code, and the rewards. It names no customer, so printing it discloses nothing."""
    # reportlab loads with the first card, not with the services.
    from toysub_desktop.documents.referral_card import ReferralCard, render_referral_card

    today = today or shop_today()
    with db.reading() as session:
        customer = get_or_raise(session, Customer, customer_id)
        shop = session.scalars(select(Shop).limit(1)).one()
        rules = points_rules(session)
        card = ReferralCard(
            shop_name=shop.name,
            shop_phone=shop.phone.strip(),
            code=referral_code(customer.id),
            referrer_reward=rules.referrer_reward,
            referred_reward=rules.referred_reward,
            issued_on=today,
        )
    return render_referral_card(card)


@dataclass(frozen=True)
class ReferrerCount:
    """One referrer and how many customers they brought."""

    customer_id: int
    name: str
    customer_number: str
    referrals: int
    last_on: date


def referral_counts(
    db: Database, *, after: ReferrerCount | None = None, limit: int = 100
) -> tuple[list[ReferrerCount], bool]:
    """Referrers, most referrals first (then the latest), a page at a time after *after*; and whether more follow."""
    with db.reading() as session:
        count = func.count(Referral.id).label("n")
        last = func.max(Referral.referred_on).label("last")
        grouped = (
            select(Referral.referrer_id.label("rid"), count, last).group_by(Referral.referrer_id).subquery("counts")
        )
        query = (
            select(grouped.c.rid, Customer.name, Customer.number, grouped.c.n, grouped.c.last)
            .join(Customer, Customer.id == grouped.c.rid)
            .order_by(grouped.c.n.desc(), grouped.c.last.desc(), grouped.c.rid)
        )
        if after is not None:
            # Keyset over (count desc, last desc, id asc).
            query = query.where(
                (grouped.c.n < after.referrals)
                | ((grouped.c.n == after.referrals) & (grouped.c.last < after.last_on))
                | (
                    (grouped.c.n == after.referrals)
                    & (grouped.c.last == after.last_on)
                    & (grouped.c.rid > after.customer_id)
                )
            )
        rows = session.execute(query.limit(limit + 1)).tuples().all()
        counts = [ReferrerCount(rid, name, number or "", int(n), last_on) for rid, name, number, n, last_on in rows]
        return counts[:limit], len(counts) > limit


def referrals_per_month(db: Database, *, first: date, last: date) -> Sequence[tuple[date, int]]:
    """How many customers signed with a referral in each calendar month from *first*'s to *last*'s (every month,
    0 too): one grouped query."""
    months: list[date] = []
    month = first.replace(day=1)
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    if not months:
        return []
    bounds = [*months, add_months(months[-1], 1)]
    index = case(*((Referral.referred_on < bound, position - 1) for position, bound in enumerate(bounds)), else_=-1)
    with db.reading() as session:
        counted = dict(
            session.execute(
                select(index.label("m"), func.count(Referral.id))
                .where(Referral.referred_on >= bounds[0], Referral.referred_on < bounds[-1])
                .group_by(index)
            )
            .tuples()
            .all()
        )
    return [(month, int(counted.get(position, 0))) for position, month in enumerate(months)]
