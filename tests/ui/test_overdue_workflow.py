"""Overdue follow-up in the shown main window, by keyboard: 수납·정산 → 연체 고객 lists who is behind (most days
first), the arrow keys move down the list, reminder letters print for the chosen customer, the message list is
exported for all, Enter opens the card; 연체 설정 refuses bad input beside the field and, once the hold is on, the
card says deliveries and lending are held."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from documents.pdf_tools import page_texts
from keyboard import save_by_keyboard, type_text
from support import NOW, new_customer, sample_shop
from toysub_desktop.domain.overdue import OverdueRules
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.deliveries import schedule_deliveries
from toysub_desktop.services.ledger import bill_due
from toysub_desktop.services.overdue import overdue_settings
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.delivery_list_model import FOLLOW_UP
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.overdue import OverdueSettingsDialog, OverdueWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from ui.modal_windows import when_modal

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),  # the offscreen menu
]

TODAY = date(2026, 4, 20)
ALT = Qt.KeyboardModifier.AltModifier


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


@pytest.fixture
def window(qtbot: QtBot, counter: Counter) -> MainWindow:
    ids = sample_shop(counter.db, counter.staff.id)
    owner = counter.staff.id
    # 김민수: a rental from 2 March; its first fee and deposit were due on 16 March (35 days ago).
    rental = NewSubscription(
        ids["customer"], ids["rental"], 24, date(2026, 3, 2), PaymentMethod.AUTO_DEBIT, swap_weekday=2
    )
    sign_up(counter.db, staff_id=owner, new=rental, now=NOW)
    # 이서연: a box from 2 March, due that day (49 days ago); only a landline.
    other = register_customer(counter.db, staff_id=owner, new=new_customer("이서연", phone="02-333-4444"), now=NOW)
    box = NewSubscription(other, ids["box"], 12, date(2026, 3, 2), PaymentMethod.CASH)
    sign_up(counter.db, staff_id=owner, new=box, now=NOW)
    bill_due(counter.db, staff_id=owner, now=at(TODAY))
    schedule_deliveries(counter.db, through=date(2026, 5, 31), staff_id=owner, now=at(TODAY))
    counter.now = lambda: at(TODAY)
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def from_the_money_menu(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Alt+J opens 수납·정산(&J); the entry's letter runs it."""
    QTest.keyClick(window, Qt.Key.Key_J, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    QTest.keyClick(popup, key)


def test_the_overdue_list_by_keyboard_prints_letters_exports_messages_and_opens_the_card(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, screenshots: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "reminders.csv"
    monkeypatch.setattr(OverdueWindow, "ask_path", lambda _self: target)
    seen: dict[str, object] = {}

    def drive(dialog: OverdueWindow) -> None:
        try:
            steps(dialog)
        except BaseException as error:  # close the window so the test ends and says why
            seen["error"] = error
            dialog.reject()

    def steps(dialog: OverdueWindow) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
        model = dialog.model
        names = [model.row_at(i).name for i in range(model.rowCount())]  # type: ignore[union-attr]
        seen["names"] = names
        seen["total"] = dialog.total.text()
        dialog.grab().save(str(screenshots / "overdue-list.png"))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # to 김민수
        assert [row.name for row in dialog.selected()] == ["김민수"]
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, ALT)  # 안내문 인쇄(&R)
        qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible())
        preview = dialog.preview
        assert isinstance(preview, PdfPreviewDialog)
        seen["letters"] = page_texts(preview.pdf, tmp_path)
        preview.reject()
        qtbot.waitUntil(lambda: not preview.isVisible())
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.list.setFocus()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, ALT)  # all overdue customers
        qtbot.waitUntil(dialog.everyone.isChecked)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, ALT)  # 문자 명단 내보내기(&E)
        qtbot.waitUntil(target.exists)
        seen["notice"] = dialog.notice.text()
        dialog.list.setFocus()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: 김민수's card

    when_modal(OverdueWindow, drive)
    from_the_money_menu(qtbot, window, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: "error" in seen or ("notice" in seen and window.panel.card is not None), timeout=30_000)
    if "error" in seen:
        raise AssertionError(repr(seen["error"]))
    assert seen["names"] == ["이서연", "김민수"]  # most days overdue first
    assert "2명" in str(seen["total"])
    [letter] = seen["letters"]  # type: ignore[misc]
    assert "김민수 고객님께" in letter and "2026년 3월 16일" in letter and "이서연" not in letter
    lines = list(csv.reader(target.read_bytes().decode("utf-8-sig").splitlines()))
    assert lines[0] == ["이름", "휴대폰번호", "메시지"] and [line[0] for line in lines[1:]] == ["김민수"]
    assert "이서연" in str(seen["notice"])  # left out: no mobile number
    assert window.panel.card is not None and window.panel.card.name == "김민수"
    window.grab().save(str(screenshots / "overdue-card.png"))


def test_the_overdue_settings_refuse_bad_input_beside_the_field_and_the_hold_shows_on_the_card(
    window: MainWindow, counter: Counter, qtbot: QtBot, screenshots: Path
) -> None:
    messages: list[str] = []

    failed: list[BaseException] = []

    def fill(dialog: OverdueSettingsDialog) -> None:
        try:
            steps(dialog)
        except BaseException as error:  # close the dialog so the test ends and says why
            failed.append(error)
            dialog.reject()

    def steps(dialog: OverdueSettingsDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.grace_days)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("일주일")
        save_by_keyboard()
        messages.append(dialog.errors.message_for("grace_days"))
        assert dialog.grace_days.text() == "일주일" and dialog.isVisible()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), "10")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, ALT)  # hold on
        qtbot.waitUntil(dialog.hold.isChecked)
        dialog.hold_days.setFocus()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), "5")  # inside the grace days
        save_by_keyboard()
        messages.append(dialog.errors.message_for("hold_after_days"))
        dialog.grab().save(str(screenshots / "overdue-settings-refused.png"))
        assert overdue_settings(counter.db).rules == OverdueRules(7, None)  # nothing written
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), "30")
        save_by_keyboard()

    when_modal(OverdueSettingsDialog, fill)
    from_the_money_menu(qtbot, window, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: bool(failed) or overdue_settings(counter.db).rules == OverdueRules(10, 30))
    assert not failed, repr(failed)
    assert "숫자" in messages[0]
    assert "10" in messages[1] and "유예" in messages[1]
    window.list.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.card is not None)
    qtbot.waitUntil(lambda: "보류" in window.panel.account_summary.text())
    assert "연체 35일" in window.panel.account_summary.text()
    window.grab().save(str(screenshots / "overdue-hold-card.png"))
    # The delivery list says why the coming boxes are held.
    window.tabs.setCurrentWidget(window.deliveries)
    window.deliveries.show_days(TODAY, date(2026, 5, 31))
    model = window.deliveries.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    reasons = {str(model.data(model.index(row, FOLLOW_UP))) for row in range(model.rowCount())}
    assert reasons == {"보류: 연체"}  # both customers are past 30 days
    window.grab().save(str(screenshots / "overdue-hold-deliveries.png"))
