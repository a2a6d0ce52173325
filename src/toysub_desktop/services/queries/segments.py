"""The SQL twin of ``domain.segments.criteria_match``: one condition on ``customer`` per criterion, for counts, pages
and the lists that a segment restricts. Each condition is a correlated probe of one index per customer (a child's
birth month, a running contract, the address in effect, the first start, the year's payments, the last consent),
or, for a region, the region's addresses read through ``ix_address_version_region``; nothing is loaded into Python.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Select, and_, exists, false, func, or_, select, true
from sqlalchemy.engine import Connection
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased
from sqlalchemy.sql.selectable import ScalarSelect

from toysub_desktop.db.models import AddressVersion, Child, Consent, Customer, LedgerEntry, Segment, Subscription
from toysub_desktop.domain.contacts import ConsentKind
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.segments import (
    SegmentCriteria,
    birth_months_for_band,
    criteria_from_json,
    latest_start_for_tenure,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.tiers import TierBasis, TierRules, spend_window
from toysub_desktop.services.queries.tiers import tier_rules_in

_NO_SEGMENT = QT_TRANSLATE_NOOP("Validation", "This segment was deleted or does not exist.")

_IN_EFFECT = aliased(AddressVersion, name="in_effect")


def live_segment_criteria(session: Session | Connection, segment_id: int, *, field: str = "segment") -> SegmentCriteria:
    """The criteria of a segment that was not deleted; refused on *field* otherwise."""
    stored = session.scalar(select(Segment.criteria).where(Segment.id == segment_id, Segment.deleted_at.is_(None)))
    if stored is None:
        raise ValidationError.of(field, _NO_SEGMENT)
    return criteria_from_json(stored)


def saved_segment_condition(
    session: Session | Connection, segment_id: int, today: date, *, walking: bool = False
) -> ColumnElement[bool]:
    """SQL on ``customer``: the customer is in the saved segment on *today* (refused when it was deleted)."""
    criteria = live_segment_criteria(session, segment_id)
    rules = tier_rules_in(session) if criteria.tiers else None
    return segment_condition(criteria, today, walking=walking, tier_rules=rules)


def customer_in_saved_segment(
    session: Session | Connection, segment_id: int, today: date, customer_id: InstrumentedAttribute[int]
) -> ColumnElement[bool]:
    """SQL on a table naming a customer in *customer_id* (a contract, a delivery): that customer is in the saved
    segment on *today* — asked row by row, so a list walking its own index stops at a page."""
    condition = saved_segment_condition(session, segment_id, today, walking=True)
    # The customer row is the subquery's own, even where the list already joins the customer.
    return exists(select(Customer.id).where(Customer.id == customer_id, condition).correlate_except(Customer))


def segment_condition(
    criteria: SegmentCriteria, today: date, *, walking: bool = False, tier_rules: TierRules | None = None
) -> ColumnElement[bool]:
    """SQL on ``customer``: the customer is in a segment with *criteria* on *today* (``criteria_match``);
    *tier_rules*: the shop's tiers, for criteria that name some.

    A count reads a region's addresses from their index (most customers of a region are read anyway); a list
    *walking* the customers in order and stopping at a page asks each customer's address in effect instead, so the
    first page costs what its customers cost, not the whole region."""
    conditions: list[ColumnElement[bool]] = []
    if criteria.age_bands:
        conditions.append(
            exists().where(
                Child.customer_id == Customer.id,
                Child.active.is_(True),
                Child.voided_at.is_(None),
                or_(*(Child.birth_month.between(*birth_months_for_band(b, today)) for b in criteria.age_bands)),
            )
        )
    if criteria.plan_kinds:
        conditions.append(
            exists().where(
                Subscription.customer_id == Customer.id,
                Subscription.kind.in_(sorted(kind.value for kind in criteria.plan_kinds)),
                Subscription.start_on <= today,
                Subscription.ends_on >= today,
                or_(Subscription.cancelled_on.is_(None), Subscription.cancelled_on > today),
            )
        )
    if criteria.regions and walking:
        in_effect = _in_effect_id(Customer.id, today).correlate(Customer)
        conditions.append(exists().where(AddressVersion.id == in_effect, _places(criteria)))
    elif criteria.regions:
        conditions.append(Customer.id.in_(_customers_in_regions(criteria, today)))
    if criteria.tenure_min_months is not None or criteria.tenure_max_months is not None:
        conditions.append(_tenure_within(criteria.tenure_min_months, criteria.tenure_max_months, today))
    if criteria.spend_min is not None or criteria.spend_max is not None:
        conditions.append(_spend_within(criteria.spend_min, criteria.spend_max, today))
    if criteria.tiers:
        conditions.append(_in_tiers(criteria.tiers, tier_rules or TierRules(), today))
    if criteria.marketing_consent is not None:
        last_answer = (
            select(Consent.granted)
            .where(Consent.customer_id == Customer.id, Consent.kind == ConsentKind.MARKETING.value)
            .order_by(Consent.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        given = func.coalesce(last_answer, False).is_(True)
        conditions.append(given if criteria.marketing_consent else ~given)
    return and_(true(), *conditions)


def _tenure_within(low: int | None, high: int | None, today: date) -> ColumnElement[bool]:
    """SQL on ``customer``: some subscription started by *today*, and the tenure is within *low*–*high* months."""
    first_start = (
        select(func.min(Subscription.start_on)).where(Subscription.customer_id == Customer.id).scalar_subquery()
    )
    conditions = [first_start <= today]
    if low is not None:
        conditions.append(first_start <= latest_start_for_tenure(low, today))
    if high is not None:
        conditions.append(first_start > latest_start_for_tenure(high + 1, today))
    return and_(*conditions)


def _spend_within(low: int | None, high: int | None, today: date) -> ColumnElement[bool]:
    spend = spend_of_customer(today)
    conditions: list[ColumnElement[bool]] = []
    if low is not None:
        conditions.append(spend >= low)
    if high is not None:
        conditions.append(spend <= high)
    return and_(true(), *conditions)


def _in_tiers(names: frozenset[str], rules: TierRules, today: date) -> ColumnElement[bool]:
    """SQL on ``customer``: the customer's tier on *today* is one of *names* — each tier the range of the shop's
    measure from its threshold up to the next tier's (``TierRules.tier_for``); spend below 0 measures 0."""
    ranges: list[ColumnElement[bool]] = []
    for index, tier in enumerate(rules.tiers):
        if tier.name not in names:
            continue
        following = rules.tiers[index + 1].threshold if index + 1 < len(rules.tiers) else None
        if rules.basis is TierBasis.SPEND:
            low = tier.threshold if tier.threshold > 0 else None
            high = following - 1 if following is not None else None
            if high is not None and high < 0:
                continue
            ranges.append(_spend_within(low, high, today))
        else:
            ranges.append(
                _tenure_within(max(tier.threshold, 0), following - 1 if following is not None else None, today)
            )
    return or_(false(), *ranges)


def spend_of_customer(today: date) -> ColumnElement[int]:
    """SQL per customer: won paid less won refunded over ``spend_window(today)``, live entries only."""
    first, last = spend_window(today)
    payments = (
        select(func.coalesce(func.sum(LedgerEntry.amount), 0))
        .where(
            LedgerEntry.customer_id == Customer.id,
            LedgerEntry.kind == EntryKind.PAYMENT.value,
            LedgerEntry.voided_at.is_(None),
            LedgerEntry.entry_on.between(first, last),
        )
        .scalar_subquery()
    )
    refunds = (
        select(func.coalesce(func.sum(LedgerEntry.amount), 0))
        .where(
            LedgerEntry.customer_id == Customer.id,
            LedgerEntry.kind == EntryKind.REFUND.value,
            LedgerEntry.voided_at.is_(None),
            LedgerEntry.entry_on.between(first, last),
        )
        .scalar_subquery()
    )
    return payments - refunds


def _in_effect_id(customer_id: InstrumentedAttribute[int], today: date) -> ScalarSelect[int]:
    """SQL: the id of the address version in effect on *today* for *customer_id*, as ``domain.timeline`` rules."""
    return (
        select(_IN_EFFECT.id)
        .where(
            _IN_EFFECT.customer_id == customer_id,
            _IN_EFFECT.voided_at.is_(None),
            _IN_EFFECT.effective_from <= today,
            or_(_IN_EFFECT.effective_until.is_(None), _IN_EFFECT.effective_until >= today),
        )
        .order_by(_IN_EFFECT.effective_from.desc(), _IN_EFFECT.recorded_at.desc(), _IN_EFFECT.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _places(criteria: SegmentCriteria) -> ColumnElement[bool]:
    """SQL on ``address_version``: the version lies in one of the criteria's regions."""
    return or_(
        *(
            and_(AddressVersion.region == region.province, AddressVersion.district == region.district)
            if region.district
            else AddressVersion.region == region.province
            for region in criteria.regions
        )
    )


def _customers_in_regions(criteria: SegmentCriteria, today: date) -> Select[tuple[int]]:
    """SQL: the customers whose address in effect on *today* lies in one of the criteria's regions — the region's
    addresses from its index, each kept only when it is its customer's version in effect."""
    in_effect_id = _in_effect_id(AddressVersion.customer_id, today).correlate(AddressVersion)
    return select(AddressVersion.customer_id).where(_places(criteria), AddressVersion.id == in_effect_id)
