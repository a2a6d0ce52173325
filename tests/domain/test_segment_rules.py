"""Segment rules without a database: ages in months, tenure, spend period, region words, validation."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.address import district_of
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.person import age_in_months
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.segments import (
    AgeBand,
    CustomerFacts,
    RegionChoice,
    SegmentCriteria,
    birth_months_for_band,
    clean_segment_name,
    criteria_from_json,
    criteria_match,
    criteria_to_json,
    latest_start_for_tenure,
    validate_criteria,
)
from toysub_desktop.domain.tiers import spend_window, tenure_months

days = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))


@given(first=days, on=days, months=st.integers(0, 200))
def test_a_tenure_of_at_least_some_months_is_a_first_start_on_or_before_one_day(
    first: date, on: date, months: int
) -> None:
    """The SQL twin compares the first start with one day; it must agree with the months counted (a start after
    the day asked has no tenure at all)."""
    assert (first <= on and tenure_months(first, on) >= months) == (first <= latest_start_for_tenure(months, on))


@given(born=days.map(lambda d: d.replace(day=1)), on=days, low=st.integers(0, 216), high=st.integers(0, 216))
def test_an_age_band_is_a_range_of_birth_months(born: date, on: date, low: int, high: int) -> None:
    band = AgeBand(min(low, high), max(low, high))
    first, last = birth_months_for_band(band, on)
    assert (band.min_months <= age_in_months(born, on) <= band.max_months) == (first <= born <= last)


def test_tenure_counts_whole_months_and_a_month_is_complete_when_the_next_monthly_cycle_starts() -> None:
    """The tiers' count (one rule): a start on the 31st completes its first month on the last day of February."""
    assert tenure_months(date(2025, 3, 15), date(2026, 3, 14)) == 11
    assert tenure_months(date(2025, 3, 15), date(2026, 3, 15)) == 12
    assert tenure_months(date(2026, 1, 31), date(2026, 2, 27)) == 0
    assert tenure_months(date(2026, 1, 31), date(2026, 2, 28)) == 1
    assert tenure_months(date(2026, 1, 31), date(2026, 3, 1)) == 1
    assert latest_start_for_tenure(1, date(2026, 2, 28)) == date(2026, 1, 31)


def test_spend_counts_the_last_twelve_months_with_the_day_asked() -> None:
    assert spend_window(date(2026, 3, 2)) == (date(2025, 3, 3), date(2026, 3, 2))


@pytest.mark.parametrize(
    ("road", "district"),
    [
        ("서울특별시 강남구 테헤란로 152", "강남구"),
        ("경기도 성남시 분당구 판교역로 166", "성남시"),
        ("강원 홍천군 홍천읍 희망로 5", "홍천군"),
        ("세종특별자치시 한누리대로 2130", ""),
        ("부산 해운대해변로 264", ""),
    ],
)
def test_the_district_is_the_word_after_the_province_when_it_names_a_city_county_or_district(
    road: str, district: str
) -> None:
    assert district_of(road) == district


def test_every_criterion_narrows_and_values_within_one_widen() -> None:
    on = date(2026, 3, 2)
    facts = CustomerFacts(
        child_birth_months=(date(2024, 3, 1),),
        running_plan_kinds=frozenset({PlanKind.RENTAL}),
        province="서울",
        district="마포구",
        first_start=date(2025, 3, 2),
        spend=120_000,
        marketing=True,
    )
    assert criteria_match(SegmentCriteria(), facts, on)
    assert criteria_match(SegmentCriteria(age_bands=(AgeBand(0, 11), AgeBand(24, 24))), facts, on)
    assert not criteria_match(SegmentCriteria(age_bands=(AgeBand(0, 11),)), facts, on)
    assert criteria_match(SegmentCriteria(plan_kinds=frozenset({PlanKind.BOX, PlanKind.RENTAL})), facts, on)
    assert not criteria_match(
        SegmentCriteria(plan_kinds=frozenset({PlanKind.RENTAL}), regions=(RegionChoice("서울", "강남구"),)),
        facts,
        on,
    )
    assert criteria_match(SegmentCriteria(regions=(RegionChoice("서울"),)), facts, on)
    assert criteria_match(SegmentCriteria(tenure_min_months=12, tenure_max_months=12), facts, on)
    assert not criteria_match(SegmentCriteria(spend_max=100_000), facts, on)
    assert not criteria_match(SegmentCriteria(marketing_consent=False), facts, on)
    never_asked = CustomerFacts(marketing=None)
    assert criteria_match(SegmentCriteria(marketing_consent=False), never_asked, on)
    assert not criteria_match(SegmentCriteria(tenure_max_months=5), never_asked, on)


def test_criteria_are_stored_and_read_back_the_same() -> None:
    criteria = SegmentCriteria(
        age_bands=(AgeBand(12, 36),),
        plan_kinds=frozenset({PlanKind.BOX, PlanKind.UNLIMITED}),
        regions=(RegionChoice("경기", "성남시"), RegionChoice("서울")),
        tenure_min_months=3,
        spend_max=500_000,
        marketing_consent=False,
    )
    assert criteria_from_json(criteria_to_json(criteria)) == criteria
    assert criteria_to_json(SegmentCriteria()) == {}


@pytest.mark.parametrize(
    ("criteria", "fields"),
    [
        (SegmentCriteria(age_bands=(AgeBand(36, 12),)), ("age_bands",)),
        (SegmentCriteria(age_bands=(AgeBand(0, 217),)), ("age_bands",)),
        (SegmentCriteria(tenure_min_months=12, tenure_max_months=6, spend_min=-1), ("tenure", "spend")),
        (SegmentCriteria(regions=(RegionChoice("한양"),)), ("regions",)),
        (SegmentCriteria(regions=(RegionChoice("서울", "강남"),)), ("regions",)),
    ],
)
def test_wrong_criteria_are_refused_field_by_field(criteria: SegmentCriteria, fields: tuple[str, ...]) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_criteria(criteria)
    assert refused.value.fields == fields


def test_a_name_is_one_trimmed_line_and_unique_whatever_the_case() -> None:
    assert clean_segment_name("  VIP  고객 ", taken=("아기",)) == "VIP 고객"
    with pytest.raises(ValidationError) as refused:
        clean_segment_name("vip 고객", taken=("VIP 고객",))
    assert refused.value.fields == ("name",)
    with pytest.raises(ValidationError):
        clean_segment_name("   ")


def test_an_age_band_of_the_day_reaches_back_whole_months() -> None:
    on = date(2026, 3, 2)
    assert birth_months_for_band(AgeBand(12, 36), on) == (date(2023, 3, 1), date(2025, 3, 1))
