"""PINs and who may do what, without a database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.staff import (
    LOCKOUT,
    MAX_WRONG_PINS,
    PRODUCTION_COST,
    Permission,
    PinTries,
    check_pin_format,
    hash_secret,
    new_recovery_code,
    normalise_recovery_code,
    role_may,
    secret_matches,
)

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize("pin", ["1234", "00000000", "052714"])
def test_a_pin_is_four_to_eight_digits(pin: str) -> None:
    assert check_pin_format(pin) == pin


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "１２３４", " 1234", "12 34"])
def test_anything_else_is_refused_on_the_pin_field(pin: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_pin_format(pin)
    assert refused.value.fields == ("pin",)


def test_the_production_hash_is_salted_scrypt_and_never_holds_the_pin() -> None:
    first = hash_secret("482913", cost=PRODUCTION_COST)
    second = hash_secret("482913", cost=PRODUCTION_COST)
    assert first.startswith(f"scrypt${PRODUCTION_COST.n}$")
    assert PRODUCTION_COST.n >= 2**14
    assert "482913" not in first
    assert first != second  # a fresh salt each time
    assert secret_matches("482913", first) and secret_matches("482913", second)
    assert not secret_matches("482914", first)


def test_a_hash_verifies_at_the_cost_it_was_made_with() -> None:
    stored = hash_secret("1234")  # the tests' low cost
    assert secret_matches("1234", stored)
    assert not secret_matches("1234", "not a hash")
    assert not secret_matches("1234", stored.replace("scrypt", "md5"))


def test_five_wrong_pins_in_a_row_lock_for_five_minutes() -> None:
    tries = PinTries(0, None)
    for left in range(MAX_WRONG_PINS - 1, 0, -1):
        tries = tries.after_wrong_pin(NOW)
        assert tries.tries_left == left and not tries.locked_at(NOW)
    tries = tries.after_wrong_pin(NOW)
    assert tries.locked_at(NOW)
    assert tries.locked_at(NOW + LOCKOUT - timedelta(seconds=1))
    assert not tries.locked_at(NOW + LOCKOUT)
    assert tries.wrong == 0  # after the lock, five more tries


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (StaffRole.OWNER, set(Permission)),
        (
            StaffRole.MANAGER,
            {
                Permission.PRICES_AND_PLANS,
                Permission.IMPORT,
                Permission.EXPORT,
                Permission.VOID,
                Permission.MONEY_FIGURES,
                Permission.OVERDUE_SETTINGS,
                Permission.TIERS,
            },
        ),
        (StaffRole.CLERK, set()),
    ],
)
def test_who_may_do_what(role: StaffRole, allowed: set[Permission]) -> None:
    assert {p for p in Permission if role_may(role, p)} == allowed


def test_a_recovery_code_reads_back_however_it_is_typed() -> None:
    code = new_recovery_code()
    assert len(code) == 19 and code.count("-") == 3
    assert normalise_recovery_code(code.lower().replace("-", " ")) == code
    with pytest.raises(ValidationError) as refused:
        normalise_recovery_code("ABCD-EFGH")
    assert refused.value.fields == ("recovery_code",)
