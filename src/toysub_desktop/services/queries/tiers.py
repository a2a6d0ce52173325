"""Membership tiers inside a transaction: the shop's tiers, and each customer's measure on the shop's basis, for
many customers in one query (a page of a list, a toy's queue) or for one customer as of a past day (billing).

The measures are the SQL twins of ``domain.tiers``: tenure counts from the earliest ``start_on`` of the customer's
subscriptions that started by the day; spend is the live payments less the live refunds dated in
``spend_window(day)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from toysub_desktop.db.models import LedgerEntry, MembershipTier, Shop, Subscription
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.tiers import (
    MembershipTier as Tier,
)
from toysub_desktop.domain.tiers import (
    TierBasis,
    TierRules,
    TierStanding,
    spend_window,
    tenure_months,
)

#: Customers per query (an IN list stays well inside what both databases accept).
_CHUNK = 500


def tier_rules_in(session: Session | Connection) -> TierRules:
    """The shop's basis and tiers, lowest threshold first."""
    basis = session.scalar(select(Shop.tier_basis).limit(1)) or TierBasis.TENURE.value
    tiers = session.scalars(select(MembershipTier).order_by(MembershipTier.threshold)).all()
    return TierRules(
        TierBasis(basis),
        tuple(Tier(t.name, t.threshold, t.discount_percent, t.priority_reservations) for t in tiers),
    )


def first_starts(session: Session, customer_ids: Iterable[int], day: date) -> dict[int, date]:
    """The day each customer's first subscription started (only those started by *day*)."""
    ids = sorted(set(customer_ids))
    found: dict[int, date] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(Subscription.customer_id, func.min(Subscription.start_on))
            .where(Subscription.customer_id.in_(ids[start : start + _CHUNK]), Subscription.start_on <= day)
            .group_by(Subscription.customer_id)
        ).tuples()
        found.update({customer_id: first for customer_id, first in rows if first is not None})
    return found


def spends(session: Session, customer_ids: Iterable[int], day: date) -> dict[int, int]:
    """Won each customer paid net of refunds over the 12 months up to *day* (live entries only)."""
    ids = sorted(set(customer_ids))
    first, last = spend_window(day)
    signed = case(
        (LedgerEntry.kind == EntryKind.PAYMENT.value, LedgerEntry.amount),
        else_=-LedgerEntry.amount,
    )
    found: dict[int, int] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            select(LedgerEntry.customer_id, func.sum(signed))
            .where(
                LedgerEntry.customer_id.in_(ids[start : start + _CHUNK]),
                LedgerEntry.kind.in_([EntryKind.PAYMENT.value, EntryKind.REFUND.value]),
                LedgerEntry.voided_at.is_(None),
                LedgerEntry.entry_on >= first,
                LedgerEntry.entry_on <= last,
            )
            .group_by(LedgerEntry.customer_id)
        ).tuples()
        found.update({customer_id: int(total or 0) for customer_id, total in rows})
    return found


def measures_of(session: Session, rules: TierRules, customer_ids: Iterable[int], day: date) -> dict[int, int]:
    """Each customer's measure on the shop's basis on *day*: months of tenure or won of spend. On tenure, a customer
    with no subscription started by *day* has no measure (and no tier)."""
    ids = sorted(set(customer_ids))
    if rules.basis is TierBasis.SPEND:
        spent = spends(session, ids, day)
        return {customer_id: max(spent.get(customer_id, 0), 0) for customer_id in ids}
    starts = first_starts(session, ids, day)
    return {customer_id: tenure_months(first, day) for customer_id, first in starts.items()}


def standings_in(
    session: Session, customer_ids: Iterable[int], day: date, rules: TierRules | None = None
) -> dict[int, TierStanding]:
    """Where each customer stands on *day*; empty when the shop has no tiers."""
    rules = rules if rules is not None else tier_rules_in(session)
    if not rules.tiers:
        return {}
    measures = measures_of(session, rules, customer_ids, day)
    lowest = rules.tiers[0]
    return {
        customer_id: rules.standing(measures[customer_id])
        if customer_id in measures
        else TierStanding(rules.basis, 0, None, lowest, max(lowest.threshold, 0))
        for customer_id in set(customer_ids)
    }


def tier_on(session: Session, rules: TierRules, customer_id: int, day: date) -> Tier | None:
    """The customer's tier on *day*, from the facts as recorded now."""
    measure = measures_of(session, rules, [customer_id], day).get(customer_id) if rules.tiers else None
    return rules.tier_for(measure) if measure is not None else None
