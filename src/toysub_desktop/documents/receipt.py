"""The receipt (영수증) of one payment: the shop, the customer, what the payment paid off, how and by whom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_date_time, format_period
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    DocumentInfo,
    FieldRow,
    PrintedCopy,
    build_pdf,
    data_table,
    field_grid,
    heading,
    paragraph,
    styles,
    title_block,
)
from toysub_desktop.documents.sections import shop_fields
from toysub_desktop.documents.values import ShopDetails
from toysub_desktop.domain.money import format_won


@dataclass(frozen=True)
class ReceiptItem:
    """One charge the payment paid off (all or part of it)."""

    #: ``domain.ledger.EntryKind`` value.
    kind: str
    due_on: date
    amount: int
    contract_number: str = ""
    #: What a cycle fee covers, and of how many days when pro-rated.
    first: date | None = None
    last: date | None = None
    days: int = 0
    cycle_days: int = 0


@dataclass(frozen=True)
class ReceiptSheet:
    shop: ShopDetails
    document_number: str
    issued_on: date
    customer_number: str
    customer_name: str
    amount: int
    #: ``domain.ledger.PaymentMeans`` value.
    means: str
    approval_number: str
    cash_receipt_number: str
    paid_at: datetime
    received_by: str
    items: tuple[ReceiptItem, ...]
    #: What the payment left unused, kept as credit.
    credit: int
    #: What the customer still owed right after this payment.
    owed_after: int
    #: A refund's receipt (money handed back): its items are what was given back, deductions negative.
    refund: bool = False
    #: Of a deposit refund less unpaid fees: who took the customer's agreement and when, as printed.
    agreement: str = ""


def item_label(item: ReceiptItem) -> str:
    if item.amount < 0:
        return wording.REFUND_RECEIPT_DEDUCTED.format(item=_item_label(item))
    return _item_label(item)


def _item_label(item: ReceiptItem) -> str:
    if item.kind == "cycle_fee" and item.first is not None and item.last is not None:
        label = wording.RECEIPT_CYCLE.format(period=format_period(item.first, item.last))
        if item.days != item.cycle_days:
            label += wording.RECEIPT_PRO_RATED.format(days=item.days, cycle_days=item.cycle_days)
    else:
        label = wording.RECEIPT_ITEM_LABELS.get(item.kind, item.kind)
    if item.contract_number:
        label += wording.RECEIPT_CONTRACT.format(contract=item.contract_number)
    return label


def render_receipt(sheet: ReceiptSheet) -> bytes:
    title = wording.REFUND_RECEIPT_TITLE if sheet.refund else wording.RECEIPT_TITLE
    subject = wording.REFUND_RECEIPT_SUBJECT if sheet.refund else wording.RECEIPT_SUBJECT
    info = DocumentInfo(
        title=f"{title} {sheet.document_number}",
        author=sheet.shop.name,
        subject=subject.format(amount=format_won(sheet.amount)),
        keywords=wording.RECEIPT_KEYWORDS.format(number=sheet.document_number, customer_number=sheet.customer_number),
        created_on=sheet.issued_on,
        header=sheet.shop.name,
    )
    s = styles()
    payment: list[FieldRow] = [
        ((wording.RECEIPT_AMOUNT, paragraph(format_won(sheet.amount), s.cell, bold=True)),),
        (
            (
                wording.REFUND_RECEIPT_MEANS if sheet.refund else wording.RECEIPT_MEANS,
                wording.RECEIPT_MEANS_LABELS.get(sheet.means, sheet.means),
            ),
            (
                wording.REFUND_RECEIPT_PAID_ON if sheet.refund else wording.RECEIPT_PAID_ON,
                format_date_time(sheet.paid_at),
            ),
        ),
    ]
    if sheet.approval_number:
        payment.append(((wording.RECEIPT_APPROVAL, sheet.approval_number),))
    if sheet.cash_receipt_number:
        payment.append(((wording.RECEIPT_CASH_RECEIPT, sheet.cash_receipt_number),))
    payment.append(
        ((wording.REFUND_RECEIPT_HANDED_BY if sheet.refund else wording.RECEIPT_RECEIVED_BY, sheet.received_by),)
    )
    story: list[Flowable] = [
        title_block(
            title,
            [
                (wording.RECEIPT_NUMBER, sheet.document_number),
                (wording.RECEIPT_ISSUED_ON, format_date(sheet.issued_on)),
            ],
        ),
        heading(1, wording.RECEIPT_SHOP_HEADING),
        shop_fields(sheet.shop),
        heading(2, wording.CUSTOMER_HEADING),
        field_grid([((wording.CUSTOMER_NUMBER, sheet.customer_number), (wording.CUSTOMER_NAME, sheet.customer_name))]),
        heading(3, wording.REFUND_RECEIPT_AMOUNT_HEADING if sheet.refund else wording.RECEIPT_PAYMENT_HEADING),
        field_grid(payment),
        heading(4, wording.REFUND_RECEIPT_ITEMS_HEADING if sheet.refund else wording.RECEIPT_ITEMS_HEADING),
    ]
    due_width, amount_width = 32 * mm, 32 * mm
    rows = [(item_label(item), format_date(item.due_on), format_won(item.amount)) for item in sheet.items]
    rows.append((wording.RECEIPT_TOTAL, "", format_won(sum(item.amount for item in sheet.items))))
    story.append(
        data_table(
            (wording.RECEIPT_ITEM, wording.RECEIPT_DUE, wording.RECEIPT_AMOUNT),
            rows,
            (CONTENT_WIDTH - due_width - amount_width, due_width, amount_width),
            right=(2,),
            bold_rows=(len(rows) - 1,),
        )
    )
    story.append(Spacer(1, 2 * mm))
    if sheet.credit:
        story.append(paragraph(wording.RECEIPT_CREDIT.format(amount=format_won(sheet.credit)), s.body))
    if sheet.agreement:
        story.append(paragraph(sheet.agreement, s.body))
    balance_label = wording.REFUND_RECEIPT_BALANCE_AFTER if sheet.refund else wording.RECEIPT_BALANCE_AFTER
    story += [
        field_grid([((balance_label, format_won(sheet.owed_after)),)]),
        Spacer(1, 4 * mm),
        paragraph(wording.REFUND_RECEIPT_STATEMENT if sheet.refund else wording.RECEIPT_STATEMENT, s.body, bold=True),
        paragraph(wording.RECEIPT_NOT_TAX_INVOICE, s.caption),
    ]
    footer = wording.FOOTER_SEPARATOR.join(
        (f"{wording.RECEIPT_NUMBER} {sheet.document_number}", f"{wording.CUSTOMER_NUMBER} {sheet.customer_number}")
    )
    return build_pdf(info, story, [PrintedCopy(badge="", footer=footer)])
