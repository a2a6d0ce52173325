"""The reminder letter (미납 요금 안내), A4, one page per customer: the shop, the customer's name and address in effect
today, the unpaid charges with their periods and due dates, the total, how to pay and whom to ask."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from toysub_desktop.documents import overdue_notice as words
from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date, format_period
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
class UnpaidCharge:
    #: ``domain.ledger.EntryKind`` value.
    kind: str
    due_on: date
    #: What of the charge is unpaid.
    amount: int
    contract_number: str = ""
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True)
class ReminderLetter:
    customer_number: str
    customer_name: str
    #: The address in effect today, on one line ("" when none is known).
    address: str
    charges: tuple[UnpaidCharge, ...]

    @property
    def total(self) -> int:
        return sum(charge.amount for charge in self.charges)


@dataclass(frozen=True)
class ReminderSheet:
    shop: ShopDetails
    issued_on: date
    #: The shop's bank account for transfers, when it has one; otherwise the letter asks to pay at the counter.
    bank_account: str
    letters: tuple[ReminderLetter, ...]


def _what(charge: UnpaidCharge) -> str:
    label = wording.RECEIPT_ITEM_LABELS.get(charge.kind, charge.kind)
    if charge.contract_number:
        label += wording.RECEIPT_CONTRACT.format(contract=charge.contract_number)
    return label


def _letter(sheet: ReminderSheet, letter: ReminderLetter) -> list[Flowable]:
    s = styles()
    rows = [
        (
            _what(charge),
            format_period(charge.first, charge.last) if charge.first and charge.last else "",
            format_date(charge.due_on),
            format_won(charge.amount),
        )
        for charge in letter.charges
    ]
    rows.append((words.LETTER_TOTAL, "", "", format_won(letter.total)))
    period_width, due_width, amount_width = 62 * mm, 30 * mm, 28 * mm
    how = (
        words.LETTER_HOW_ACCOUNT.format(account=sheet.bank_account) if sheet.bank_account else words.LETTER_HOW_COUNTER
    )
    phone = sheet.shop.phone.strip()
    ask = (
        words.LETTER_ASK.format(shop=sheet.shop.name, phone=phone)
        if phone
        else words.LETTER_ASK_NO_PHONE.format(shop=sheet.shop.name)
    )
    customer: list[FieldRow] = [
        ((wording.CUSTOMER_NUMBER, letter.customer_number), (wording.CUSTOMER_NAME, letter.customer_name))
    ]
    if letter.address:
        customer.append(((words.LETTER_CUSTOMER_ADDRESS, letter.address),))
    return [
        title_block(words.LETTER_TITLE, [(words.LETTER_ISSUED_ON, format_date(sheet.issued_on))]),
        paragraph(words.LETTER_GREETING.format(name=letter.customer_name), s.body, bold=True),
        Spacer(1, 2 * mm),
        paragraph(words.LETTER_BODY, s.body),
        heading(1, wording.CUSTOMER_HEADING),
        field_grid(customer),
        heading(2, words.LETTER_CHARGES_HEADING),
        data_table(
            (words.LETTER_ITEM, words.LETTER_PERIOD, words.LETTER_DUE, words.LETTER_AMOUNT),
            rows,
            (CONTENT_WIDTH - period_width - due_width - amount_width, period_width, due_width, amount_width),
            right=(3,),
            bold_rows=(len(rows) - 1,),
        ),
        heading(3, words.LETTER_HOW_HEADING),
        paragraph(how, s.body),
        Spacer(1, 2 * mm),
        paragraph(ask, s.body),
        heading(4, wording.SHOP_HEADING),
        shop_fields(sheet.shop),
    ]


def render_reminder_letters(sheet: ReminderSheet) -> bytes:
    if not sheet.letters:
        raise ValueError("no letter to print")
    info = DocumentInfo(
        title=words.LETTER_TITLE,
        author=sheet.shop.name,
        subject=words.LETTER_SUBJECT.format(count=len(sheet.letters)),
        keywords=words.LETTER_KEYWORDS.format(date=sheet.issued_on.isoformat()),
        created_on=sheet.issued_on,
        header=sheet.shop.name,
    )
    story: list[Flowable] = []
    for index, letter in enumerate(sheet.letters):
        if index:
            story.append(PageBreak())
        story += _letter(sheet, letter)
    footer = words.LETTER_FOOTER.format(date=format_date(sheet.issued_on))
    return build_pdf(info, story, [PrintedCopy(badge="", footer=footer)])
