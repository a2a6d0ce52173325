"""Typing into shown windows as the counter does: keys through the focused widget, Korean as the input method
commits it (QTest presses keys a keyboard has; it cannot press one for a Hangul syllable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def type_text(text: str) -> None:
    """Type *text* into whichever widget has the focus, one character at a time."""
    for char in text:
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard focus"
        if char.isascii():
            QTest.keyClicks(focused, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(focused, event)


def save_by_keyboard() -> None:
    """Ctrl+Enter, the one key that saves an editing dialog (Enter alone never does: a scanner ends with it)."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    QTest.keyClick(focused, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
