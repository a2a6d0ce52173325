"""The ledger's rules without a database: which cycles are charged and for how much, allocation oldest first, the
balance, and what the clerk may type for a payment or refund."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.fees import EarlyTerminationRule
from toysub_desktop.domain.ledger import (
    BilledCharge,
    EntryKind,
    ExpectedCharge,
    MoreThanOwed,
    OpenDebit,
    SkipRule,
    apply_credits,
    balance,
    check_approval_number,
    check_payment,
    check_payment_split,
    check_refund,
    check_split,
    cycle_charges,
    deposit_charge,
    deposit_refund,
    left_open,
    oldest_first,
    payment_amount,
    plan_charges,
)
from toysub_desktop.domain.subscription_history import EventKind, LifecycleEvent, SignedContract, SubscriptionHistory
from toysub_desktop.domain.subscriptions import PauseEndRule

START = date(2026, 3, 2)
SIGNED = SignedContract(
    start=START,
    trial_days=14,
    months=12,
    pause_rule=PauseEndRule.EXTEND_TERM,
    plan_id=1,
    monthly_fee=33_150,
    early_termination=EarlyTerminationRule(10, None),
)


def history(*events: LifecycleEvent, **signed: object) -> SubscriptionHistory:
    return SubscriptionHistory(replace(SIGNED, **signed), events)  # type: ignore[arg-type]


def amounts(charges: list[ExpectedCharge]) -> list[tuple[date, int]]:
    return [(c.due_on, c.amount) for c in charges]


def test_each_cycle_is_billed_in_advance_on_its_first_day_after_the_trial() -> None:
    charges = cycle_charges(7, history(), through=date(2026, 5, 16))
    assert amounts(charges) == [(date(2026, 3, 16), 33_150), (date(2026, 4, 16), 33_150), (date(2026, 5, 16), 33_150)]
    assert [c.key for c in charges] == ["S7-C0", "S7-C1", "S7-C2"]
    assert cycle_charges(7, history(), through=date(2026, 3, 15)) == []  # the trial is free
    whole_term = cycle_charges(7, history(), through=date(2030, 1, 1))
    assert len(whole_term) == 12 and sum(c.amount for c in whole_term) == 12 * 33_150


def test_a_plan_change_charges_its_fee_from_the_cycle_it_takes_effect() -> None:
    change = LifecycleEvent(1, EventKind.PLAN_CHANGE, date(2026, 5, 16), monthly_fee=27_550, plan_id=2)
    assert amounts(cycle_charges(1, history(change), through=date(2026, 6, 16)))[-3:] == [
        (date(2026, 4, 16), 33_150),
        (date(2026, 5, 16), 27_550),
        (date(2026, 6, 16), 27_550),
    ]


def test_a_cycle_wholly_paused_is_not_charged_and_a_partly_paused_one_is_pro_rated_by_its_days() -> None:
    # Paused 2026-05-16 .. 2026-06-15 (the whole May cycle), then 2026-07-01 .. 2026-07-10 (10 of 31 days).
    whole = LifecycleEvent(1, EventKind.PAUSE, date(2026, 5, 16), until=date(2026, 6, 15))
    part = LifecycleEvent(2, EventKind.PAUSE, date(2026, 7, 1), until=date(2026, 7, 10))
    charges = {c.due_on: c for c in cycle_charges(1, history(whole, part), through=date(2026, 7, 16))}
    assert date(2026, 5, 16) not in charges
    june = charges[date(2026, 6, 16)]  # 2026-06-16 .. 2026-07-15: 30 days, 10 paused
    assert (june.days, june.cycle_days, june.amount) == (20, 30, 33_150 * 20 // 30)
    assert june.pro_rated


def test_the_term_extended_by_a_pause_bills_its_extra_days_so_the_term_costs_what_was_signed() -> None:
    pause = LifecycleEvent(1, EventKind.PAUSE, date(2026, 5, 16), until=date(2026, 6, 15))
    charges = cycle_charges(1, history(pause), through=date(2030, 1, 1))
    assert len(charges) == 12 and sum(c.amount for c in charges) == 12 * 33_150


def test_a_cancellation_ends_the_charges_and_pro_rates_the_last_cycle() -> None:
    # First day without service 2026-05-26: the May cycle (16th .. 15th, 31 days) is served 10 days.
    charges = cycle_charges(1, history(cancelled_on=date(2026, 5, 26)), through=date(2030, 1, 1))
    assert amounts(charges) == [
        (date(2026, 3, 16), 33_150),
        (date(2026, 4, 16), 33_150),
        (date(2026, 5, 16), 33_150 * 10 // 31),
    ]
    assert cycle_charges(1, history(cancelled_on=date(2026, 3, 10)), through=date(2030, 1, 1)) == []


def test_a_skipped_box_follows_the_contracts_skip_rule() -> None:
    skip = LifecycleEvent(1, EventKind.SKIP, date(2026, 4, 20))
    charged = cycle_charges(1, history(skip), through=date(2026, 5, 16))
    assert len(charged) == 3
    not_charged = cycle_charges(1, history(skip), through=date(2026, 5, 16), skip_rule=SkipRule.NOT_CHARGED)
    assert amounts(not_charged) == [(date(2026, 3, 16), 33_150), (date(2026, 5, 16), 33_150)]


def test_an_imported_contract_is_billed_only_after_its_paid_through_date() -> None:
    charges = cycle_charges(1, history(), through=date(2026, 6, 16), paid_through=date(2026, 5, 15))
    assert amounts(charges) == [(date(2026, 5, 16), 33_150), (date(2026, 6, 16), 33_150)]
    # Paid through the middle of a cycle: the rest of it is pro-rated.
    mid = cycle_charges(1, history(), through=date(2026, 4, 16), paid_through=date(2026, 3, 31))
    assert amounts(mid) == [(date(2026, 3, 16), 33_150 * 15 // 31), (date(2026, 4, 16), 33_150)]


def test_a_shop_that_ran_before_the_ledger_is_billed_from_the_first_cycle_after_it_opened() -> None:
    charges = cycle_charges(1, history(), through=date(2026, 6, 16), billed_from=date(2026, 5, 1))
    assert amounts(charges) == [(date(2026, 5, 16), 33_150), (date(2026, 6, 16), 33_150)]


def test_the_deposit_is_due_with_the_first_payment_unless_cancelled_in_the_trial() -> None:
    deposit = deposit_charge(1, history(), 50_000)
    assert deposit is not None and (deposit.due_on, deposit.amount, deposit.key) == (date(2026, 3, 16), 50_000, "S1-D")
    assert deposit_charge(1, history(cancelled_on=date(2026, 3, 10)), 50_000) is None
    assert deposit_charge(1, history(), 0) is None


def test_billing_again_keeps_paid_charges_and_voids_and_rebills_unpaid_ones_that_changed() -> None:
    want = [
        ExpectedCharge("S1-C0", EntryKind.CYCLE_FEE, START, 30_000),
        ExpectedCharge("S1-C1", EntryKind.CYCLE_FEE, START, 10),
    ]
    same = plan_charges(want, [BilledCharge(1, "S1-C0", 30_000, 0), BilledCharge(2, "S1-C1", 10, 0)])
    assert same.add == () and same.void == ()
    changed = plan_charges(want, [BilledCharge(1, "S1-C0", 33_150, 0), BilledCharge(3, "S1-C2", 500, 0)])
    assert {c.key for c in changed.void} == {"S1-C0", "S1-C2"}
    assert {c.key for c in changed.add} == {"S1-C0", "S1-C1"}
    paid = plan_charges([], [BilledCharge(1, "S1-C0", 33_150, 1)])
    assert paid.add == () and paid.void == ()  # someone paid part of it: it stays as it is


def test_a_payment_pays_the_oldest_charges_first() -> None:
    debits = [
        OpenDebit(3, date(2026, 5, 16), 33_150),
        OpenDebit(1, date(2026, 3, 16), 10_000),
        OpenDebit(2, date(2026, 3, 16), 50_000),
    ]
    assert oldest_first(55_000, debits) == [(1, 10_000), (2, 45_000)]
    assert oldest_first(200_000, debits) == [(1, 10_000), (2, 50_000), (3, 33_150)]


def test_the_clerks_own_split_stays_within_each_charge_and_the_payment() -> None:
    debits = [OpenDebit(1, START, 10_000), OpenDebit(2, START, 50_000)]
    assert check_split(30_000, {2: 30_000}, debits) == [(2, 30_000)]
    with pytest.raises(ValidationError) as error:
        check_split(30_000, {1: 20_000}, debits)
    assert error.value.fields == ("allocation[1]",)
    with pytest.raises(ValidationError) as error:
        check_split(30_000, {1: 10_000, 2: 25_000}, debits)
    assert error.value.fields == ("allocation",)


def test_a_payment_split_by_the_clerk_adds_up_to_the_payment_or_to_all_that_is_open() -> None:
    debits = [OpenDebit(1, START, 10_000), OpenDebit(2, START, 50_000)]
    assert check_payment_split(30_000, {1: 5_000, 2: 25_000}, debits) == [(1, 5_000), (2, 25_000)]
    with pytest.raises(ValidationError) as error:
        check_payment_split(30_000, {1: 5_000, 2: 20_000}, debits)  # 5,000원 unaccounted for
    assert error.value.fields == ("allocation",)
    # More than everything open: everything is paid, the rest kept as credit.
    assert check_payment_split(70_000, {1: 10_000, 2: 50_000}, debits) == [(1, 10_000), (2, 50_000)]
    with pytest.raises(ValidationError):
        check_payment_split(70_000, {2: 50_000}, debits)
    with pytest.raises(ValidationError) as error:
        check_payment_split(30_000, {1: 11_000, 2: 19_000}, debits)
    assert error.value.fields == ("allocation[1]",)


@pytest.mark.parametrize(
    ("held", "unpaid", "agreed", "deducted", "refund"),
    [
        (50_000, 17_500, False, 0, 50_000),
        (50_000, 17_500, True, 17_500, 32_500),
        (50_000, 80_000, True, 50_000, 0),
        (50_000, 0, True, 0, 50_000),
    ],
)
def test_a_deposit_refund_takes_the_unpaid_fees_only_with_the_customers_agreement(
    held: int, unpaid: int, agreed: bool, deducted: int, refund: int
) -> None:
    outcome = deposit_refund(held, unpaid=unpaid, customer_agreed=agreed)
    assert (outcome.held, outcome.deducted, outcome.refund) == (held, deducted, refund)


@pytest.mark.parametrize(("typed", "expected"), [("39000", 39_000), ("39,000", 39_000), (" 39,000원 ", 39_000)])
def test_a_payment_is_typed_in_whole_won(typed: str, expected: int) -> None:
    assert payment_amount(typed) == expected


@pytest.mark.parametrize("typed", ["0", "-5000", "삼만원", "39000a", "", "1.5"])
def test_a_payment_of_nothing_a_negative_or_letters_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as error:
        payment_amount(typed)
    assert error.value.fields == ("amount",)


def test_more_than_owed_asks_to_keep_the_rest_as_credit_and_a_refund_stays_within_what_was_paid() -> None:
    with pytest.raises(MoreThanOwed) as error:
        check_payment(50_000, owed=33_150, keep_credit=False)
    assert error.value.owed == 33_150 and error.value.fields == ("amount",)
    assert check_payment(50_000, owed=33_150, keep_credit=True) == 50_000
    assert check_payment(33_150, owed=33_150, keep_credit=False) == 33_150
    with pytest.raises(ValidationError):
        check_refund(20_000, refundable=16_850)
    assert check_refund(16_850, refundable=16_850) == 16_850


def test_a_card_payment_needs_its_approval_number() -> None:
    assert check_approval_number("1234-5678", field="approval_number", required=True) == "12345678"
    for typed in ("", "12a4", "12"):
        with pytest.raises(ValidationError):
            check_approval_number(typed, field="approval_number", required=True)
    assert check_approval_number("", field="cash_receipt_number", required=False) == ""


debit_amounts = st.lists(st.integers(1, 100_000), min_size=0, max_size=8)


@given(debit_amounts, st.lists(st.integers(1, 150_000), max_size=6))
def test_applied_credit_never_exceeds_a_debit_or_a_credit(debits: list[int], credits: list[int]) -> None:
    opens = [OpenDebit(i, START + timedelta(days=i % 3), amount) for i, amount in enumerate(debits)]
    allocations = apply_credits([(100 + i, c) for i, c in enumerate(credits)], opens)
    for debit in opens:
        assert sum(a.amount for a in allocations if a.debit_id == debit.id) <= debit.open
    for i, credit in enumerate(credits):
        assert sum(a.amount for a in allocations if a.credit_id == 100 + i) <= credit
    assert sum(a.amount for a in allocations) == min(sum(debits), sum(credits))


def test_the_balance_is_debits_less_credits() -> None:
    entries = [
        (EntryKind.CYCLE_FEE, 33_150),
        (EntryKind.DEPOSIT, 50_000),
        (EntryKind.PAYMENT, 100_000),
        (EntryKind.REFUND, 10_000),
        (EntryKind.WRITE_OFF, 1_000),
    ]
    assert balance(entries) == 33_150 + 50_000 - 100_000 + 10_000 - 1_000


def test_the_statement_periods_a_clerk_picks_from() -> None:
    from toysub_desktop.domain.ledger import check_statement_period, last_month_period, month_period, year_period

    assert month_period(date(2026, 12, 7)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert month_period(date(2028, 2, 29)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert last_month_period(date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert last_month_period(date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert year_period(date(2026, 12, 7)) == (date(2026, 1, 1), date(2026, 12, 31))
    assert check_statement_period(date(2026, 4, 1), date(2026, 4, 1)) == (date(2026, 4, 1), date(2026, 4, 1))
    with pytest.raises(ValidationError) as refused:
        check_statement_period(date(2026, 4, 2), date(2026, 4, 1))
    assert refused.value.fields == ("last",)


def test_what_is_left_open_once_points_paid_the_oldest_charges() -> None:
    debits = [OpenDebit(1, date(2026, 3, 2), 29_000), OpenDebit(2, date(2026, 4, 2), 29_000)]
    by_points = oldest_first(35_000, debits)
    assert by_points == [(1, 29_000), (2, 6_000)]
    assert left_open(debits, by_points) == [OpenDebit(2, date(2026, 4, 2), 23_000)]
    assert left_open(debits, []) == debits
