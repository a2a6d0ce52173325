"""Toys and items: barcodes as a scanner types them, the catalogue's checks, and the steps an item may take."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.toys import (
    LENDABLE,
    TRANSITIONS,
    ItemState,
    ItemStep,
    ToyCategory,
    can_transition,
    check_transition,
    ean13_check_digit,
    fits_age,
    in_store_barcode,
    in_store_serial,
    is_valid_ean13,
    looks_like_barcode,
    parse_barcode,
    steps_for,
    validate_toy,
)

S = ItemState


# --- barcodes ---------------------------------------------------------------------------------------------------


def test_a_product_ean13_is_accepted_and_a_misread_digit_is_caught() -> None:
    assert parse_barcode("8801234567893") == "8801234567893"
    assert parse_barcode(" 8801234567893\n") == "8801234567893"
    with pytest.raises(ValidationError) as wrong:
        parse_barcode("8801234567890")
    assert "check digit" in wrong.value.problems[0].template


def test_a_upc_a_is_the_same_number_as_its_ean13() -> None:
    assert parse_barcode("036000291452") == "0036000291452"
    assert parse_barcode("0036000291452") == "0036000291452"


def test_digits_of_another_length_are_not_a_barcode() -> None:
    for text in ("12345", "88012345678931"):
        with pytest.raises(ValidationError) as refused:
            parse_barcode(text)
        assert refused.value.fields == ("barcode",)


def test_the_shops_own_codes_are_upper_cased_and_need_a_letter() -> None:
    assert parse_barcode("ts-000123") == "TS-000123"
    assert parse_barcode("ＴＳ０１２３") == "TS0123"  # full-width, as some input methods type
    for text in ("TS", "TS 0001", "TS_0001", "X" * 21, ""):
        with pytest.raises(ValidationError):
            parse_barcode(text)


def test_a_scan_typed_while_the_korean_input_method_was_on_still_reads() -> None:
    # The scanner pressed T, S, -, 1, 2, 3, 4; the 2-set layout made the letters jamo.
    assert parse_barcode("ㅅㄴ-1234") == "TS-1234"
    assert looks_like_barcode("ㅅㄴ-1234")


def test_a_name_is_not_mistaken_for_a_barcode() -> None:
    assert not looks_like_barcode("자석 블록")
    assert not looks_like_barcode("ㅈㅅㅂㄹ")  # 초성 of a toy's name: no digits
    assert not looks_like_barcode("tayo bus")
    assert looks_like_barcode("8801234567893")


@given(st.integers(min_value=1, max_value=10**11 - 1))
def test_every_in_store_label_is_a_valid_ean13_in_the_in_store_range(serial: int) -> None:
    code = in_store_barcode(serial)
    assert is_valid_ean13(code) and code.startswith("2") and len(code) == 13
    assert parse_barcode(code) == code
    assert in_store_serial(code) == serial


@given(st.text(alphabet="0123456789", min_size=12, max_size=12), st.integers(0, 11), st.integers(1, 9))
def test_changing_one_digit_of_an_ean13_breaks_its_check(body: str, position: int, change: int) -> None:
    code = body + str(ean13_check_digit(body))
    assert is_valid_ean13(code)
    digits = list(code)
    digits[position] = str((int(digits[position]) + change) % 10)
    assert not is_valid_ean13("".join(digits))


# --- the catalogue ----------------------------------------------------------------------------------------------


def test_a_toy_keeps_its_initials_for_choseong_search() -> None:
    toy = validate_toy(
        name="  자석  블록 100피스 ",
        category=ToyCategory.BLOCKS,
        min_age_months=36,
        max_age_months=96,
        brand="맥포머스",
        value=89_000,
    )
    assert toy.name == "자석 블록 100피스"
    assert toy.name_initials == "ㅈㅅㅂㄹ100ㅍㅅ"
    assert toy.fits(36) and toy.fits(96) and not toy.fits(35) and not toy.fits(97)


def test_a_toy_with_every_field_wrong_is_refused_field_by_field() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_toy(
            name=" ",
            category=ToyCategory.BABY,
            min_age_months=24,
            max_age_months=12,
            brand="b" * 61,
            value=0,
        )
    assert set(refused.value.fields) == {"name", "max_age_months", "brand", "value"}


@given(st.integers(0, 180), st.integers(0, 180), st.integers(-12, 200))
def test_age_fit_is_the_closed_range(low: int, high: int, age: int) -> None:
    assert fits_age(low, high, age) == (low <= age <= high)


# --- item states ------------------------------------------------------------------------------------------------


def test_a_retired_item_never_comes_back() -> None:
    assert TRANSITIONS[S.RETIRED] == frozenset()
    for state in ItemState:
        if state not in (S.RETIRED, S.ON_LOAN):
            assert can_transition(state, S.RETIRED)


def test_an_item_on_loan_leaves_only_by_its_return() -> None:
    # The shop cannot clean, repair, shelve or retire what a child has at home.
    assert TRANSITIONS[S.ON_LOAN] == frozenset()
    for target in (S.CLEANING, S.REPAIR, S.RETIRED, S.AVAILABLE):
        assert not can_transition(S.ON_LOAN, target)
        with pytest.raises(ValidationError) as refused:
            check_transition(S.ON_LOAN, target, item="자석 블록 (TS-0001)")
        assert "record its return first" in refused.value.problems[0].template
        # A return sends it wherever its condition says.
        assert check_transition(S.ON_LOAN, target, item="x", by_return=True) is target
    assert {s for s in ItemState if any(can_transition(s, t, by_return=True) for t in ItemState)} == {S.ON_LOAN}
    with pytest.raises(ValidationError) as refused:
        check_transition(S.AVAILABLE, S.AVAILABLE, item="x", by_return=True)
    assert "not on loan" in refused.value.problems[0].template


def test_the_steps_the_counter_is_offered_follow_the_state() -> None:
    step = ItemStep
    assert steps_for(S.AVAILABLE) == {step.LEND, step.SEND_TO_CLEANING, step.SEND_TO_REPAIR, step.RETIRE}
    assert steps_for(S.HELD) == {step.LEND, step.SEND_TO_CLEANING, step.SEND_TO_REPAIR, step.RETIRE}
    assert steps_for(S.ON_LOAN) == {step.RETURN}
    assert steps_for(S.CLEANING) == {step.FINISH_WORK, step.SEND_TO_REPAIR, step.RETIRE}
    assert steps_for(S.REPAIR) == {step.FINISH_WORK, step.SEND_TO_CLEANING, step.RETIRE}
    assert steps_for(S.RETIRED) == frozenset()


def test_only_an_item_on_the_shelf_or_set_aside_can_be_lent() -> None:
    assert {s for s in ItemState if can_transition(s, S.ON_LOAN)} == LENDABLE == {S.AVAILABLE, S.HELD}


def test_an_item_in_cleaning_or_repair_must_be_finished_before_lending() -> None:
    for state, words in ((S.CLEANING, "cleaning"), (S.REPAIR, "repair"), (S.ON_LOAN, "not been returned")):
        with pytest.raises(ValidationError) as refused:
            check_transition(state, S.ON_LOAN, item="자석 블록 (TS-0001)")
        problem = refused.value.problems[0]
        assert words in problem.template and problem.arguments["item"] == "자석 블록 (TS-0001)"


@given(st.lists(st.sampled_from(list(ItemState)), max_size=30))
def test_any_walk_through_the_states_is_allowed_step_by_step_or_refused_without_change(
    targets: list[ItemState],
) -> None:
    state = S.AVAILABLE
    for target in targets:
        if can_transition(state, target):
            state = check_transition(state, target, item="x")
        else:
            with pytest.raises(ValidationError):
                check_transition(state, target, item="x")
    assert state in ItemState
