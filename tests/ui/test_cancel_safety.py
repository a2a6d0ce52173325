"""Cancelling a subscription cannot be taken back: the dialog asks for a reason, says what happens to a rental's
deposit and to the toys still out, and asks "정말 해지할까요?" before anything is written."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from rental_support import RentalShop, rental_shop
from screen_support import MessageBoxAnswerer, show_for_typing
from support import NOW
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.services.documents import list_documents
from toysub_desktop.services.rentals import lend
from toysub_desktop.services.subscriptions import SubscriptionFilter, list_subscriptions, subscription_view
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.subscription_dialogs import CancelDialog, PauseDialog
from toysub_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(counter: Counter) -> RentalShop:
    return rental_shop(counter.db, counter.staff.id)


def cancel_dialog(counter: Counter, customer_id: int, qtbot: QtBot) -> CancelDialog:
    rows = list_subscriptions(counter.db, SubscriptionFilter(customer_id=customer_id), today=counter.today()).rows
    view = subscription_view(counter.db, rows[0].id, today=counter.today())
    dialog = CancelDialog(counter, view)
    show_for_typing(dialog, qtbot)
    dialog.effective_on.set_date(date(2026, 6, 1))
    return dialog


def cancelled_on(counter: Counter, dialog: CancelDialog) -> date | None:
    return subscription_view(counter.db, dialog.view.id).timeline.cancelled_on


def test_a_rental_cancellation_says_what_happens_to_the_deposit_and_the_toys_out(
    qtbot: QtBot, counter: Counter, shop: RentalShop
) -> None:
    lend(
        counter.db,
        staff_id=counter.staff.id,
        customer_id=shop.customer,
        child_id=shop.child,
        barcodes=[shop.barcodes["blocks"][0]],
        now=NOW,
    )
    dialog = cancel_dialog(counter, shop.customer, qtbot)
    said = dialog.rental_note.text()
    assert dialog.rental_note.isVisible()
    assert "보증금 50,000원" in said and "3영업일" in said
    assert "1개" in said and "자석 블록 100피스" in said and shop.barcodes["blocks"][0] in said
    other = cancel_dialog(counter, shop.other, qtbot)
    assert "빌려 간 장난감은 없습니다" in other.rental_note.text()


def test_cancelling_needs_a_reason_and_a_second_yes(qtbot: QtBot, counter: Counter, shop: RentalShop) -> None:
    dialog = cancel_dialog(counter, shop.customer, qtbot)
    # No reason: the message is beside the reason field, the cursor is there, nothing is written.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message_for("note") == "꼭 입력해야 하는 항목입니다."
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert cancelled_on(counter, dialog) is None
    dialog.note.setFocus()
    QTest.keyClicks(dialog.focusWidget(), "moving abroad")
    assert dialog.errors.message_for("note") == ""  # the message went at the first key
    # The clerk has second thoughts: nothing is written, the dialog stays with what was typed.
    keep = MessageBoxAnswerer("돌아가기")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "정말 해지할까요?" in keep.texts[0] and "보증금" in keep.texts[0]
    assert cancelled_on(counter, dialog) is None
    assert dialog.isVisible() and dialog.note.text() == "moving abroad"
    # Yes: cancelled from the chosen day.
    yes = MessageBoxAnswerer("해지합니다")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert cancelled_on(counter, dialog) == date(2026, 6, 1)
    assert len(yes.texts) == 1


def test_after_a_pause_or_a_cancellation_the_status_bar_says_what_was_done_and_charged_and_the_list_keeps_its_place(
    qtbot: QtBot, counter: Counter, shop: RentalShop, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(counter)
    show_for_typing(window, qtbot)
    tab = window.subscriptions
    window.tabs.setCurrentWidget(tab)
    tab.kind.set_value(PlanKind.RENTAL)  # the clerk's filter
    assert tab.model.rowCount() == 2
    tab.list.selectRow(1)
    chosen = tab.current_id()
    offered: list[str] = []

    def decline(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        offered.append(text)  # each change offers its confirmation; this clerk declines
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", decline)

    def pause_in_april(dialog: QDialog) -> int:
        assert isinstance(dialog, PauseDialog)
        dialog.show()
        dialog.first.set_date(date(2026, 4, 1))
        dialog.last.set_date(date(2026, 4, 30))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PauseDialog, "exec", pause_in_april)
    tab.actions_["pause"].trigger()
    said = window.statusBar().currentMessage()
    assert "일시정지했습니다" in said and "2026-04-01" in said and "청구하지 않습니다" in said
    assert len(offered) == 1 and "확인서" in offered[0]
    assert tab.kind.value() is PlanKind.RENTAL and tab.current_id() == chosen

    def cancel_in_june(dialog: QDialog) -> int:
        assert isinstance(dialog, CancelDialog)
        dialog.show()
        dialog.effective_on.set_date(date(2026, 6, 1))
        dialog.note.setText("이사")
        answer = MessageBoxAnswerer("해지합니다")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert answer.texts
        return dialog.result()

    monkeypatch.setattr(CancelDialog, "exec", cancel_in_june)
    tab.actions_["cancel"].trigger()
    said = window.statusBar().currentMessage()
    assert "해지했습니다" in said and "2026-06-01" in said and ("위약금" in said)
    assert len(offered) == 2
    assert list_documents(counter.db, subscription_id=chosen) == []  # declined: nothing issued
    assert tab.kind.value() is PlanKind.RENTAL and tab.current_id() == chosen
