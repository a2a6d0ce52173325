"""The search box says what to type when a query is too short to search, as the clerk types it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from support import NOW, new_customer
from toysub_desktop.services.customers import register_customer
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, counter: Counter) -> MainWindow:
    for name, phone in (("김민수", "010-1234-5678"), ("장하은", "010-3456-7890"), ("김지호", "010-4567-1234")):
        register_customer(counter.db, staff_id=counter.staff.id, new=new_customer(name, phone=phone), now=NOW)
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def type_in_search(window: MainWindow, qtbot: QtBot, text: str) -> None:
    """Typed into the focused widget: digits as key presses, Korean as the input method commits it."""
    focused = QApplication.focusWidget()
    assert focused is window.search
    if text.isascii():
        QTest.keyClicks(focused, text)
    else:
        for char in text:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(focused, event)
    expected = window.search.text()
    qtbot.waitUntil(lambda: window.model.query == expected, timeout=2000)


def listed_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]  # type: ignore[misc]


def test_a_single_initial_asks_for_one_more_letter(window: MainWindow, qtbot: QtBot) -> None:
    assert window.search_hint.isHidden()
    type_in_search(window, qtbot, "ㄱ")
    assert listed_names(window) == []
    assert window.search_hint.isVisible() and "초성 하나로는" in window.search_hint.text()
    if folder := os.environ.get("TOYSUB_SCREENSHOTS"):
        window.grab().save(str(Path(folder) / "search-hint-initial.png"))
    type_in_search(window, qtbot, "ㅁ")
    assert listed_names(window) == ["김민수"]
    assert window.search_hint.isHidden()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    type_in_search(window, qtbot, "장ㅎ")
    assert listed_names(window) == ["장하은"] and window.search_hint.isHidden()


def test_a_few_digits_ask_for_four(window: MainWindow, qtbot: QtBot) -> None:
    type_in_search(window, qtbot, "12")
    assert listed_names(window) == []
    assert window.search_hint.isVisible() and "4자리 이상" in window.search_hint.text()
    if folder := os.environ.get("TOYSUB_SCREENSHOTS"):
        window.grab().save(str(Path(folder) / "search-hint-digits.png"))
    type_in_search(window, qtbot, "34")
    assert listed_names(window) == ["김지호"]
    assert window.search_hint.isHidden()
