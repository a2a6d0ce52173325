"""The statement (거래 내역서) of one customer's account for a period: the shop, the customer, the opening balance,
every entry of the period in date order with the running balance, the closing balance, and for a 일반과세자 shop
the VAT-carrying charges of the period as 공급가액 and 부가세.

Voided entries are left out, with a line saying how many: the statement is what the customer owes and paid as the
account stands, so the running balance reads straight down; the entry that replaced a voided one is marked
[정정]. The void itself (who, when, why) stays on the account and in the audit record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_period
from toysub_desktop.documents.layout import (
    CONTENT_WIDTH,
    DocumentInfo,
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
from toysub_desktop.domain.money import format_amount, format_won
from toysub_desktop.domain.vat import VatSplit


@dataclass(frozen=True)
class StatementLine:
    """One live entry of the period and the balance after it."""

    entry_on: date
    #: ``domain.ledger.EntryKind`` value.
    kind: str
    amount: int
    #: A charge or refund (adds to what is owed); otherwise a payment or write-off.
    debit: bool
    balance: int
    contract_number: str = ""
    first: date | None = None
    last: date | None = None
    days: int = 0
    cycle_days: int = 0
    #: ``domain.ledger.PaymentMeans`` value of a payment or refund.
    means: str = ""
    approval_number: str = ""
    #: It replaces an entry that was voided.
    corrects: bool = False
    #: A cycle fee's membership-tier discount (``domain.tiers``): the tier, its percent and the won taken off.
    tier_name: str = ""
    tier_percent: int = 0
    tier_discount: int = 0


@dataclass(frozen=True)
class StatementSheet:
    shop: ShopDetails
    document_number: str
    issued_on: date
    customer_number: str
    customer_name: str
    first: date
    last: date
    #: The balance before the period's first day (above 0 owed, below 0 credit held).
    opening_balance: int
    lines: tuple[StatementLine, ...]
    #: Voided entries dated in the period, left out of the lines.
    voided_left_out: int
    #: The VAT-carrying charges of the period split, for a 일반과세자 shop; None otherwise.
    vat: VatSplit | None

    @property
    def closing_balance(self) -> int:
        return self.lines[-1].balance if self.lines else self.opening_balance

    @property
    def charged(self) -> int:
        return sum(line.amount for line in self.lines if line.debit)

    @property
    def credited(self) -> int:
        """Every credit of the period: payments, write-offs and discounts."""
        return sum(line.amount for line in self.lines if not line.debit)

    @property
    def discounted(self) -> int:
        """Points (적립금) used against charges: a discount, not money paid."""
        return sum(line.amount for line in self.lines if line.kind == "points_discount")

    @property
    def paid(self) -> int:
        return self.credited - self.discounted


def line_label(line: StatementLine) -> str:
    """What an entry is: "이용료 2026년 3월 2일 ~ 2026년 4월 1일 · TS-2026-00001", "입금 (카드, 승인 3001…)"."""
    means = wording.RECEIPT_MEANS_LABELS.get(line.means, line.means)
    if line.kind == "cycle_fee" and line.first is not None and line.last is not None:
        label = wording.RECEIPT_CYCLE.format(period=format_period(line.first, line.last))
        if line.days != line.cycle_days:
            label += wording.RECEIPT_PRO_RATED.format(days=line.days, cycle_days=line.cycle_days)
        if line.tier_discount:
            label += wording.RECEIPT_TIER_DISCOUNT.format(
                tier=line.tier_name, percent=line.tier_percent, discount=format_won(line.tier_discount)
            )
    elif line.kind == "payment":
        if line.approval_number:
            means += wording.STATEMENT_APPROVAL.format(number=line.approval_number)
        label = wording.STATEMENT_PAYMENT.format(means=means)
    elif line.kind == "refund":
        label = wording.STATEMENT_REFUND.format(means=means)
    elif line.kind == "write_off":
        label = wording.STATEMENT_WRITE_OFF
    else:
        label = wording.RECEIPT_ITEM_LABELS.get(line.kind, line.kind)
    if line.contract_number:
        label += wording.RECEIPT_CONTRACT.format(contract=line.contract_number)
    if line.corrects:
        label += wording.STATEMENT_CORRECTED
    return label


def vat_rows(split: VatSplit) -> list[tuple[str, str, str]]:
    return [(format_won(split.total), format_won(split.supply), format_won(split.vat))]


def render_statement(sheet: StatementSheet) -> bytes:
    period = format_period(sheet.first, sheet.last)
    info = DocumentInfo(
        title=f"{wording.STATEMENT_TITLE} {sheet.document_number}",
        author=sheet.shop.name,
        subject=wording.STATEMENT_SUBJECT.format(period=period),
        keywords=wording.STATEMENT_KEYWORDS.format(number=sheet.document_number, customer_number=sheet.customer_number),
        created_on=sheet.issued_on,
        header=sheet.shop.name,
    )
    s = styles()
    story: list[Flowable] = [
        title_block(
            wording.STATEMENT_TITLE,
            [
                (wording.STATEMENT_NUMBER, sheet.document_number),
                (wording.STATEMENT_ISSUED_ON, format_date(sheet.issued_on)),
            ],
        ),
        heading(1, wording.STATEMENT_SHOP_HEADING),
        shop_fields(sheet.shop),
        heading(2, wording.CUSTOMER_HEADING),
        field_grid([((wording.CUSTOMER_NUMBER, sheet.customer_number), (wording.CUSTOMER_NAME, sheet.customer_name))]),
        heading(3, wording.STATEMENT_PERIOD_HEADING),
        field_grid(
            [
                ((wording.STATEMENT_PERIOD, period),),
                (
                    (wording.STATEMENT_OPENING, format_won(sheet.opening_balance)),
                    (wording.STATEMENT_CHARGED, format_won(sheet.charged)),
                ),
                (
                    (wording.STATEMENT_PAID, format_won(sheet.paid)),
                    (wording.STATEMENT_CLOSING, paragraph(format_won(sheet.closing_balance), s.cell, bold=True)),
                ),
                *([((wording.STATEMENT_DISCOUNTED, format_won(sheet.discounted)),)] if sheet.discounted else []),
            ]
        ),
        # Not kept with the whole table as headings are: a long table would leave the first page half empty.
        paragraph(
            f"4. {wording.STATEMENT_ENTRIES_HEADING}", ParagraphStyle("entries", parent=s.heading, keepWithNext=0)
        ),
    ]
    date_width, amount_width, balance_width = 30 * mm, 23 * mm, 25 * mm
    rows: list[tuple[str, str, str, str, str]] = [
        (format_date(sheet.first), wording.STATEMENT_OPENING, "", "", format_amount(sheet.opening_balance))
    ]
    for line in sheet.lines:
        amount = format_amount(line.amount)
        rows.append(
            (
                format_date(line.entry_on),
                line_label(line),
                amount if line.debit else "",
                "" if line.debit else amount,
                format_amount(line.balance),
            )
        )
    if not sheet.lines:
        rows.append(("", wording.STATEMENT_NO_ENTRIES, "", "", ""))
    rows.append(
        (
            format_date(sheet.last),
            wording.STATEMENT_CLOSING,
            format_amount(sheet.charged),
            format_amount(sheet.credited),
            format_amount(sheet.closing_balance),
        )
    )
    story.append(
        data_table(
            (
                wording.STATEMENT_DATE,
                wording.STATEMENT_ITEM,
                wording.STATEMENT_DEBIT,
                wording.STATEMENT_CREDIT,
                wording.STATEMENT_BALANCE,
            ),
            rows,
            (
                date_width,
                CONTENT_WIDTH - date_width - 2 * amount_width - balance_width,
                amount_width,
                amount_width,
                balance_width,
            ),
            right=(2, 3, 4),
            bold_rows=(0, len(rows) - 1),
        )
    )
    story += [Spacer(1, 1.5 * mm), paragraph(wording.STATEMENT_BALANCE_NOTE, s.small)]
    if sheet.voided_left_out:
        story.append(paragraph(wording.STATEMENT_VOIDED_NOTE.format(count=sheet.voided_left_out), s.small))
    if sheet.vat is not None:
        third = CONTENT_WIDTH / 3
        story += [
            heading(5, wording.STATEMENT_VAT_HEADING),
            data_table(
                (wording.VAT_TAXABLE, wording.VAT_SUPPLY, wording.VAT_TAX),
                vat_rows(sheet.vat),
                (third, third, third),
                right=(0, 1, 2),
            ),
            Spacer(1, 1.5 * mm),
            paragraph(wording.VAT_NOTE, s.small),
        ]
    story += [Spacer(1, 5 * mm), paragraph(wording.STATEMENT_CLOSING_TEXT, s.body, bold=True)]
    footer = wording.FOOTER_SEPARATOR.join(
        (f"{wording.STATEMENT_NUMBER} {sheet.document_number}", f"{wording.CUSTOMER_NUMBER} {sheet.customer_number}")
    )
    return build_pdf(info, story, [PrintedCopy(badge="", footer=footer)])
