"""A shop on its first day: where a plan or a toy is needed and there is none, the screen says so and where to
make one, instead of an empty list or a dialog that cannot be saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from screen_support import show_for_typing
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.sign_up_dialog import SignUpDialog
from toysub_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_with_no_plans_the_sign_up_dialog_and_the_subscriptions_tab_say_to_make_one_first(
    qtbot: QtBot, counter: Counter
) -> None:
    dialog = SignUpDialog(counter)
    show_for_typing(dialog, qtbot)
    shown = [label.text() for label in dialog.findChildren(type(dialog.general_error)) if label.isVisible()]
    assert any("요금제를 먼저 만드세요" in text and "요금제와 가격" in text for text in shown)
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted

    window = MainWindow(counter)
    show_for_typing(window, qtbot)
    window.tabs.setCurrentWidget(window.subscriptions)
    assert window.subscriptions.empty.isVisible()
    assert "요금제를 먼저 만드세요" in window.subscriptions.empty.text()


def test_with_no_toys_the_rentals_tab_says_how_to_add_them(qtbot: QtBot, counter: Counter) -> None:
    window = MainWindow(counter)
    show_for_typing(window, qtbot)
    window.tabs.setCurrentWidget(window.rentals_tab().parentWidget())
    empty = window.rentals_tab().panel.empty
    assert empty.isVisible()
    assert "장난감과 품목" in empty.text() and "스캔" in empty.text()
