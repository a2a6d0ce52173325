"""The demo shop's last three weeks of deliveries, and today's boxes half packed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from toysub_desktop.db.engine import Database
from toysub_desktop.demo.story import moment
from toysub_desktop.domain.deliveries import COMMON_COURIERS, DeliveryState
from toysub_desktop.services.deliveries import (
    DeliveryFilter,
    count_deliveries,
    keep_schedule_ahead,
    list_deliveries,
    mark_delivered,
    mark_failed,
    mark_returned,
    pack,
    schedule_deliveries,
    ship,
)

#: Days of delivery history before today: three weeks of boxes and swaps sent and delivered.
DELIVERY_HISTORY_DAYS = 21


def deliveries_story(db: Database, rng: random.Random, staff_ids: Sequence[int], today: date, latest: datetime) -> None:
    """Three weeks of deliveries, as the shop worked through them: each morning the day's boxes and swaps were
    shipped with a courier and a tracking number, and the next day marked delivered; one courier could not deliver,
    and one box came back "addressee moved", so that customer's deliveries are held. Today's are half packed, and
    the schedule reaches a month ahead."""
    first = today - timedelta(days=DELIVERY_HISTORY_DAYS)
    for week_start in range(0, DELIVERY_HISTORY_DAYS, 7):
        day = first + timedelta(days=week_start)
        schedule_deliveries(
            db, through=min(day + timedelta(days=6), today - timedelta(days=1)), staff_id=staff_ids[0],
            now=moment(day, 8 * 60),
        )  # fmt: skip
    shipped: list[tuple[date, list[int]]] = []
    for offset in range(DELIVERY_HISTORY_DAYS):
        day = first + timedelta(days=offset)
        clerk = staff_ids[offset % len(staff_ids)]
        ids = [
            row.id
            for row in list_deliveries(
                db, DeliveryFilter(first=day, last=day, state=DeliveryState.SCHEDULED), limit=500
            ).rows
        ]
        if not ids:
            continue
        courier = COMMON_COURIERS[offset % 2]
        numbers = {delivery_id: f"{rng.randrange(10**11, 10**12)}" for delivery_id in ids}
        ship(db, staff_id=clerk, delivery_ids=ids, courier=courier, tracking_numbers=numbers,
             now=moment(day, 10 * 60 + offset % 30))  # fmt: skip
        shipped.append((day, ids))
    now = min(latest, moment(today, 9 * 60))
    keep_schedule_ahead(db, staff_id=staff_ids[0], now=now)

    def with_deliveries_ahead(ids: Sequence[int]) -> int | None:
        """A delivery whose customer has more to come, so holding them shows."""
        for row in list_deliveries(db, DeliveryFilter(first=today - timedelta(days=31)), limit=2000).rows:
            if row.id in ids and count_deliveries(db, DeliveryFilter(customer_id=row.customer_id, first=today)):
                return row.id
        return None

    failed = shipped[-4][1][0] if len(shipped) >= 4 else None
    came_back = with_deliveries_ahead(shipped[-8][1]) if len(shipped) >= 8 else None
    for day, ids in shipped:
        delivered = [i for i in ids if i not in (failed, came_back)]
        if delivered:
            mark_delivered(
                db, staff_id=staff_ids[0], delivery_ids=delivered, now=moment(day + timedelta(days=1), 18 * 60)
            )
    if failed is not None:
        day = shipped[-4][0] + timedelta(days=1)
        mark_failed(db, staff_id=staff_ids[0], delivery_ids=[failed], reason="수취인 부재 (3회 방문)",
                    now=moment(day, 19 * 60))  # fmt: skip
    if came_back is not None:
        day = shipped[-8][0] + timedelta(days=3)
        mark_returned(db, staff_id=staff_ids[0], delivery_ids=[came_back], reason="수취인 이사 (택배사 반송)",
                      customer_moved=True, now=moment(day, 15 * 60))  # fmt: skip
    todays = [
        row.id for row in list_deliveries(db, DeliveryFilter(first=today, last=today, held=False), limit=500).rows
    ]
    if len(todays) > 1:
        pack(db, staff_id=staff_ids[-1], delivery_ids=todays[: len(todays) // 2], now=now)
