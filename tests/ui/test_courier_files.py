"""Labels a courier can read and the courier's own waybills, through the real windows (offscreen, Korean): the day's
deliveries saved in the courier's layout and its tracking numbers read back, both from the Deliveries menu by
keyboard; an address too long for a label named before anything prints; the owner's entry-notes setting."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from support import NOW, sample_shop
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.waybills import CJ_LAYOUT, delivery_number
from toysub_desktop.services.contacts import record_move
from toysub_desktop.services.deliveries import DeliveryFilter, list_deliveries, schedule_deliveries
from toysub_desktop.services.inputs import AddressInput
from toysub_desktop.services.shop import label_settings
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.courier_files import CourierExportDialog, TrackingImportDialog
from toysub_desktop.ui.deliveries_tab import DeliveriesTab
from toysub_desktop.ui.delivery_printing import LabelOptionsDialog, printable_scope
from toysub_desktop.ui.dialogs.label_settings import LabelSettingsDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 2)
SWAP_DAY = date(2026, 3, 18)


@pytest.fixture
def shop(counter: Counter) -> dict[str, int]:
    ids = sample_shop(counter.db, counter.staff.id)
    sign_up(
        counter.db,
        staff_id=counter.staff.id,
        new=NewSubscription(ids["customer"], ids["rental"], 24, TODAY, PaymentMethod.CARD, swap_weekday=2),
        now=NOW,
    )
    schedule_deliveries(counter.db, through=date(2026, 4, 30), staff_id=counter.staff.id, now=NOW)
    return ids


@pytest.fixture
def window(qtbot: QtBot, counter: Counter, shop: dict[str, int]) -> MainWindow:
    main = MainWindow(counter)
    show_active(main, qtbot)
    return main


def show_active(window: QWidget, qtbot: QtBot) -> None:
    """Show *window* and wait until it is the active one, so keys go to its focused field and shortcuts work."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@contextmanager
def closed_after(dialog: QWidget, qtbot: QtBot) -> Iterator[None]:
    """Drive a modal *dialog* once it is the active window; whatever happens, it is closed afterwards, so a
    failing step fails the test instead of leaving it waiting on the dialog."""
    qtbot.addWidget(dialog)
    try:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        yield
    finally:
        if dialog.isVisible():
            dialog.reject()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def the_day(window: MainWindow) -> DeliveriesTab:
    window.tabs.setCurrentWidget(window.deliveries)
    tab = window.deliveries
    tab.show_days(SWAP_DAY, SWAP_DAY)
    assert tab.model.rowCount() == 1
    return tab


def from_the_delivery_menu(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Alt+V opens 배송(&V); the item's letter runs it (its dialog is driven by ``when_modal`` meanwhile)."""
    QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    QTest.keyClick(popup, key)


def type_path(path: Path) -> None:
    """Into the file field (the focused one): what was there replaced by *path*."""
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), str(path))


def save(dialog: QWidget) -> None:
    """Ctrl+Enter, the save key of every dialog, in the field with the cursor (the window's own when the
    offscreen platform has not said which window is active)."""
    target = QApplication.focusWidget() or dialog.focusWidget() or dialog
    QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def day_delivery(counter: Counter) -> tuple[int, DeliveryState, str | None]:
    [row] = list_deliveries(counter.db, DeliveryFilter(first=SWAP_DAY, last=SWAP_DAY)).rows
    return row.id, row.state, row.tracking_number


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the offscreen platform's menu
def test_the_days_deliveries_are_saved_for_the_courier_from_the_menu(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, screenshots: Path
) -> None:
    the_day(window)
    target = tmp_path / "upload.xlsx"
    seen: list[str] = []

    def fill(dialog: CourierExportDialog) -> None:
        with closed_after(dialog, qtbot):
            fill_in(dialog)

    def fill_in(dialog: CourierExportDialog) -> None:
        assert focused() is dialog.courier and dialog.courier.currentText() == "CJ대한통운"
        assert dialog.file.edit.text().endswith("택배 접수 2026-03-18 CJ대한통운.xlsx")
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.file.edit
        type_path(target)
        dialog.grab().save(str(screenshots / "courier-export.png"))
        seen.append(dialog.windowTitle())
        save(dialog)

    when_modal(CourierExportDialog, fill)
    from_the_delivery_menu(qtbot, window, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: target.exists())
    assert seen == ["택배사 접수 파일"]
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == CJ_LAYOUT.titles
    delivery_id, _state, _number = day_delivery(window.counter)
    assert rows[1][CJ_LAYOUT.titles.index("고객주문번호")] == delivery_number(delivery_id)
    assert rows[1][CJ_LAYOUT.titles.index("받는분우편번호")] == "04001"
    assert "배송 1건" in window.deliveries.status.text()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the offscreen platform's menu
def test_the_couriers_tracking_numbers_are_checked_then_mark_the_delivery_shipped(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, screenshots: Path
) -> None:
    tab = the_day(window)
    delivery_id, _state, _number = day_delivery(window.counter)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["운송장번호", "받는분성명", "고객주문번호"],
        ["654321098765", "김민수", delivery_number(delivery_id)],
        ["654321098766", "모르는 분", "D00999999"],
    ):
        sheet.append(row)
    path = tmp_path / "cj result.xlsx"
    book.save(path)
    report: list[list[str]] = []

    def check_and_ship(dialog: TrackingImportDialog) -> None:
        with closed_after(dialog, qtbot):
            check_in(dialog)

    def check_in(dialog: TrackingImportDialog) -> None:
        assert not dialog.save_button.isEnabled()  # nothing to ship before the file is checked
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        type_path(path)
        QTest.keyClick(focused(), Qt.Key.Key_Return)  # Enter checks the file; it never ships
        assert dialog.isVisible() and dialog.report.isVisible()
        report.extend([dialog.report.item(r, c).text() for c in range(4)] for r in range(dialog.report.rowCount()))
        report.append([dialog.summary.text()])
        assert day_delivery(window.counter)[1] is DeliveryState.SCHEDULED
        dialog.grab().save(str(screenshots / "tracking-import.png"))
        save(dialog)

    when_modal(TrackingImportDialog, check_and_ship)
    from_the_delivery_menu(qtbot, window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: day_delivery(window.counter)[1] is DeliveryState.SHIPPED)
    assert report[0] == ["3", "D00999999", "654321098766", "D00999999은(는) 이 매장의 배송 번호가 아닙니다."]
    assert report[1] == ["2행 중 1행을 발송 처리합니다. 1행은 제외됩니다(아래 목록)."]
    assert day_delivery(window.counter)[2] == "654321098765"
    assert tab.status.text() == "택배사 파일로 배송 1건을 발송 처리했습니다."


def test_a_label_address_too_long_is_named_before_printing_and_prints_only_if_the_clerk_says_so(
    counter: Counter, shop: dict[str, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, screenshots: Path
) -> None:
    long_detail = "가나다라마바사아자차카타파하" * 7 + "호"
    record_move(
        counter.db,
        staff_id=counter.staff.id,
        customer_id=shop["customer"],
        expected_version=None,
        address=AddressInput("04001", "서울특별시 마포구 월드컵북로 396", long_detail),
        effective_from=date(2026, 3, 10),
        now=NOW,
    )
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    scope = printable_scope(DeliveryFilter(first=SWAP_DAY, last=SWAP_DAY), [])
    dialog = LabelOptionsDialog(counter, scope)
    show_active(dialog, qtbot)
    dialog.sheet.setCurrentIndex(1)  # 24 labels a sheet
    dialog.sheet.setFocus()
    assert "인쇄하지 않습니다" in dialog.entry_notes.text()
    told: list[str] = []

    def answer(press: str) -> None:
        def run(box: QMessageBox) -> None:
            told.append(f"{box.text()}\n{box.informativeText()}")
            box.grab().save(str(screenshots / "labels-too-long.png"))
            button = next(b for b in box.buttons() if b.text().startswith(press))
            # The safe answer is the default: Escape or Enter fixes first.
            assert box.defaultButton() is not None and box.defaultButton().text().startswith("먼저 고치기")
            button.click()

        when_modal(QMessageBox, run)

    answer("먼저 고치기")
    save(dialog)
    qtbot.waitUntil(lambda: bool(told))
    assert "월드컵북로 396, 가나다라" in told[0] and "2026-03-18" in told[0]
    assert dialog.isVisible() and not shown  # nothing printed
    beside = dialog.errors.message_for("deliveries")  # shown beside the sheet
    assert "라벨에 다 들어가지 않습니다" in beside
    dialog.grab().save(str(screenshots / "label-options-refused.png"))

    dialog.activateWindow()  # what the window manager does when the question closes (offscreen does not)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    answer("그대로 인쇄")
    save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert isinstance(dialog.outcome, bytes)


def test_the_owner_turns_entry_notes_on_labels_on_by_keyboard(
    counter: Counter, qtbot: QtBot, screenshots: Path
) -> None:
    assert label_settings(counter.db).entry_notes_on_labels is False
    dialog = LabelSettingsDialog(counter)
    show_active(dialog, qtbot)
    assert focused() is dialog.entry_notes and not dialog.entry_notes.isChecked()
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    dialog.grab().save(str(screenshots / "label-settings.png"))
    save(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert label_settings(counter.db).entry_notes_on_labels is True
