"""The change confirmation (변경 확인서): a customer's address or phone changed, from which day, for which contracts."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_date_time
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    DocumentInfo,
    PrintedCopy,
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
from toysub_desktop.documents.values import ChangeConfirmationSheet, ReachedDelivery


def render_change_confirmation(sheet: ChangeConfirmationSheet) -> bytes:
    info = DocumentInfo(
        title=f"{wording.CHANGE_TITLE} {sheet.document_number}",
        author=sheet.shop.name,
        subject=wording.CHANGE_SUBJECT.format(kind=sheet.change_kind_label),
        keywords=wording.CHANGE_KEYWORDS.format(number=sheet.document_number, customer_number=sheet.customer_number),
        created_on=sheet.issued_on,
        header=sheet.shop.name,
    )
    s = styles()
    story: list[Flowable] = [
        title_block(
            wording.CHANGE_TITLE,
            [
                (wording.CHANGE_NUMBER, sheet.document_number),
                (wording.CHANGE_ISSUED_ON, format_date(sheet.issued_on)),
            ],
        ),
        heading(1, wording.SHOP_HEADING),
        shop_fields(sheet.shop),
        heading(2, wording.CUSTOMER_HEADING),
        field_grid([((wording.CUSTOMER_NUMBER, sheet.customer_number), (wording.CUSTOMER_NAME, sheet.customer_name))]),
        heading(3, wording.CHANGE_HEADING),
        field_grid(
            [
                ((wording.CHANGE_KIND, sheet.change_kind_label), (wording.CHANGE_REASON, sheet.reason_label)),
                ((wording.CHANGE_OLD, sheet.old_value),),
                ((wording.CHANGE_NEW, paragraph(sheet.new_value, s.cell, bold=True)),),
                ((wording.CHANGE_EFFECTIVE_FROM, format_date(sheet.effective_from)),),
                (
                    (wording.CHANGE_RECORDED_BY, sheet.recorded_by),
                    (wording.CHANGE_RECORDED_AT, format_date_time(sheet.recorded_at)),
                ),
            ]
        ),
        heading(4, wording.CHANGE_CONTRACTS_HEADING),
    ]
    if sheet.affected_contracts:
        number_width = 45 * mm
        story += [
            paragraph(wording.CHANGE_CONTRACTS_LEAD),
            data_table(
                (wording.CONTRACT_NUMBER, wording.PLAN_NAME),
                [(contract.contract_number, contract.plan_name) for contract in sheet.affected_contracts],
                (number_width, CONTENT_WIDTH - number_width),
            ),
        ]
    else:
        story.append(paragraph(wording.CHANGE_CONTRACTS_NONE))
    story += [heading(5, wording.CHANGE_DELIVERIES_HEADING), *deliveries_story(sheet.deliveries)]
    number = 6
    if sheet.notes:
        story.append(heading(number, wording.CHANGE_NOTES_HEADING))
        story += [paragraph(f"• {note}", s.body) for note in sheet.notes]
        number += 1
    story.append(
        keep_together(
            heading(number, wording.SIGNATURE),
            paragraph(wording.CHANGE_CONFIRMATION),
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
        (f"{wording.CHANGE_NUMBER} {sheet.document_number}", f"{wording.CUSTOMER_NUMBER} {sheet.customer_number}")
    )
    return build_pdf(info, story, [PrintedCopy(badge="", footer=footer)])


def deliveries_story(deliveries: tuple[ReachedDelivery, ...]) -> list[Flowable]:
    """The deliveries a change reaches: day, contract and kind, and what each used before and uses after."""
    if not deliveries:
        return [paragraph(wording.CHANGE_DELIVERIES_NONE)]
    s = styles()
    day_width, contract_width = 31 * mm, 40 * mm
    rows = []
    for delivery in deliveries:
        change: list[Flowable] = [
            paragraph(wording.CHANGE_DELIVERY_ARROW.format(old=delivery.old_value, new=delivery.new_value), s.cell)
        ]
        if delivery.note:
            change.append(paragraph(delivery.note, s.small))
        rows.append(
            (
                format_date(delivery.scheduled_on),
                wording.FOOTER_SEPARATOR.join((delivery.contract_number, delivery.kind_label)),
                change,
            )
        )
    return [
        paragraph(wording.CHANGE_DELIVERIES_LEAD),
        data_table(
            (wording.CHANGE_DELIVERY_DAY, wording.CHANGE_DELIVERY_CONTRACT, wording.CHANGE_DELIVERY_CHANGE),
            rows,
            (day_width, contract_width, CONTENT_WIDTH - day_width - contract_width),
        ),
    ]
