"""The counter's other money steps in shown windows, by keyboard: a refund from the card with its limit said beside
the amount and its receipt; the clerk's own split of a payment in the 수납 dialog; the deposits held list; and a
returned rental whose last item back offers its deposit refund, less the damage fee the customer agreed to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from documents.pdf_tools import page_texts
from keyboard import save_by_keyboard, type_text
from rental_support import RentalShop, rental_shop
from support import NOW, sample_shop
from toysub_desktop.db.models import LedgerEntry, Subscription
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.deposits import deposit_held, deposits_held_total
from toysub_desktop.services.ledger import NewPayment, account_view, bill_customer, take_payment
from toysub_desktop.services.rentals import lend
from toysub_desktop.services.subscriptions import NewSubscription, cancel, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.deposits_held import DepositsHeldDialog
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.payment_dialog import SPLIT_PAYS, PaymentDialog
from toysub_desktop.ui.dialogs.refund_dialogs import RefundDialog, WriteOffDialog
from toysub_desktop.ui.dialogs.rental_dialogs import ReturnDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.rentals_tab import RentalsTab
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


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


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget and QApplication.focusWidget() is not None)


def drive(qtbot: QtBot, steps: Callable[[ServiceDialog], None]) -> Callable[[ServiceDialog], int]:
    """An ``exec`` for a dialog a window opens: show it, work it by keyboard, and report how it ended."""

    def run(dialog: ServiceDialog) -> int:
        show(qtbot, dialog)
        steps(dialog)
        return int(dialog.result())

    return run


def main_window(qtbot: QtBot, counter: Counter) -> MainWindow:
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    main.list.selectRow(0)
    return main


def test_a_refund_of_credit_by_keyboard_is_held_to_what_is_unused_and_prints_its_receipt(
    qtbot: QtBot, counter: Counter, screenshots: Path, tmp_path: Path
) -> None:
    ids = sample_shop(counter.db, counter.staff.id)
    box = NewSubscription(ids["customer"], ids["box"], 12, date(2026, 3, 2), PaymentMethod.CARD)
    sign_up(counter.db, staff_id=counter.staff.id, new=box, now=NOW)  # 29,000원 due today
    bill_customer(counter.db, staff_id=counter.staff.id, customer_id=ids["customer"], now=NOW)
    payment = NewPayment(ids["customer"], 50_000, PaymentMeans.CASH, keep_credit=True)
    take_payment(counter.db, staff_id=counter.staff.id, payment=payment, now=NOW)  # 21,000원 kept as credit
    window = main_window(qtbot, counter)
    assert window.panel.card is not None and window.panel.card.id == ids["customer"]
    shown: list[PdfPreviewDialog] = []
    seen: list[str] = []

    def refund_by_keyboard(dialog: RefundDialog) -> None:
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        assert dialog.amount.text() == "21,000"  # the credit held, selected: typing replaces it
        assert "선수금" in dialog.what.currentText()
        dialog.grab().save(str(screenshots / "refund-dialog.png"))
        # More than the credit: said beside the amount, the typed text kept, nothing written.
        QTest.keyClicks(focused(), "25000")
        key(Qt.Key.Key_Return)  # Enter never saves
        save_by_keyboard()
        seen.append(dialog.errors.message_for("amount"))
        assert dialog.isVisible() and dialog.amount.text() == "25000"
        assert account_view(counter.db, ids["customer"]).credit == 21_000
        key(Qt.Key.Key_A, CTRL)
        QTest.keyClicks(focused(), "21000")
        key(Qt.Key.Key_Tab)  # to the method: cash is first
        assert focused() is dialog.means
        key(Qt.Key.Key_Tab)
        assert focused() is dialog.note
        type_text("이사로 해지 예정")
        when_box("21,000", lambda box: press(box, QMessageBox.StandardButton.Yes))
        when_modal(PdfPreviewDialog, lambda preview: (shown.append(preview), preview.reject()))
        save_by_keyboard()

    when_modal(RefundDialog, refund_by_keyboard)
    window.money_actions["refund"].trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert "21,000원" in seen[0]
    view = account_view(counter.db, ids["customer"])
    refund = view.history[0]
    assert (refund.kind, refund.amount, refund.note) == (EntryKind.REFUND, 21_000, "이사로 해지 예정")
    assert view.balance == 0 and "미납 없음" in window.panel.account_summary.text()
    text = " ".join("".join(page_texts(shown[0].pdf, tmp_path)).split())
    assert "환불 영수증" in text and "21,000원" in text and "현금" in text


def test_the_clerk_splits_a_payment_over_the_charges_chosen_in_the_payment_dialog(
    qtbot: QtBot, counter: Counter, screenshots: Path
) -> None:
    shop = rental_shop(counter.db, counter.staff.id)
    day = date(2026, 4, 20)
    counter.now = lambda: at(day)
    window = main_window(qtbot, counter)  # the card bills the fees of March and April and the deposit
    assert window.panel.card is not None and window.panel.card.id == shop.customer
    charges = account_view(counter.db, shop.customer).open_charges
    assert [line.kind for line in charges] == [EntryKind.CYCLE_FEE, EntryKind.DEPOSIT, EntryKind.CYCLE_FEE]
    seen: list[str] = []

    def split_by_keyboard(dialog: PaymentDialog) -> None:
        qtbot.addWidget(dialog)

        def share(typed: str) -> None:
            """Type a share into the chosen row; Enter keeps it (the list takes it once the key is handled)."""
            type_text(typed)
            key(Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: dialog.split_table.state() != QAbstractItemView.State.EditingState)

        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        QTest.keyClicks(focused(), "50000")  # the deposit, all of it: not the oldest charge first
        key(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # 청구별 금액 직접 지정(&C)
        qtbot.waitUntil(dialog.split_by_hand.isChecked)  # a button's mnemonic clicks it after a moment
        # Oldest first to start with: the March fee, then the rest towards the deposit.
        assert dialog.split_table.item(0, SPLIT_PAYS).text() == f"{charges[0].open:,}"
        key(Qt.Key.Key_Tab)
        assert focused() is dialog.split_table and dialog.split_table.currentRow() == 0
        share("0")
        key(Qt.Key.Key_Down)
        share("60000")  # more than the deposit
        save_by_keyboard()
        seen.append(dialog.errors.message_for("allocation"))
        assert dialog.isVisible()
        share("40000")  # now the shares come to less than the payment
        assert "40,000원" in dialog.split_total.text()
        save_by_keyboard()
        seen.append(dialog.errors.message_for("allocation"))
        assert dialog.isVisible() and account_view(counter.db, shop.customer).history[0].kind is not EntryKind.PAYMENT
        share("50000")
        assert "보증금" in dialog.pays_off.text() and "이용료" not in dialog.pays_off.text()
        dialog.grab().save(str(screenshots / "payment-split.png"))
        when_box("영수증", lambda box: press(box, QMessageBox.StandardButton.No))
        save_by_keyboard()

    when_modal(PaymentDialog, split_by_keyboard)
    QTest.keyClick(window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: account_view(counter.db, shop.customer).history[0].kind is EntryKind.PAYMENT)
    assert "50,000원" in seen[0]  # at most the deposit's 50,000원 is unpaid
    assert "40,000원" in seen[1] and "50,000원" in seen[1]
    view = account_view(counter.db, shop.customer)
    assert [line.id for line in view.open_charges] == [charges[0].id, charges[2].id]
    assert deposit_held(counter.db, shop.customer) == 50_000
    assert "보증금 보관 50,000원" in window.panel.account_summary.text()


def _ended_rental(counter: Counter) -> tuple[RentalShop, str]:
    """김민수: everything paid through April (the deposit too), the piano out since 20 April, cancelled from
    1 May."""
    shop = rental_shop(counter.db, counter.staff.id)
    staff = counter.staff.id
    april = date(2026, 4, 20)
    piano = shop.barcodes["piano"][0]
    lend(counter.db, staff_id=staff, customer_id=shop.customer, child_id=shop.child, barcodes=[piano], now=at(april))
    with counter.db.reading() as session:
        subscription = session.scalars(select(Subscription.id).where(Subscription.customer_id == shop.customer)).one()
    cancel(counter.db, staff_id=staff, subscription_id=subscription, effective_on=date(2026, 5, 1), now=at(april))
    bill_customer(counter.db, staff_id=staff, customer_id=shop.customer, now=at(april))
    owed = account_view(counter.db, shop.customer, today=april).owed
    take_payment(counter.db, staff_id=staff, payment=NewPayment(shop.customer, owed, PaymentMeans.CARD,
                 approval_number="12345678"), now=at(april))  # fmt: skip
    return shop, piano


def test_a_returned_rental_refunds_its_deposit_minus_the_damage_fee_the_customer_agreed_to(
    qtbot: QtBot, counter: Counter, monkeypatch: pytest.MonkeyPatch, screenshots: Path, tmp_path: Path
) -> None:
    shop, piano = _ended_rental(counter)
    assert deposit_held(counter.db, shop.customer) == 50_000
    counter.now = lambda: at(date(2026, 5, 2))  # the day after the last day of service
    tab = RentalsTab(counter)
    show(qtbot, tab)
    shown: list[PdfPreviewDialog] = []
    notices: list[str] = []

    def return_damaged(dialog: ServiceDialog) -> None:
        assert isinstance(dialog, ReturnDialog) and focused() is dialog.returns.scan
        QTest.keyClicks(focused(), piano)
        key(Qt.Key.Key_Return)
        key(Qt.Key.Key_Up)
        key(Qt.Key.Key_Tab)
        assert focused() is dialog.returns.condition_box(0)
        key(Qt.Key.Key_Down)
        key(Qt.Key.Key_Down)
        assert dialog.returns.condition_box(0).currentText() == "파손"
        key(Qt.Key.Key_Return)
        assert "13,500원" in dialog.returns.total.text()  # 30 % of the piano's 45,000원
        # Saved, the last item of the ended contract is back: the deposit refund is offered at once.
        when_box("보증금", lambda box: (notices.append(box.text()), press(box, QMessageBox.StandardButton.Yes)))
        key(Qt.Key.Key_Return, CTRL)

    def refund_with_agreement(dialog: ServiceDialog) -> None:
        assert isinstance(dialog, RefundDialog)
        assert "보증금" in dialog.what.currentText() and dialog.amount.isReadOnly()
        assert dialog.amount.text() == "50,000"  # all of it unless the customer agrees
        assert "13,500원" in dialog.deposit_note.text()  # the fee stays owed
        assert focused() is dialog.amount
        key(Qt.Key.Key_Tab)
        assert focused() is dialog.agreed
        key(Qt.Key.Key_Space)  # the customer agrees the damage fee comes off
        assert dialog.amount.text() == "36,500" and "36,500원" in dialog.deposit_note.text()
        key(Qt.Key.Key_Tab)
        assert focused() is dialog.means
        key(Qt.Key.Key_Tab)
        type_text("파손 변상금 공제 동의")
        dialog.grab().save(str(screenshots / "deposit-refund.png"))
        when_box("36,500", lambda box: press(box, QMessageBox.StandardButton.Yes))
        when_modal(PdfPreviewDialog, lambda preview: (shown.append(preview), preview.reject()))
        save_by_keyboard()

    monkeypatch.setattr(ReturnDialog, "exec", drive(qtbot, return_damaged))
    monkeypatch.setattr(RefundDialog, "exec", drive(qtbot, refund_with_agreement))
    tab.scan.setFocus()
    key(Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: bool(shown))
    assert "50,000원" in notices[0]
    view = account_view(counter.db, shop.customer)
    assert view.balance == 0 and view.deposit_held == 0 and deposits_held_total(counter.db).held == 0
    refund = next(line for line in view.history if line.kind is EntryKind.REFUND)
    assert (refund.amount, refund.means, refund.note) == (36_500, PaymentMeans.CASH, "파손 변상금 공제 동의")
    with counter.db.reading() as session:
        entry = session.get(LedgerEntry, refund.id)
        assert entry is not None and entry.details is not None
        assert entry.details["agreement_taken_by"] == counter.staff.id and entry.details["deducted"] == 13_500
    text = " ".join("".join(page_texts(shown[0].pdf, tmp_path)).split())
    assert "환불 영수증" in text and "보증금 반환" in text and "36,500원" in text and "-13,500원" in text
    assert "동의" in text
    (screenshots / "deposit-refund-receipt.pdf").write_bytes(shown[0].pdf)


def test_the_deposits_held_list_shows_each_customer_and_the_total_and_enter_opens_the_refund(
    qtbot: QtBot, counter: Counter, monkeypatch: pytest.MonkeyPatch, screenshots: Path
) -> None:
    shop, _piano = _ended_rental(counter)
    bill_customer(counter.db, staff_id=counter.staff.id, customer_id=shop.other, now=at(date(2026, 4, 20)))
    owed = account_view(counter.db, shop.other, today=date(2026, 4, 20)).owed
    take_payment(counter.db, staff_id=counter.staff.id, payment=NewPayment(shop.other, owed, PaymentMeans.CASH),
                 now=at(date(2026, 4, 20)))  # fmt: skip
    dialog = DepositsHeldDialog(counter)
    show(qtbot, dialog)
    assert dialog.model.rowCount() == 2
    assert "100,000원" in dialog.total.text() and "2명" in dialog.total.text()
    assert [dialog.model.index(row, 0).data() for row in range(2)] == ["김민수", "이서준"]
    assert dialog.model.index(0, 2).data() == "50,000원"
    dialog.grab().save(str(screenshots / "deposits-held.png"))
    opened: list[tuple[int, str]] = []

    def look(refund: ServiceDialog) -> None:
        assert isinstance(refund, RefundDialog)
        opened.append((refund.customer_id, refund.what.currentText()))
        key(Qt.Key.Key_Escape)

    monkeypatch.setattr(RefundDialog, "exec", drive(qtbot, look))
    assert focused() is dialog.list
    key(Qt.Key.Key_Return)  # Enter on 김민수 opens the refund of his deposit
    assert opened and opened[0][0] == shop.customer and "보증금" in opened[0][1]


def test_an_ended_contract_offers_its_deposit_refund_in_the_subscriptions_tab(
    qtbot: QtBot, counter: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop, _piano = _ended_rental(counter)
    with counter.db.reading() as session:
        subscription = session.scalars(select(Subscription.id).where(Subscription.customer_id == shop.customer)).one()
    window = main_window(qtbot, counter)
    window.open_subscription(subscription)
    tab = window.subscriptions
    assert not tab.actions_["deposit"].isEnabled()  # it serves until 30 April
    counter.now = lambda: at(date(2026, 5, 2))
    window.open_subscription(subscription)
    assert tab.actions_["deposit"].isEnabled()
    opened: list[str] = []

    def look(refund: ServiceDialog) -> None:
        assert isinstance(refund, RefundDialog)
        opened.append(refund.deposit_note.text())
        key(Qt.Key.Key_Escape)

    monkeypatch.setattr(RefundDialog, "exec", drive(qtbot, look))
    tab.actions_["deposit"].trigger()
    assert opened and "반납되지 않은 품목이 1개" in opened[0]  # the piano is still out


def test_part_of_a_charge_is_written_off_from_the_card_with_a_reason(
    qtbot: QtBot, counter: Counter, screenshots: Path
) -> None:
    ids = sample_shop(counter.db, counter.staff.id)
    box = NewSubscription(ids["customer"], ids["box"], 12, date(2026, 3, 2), PaymentMethod.CARD)
    sign_up(counter.db, staff_id=counter.staff.id, new=box, now=NOW)  # 29,000원 due today
    window = main_window(qtbot, counter)
    window.panel.account.setFocus()
    window.panel.account.selectRow(0)  # the charge

    def write_off_by_keyboard(dialog: WriteOffDialog) -> None:
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.charge)
        assert "월 이용료" in dialog.charge.currentText() and dialog.amount.text() == "29,000"
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_A, CTRL)
        QTest.keyClicks(focused(), "9000")
        key(Qt.Key.Key_Tab)
        assert focused() is dialog.reason
        save_by_keyboard()  # no reason: said beside the field, nothing written
        assert dialog.isVisible() and dialog.errors.message_for("reason")
        type_text("개업 사은")
        dialog.grab().save(str(screenshots / "write-off.png"))
        save_by_keyboard()

    when_modal(WriteOffDialog, write_off_by_keyboard)
    window.money_actions["write_off"].trigger()
    qtbot.waitUntil(lambda: account_view(counter.db, ids["customer"]).owed == 20_000)
    written = account_view(counter.db, ids["customer"]).history[0]
    assert (written.kind, written.amount, written.note) == (EntryKind.WRITE_OFF, 9_000, "개업 사은")
    qtbot.waitUntil(lambda: "20,000원" in window.panel.account_summary.text())
    window.grab().save(str(screenshots / "card-after-write-off.png"))
    account_box = window.panel.account.parentWidget()
    assert account_box is not None
    account_box.grab().save(str(screenshots / "card-account-after-write-off.png"))
