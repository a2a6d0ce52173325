"""수납 at the counter in the shown main window: the card shows what is owed, Ctrl+Shift+M takes a payment typed
by keyboard, bad input is said beside the field with nothing written, more than owed asks before keeping credit, and
the receipt is offered and kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from documents.pdf_tools import page_texts
from support import NOW, sample_shop
from toysub_desktop.db.models import Subscription
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.documents import DocumentKind, list_documents
from toysub_desktop.services.ledger import NewPayment, account_view, take_payment
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.payment_dialog import PaymentDialog, VoidEntryDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def when_box(saying: str, then: Callable[[QMessageBox], None]) -> None:
    """Answer the message box whose text says *saying*, once it is up."""

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox) and modal.isVisible() and saying in modal.text():
            then(modal)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)


def press(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    found = box.button(button)
    assert found is not None
    found.click()


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


def test_a_payment_taken_by_keyboard_pays_the_charge_keeps_the_rest_as_credit_and_prints_a_receipt(
    window: MainWindow, counter: Counter, qtbot: QtBot, screenshots: Path, tmp_path: Path
) -> None:
    customer = window.current_customer_id()
    assert customer is not None
    # The card shows what is owed and the charge.
    assert "29,000원" in window.panel.account_summary.text() and "미납" in window.panel.account_summary.text()
    assert window.panel.account.rowCount() == 1
    window.grab().save(str(screenshots / "payment-card-before.png"))
    shown: list[PdfPreviewDialog] = []
    seen: list[str] = []

    def fill(dialog: PaymentDialog) -> None:
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        assert dialog.amount.text() == "29,000"  # the balance, selected: typing replaces it
        assert "월 이용료" in dialog.pays_off.text()
        # Letters (the letter O for a zero): said beside the amount, the typed text kept, nothing written.
        QTest.keyClicks(QApplication.focusWidget(), "3O,OOO")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # a scanner's Enter never saves
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
        seen.append(dialog.errors.message_for("amount"))
        assert dialog.amount.text() == "3O,OOO" and dialog.isVisible()
        assert account_view(counter.db, customer).history[0].kind is EntryKind.CYCLE_FEE
        # Zero is refused too.
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
        QTest.keyClicks(QApplication.focusWidget(), "0")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
        seen.append(dialog.errors.message_for("amount"))
        # 50,000원 in cash: more than owed, so the clerk is asked; Yes keeps 21,000원 as credit.
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
        QTest.keyClicks(QApplication.focusWidget(), "50000")
        assert "21,000" in dialog.pays_off.text()
        dialog.grab().save(str(screenshots / "payment-dialog.png"))
        when_box("21,000", lambda box: (seen.append(box.text()), press(box, QMessageBox.StandardButton.Yes)))
        when_box("영수증", lambda box: press(box, QMessageBox.StandardButton.Yes))
        when_modal(PdfPreviewDialog, lambda preview: (shown.append(preview), preview.reject()))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)

    when_modal(PaymentDialog, fill)
    QTest.keyClick(window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(shown))
    assert "정수" in seen[0] or "숫자" in seen[0] or "원" in seen[0]
    assert "0원" in seen[1]
    assert "선수금" in seen[2] or "크레딧" in seen[2] or "보관" in seen[2]
    view = account_view(counter.db, customer)
    payment = view.history[0]
    assert (payment.kind, payment.amount, payment.means, payment.allocated) == (
        EntryKind.PAYMENT,
        50_000,
        PaymentMeans.CASH,
        29_000,
    )
    assert view.credit == 21_000 and view.open_charges == ()
    # The card follows, and the receipt is kept in the register.
    assert "21,000원" in window.panel.account_summary.text()
    window.grab().save(str(screenshots / "payment-card-after.png"))
    receipts = [row for row in list_documents(counter.db, customer_id=customer) if row.kind is DocumentKind.RECEIPT]
    assert len(receipts) == 1
    text = " ".join("".join(page_texts(shown[0].pdf, tmp_path)).split())
    assert "영수증" in text and "50,000원" in text and "현금" in text and "29,000원" in text


def test_the_first_sign_in_of_the_day_bills_the_cycles_begun_once(
    window: MainWindow, counter: Counter, qtbot: QtBot
) -> None:
    customer = window.current_customer_id()
    assert customer is not None
    counter.now = lambda: at_day(date(2026, 4, 2))  # a month later: the second cycle begins
    window.counter_lock.signedIn.emit(counter.staff)
    qtbot.waitUntil(lambda: "새 청구 1건" in window.statusBar().currentMessage())
    charges = [line for line in account_view(counter.db, customer).history if line.kind is EntryKind.CYCLE_FEE]
    assert [line.entry_on for line in charges] == [date(2026, 4, 2), date(2026, 3, 2)]
    window.statusBar().clearMessage()
    window.counter_lock.signedIn.emit(counter.staff)  # signing in again that day bills nothing more
    QTest.qWait(50)
    assert "청구" not in window.statusBar().currentMessage()
    assert len([line for line in account_view(counter.db, customer).history if not line.voided]) == 2


def at_day(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


def test_the_subscription_panel_shows_what_the_contract_owes_its_next_charge_and_its_charges(
    window: MainWindow, counter: Counter, qtbot: QtBot, screenshots: Path
) -> None:
    with counter.db.reading() as session:
        subscription_id = session.scalars(select(Subscription.id)).one()
    window.open_subscription(subscription_id)
    panel = window.subscriptions.panel
    qtbot.waitUntil(lambda: "29,000원" in panel.account_summary.text())
    assert "미납" in panel.account_summary.text() and "2026-04-02" in panel.account_summary.text()
    assert panel.charges.rowCount() == 1 and "월 이용료" in panel.charges.item(0, 1).text()
    QTest.qWait(200)  # let the panel lay out its new text before the picture
    window.grab().save(str(screenshots / "payment-subscription-panel.png"))


def test_a_payment_taken_by_mistake_is_voided_from_the_card_with_a_reason(
    window: MainWindow, counter: Counter, qtbot: QtBot
) -> None:
    customer = window.current_customer_id()
    assert customer is not None
    take_payment(
        counter.db, staff_id=counter.staff.id, payment=NewPayment(customer, 29_000, PaymentMeans.CASH), now=NOW
    )
    window.show_customer(customer)
    assert "미납 없음" in window.panel.account_summary.text()
    assert not window.actions_["void_entry"].isEnabled()  # nothing chosen yet
    window.panel.account.setFocus()
    window.panel.account.selectRow(0)  # the payment, newest first
    assert window.actions_["void_entry"].isEnabled()

    def give_reason(dialog: VoidEntryDialog) -> None:
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # no reason: said beside the field
        assert dialog.isVisible() and dialog.errors.message_for("reason")
        QTest.keyClicks(QApplication.focusWidget(), "typed twice")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)

    when_modal(VoidEntryDialog, give_reason)
    window.actions_["void_entry"].trigger()
    payment = account_view(counter.db, customer).history[0]
    assert payment.kind is EntryKind.PAYMENT and payment.voided and payment.void_reason == "typed twice"
    assert "29,000원" in window.panel.account_summary.text()  # owed again
