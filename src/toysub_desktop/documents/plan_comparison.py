"""The plan comparison sheet (요금제 비교표) for the counter: the catalogue as it stands on one day, A4 portrait.

An overview of every plan on one table first (kind, cadence, monthly fee, deposit, trial), then each plan with
what it includes and a row per term it offers: the long-term discount and what the customer pays each month and over
the term. Every figure arrives computed by the same rules a contract is quoted with, so the paper cannot disagree
with a contract signed that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_date_time, format_days, format_months
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    Cell,
    DocumentInfo,
    PrintedCopy,
    build_pdf,
    data_table,
    keep_together,
    paragraph,
    styles,
    subheading,
    title_block,
)
from toysub_desktop.domain.money import format_won


@dataclass(frozen=True)
class TermFigures:
    """One term a plan offers, as a contract signed on the sheet's day would quote it."""

    months: int
    discount_percent: int
    #: Won off the monthly fee for the term (0 for none).
    discount_won: int
    monthly_payable_won: int
    #: The monthly payable times the months (the deposit is not in it).
    total_won: int


@dataclass(frozen=True)
class PlanOffer:
    name: str
    kind_label: str
    tier_label: str
    cadence_label: str
    #: What the customer receives and how often (the contract's wording).
    supply_description: str
    #: The monthly fee in effect on the sheet's day, before any discount.
    list_price_won: int
    deposit_won: int
    trial_days: int
    terms: tuple[TermFigures, ...]
    #: A price change on record after the sheet's day (the first one), or None.
    next_price_on: date | None = None
    next_price_won: int = 0


@dataclass(frozen=True)
class PlanComparisonSheet:
    shop_name: str
    #: Display form, printed under the title when the shop has one; may be empty.
    shop_phone: str
    on: date
    #: Local time of printing.
    printed_at: datetime
    plans: tuple[PlanOffer, ...]
    #: Whether the shop grants discounts by category (다자녀 …), so the sheet says they come on top.
    has_discount_categories: bool = False


def render_plan_comparison(sheet: PlanComparisonSheet) -> bytes:
    """The sheet as A4 PDF bytes, pages numbered "n / m"; the same values give the same bytes."""
    if not sheet.plans:
        raise ValueError("a plan comparison sheet needs at least one plan")
    day = format_date(sheet.on)
    info = DocumentInfo(
        title=f"{wording.PLAN_SHEET_TITLE} {day}",
        author=sheet.shop_name,
        subject=wording.PLAN_SHEET_SUBJECT.format(date=day),
        keywords=wording.PLAN_SHEET_KEYWORDS.format(date=day),
        created_on=sheet.printed_at.date(),
        header=sheet.shop_name,
    )
    copy = PrintedCopy(badge="", footer=wording.FOOTER_SEPARATOR.join((wording.PLAN_SHEET_TITLE, day)))
    return build_pdf(info, plan_comparison_story(sheet), [copy])


def plan_comparison_story(sheet: PlanComparisonSheet) -> list[Flowable]:
    day = format_date(sheet.on)
    meta = [(wording.PLAN_SHEET_ON, day), (wording.PRINTED_AT, format_date_time(sheet.printed_at))]
    if sheet.shop_phone:
        meta.append((wording.SHOP_PHONE, sheet.shop_phone))
    story: list[Flowable] = [
        title_block(wording.PLAN_SHEET_TITLE, meta, lead=wording.PLAN_SHEET_LEAD.format(date=day)),
        Spacer(1, 3 * mm),
        subheading(wording.PLAN_SHEET_OVERVIEW),
        _overview(sheet.plans),
    ]
    for plan in sheet.plans:
        story.append(_plan_block(plan))
    if sheet.has_discount_categories:
        story += [Spacer(1, 3 * mm), paragraph(wording.PLAN_SHEET_DISCOUNTS_NOTE, styles().small)]
    return story


def _name(plan: PlanOffer) -> str:
    return wording.PLAN_SHEET_NAME_TIER.format(name=plan.name, tier=plan.tier_label) if plan.tier_label else plan.name


def _overview(plans: tuple[PlanOffer, ...]) -> Table:
    rows: list[list[Cell]] = [
        [
            _name(plan),
            plan.kind_label,
            plan.cadence_label,
            format_won(plan.list_price_won),
            format_won(plan.deposit_won) if plan.deposit_won else wording.NONE,
            format_days(plan.trial_days) if plan.trial_days else wording.NONE,
        ]
        for plan in plans
    ]
    small = (20 * mm, 22 * mm, 26 * mm, 24 * mm, 20 * mm)
    return data_table(
        (
            wording.PLAN_SHEET_PLAN,
            wording.PLAN_SHEET_KIND,
            wording.PLAN_SHEET_CADENCE,
            wording.PLAN_SHEET_LIST_PRICE,
            wording.PLAN_SHEET_DEPOSIT,
            wording.PLAN_SHEET_TRIAL,
        ),
        rows,
        (CONTENT_WIDTH - sum(small), *small),
        right=(3, 4),
        center=(1, 2, 5),
    )


def _plan_block(plan: PlanOffer) -> Flowable:
    s = styles()
    rows: list[list[Cell]] = [
        [
            format_months(term.months),
            wording.PLAN_SHEET_DISCOUNT.format(percent=term.discount_percent, amount=format_won(term.discount_won))
            if term.discount_won
            else wording.NONE,
            format_won(term.monthly_payable_won),
            format_won(term.total_won),
        ]
        for term in plan.terms
    ]
    widths = (26 * mm, 58 * mm, 36 * mm)
    parts: list[Flowable] = [
        subheading(f"{_name(plan)} · {plan.kind_label}"),
        paragraph(plan.supply_description, s.body),
        data_table(
            (
                wording.PLAN_SHEET_TERM,
                wording.PLAN_SHEET_TERM_DISCOUNT,
                wording.PLAN_SHEET_MONTHLY,
                wording.PLAN_SHEET_TOTAL,
            ),
            rows,
            (*widths, CONTENT_WIDTH - sum(widths)),
            right=(2, 3),
            center=(0,),
        ),
    ]
    if plan.next_price_on is not None:
        parts.append(
            paragraph(
                wording.PLAN_SHEET_NEXT_PRICE.format(
                    date=format_date(plan.next_price_on), price=format_won(plan.next_price_won)
                ),
                s.small,
            )
        )
    return keep_together(*parts)
