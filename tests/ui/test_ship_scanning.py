"""Shipping a day's boxes with a scanner, in shown windows: each waybill scan (digits and Enter) fills a row and
moves to the next; a number already in the batch is refused beside its row; one unlike the courier's is warned
about and shipped only when the clerk confirms it; only Ctrl+Enter or the Ship button ships."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from support import NOW, new_customer, sample_shop
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.deliveries import DeliveryFilter, list_deliveries, schedule_deliveries
from toysub_desktop.services.inputs import ChildInput
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.delivery_dialogs import ShipDialog
from toysub_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 2)
FIRST_SWAP = date(2026, 3, 4)


_FAMILIES = [
    ("이서준", "이도윤"), ("박지민", "박소율"), ("최유진", "최하준"), ("정민호", "정서아"), ("강수빈", "강지호"),
    ("조현우", "조하은"), ("윤서연", "윤시우"), ("장도현", "장지안"), ("임하린", "임주원"),
]  # fmt: skip


@pytest.fixture
def ten_customers(counter: Counter) -> list[int]:
    """Ten rental customers whose first swap is on Wednesday 4 March."""
    ids = sample_shop(counter.db, counter.staff.id)
    customers = [ids["customer"]]
    for n, (name, child) in enumerate(_FAMILIES, start=1):
        customers.append(
            register_customer(
                counter.db,
                staff_id=counter.staff.id,
                new=new_customer(name, phone=f"010-5555-{n:04d}", children=(ChildInput(child, 2023, 5),)),
                now=NOW,
            )
        )
    for customer in customers:
        sign_up(
            counter.db,
            staff_id=counter.staff.id,
            new=NewSubscription(customer, ids["rental"], 12, TODAY, PaymentMethod.CARD, swap_weekday=2),
            now=NOW,
        )
    return customers


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def scan(code: str) -> None:
    QTest.keyClicks(focused(), code)
    QTest.keyClick(focused(), Qt.Key.Key_Return)


def answer_next_question(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """When the next message box is up and active, note its text and press *button* on it by keyboard (Tab to
    it, Space)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or QApplication.activeWindow() is not box:
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        target = box.button(button)
        try:
            for _ in range(4):
                if QApplication.focusWidget() is target:
                    break
                QTest.keyClick(focused(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is target
            QTest.keyClick(target, Qt.Key.Key_Space)
        finally:
            if box.isVisible():  # never leave the test waiting on the box
                box.reject()

    QTimer.singleShot(0, press)


def number(row: int) -> str:
    """A CJ대한통운 waybill number (12 digits) as the scanner reads it."""
    return f"6543210987{row:02d}"


def test_ten_deliveries_shipped_by_scanning_their_waybills(
    qtbot: QtBot, counter: Counter, ten_customers: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(window.deliveries)
    tab = window.deliveries
    tab.show_days(FIRST_SWAP, FIRST_SWAP)
    assert tab.model.rowCount() == 10
    tab.list.setFocus()
    QTest.keyClick(tab.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    questions: list[str] = []

    def ship_by_scanner(dialog: ShipDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        assert dialog.courier.currentText() == "CJ대한통운"
        # The dialog opens in the first row's number, so the first scan goes there (not to the Ship button).
        assert focused() is dialog.tracking_edit(0)
        for row in range(4):
            scan(number(row))
            assert focused() is dialog.tracking_edit(row + 1) and dialog.isVisible()
        # Row 5 scanned with row 2's waybill: refused beside it, the cursor stays and the scanned text is kept.
        scan(number(1))
        assert focused() is dialog.tracking_edit(4) and dialog.tracking_edit(4).text() == number(1)
        assert "5행" in dialog.row_message.text() and "2행" in dialog.row_message.text()
        scan(number(4))  # the scanned text was selected: the right waybill replaces it
        assert dialog.tracking_edit(4).text() == number(4) and focused() is dialog.tracking_edit(5)
        assert dialog.row_message.text() == ""
        scan(number(5))
        scan("5555")  # a misread: too short for CJ대한통운, warned about, and the scanning goes on
        assert "7행" in dialog.row_message.text() and "10·12" in dialog.row_message.text()
        assert focused() is dialog.tracking_edit(7)
        for row in (7, 8, 9):
            scan(number(row))
        assert focused() is dialog.tracking_edit(9) and dialog.isVisible()
        assert all(r.state is DeliveryState.SCHEDULED for r in tab.chosen())
        # Ctrl+Enter ships, after asking about the unusual number; No leaves everything as it was.
        answer_next_question(QMessageBox.StandardButton.No, questions)
        QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible() and "CJ대한통운" in questions[-1]
        dialog.activateWindow()  # what the window manager does when the question closes (offscreen does not)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        assert focused() is dialog.tracking_edit(6) and dialog.tracking_edit(6).text() == "5555"
        QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        scan(number(6))
        QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.isVisible()
        return int(dialog.result())

    assert len(tab.chosen()) == 10 and tab.actions_["ship"].isEnabled()
    monkeypatch.setattr(ShipDialog, "exec", ship_by_scanner)
    QTest.keyClick(tab.list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    shipped = list_deliveries(counter.db, DeliveryFilter(state=DeliveryState.SHIPPED), limit=50).rows
    assert len(shipped) == 10 and len(questions) == 1
    assert sorted(r.tracking_number or "" for r in shipped) == [number(row) for row in range(10)]
    assert {r.courier for r in shipped} == {"CJ대한통운"}
    assert "10" in tab.status.text()


def test_a_number_unlike_the_couriers_is_shipped_when_the_clerk_confirms_it(
    qtbot: QtBot, counter: Counter, ten_customers: list[int]
) -> None:
    schedule_deliveries(counter.db, through=FIRST_SWAP, staff_id=counter.staff.id, now=NOW)
    rows = list_deliveries(counter.db, DeliveryFilter(first=FIRST_SWAP, last=FIRST_SWAP), limit=50).rows
    dialog = ShipDialog(counter, rows[:2])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    # The courier typed in (Shift+Tab back to it, "CJ" completes to CJ대한통운): Enter goes on to the first number.
    QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.courier.isAncestorOf(focused())
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(focused(), "CJ")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is dialog.tracking_edit(0) and dialog.isVisible()
    assert dialog.courier.currentText() == "CJ대한통운" and dialog.courier.count() == 8  # completed, not added
    scan("abc-12")
    assert "숫자" in dialog.row_message.text() and focused() is dialog.tracking_edit(1)
    QTest.keyClick(focused(), Qt.Key.Key_Return)  # an empty row: a hand delivery, and Enter still ships nothing
    assert dialog.isVisible()
    seen: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Yes, seen)
    QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1 and not dialog.isVisible()
    shipped = list_deliveries(counter.db, DeliveryFilter(state=DeliveryState.SHIPPED), limit=50).rows
    assert sorted(r.tracking_number or "" for r in shipped) == ["", "ABC-12"]
