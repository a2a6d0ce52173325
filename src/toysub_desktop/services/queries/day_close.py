"""The daily close inside a transaction: the lock every money movement asks, and the day's movements.

``require_open_day`` is the one place the lock is checked: every service that records a payment, refund, write-off
or void (or any money movement dated in the past) calls it for the day the movement is dated. It takes a shared
lock on the shop's row, and closing a day an exclusive one, so on PostgreSQL a payment saved while another counter
closes the day either lands before the close (and is counted) or is refused after it (SQLite has one writer at a
time anyway).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from toysub_desktop.db.models import DayClose, LedgerEntry, Shop
from toysub_desktop.domain.dates import SHOP_TIMEZONE
from toysub_desktop.domain.day_close import MONEY_KINDS, Movement, check_day_open
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.services.queries.contact_versions import staff_names

_MONEY_KIND_VALUES = [kind.value for kind in MONEY_KINDS]


def live_close(session: Session, day: date) -> DayClose | None:
    """The day's close in force (not re-opened), if the day is closed."""
    return session.scalar(select(DayClose).where(DayClose.day == day, DayClose.reopened_at.is_(None)))


def is_closed(session: Session, day: date) -> bool:
    return session.scalar(select(DayClose.id).where(DayClose.day == day, DayClose.reopened_at.is_(None))) is not None


def hold_days_open(session: Session) -> None:
    """A shared lock on the shop's row until the transaction ends: closing a day waits for the money steps in
    flight, and they wait for a close in flight (PostgreSQL; ignored on SQLite)."""
    session.execute(select(Shop.id).with_for_update(read=True)).all()


def hold_days_for_closing(session: Session) -> None:
    """The exclusive lock a close or re-opening takes on the shop's row (see ``hold_days_open``)."""
    session.execute(select(Shop.id).with_for_update()).all()


def require_open_day(session: Session, day: date, *, field_name: str = "entry_on") -> date:
    """The lock: refuse (``DayClosedError``, nothing written) a money movement dated on a closed day."""
    hold_days_open(session)
    return check_day_open(day, closed=is_closed(session, day), field_name=field_name)


def shop_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The shop day as UTC moments: from its midnight (Asia/Seoul) to the next."""
    start = datetime.combine(day, time(), tzinfo=SHOP_TIMEZONE)
    return start, datetime.combine(day + timedelta(days=1), time(), tzinfo=SHOP_TIMEZONE)


def day_movements(session: Session, day: date) -> list[Movement]:
    """The payments, refunds and write-offs dated *day* (voided later or not: they happened that day), and the
    voids made on *day* of such entries, whatever their own day."""
    start, end = shop_day_bounds(day)
    money = LedgerEntry.kind.in_(_MONEY_KIND_VALUES)
    # Two queries, each on its own index, rather than one OR that would read the whole ledger.
    dated = session.scalars(select(LedgerEntry).where(money, LedgerEntry.entry_on == day))
    voided = session.scalars(
        select(LedgerEntry).where(money, LedgerEntry.voided_at >= start, LedgerEntry.voided_at < end)
    )
    entries = sorted({e.id: e for e in [*dated, *voided]}.values(), key=lambda e: e.id)
    names = staff_names(
        session,
        [e.recorded_by_id for e in entries] + [e.voided_by_id for e in entries if e.voided_by_id is not None],
    )
    movements: list[Movement] = []
    for entry in entries:
        kind = EntryKind(entry.kind)
        means = PaymentMeans(entry.means) if entry.means else None
        if entry.entry_on == day:
            movements.append(Movement(names.get(entry.recorded_by_id, ""), kind, entry.amount, means))
        if entry.voided_at is not None and start <= entry.voided_at < end and entry.voided_by_id is not None:
            movements.append(Movement(names.get(entry.voided_by_id, ""), kind, entry.amount, means, void=True))
    return movements
