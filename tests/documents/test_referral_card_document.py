"""The referral card (추천 카드) as paper: one page, the shop's name, the code in big digits, a QR code a reader turns
back into the same digits, the rewards in Korean, the fonts embedded; and a statement showing points as a discount."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from documents.pdf_tools import fonts, page_texts, qr_codes_on_page
from documents.sheets import SHOP
from toysub_desktop.documents.referral_card import ReferralCard, render_referral_card
from toysub_desktop.documents.statement import StatementLine, StatementSheet, render_statement
from toysub_desktop.domain.points import customer_of_code, referral_code

CARD = ReferralCard("토이구독 성수점", "02-123-4567", referral_code(426), 5_000, 3_000, date(2026, 3, 2))


def test_the_referral_card_carries_its_code_in_digits_and_in_a_qr_code(tmp_path: Path) -> None:
    pdf = render_referral_card(CARD)
    (page,) = page_texts(pdf, tmp_path)
    flat = " ".join(page.split())
    assert "친구 추천 카드" in flat and "토이구독 성수점" in flat and "추천인 코드" in flat
    assert CARD.code in page.replace(" ", "")
    assert "추천하신 분께 적립금 5,000원" in flat and "적립금 3,000원을 드립니다" in flat
    assert "문의 02-123-4567" in flat
    assert qr_codes_on_page(pdf, 1, tmp_path) == [CARD.code]
    assert customer_of_code(CARD.code) == 426
    assert all(font.embedded for font in fonts(pdf, tmp_path))


def test_a_card_of_a_shop_without_rewards_promises_none(tmp_path: Path) -> None:
    (page,) = page_texts(render_referral_card(replace(CARD, referrer_reward=0, referred_reward=0)), tmp_path)
    assert "적립금" not in page and CARD.code in page.replace(" ", "")


def test_points_used_read_as_a_discount_on_the_statement_not_a_payment(tmp_path: Path) -> None:
    day = date(2026, 3, 2)
    sheet = StatementSheet(
        shop=SHOP, document_number="D-2026-000043", issued_on=date(2026, 3, 31), customer_number="C-000001",
        customer_name="김민지", first=date(2026, 3, 1), last=date(2026, 3, 31), opening_balance=0,
        lines=(
            StatementLine(day, "cycle_fee", 29_000, True, 29_000, "TS-2026-00001", day, date(2026, 4, 1), 31, 31),
            StatementLine(day, "points_discount", 3_000, False, 26_000),
            StatementLine(day, "payment", 26_000, False, 0, means="cash"),
        ),
        voided_left_out=0, vat=None,
    )  # fmt: skip
    (page,) = page_texts(render_statement(sheet), tmp_path)
    flat = " ".join(page.split())
    assert "할인: 적립금 사용" in flat
    assert "기간 중 입금 26,000원" in flat and "적립금 할인 3,000원" in flat
