"""The pre-contract information sheet (계속거래 사전 고지서): the terms, handed over before the customer signs."""

from __future__ import annotations

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_months
from toysub_desktop.documents.layout import (
    DocumentInfo,
    PrintedCopy,
    build_pdf,
    field_grid,
    heading,
    keep_together,
    paragraph,
    signature_block,
    title_block,
)
from toysub_desktop.documents.sections import fee_table, payment_fields, plan_rows, shop_fields, terms_story
from toysub_desktop.documents.values import PreContractSheet


def render_pre_contract(sheet: PreContractSheet) -> bytes:
    plan = sheet.plan
    info = DocumentInfo(
        title=f"{wording.PRE_CONTRACT_TITLE} {plan.plan_name}",
        author=sheet.shop.name,
        subject=wording.PRE_CONTRACT_SUBJECT,
        keywords=wording.PRE_CONTRACT_KEYWORDS.format(plan=plan.plan_name),
        created_on=sheet.issued_on,
        header=sheet.shop.name,
    )
    story = [
        title_block(
            wording.PRE_CONTRACT_TITLE,
            [(wording.PRE_CONTRACT_ISSUED_ON, format_date(sheet.issued_on))],
            lead=wording.PRE_CONTRACT_LEAD,
        ),
        heading(1, wording.SHOP_HEADING),
        shop_fields(sheet.shop),
        heading(2, wording.PLAN_HEADING),
        field_grid(plan_rows(plan, format_months(plan.term_months))),
        heading(3, wording.FEES_HEADING),
        fee_table(plan),
        payment_fields(plan),
        *terms_story(plan, 4),
        heading(7, wording.PRE_CONTRACT_RIGHTS_HEADING),
        paragraph(wording.PRE_CONTRACT_RIGHTS),
        keep_together(
            heading(8, wording.SIGNATURE),
            paragraph(wording.PRE_CONTRACT_ACKNOWLEDGEMENT),
            signature_block(
                [
                    (
                        wording.SIGNATURE_PARTY_SHOP,
                        [
                            (wording.SHOP_NAME, sheet.shop.name),
                            (wording.PRE_CONTRACT_EXPLAINED_BY, sheet.explained_by),
                        ],
                    ),
                    (wording.SIGNATURE_PARTY_CUSTOMER, [(wording.CUSTOMER_NAME, sheet.customer_name)]),
                ],
                sheet.issued_on,
            ),
        ),
    ]
    footer = wording.FOOTER_SEPARATOR.join((wording.PRE_CONTRACT_TITLE, plan.plan_name))
    return build_pdf(info, story, [PrintedCopy(badge="", footer=footer)])
