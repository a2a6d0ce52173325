"""When a new price reaches a contract and by when its subscriber must be told, without a database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.price_notices import (
    applies_from,
    check_notice,
    is_late,
    price_at_renewal,
    prices_reaching,
    tell_by,
)

RECORDED = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Price:
    id: int
    monthly_price: int
    effective_from: date
    recorded_at: datetime = RECORDED
    voided_at: datetime | None = None
    effective_until: date | None = None


SIGNED = Price(1, 29_000, date(2025, 1, 2))
JUNE = Price(2, 32_000, date(2026, 6, 1))
DECEMBER = Price(3, 34_000, date(2026, 12, 1))


def test_a_price_applies_from_the_later_of_its_date_and_the_renewal() -> None:
    assert applies_from(date(2026, 6, 1), renewal_on=date(2027, 3, 2)) == date(2027, 3, 2)
    assert applies_from(date(2026, 6, 1), renewal_on=date(2026, 4, 1)) == date(2026, 6, 1)
    assert tell_by(date(2027, 3, 2), 30) == date(2027, 1, 31)
    assert tell_by(date(2027, 3, 2), 0) == date(2027, 3, 2)


def reaching(prices: list[Price], renewal_on: date, fixed_on: date = date(2026, 3, 2)) -> list[tuple[int, date]]:
    found = prices_reaching(prices, renewal_on=renewal_on, price_fixed_on=fixed_on, current_price=29_000)
    return [(reach.price.id, reach.applies_from) for reach in found]


def test_only_the_price_in_effect_at_the_renewal_reaches_a_contract_renewing_after_both_changes() -> None:
    assert reaching([SIGNED, JUNE, DECEMBER], date(2027, 3, 2)) == [(3, date(2027, 3, 2))]


def test_a_contract_whose_term_ends_first_meets_each_change_on_its_date() -> None:
    assert reaching([SIGNED, JUNE, DECEMBER], date(2026, 4, 1)) == [(2, date(2026, 6, 1)), (3, date(2026, 12, 1))]


def test_a_price_already_in_effect_when_the_contract_was_signed_is_no_change() -> None:
    assert reaching([SIGNED, JUNE], date(2027, 7, 1), fixed_on=date(2026, 6, 1)) == []


def test_a_voided_price_reaches_no_one() -> None:
    voided = Price(2, 32_000, date(2026, 6, 1), voided_at=RECORDED)
    assert reaching([SIGNED, voided], date(2027, 3, 2)) == []


def test_a_change_back_to_the_price_the_contract_pays_is_no_change() -> None:
    assert reaching([SIGNED, Price(2, 29_000, date(2026, 6, 1))], date(2027, 3, 2)) == []


def test_a_notice_cannot_be_dated_in_the_future_or_before_the_price_was_recorded() -> None:
    today = date(2026, 3, 10)
    assert check_notice(told_on=today, today=today, price_recorded_on=date(2026, 3, 2), note=" 전화  안내 ") == (
        "전화 안내"
    )
    for told_on in (date(2026, 3, 11), date(2026, 3, 1)):
        with pytest.raises(ValidationError) as refused:
            check_notice(told_on=told_on, today=today, price_recorded_on=date(2026, 3, 2), note="")
        assert refused.value.fields == ("told_on",)


def test_a_renewal_is_priced_at_what_the_list_tells_the_subscriber() -> None:
    prices = [SIGNED, JUNE, DECEMBER]
    # Term ends 2026-05-31: told "32,000 from 06-01", and a renewal starting 06-01 is priced 32,000 whenever signed.
    assert reaching(prices, date(2026, 6, 1))[0] == (JUNE.id, date(2026, 6, 1))
    assert price_at_renewal(prices, date(2026, 6, 1)) is JUNE
    assert price_at_renewal(prices, date(2026, 5, 31)) is SIGNED  # a term starting the day before: the old price
    assert price_at_renewal(prices, date(2027, 3, 2)) is DECEMBER
    assert price_at_renewal([JUNE], date(2026, 3, 2)) is None  # no price yet


def test_a_notice_after_the_tell_by_day_is_late() -> None:
    deadline = tell_by(date(2026, 4, 1), 30)  # 2026-03-02
    assert not is_late(date(2026, 3, 1), deadline)
    assert not is_late(date(2026, 3, 2), deadline)  # on the day itself the full period is still given
    assert is_late(date(2026, 3, 3), deadline)
