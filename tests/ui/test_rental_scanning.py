"""Lending and returning with a barcode scanner, in shown windows: a scanner types digits and Enter, so Enter only
adds the scanned item; the dialog saves on Ctrl+Enter or its button, after the fees are on screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from rental_support import RentalShop, rental_shop
from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import CustomerCharge, Loan
from toysub_desktop.domain.rentals import ChargeKind
from toysub_desktop.domain.toys import ItemState
from toysub_desktop.services.rentals import customer_rentals, lend
from toysub_desktop.services.toys import find_item
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.rental_dialogs import CustomerRentalsDialog, LendDialog, ReturnDialog, SwapDialog
from toysub_desktop.ui.rentals_tab import RentalsTab

pytestmark = pytest.mark.gui

#: A well-formed EAN-13 that is no item of the shop.
UNKNOWN = "8801234567893"


@pytest.fixture
def shop(db: Database, owner_id: int) -> RentalShop:
    return rental_shop(db, owner_id)


def count(db: Database, model: type[object]) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def returned_loans(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Loan).where(Loan.returned_on.is_not(None))) or 0)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def scan(code: str) -> None:
    """What a barcode scanner does: the digits, then Enter, into whatever has the keyboard."""
    QTest.keyClicks(focused(), code)
    QTest.keyClick(focused(), Qt.Key.Key_Return)


def key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget and QApplication.focusWidget() is not None)


def drive(qtbot: QtBot, steps: Callable[[ServiceDialog], None]) -> Callable[[ServiceDialog], int]:
    """An ``exec`` for a dialog the tab opens: show it, work it by keyboard, and report how it ended."""

    def run(dialog: ServiceDialog) -> int:
        show(qtbot, dialog)
        steps(dialog)
        return int(dialog.result())

    return run


def test_returning_three_toys_by_scanning_one_damaged_by_keyboard_saves_only_on_ctrl_enter(
    qtbot: QtBot, counter: Counter, shop: RentalShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = [shop.barcodes["blocks"][0], shop.barcodes["kitchen"][0], shop.barcodes["piano"][0]]
    lend(counter.db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, barcodes=codes, now=NOW)
    returned_at = NOW + timedelta(days=17)  # three days late
    counter.now = lambda: returned_at
    tab = RentalsTab(counter)
    show(qtbot, tab)

    def return_by_scanner(dialog: ServiceDialog) -> None:
        assert isinstance(dialog, ReturnDialog)
        assert focused() is dialog.returns.scan
        scan(codes[0])
        # The scan's Enter added the row: nothing saved, the dialog still open, the cursor ready for the next scan.
        assert dialog.isVisible() and dialog.returns.table.rowCount() == 1
        assert returned_loans(counter.db) == 0
        scan(codes[1])
        scan(codes[2])
        assert dialog.returns.table.rowCount() == 3 and dialog.isVisible()
        # A second scan of the same toy is refused beside the field, the scanned text kept.
        scan(codes[1])
        assert "이미" in dialog.errors.message_for("returns")
        assert dialog.returns.scan.text() == codes[1] and dialog.returns.table.rowCount() == 3
        # A misread barcode, and one that is no item of the shop, too.
        scan("99999999")
        assert "13자리" in dialog.errors.message_for("returns") and dialog.returns.scan.text() == "99999999"
        scan(UNKNOWN)
        assert UNKNOWN in dialog.errors.message_for("returns") and dialog.returns.scan.text() == UNKNOWN
        assert dialog.returns.table.rowCount() == 3 and dialog.isVisible()
        key(Qt.Key.Key_Backspace)  # the selected text goes
        # The blocks came back damaged: Up to their row, Tab to its condition, Down to 파손, Enter back to scanning.
        key(Qt.Key.Key_Up)
        key(Qt.Key.Key_Up)
        key(Qt.Key.Key_Tab)
        assert focused() is dialog.returns.condition_box(0)
        key(Qt.Key.Key_Down)
        key(Qt.Key.Key_Down)
        assert dialog.returns.condition_box(0).currentText() == "파손"
        key(Qt.Key.Key_Return)
        assert focused() is dialog.returns.scan and dialog.isVisible()
        # The fees are on screen before saving: 30 % of 89,000원, and 3 days × 500원 late on each of three items.
        total = dialog.returns.total.text()
        assert "26,700원" in total and "4,500원" in total and "31,200원" in total
        key(Qt.Key.Key_Return)  # a stray Enter in the empty scan field does nothing either
        assert dialog.isVisible() and returned_loans(counter.db) == 0
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.isVisible()

    monkeypatch.setattr(ReturnDialog, "exec", drive(qtbot, return_by_scanner))
    QTest.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert returned_loans(counter.db) == 3
    found = find_item(counter.db, codes[0])
    assert found is not None and found.state is ItemState.REPAIR
    charges = sorted((c.kind, c.amount) for c in customer_rentals(counter.db, shop.customer).charges)
    assert charges == [(ChargeKind.DAMAGED, 26_700), *[(ChargeKind.LATE, 1_500)] * 3]
    assert tab.done.text() == "3개 반납, 연체료 4,500원, 파손·분실 변상료 26,700원 청구했습니다."


def test_lending_three_toys_on_one_loan_by_scanning(
    qtbot: QtBot, counter: Counter, shop: RentalShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = [shop.barcodes["blocks"][0], shop.barcodes["kitchen"][0], shop.barcodes["piano"][0]]
    tab = RentalsTab(counter)
    show(qtbot, tab)
    scan(codes[0])  # the tab's scan field shows the first toy; Ctrl+L lends it and the next ones
    assert tab.panel.view is not None and tab.panel.view.barcode == codes[0]

    def lend_by_scanner(dialog: ServiceDialog) -> None:
        assert isinstance(dialog, LendDialog)
        # Choose the customer by keyboard: their phone number and Enter; their only child is chosen with them.
        QTest.keyClicks(focused(), "01012345678")
        key(Qt.Key.Key_Return)
        assert dialog.who.customer_id() == shop.customer and dialog.isVisible()
        assert focused() is dialog.scans.scan
        scan(codes[1])
        assert dialog.isVisible() and count(counter.db, Loan) == 0
        scan(codes[2])
        assert dialog.scans.items.count() == 3 and dialog.isVisible()
        scan(codes[2])
        assert "이미" in dialog.errors.message_for("barcode") and dialog.scans.scan.text() == codes[2]
        key(Qt.Key.Key_Backspace)
        scan(UNKNOWN)
        assert UNKNOWN in dialog.errors.message_for("barcode")
        assert dialog.isVisible() and count(counter.db, Loan) == 0
        key(Qt.Key.Key_Backspace)
        key(Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier)
        assert not dialog.isVisible()

    monkeypatch.setattr(LendDialog, "exec", drive(qtbot, lend_by_scanner))
    QTest.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    loans = customer_rentals(counter.db, shop.customer).out
    assert sorted(line.barcode for line in loans) == sorted(codes)
    assert {line.child_name for line in loans} == {"김하늘"}
    assert tab.done.text() == "3개 대여했습니다."
    assert count(counter.db, CustomerCharge) == 0


def test_enter_on_a_dialog_button_or_field_never_saves_and_escape_cancels(
    qtbot: QtBot, counter: Counter, shop: RentalShop
) -> None:
    dialog = LendDialog(counter, customer_id=shop.customer)
    show(qtbot, dialog)
    assert not any(b.isDefault() or b.autoDefault() for b in dialog.buttons.buttons())  # type: ignore[attr-defined]
    dialog.save_button.setFocus()
    key(Qt.Key.Key_Return)
    dialog.note.setFocus()
    QTest.keyClicks(focused(), "back on Saturday")
    key(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.errors.message_for("barcode") == ""
    assert isinstance(focused(), QLineEdit)
    key(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == ServiceDialog.DialogCode.Rejected
    assert count(counter.db, Loan) == 0


def test_a_lend_from_the_customers_rentals_says_what_was_lent(
    qtbot: QtBot, counter: Counter, shop: RentalShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes = [shop.barcodes["piano"][0], shop.barcodes["piano"][1]]

    def lend_two(dialog: ServiceDialog) -> None:
        assert isinstance(dialog, LendDialog) and focused() is dialog.scans.scan
        scan(codes[0])
        scan(codes[1])
        assert dialog.isVisible()
        key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    monkeypatch.setattr(LendDialog, "exec", drive(qtbot, lend_two))
    rentals = CustomerRentalsDialog(counter, customer_id=shop.customer)
    show(qtbot, rentals)
    qtbot.mouseClick(rentals.action_buttons["lend"], Qt.MouseButton.LeftButton)
    assert rentals.last_done.text() == "2개 대여했습니다."
    assert rentals.out.rowCount() == 2


def test_a_swap_by_scanning_saves_only_on_ctrl_enter_and_says_what_it_did(
    qtbot: QtBot, counter: Counter, shop: RentalShop
) -> None:
    out = shop.barcodes["blocks"][0]
    lend(counter.db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, barcodes=[out], now=NOW)
    dialog = SwapDialog(counter, shop.customer)
    show(qtbot, dialog)
    assert focused() is dialog.scans.scan  # the customer's items out are listed to return already
    assert dialog.returns.table.rowCount() == 1
    scan(shop.barcodes["kitchen"][0])
    scan(shop.barcodes["piano"][0])
    assert dialog.isVisible() and dialog.scans.items.count() == 2 and count(counter.db, Loan) == 1
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert sorted(line.barcode for line in customer_rentals(counter.db, shop.customer).out) == sorted(
        [shop.barcodes["kitchen"][0], shop.barcodes["piano"][0]]
    )
    assert dialog.done_text() == "1개 반납했습니다. 2개 대여했습니다."
