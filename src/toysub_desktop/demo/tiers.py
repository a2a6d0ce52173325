"""The demo shop's membership tiers: three tiers by tenure that the owner set up some months before the demo's today,
so cards show a tier and the cycles billed since carry their discount (the cycles billed before never change)."""

from __future__ import annotations

from datetime import datetime

from toysub_desktop.db.engine import Database
from toysub_desktop.domain.tiers import TierBasis, TierInput
from toysub_desktop.services.tiers import tier_settings, update_tiers

#: How many days before the demo's today the owner introduced the tiers.
TIERS_DAYS_AGO = 120

DEMO_TIERS = (
    TierInput("새싹", "0", "0"),
    TierInput("나무", "12", "3"),
    TierInput("숲", "24", "5", priority_reservations=True),
)


def set_demo_tiers(db: Database, owner_id: int, now: datetime) -> None:
    """새싹 from the first month, 나무 (3 % off) after a year, 숲 (5 % off, priority reservations) after two."""
    update_tiers(
        db,
        by_staff_id=owner_id,
        basis=TierBasis.TENURE,
        rows=DEMO_TIERS,
        expected_version=tier_settings(db).version,
        now=now,
    )
