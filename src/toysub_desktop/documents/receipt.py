"""The receipt (영수증) of one payment: the shop, the customer, what the payment paid off, how and by whom."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table, TableStyle

from toysub_desktop.documents import wording
from toysub_desktop.documents.fonts import REGULAR
from toysub_desktop.documents.formats import format_date, format_date_time, format_period
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    INK,
    MUTED,
    ROLL_CONTENT_WIDTH,
    DocumentInfo,
    FieldRow,
    PrintedCopy,
    build_pdf,
    build_roll_pdf,
    data_table,
    field_grid,
    heading,
    paragraph,
    styles,
    title_block,
)
from toysub_desktop.documents.sections import shop_fields
from toysub_desktop.documents.values import ShopDetails
from toysub_desktop.domain.ledger import ReceiptPaper
from toysub_desktop.domain.money import format_won
from toysub_desktop.domain.vat import VatSplit


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
    #: A cycle fee's membership-tier discount (``domain.tiers``): the tier, its percent and the won taken off.
    tier_name: str = ""
    tier_percent: int = 0
    tier_discount: int = 0


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
    #: The VAT-carrying items paid, split into 공급가액 and 부가세, for a 일반과세자 shop; None otherwise.
    vat: VatSplit | None = None
    #: A refund's receipt (money handed back): its items are what was given back, deductions negative.
    refund: bool = False
    #: Of a deposit refund less unpaid fees: who took the customer's agreement and when, as printed.
    agreement: str = ""
    #: Points (적립금) used against the charges this payment paid: a discount, not part of the payment.
    #: Points used at this 수납, and points used earlier on the charges it paid: discounts, never money.
    points_discount: int = 0
    points_discount_before: int = 0


def item_label(item: ReceiptItem) -> str:
    if item.amount < 0:
        return wording.REFUND_RECEIPT_DEDUCTED.format(item=_item_label(item))
    return _item_label(item)


def _item_label(item: ReceiptItem) -> str:
    if item.kind == "cycle_fee" and item.first is not None and item.last is not None:
        label = wording.RECEIPT_CYCLE.format(period=format_period(item.first, item.last))
        if item.days != item.cycle_days:
            label += wording.RECEIPT_PRO_RATED.format(days=item.days, cycle_days=item.cycle_days)
        if item.tier_discount:
            label += wording.RECEIPT_TIER_DISCOUNT.format(
                tier=item.tier_name, percent=item.tier_percent, discount=format_won(item.tier_discount)
            )
    else:
        label = wording.RECEIPT_ITEM_LABELS.get(item.kind, item.kind)
    if item.contract_number:
        label += wording.RECEIPT_CONTRACT.format(contract=item.contract_number)
    return label


def _info(sheet: ReceiptSheet) -> DocumentInfo:
    title = wording.REFUND_RECEIPT_TITLE if sheet.refund else wording.RECEIPT_TITLE
    subject = wording.REFUND_RECEIPT_SUBJECT if sheet.refund else wording.RECEIPT_SUBJECT
    return DocumentInfo(
        title=f"{title} {sheet.document_number}",
        author=sheet.shop.name,
        subject=subject.format(amount=format_won(sheet.amount)),
        keywords=wording.RECEIPT_KEYWORDS.format(number=sheet.document_number, customer_number=sheet.customer_number),
        created_on=sheet.issued_on,
        header=sheet.shop.name,
    )


def render_receipt(sheet: ReceiptSheet, paper: ReceiptPaper = ReceiptPaper.A4) -> bytes:
    """The receipt on A4, or on the 80 mm roll of a receipt printer (``render_receipt_roll``)."""
    if paper is ReceiptPaper.ROLL_80:
        return render_receipt_roll(sheet)
    info = _info(sheet)
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
            wording.REFUND_RECEIPT_TITLE if sheet.refund else wording.RECEIPT_TITLE,
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
    if sheet.vat is not None:
        third = CONTENT_WIDTH / 3
        story += [
            data_table(
                (wording.VAT_TAXABLE, wording.VAT_SUPPLY, wording.VAT_TAX),
                [(format_won(sheet.vat.total), format_won(sheet.vat.supply), format_won(sheet.vat.vat))],
                (third, third, third),
                right=(0, 1, 2),
            ),
            paragraph(wording.VAT_NOTE, s.small),
            Spacer(1, 2 * mm),
        ]
    if sheet.credit:
        story.append(paragraph(wording.RECEIPT_CREDIT.format(amount=format_won(sheet.credit)), s.body))
    for text in _points_said(sheet):
        story.append(paragraph(text, s.body))
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


# --- the 80 mm roll -----------------------------------------------------------------------------------------------


@functools.cache
def _roll_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """Body, amount (right), centred, title and small, sized for 72 mm of paper."""
    base = styles().body
    body = ParagraphStyle("roll", parent=base, fontSize=8.5, leading=11.5, spaceAfter=0)
    return (
        body,
        ParagraphStyle("roll_amount", parent=body, alignment=TA_RIGHT),
        ParagraphStyle("roll_center", parent=body, alignment=TA_CENTER),
        ParagraphStyle("roll_title", parent=body, alignment=TA_CENTER, fontSize=13, leading=17, spaceAfter=2),
        ParagraphStyle("roll_small", parent=body, fontSize=7.5, leading=10, textColor=MUTED),
    )


def _rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.6, color=INK, dash=(2, 2), spaceBefore=3, spaceAfter=3)


def _pairs(rows: list[tuple[str, str]], *, bold: bool = False, amount_width: float = 26 * mm) -> Table:
    """Label on the left (wrapping), value on the right, across the roll's width."""
    body, amount, *_rest = _roll_styles()
    data = [[paragraph(label, body, bold=bold), paragraph(value, amount, bold=bold)] for label, value in rows]
    return Table(
        data,
        colWidths=[ROLL_CONTENT_WIDTH - amount_width, amount_width],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
        hAlign="LEFT",
    )


def _roll_story(sheet: ReceiptSheet) -> list[Flowable]:
    body, _amount, center, title, small = _roll_styles()
    shop = sheet.shop
    story: list[Flowable] = [
        paragraph(shop.name, center, bold=True),
        paragraph(f"{wording.SHOP_BUSINESS_NUMBER} {shop.business_number}", center),
    ]
    if shop.representative:
        story.append(paragraph(f"{wording.SHOP_REPRESENTATIVE} {shop.representative}", center))
    story += [paragraph(shop.address, center), paragraph(f"{wording.SHOP_PHONE} {shop.phone}", center), _rule()]
    story += [
        paragraph(wording.REFUND_RECEIPT_TITLE if sheet.refund else wording.RECEIPT_TITLE, title, bold=True),
        _pairs(
            [
                (wording.RECEIPT_NUMBER, sheet.document_number),
                (wording.RECEIPT_ISSUED_ON, format_date(sheet.issued_on)),
                (wording.CUSTOMER_NAME, sheet.customer_name),
                (wording.CUSTOMER_NUMBER, sheet.customer_number),
            ],
            amount_width=36 * mm,
        ),
        _rule(),
    ]
    items = [(item_label(item), format_won(item.amount)) for item in sheet.items]
    if items:
        story.append(_pairs(items))
        story.append(_rule())
    story.append(_pairs([(wording.RECEIPT_TOTAL, format_won(sum(item.amount for item in sheet.items)))], bold=True))
    story.append(_pairs([(wording.RECEIPT_PAYMENT_HEADING, format_won(sheet.amount))], bold=True))
    payment = [
        (
            wording.REFUND_RECEIPT_MEANS if sheet.refund else wording.RECEIPT_MEANS,
            wording.RECEIPT_MEANS_LABELS.get(sheet.means, sheet.means),
        ),
        (wording.REFUND_RECEIPT_PAID_ON if sheet.refund else wording.RECEIPT_PAID_ON, format_date_time(sheet.paid_at)),
    ]
    if sheet.approval_number:
        payment.append((wording.RECEIPT_APPROVAL, sheet.approval_number))
    if sheet.cash_receipt_number:
        payment.append((wording.RECEIPT_CASH_RECEIPT, sheet.cash_receipt_number))
    payment.append(
        (wording.REFUND_RECEIPT_HANDED_BY if sheet.refund else wording.RECEIPT_RECEIVED_BY, sheet.received_by)
    )
    story.append(_pairs(payment, amount_width=40 * mm))
    if sheet.vat is not None:
        story += [
            _rule(),
            _pairs(
                [
                    (wording.VAT_TAXABLE, format_won(sheet.vat.total)),
                    (wording.VAT_SUPPLY, format_won(sheet.vat.supply)),
                    (wording.VAT_TAX, format_won(sheet.vat.vat)),
                ]
            ),
        ]
    story.append(_rule())
    if sheet.agreement:
        story.append(paragraph(sheet.agreement, body))
    if sheet.credit:
        story.append(paragraph(wording.RECEIPT_CREDIT.format(amount=format_won(sheet.credit)), body))
    for text in _points_said(sheet):
        story.append(paragraph(text, body))
    balance_label = wording.REFUND_RECEIPT_BALANCE_AFTER if sheet.refund else wording.RECEIPT_BALANCE_AFTER
    statement = wording.REFUND_RECEIPT_STATEMENT if sheet.refund else wording.RECEIPT_STATEMENT
    story += [
        _pairs([(balance_label, format_won(sheet.owed_after))]),
        Spacer(1, 2 * mm),
        paragraph(statement, center, bold=True),
        paragraph(wording.RECEIPT_NOT_TAX_INVOICE, ParagraphStyle("roll_note", parent=small, alignment=TA_CENTER)),
    ]
    return story


def render_receipt_roll(sheet: ReceiptSheet) -> bytes:
    """The same receipt on one page 80 mm wide (72 mm printed) and as long as it needs, for a receipt printer."""
    return build_roll_pdf(_info(sheet), lambda: _roll_story(sheet))


def _points_said(sheet: ReceiptSheet) -> list[str]:
    """The points discounts a receipt names: used at this 수납, and used earlier on the charges it paid."""
    said = []
    if sheet.points_discount:
        said.append(wording.RECEIPT_POINTS_DISCOUNT.format(amount=format_won(sheet.points_discount)))
    if sheet.points_discount_before:
        said.append(wording.RECEIPT_POINTS_DISCOUNT_BEFORE.format(amount=format_won(sheet.points_discount_before)))
    return said
