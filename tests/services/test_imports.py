"""Importing a shop's own spreadsheet: the files shops bring (xlsx with merged headings and blank rows, csv in UTF-8
or CP949, an "xls" that is an HTML table), a dry run with per-row problems and duplicates, and the import itself,
all or nothing."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from rental_support import rental_shop
from support import NOW, sample_shop
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import (
    AuditEntry,
    Customer,
    Delivery,
    ImportRecordSubscription,
    LedgerEntry,
    Subscription,
)
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.imports import Cell, Column, DuplicateReason, Resolution
from toysub_desktop.domain.toys import ItemState, ean13_check_digit
from toysub_desktop.services.access import Approval, ApprovalNeeded
from toysub_desktop.services.customers import customer_card
from toysub_desktop.services.deliveries import schedule_deliveries
from toysub_desktop.services.imports import importing
from toysub_desktop.services.imports.importing import (
    ImportCancelled,
    ImportSummary,
    PreparedFile,
    customers_of_import,
    dry_run,
    list_imports,
    prepare_file,
    run_import,
)
from toysub_desktop.services.ledger import account_view, bill_customer
from toysub_desktop.services.rentals import customer_rentals, lend
from toysub_desktop.services.search import search_customers
from toysub_desktop.services.shop import add_staff
from toysub_desktop.services.staff import set_first_pin
from toysub_desktop.services.subscriptions import subscription_view
from toysub_desktop.services.toys import find_item

TODAY = date(2026, 3, 2)
HEADERS = ["이름", "연락처", "우편번호", "주소", "자녀", "생년월", "개인정보동의일", "요금제", "시작일", "약정",
           "월 요금", "결제방법", "교환요일"]  # fmt: skip
LEE = ["이영희", "010-9876-5432", "04001", "서울특별시 마포구 월드컵북로 396", "이하나", "2024-01", "2026-01-05",
       "렌털 프리미엄", "2026-01-05", "24개월", "37,050원", "카드", "화"]  # fmt: skip
PARK = ["박서준", "01055556666", "06236", "서울특별시 강남구 테헤란로 152", "박지우", "2023.11", "2026-02-01",
        "정기배송 베이직", "2026-02-10", "12", "27550", "자동이체", ""]  # fmt: skip


def xlsx(path: Path, rows: Sequence[Sequence[Cell]], merged: Sequence[str] = ()) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def csv_file(path: Path, rows: Sequence[Sequence[object]], encoding: str) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.fixture
def shop(db: Database, owner_id: int) -> dict[str, int]:
    return sample_shop(db, owner_id)


def _import(db: Database, staff_id: int, prepared: PreparedFile, **kwargs: Any) -> ImportSummary:
    return run_import(db, staff_id=staff_id, prepared=prepared, mapping=prepared.recognised, now=NOW, **kwargs)


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_an_xlsx_with_a_title_merged_headings_blank_rows_and_typed_cells_is_imported_as_signed(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    schedule_deliveries(db, through=date(2026, 3, 31), staff_id=shop["owner"], now=NOW)
    path = xlsx(
        tmp_path / "회원명단.xlsx",
        [
            ["2026년 회원 명단"],
            ["보호자", "연락처", "주소", None, "자녀", None, None, "계약"],
            [
                "이름",
                "휴대폰",
                "우편번호",
                "주소",
                "이름",
                "생년월",
                "개인정보동의일",
                "요금제",
                "시작일",
                "약정",
                "월 요금",
                "결제방법",
                "교환요일",
            ],
            # A phone typed into a number cell (its 0 lost), dates as Excel dates and serials, the fee as text.
            [
                "이영희",
                1098765432,
                4001,
                "서울특별시 마포구 월드컵북로 396",
                "이하나",
                "2024-01",
                date(2026, 1, 5),
                "렌털 프리미엄",
                46027,
                24,
                "37,050원",
                "카드",
                "화요일",
            ],
            [],
            [None, None, None],
            PARK,
        ],
        merged=["A1:M1", "C2:D2", "E2:F2"],
    )
    prepared = prepare_file(path)
    assert prepared.kind == "xlsx"
    assert [number for number, _ in prepared.rows] == [4, 7]
    assert prepared.recognised[1] is Column.PHONE and prepared.recognised[4] is Column.CHILD_NAME

    run = dry_run(db, prepared, prepared.recognised, today=TODAY)
    assert run.clean
    assert (run.customers, run.children, run.contracts) == (2, 2, 2)

    summary = _import(db, shop["owner"], prepared)
    assert (summary.customers, summary.subscriptions) == (2, 2)
    lines = customers_of_import(db, summary.import_id)
    assert [(line.name, line.row, line.merged) for line in lines] == [("이영희", 4, False), ("박서준", 7, False)]
    card = customer_card(db, lines[0].customer_id, today=TODAY)
    assert card.current_phones[0].phone.e164 == "+821098765432"
    assert card.current_address is not None and card.current_address.address.postal_code == "04001"
    assert [(c.name, c.birth_month) for c in card.children] == [("이하나", date(2024, 1, 1))]
    assert card.registered_on == date(2026, 1, 5)
    with db.reading() as session:
        subscription_id = session.scalars(
            select(Subscription.id).where(Subscription.customer_id == lines[0].customer_id)
        ).one()
        deliveries = session.scalars(
            select(Delivery.scheduled_on).where(Delivery.subscription_id == subscription_id).order_by(Delivery.id)
        ).all()
    view = subscription_view(db, subscription_id, today=TODAY)
    # The fee as signed (not today's list price), the start in the past, the term from the file.
    assert (view.signed_monthly_fee, view.timeline.start, view.term_months) == (37_050, date(2026, 1, 5), 24)
    assert deliveries and all(day >= TODAY and day.weekday() == 1 for day in deliveries)
    [record] = list_imports(db)
    assert (record.file_name, record.rows, record.customers, record.imported_by) == ("회원명단.xlsx", 2, 2, "박지영")
    with db.reading() as session:
        after = session.scalars(select(AuditEntry.after).where(AuditEntry.action == "import.run")).one()
    assert after is not None and after["file"] == "회원명단.xlsx" and after["customers"] == 2


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "euc-kr"])
def test_a_csv_in_utf8_or_the_korean_code_page_is_read(
    db: Database, shop: dict[str, int], tmp_path: Path, encoding: str
) -> None:
    prepared = prepare_file(csv_file(tmp_path / "명단.csv", [HEADERS, LEE, PARK], encoding))
    assert prepared.kind == "csv"
    run = dry_run(db, prepared, prepared.recognised, today=TODAY)
    assert [row.name for row in run.rows] == ["이영희", "박서준"]
    assert run.clean


def test_an_xls_that_is_an_html_table_is_read(db: Database, shop: dict[str, int], tmp_path: Path) -> None:
    cells = "".join(f"<th>{h}</th>" for h in HEADERS)
    row = "".join(f"<td>{c}</td>" for c in LEE)
    page = (
        f'<html><head><meta charset="euc-kr"></head><body><table><tr>{cells}</tr><tr>{row}</tr></table></body></html>'
    )
    path = tmp_path / "export.xls"
    path.write_bytes(page.encode("cp949"))
    prepared = prepare_file(path)
    assert prepared.kind == "html"
    assert dry_run(db, prepared, prepared.recognised, today=TODAY).clean


def _refusal(path: Path) -> tuple[str, dict[str, str]]:
    with pytest.raises(ValidationError) as refused:
        prepare_file(path)
    [problem] = refused.value.problems
    assert problem.field == "file"
    return problem.template, dict(problem.arguments)


def test_files_that_cannot_be_imported_are_refused_naming_the_file(tmp_path: Path) -> None:
    picture = tmp_path / "사진.xlsx"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    template, arguments = _refusal(picture)
    assert "not a spreadsheet" in template and arguments["file"] == "사진.xlsx"

    garbled = tmp_path / "깨진.csv"
    garbled.write_bytes(b"\xff\xfe\xff name,phone\r\n\xff\xff,\x80\x80\r\n")
    template, arguments = _refusal(garbled)
    assert "encoding" in template and arguments["file"] == "깨진.csv"

    no_header = csv_file(tmp_path / "숫자.csv", [["김민수", "010-1234-5678"], ["이영희", "010-9876-5432"]], "utf-8")
    template, arguments = _refusal(no_header)
    assert "no header" in template and arguments["file"] == "숫자.csv"

    page = tmp_path / "내보내기.xls"
    page.write_bytes("<html><body><p>세션이 만료되었습니다</p></body></html>".encode())
    template, arguments = _refusal(page)
    assert "web page" in template and arguments["file"] == "내보내기.xls"

    empty = tmp_path / "빈.csv"
    empty.write_bytes(b"\r\n\r\n")
    assert "no rows" in _refusal(empty)[0]


def test_the_dry_run_says_each_rows_problems_and_the_import_refuses_until_it_is_clean(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    bad = ["최수아", "010-12", "04001", "서울특별시 마포구 월드컵북로 1", "최하람", "2023-02", "2026-01-05",
           "골드 플랜", "2026.02.30", "24", "39000", "현금", ""]  # fmt: skip
    prepared = prepare_file(csv_file(tmp_path / "명단.csv", [HEADERS, LEE, bad, PARK], "utf-8"))
    run = dry_run(db, prepared, prepared.recognised, today=TODAY)
    assert not run.clean
    [blocked] = run.blocked_rows
    assert blocked.row == 3 and blocked.name == "최수아"
    assert {(p.column, p.value) for p in blocked.problems} == {
        ("연락처", "010-12"),
        ("요금제", "골드 플랜"),
        ("시작일", "2026.02.30"),
    }
    with pytest.raises(ValidationError) as refused:
        _import(db, shop["owner"], prepared)
    assert refused.value.problems[0].arguments == {"file": "명단.csv", "rows": "1"}
    assert _count(db, Customer) == 1  # only the sample shop's 김민수
    assert list_imports(db) == ()


def test_duplicates_on_record_and_in_the_file_are_found_and_resolved_by_the_clerk(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    kim_again = ["김민수", "010-1234-5678", "04001", "서울특별시 마포구 월드컵북로 396", "김하늘", "2023-05",
                 "2026-01-05", "정기배송 베이직", "2026-01-20", "12", "29000", "현금", ""]  # fmt: skip
    lee_second = [*LEE[:4], "이두리", "2025-06", *LEE[6:7], "정기배송 베이직", "2026-02-01", "12", "29000", "현금", ""]
    same_phone_other_name = ["김철수", "010-1234-5678", *PARK[2:]]
    rows = [HEADERS, kim_again, LEE, lee_second, same_phone_other_name]
    prepared = prepare_file(csv_file(tmp_path / "명단.csv", rows, "utf-8"))
    run = dry_run(db, prepared, prepared.recognised, today=TODAY)
    by_row = {row.row: row for row in run.rows}
    # 김민수 with the same phone is on record: proposed to add the contract to them.
    assert by_row[2].duplicate is not None and by_row[2].duplicate.customer_id == shop["customer"]
    assert by_row[2].duplicate.reason is DuplicateReason.SAME_PERSON and by_row[2].resolution is Resolution.MERGE
    # 이영희's second row is the same person as row 3.
    assert by_row[4].duplicate is not None and by_row[4].duplicate.earlier_row == 3
    assert by_row[4].resolution is Resolution.MERGE
    # Another name on 김민수's phone: the clerk must decide.
    assert by_row[5].duplicate is not None and by_row[5].duplicate.reason is DuplicateReason.SAME_PHONE
    assert by_row[5].blocked and not run.clean

    resolutions = {5: Resolution.NEW}
    assert dry_run(db, prepared, prepared.recognised, resolutions=resolutions, today=TODAY).clean
    summary = _import(db, shop["owner"], prepared, resolutions=resolutions)
    assert (summary.customers, summary.subscriptions, summary.merged) == (2, 4, 2)
    kim = customer_card(db, shop["customer"], today=TODAY)
    assert [c.name for c in kim.children] == ["김하늘"]  # the child already on record is not added twice
    lee = search_customers(db, "이영희", today=TODAY).rows
    assert len(lee) == 1
    lee_card = customer_card(db, lee[0].id, today=TODAY)
    assert [c.name for c in lee_card.children] == ["이하나", "이두리"]
    with db.reading() as session:
        contracts = session.scalar(select(func.count()).where(Subscription.customer_id == lee[0].id))
    assert contracts == 2


def test_skipping_a_duplicate_imports_nothing_of_that_row(db: Database, shop: dict[str, int], tmp_path: Path) -> None:
    kim_again = ["김민수", "010-1234-5678", "04001", "서울특별시 마포구 월드컵북로 396", "", "", "2026-01-05",
                 "정기배송 베이직", "2026-01-20", "12", "29000", "현금", ""]  # fmt: skip
    prepared = prepare_file(csv_file(tmp_path / "명단.csv", [HEADERS, kim_again, PARK], "utf-8"))
    summary = _import(db, shop["owner"], prepared, resolutions={2: Resolution.SKIP})
    assert (summary.customers, summary.subscriptions, summary.skipped) == (1, 1, 1)
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(Subscription.customer_id == shop["customer"])) == 0


def test_a_failure_at_the_last_row_or_a_cancel_leaves_nothing_imported(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    rows: list[list[object]] = [HEADERS]
    for n in range(600):
        rows.append([f"고객{chr(0xAC00 + n)}", f"010-3{n:03d}-{n:04d}", *LEE[2:]])
    prepared = prepare_file(csv_file(tmp_path / "큰명단.csv", rows, "utf-8"))
    assert dry_run(db, prepared, prepared.recognised, today=TODAY).clean
    reports: list[tuple[int, int]] = []

    def cancel_at_the_end(done: int, total: int) -> bool:
        reports.append((done, total))
        return done < total

    with pytest.raises(ImportCancelled):
        _import(db, shop["owner"], prepared, progress=cancel_at_the_end)
    # Every row is checked again, then written: two steps a row.
    assert reports == [(250, 1200), (500, 1200), (600, 1200), (850, 1200), (1100, 1200), (1200, 1200)]

    def fail_at_the_end(done: int, total: int) -> bool:
        if done == total:
            raise OSError("disk gone")
        return True

    with pytest.raises(OSError):
        _import(db, shop["owner"], prepared, progress=fail_at_the_end)
    assert _count(db, Customer) == 1
    assert _count(db, Subscription) == 0
    assert _count(db, ImportRecordSubscription) == 0
    assert list_imports(db) == ()
    summary = _import(db, shop["owner"], prepared)
    assert summary.customers == 600


def test_a_clerk_imports_only_with_a_managers_approval(db: Database, shop: dict[str, int], tmp_path: Path) -> None:
    clerk = add_staff(db, by_staff_id=shop["owner"], name="최유진", now=NOW).id
    manager = add_staff(db, by_staff_id=shop["owner"], name="한지민", role=StaffRole.MANAGER, now=NOW).id
    set_first_pin(db, staff_id=manager, pin="5678", repeated_pin="5678", now=NOW)
    prepared = prepare_file(csv_file(tmp_path / "명단.csv", [HEADERS, LEE], "utf-8"))
    with pytest.raises(ApprovalNeeded):
        _import(db, clerk, prepared)
    assert _count(db, Customer) == 1
    _import(db, clerk, prepared, approval=Approval(manager, "5678"))
    with db.reading() as session:
        who = session.execute(
            select(AuditEntry.staff_id, AuditEntry.approved_by_id).where(AuditEntry.action == "import.run")
        ).one()
    assert tuple(who) == (clerk, manager)


def test_the_toys_each_customer_has_out_are_lent_under_their_imported_contract(
    db: Database, owner_id: int, tmp_path: Path
) -> None:
    shop = rental_shop(db, owner_id)
    blocks, piano = shop.barcodes["blocks"], shop.barcodes["piano"]
    lend(db, staff_id=owner_id, customer_id=shop.customer, child_id=shop.child, barcodes=[blocks[1]], now=NOW)
    headers = [*HEADERS, "대여 중 바코드"]
    lee = [*LEE, f"{blocks[0]}, {piano[0]}"]
    park_box = [*PARK, piano[1]]  # a box plan lends nothing
    choi = ["최수아", "010-7777-8888", *LEE[2:4], "최하람", "2023-02", *LEE[6:], f"{blocks[1]} {piano[0]} TS-NOPE-1"]
    prepared = prepare_file(csv_file(tmp_path / "명단.csv", [headers, lee, park_box, choi], "utf-8"))
    run = dry_run(db, prepared, prepared.recognised, today=TODAY)
    by_row = {row.row: row for row in run.rows}
    assert by_row[2].problems == () and by_row[2].toys_out == 2
    assert [p.problem.field for p in by_row[3].problems] == ["toys_out"]  # needs a rental contract
    found = {(p.value, p.problem.template.split(" ")[0]) for p in by_row[4].problems}
    assert found == {(blocks[1], "This"), (piano[0], "This"), ("TS-NOPE-1", "No")}  # out already, twice, unknown
    assert by_row[4].problems[1].problem.arguments == {"row": "2"}

    fixed = prepare_file(csv_file(tmp_path / "명단.csv", [headers, lee, [*PARK, ""]], "utf-8"))
    summary = _import(db, owner_id, fixed)
    assert summary.loans == 2
    [lee_line, _] = customers_of_import(db, summary.import_id)
    rentals = customer_rentals(db, lee_line.customer_id, today=TODAY)
    assert sorted(line.barcode for line in rentals.out) == sorted([blocks[0], piano[0]])
    assert {line.child_name for line in rentals.out} == {"이하나"}
    assert all(line.lent_on == TODAY for line in rentals.out)
    assert find_item(db, blocks[0], today=TODAY) is not None
    item = find_item(db, blocks[0], today=TODAY)
    assert item is not None and item.state is ItemState.ON_LOAN


def test_a_failure_writing_the_last_row_keeps_nothing_of_the_rows_before_it(
    db: Database, owner_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop = rental_shop(db, owner_id)
    headers = [*HEADERS, "대여 중 바코드"]
    rows: list[list[object]] = [headers]
    for n in range(300):
        rows.append([f"고객{chr(0xAC00 + n)}", f"010-3{n:03d}-{n:04d}", *LEE[2:], ""])
    rows.append([*LEE, shop.barcodes["blocks"][0]])  # the last row lends an item
    prepared = prepare_file(csv_file(tmp_path / "명단.csv", rows, "utf-8"))
    assert dry_run(db, prepared, prepared.recognised, today=TODAY).clean
    customers_before = _count(db, Customer)

    def disk_fails(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(importing, "change_item_state", disk_fails)
    with pytest.raises(OSError):
        _import(db, owner_id, prepared)
    assert _count(db, Customer) == customers_before
    assert list_imports(db) == ()
    item = find_item(db, shop.barcodes["blocks"][0], today=TODAY)
    assert item is not None and item.state is ItemState.AVAILABLE


def _ean(first_twelve: str) -> str:
    return first_twelve + str(ean13_check_digit(first_twelve))


def test_a_toy_list_adds_toys_and_their_barcoded_items_then_customers_have_them_out(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    magnets, piano = _ean("880123456789"), _ean("880123456790")
    toys = xlsx(
        tmp_path / "장난감.xlsx",
        [
            ["장난감명", "분류", "사용연령", "브랜드", "가격", "바코드"],
            ["자석 블록 100피스", "블록·조립", "36~96개월", "맥포머스", "89,000원", f"{magnets}, OLD-0001"],
            ["멜로디 피아노", "악기", "12-48", "브이텍", 45000, piano],
            ["자석 블록 100피스", "블록", "36~96개월", "맥포머스", "89,000원", "OLD-0002"],  # more of the same toy
            ["흔들 목마", "탈 것?", "1세", "", "", "OLD-0001"],
        ],
    )
    prepared = prepare_file(toys)
    assert set(prepared.recognised.values()) >= {Column.TOY_NAME, Column.TOY_BARCODES, Column.TOY_VALUE}
    run = dry_run(db, prepared, prepared.recognised, today=TODAY)
    assert run.is_toy_list and not run.clean
    [bad] = run.blocked_rows
    assert bad.row == 5
    assert {p.column for p in bad.problems} == {"분류", "사용연령", "가격"}

    fixed = prepare_file(xlsx(tmp_path / "장난감.xlsx", [
        ["장난감명", "분류", "사용연령", "브랜드", "가격", "바코드"],
        ["자석 블록 100피스", "블록·조립", "36~96개월", "맥포머스", "89,000원", f"{magnets}, OLD-0001"],
        ["멜로디 피아노", "악기", "12-48", "브이텍", 45000, piano],
        ["자석 블록 100피스", "블록", "36~96개월", "맥포머스", "89,000원", "OLD-0002, OLD-0001"],
    ]))  # fmt: skip
    again = dry_run(db, fixed, fixed.recognised, today=TODAY)
    assert [(p.value, p.problem.arguments) for p in again.blocked_rows[0].problems] == [("OLD-0001", {"row": "2"})]
    fixed = prepare_file(xlsx(tmp_path / "장난감.xlsx", [
        ["장난감명", "분류", "사용연령", "브랜드", "가격", "바코드"],
        ["자석 블록 100피스", "블록·조립", "36~96개월", "맥포머스", "89,000원", f"{magnets}, OLD-0001"],
        ["멜로디 피아노", "악기", "12-48", "브이텍", 45000, piano],
        ["자석 블록 100피스", "블록", "36~96개월", "맥포머스", "89,000원", "OLD-0002"],
    ]))  # fmt: skip
    summary = _import(db, shop["owner"], fixed)
    assert (summary.toys, summary.items, summary.customers) == (2, 4, 0)
    item = find_item(db, "OLD-0002", today=TODAY)
    assert item is not None and item.toy_name == "자석 블록 100피스" and item.state is ItemState.AVAILABLE
    assert find_item(db, "old-0001", today=TODAY) is not None  # a scanner's lower case is the same code

    # The same day, the customer list says who has which of them out.
    headers = [*HEADERS, "대여 중 바코드"]
    customers = prepare_file(csv_file(tmp_path / "명단.csv", [headers, [*LEE, f"{magnets} OLD-0002"]], "utf-8"))
    assert _import(db, shop["owner"], customers).loans == 2
    item = find_item(db, magnets, today=TODAY)
    assert item is not None and item.state is ItemState.ON_LOAN and item.customer_name == "이영희"


#: A real Excel 97–2003 workbook (BIFF8, written once by xlwt, which is not a dependency): a title merged across the
#: table, Korean headings, a phone typed as a number, dates as date cells, fees as numbers and as text, and one row
#: with a short phone and a plan the shop does not have.
LEGACY_XLS = Path(__file__).parents[1] / "data" / "members_excel97.xls"


def test_a_legacy_xls_file_is_read_and_dry_run_row_by_row(db: Database, shop: dict[str, int]) -> None:
    customers_before = _count(db, Customer)
    prepared = prepare_file(LEGACY_XLS)
    assert prepared.kind == "xls"
    assert [number for number, _ in prepared.rows] == [3, 4, 5]  # the title and the headings are not rows
    assert prepared.recognised[0] is Column.NAME and prepared.recognised[12] is Column.SWAP_WEEKDAY

    run = dry_run(db, prepared, prepared.recognised, today=TODAY)

    assert [(row.row, row.name, row.plan_name, row.monthly_fee) for row in run.rows if not row.blocked] == [
        (3, "이영희", "렌털 프리미엄", 37_050),
        (4, "박서준", "렌털 베이직", 29_000),
    ]
    [blocked] = run.blocked_rows
    assert blocked.row == 5
    assert {(p.column, p.value) for p in blocked.problems} == {("연락처", "010-12"), ("요금제", "골드 플랜")}
    assert run.customers == 2 and _count(db, Customer) == customers_before  # a dry run writes nothing


def test_the_dry_run_tells_its_progress_and_stops_when_asked(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    rows: list[list[Cell]] = [list(HEADERS)]
    for n in range(600):
        rows.append([f"고객{chr(0xAC00 + n)}", f"010-3{n:03d}-{n:04d}", *LEE[2:]])
    prepared = prepare_file(xlsx(tmp_path / "큰명단.xlsx", rows))
    told: list[tuple[int, int]] = []

    def keep_going(done: int, total: int) -> bool:
        told.append((done, total))
        return True

    run = dry_run(db, prepared, prepared.recognised, today=TODAY, progress=keep_going)
    assert run.customers == 600 and told == [(250, 600), (500, 600), (600, 600)]

    with pytest.raises(ImportCancelled):
        dry_run(db, prepared, prepared.recognised, today=TODAY, progress=lambda done, total: done < 500)


def test_an_imported_contract_is_billed_only_for_the_days_after_its_paid_through_date(
    db: Database, shop: dict[str, int], tmp_path: Path
) -> None:
    # 이영희 from 2026-01-05 (cycles on the 5th), paid through 2026-02-20 in the old records, with the deposit she
    # paid with her first month; 박서준 without a date.
    path = xlsx(
        tmp_path / "회원.xlsx",
        [[*HEADERS, "결제완료일", "보증금"], [*LEE, "2026-02-20", "50,000"], [*PARK, "", ""]],
    )
    prepared = prepare_file(path)
    assert Column.PAID_THROUGH in prepared.recognised.values()
    summary = _import(db, shop["owner"], prepared)
    lee, park = (line.customer_id for line in customers_of_import(db, summary.import_id))
    bill_customer(db, staff_id=shop["owner"], customer_id=lee, now=datetime(2026, 3, 5, 1, tzinfo=UTC))
    with db.reading() as session:
        assert session.scalar(select(Subscription.deposit).where(Subscription.customer_id == lee)) == 50_000
        billed = session.execute(
            select(LedgerEntry.kind, LedgerEntry.entry_on, LedgerEntry.amount)
            .where(LedgerEntry.customer_id == lee)
            .order_by(LedgerEntry.entry_on)
        ).all()
    # January and the deposit are paid; February's cycle (02-05 to 03-04, 28 days) only from 02-21: 12 days.
    # March in full.
    assert [tuple(row) for row in billed] == [
        ("cycle_fee", date(2026, 2, 5), 37_050 * 12 // 28),
        ("cycle_fee", date(2026, 3, 5), 37_050),
    ]
    assert account_view(db, lee, today=date(2026, 3, 5)).balance == 37_050 * 12 // 28 + 37_050
    # Without a paid-through date the contract is billed from its first day.
    bill_customer(db, staff_id=shop["owner"], customer_id=park, now=datetime(2026, 3, 5, 1, tzinfo=UTC))
    with db.reading() as session:
        first = session.scalars(
            select(LedgerEntry.entry_on).where(LedgerEntry.customer_id == park).order_by(LedgerEntry.entry_on)
        ).first()
    assert first == date(2026, 2, 10)
