"""Parts shared by the contract and the pre-contract sheet: the shop, the plan, its fees and its terms."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_months
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    FieldRow,
    boxed,
    data_table,
    field_grid,
    heading,
    keep_together,
    paragraph,
    styles,
)
from toysub_desktop.documents.values import PlanTerms, ShopDetails
from toysub_desktop.domain.money import format_won


def shop_fields(shop: ShopDetails) -> Table:
    rows: list[FieldRow] = [
        ((wording.SHOP_NAME, shop.name), (wording.SHOP_BUSINESS_NUMBER, shop.business_number)),
        ((wording.SHOP_ADDRESS, shop.address),),
    ]
    if shop.representative:
        rows.append(((wording.SHOP_PHONE, shop.phone), (wording.SHOP_REPRESENTATIVE, shop.representative)))
    else:
        rows.append(((wording.SHOP_PHONE, shop.phone),))
    if shop.email:
        rows.append(((wording.SHOP_EMAIL, shop.email),))
    return field_grid(rows)


def plan_rows(plan: PlanTerms, term: str) -> list[FieldRow]:
    """The plan as field rows; *term* is the term as the document states it (with dates once they are known)."""
    rows: list[FieldRow] = [
        ((wording.PLAN_NAME, plan.plan_name),),
        ((wording.PLAN_KIND, plan.kind_label), (wording.PLAN_TIER, plan.tier_label)),
        ((wording.PLAN_SUPPLY, plan.supply_description),),
        ((wording.PLAN_TERM, term),),
    ]
    if plan.trial_days:
        rows.append(((wording.PLAN_TRIAL, wording.PLAN_TRIAL_DAYS.format(days=plan.trial_days)),))
    return rows


def fee_table(plan: PlanTerms) -> Table:
    """Every amount the customer pays, right-aligned with thousands separators; discounts shown with a minus."""
    rows = [[wording.FEE_MONTHLY, plan.plan_name, format_won(plan.monthly_fee_won)]]
    rows += [
        [wording.FEE_DISCOUNT.format(label=line.label), line.evidence, format_won(-line.discount_won)]
        for line in plan.discounts
    ]
    payable = len(rows)
    rows.append([wording.FEE_MONTHLY_PAYABLE, wording.FEE_MONTHLY_PAYABLE_DETAIL, format_won(plan.monthly_payable_won)])
    if plan.deposit_won:
        rows.append([wording.FEE_DEPOSIT, wording.FEE_DEPOSIT_DETAIL, format_won(plan.deposit_won)])
    total = len(rows)
    rows.append(
        [
            wording.FEE_TOTAL,
            wording.FEE_TOTAL_DETAIL.format(months=format_months(plan.term_months)),
            format_won(plan.total_won),
        ]
    )
    amount_width = 30 * mm
    item_width = 44 * mm
    return data_table(
        (wording.FEE_ITEM, wording.FEE_DETAIL, wording.FEE_AMOUNT),
        rows,
        (item_width, CONTENT_WIDTH - item_width - amount_width, amount_width),
        right=(2,),
        bold_rows=(payable, total),
    )


def payment_fields(plan: PlanTerms) -> Table:
    return field_grid(
        [((wording.PAYMENT_TIMING, plan.payment_timing),), ((wording.PAYMENT_METHOD, plan.payment_method_label),)]
    )


def terms_story(plan: PlanTerms, first_number: int) -> list[Flowable]:
    """Pause, cancellation (with the worked example and how to ask) and refund, numbered from *first_number*."""
    s = styles()
    return [
        heading(first_number, wording.PAUSE_HEADING),
        paragraph(plan.pause_rule),
        *([paragraph(plan.skip_rule)] if plan.skip_rule else []),
        keep_together(
            heading(first_number + 1, wording.CANCELLATION_HEADING),
            paragraph(plan.cancellation_rule),
            boxed(
                [paragraph(wording.CANCELLATION_EXAMPLE, s.cell_label), paragraph(plan.cancellation_example, s.cell)]
            ),
        ),
        paragraph(wording.HOW_TO_CANCEL, s.subheading),
        paragraph(plan.how_to_cancel),
        heading(first_number + 2, wording.REFUND_HEADING),
        paragraph(plan.refund_terms),
    ]
