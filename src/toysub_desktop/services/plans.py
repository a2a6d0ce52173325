"""The plan catalogue the owner edits: plans, their prices by effective date, and discount categories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import DiscountCategory, Plan, PlanPrice
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ProblemCollector
from toysub_desktop.domain.money import check_amount
from toysub_desktop.domain.plans import (
    Cadence,
    PlanDetails,
    PlanKind,
    TermOption,
    check_price_start,
    clean_evidence,
    validate_discount,
    validate_plan,
)
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.text_input import NOTE_MAX, clean_line
from toysub_desktop.domain.timeline import in_effect_on, scheduled_after
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import (
    ChangedElsewhereError,
    audit,
    get_or_raise,
    require_staff,
    touch,
    unit_of_work,
)
from toysub_desktop.services.queries.plan_details import plan_details
from toysub_desktop.services.queries.plan_prices import price_versions


@dataclass(frozen=True)
class PriceEntry:
    version_id: int
    monthly_price: int
    effective_from: date
    note: str


@dataclass(frozen=True)
class PlanView:
    id: int
    details: PlanDetails
    active: bool
    version: int
    #: The price in effect today, and any change recorded ahead.
    price: PriceEntry | None
    scheduled_prices: tuple[PriceEntry, ...]


@dataclass(frozen=True)
class DiscountCategoryView:
    id: int
    name: str
    percent: int
    evidence_hint: str
    active: bool


def _terms_json(details: PlanDetails) -> list[dict[str, int]]:
    return [{"months": t.months, "discount_percent": t.discount_percent} for t in details.terms]


def _entry(price: PlanPrice) -> PriceEntry:
    return PriceEntry(price.id, price.monthly_price, price.effective_from, price.note)


def _view(session: Session, plan: Plan, today: date) -> PlanView:
    prices = price_versions(session, plan.id)
    current = in_effect_on(prices, today)
    return PlanView(
        id=plan.id,
        details=plan_details(plan),
        active=plan.active,
        version=plan.version,
        price=_entry(current) if current else None,
        scheduled_prices=tuple(_entry(p) for p in scheduled_after(prices, today)),
    )


def create_plan(
    db: Database,
    *,
    staff_id: int,
    name: str,
    kind: PlanKind,
    tier: str,
    cadence: Cadence,
    terms: tuple[TermOption, ...],
    trial_days: int,
    deposit: int,
    monthly_price: int,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> int:
    """Add a plan to the catalogue with its price from today. Returns the plan id."""
    now = now or utc_now()
    problems = ProblemCollector()
    details = None
    with problems.checking():
        details = validate_plan(
            name=name, kind=kind, tier=tier, cadence=cadence, terms=terms, trial_days=trial_days, deposit=deposit
        )
    with problems.checking():
        check_amount(monthly_price, field="monthly_price", allow_zero=False)
    problems.raise_if_any()
    assert details is not None
    approved_by = authorize(
        db, by_staff_id=staff_id, permission=Permission.PRICES_AND_PLANS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        plan = Plan(
            name=details.name,
            kind=details.kind.value,
            tier=details.tier,
            cadence=details.cadence.value,
            terms=_terms_json(details),
            trial_days=details.trial_days,
            deposit=details.deposit,
            active=True,
            created_at=now,
            version=1,
        )
        session.add(plan)
        session.flush()
        session.add(
            PlanPrice(
                plan_id=plan.id,
                monthly_price=monthly_price,
                effective_from=shop_today(now),
                recorded_at=now,
                recorded_by_id=staff_id,
            )
        )
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="plan.create",
            entity="plan",
            entity_id=plan.id,
            after={**_plan_json(details), "monthly_price": monthly_price},
        )
        return plan.id


def _plan_json(details: PlanDetails) -> dict[str, object]:
    return {
        "name": details.name,
        "kind": details.kind.value,
        "tier": details.tier,
        "cadence": details.cadence.value,
        "terms": _terms_json(details),
        "trial_days": details.trial_days,
        "deposit": details.deposit,
    }


def update_plan(
    db: Database,
    *,
    staff_id: int,
    plan_id: int,
    expected_version: int,
    details: PlanDetails,
    active: bool,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> None:
    """Edit a plan's terms; signed contracts keep what they were signed with."""
    now = now or utc_now()
    checked = validate_plan(
        name=details.name,
        kind=details.kind,
        tier=details.tier,
        cadence=details.cadence,
        terms=details.terms,
        trial_days=details.trial_days,
        deposit=details.deposit,
    )
    approved_by = authorize(
        db, by_staff_id=staff_id, permission=Permission.PRICES_AND_PLANS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        plan = get_or_raise(session, Plan, plan_id)
        touch(plan, expected_version, ChangedElsewhereError)
        before = {**_plan_json(plan_details(plan)), "active": plan.active}
        plan.name = checked.name
        plan.kind = checked.kind.value
        plan.tier = checked.tier
        plan.cadence = checked.cadence.value
        plan.terms = _terms_json(checked)
        plan.trial_days = checked.trial_days
        plan.deposit = checked.deposit
        plan.active = active
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="plan.update",
            entity="plan",
            entity_id=plan_id,
            before=before,
            after={**_plan_json(checked), "active": active},
        )


def schedule_price_change(
    db: Database,
    *,
    staff_id: int,
    plan_id: int,
    monthly_price: int,
    effective_from: date,
    note: str = "",
    approval: Approval | None = None,
    now: datetime | None = None,
) -> int:
    """Record a new monthly price from *effective_from*, today or later (usually ahead). Returns the version id."""
    now = now or utc_now()
    today = shop_today(now)
    problems = ProblemCollector()
    with problems.checking():
        check_amount(monthly_price, field="monthly_price", allow_zero=False)
    with problems.checking():
        check_price_start(effective_from, today=today)
    with problems.checking():
        note = clean_line(note, field="note", limit=NOTE_MAX)
    problems.raise_if_any()
    approved_by = authorize(
        db, by_staff_id=staff_id, permission=Permission.PRICES_AND_PLANS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        plan = get_or_raise(session, Plan, plan_id)
        before = in_effect_on(price_versions(session, plan.id), effective_from)
        price = PlanPrice(
            plan_id=plan.id,
            monthly_price=monthly_price,
            effective_from=effective_from,
            note=note,
            recorded_at=now,
            recorded_by_id=staff_id,
        )
        session.add(price)
        session.flush()
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="plan.price_change",
            entity="plan",
            entity_id=plan.id,
            before={"monthly_price": before.monthly_price if before else None},
            after={"monthly_price": monthly_price, "effective_from": effective_from, "version_id": price.id},
        )
        return price.id


def list_plans(db: Database, *, include_inactive: bool = False, today: date | None = None) -> list[PlanView]:
    today = today or shop_today()
    with db.reading() as session:
        query = select(Plan).order_by(Plan.kind, Plan.name, Plan.id)
        if not include_inactive:
            query = query.where(Plan.active.is_(True))
        return [_view(session, plan, today) for plan in session.scalars(query)]


def plan_view(db: Database, plan_id: int, *, today: date | None = None) -> PlanView:
    with db.reading() as session:
        return _view(session, get_or_raise(session, Plan, plan_id), today or shop_today())


def create_discount_category(
    db: Database,
    *,
    staff_id: int,
    name: str,
    percent: int,
    evidence_hint: str = "",
    approval: Approval | None = None,
    now: datetime | None = None,
) -> int:
    now = now or utc_now()
    line = validate_discount(name, percent, field="name")
    evidence_hint = clean_evidence(evidence_hint, field="evidence_hint")
    approved_by = authorize(
        db, by_staff_id=staff_id, permission=Permission.PRICES_AND_PLANS, approval=approval, now=now
    )
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        category = DiscountCategory(name=line.label, percent=line.percent, evidence_hint=evidence_hint, active=True)
        session.add(category)
        session.flush()
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="discount.create",
            entity="discount_category",
            entity_id=category.id,
            after={"name": line.label, "percent": line.percent, "evidence_hint": category.evidence_hint},
        )
        return category.id


def list_discount_categories(db: Database, *, include_inactive: bool = False) -> list[DiscountCategoryView]:
    with db.reading() as session:
        query = select(DiscountCategory).order_by(DiscountCategory.name, DiscountCategory.id)
        if not include_inactive:
            query = query.where(DiscountCategory.active.is_(True))
        return [
            DiscountCategoryView(c.id, c.name, c.percent, c.evidence_hint, c.active) for c in session.scalars(query)
        ]
