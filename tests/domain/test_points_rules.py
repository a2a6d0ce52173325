"""The points rules without a database: oldest points spent first, expiry N months after earning, a balance that
never includes expired points, voids refused when they would take back spent points, and referral codes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.points import (
    PointsKind,
    PointsMove,
    PointsRules,
    check_points_for_payment,
    check_spend,
    check_void,
    customer_of_code,
    earning_since_after_change,
    parse_points,
    points_state,
    points_to_use,
    referral_code,
)

START = date(2026, 1, 1)
YEAR = PointsRules(earn_percent=1, expiry_months=12)


def test_a_paid_fee_earns_its_percent_rounded_down() -> None:
    assert YEAR.earned_for(29_000) == 290 and YEAR.earned_for(33_150) == 331 and PointsRules().earned_for(50_000) == 0


def test_a_fee_earns_only_when_paid_off_on_or_after_the_day_earning_was_turned_on() -> None:
    since = PointsRules(earn_percent=1, earning_since=date(2026, 4, 10))
    assert not since.earns_when_paid_off_on(date(2026, 4, 9))
    assert since.earns_when_paid_off_on(date(2026, 4, 10)) and since.earns_when_paid_off_on(date(2027, 1, 1))
    assert not PointsRules(earn_percent=0, earning_since=date(2026, 4, 10)).earns_when_paid_off_on(date(2026, 5, 1))
    assert not PointsRules(earn_percent=1).earns_when_paid_off_on(date(2026, 5, 1))  # no day: never turned on


def test_turning_earning_on_starts_today_off_clears_the_day_and_a_new_percent_keeps_it() -> None:
    today, earlier = date(2026, 6, 1), date(2026, 4, 10)
    assert earning_since_after_change(percent_before=0, percent_after=1, since=None, today=today) == today
    assert earning_since_after_change(percent_before=1, percent_after=3, since=earlier, today=today) == earlier
    assert earning_since_after_change(percent_before=1, percent_after=1, since=earlier, today=today) == earlier
    assert earning_since_after_change(percent_before=1, percent_after=0, since=earlier, today=today) is None
    assert earning_since_after_change(percent_before=0, percent_after=0, since=None, today=today) is None


def test_spending_uses_the_oldest_points_so_what_expires_is_what_is_left_of_them() -> None:
    moves = [
        PointsMove(1, PointsKind.GRANTED, 1_000, date(2026, 3, 2)),
        PointsMove(2, PointsKind.EARNED, 1_000, date(2026, 9, 1)),
        PointsMove(3, PointsKind.SPENT, 1_200, date(2026, 10, 1)),
    ]
    assert points_state(moves, date(2027, 3, 1), YEAR).balance == 800
    on_expiry = points_state(moves, date(2027, 3, 2), YEAR)
    assert on_expiry.balance == 800 and on_expiry.expiries == ()  # the first lot was used up
    later = points_state(moves, date(2027, 9, 1), YEAR)
    assert later.balance == 0 and [(e.lot_id, e.points, e.on) for e in later.expiries] == [(2, 800, date(2027, 9, 1))]
    assert points_state(moves, date(2030, 1, 1), PointsRules()).balance == 800  # 0 months: never expire


def test_a_void_that_would_uncover_a_spending_is_refused() -> None:
    moves = [PointsMove(1, PointsKind.GRANTED, 500, START), PointsMove(2, PointsKind.SPENT, 300, START)]
    with pytest.raises(ValidationError) as refused:
        check_void(moves, 1, START, YEAR)
    assert refused.value.fields == ("reason",)
    assert check_void(moves, 2, START, YEAR).balance == 500


def test_spending_is_within_the_balance_and_what_is_unpaid() -> None:
    assert check_spend(300, balance=500, open_amount=300) == 300
    for points, balance, open_amount in ((501, 600, 500), (600, 500, 1_000), (0, 10, 10)):
        with pytest.raises(ValidationError):
            check_spend(points, balance=balance, open_amount=open_amount)


def test_points_as_typed() -> None:
    assert parse_points("3,000", field="points") == 3_000 and parse_points(" 500P", field="points") == 500
    for text in ("", "-5", "1.5", "삼천", "0"):
        with pytest.raises(ValidationError):
            parse_points(text, field="points")


@given(st.integers(min_value=1, max_value=10**9))
def test_a_referral_code_is_digits_and_names_its_customer(customer_id: int) -> None:
    code = referral_code(customer_id)
    assert code.isascii() and code.isdigit() and len(code) >= 7
    assert customer_of_code(code) == customer_id
    assert customer_of_code(f" {code[:3]}-{code[3:]} ") == customer_id  # spaces and dashes as printed or typed
    # One digit mistyped is caught by the check digit.
    wrong = code[:-2] + str((int(code[-2]) + 1) % 10) + code[-1]
    with pytest.raises(ValidationError):
        customer_of_code(wrong)


moves_strategy = st.lists(
    st.tuples(st.sampled_from(["earn", "spend"]), st.integers(1, 2_000), st.integers(0, 800)), max_size=30
)


@given(moves_strategy, st.integers(0, 24))
def test_spending_only_what_the_balance_allows_keeps_every_balance_at_or_above_zero(
    steps: list[tuple[str, int, int]], expiry_months: int
) -> None:
    rules = PointsRules(expiry_months=expiry_months)
    moves: list[PointsMove] = []
    for index, (action, points, offset) in enumerate(sorted(steps, key=lambda s: s[2]), start=1):
        day = START + timedelta(days=offset)
        balance = points_state(moves, day, rules).balance
        if action == "earn":
            moves.append(PointsMove(index, PointsKind.EARNED, points, day))
        elif points <= balance:
            moves.append(PointsMove(index, PointsKind.SPENT, points, day))
        state = points_state(moves, day, rules)
        assert state.balance >= 0 and state.uncovered == 0
        added = sum(m.points for m in moves if m.kind.adds)
        spent = sum(m.points for m in moves if m.kind is PointsKind.SPENT)
        assert state.balance == added - spent - state.expired


@pytest.mark.parametrize(
    ("typed", "points"),
    [
        ("", 0),
        ("  ", 0),
        ("0", 0),
        ("5,000", 5_000),
        ("5 000", 5_000),
        ("3000P", 3_000),
        ("５，０００", 5_000),
        ("３０００Ｐ", 3_000),
    ],
)
def test_points_used_at_the_counter_read_as_typed_and_empty_is_none(typed: str, points: int) -> None:
    assert points_to_use(typed) == points


@pytest.mark.parametrize(("typed", "says"), [("-500", "below 0"), ("abc", "whole number"), ("1.5", "whole number")])
def test_points_used_that_are_not_a_number_or_below_zero_are_refused(typed: str, says: str) -> None:
    with pytest.raises(ValidationError) as refused:
        points_to_use(typed)
    (problem,) = refused.value.problems
    assert problem.field == "points" and says in problem.template


def test_points_used_at_the_counter_stay_within_the_balance_and_what_is_owed() -> None:
    assert check_points_for_payment(0, balance=0, owed=0) == 0
    assert check_points_for_payment(5_000, balance=5_000, owed=5_000) == 5_000
    for points, balance, owed, says in ((5_001, 5_000, 9_000, "5,000 points"), (5_001, 9_000, 5_000, "5,000원")):
        with pytest.raises(ValidationError) as refused:
            check_points_for_payment(points, balance=balance, owed=owed)
        (problem,) = refused.value.problems
        assert problem.field == "points" and says in problem.template.format(**problem.arguments)
