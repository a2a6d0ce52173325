"""The shop's calendar guards: which dates a clerk may give for what already happened."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from toysub_desktop.domain.contacts import check_confirmation_date
from toysub_desktop.domain.dates import check_effective_date
from toysub_desktop.domain.errors import ValidationError


@pytest.mark.parametrize("day", [date(1900, 1, 1), date(9999, 12, 31)])
def test_an_absurd_effective_date_is_refused(day: date) -> None:
    with pytest.raises(ValidationError):
        check_effective_date(day, today=date(2026, 3, 2))


# --- the guards beside check_effective_date ---------------------------------------------------------------------

REGISTERED = date(2026, 3, 2)
TODAY = date(2026, 6, 15)


@pytest.mark.parametrize("day", [date(1900, 1, 1), date(9999, 12, 31), TODAY + timedelta(days=1)])
def test_a_confirmation_in_the_future_or_at_an_absurd_date_is_refused(day: date) -> None:
    with pytest.raises(ValidationError) as caught:
        check_confirmation_date(day, today=TODAY, registered_on=REGISTERED)
    assert caught.value.fields == ("confirmed_on",)


def test_a_confirmation_before_the_customer_was_registered_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_confirmation_date(REGISTERED - timedelta(days=1), today=TODAY, registered_on=REGISTERED)
    assert caught.value.problems[0].arguments == {"registered": "2026-03-02"}


@pytest.mark.parametrize("day", [REGISTERED, TODAY])
def test_a_confirmation_from_registration_to_today_is_accepted(day: date) -> None:
    assert check_confirmation_date(day, today=TODAY, registered_on=REGISTERED) == day
