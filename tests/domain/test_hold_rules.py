"""Which deliveries a hold on an unreachable contact stops, without a database."""

from __future__ import annotations

from datetime import date

from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.holds import HELD_STATES, is_delivery_held

S = DeliveryState
MARCH_18 = date(2026, 3, 18)


def test_a_hold_stops_what_has_not_left_the_shop_from_its_day_on() -> None:
    assert {S.SCHEDULED, S.PACKED} == HELD_STATES
    assert is_delivery_held(S.SCHEDULED, MARCH_18, [date(2026, 3, 18)])  # the day itself
    assert is_delivery_held(S.PACKED, MARCH_18, [date(2026, 3, 6)])
    assert not is_delivery_held(S.SCHEDULED, MARCH_18, [date(2026, 3, 19)])  # an earlier box still goes
    assert not is_delivery_held(S.SCHEDULED, MARCH_18, [])  # no open hold
    assert is_delivery_held(S.SCHEDULED, MARCH_18, [date(2026, 4, 1), date(2026, 3, 1)])  # any open hold
    for gone in set(S) - HELD_STATES:
        assert not is_delivery_held(gone, MARCH_18, [date(2026, 3, 6)])
