"""VAT on the papers: 공급가액 = round(total ÷ 1.1) half up, 부가세 = the rest; which charges carry it."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.vat import (
    DEFAULT_VAT_KINDS,
    TaxStatus,
    VatRules,
    check_vat_kinds,
    split_vat,
    vat_kinds_from_text,
    vat_kinds_text,
)


@pytest.mark.parametrize(
    ("total", "supply", "vat"),
    [
        (0, 0, 0),
        (11_000, 10_000, 1_000),
        (39_000, 35_455, 3_545),  # 35,454.54… rounds up
        (29_000, 26_364, 2_636),  # 26,363.63… rounds up
        (33_150, 30_136, 3_014),  # 30,136.36… rounds down
        (16, 15, 1),  # 14.5454… rounds up
        (12, 11, 1),  # 10.909… rounds up
        (1, 1, 0),  # 0.909…
        (5, 5, 0),  # 4.5454… rounds up
        (165, 150, 15),
    ],
)
def test_the_supply_value_is_the_total_over_1_1_rounded_half_up(total: int, supply: int, vat: int) -> None:
    split = split_vat(total)
    assert (split.total, split.supply, split.vat) == (total, supply, vat)


@given(st.integers(min_value=0, max_value=10**12))
def test_supply_and_vat_add_up_to_the_total_and_follow_the_formula(total: int) -> None:
    split = split_vat(total)
    assert split.supply + split.vat == total
    assert 0 <= split.vat <= split.supply or total == 0
    assert split.vat >= 0
    exact = Fraction(total * 10, 11)
    assert abs(split.supply - exact) <= Fraction(1, 2)
    assert split.supply == int(exact + Fraction(1, 2))


def test_a_negative_total_is_a_mistake() -> None:
    with pytest.raises(ValueError):
        split_vat(-1)


def test_by_default_only_plan_fees_carry_vat_and_only_a_general_taxpayer_shows_it() -> None:
    general = VatRules(TaxStatus.GENERAL)
    assert general.kinds == DEFAULT_VAT_KINDS == {EntryKind.CYCLE_FEE}
    assert general.carries_vat(EntryKind.CYCLE_FEE)
    for kind in (
        EntryKind.DEPOSIT,
        EntryKind.EARLY_TERMINATION,
        EntryKind.LATE_FEE,
        EntryKind.DAMAGE_FEE,
        EntryKind.LOSS_FEE,
        EntryKind.PAYMENT,
    ):
        assert not general.carries_vat(kind)
    amounts = [(EntryKind.CYCLE_FEE, 29_000), (EntryKind.DEPOSIT, 50_000), (EntryKind.CYCLE_FEE, 10_000)]
    split = general.split_of(amounts)
    assert split is not None and (split.total, split.supply, split.vat) == (39_000, 35_455, 3_545)
    for status in (TaxStatus.SIMPLIFIED, TaxStatus.EXEMPT):
        rules = VatRules(status)
        assert not rules.shows_vat and not rules.carries_vat(EntryKind.CYCLE_FEE)
        assert rules.split_of(amounts) is None


def test_the_owner_may_add_a_fee_and_the_setting_reads_back_as_stored() -> None:
    kinds = check_vat_kinds({EntryKind.CYCLE_FEE, EntryKind.LATE_FEE})
    text = vat_kinds_text(kinds)
    assert text == "cycle_fee,late_fee"
    assert vat_kinds_from_text(text) == kinds
    assert vat_kinds_from_text("") == frozenset()
    assert vat_kinds_from_text("cycle_fee,payment,nonsense") == {EntryKind.CYCLE_FEE}
    assert VatRules(TaxStatus.GENERAL, kinds).carries_vat(EntryKind.LATE_FEE)


def test_payments_cannot_carry_vat() -> None:
    with pytest.raises(ValidationError) as refused:
        check_vat_kinds({EntryKind.CYCLE_FEE, EntryKind.PAYMENT})
    assert refused.value.problems[0].field == "vat_kinds"
