"""Exports for the owner or a manager: read back as Excel and a Korean Windows read them, each one in the audit."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from support import NEW_HOME, NOW, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.access import ApprovalNeeded
from toysub_desktop.services.contacts import record_move
from toysub_desktop.services.deliveries import schedule_deliveries
from toysub_desktop.services.exports import (
    ExportFormat,
    export_customers,
    export_deliveries,
    export_subscriptions,
)
from toysub_desktop.services.shop import add_staff
from toysub_desktop.services.subscriptions import NewSubscription, sign_up


def _audits(db: Database) -> list[tuple[str, int | None, dict[str, object] | None]]:
    with db.reading() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.staff_id, AuditEntry.after)
            .where(AuditEntry.action.like("export.%"))
            .order_by(AuditEntry.id)
        ).tuples()
        return [(action, staff, after) for action, staff, after in rows]


def _xlsx_rows(path: Path) -> list[list[object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def test_customers_are_exported_with_the_contacts_in_effect_as_xlsx_and_csv(
    db: Database, owner_id: int, tmp_path: Path
) -> None:
    ids = sample_shop(db, owner_id)
    # A move recorded for a later day is not yet the customer's address.
    record_move(db, staff_id=owner_id, customer_id=ids["customer"], expected_version=None, address=NEW_HOME,
                effective_from=date(2026, 4, 1), now=NOW)  # fmt: skip
    headings = {"Name": "이름", "Phone": "연락처", "Postal code": "우편번호"}
    result = export_customers(
        db, staff_id=owner_id, path=tmp_path / "고객.xlsx", file_format=ExportFormat.XLSX,
        translate=lambda text: headings.get(text, text), now=NOW,
    )  # fmt: skip
    assert result.rows == 1
    rows = _xlsx_rows(tmp_path / "고객.xlsx")
    assert rows[0][:5] == ["Customer number", "이름", "연락처", "Other phones", "우편번호"]
    assert rows[1][:6] == ["C-000001", "김민수", "010-1234-5678", None, "04001", "서울특별시 마포구 월드컵북로 396"]
    assert rows[1][9] == "김하늘"

    export_customers(db, staff_id=owner_id, path=tmp_path / "고객.csv", file_format=ExportFormat.CSV, now=NOW)
    data = (tmp_path / "고객.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    read_back = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert read_back[1][:3] == ["C-000001", "김민수", "010-1234-5678"]
    assert [(action, staff, after["rows"] if after else None) for action, staff, after in _audits(db)] == [
        ("export.customers", owner_id, 1),
        ("export.customers", owner_id, 1),
    ]
    assert _audits(db)[0][2] == {"file": "고객.xlsx", "format": "xlsx", "rows": 1}
    assert not list(tmp_path.glob(".*partial"))


def test_subscriptions_and_the_deliveries_of_a_period_are_exported(db: Database, owner_id: int, tmp_path: Path) -> None:
    ids = sample_shop(db, owner_id)
    new = NewSubscription(ids["customer"], ids["box"], 12, date(2026, 3, 5), PaymentMethod.CARD, delivery_day=5)
    sign_up(db, staff_id=owner_id, new=new, now=NOW)
    schedule_deliveries(db, through=date(2026, 5, 31), staff_id=owner_id, now=NOW)

    export_subscriptions(db, staff_id=owner_id, path=tmp_path / "구독.xlsx", file_format=ExportFormat.XLSX, now=NOW)
    rows = _xlsx_rows(tmp_path / "구독.xlsx")
    assert len(rows) == 2 and rows[1][1:3] == ["김민수", "정기배송 베이직"] and rows[1][6] == 29_000

    export_deliveries(
        db, staff_id=owner_id, path=tmp_path / "배송.csv", file_format=ExportFormat.CSV,
        first=date(2026, 4, 1), last=date(2026, 5, 31), now=NOW,
    )  # fmt: skip
    lines = list(csv.reader((tmp_path / "배송.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [line[0] for line in lines[1:]] == ["2026-04-05", "2026-05-05"]
    assert lines[1][2] == "김민수" and lines[1][5] == "04001"
    assert _audits(db)[-1][2] == {
        "file": "배송.csv", "format": "csv", "rows": 2, "first": "2026-04-01", "last": "2026-05-31",
    }  # fmt: skip


def test_a_clerk_cannot_export_without_approval_and_nothing_is_written(
    db: Database, owner_id: int, tmp_path: Path
) -> None:
    sample_shop(db, owner_id)
    clerk = add_staff(db, by_staff_id=owner_id, name="최유진", role=StaffRole.CLERK, now=NOW).id
    with pytest.raises(ApprovalNeeded):
        export_customers(db, staff_id=clerk, path=tmp_path / "고객.csv", file_format=ExportFormat.CSV, now=NOW)
    assert not (tmp_path / "고객.csv").exists()
    assert _audits(db) == []
