"""The daily close's rules without a database: lines per staff member and method, the drawer, the reason for a
difference, the lock and the days that can be closed."""

from __future__ import annotations

from datetime import date

import pytest

from toysub_desktop.domain.day_close import (
    CloseLine,
    DayClosedError,
    Movement,
    check_counted,
    check_day_open,
    check_day_to_close,
    close_lines,
    close_total,
    expected_cash,
    signed_won,
    totals_by_means,
)
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans

CASH, CARD = PaymentMeans.CASH, PaymentMeans.CARD
DAY = date(2026, 3, 16)


def test_movements_sum_per_staff_and_method_and_a_void_undoes_its_entry() -> None:
    lines = close_lines(
        [
            Movement("최유진", EntryKind.PAYMENT, 30_000, CASH),
            Movement("박지영", EntryKind.PAYMENT, 40_000, CARD),
            Movement("박지영", EntryKind.PAYMENT, 20_000, CASH),
            Movement("박지영", EntryKind.REFUND, 5_000, CASH),
            Movement("최유진", EntryKind.PAYMENT, 30_000, CASH, void=True),
            Movement("최유진", EntryKind.REFUND, 5_000, CASH, void=True),
            Movement("박지영", EntryKind.WRITE_OFF, 1_000, None),
            Movement("박지영", EntryKind.WRITE_OFF, 1_000, None, void=True),
            Movement("박지영", EntryKind.CYCLE_FEE, 33_150, None),  # a charge moves no money
        ]
    )
    assert lines == (
        CloseLine("박지영", CASH, payments=20_000, refunds=5_000, count=2),
        CloseLine("박지영", CARD, payments=40_000, count=1),
        CloseLine("박지영", None, write_offs=0, count=2),
        CloseLine("최유진", CASH, payments=30_000, voids=-30_000 + 5_000, count=3),
    )
    assert [line.net for line in lines] == [15_000, 40_000, 0, 5_000]
    assert close_total(lines) == CloseLine("", None, 90_000, 5_000, 0, -25_000, 8)
    assert list(totals_by_means(lines).items()) == [(CASH, 20_000), (CARD, 40_000)]
    # The drawer counts cash only: the float, cash in, cash out.
    assert expected_cash(50_000, lines) == 50_000 + 15_000 + 5_000


def test_a_difference_needs_a_reason_and_none_is_needed_without_one() -> None:
    assert check_counted(70_000, expected=70_000, reason="") == ""
    assert check_counted(69_000, expected=70_000, reason="거스름돈 착오") == "거스름돈 착오"
    with pytest.raises(ValidationError) as caught:
        check_counted(71_000, expected=70_000, reason="")
    assert caught.value.fields == ("reason",)
    assert caught.value.problems[0].arguments == {"difference": "+1,000원"}
    assert (signed_won(-500), signed_won(0)) == ("-500원", "0원")


def test_the_lock_refuses_a_closed_day_only() -> None:
    assert check_day_open(DAY, closed=False) == DAY
    with pytest.raises(DayClosedError) as caught:
        check_day_open(DAY, closed=True)
    assert caught.value.fields == ("entry_on",) and caught.value.day == DAY
    assert caught.value.problems[0].arguments == {"day": "2026-03-16"}


def test_today_and_days_gone_by_can_be_closed_but_not_a_day_to_come() -> None:
    assert check_day_to_close(DAY, today=DAY) == DAY
    assert check_day_to_close(date(2026, 1, 2), today=DAY) == date(2026, 1, 2)
    for day in (date(2026, 3, 17), date(1900, 1, 1)):
        with pytest.raises(ValidationError) as caught:
            check_day_to_close(day, today=DAY)
        assert caught.value.fields == ("day",)
