"""The confirmation of a contract's transition (pause, early resume, plan change, cancellation, renewal): the seller,
the customer and the contract, what changed from when with its figures, and what follows."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_date_time, format_period
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    DocumentInfo,
    FieldRow,
    PrintedCopy,
    boxed,
    build_pdf,
    data_table,
    field_grid,
    heading,
    keep_together,
    paragraph,
    shop_and_customer_signatures,
    styles,
    title_block,
)
from toysub_desktop.documents.sections import shop_fields
from toysub_desktop.documents.values import SubscriptionChangeSheet


def render_subscription_change(sheet: SubscriptionChangeSheet) -> bytes:
    title = wording.SUBSCRIPTION_CHANGE_TITLE.format(change=sheet.change_label)
    info = DocumentInfo(
        title=f"{title} {sheet.document_number}",
        author=sheet.shop.name,
        subject=wording.SUBSCRIPTION_CHANGE_SUBJECT.format(change=sheet.change_label, contract=sheet.contract_number),
        keywords=wording.SUBSCRIPTION_CHANGE_KEYWORDS.format(
            change=sheet.change_label, number=sheet.document_number, contract=sheet.contract_number
        ),
        created_on=sheet.issued_on,
        header=sheet.shop.name,
    )
    s = styles()
    change_rows: list[FieldRow] = [
        ((wording.CHANGE_KIND, sheet.change_label), (wording.CHANGE_EFFECTIVE_FROM, format_date(sheet.effective_on))),
        *(((label, value),) for label, value in sheet.details),
        (
            (wording.CHANGE_RECORDED_BY, sheet.recorded_by),
            (wording.CHANGE_RECORDED_AT, format_date_time(sheet.recorded_at)),
        ),
    ]
    story: list[Flowable] = [
        title_block(
            title,
            [
                (wording.CHANGE_NUMBER, sheet.document_number),
                (wording.CHANGE_ISSUED_ON, format_date(sheet.issued_on)),
            ],
        ),
        heading(1, wording.SHOP_HEADING),
        shop_fields(sheet.shop),
        heading(2, wording.CONTRACT_HEADING),
        field_grid(
            [
                ((wording.CUSTOMER_NUMBER, sheet.customer_number), (wording.CUSTOMER_NAME, sheet.customer_name)),
                ((wording.CONTRACT_NUMBER, sheet.contract_number), (wording.PLAN_NAME, sheet.plan_name)),
                ((wording.PLAN_TERM, format_period(sheet.start_date, sheet.end_date)),),
            ]
        ),
        heading(3, wording.CHANGE_HEADING),
        field_grid(change_rows),
    ]
    if sheet.computation:
        story.append(
            boxed(
                [
                    paragraph(wording.CANCEL_COMPUTATION, s.cell_label),
                    *(paragraph(line, s.cell) for line in sheet.computation),
                ]
            )
        )
    number = 4
    if sheet.lists_toys:
        story.append(heading(number, wording.TOYS_OUT_HEADING))
        story += _toys(sheet)
        number += 1
    if sheet.follows:
        story.append(heading(number, wording.FOLLOWS_HEADING))
        story += [paragraph(f"• {line}", s.body) for line in sheet.follows]
        number += 1
    story.append(
        keep_together(
            heading(number, wording.SIGNATURE),
            paragraph(wording.SUBSCRIPTION_CHANGE_CONFIRMATION),
            shop_and_customer_signatures(
                shop_name=sheet.shop.name,
                shop_signer=sheet.recorded_by,
                customer_number=sheet.customer_number,
                customer_name=sheet.customer_name,
                signed_on=sheet.issued_on,
            ),
        )
    )
    footer = wording.FOOTER_SEPARATOR.join(
        (f"{wording.CHANGE_NUMBER} {sheet.document_number}", f"{wording.CONTRACT_NUMBER} {sheet.contract_number}")
    )
    return build_pdf(info, story, [PrintedCopy(badge="", footer=footer)])


def _toys(sheet: SubscriptionChangeSheet) -> list[Flowable]:
    if not sheet.toys_out:
        return [paragraph(wording.TOYS_OUT_NONE)]
    barcode_width, child_width, due_width = 36 * mm, 30 * mm, 32 * mm
    return [
        paragraph(wording.TOYS_OUT_LEAD),
        data_table(
            (wording.TOY_NAME, wording.TOY_BARCODE, wording.TOY_CHILD, wording.TOY_DUE),
            [(toy.toy_name, toy.barcode, toy.child_name, format_date(toy.due_on)) for toy in sheet.toys_out],
            (CONTENT_WIDTH - barcode_width - child_width - due_width, barcode_width, child_width, due_width),
        ),
    ]
