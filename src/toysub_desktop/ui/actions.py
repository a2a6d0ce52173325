"""The actions of a tab and the buttons that show them: one place for how a step gets its shortcut and its button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from toysub_desktop.ui.text import without_mnemonic


def tab_action(owner: QWidget, text: str, shortcut: str | None, slot: Callable[[], None]) -> QAction:
    """An action of one tab: its shortcut works only while the clerk works in that tab (other tabs may give the
    same keys their own steps), and from the tab's menu in the menu bar."""
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def action_button(action: QAction, *, keep_mnemonic: bool = False) -> QPushButton:
    """A button that triggers *action*, with its shortcut as the tool tip. Its underlined letter is dropped when a
    menu already gives the step one (*keep_mnemonic* keeps it for a button that is the only way in)."""
    text = action.text()
    button = QPushButton(text if keep_mnemonic else without_mnemonic(text))
    shortcut = action.shortcut()
    if not shortcut.isEmpty():
        button.setToolTip(shortcut.toString(QKeySequence.SequenceFormat.NativeText))
    button.clicked.connect(action.trigger)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button
