"""Correcting a child's name and birth month in the shown dialog, by keyboard: the card shows the right record and
what it was corrected from; a correction without a reason is refused beside the reason and writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from keyboard import save_by_keyboard, type_text
from support import NOW, new_customer
from toysub_desktop.services.customers import customer_card, register_customer
from toysub_desktop.services.inputs import ChildInput
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.customer_panel import CustomerPanel
from toysub_desktop.ui.dialogs.child_dialogs import CorrectChildDialog

pytestmark = pytest.mark.gui


def test_a_child_is_corrected_by_keyboard_and_the_card_shows_what_it_was(qtbot: QtBot, counter: Counter) -> None:
    customer = register_customer(
        counter.db,
        staff_id=counter.staff.id,
        new=new_customer("김민수", children=(ChildInput("김하늘", 2023, 5),)),
        now=NOW,
    )
    card = customer_card(counter.db, customer)
    dialog = CorrectChildDialog(counter, card)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    QTest.keyClick(dialog.name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("김하은")
    dialog.birth_month.line.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("2023.6")
    save_by_keyboard()
    assert dialog.result() != QDialog.DialogCode.Accepted  # no reason given
    assert dialog.errors.message_for("reason")
    assert [c.name for c in customer_card(counter.db, customer).children] == ["김하늘"]  # nothing written
    dialog.reason.setFocus()
    type_text("출생월 오기")
    save_by_keyboard()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [child] = customer_card(counter.db, customer, today=NOW.date()).children
    assert (child.name, child.birth_month) == ("김하은", date(2023, 6, 1))
    panel = CustomerPanel()
    qtbot.addWidget(panel)
    panel.show_card(customer_card(counter.db, customer))
    assert "김하늘 (2023-05)" in panel.summary.text() and "출생월 오기" in panel.summary.text()
