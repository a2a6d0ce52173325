"""Membership tiers (회원 등급): the shop's tiers as the owner or a manager sets them (audited), and where customers
stand, one customer for the card or a page of customers in one query for a list.

A tier is computed from facts on the day asked, never stored by hand; its benefits take effect in billing
(``services.queries.ledger``: the tier discount on the cycles that start once the tier is reached) and in the toy
reservation queue (``services.queries.reservations``: priority first, then by reservation time).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm.attributes import flag_modified

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import MembershipTier, Shop
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.tiers import TierBasis, TierInput, TierRules, TierStanding, validate_tiers
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import audit, unit_of_work
from toysub_desktop.services.queries.shop_settings import shop_for_owner
from toysub_desktop.services.queries.tiers import standings_in, tier_rules_in


@dataclass(frozen=True)
class TierSettings:
    rules: TierRules
    version: int


def tier_settings(db: Database) -> TierSettings:
    """The shop's basis and tiers, with the version an edit must have seen."""
    with db.reading() as session:
        version = session.scalars(select(Shop.version).limit(1)).one()
        return TierSettings(tier_rules_in(session), version)


def _plain(rules: TierRules) -> dict[str, object]:
    return {
        "basis": rules.basis.value,
        "tiers": [[t.name, t.threshold, t.discount_percent, t.priority_reservations] for t in rules.tiers],
    }


def update_tiers(
    db: Database,
    *,
    by_staff_id: int,
    basis: TierBasis,
    rows: Sequence[TierInput],
    expected_version: int,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> TierRules:
    """Replace the shop's tiers with *rows* (blank rows ignored) measured on *basis*; the owner's or a manager's.
    Charges already billed keep the discount they were billed with; the new tiers apply from the next billing."""
    now = now or utc_now()
    rules = validate_tiers(TierBasis(basis), rows)
    approved_by = authorize(db, by_staff_id=by_staff_id, permission=Permission.TIERS, approval=approval, now=now)
    with unit_of_work(db) as session:
        shop = shop_for_owner(session, by_staff_id, expected_version)
        before = tier_rules_in(session)
        if before == rules:
            return rules  # saving the same tiers again is no change and leaves no record
        shop.tier_basis = rules.basis.value
        flag_modified(shop, "tier_basis")  # the shop's version moves even when only the tiers change
        session.execute(delete(MembershipTier))
        session.flush()
        session.add_all(
            MembershipTier(
                name=t.name,
                threshold=t.threshold,
                discount_percent=t.discount_percent,
                priority_reservations=t.priority_reservations,
            )
            for t in rules.tiers
        )
        audit(
            session,
            at=now,
            staff_id=by_staff_id,
            approved_by_id=approved_by,
            action="tiers.update",
            entity="shop",
            entity_id=shop.id,
            before=_plain(before),
            after=_plain(rules),
        )
        return rules


def customer_tier(db: Database, customer_id: int, *, today: date | None = None) -> TierStanding | None:
    """Where the customer stands today: the measure, the tier and the way to the next; None for a shop without
    tiers."""
    today = today or shop_today()
    with db.reading() as session:
        return standings_in(session, [customer_id], today).get(customer_id)


def customer_tiers(db: Database, customer_ids: Iterable[int], *, today: date | None = None) -> dict[int, TierStanding]:
    """Where each of a page of customers stands today, in one query per 500 customers (empty without tiers)."""
    today = today or shop_today()
    with db.reading() as session:
        return standings_in(session, customer_ids, today)
