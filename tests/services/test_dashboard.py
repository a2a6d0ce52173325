"""The owner's dashboard against figures worked out by hand on a small shop of five customers
(tests/dashboard_support.py; both backends when TOYSUB_TEST_DATABASE_URL is set)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from dashboard_support import TODAY, SmallShop, at
from documents.pdf_tools import info, page_texts, squeezed
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Delivery
from toysub_desktop.domain.dashboard import Period, period_months
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.services.dashboard import (
    FigureList,
    dashboard_deliveries,
    dashboard_feedback,
    dashboard_report_pdf,
    dashboard_subscriptions,
)
from toysub_desktop.services.feedback import void_feedback
from toysub_desktop.services.ledger import bill_customer
from toysub_desktop.services.overdue import overdue_total
from toysub_desktop.services.points import grant_points, points_holders, void_points


@pytest.fixture
def shop(db: Database, owner_id: int) -> SmallShop:
    return SmallShop(db, owner_id)


def test_subscribers_new_ended_churn_and_recurring_revenue_month_by_month(shop: SmallShop) -> None:
    figures = shop.figures()
    lines = {line.month.month: line for line in figures.months}
    assert [lines[m].day for m in (3, 6, 7)] == [date(2026, 3, 31), date(2026, 6, 30), TODAY]
    assert [(lines[m].active_at_start, lines[m].active) for m in range(3, 8)] == [
        (0, 2),
        (3, 3),
        (3, 2),
        (2, 4),
        (4, 4),
    ]
    assert [(lines[m].new, lines[m].ended) for m in range(3, 8)] == [(2, 0), (1, 0), (0, 1), (2, 0), (0, 0)]
    # May: B ended of the three running on 1 May; March had nobody to lose
    assert lines[5].churn_rate == pytest.approx(1 / 3)
    assert lines[3].churn_rate is None and lines[4].churn_rate == 0
    # the fee in effect on the month's last day: C pays the premium fee from 1 June
    assert [lines[m].recurring_revenue for m in range(3, 8)] == [
        29_000 + 29_000,
        29_000 + 29_000 + 27_550,
        29_000 + 27_550,
        29_000 + 37_050 + 29_000 + 27_550,
        29_000 + 37_050 + 29_000 + 27_550,
    ]


def test_the_contracts_behind_each_number(shop: SmallShop) -> None:
    def contracts(which: FigureList, first: date, end: date) -> set[int]:
        rows, more = dashboard_subscriptions(shop.db, staff_id=shop.owner, which=which, first=first, end=end,
                                             today=TODAY, limit=2)  # fmt: skip
        while more:
            page, more = dashboard_subscriptions(shop.db, staff_id=shop.owner, which=which, first=first, end=end,
                                                 today=TODAY, after=rows[-1], limit=2)  # fmt: skip
            rows += page
        return {row.id for row in rows}

    s = shop.subs
    assert contracts(FigureList.RUNNING, date(2026, 5, 31), date(2026, 6, 1)) == {s["A"], s["C"]}
    assert contracts(FigureList.NEW, date(2026, 6, 1), date(2026, 7, 1)) == {s["D"], s["E"]}
    assert contracts(FigureList.ENDED, date(2026, 5, 1), date(2026, 6, 1)) == {s["B"]}
    assert contracts(FigureList.COHORT, date(2026, 3, 1), date(2026, 4, 1)) == {s["A"], s["B"]}


def test_retention_by_sign_up_cohort_and_average_tenure(shop: SmallShop) -> None:
    figures = shop.figures()
    cohorts = {cohort.month.month: cohort for cohort in figures.cohorts}
    # March: A and B; on 30 April both run, on 30 June only A; 30 September has not come
    assert cohorts[3].customers == 2
    assert cohorts[3].still_running == {1: 2, 3: 1}
    assert (cohorts[3].retention(1), cohorts[3].retention(3), cohorts[3].retention(6)) == (1.0, 0.5, None)
    assert (cohorts[4].customers, cohorts[4].still_running) == (1, {1: 1})
    assert (cohorts[5].customers, cohorts[5].still_running) == (0, {1: 0})
    assert (cohorts[6].customers, cohorts[6].still_running) == (2, {})
    # on 15 July: A 135 days since 2 March, C 105, D 40, E 25
    assert figures.subscribers_at_end == 4
    assert figures.average_tenure_months == pytest.approx((135 + 105 + 40 + 25) / 4 / (365.25 / 12))


def test_revenue_per_plan_is_the_fees_in_effect_on_the_last_day_by_the_plan_in_effect(shop: SmallShop) -> None:
    for customer in shop.customers.values():
        bill_customer(shop.db, staff_id=shop.owner, customer_id=customer, now=at(TODAY))
    figures = shop.figures()
    # on 15 July: A, D and E on the box plan; C moved to the premium rental plan from 1 June
    assert figures.revenue_per_plan == (("정기배송 베이직", 29_000 + 29_000 + 27_550), ("렌털 프리미엄", 37_050))
    # on 31 May, C was still on the basic rental plan
    may = shop.figures(months=period_months(Period.CUSTOM, TODAY, date(2026, 3, 1), date(2026, 5, 1)))
    assert may.revenue_per_plan == (("정기배송 베이직", 29_000), ("렌털 베이직", 27_550))
    assert figures.overdue == overdue_total(shop.db, today=TODAY)
    assert figures.overdue.amount > 0  # billed, nothing paid


def test_satisfaction_per_month_in_the_shops_time_zone(shop: SmallShop) -> None:
    shop.rate("A", 5, at(date(2026, 3, 20)))
    shop.rate("C", 4, at(date(2026, 3, 21)))
    mistake = shop.rate("E", 1, at(date(2026, 3, 22)))
    void_feedback(shop.db, staff_id=shop.owner, feedback_id=mistake, reason="잘못 입력", now=at(date(2026, 3, 22)))
    shop.rate("C", 2, at(date(2026, 6, 10)))
    shop.rate("D", 3, at(date(2026, 6, 30), hour=15, minute=30))  # 1 July, 00:30 in Seoul
    lines = {line.month.month: line for line in shop.figures().months}
    assert [(lines[m].ratings, lines[m].average_rating) for m in range(3, 8)] == [
        (2, 4.5), (0, None), (0, None), (1, 2.0), (1, 3.0),
    ]  # fmt: skip
    july, more = dashboard_feedback(shop.db, month=date(2026, 7, 1))
    assert ([row.rating for row in july], more) == ([3], False)


def test_deliveries_this_week(shop: SmallShop) -> None:
    today = date(2026, 7, 3)  # a Friday: the week of 29 June to 5 July holds A's box of 2 July and D's of 5 July
    with shop.db.reading() as session:
        every = session.execute(select(Delivery.id, Delivery.customer_id, Delivery.scheduled_on, Delivery.state)).all()
    expected = sorted(
        row.id for row in every
        if date(2026, 6, 29) <= row.scheduled_on <= date(2026, 7, 5) and row.state != DeliveryState.CANCELLED.value
    )  # fmt: skip
    assert len(expected) == 2
    figures = shop.figures(today)
    assert figures.week == (date(2026, 6, 29), date(2026, 7, 6))
    assert (figures.deliveries_this_week, figures.delivered_this_week) == (2, 0)
    rows, more = dashboard_deliveries(shop.db, first=figures.week[0], end=figures.week[1])
    assert ([row.id for row in rows], more) == (expected, False)


def test_a_term_that_ran_out_ends_the_day_after_and_the_last_three_months_period(shop: SmallShop) -> None:
    today = date(2027, 3, 20)
    months = period_months(Period.LAST_3, today)
    assert months == [date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1)]
    lines = {line.month.month: line for line in shop.figures(today, months).months}
    # A's twelve months end on 1 March 2027: it runs on 1 March (the start of the month) and ends in March
    assert [(lines[m].active_at_start, lines[m].ended) for m in (1, 2, 3)] == [(4, 0), (4, 0), (4, 1)]
    assert lines[3].active == 3
    assert lines[3].churn_rate == pytest.approx(1 / 4)


def test_the_one_page_report_says_the_figures_and_draws_its_charts(shop: SmallShop, tmp_path: Path) -> None:
    for customer in shop.customers.values():
        bill_customer(shop.db, staff_id=shop.owner, customer_id=customer, now=at(TODAY))
    shop.rate("A", 5, at(date(2026, 6, 20)))
    figures = shop.figures(months=period_months(Period.LAST_12, TODAY))
    pdf = dashboard_report_pdf(shop.db, figures)
    assert info(pdf, tmp_path)["Pages"] == "1"  # twelve months and their cohorts fit one A4 page
    (text,) = page_texts(pdf, tmp_path)
    flat = squeezed(text)
    for expected in (
        "운영현황보고서·토이구독마포점",
        "기간2025-08~2026-07",
        "기준일2026년7월15일",
        "구독중계약4",
        f"월정기매출{29_000 + 37_050 + 29_000 + 27_550:,}원",
        "신규5",
        "해지·만료1",
        "이탈률0.0%(2026-06)",
        "평균구독기간2.5개월",
        f"연체합계{figures.overdue.amount:,}원({figures.overdue.customers}명)",
        "평균만족도5.00/5",
        "적립금잔액0포인트",
        # May: 2 running on its last day, none new, B ended (of the 3 running on 1 May: 33.3 %); 56,550 recurring
        "2026-0520133.3%56,550",
        # the March cohort: 2 customers, all after 1 month, half after 3, 6 and 12 not reached
        "2026-032100%50%––",
        f"정기배송베이직{29_000 + 29_000 + 27_550:,}원·렌털프리미엄37,050원",
        "신규·해지계약",  # the charts' titles and legends: drawn, not pictures
        "월정기매출(만원)",
    ):
        assert expected in flat, expected
    path = tmp_path / "dashboard.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 10_000


def test_points_outstanding_is_the_points_customers_hold_and_its_list_the_largest_balances_first(
    shop: SmallShop,
) -> None:
    a, b, c = (shop.customers[name] for name in ("A", "B", "C"))
    for customer, points in ((a, 3_000), (b, 5_000), (c, 3_000)):
        grant_points(
            shop.db, staff_id=shop.owner, customer_id=customer, points=points, reason="개업 기념", now=at(TODAY)
        )
    mistaken = grant_points(shop.db, staff_id=shop.owner, customer_id=c, points=9_000, reason="오타", now=at(TODAY))
    void_points(shop.db, staff_id=shop.owner, entry_id=mistaken, reason="금액 잘못 입력", now=at(TODAY))
    figures = shop.figures(months=period_months(Period.THIS_MONTH, TODAY))
    assert figures.points_outstanding == 11_000  # the voided grant is not held
    first, more = points_holders(shop.db, limit=2)
    assert [(h.customer_id, h.balance) for h in first] == [(b, 5_000), (min(a, c), 3_000)] and more
    rest, more = points_holders(shop.db, after=first[-1], limit=2)
    assert [(h.customer_id, h.balance) for h in rest] == [(max(a, c), 3_000)] and not more
