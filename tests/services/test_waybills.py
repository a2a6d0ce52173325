"""Shipping on the courier's own waybills, on SQLite and PostgreSQL: a day's deliveries exported in the courier's
bulk-registration layout and read back as the courier's site reads them, then the courier's file of tracking numbers
matched by delivery number, with every row it cannot use reported by its row number."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from support import HOME, NOW, new_customer, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import AuditEntry, PhoneVersion
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.waybills import CJ_LAYOUT, EPOST_LAYOUT, delivery_number
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.deliveries import DeliveryFilter, list_deliveries, schedule_deliveries, ship
from toysub_desktop.services.delivery_documents import courier_waybill_sheet
from toysub_desktop.services.holds import report_phone_out_of_service
from toysub_desktop.services.inputs import AddressInput
from toysub_desktop.services.shop import label_settings, update_label_settings
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.services.waybills import (
    ALREADY_SHIPPED,
    HELD,
    NOT_OURS,
    NUMBER_IN_USE,
    SAME_NUMBER,
    check_tracking_file,
    ship_tracking_file,
)

TODAY = date(2026, 3, 2)
SWAP_DAY = date(2026, 3, 18)
OTHER = "서울특별시 강남구 테헤란로 152"


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    ids = sample_shop(db, owner_id)
    ids["second"] = register_customer(
        db,
        staff_id=owner_id,
        new=new_customer(
            "이서연",
            phone="010-9876-5432",
            address=AddressInput("06236", OTHER, "5층", "", "문 앞에 두세요"),
        ),
        now=NOW,
    )
    for customer in (ids["customer"], ids["second"]):
        new = NewSubscription(customer, ids["rental"], 24, TODAY, PaymentMethod.CARD, swap_weekday=2)
        sign_up(db, staff_id=owner_id, new=new, now=NOW)
    schedule_deliveries(db, through=date(2026, 4, 30), staff_id=owner_id, now=NOW)
    return ids


def day_ids(db: Database) -> dict[str, int]:
    """The swap day's deliveries by customer name."""
    page = list_deliveries(db, DeliveryFilter(first=SWAP_DAY, last=SWAP_DAY), limit=100)
    return {row.customer_name: row.id for row in page.rows}


def states(db: Database) -> dict[str, tuple[DeliveryState, str | None, str | None]]:
    page = list_deliveries(db, DeliveryFilter(first=SWAP_DAY, last=SWAP_DAY), limit=100)
    return {row.customer_name: (row.state, row.courier, row.tracking_number) for row in page.rows}


def read_back(content: bytes) -> list[list[object]]:
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet is not None
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


# --- export -------------------------------------------------------------------------------------------------------


def test_the_days_deliveries_export_in_the_cj_layout_with_text_kept_as_text(db: Database, shop: dict[str, int]) -> None:
    ids = day_ids(db)
    sheet = courier_waybill_sheet(db, DeliveryFilter(first=SWAP_DAY, last=SWAP_DAY), "CJ", staff_id=shop["owner"])
    assert (sheet.count, sheet.left_out, sheet.courier) == (2, 0, "CJ대한통운")
    rows = read_back(sheet.content)
    assert rows[0] == CJ_LAYOUT.titles
    by_order = {
        row[CJ_LAYOUT.titles.index("고객주문번호")]: dict(zip(CJ_LAYOUT.titles, row, strict=True)) for row in rows[1:]
    }
    kim = by_order[delivery_number(ids["김민수"])]
    assert kim["받는분성명"] == "김민수"
    assert kim["받는분전화번호"] == "010-1234-5678"
    assert kim["받는분우편번호"] == "04001"  # the leading zero kept: stored as text
    assert kim["받는분주소(전체, 분할)"] == HOME.road_address and kim["받는분상세주소"] == HOME.detail
    assert kim["내품수량"] == 1 and "렌털 프리미엄" in str(kim["품목명"])
    assert kim["보내는분전화번호"] == "02-123-4567"
    # Entry notes (the lobby code) stay off the waybill, as off the labels, unless the shop prints them.
    assert kim["배송메세지1"] == "경비실에 맡겨 주세요"
    lee = by_order[delivery_number(ids["이서연"])]
    assert (lee["받는분우편번호"], lee["배송메세지1"]) == ("06236", "문 앞에 두세요")
    with db.reading() as session:
        exported = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "delivery.waybills_exported")
        )
    assert exported == 1

    update_label_settings(
        db, by_staff_id=shop["owner"], entry_notes_on_labels=True, expected_version=label_settings(db).version
    )
    post = courier_waybill_sheet(db, [ids["김민수"]], "우체국", staff_id=shop["owner"])
    rows = read_back(post.content)
    assert rows[0] == EPOST_LAYOUT.titles
    assert rows[1][EPOST_LAYOUT.titles.index("배송시요청사항")] == "공동현관 1234# · 경비실에 맡겨 주세요"


def test_shipped_deliveries_are_left_out_of_the_export_and_nothing_to_ship_is_refused(
    db: Database, shop: dict[str, int]
) -> None:
    ids = day_ids(db)
    ship(db, staff_id=shop["owner"], delivery_ids=[ids["김민수"]], courier="CJ대한통운", tracking_number="654321098765")
    sheet = courier_waybill_sheet(db, DeliveryFilter(first=SWAP_DAY, last=SWAP_DAY), "CJ", staff_id=shop["owner"])
    assert (sheet.count, sheet.left_out) == (1, 1)
    assert [row[CJ_LAYOUT.titles.index("받는분성명")] for row in read_back(sheet.content)[1:]] == ["이서연"]
    with pytest.raises(ValidationError):
        courier_waybill_sheet(db, [ids["김민수"]], "CJ", staff_id=shop["owner"])


# --- import -------------------------------------------------------------------------------------------------------


def test_the_couriers_file_marks_matched_deliveries_shipped_and_reports_each_row_it_cannot_use(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    ids = day_ids(db)
    kim, lee = delivery_number(ids["김민수"]), delivery_number(ids["이서연"])
    # As CJ's site gives it back: a title row below a heading, the numbers partly stored as numbers.
    path = write_xlsx(
        tmp_path / "cj.xlsx",
        [
            ["CJ대한통운 운송장 출력 결과"],
            ["운송장번호", "받는분성명", "고객주문번호"],
            [654321098765, "김민수", kim],  # row 3: a number cell
            ["6543-2109-8766", "이서연", lee],  # row 4
            ["654321098767", "누구", "D99999999"],  # row 5: not ours
            ["654321098765", "김민수", lee],  # row 6: the same number again
            [None, None, None],  # a blank row is skipped
            ["12345", "이서연", lee],  # row 8: wrong length for CJ
        ],
    )
    checked = check_tracking_file(db, path, "CJ대한통운")
    assert [(m.row, m.customer_name) for m in checked.matched] == [(3, "김민수"), (4, "이서연")]
    assert [(p.row, p.template) for p in checked.problems][:2] == [(5, NOT_OURS), (6, SAME_NUMBER)]
    assert checked.problems[0].arguments == {"number": "D99999999"}
    assert checked.problems[1].arguments == {"row": "3"}
    assert checked.problems[2].row == 8 and checked.problems[2].arguments["count"] == "5"
    assert checked.rows == 5
    # The dry run wrote nothing.
    assert {state for state, _c, _n in states(db).values()} == {DeliveryState.SCHEDULED}

    assert ship_tracking_file(db, staff_id=shop["owner"], checked=checked, now=NOW) == 2
    assert states(db) == {
        "김민수": (DeliveryState.SHIPPED, "CJ대한통운", "654321098765"),
        "이서연": (DeliveryState.SHIPPED, "CJ대한통운", "6543-2109-8766"),
    }

    # Read again, the same file marks nothing twice.
    again = check_tracking_file(db, path, "CJ대한통운")
    assert not again.matched
    assert [p.template for p in again.problems][:2] == [ALREADY_SHIPPED, ALREADY_SHIPPED]
    with pytest.raises(ValidationError):
        ship_tracking_file(db, staff_id=shop["owner"], checked=again, now=NOW)


def test_a_csv_from_the_post_office_in_korean_excels_encoding_and_a_number_already_in_use(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    ids = day_ids(db)
    april = list_deliveries(db, DeliveryFilter(first=date(2026, 4, 1), last=date(2026, 4, 1)), limit=10).rows
    ship(db, staff_id=shop["owner"], delivery_ids=[april[0].id], courier="우체국택배", tracking_number="6865012345678")
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["등기번호", "주문번호", "받는분"])
    writer.writerow(["6865012345679", delivery_number(ids["김민수"]), "김민수"])
    writer.writerow(["6865012345678", delivery_number(ids["이서연"]), "이서연"])
    path = tmp_path / "우체국.csv"
    path.write_bytes(text.getvalue().encode("cp949"))
    checked = check_tracking_file(db, path, "우체국택배")
    assert [m.customer_name for m in checked.matched] == ["김민수"]
    [problem] = checked.problems
    assert (problem.row, problem.template) == (3, NUMBER_IN_USE)
    assert problem.arguments["delivery"].endswith("2026-04-01")


def test_a_file_without_the_two_columns_or_no_spreadsheet_at_all_is_refused(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    no_columns = write_xlsx(tmp_path / "x.xlsx", [["이름", "전화"], ["김민수", "010"]])
    with pytest.raises(ValidationError) as refused:
        check_tracking_file(db, no_columns, "CJ대한통운")
    assert refused.value.problems[0].field == "file"
    garbage = tmp_path / "y.xlsx"
    garbage.write_bytes(b"not a workbook")
    with pytest.raises(ValidationError):
        check_tracking_file(db, garbage, "CJ대한통운")


def test_a_held_delivery_is_not_shipped_from_the_file(db: Database, shop: dict[str, int], tmp_path: Path) -> None:
    ids = day_ids(db)
    with db.reading() as session:
        phone = session.scalars(select(PhoneVersion.id).where(PhoneVersion.customer_id == shop["second"])).one()
    report_phone_out_of_service(
        db,
        staff_id=shop["owner"],
        customer_id=shop["second"],
        phone_version_id=phone,
        unreachable_from=TODAY,
        now=NOW,
    )
    path = write_xlsx(
        tmp_path / "cj.xlsx",
        [["고객주문번호", "운송장번호"], [delivery_number(ids["이서연"]), "654321098799"]],
    )
    checked = check_tracking_file(db, path, "CJ대한통운")
    assert not checked.matched and [p.template for p in checked.problems] == [HELD]
