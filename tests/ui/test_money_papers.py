"""The money papers at the counter, in the shown main window: a customer's statement for a period typed by keyboard
(a period that ends before it starts is said beside the field), this PC's receipt printer choosing the 80 mm roll
for the receipt after 수납, and the shop's VAT setting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from documents.pdf_tools import page_texts
from keyboard import save_by_keyboard, type_text
from support import NOW, sample_shop
from toysub_desktop.domain.ledger import PaymentMeans, ReceiptPaper
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.vat import TaxStatus
from toysub_desktop.services.documents import DocumentKind, list_documents
from toysub_desktop.services.ledger import NewPayment, take_payment
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.services.tax import vat_settings
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.payment_dialog import PaymentDialog
from toysub_desktop.ui.dialogs.receipt_printer import ReceiptPrinterDialog
from toysub_desktop.ui.dialogs.statement_dialog import StatementDialog
from toysub_desktop.ui.dialogs.vat_settings import VatSettingsDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.settings import MachineSettings
from ui.modal_windows import when_modal
from ui.test_payment_workflow import press, when_box

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, counter: Counter) -> MainWindow:
    ids = sample_shop(counter.db, counter.staff.id)
    box = NewSubscription(ids["customer"], ids["box"], 12, date(2026, 3, 2), PaymentMethod.CARD)
    sign_up(counter.db, staff_id=counter.staff.id, new=box, now=NOW)  # the first month, 29,000원, is due today
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.list.selectRow(0)
    return main


def money_action(window: MainWindow, text: str) -> QAction:
    """The Money menu's entry whose text holds *text* (as translated)."""
    found = [action for action in window.menu_money.actions() if text.lower() in action.text().lower()]
    assert len(found) == 1, (text, [action.text() for action in window.menu_money.actions()])
    return found[0]


def retype(text: str) -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    QTest.keyClicks(QApplication.focusWidget(), text)


def test_a_statement_for_a_period_typed_by_keyboard_opens_in_the_preview_and_is_kept(
    window: MainWindow, counter: Counter, qtbot: QtBot, screenshots: Path, tmp_path: Path
) -> None:
    customer = window.current_customer_id()
    assert customer is not None
    payment = NewPayment(customer, 20_000, PaymentMeans.CASH)
    take_payment(counter.db, staff_id=counter.staff.id, payment=payment, now=NOW)
    shown: list[bytes] = []
    seen: list[str] = []

    def choose(dialog: StatementDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        # The customer on the card, this month by default.
        assert dialog.customer.customer_id() == customer
        assert (dialog.first.date(), dialog.last.date()) == (date(2026, 3, 1), date(2026, 3, 31))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, ALT)  # 지난달
        qtbot.waitUntil(lambda: (dialog.first.date(), dialog.last.date()) == (date(2026, 2, 1), date(2026, 2, 28)))
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first.line)
        retype("2026-03-01")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter moves on, never saves
        assert dialog.isVisible() and QApplication.focusWidget() is dialog.last.line
        retype("2026-02-27")
        save_by_keyboard()
        seen.append(dialog.errors.message_for("last"))
        assert dialog.isVisible() and dialog.last.text() == "2026-02-27"
        retype("2026-03-31")
        qtbot.wait(50)  # the understood dates under the fields are laid out
        dialog.grab().save(str(screenshots / "statement-dialog.png"))
        when_modal(PdfPreviewDialog, lambda preview: (shown.append(preview.pdf), preview.reject()))
        save_by_keyboard()

    when_modal(StatementDialog, choose)
    assert window.statement_button.isVisible()  # on the card's account box
    window.grab().save(str(screenshots / "statement-card.png"))
    qtbot.mouseClick(window.statement_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert seen[0]  # said beside the end of the period
    text = " ".join(" ".join(page_texts(shown[0], tmp_path)).split())
    for expected in ("거래 내역서", "김민수", "2026년 3월 1일 ~ 2026년 3월 31일", "29,000", "20,000", "9,000원"):
        assert expected in text, expected
    statements = [row for row in list_documents(counter.db, customer_id=customer) if row.kind is DocumentKind.STATEMENT]
    assert len(statements) == 1


def test_from_the_money_menu_with_no_card_open_the_clerk_finds_the_customer_by_name(
    window: MainWindow, counter: Counter, qtbot: QtBot
) -> None:
    customer = window.current_customer_id()
    window.list.clearSelection()
    qtbot.waitUntil(lambda: window.panel.card is None)
    shown: list[bytes] = []
    seen: list[str] = []

    def choose(dialog: StatementDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.customer.query)
        save_by_keyboard()  # nobody chosen yet: said beside the customer, nothing issued
        seen.append(dialog.errors.message_for("customer"))
        assert dialog.isVisible()
        type_text("김민수")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # takes the first match
        qtbot.waitUntil(lambda: dialog.customer.customer_id() == customer)
        when_modal(PdfPreviewDialog, lambda preview: (shown.append(preview.pdf), preview.reject()))
        save_by_keyboard()

    when_modal(StatementDialog, choose)
    money_action(window, "&T").trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert seen[0]
    assert [row.kind for row in list_documents(counter.db, customer_id=customer)] == [DocumentKind.STATEMENT]


def test_the_receipt_printer_setting_sends_the_receipt_after_a_payment_to_the_80mm_roll(
    window: MainWindow, counter: Counter, qtbot: QtBot, screenshots: Path
) -> None:
    assert MachineSettings().receipt_paper is ReceiptPaper.A4  # A4 until the PC has a receipt printer

    def set_roll(dialog: ReceiptPrinterDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.a4.isChecked()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_8, ALT)
        qtbot.waitUntil(dialog.roll.isChecked)
        dialog.grab().save(str(screenshots / "receipt-printer.png"))
        save_by_keyboard()

    when_modal(ReceiptPrinterDialog, set_roll)
    money_action(window, "&P").trigger()
    assert MachineSettings().receipt_paper is ReceiptPaper.ROLL_80
    shown: list[tuple[int, str | None, float]] = []

    def looked_at(preview: PdfPreviewDialog) -> None:
        shown.append((preview.page_count, preview.receipt_printer, preview.document.pagePointSize(0).width()))
        preview.reject()

    def pay(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        when_box("영수증", lambda box: press(box, QMessageBox.StandardButton.Yes))
        when_modal(PdfPreviewDialog, looked_at)
        save_by_keyboard()  # the 29,000원 owed, in cash

    when_modal(PaymentDialog, pay)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(shown))
    ((pages, printer, width),) = shown
    assert pages == 1 and printer == ""  # no receipt printer chosen: the one last printed with
    assert round(width / 72 * 25.4) == 80  # the roll's 80 mm, not A4's 210 mm


def test_the_owner_makes_the_shop_a_general_taxpayer_from_the_money_menu(
    window: MainWindow, counter: Counter, qtbot: QtBot, screenshots: Path
) -> None:
    def choose(dialog: VatSettingsDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.status_choice[TaxStatus.SIMPLIFIED].isChecked()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, ALT)
        qtbot.waitUntil(dialog.status_choice[TaxStatus.GENERAL].isChecked)  # a mnemonic clicks after a moment
        dialog.grab().save(str(screenshots / "vat-settings.png"))
        save_by_keyboard()

    when_modal(VatSettingsDialog, choose)
    money_action(window, "&V").trigger()
    assert vat_settings(counter.db).rules.status is TaxStatus.GENERAL
