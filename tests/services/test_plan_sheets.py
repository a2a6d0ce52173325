"""The plan comparison sheet for the counter: what pdftotext reads on it is what a contract signed that day quotes,
before and after a price change."""

from __future__ import annotations

import os
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from documents.pdf_tools import page_texts, require, squeezed
from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.first_start import STARTER_PLANS
from toysub_desktop.services.document_sheets import pre_contract_sheet
from toysub_desktop.services.first_start import add_starter_plans
from toysub_desktop.services.plan_sheets import plan_comparison_pdf, plan_comparison_sheet
from toysub_desktop.services.plans import create_discount_category, list_plans, schedule_price_change, update_plan
from toysub_desktop.services.shop import shop_settings, update_shop_details

TODAY = NOW.date()
#: The rental's price goes from 49,000 to 52,000 on this day.
CHANGE_ON = date(2026, 4, 1)


@pytest.fixture
def catalogue(db: Database, owner_id: int) -> dict[str, int]:
    settings = shop_settings(db)
    update_shop_details(
        db,
        by_staff_id=owner_id,
        name=settings.name,
        business_number="2208162517",
        address="서울특별시 마포구 월드컵로 12",
        phone="02-336-1234",
        expected_version=settings.version,
        now=NOW,
    )
    add_starter_plans(db, staff_id=owner_id, plans=STARTER_PLANS, now=NOW)
    ids = {view.details.name: view.id for view in list_plans(db, today=TODAY)}
    schedule_price_change(
        db, staff_id=owner_id, plan_id=ids["장난감 렌털"], monthly_price=52_000, effective_from=CHANGE_ON, now=NOW
    )
    return ids


def test_the_sheet_prints_each_plans_figures_from_the_price_in_effect_on_the_chosen_day(
    db: Database, catalogue: dict[str, int], tmp_path: Path
) -> None:
    before = squeezed("".join(page_texts(plan_comparison_pdf(db, on=CHANGE_ON - timedelta(days=1), now=NOW), tmp_path)))
    after = squeezed("".join(page_texts(plan_comparison_pdf(db, on=CHANGE_ON, now=NOW), tmp_path)))
    assert "요금제비교표" in before and "2026년3월31일" in before and "2026년4월1일" in after
    # The rental before the change: 49,000 a month; 24 months at 5% off is 46,550, 36 at 10% off 44,100.
    for figure in ("49,000원", "월2,450원할인", "46,550원", "1,117,200원", "44,100원", "1,587,600원", "50,000원"):
        assert figure in before, figure
    assert squeezed("2026년 4월 1일부터 월 이용료가 52,000원으로 바뀝니다") in before
    # From the day of the change: 52,000; 24 months 49,400 (total 1,185,600), 36 months 46,800 (1,684,800).
    assert "52,000원" in after
    for figure in ("49,400원", "1,185,600원", "46,800원", "1,684,800원"):
        assert figure in after and figure not in before, figure
    assert "49,000원" not in after and "바뀝니다" not in after
    # Plans whose price did not change read the same on both days.
    for figure in ("39,000원", "37,050원", "59,000원", "14일"):
        assert figure in before and figure in after, figure


@pytest.mark.parametrize("day", [CHANGE_ON - timedelta(days=1), CHANGE_ON], ids=["before", "after"])
def test_the_sheet_never_disagrees_with_the_pre_contract_sheet_of_the_same_day(
    db: Database, catalogue: dict[str, int], day: date
) -> None:
    sheet = plan_comparison_sheet(db, on=day, now=NOW)
    for offer in sheet.plans:
        for term in offer.terms:
            contract = pre_contract_sheet(db, plan_id=catalogue[offer.name], term_months=term.months, today=day).plan
            assert (contract.monthly_fee_won, contract.monthly_payable_won, contract.total_won) == (
                offer.list_price_won,
                term.monthly_payable_won,
                term.total_won,
            )
            assert contract.deposit_won == offer.deposit_won and contract.trial_days == offer.trial_days


def test_a_plan_no_longer_offered_or_not_yet_priced_is_left_out(
    db: Database, owner_id: int, catalogue: dict[str, int]
) -> None:
    box = next(v for v in list_plans(db, today=TODAY) if v.id == catalogue["월간 장난감 박스"])
    update_plan(
        db, staff_id=owner_id, plan_id=box.id, expected_version=box.version, details=box.details, active=False, now=NOW
    )
    names = [offer.name for offer in plan_comparison_sheet(db, on=TODAY, now=NOW).plans]
    assert names == ["장난감 렌털", "무제한 멤버십"]
    with pytest.raises(ValidationError) as refused:
        plan_comparison_sheet(db, on=TODAY - timedelta(days=1), now=NOW)  # before any plan had a price
    assert refused.value.fields == ("on",)


def test_discounts_by_category_are_said_to_come_on_top(
    db: Database, owner_id: int, catalogue: dict[str, int], tmp_path: Path
) -> None:
    assert not plan_comparison_sheet(db, on=TODAY, now=NOW).has_discount_categories
    create_discount_category(db, staff_id=owner_id, name="다자녀", percent=10, now=NOW)
    text = squeezed("".join(page_texts(plan_comparison_pdf(db, on=TODAY, now=NOW), tmp_path)))
    assert squeezed("다자녀 등 할인 대상이면") in text


def test_the_pages_look_right(db: Database, catalogue: dict[str, int], tmp_path: Path) -> None:
    """Pictures of the pages at 60 dpi, for people to look at (kept where TOYSUB_SCREENSHOTS says)."""
    require("pdftoppm")
    folder = Path(os.environ.get("TOYSUB_SCREENSHOTS", tmp_path))
    pdf = tmp_path / "plans.pdf"
    pdf.write_bytes(plan_comparison_pdf(db, on=CHANGE_ON - timedelta(days=1), now=NOW))
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(folder / "plan-comparison")], check=True)
    assert list(folder.glob("plan-comparison*.png"))
