"""The demo shop's saved customer segments: a few the owner made in the last weeks, to open and restrict lists
with."""

from __future__ import annotations

from datetime import datetime, timedelta

from toysub_desktop.db.engine import Database
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.domain.segments import AgeBand, RegionChoice, SegmentCriteria
from toysub_desktop.services.segments import create_segment

#: Name and criteria, as the owner set them up.
DEMO_SEGMENTS = (
    ("영유아 (12–36개월)", SegmentCriteria(age_bands=(AgeBand(12, 36),))),
    ("서울 렌털 고객", SegmentCriteria(plan_kinds=frozenset({PlanKind.RENTAL}), regions=(RegionChoice("서울"),))),
    ("1년 이상 이용 · 마케팅 동의", SegmentCriteria(tenure_min_months=12, marketing_consent=True)),
    ("최근 1년 30만 원 이상 결제", SegmentCriteria(spend_min=300_000)),
)


def segments_story(db: Database, owner_id: int, latest: datetime) -> None:
    for days_ago, (name, criteria) in zip((20, 12, 6, 2), DEMO_SEGMENTS, strict=True):
        create_segment(db, staff_id=owner_id, name=name, criteria=criteria, now=latest - timedelta(days=days_ago))
