"""Day one at a real shop, through the shown windows and the keyboard alone: the first start, two staff with their
own PINs, the shop's spreadsheet imported (dry run, fixed, imported), tomorrow's deliveries, the plan comparison
sheet printed, and a clerk who may neither change a price nor restore a backup without the owner's PIN."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from documents.pdf_tools import page_texts, squeezed
from keyboard import save_by_keyboard, type_text
from screen_support import clipped_labels, off_screen, save_picture, settle_layout
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import AuditEntry
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.dates import shop_today
from toysub_desktop.folders import Folders
from toysub_desktop.services.plans import list_plans
from toysub_desktop.services.shop import list_staff
from toysub_desktop.ui import startup
from toysub_desktop.ui.backups import RestoreDialog
from toysub_desktop.ui.dialogs.plan_dialogs import PlanCatalogueDialog, PriceChangeDialog
from toysub_desktop.ui.dialogs.shop_dialogs import AddStaffDialog
from toysub_desktop.ui.first_start import DONE_PAGE, PIN_PAGE, PLANS_PAGE, SHOP_PAGE, FirstStartWizard
from toysub_desktop.ui.import_dialog import ImportDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.plan_sheet import PlanSheetDialog
from toysub_desktop.ui.sign_in import ApprovalDialog, SignInDialog

pytestmark = pytest.mark.gui

D = TypeVar("D", bound=QDialog)

OWNER_PIN, CLERK_PIN, SECOND_CLERK_PIN = "482913", "2580", "7391"

# --- the shop's own spreadsheet -----------------------------------------------------------------------------------

HEADERS = ["회원명", "휴대폰", "우편번호", "주소", "상세주소", "자녀이름", "생년월", "개인정보동의일", "상품명",
           "계약시작일", "약정", "월회비", "배송일", "교환요일", "보증금", "결제방법", "비고"]  # fmt: skip
SURNAMES = "김이박최정강조윤장임한오서신권황안송류전"
GIVEN = [
    "민준",
    "서연",
    "도윤",
    "하은",
    "지호",
    "수아",
    "예준",
    "지우",
    "시우",
    "서윤",
    "주원",
    "하린",
    "지안",
    "유나",
    "건우",
]
WEEKDAYS = "월화수목금토일"
CUSTOMERS = 30


def months_before(day: date, months: int) -> date:
    first = day.replace(day=1)
    for _ in range(months):
        first = (first - timedelta(days=1)).replace(day=1)
    return first.replace(day=min(day.day, 28))


def member_rows(today: date) -> list[list[object]]:
    """Thirty families on the three starter plans, written as a shop writes them: boxes delivered monthly on
    tomorrow's day, rentals swapped fortnightly on tomorrow's weekday, memberships at the shop."""
    tomorrow = today + timedelta(days=1)
    rows: list[list[object]] = []
    for n in range(CUSTOMERS):
        surname = SURNAMES[n % len(SURNAMES)]
        kind = n % 3
        if kind == 0:
            plan, fee, start, term = "월간 장난감 박스", "39,000원", months_before(tomorrow, 3 + n % 5), "12개월"
            day, weekday, deposit = f"{tomorrow.day}일", "", ""
        elif kind == 1:
            plan, fee, start, term = "장난감 렌털", "49000", tomorrow - timedelta(days=14 * (4 + n % 6)), "24"
            day, weekday, deposit = "", WEEKDAYS[tomorrow.weekday()], "50,000"
        else:
            plan, fee, start, term = "무제한 멤버십", "59,000", today - timedelta(days=40 + n), "12"
            day, weekday, deposit = "", "", ""
        rows.append([
            surname + GIVEN[n % len(GIVEN)], f"010-{5100 + n:04d}-{2000 + 37 * n:04d}", f"{4000 + n:05d}",
            f"서울특별시 마포구 월드컵북로 {10 + n}", f"{101 + n}동 {n + 1}02호", surname + GIVEN[(n + 5) % len(GIVEN)],
            f"{2023 - n % 3}-{1 + n % 12:02d}", start - timedelta(days=1), plan, start, term, fee, day, weekday,
            deposit, "카드" if n % 2 else "계좌이체", "",
        ])  # fmt: skip
    return rows


def write_members(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "회원"
    sheet.append(["토이구독 마포점 회원 명단"])
    sheet.merge_cells("A1:Q1")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


# --- the keyboard ---------------------------------------------------------------------------------------------------


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no field has the keyboard"
    return widget


def key(which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), which, modifier)


def alt(letter: Qt.Key) -> None:
    """Alt and an underlined letter; a button pressed this way clicks a moment later."""
    key(letter, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(250)


def tab_then_type(text: str) -> None:
    key(Qt.Key.Key_Tab)
    type_text(text)


def tab_to(widget: QWidget) -> None:
    """Tab through the window until *widget* has the keyboard, as a clerk does."""
    for _ in range(60):
        if QApplication.focusWidget() is widget:
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget}")


def press(button: QWidget) -> None:
    tab_to(button)
    key(Qt.Key.Key_Space)


def look(window: QWidget, screenshots: Path, name: str) -> None:
    """A picture for people to look at; the window is on the screen and no message is cut."""
    settle_layout(window)
    save_picture(window, screenshots, f"day-one-{name}")
    assert off_screen(window) + clipped_labels(window) == []


def has_keyboard(window: QWidget) -> bool:
    """Whether a key typed now goes to a field of *window* (not to one of a window closed or behind it)."""
    field = QApplication.focusWidget()
    return field is not None and field.window() is window


def back_in(qtbot: QtBot, window: QWidget) -> None:
    """The window has the keyboard again after a dialog over it closed (the window manager's part, which the
    offscreen screen does not play)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and has_keyboard(window))


def shop_menu(window: MainWindow, text: str) -> QAction:
    entries = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]
    [action] = [a for a in entries if a.text() == text]
    return action


def in_modal(qtbot: QtBot, kind: type[D], steps: Callable[[D], None]) -> None:
    """Run *steps* in the modal dialog of *kind* about to open (in its own event loop) once it has the keyboard;
    a failing step closes it, so the test fails instead of waiting for ever."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, kind), dialog
            dialog.activateWindow()
            qtbot.waitUntil(lambda: dialog.isActiveWindow() and has_keyboard(dialog))
            steps(dialog)
        except BaseException:
            if isinstance(dialog, QDialog):
                dialog.reject()
            raise

    QTimer.singleShot(0, run)


def open_from_menu(qtbot: QtBot, window: MainWindow, entry: str, kind: type[D], steps: Callable[[D], None]) -> None:
    in_modal(qtbot, kind, steps)
    shop_menu(window, entry).trigger()


# --- the steps of the day -------------------------------------------------------------------------------------------


def set_up_the_shop(qtbot: QtBot, screenshots: Path) -> Callable[[FirstStartWizard], int]:
    """The wizard, shown as exec() would show it, typed into: the shop, the owner's PIN, the starter plans."""

    def on_page(wizard: FirstStartWizard, page: int) -> None:
        qtbot.waitUntil(lambda: wizard.currentId() == page and has_keyboard(wizard))

    def shown(wizard: FirstStartWizard) -> int:
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        on_page(wizard, SHOP_PAGE)
        type_text("토이구독 마포점")
        tab_then_type("박지영")
        tab_then_type("2208162517")
        tab_then_type("서울특별시 마포구 월드컵로 12, 1층")
        tab_then_type("02-336-1234")
        key(Qt.Key.Key_Return)
        on_page(wizard, PIN_PAGE)
        type_text(OWNER_PIN)
        tab_then_type(OWNER_PIN)
        key(Qt.Key.Key_Return)
        on_page(wizard, PLANS_PAGE)
        assert wizard.plans_page.starter.isChecked()
        look(wizard, screenshots, "01-starter-plans")
        alt(Qt.Key.Key_O)
        on_page(wizard, DONE_PAGE)
        look(wizard, screenshots, "02-recovery-code")
        key(Qt.Key.Key_Return)
        return int(wizard.result())

    return shown


def add_staff_member(qtbot: QtBot, window: MainWindow, name: str) -> None:
    def steps(dialog: AddStaffDialog) -> None:
        assert focused() is dialog.name
        type_text(name)
        key(Qt.Key.Key_Tab)
        assert dialog.role.currentText() == "직원"  # the usual role comes first
        save_by_keyboard()

    open_from_menu(qtbot, window, "직원 추가(&A)…", AddStaffDialog, steps)


def sign_in_dialog(qtbot: QtBot, window: MainWindow) -> SignInDialog:
    qtbot.waitUntil(lambda: window.counter_lock.dialog is not None and window.counter_lock.dialog.isVisible())
    dialog = window.counter_lock.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and has_keyboard(dialog))
    return dialog


def wanted(dialog: SignInDialog, name: str) -> int:
    return next(i for i, account in enumerate(dialog.accounts) if account.name == name)


def take_the_counter(
    qtbot: QtBot, window: MainWindow, name: str, pin: str, *, first: bool = False, screenshots: Path | None = None
) -> SignInDialog:
    """Choose who is at the counter (Alt+C, the name), then their PIN (typed twice the first time) and Enter."""
    back_in(qtbot, window)
    alt(Qt.Key.Key_C)
    assert focused() is window.staff
    # Another name in the list asks for that person's PIN at once; whoever was there stays until it is typed.
    key(Qt.Key.Key_Up if window.staff.currentIndex() == window.staff.count() - 1 else Qt.Key.Key_Down)
    dialog = sign_in_dialog(qtbot, window)
    assert focused() is dialog.pin
    account = dialog.account()
    while account is not None and account.name != name:  # the arrow goes on choosing from the PIN field
        key(Qt.Key.Key_Down if dialog.accounts.index(account) < wanted(dialog, name) else Qt.Key.Key_Up)
        account = dialog.account()
    assert focused() is dialog.pin
    assert account is not None and account.name == name
    assert dialog.repeat_pin.isVisible() is first
    type_text(pin)
    if first:
        key(Qt.Key.Key_Tab)
        assert focused() is dialog.repeat_pin
        type_text(pin)
    if screenshots is not None:
        look(dialog, screenshots, f"00-first-pin-{name}")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.counter_lock.dialog is None)
    assert window.counter.staff.name == name and window.staff.currentText() == name
    return dialog


def approve_as_owner(approval: ApprovalDialog) -> None:
    assert "대표" in approval.intro.text() and approval.names.count() == 1  # the clerks may not approve
    assert focused() is approval.names
    type_text("1")  # the owner's number: the PIN field is next
    type_text(OWNER_PIN)
    key(Qt.Key.Key_Return)


def refuse_approval(approval: ApprovalDialog) -> None:
    key(Qt.Key.Key_Escape)


def row_of(deliveries: object, i: int) -> str:
    row = deliveries.model.row_at(i)  # type: ignore[attr-defined]
    assert row is not None
    return str(row.customer_name)


# --- the story --------------------------------------------------------------------------------------------------------


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the information boxes said (a modal box of its own would wait for a click)."""
    said: list[str] = []

    def information(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    return said


def test_day_one_at_a_new_shop(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screenshots: Path, told: list[str]
) -> None:
    # The program starts on an empty data folder and the owner sets the shop up.
    folders = Folders(data=tmp_path / "data", backups=tmp_path / "data" / "backups", logs=tmp_path / "logs")
    monkeypatch.setattr(FirstStartWizard, "exec", set_up_the_shop(qtbot, screenshots))
    host = startup.CounterHost(sqlite_file(folders.data / "toysub.sqlite3"), demo=False, folders=folders)
    assert host.open(backups_after_ms=600_000) is None
    window = host.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    db = window.counter.db
    owner = window.counter.staff
    assert (owner.name, owner.role) == ("박지영", StaffRole.OWNER)

    # The owner adds two clerks; each signs in and chooses a PIN of their own.
    add_staff_member(qtbot, window, "최유진")
    add_staff_member(qtbot, window, "이수빈")
    assert [(m.name, m.role) for m in list_staff(db)] == [
        ("박지영", StaffRole.OWNER),
        ("최유진", StaffRole.CLERK),
        ("이수빈", StaffRole.CLERK),
    ]
    take_the_counter(qtbot, window, "최유진", CLERK_PIN, first=True, screenshots=screenshots)
    take_the_counter(qtbot, window, "이수빈", SECOND_CLERK_PIN, first=True)
    take_the_counter(qtbot, window, "최유진", CLERK_PIN)
    clerk = window.counter.staff
    take_the_counter(qtbot, window, "박지영", OWNER_PIN)

    # The shop's spreadsheet: a dry run finds three rows to fix; fixed in the file, checked again, imported.
    today = shop_today()
    rows = member_rows(today)
    broken = [list(row) for row in rows]
    broken[4][1] = "010-51"  # a number cut short
    broken[11][8] = "골드 플랜"  # a plan this shop does not have
    broken[19][9] = "2025-13-40"  # a start date that is no day
    members = write_members(tmp_path / "회원명단.xlsx", broken)

    def import_members(dialog: ImportDialog) -> None:
        assert focused() is dialog.path
        type_text(str(members))
        key(Qt.Key.Key_Return)
        assert dialog.pages.currentIndex() == 1
        look(dialog, screenshots, "03-import-columns")
        press(dialog.check_button)
        assert dialog.pages.currentIndex() == 2 and not dialog.import_button.isEnabled()
        assert [row.row for row in dialog.model.rows] == [7, 14, 22]
        problems = [str(dialog.model.data(dialog.model.index(i, 5))) for i in range(3)]
        assert "휴대폰" in problems[0] and "골드 플랜" in problems[1] and "계약시작일" in problems[2], problems
        look(dialog, screenshots, "04-import-dry-run-problems")
        write_members(members, rows)  # the clerk fixes the three rows in the spreadsheet and saves it
        press(dialog.recheck_button)
        assert dialog.model.rows == [] and dialog.import_button.isEnabled()
        assert "30" in dialog.dry_run_summary.text()
        look(dialog, screenshots, "05-import-dry-run-clean")
        press(dialog.import_button)
        assert dialog.pages.currentIndex() == 4
        assert "새 고객 30명" in dialog.done_label.text() and "계약 30건" in dialog.done_label.text()
        look(dialog, screenshots, "06-import-done")
        key(Qt.Key.Key_Space)  # 닫기 has the focus

    open_from_menu(qtbot, window, "엑셀에서 고객 가져오기(&I)…", ImportDialog, import_members)
    assert window.model.rowCount() == CUSTOMERS
    shop_menu(window, "지금 백업(&B)").trigger()  # the owner keeps a copy of the day's work
    assert "백업" in told[-1]

    # Tomorrow's deliveries: every box and rental imported, none of the memberships (they come to the shop).
    back_in(qtbot, window)
    alt(Qt.Key.Key_D)
    deliveries = window.deliveries
    assert window.tabs.currentWidget() is deliveries
    press(deliveries.daily["tomorrow"])
    qtbot.waitUntil(lambda: deliveries.model.rowCount() == 20)
    expected = sorted(str(row[0]) for row in rows if row[8] != "무제한 멤버십")
    shown = sorted(row_of(deliveries, i) for i in range(deliveries.model.rowCount()))
    assert shown == expected
    assert "20" in deliveries.daily["tomorrow"].text()
    look(window, screenshots, "07-tomorrows-deliveries")

    # The plan comparison sheet, today's prices, printed.
    printed = tmp_path / "비교표.pdf"

    def choose_a_pdf_printer(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_a_pdf_printer)

    shown_sheets: list[bytes] = []

    def print_the_preview(preview: PdfPreviewDialog) -> None:
        shown_sheets.append(preview.pdf)
        look(preview, screenshots, "09-plan-sheet-preview")
        key(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        key(Qt.Key.Key_Escape)

    def show_the_sheet(dialog: PlanSheetDialog) -> None:
        look(dialog, screenshots, "08-plan-sheet-day")
        in_modal(qtbot, PdfPreviewDialog, print_the_preview)
        save_by_keyboard()

    open_from_menu(qtbot, window, "요금제 비교표(&M)…", PlanSheetDialog, show_the_sheet)
    assert printed.stat().st_size > 10_000  # the printer got the page (printed as a picture of it)
    [shown_sheet] = shown_sheets
    sheet = squeezed("".join(page_texts(shown_sheet, tmp_path)))
    for plan, fee in (("월간장난감박스", "39,000원"), ("장난감렌털", "49,000원"), ("무제한멤버십", "59,000원")):
        assert plan in sheet and fee in sheet

    # A clerk at the counter: a new price needs the owner's PIN; without it nothing is scheduled.
    take_the_counter(qtbot, window, "최유진", CLERK_PIN)
    rental = next(p for p in list_plans(db, today=today) if p.details.name == "장난감 렌털")
    refused: list[str] = []

    def change_the_rental_price(catalogue: PlanCatalogueDialog) -> None:
        assert focused() is catalogue.table
        while catalogue.selected_plan_id() != rental.id:
            key(Qt.Key.Key_Down)
        alt(Qt.Key.Key_S)
        change = catalogue.findChild(PriceChangeDialog)
        assert isinstance(change, PriceChangeDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is change.monthly_price)
        type_text("52,000")
        in_modal(qtbot, ApprovalDialog, refuse_approval)
        save_by_keyboard()
        assert change.isVisible() and change.monthly_price.text() == "52,000"
        back_in(qtbot, change)
        refused.append(change.general_error.text())
        look(change, screenshots, "10-price-change-refused")
        in_modal(qtbot, ApprovalDialog, approve_as_owner)
        save_by_keyboard()
        qtbot.waitUntil(lambda: not change.isVisible())
        back_in(qtbot, catalogue)
        look(catalogue, screenshots, "11-price-change-scheduled")
        key(Qt.Key.Key_Escape)

    open_from_menu(qtbot, window, "요금제와 가격(&P)…", PlanCatalogueDialog, change_the_rental_price)
    assert refused and "대표" in refused[0], refused
    repriced = next(p for p in list_plans(db, today=today) if p.id == rental.id)
    assert [p.monthly_price for p in repriced.scheduled_prices] == [52_000]
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "plan.price_change")).one()
        assert (entry.staff_id, entry.approved_by_id) == (clerk.id, owner.id)

    # The same clerk tries to restore a backup: refused without the owner's PIN, let through with it.
    open_from_menu(qtbot, window, "백업에서 복원(&R)…", ApprovalDialog, refuse_approval)
    assert told and "대표" in told[-1]
    seen: list[str] = []

    def approve_then_look(approval: ApprovalDialog) -> None:
        def choose_nothing(dialog: RestoreDialog) -> None:
            assert len(dialog.backups) == 1  # the copy the owner made after the import
            seen.append(dialog.windowTitle())
            look(dialog, screenshots, "12-restore-after-approval")
            key(Qt.Key.Key_Escape)

        in_modal(qtbot, RestoreDialog, choose_nothing)
        approve_as_owner(approval)

    open_from_menu(qtbot, window, "백업에서 복원(&R)…", ApprovalDialog, approve_then_look)
    assert seen, "the owner's PIN opens the choice of backups"
    assert window.counter.staff.name == "최유진" and window.isVisible()
    host.shutdown()
    db.dispose()
