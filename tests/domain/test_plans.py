"""Plans and quotes: what a sign-up costs, in whole won, with every discount shown."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import (
    Cadence,
    DiscountLine,
    PlanDetails,
    PlanKind,
    TermOption,
    check_price_start,
    quote,
    validate_discount,
    validate_plan,
)

RENTAL = PlanDetails(
    "렌털 프리미엄",
    PlanKind.RENTAL,
    "프리미엄",
    Cadence.EVERY_2_WEEKS,
    (TermOption(12, 0), TermOption(24, 5), TermOption(36, 10)),
    trial_days=14,
    deposit=50_000,
)


def test_a_two_year_rental_with_a_multi_child_discount() -> None:
    figures = quote(RENTAL, list_price=39_000, months=24, discounts=(DiscountLine("다자녀", 10, "등본 확인"),))
    assert figures.term_discount == 1_950
    assert [(line.label, line.amount, line.evidence) for line in figures.discounts] == [("다자녀", 3_900, "등본 확인")]
    assert figures.monthly_fee == 33_150
    assert figures.total_fees == 33_150 * 24
    assert figures.first_payment == 33_150 + 50_000
    assert figures.total_with_deposit == 33_150 * 24 + 50_000


def test_a_term_the_plan_does_not_offer_is_refused() -> None:
    plan = validate_plan(
        name="정기배송 베이직",
        kind=PlanKind.BOX,
        tier="베이직",
        cadence=Cadence.MONTHLY,
        terms=(TermOption(24, 5),),
        trial_days=0,
        deposit=0,
    )
    with pytest.raises(ValidationError) as error:
        quote(plan, list_price=29_000, months=36)
    assert error.value.fields == ("term_months",)
    assert error.value.problems[0].message == "This plan offers terms of 24 months."


def test_every_problem_of_a_plan_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as error:
        validate_plan(
            name=" ",
            kind=PlanKind.BOX,
            tier="",
            cadence=Cadence.EVERY_2_WEEKS,
            terms=(TermOption(18, 5),),
            trial_days=90,
            deposit=10_000,
        )
    assert set(error.value.fields) == {"name", "cadence", "terms", "trial_days", "deposit"}


def test_a_discount_needs_a_name_and_a_sensible_share() -> None:
    with pytest.raises(ValidationError):
        validate_discount("다자녀", 0)
    with pytest.raises(ValidationError):
        validate_discount("", 10)
    assert validate_discount(" 형제  할인 ", 5, " 동생 계약 ") == DiscountLine("형제 할인", 5, "동생 계약")


@given(
    st.integers(min_value=0, max_value=1_000_000),
    st.sampled_from([12, 24, 36]),
    st.lists(st.integers(min_value=1, max_value=50), max_size=3),
)
def test_the_monthly_fee_is_the_list_price_less_its_discounts_and_never_negative(
    price: int, months: int, percents: list[int]
) -> None:
    figures = quote(RENTAL, list_price=price, months=months, discounts=tuple(DiscountLine("d", p) for p in percents))
    assert figures.monthly_fee == max(price - figures.total_discount, 0)
    assert all(isinstance(v, int) for v in (figures.monthly_fee, figures.total_fees, figures.term_discount))
    assert figures.total_fees == figures.monthly_fee * months


def test_a_price_change_takes_effect_today_or_later_never_in_the_past() -> None:
    today = date(2026, 3, 2)
    assert check_price_start(today, today=today) == today
    assert check_price_start(date(2026, 6, 1), today=today) == date(2026, 6, 1)
    for past in (date(2026, 3, 1), date(2025, 6, 1)):
        with pytest.raises(ValidationError) as refused:
            check_price_start(past, today=today)
        [problem] = refused.value.problems
        assert problem.field == "effective_from" and problem.arguments == {"today": "2026-03-02"}
    with pytest.raises(ValidationError):
        check_price_start(date(2030, 1, 1), today=today)  # beyond the usual window ahead
