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

from toysub_desktop.documents.formats import format_date
from toysub_desktop.domain.money import format_won

#: The columns of the upload file: name, mobile number (010-xxxx-xxxx), message.
MESSAGE_HEADINGS: Final = ("이름", "휴대폰번호", "메시지")

MESSAGE: Final = (
    "[{shop}] {name}님, {due}부터 납부되지 않은 이용료 {amount}이 있습니다. 확인 후 납부 부탁드립니다. 문의 {phone}"
)
MESSAGE_NO_PHONE: Final = (
    "[{shop}] {name}님, {due}부터 납부되지 않은 이용료 {amount}이 있습니다. 확인 후 납부 부탁드립니다."
)

LETTER_TITLE: Final = "미납 요금 안내"
LETTER_SUBJECT: Final = "미납 요금 안내 {count}명"
LETTER_KEYWORDS: Final = "미납 안내 {date}"
LETTER_ISSUED_ON: Final = "발행일"
LETTER_GREETING: Final = "{name} 고객님께"
LETTER_BODY: Final = (
    "늘 저희 매장을 이용해 주셔서 감사합니다. 아래 요금이 납부 기한이 지나도록 아직 납부되지 않아 알려 드립니다. "
    "이미 납부하셨다면 이 안내는 넘기셔도 됩니다."
)
LETTER_CUSTOMER_ADDRESS: Final = "주소"
LETTER_CHARGES_HEADING: Final = "미납 내역"
LETTER_ITEM: Final = "내역"
LETTER_PERIOD: Final = "기간"
LETTER_DUE: Final = "납부 기한"
LETTER_AMOUNT: Final = "금액"
LETTER_TOTAL: Final = "합계"
LETTER_HOW_HEADING: Final = "납부 방법"
LETTER_HOW_ACCOUNT: Final = "아래 계좌로 입금해 주시거나 매장에서 납부해 주십시오. 입금 계좌: {account}"
LETTER_HOW_COUNTER: Final = "매장 카운터에서 현금이나 카드로 납부해 주십시오."
LETTER_ASK: Final = "궁금하신 점은 {shop}({phone})으로 연락 주십시오."
LETTER_ASK_NO_PHONE: Final = "궁금하신 점은 {shop}으로 연락 주십시오."
LETTER_FOOTER: Final = "미납 요금 안내 · {date}"


def reminder_message(*, shop_name: str, shop_phone: str, customer_name: str, amount: int, due_on: date) -> str:
    """The text message for one customer: what is unpaid, since when, and whom to ask."""
    values = {"shop": shop_name, "name": customer_name, "due": format_date(due_on), "amount": format_won(amount)}
    if shop_phone.strip():
        return MESSAGE.format(phone=shop_phone.strip(), **values)
    return MESSAGE_NO_PHONE.format(**values)
