"""The plan comparison sheet for the counter: the plans on offer on a chosen day with the prices in effect that day,
each term quoted by ``domain.plans.quote`` from the price ``in_effect_on`` that day, as a contract signed then is."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import DiscountCategory, Plan, Shop
from toysub_desktop.documents import standard_terms as terms
from toysub_desktop.documents import wording
from toysub_desktop.documents.plan_comparison import (
    PlanComparisonSheet,
    PlanOffer,
    TermFigures,
    render_plan_comparison,
)
from toysub_desktop.domain.dates import check_plausible_date, shop_today, to_shop_time, utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import Cadence, PlanDetails, quote
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.timeline import in_effect_on, scheduled_after
from toysub_desktop.services.queries.plan_details import plan_details
from toysub_desktop.services.queries.plan_prices import price_versions

_NO_PLANS = QT_TRANSLATE_NOOP("Validation", "No plan is offered at a price on {date}.")


def _offer(details: PlanDetails, list_price: int, next_price: tuple[date, int] | None) -> PlanOffer:
    figures = [quote(details, list_price=list_price, months=term.months) for term in details.terms]
    return PlanOffer(
        name=details.name,
        kind_label=terms.KIND_LABELS[details.kind],
        tier_label=details.tier,
        cadence_label=(
            wording.PLAN_SHEET_AT_THE_SHOP
            if details.cadence is Cadence.AT_THE_SHOP
            else terms.CADENCE_LABELS[details.cadence]
        ),
        supply_description=terms.supply_description(details.kind, details.cadence),
        list_price_won=list_price,
        deposit_won=details.deposit,
        trial_days=details.trial_days,
        terms=tuple(
            TermFigures(
                months=f.months,
                discount_percent=f.term_discount_percent,
                discount_won=f.term_discount,
                monthly_payable_won=f.monthly_fee,
                total_won=f.total_fees,
            )
            for f in figures
        ),
        next_price_on=next_price[0] if next_price else None,
        next_price_won=next_price[1] if next_price else 0,
    )


def plan_comparison_sheet(db: Database, *, on: date, now: datetime | None = None) -> PlanComparisonSheet:
    """The plans offered now that have a price on *on*, each with the price in effect that day and every term it
    offers; refused beside ``on`` when no plan has a price that day."""
    now = now or utc_now()
    on = check_plausible_date(on, today=shop_today(now), field="on")
    with db.reading() as session:
        shop = session.scalars(select(Shop).limit(1)).one()
        offers: list[PlanOffer] = []
        query = select(Plan).where(Plan.active.is_(True)).order_by(Plan.kind, Plan.name, Plan.id)
        for plan in session.scalars(query):
            prices = price_versions(session, plan.id)
            price = in_effect_on(prices, on)
            if price is None:
                continue
            ahead = scheduled_after(prices, on)
            next_price = (ahead[0].effective_from, ahead[0].monthly_price) if ahead else None
            offers.append(_offer(plan_details(plan), price.monthly_price, next_price))
        categories = session.scalar(select(DiscountCategory.id).where(DiscountCategory.active.is_(True)).limit(1))
        sheet = PlanComparisonSheet(
            shop_name=shop.name,
            shop_phone=shop.phone.strip(),
            on=on,
            printed_at=to_shop_time(now),
            plans=tuple(offers),
            has_discount_categories=categories is not None,
        )
    if not sheet.plans:
        raise ValidationError.of("on", _NO_PLANS, date=on.isoformat())
    return sheet


def plan_comparison_pdf(db: Database, *, on: date, now: datetime | None = None) -> bytes:
    """The plan comparison sheet for *on* as A4 PDF bytes."""
    return render_plan_comparison(plan_comparison_sheet(db, on=on, now=now))
