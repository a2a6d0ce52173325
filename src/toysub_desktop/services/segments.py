"""Customer segments: saving, changing and deleting them (kept, marked deleted; audited), the saved list a page at
a time, and how many customers a segment holds — one counting statement each (``queries.segments``), so a count
costs one pass over the customers' indexes, never a customer loaded into Python.

The lists and exports a segment restricts (the customer list, message lists, the customers export) ask
``queries.segments.segment_condition`` inside their own statement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer, Segment
from toysub_desktop.domain.dates import shop_today, utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.segments import (
    SegmentCriteria,
    check_tiers_exist,
    clean_segment_name,
    criteria_from_json,
    criteria_to_json,
    validate_criteria,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import audit, require_staff, touch, unit_of_work
from toysub_desktop.services.queries.segments import saved_segment_condition, segment_condition
from toysub_desktop.services.queries.tiers import tier_rules_in

PAGE_SIZE = 100

_GONE = QT_TRANSLATE_NOOP("Validation", "This segment was deleted or does not exist.")


@dataclass(frozen=True)
class SegmentRow:
    """A saved segment as the list shows it (its count is asked for separately, when the row is seen)."""

    id: int
    name: str
    criteria: SegmentCriteria
    changed_at: datetime
    version: int


@dataclass(frozen=True)
class SegmentPage:
    rows: tuple[SegmentRow, ...]
    has_more: bool


def list_segments(db: Database, *, after: SegmentRow | None = None, limit: int = PAGE_SIZE) -> SegmentPage:
    """One page of the live segments by name (a keyset after the row *after*)."""
    query = select(Segment).where(Segment.deleted_at.is_(None))
    if after is not None:
        query = query.where((Segment.name > after.name) | ((Segment.name == after.name) & (Segment.id > after.id)))
    with db.reading() as session:
        found = session.scalars(query.order_by(Segment.name, Segment.id).limit(limit + 1)).all()
        rows = tuple(_row(segment) for segment in found[:limit])
    return SegmentPage(rows, len(found) > limit)


def live_segments(db: Database) -> tuple[SegmentRow, ...]:
    """Every live segment by name, for the boxes that choose one (a shop keeps a few dozen at most)."""
    rows: list[SegmentRow] = []
    after: SegmentRow | None = None
    while True:
        page = list_segments(db, after=after, limit=500)
        rows.extend(page.rows)
        if not page.has_more or not page.rows:
            return tuple(rows)
        after = page.rows[-1]


def segment(db: Database, segment_id: int) -> SegmentRow:
    with db.reading() as session:
        row = session.get(Segment, segment_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError.of("segment", _GONE)
        return _row(row)


def count_matching(db: Database, criteria: SegmentCriteria, *, today: date | None = None) -> int:
    """How many customers *criteria* hold on *today*: what the editor shows while a segment is being written."""
    checked = validate_criteria(criteria)
    with db.reading() as session:
        rules = tier_rules_in(session)
        check_tiers_exist(checked, rules)
        condition = segment_condition(checked, today or shop_today(), tier_rules=rules)
        return int(session.scalar(select(func.count()).select_from(Customer).where(condition)) or 0)


def segment_count(db: Database, segment_id: int, *, today: date | None = None) -> int:
    """How many customers the saved segment holds today (a tier renamed or removed since holds no one)."""
    with db.reading() as session:
        condition = saved_segment_condition(session, segment_id, today or shop_today())
        return int(session.scalar(select(func.count()).select_from(Customer).where(condition)) or 0)


def create_segment(
    db: Database, *, staff_id: int, name: str, criteria: SegmentCriteria, now: datetime | None = None
) -> int:
    now = now or utc_now()
    checked = validate_criteria(criteria)
    with unit_of_work(db, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        check_tiers_exist(checked, tier_rules_in(session))
        clean = clean_segment_name(name, taken=_live_names(session, None))
        row = Segment(
            name=clean,
            criteria=criteria_to_json(checked),
            created_at=now,
            created_by_id=staff_id,
            changed_at=now,
            changed_by_id=staff_id,
        )
        session.add(row)
        session.flush()
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="segment.create",
            entity="segment",
            entity_id=row.id,
            after={"name": clean, "criteria": row.criteria},
        )
        return row.id


def update_segment(
    db: Database,
    *,
    staff_id: int,
    segment_id: int,
    name: str,
    criteria: SegmentCriteria,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """Rename a segment or change its criteria; refused when another counter changed it since *version*."""
    now = now or utc_now()
    checked = validate_criteria(criteria)
    with unit_of_work(db, clash_is_conflict=True) as session:
        require_staff(session, staff_id)
        row = _live(session, segment_id)
        check_tiers_exist(checked, tier_rules_in(session))
        clean = clean_segment_name(name, taken=_live_names(session, segment_id))
        before = {"name": row.name, "criteria": row.criteria}
        touch(row, version)
        row.name = clean
        row.criteria = criteria_to_json(checked)
        row.changed_at = now
        row.changed_by_id = staff_id
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="segment.change",
            entity="segment",
            entity_id=row.id,
            before=before,
            after={"name": clean, "criteria": row.criteria},
        )


def delete_segment(
    db: Database, *, staff_id: int, segment_id: int, version: int | None = None, now: datetime | None = None
) -> None:
    """Mark a segment deleted: it leaves the lists and boxes, and stays on record with who deleted it and when."""
    now = now or utc_now()
    with unit_of_work(db) as session:
        require_staff(session, staff_id)
        row = _live(session, segment_id)
        touch(row, version)
        row.deleted_at = now
        row.deleted_by_id = staff_id
        audit(
            session,
            at=now,
            staff_id=staff_id,
            action="segment.delete",
            entity="segment",
            entity_id=row.id,
            before={"name": row.name, "criteria": row.criteria},
        )


def _live(session: Session, segment_id: int) -> Segment:
    row = session.get(Segment, segment_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError.of("segment", _GONE)
    return row


def _live_names(session: Session, leave_out: int | None) -> list[str]:
    query = select(Segment.name).where(Segment.deleted_at.is_(None))
    if leave_out is not None:
        query = query.where(Segment.id != leave_out)
    return list(session.scalars(query))


def _row(row: Segment) -> SegmentRow:
    return SegmentRow(row.id, row.name, criteria_from_json(row.criteria), row.changed_at, row.version)
