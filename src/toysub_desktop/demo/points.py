"""Points (적립금) and referrals in the demo shop: the owner set the points on the first day (1 % of each fully paid
monthly fee, 5,000 points to a referrer and 3,000 to the friend they brought, earned points expiring after a year), so
every month paid in the story earned its points as it was paid and the oldest have expired; families who came on a
friend's word gave the friend's referral code when they first signed (``lifecycle``). On top of that, in the last
months the owner granted a few customers points with a reason, and today a few used some of their points to pay part
of what they owe, keeping the rest. Everything goes through the public services, with the balance and the open charges
read first, so no call is refused."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from toysub_desktop.db.engine import Database
from toysub_desktop.demo.story import moment
from toysub_desktop.services.points import (
    expire_points,
    grant_points,
    points_settings,
    points_view,
    spend_points,
    update_points_settings,
)

EARN_PERCENT = 1
REFERRER_REWARD = 5_000
REFERRED_REWARD = 3_000
EXPIRY_MONTHS = 12

_GRANT_REASONS = (
    "배송 지연 사과",
    "설문 참여 감사",
    "장기 구독 감사",
    "파손 장난감 교환 불편 보상",
    "매장 오픈 기념 이벤트",
)


def set_demo_points(db: Database, owner_id: int, at: datetime) -> None:
    """The owner's points settings on the shop's first day."""
    update_points_settings(
        db,
        by_staff_id=owner_id,
        earn_percent=EARN_PERCENT,
        referrer_reward=REFERRER_REWARD,
        referred_reward=REFERRED_REWARD,
        expiry_months=EXPIRY_MONTHS,
        expected_version=points_settings(db).version,
        now=at,
    )


def points_story(
    db: Database,
    rng: random.Random,
    staff_ids: Sequence[int],
    customer_ids: Sequence[int],
    today: date,
    latest: datetime,
) -> dict[str, int]:
    """Grants over the last four months (by the owner), then a few customers using points today; counts of each."""
    counts = {"grants": 0, "spendings": 0}
    if not customer_ids:
        return counts
    owner = staff_ids[0]
    granted = sorted(rng.sample(list(customer_ids), min(8, len(customer_ids))))
    days = sorted(today - timedelta(days=rng.randint(1, 120)) for _ in granted)
    for customer_id, day in zip(granted, days, strict=True):
        at = min(moment(day, rng.randint(10 * 60, 18 * 60)), latest - timedelta(hours=2))
        points = rng.choice((1_000, 2_000, 3_000, 5_000))
        grant_points(
            db, staff_id=owner, customer_id=customer_id, points=points, reason=rng.choice(_GRANT_REASONS), now=at
        )
        counts["grants"] += 1
    at = latest - timedelta(hours=1)
    for customer_id in customer_ids:
        if counts["spendings"] >= 10:
            break
        view = points_view(db, customer_id, today=today)
        if view.balance < 500 or not view.open_charges:
            continue
        charge = view.open_charges[0]
        # Part of the charge with part of the points: the rest is paid another day, and the points left are there
        # for the counter to show points paying a charge on a demo customer.
        points = min(view.balance // 2, charge.open // 2)
        spend_points(
            db,
            staff_id=rng.choice(list(staff_ids)),
            customer_id=customer_id,
            charge_id=charge.id,
            points=points,
            now=at,
        )
        counts["spendings"] += 1
        at += timedelta(minutes=rng.randint(2, 6))
    # This morning's start: the points expired by today written down, as the counter's first sign-in does.
    expire_points(db, staff_id=owner, now=at)
    return counts
