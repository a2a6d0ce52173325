"""The referral card (추천 카드): one A4 page the customer hands to a friend — the shop's name, a QR code carrying the
referral code (a reader types its digits and Enter into the sign-up's 추천인 코드 field), the code in big digits, and a
short Korean text. It names no customer: the code is all the shop needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from toysub_desktop.documents import wording
from toysub_desktop.documents.fonts import BOLD, REGULAR
from toysub_desktop.documents.formats import format_date
from toysub_desktop.documents.layout import (
    ACCENT,
    CONTENT_WIDTH,
    RULE,
    DocumentInfo,
    PrintedCopy,
    build_pdf,
    paragraph,
    styles,
)
from toysub_desktop.domain.money import format_won

QR_SIZE = 55 * mm


@dataclass(frozen=True)
class ReferralCard:
    shop_name: str
    shop_phone: str
    code: str
    referrer_reward: int
    referred_reward: int
    issued_on: date


def spaced_code(code: str) -> str:
    """The code in groups of four digits from the left, as it is easiest to read out ("0000 0426")."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


class QrSymbol(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """*value* as a QR code drawn by reportlab's own widget (``QrCodeWidget``), *size* points square. Its modules
    are drawn straight on the page: rendering the widget as a Drawing would pull in unembedded standard fonts."""

    def __init__(self, value: str, size: float = QR_SIZE) -> None:
        super().__init__()
        self.widget = QrCodeWidget(value, barLevel="M", barBorder=4, barWidth=size, barHeight=size)
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setFillColor(colors.black)
        for shape in self.widget.draw().contents:
            if isinstance(shape, Rect) and shape.fillColor is not None and shape.fillColor != colors.white:
                self.canv.rect(shape.x, shape.y, shape.width, shape.height, stroke=0, fill=1)
        self.canv.restoreState()


def render_referral_card(card: ReferralCard) -> bytes:
    info = DocumentInfo(
        title=wording.REFERRAL_CARD_TITLE,
        author=card.shop_name,
        subject=wording.REFERRAL_CARD_SUBJECT.format(code=card.code),
        keywords=card.code,
        created_on=card.issued_on,
        header=card.shop_name,
    )
    s = styles()
    centred = ParagraphStyle("centred", parent=s.body, alignment=TA_CENTER, fontSize=11, leading=17)
    title = ParagraphStyle("card_title", parent=s.title, alignment=TA_CENTER, fontSize=24, leading=32)
    shop = ParagraphStyle("card_shop", parent=centred, fontName=BOLD, fontSize=15, leading=21, textColor=ACCENT)
    label = ParagraphStyle("card_label", parent=centred, fontSize=10, leading=14)
    digits = ParagraphStyle("card_code", parent=centred, fontName=BOLD, fontSize=34, leading=44)
    inner: list[Flowable] = [
        paragraph(card.shop_name, shop),
        Spacer(1, 2 * mm),
        paragraph(wording.REFERRAL_CARD_TITLE, title),
        paragraph(wording.REFERRAL_CARD_LEAD, centred),
        Spacer(1, 6 * mm),
        QrSymbol(card.code),
        Spacer(1, 4 * mm),
        paragraph(wording.REFERRAL_CARD_CODE_LABEL, label),
        paragraph(spaced_code(card.code), digits),
        Spacer(1, 6 * mm),
        paragraph(wording.REFERRAL_CARD_HOW, centred),
    ]
    if card.referrer_reward or card.referred_reward:
        inner.append(
            paragraph(
                wording.REFERRAL_CARD_REWARDS.format(
                    referrer=format_won(card.referrer_reward), referred=format_won(card.referred_reward)
                ),
                centred,
            )
        )
        inner.append(paragraph(wording.REFERRAL_CARD_POINTS_NOTE, centred))
    if card.shop_phone:
        inner += [Spacer(1, 4 * mm), paragraph(wording.REFERRAL_CARD_CONTACT.format(phone=card.shop_phone), centred)]
    inner.append(paragraph(wording.REFERRAL_CARD_ISSUED.format(date=format_date(card.issued_on)), s.caption))
    box = Table(
        [[item] for item in inner],
        colWidths=[CONTENT_WIDTH - 20 * mm],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BOX", (0, 0), (-1, -1), 1.2, RULE),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 10 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10 * mm),
                ("TOPPADDING", (0, 0), (-1, 0), 10 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8 * mm),
            ]
        ),
        hAlign="CENTER",
    )
    return build_pdf(info, [Spacer(1, 8 * mm), box], [PrintedCopy(badge="", footer=card.shop_name)])
