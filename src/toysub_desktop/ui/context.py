"""What every screen needs: the open database, who is at the counter, and what moment it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.services.database import Database
from toysub_desktop.services.shop import StaffMember


@dataclass
class Counter:
    db: Database
    staff: StaffMember
    #: The clock every change is recorded with (a fixed one in tests).
    now: Callable[[], datetime] = field(default=utc_now)

    def today(self) -> date:
        return shop_today(self.now())
