"""Membership tiers: which tier a tenure or a spend gives, at and around the thresholds, and the owner's input."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.months import add_months
from toysub_desktop.domain.tiers import (
    MAX_TIER_DISCOUNT_PERCENT,
    MembershipTier,
    TierBasis,
    TierInput,
    TierRules,
    spend_window,
    tenure_months,
    tenure_reached_on,
    tier_discount,
    validate_tiers,
)

SPROUT = MembershipTier("새싹", 0, 0)
TREE = MembershipTier("나무", 12, 3)
FOREST = MembershipTier("숲", 24, 5, priority_reservations=True)
LADDER = TierRules(TierBasis.TENURE, (SPROUT, TREE, FOREST))

ladders = st.lists(st.integers(0, 10_000), min_size=1, max_size=6, unique=True).map(
    lambda starts: TierRules(
        TierBasis.SPEND,
        tuple(MembershipTier(f"T{start}", start, 1) for start in sorted(starts)),
    )
)


@given(ladders, st.data())
def test_at_a_threshold_the_tier_starts_and_one_below_it_the_tier_before_holds(
    rules: TierRules, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(rules.tiers) - 1))
    tier = rules.tiers[index]
    assert rules.tier_for(tier.threshold) == tier
    below = rules.tier_for(tier.threshold - 1)
    assert below == (rules.tiers[index - 1] if index > 0 else None)


@given(ladders, st.integers(-10, 20_000))
def test_the_tier_is_the_highest_threshold_reached(rules: TierRules, measure: int) -> None:
    reached = [tier for tier in rules.tiers if tier.threshold <= measure]
    assert rules.tier_for(measure) == (max(reached, key=lambda t: t.threshold) if reached else None)
    standing = rules.standing(measure)
    if standing.next_tier is not None:
        assert standing.to_next == standing.next_tier.threshold - measure > 0
        assert rules.tier_for(measure + standing.to_next) == standing.next_tier
    else:
        assert standing.to_next == 0


@given(st.dates(date(2015, 1, 1), date(2030, 12, 31)), st.integers(0, 120))
def test_tenure_reaches_its_months_on_the_same_day_of_the_month_and_not_the_day_before(
    start: date, months: int
) -> None:
    reached = tenure_reached_on(start, months)
    assert tenure_months(start, reached) == months
    if months > 0:
        assert tenure_months(start, reached - timedelta(days=1)) == months - 1


def test_twelve_months_of_tenure_make_a_tree_with_six_months_to_the_forest() -> None:
    start = date(2025, 1, 31)
    day = add_months(start, 12)
    standing = LADDER.standing(tenure_months(start, day))
    assert (standing.measure, standing.tier, standing.next_tier, standing.to_next) == (12, TREE, FOREST, 12)
    assert tenure_months(None, day) == 0
    assert tenure_months(date(2026, 1, 1), date(2025, 12, 31)) == 0


@given(st.dates(date(2016, 1, 1), date(2030, 12, 31)))
def test_spend_counts_the_last_twelve_months_with_the_day_itself(day: date) -> None:
    first, last = spend_window(day)
    assert last == day
    assert first == add_months(day, -12) + timedelta(days=1)
    assert 365 <= (last - first).days + 1 <= 366


@given(st.integers(0, 10_000_000), st.integers(0, MAX_TIER_DISCOUNT_PERCENT))
def test_a_tier_discount_is_rounded_down_to_the_won(amount: int, percent: int) -> None:
    discount = tier_discount(amount, percent)
    assert discount * 100 <= amount * percent < (discount + 1) * 100


def rows(*typed: tuple[str, str, str]) -> list[TierInput]:
    return [TierInput(name, threshold, percent) for name, threshold, percent in typed]


def test_tiers_typed_in_any_order_are_kept_lowest_first_and_blank_rows_ignored() -> None:
    rules = validate_tiers(
        TierBasis.TENURE, rows(("숲", "24개월", "5%"), ("", "", ""), ("새싹", "0", ""), ("나무", "12", "3"))
    )
    assert [(t.name, t.threshold, t.discount_percent) for t in rules.tiers] == [
        ("새싹", 0, 0),
        ("나무", 12, 3),
        ("숲", 24, 5),
    ]


def test_spend_thresholds_are_read_as_won() -> None:
    rules = validate_tiers(TierBasis.SPEND, rows(("골드", "1,000,000원", "5")))
    assert rules.tiers[0].threshold == 1_000_000


def test_thresholds_and_discounts_typed_in_full_width_read_as_the_digits_they_are() -> None:
    rules = validate_tiers(TierBasis.TENURE, rows(("나무", "１２개월", "３％")))
    assert (rules.tiers[0].threshold, rules.tiers[0].discount_percent) == (12, 3)


@pytest.mark.parametrize(
    ("typed", "field", "words"),
    [
        ((("새싹", "12", "0"), ("나무", "12", "3")), "tiers[1].threshold", "starts where 새싹"),
        # The row it overlaps has no name yet: the row is named by its number, not by an empty name.
        ((("", "12", "0"), ("나무", "12", "3")), "tiers[1].threshold", "the tier of row 1 starts"),
        ((("새싹", "0", "0"), ("새싹", "12", "3")), "tiers[1].name", "already called 새싹"),
        ((("새싹", "0", "51"),), "tiers[0].discount_percent", "between 0 and 50"),
        ((("새싹", "0", "오"),), "tiers[0].discount_percent", "whole number of percent"),
        ((("새싹", "열두", "0"),), "tiers[0].threshold", "whole number"),
        ((("", "12", "3"),), "tiers[0].name", "tier's name"),
        ((("새싹", "", "3"),), "tiers[0].threshold", "where the tier starts"),
        # Pasted thousands of digits long: the limit said, not Python's own limit on reading a number.
        ((("새싹", "1" * 5000, "3"),), "tiers[0].threshold", "600 months at most"),
        ((("새싹", "12", "9" * 5000),), "tiers[0].discount_percent", "between 0 and 50"),
    ],
)
def test_bad_tiers_are_refused_beside_the_field(
    typed: tuple[tuple[str, str, str], ...], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_tiers(TierBasis.TENURE, rows(*typed))
    problem = caught.value.for_field(field)
    assert problem is not None, caught.value.fields
    assert words in problem.message


@given(st.lists(st.integers(0, 100), min_size=2, max_size=6))
def test_thresholds_that_repeat_are_always_refused(starts: list[int]) -> None:
    typed = [TierInput(f"등급{i}", str(start), "1") for i, start in enumerate(starts)]
    if len(set(starts)) == len(starts):
        assert len(validate_tiers(TierBasis.TENURE, typed).tiers) == len(starts)
    else:
        with pytest.raises(ValidationError) as caught:
            validate_tiers(TierBasis.TENURE, typed)
        assert all(field.endswith(".threshold") for field in caught.value.fields)
