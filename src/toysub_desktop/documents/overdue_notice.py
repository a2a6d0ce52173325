"""Payment reminders (연체 안내): the Korean wording of the reminder letter and of the transactional text message,
and the columns an SMS service's upload takes. Plain text only (no reportlab), so the message list is made
without loading the PDF machinery; ``documents.overdue_letter`` lays the letter out.

A payment reminder is a transactional notice about the customer's own contract, not advertising: it carries no
"(광고)" mark and no offer, and goes to every overdue customer with a mobile number whatever their marketing
consent.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from toysub_desktop.documents import wording
from toysub_desktop.documents.formats import format_date
from toysub_desktop.domain.money import format_won

#: The wording (``documents.wording``), under the names the letter and the message list use.
MESSAGE_HEADINGS: Final = wording.OVERDUE_MESSAGE_HEADINGS
MESSAGE: Final = wording.OVERDUE_MESSAGE
MESSAGE_NO_PHONE: Final = wording.OVERDUE_MESSAGE_NO_PHONE
LETTER_TITLE: Final = wording.OVERDUE_LETTER_TITLE
LETTER_SUBJECT: Final = wording.OVERDUE_LETTER_SUBJECT
LETTER_KEYWORDS: Final = wording.OVERDUE_LETTER_KEYWORDS
LETTER_ISSUED_ON: Final = wording.OVERDUE_LETTER_ISSUED_ON
LETTER_GREETING: Final = wording.OVERDUE_LETTER_GREETING
LETTER_BODY: Final = wording.OVERDUE_LETTER_BODY
LETTER_CUSTOMER_ADDRESS: Final = wording.OVERDUE_LETTER_CUSTOMER_ADDRESS
LETTER_CHARGES_HEADING: Final = wording.OVERDUE_LETTER_CHARGES_HEADING
LETTER_ITEM: Final = wording.OVERDUE_LETTER_ITEM
LETTER_PERIOD: Final = wording.OVERDUE_LETTER_PERIOD
LETTER_DUE: Final = wording.OVERDUE_LETTER_DUE
LETTER_AMOUNT: Final = wording.OVERDUE_LETTER_AMOUNT
LETTER_TOTAL: Final = wording.OVERDUE_LETTER_TOTAL
LETTER_HOW_HEADING: Final = wording.OVERDUE_LETTER_HOW_HEADING
LETTER_HOW_ACCOUNT: Final = wording.OVERDUE_LETTER_HOW_ACCOUNT
LETTER_HOW_COUNTER: Final = wording.OVERDUE_LETTER_HOW_COUNTER
LETTER_ASK: Final = wording.OVERDUE_LETTER_ASK
LETTER_ASK_NO_PHONE: Final = wording.OVERDUE_LETTER_ASK_NO_PHONE
LETTER_FOOTER: Final = wording.OVERDUE_LETTER_FOOTER


def reminder_message(*, shop_name: str, shop_phone: str, customer_name: str, amount: int, due_on: date) -> str:
    """The text message for one customer: what is unpaid, since when, and whom to ask."""
    values = {"shop": shop_name, "name": customer_name, "due": format_date(due_on), "amount": format_won(amount)}
    if shop_phone.strip():
        return MESSAGE.format(phone=shop_phone.strip(), **values)
    return MESSAGE_NO_PHONE.format(**values)
