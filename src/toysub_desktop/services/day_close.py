"""일마감, the daily close: the day's money per staff member and method, the cash counted against what the drawer
should hold, kept as a record that is never edited; re-opening a closed day is the owner's step.

The rules are in ``domain.day_close``; the lock every money movement asks is ``queries.day_close.require_open_day``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import DayClose, Shop
from toysub_desktop.db.problems import DatabaseProblem
from toysub_desktop.domain.dates import shop_today, to_shop_time, utc_now
from toysub_desktop.domain.day_close import (
    CLOSE_REASON_MAX,
    CloseLine,
    check_counted,
    check_day_to_close,
    close_lines,
    close_total,
    expected_cash,
)
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import PaymentMeans
from toysub_desktop.domain.money import check_amount
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import clean_line
from toysub_desktop.services.access import Approval, authorize
from toysub_desktop.services.common import ConcurrentEditError, audit, get_or_raise, require_staff, unit_of_work
from toysub_desktop.services.queries.contact_versions import staff_names
from toysub_desktop.services.queries.day_close import day_movements, hold_days_for_closing, live_close


class DayAlreadyClosedError(ConcurrentEditError):
    """The day was closed at another counter meanwhile; nothing was saved."""

    message = QT_TRANSLATE_NOOP(
        "Validation",
        "This day was closed at another counter meanwhile, so nothing was saved. Look at its record.",
    )


class DayMovedOnError(ConcurrentEditError):
    """Money was recorded on the day at another counter since the closer looked at the totals; nothing was saved."""

    message = QT_TRANSLATE_NOOP(
        "Validation",
        "Money was recorded on this day at another counter meanwhile, so what the drawer should hold has changed. "
        "Nothing was saved: look at the new totals, count again and save.",
    )

    def __init__(self, expected: int) -> None:
        super().__init__(f"expected cash is now {expected}")
        self.expected = expected


_REASON_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Say why.")
_NOT_CLOSED = QT_TRANSLATE_NOOP("Validation", "This day is not closed.")


@dataclass(frozen=True)
class DayCloseRecord:
    """A close as it was made (and, if the day was re-opened since, when, by whom and why)."""

    id: int
    day: date
    lines: tuple[CloseLine, ...]
    opening_float: int
    expected_cash: int
    counted_cash: int
    reason: str
    closed_at: datetime
    closed_by: str
    reopened_at: datetime | None
    reopened_by: str
    reopen_reason: str

    @property
    def difference(self) -> int:
        """Counted less expected: above 0 more cash than expected, below 0 less."""
        return self.counted_cash - self.expected_cash

    @property
    def total(self) -> CloseLine:
        return close_total(self.lines)

    @property
    def superseded(self) -> bool:
        return self.reopened_at is not None


@dataclass(frozen=True)
class DayCloseView:
    """One shop day at the close: its record if closed; else its movements as they stand, to close it."""

    day: date
    #: The close in force; None while the day is open.
    close: DayCloseRecord | None
    #: The day's lines: as closed, or as they stand now.
    lines: tuple[CloseLine, ...]
    #: The opening float to offer: the last close's (the drawer usually starts each day with the same float).
    opening_float: int
    #: Earlier closes of the day, re-opened since (superseded), newest first.
    earlier: tuple[DayCloseRecord, ...]

    @property
    def total(self) -> CloseLine:
        return close_total(self.lines)

    def expected_cash(self, opening_float: int) -> int:
        return expected_cash(opening_float, self.lines)


def _line_values(line: CloseLine) -> dict[str, Any]:
    return {
        "staff": line.staff,
        "means": line.means.value if line.means is not None else None,
        "payments": line.payments,
        "refunds": line.refunds,
        "write_offs": line.write_offs,
        "voids": line.voids,
        "count": line.count,
    }


def _line_of(values: dict[str, Any]) -> CloseLine:
    means = values.get("means")
    return CloseLine(
        staff=str(values.get("staff", "")),
        means=PaymentMeans(means) if means else None,
        payments=int(values.get("payments", 0)),
        refunds=int(values.get("refunds", 0)),
        write_offs=int(values.get("write_offs", 0)),
        voids=int(values.get("voids", 0)),
        count=int(values.get("count", 0)),
    )


def _records(rows: list[DayClose], names: dict[int, str]) -> list[DayCloseRecord]:
    return [
        DayCloseRecord(
            id=row.id,
            day=row.day,
            lines=tuple(_line_of(values) for values in row.lines),
            opening_float=row.opening_float,
            expected_cash=row.expected_cash,
            counted_cash=row.counted_cash,
            reason=row.reason,
            closed_at=row.closed_at,
            closed_by=names.get(row.closed_by_id, ""),
            reopened_at=row.reopened_at,
            reopened_by=names.get(row.reopened_by_id, "") if row.reopened_by_id is not None else "",
            reopen_reason=row.reopen_reason or "",
        )
        for row in rows
    ]


def day_close_view(db: Database, day: date) -> DayCloseView:
    """The day at the close: its close in force and the earlier ones, or its movements so far."""
    with db.reading() as session:
        rows = list(session.scalars(select(DayClose).where(DayClose.day == day).order_by(DayClose.id.desc())))
        names = staff_names(session, [r.closed_by_id for r in rows] + [r.reopened_by_id for r in rows])
        records = _records(rows, names)
        current = next((r for r in records if not r.superseded), None)
        last_float = session.scalar(select(DayClose.opening_float).order_by(DayClose.day.desc(), DayClose.id.desc()))
        return DayCloseView(
            day=day,
            close=current,
            lines=current.lines if current is not None else close_lines(day_movements(session, day)),
            opening_float=current.opening_float if current is not None else (last_float or 0),
            earlier=tuple(r for r in records if r.superseded),
        )


def _closed_meanwhile(error: Exception) -> bool:
    """Whether the write failed on the unique key of live closes: another counter closed the day at once."""
    cause = error if isinstance(error, IntegrityError) else error.__cause__
    return isinstance(cause, IntegrityError) and (
        "uq_day_close_live_day" in str(cause) or "day_close.day" in str(cause)
    )


def close_day(
    db: Database,
    *,
    staff_id: int,
    day: date,
    opening_float: int,
    counted_cash: int,
    reason: str = "",
    seen_expected: int | None = None,
    now: datetime | None = None,
) -> int:
    """Close *day*: its movements per staff member and method, what the drawer should hold (the opening float and
    the day's net cash) and the cash counted, with the reason for a difference. From then on no money movement is
    recorded on the day. *seen_expected* is the expected cash the closer looked at: if money was recorded since,
    the close is refused (``DayMovedOnError``). Returns the close's id."""
    now = now or utc_now()
    check_day_to_close(day, today=shop_today(now))
    check_amount(opening_float, field="opening_float")
    check_amount(counted_cash, field="counted_cash")
    reason = clean_line(reason, field="reason", limit=CLOSE_REASON_MAX)
    try:
        with unit_of_work(db) as session:
            require_staff(session, staff_id)
            hold_days_for_closing(session)
            if live_close(session, day) is not None:
                raise DayAlreadyClosedError(f"{day} is closed")
            lines = close_lines(day_movements(session, day))
            expected = expected_cash(opening_float, lines)
            if seen_expected is not None and seen_expected != expected:
                raise DayMovedOnError(expected)
            check_counted(counted_cash, expected=expected, reason=reason)
            record = DayClose(
                day=day,
                opening_float=opening_float,
                expected_cash=expected,
                counted_cash=counted_cash,
                reason=reason,
                lines=[_line_values(line) for line in lines],
                closed_at=now,
                closed_by_id=staff_id,
            )
            session.add(record)
            session.flush()
            audit(
                session,
                at=now,
                staff_id=staff_id,
                action="day_close.close",
                entity="day_close",
                entity_id=record.id,
                after={
                    "day": day,
                    "opening_float": opening_float,
                    "expected_cash": expected,
                    "counted_cash": counted_cash,
                    "difference": counted_cash - expected,
                    "reason": reason,
                },
            )
            return record.id
    except (DatabaseProblem, IntegrityError) as problem:
        if _closed_meanwhile(problem):
            raise DayAlreadyClosedError(str(problem)) from problem
        raise


def reopen_day(
    db: Database,
    *,
    staff_id: int,
    day: date,
    reason: str,
    approval: Approval | None = None,
    now: datetime | None = None,
) -> int:
    """Re-open a closed day (the owner, or with the owner's PIN), with a reason: its close is kept, marked
    superseded, and the day can be closed again. Returns the superseded close's id."""
    now = now or utc_now()
    check_day_to_close(day, today=shop_today(now))
    reason = clean_line(
        reason, field="reason", limit=CLOSE_REASON_MAX, required=True, required_message=_REASON_REQUIRED
    )
    approved_by = authorize(db, by_staff_id=staff_id, permission=Permission.REOPEN_DAY, approval=approval, now=now)
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        hold_days_for_closing(session)
        record = live_close(session, day)
        if record is None:
            raise ValidationError.of("day", _NOT_CLOSED)
        record.reopened_at = now
        record.reopened_by_id = staff_id
        record.reopen_reason = reason
        session.flush()
        audit(
            session,
            at=now,
            staff_id=staff_id,
            approved_by_id=approved_by,
            action="day_close.reopen",
            entity="day_close",
            entity_id=record.id,
            before={"day": day, "closed_at": record.closed_at, "counted_cash": record.counted_cash},
            after={"reason": reason},
        )
        return record.id


def day_close_pdf(db: Database, close_id: int) -> bytes:
    """The close printed on A4: the shop, the day, the table, the cash and who closed."""
    from toysub_desktop.documents.day_close import DayCloseSheet, render_day_close

    with db.reading() as session:
        row = get_or_raise(session, DayClose, close_id)
        shop = session.scalar(select(Shop))
        names = staff_names(session, [row.closed_by_id, row.reopened_by_id])
        record = _records([row], names)[0]
        sheet = DayCloseSheet(
            shop_name=shop.name if shop is not None else "",
            business_number=shop.business_number if shop is not None else "",
            day=record.day,
            lines=record.lines,
            opening_float=record.opening_float,
            expected_cash=record.expected_cash,
            counted_cash=record.counted_cash,
            reason=record.reason,
            closed_at=to_shop_time(record.closed_at),
            closed_by=record.closed_by,
            reopened_at=to_shop_time(record.reopened_at) if record.reopened_at is not None else None,
            reopened_by=record.reopened_by,
            reopen_reason=record.reopen_reason,
        )
    return render_day_close(sheet)
