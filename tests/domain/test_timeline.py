"""Which version is in effect on a day, as known now or at a past moment."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.timeline import (
    Period,
    in_effect_on,
    next_lasting_after,
    periods_in_effect,
    scheduled_after,
)

T0 = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class V:
    name: str
    effective_from: date
    recorded_at: datetime
    effective_until: date | None = None
    voided_at: datetime | None = None
    id: int = 0


def test_a_move_takes_effect_on_its_date_and_not_before() -> None:
    home = V("home", date(2025, 1, 1), T0)
    new = V("new", date(2026, 3, 15), T0 + timedelta(days=10))
    assert in_effect_on([home, new], date(2026, 3, 14)) is home
    assert in_effect_on([home, new], date(2026, 3, 15)) is new


def test_before_the_first_version_nothing_is_in_effect() -> None:
    assert in_effect_on([V("home", date(2025, 1, 1), T0)], date(2024, 12, 31)) is None


def test_a_late_recorded_retroactive_move_wins_but_was_unknown_before_it_was_recorded() -> None:
    home = V("home", date(2025, 1, 1), T0)
    moved = V("moved", date(2026, 2, 1), datetime(2026, 3, 10, tzinfo=UTC))  # told the shop in March
    march_box_shipped = datetime(2026, 3, 5, tzinfo=UTC)
    assert in_effect_on([home, moved], date(2026, 3, 1)) is moved
    assert in_effect_on([home, moved], date(2026, 3, 1), as_known_at=march_box_shipped) is home


def test_a_correction_replaces_the_voided_version_but_the_mistake_is_still_known_for_its_time() -> None:
    typo = V("typo", date(2026, 1, 1), T0, voided_at=T0 + timedelta(days=2))
    fixed = V("fixed", date(2026, 1, 1), T0 + timedelta(days=2))
    assert in_effect_on([typo, fixed], date(2026, 1, 5)) is fixed
    assert in_effect_on([typo, fixed], date(2026, 1, 5), as_known_at=T0 + timedelta(days=1)) is typo


def test_same_day_versions_the_later_recorded_wins() -> None:
    first = V("first", date(2026, 1, 1), T0)
    second = V("second", date(2026, 1, 1), T0 + timedelta(hours=1))
    assert in_effect_on([second, first], date(2026, 1, 1)) is second
    same_moment = V("same moment, recorded after", date(2026, 1, 1), T0 + timedelta(hours=1), id=1)
    assert in_effect_on([same_moment, second], date(2026, 1, 1)) is same_moment


def test_a_temporary_stay_ends_and_the_home_address_returns() -> None:
    home = V("home", date(2025, 1, 1), T0)
    summer = V("grandparents", date(2026, 7, 20), T0, effective_until=date(2026, 8, 20))
    assert in_effect_on([home, summer], date(2026, 7, 19)) is home
    assert in_effect_on([home, summer], date(2026, 8, 20)) is summer
    assert in_effect_on([home, summer], date(2026, 8, 21)) is home
    assert periods_in_effect([home, summer], home) == [
        Period(date(2025, 1, 1), date(2026, 7, 19)),
        Period(date(2026, 8, 21), None),
    ]
    assert periods_in_effect([home, summer], summer) == [Period(date(2026, 7, 20), date(2026, 8, 20))]


def test_a_move_during_a_temporary_stay_applies_after_it() -> None:
    home = V("home", date(2025, 1, 1), T0)
    summer = V("grandparents", date(2026, 7, 1), T0, effective_until=date(2026, 8, 31))
    new_home = V("new home", date(2026, 8, 1), T0 + timedelta(days=1))
    assert in_effect_on([home, summer, new_home], date(2026, 8, 15)) is new_home
    assert in_effect_on([home, summer, new_home], date(2026, 9, 1)) is new_home


def test_scheduled_changes_are_the_future_ones_soonest_first() -> None:
    home = V("home", date(2025, 1, 1), T0)
    later = V("later", date(2026, 9, 1), T0)
    soon = V("soon", date(2026, 5, 1), T0)
    withdrawn = V("withdrawn", date(2026, 4, 1), T0, voided_at=T0)
    assert scheduled_after([home, later, soon, withdrawn], date(2026, 3, 1)) == [soon, later]


def test_periods_of_a_replaced_version_end_the_day_before_the_next() -> None:
    a = V("a", date(2025, 1, 1), T0)
    b = V("b", date(2026, 3, 15), T0)
    assert periods_in_effect([a, b], a) == [Period(date(2025, 1, 1), date(2026, 3, 14))]
    assert periods_in_effect([a, b], b) == [Period(date(2026, 3, 15), None)]


def test_a_voided_version_is_never_in_effect() -> None:
    a = V("a", date(2025, 1, 1), T0, voided_at=T0)
    assert periods_in_effect([a], a) == []


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
moments = st.integers(min_value=0, max_value=10_000).map(lambda h: T0 + timedelta(hours=h))


@st.composite
def versions(draw: st.DrawFn) -> list[V]:
    count = draw(st.integers(min_value=1, max_value=8))
    result = []
    for index in range(count):
        start = draw(days)
        until = draw(st.none() | st.integers(min_value=0, max_value=90).map(lambda n, s=start: s + timedelta(n)))
        recorded = draw(moments)
        voided = draw(
            st.none() | st.integers(min_value=0, max_value=500).map(lambda n, r=recorded: r + timedelta(hours=n))
        )
        result.append(V(str(index), start, recorded, until, voided, index))
    return result


@given(versions(), days)
def test_the_version_in_effect_covers_the_day_and_no_later_starting_version_does(vs: list[V], day: date) -> None:
    found = in_effect_on(vs, day)
    live = [v for v in vs if v.voided_at is None]
    covering = [v for v in live if v.effective_from <= day and (v.effective_until is None or day <= v.effective_until)]
    if found is None:
        assert covering == []
        return
    assert found in covering
    assert all(
        (v.effective_from, v.recorded_at, v.id) <= (found.effective_from, found.recorded_at, found.id) for v in covering
    )


@given(versions(), days, moments)
def test_as_known_at_sees_only_what_was_on_record_then(vs: list[V], day: date, moment: datetime) -> None:
    found = in_effect_on(vs, day, as_known_at=moment)
    if found is not None:
        assert found.recorded_at <= moment
        assert found.voided_at is None or found.voided_at > moment
    # Knowledge from the far future is the same as knowledge now.
    assert in_effect_on(vs, day, as_known_at=T0 + timedelta(days=10_000)) is in_effect_on(vs, day)


@given(versions(), days)
def test_periods_agree_with_day_by_day_resolution(vs: list[V], day: date) -> None:
    found = in_effect_on(vs, day)
    for version in vs:
        inside = any(p.first <= day and (p.last is None or day <= p.last) for p in periods_in_effect(vs, version))
        assert inside == (found is version)


@given(versions(), days)
def test_adding_a_voided_version_changes_nothing(vs: list[V], day: date) -> None:
    extra = replace(vs[0], name="voided", voided_at=vs[0].recorded_at, id=len(vs))
    assert in_effect_on([*vs, extra], day) is in_effect_on(vs, day)


def test_the_next_lasting_version_after_a_day_skips_stays_and_voided_entries() -> None:
    home = V("home", date(2025, 1, 1), T0, id=1)
    stay = V("stay", date(2026, 3, 1), T0, effective_until=date(2026, 3, 10), id=2)
    wrong = V("wrong", date(2026, 3, 15), T0, voided_at=T0 + timedelta(days=1), id=3)
    moved = V("moved", date(2026, 4, 1), T0, id=4)
    later = V("later", date(2026, 9, 1), T0, id=5)
    versions = [home, stay, wrong, moved, later]
    assert next_lasting_after(versions, date(2026, 2, 1)) is moved
    assert next_lasting_after(versions, date(2026, 4, 1)) is later
    assert next_lasting_after(versions, date(2026, 9, 1)) is None
