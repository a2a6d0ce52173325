"""Looking at a shown window as a clerk would: is it all on the screen, are its buttons visible, is every message
whole? And a picture of it for people to look at."""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStatusBar,
    QTabBar,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot


def show_for_typing(window: QWidget, qtbot: QtBot) -> None:
    """Show *window* as the active one, so keys typed go to its focused field."""
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    # (qtbot.waitActive is a context manager: called plainly it returns at once without waiting.)
    qtbot.waitUntil(window.isActiveWindow)


def window_name(window: QWidget) -> str:
    return f"{type(window).__name__} «{window.windowTitle()}»"


def off_screen(window: QWidget) -> list[str]:
    """What of *window* is outside its screen's available area: the window itself, or a dialog button."""
    area = window.screen().availableGeometry()
    problems: list[str] = []
    frame = window.frameGeometry()
    if not area.contains(frame):
        problems.append(f"{window_name(window)} at {_rect(frame)} does not fit the screen {_rect(area)}")
    for box in window.findChildren(QDialogButtonBox):
        if not box.isVisible():
            continue
        for button in box.buttons():
            if button.isVisible() and not _wholly_visible(button):
                problems.append(f"{window_name(window)}: button {button.text()!r} is not wholly visible")
    if isinstance(window, QMainWindow):
        bar: QStatusBar = window.statusBar()
        if not _wholly_visible(bar):
            problems.append(f"{window_name(window)}: the status bar is not wholly visible")
    return problems


def settle_layout(window: QWidget, within_seconds: float = 2.0) -> None:
    """Let *window*'s queued layout requests run before it is looked at: a message that wrapped asks its form for
    room, which asks the window, one event-loop round each, and a loaded machine may need several rounds. Waits
    until no label is clipped or *within_seconds* have passed (a label still clipped then is a real problem)."""
    deadline = time.monotonic() + within_seconds
    QTest.qWait(30)
    while clipped_labels(window) and time.monotonic() < deadline:
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QTest.qWait(30)


def clipped_labels(window: QWidget) -> list[str]:
    """Visible labels whose text does not fit the label: a wrapped one shorter than its text needs at its width,
    or a one-line one narrower or lower than its text."""
    problems: list[str] = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if _inside_closed_scroll(label):
            continue
        size = label.size()
        if label.wordWrap():
            needed_height = label.heightForWidth(size.width())
            if needed_height > size.height() + 1:
                problems.append(
                    f"{window_name(window)}: {label.text()!r} needs {needed_height} px, has {size.height()}"
                )
            continue
        hint = label.sizeHint()
        if hint.width() > size.width() + 1 or hint.height() > size.height() + 1:
            problems.append(
                f"{window_name(window)}: {label.text()!r} needs {hint.width()}×{hint.height()} px, "
                f"has {size.width()}×{size.height()}"
            )
    return problems


def overlapping_messages(window: QWidget) -> list[str]:
    """Visible labels that overlap another visible label (a message over a hint)."""
    labels = [label for label in window.findChildren(QLabel) if label.isVisible() and label.text()]
    boxes = [(label, QRect(label.mapTo(window, label.rect().topLeft()), label.size())) for label in labels]
    problems: list[str] = []
    for index, (label, rect) in enumerate(boxes):
        for other, other_rect in boxes[index + 1 :]:
            if rect.intersects(other_rect):
                problems.append(f"{window_name(window)}: {label.text()!r} overlaps {other.text()!r}")
    return problems


def technical_texts(window: QWidget) -> list[str]:
    """Labels, table cells or their tooltips that show a clerk what is for audits only (a file's SHA-256)."""
    found = [
        f"{window_name(window)}: {label.text()!r}" for label in window.findChildren(QLabel) if "SHA" in label.text()
    ]
    for table in window.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None and "SHA" in f"{item.text()} {item.toolTip()}":
                    found.append(f"{window_name(window)}: {item.toolTip() or item.text()!r}")
    return found


def mnemonic_of(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), upper-cased; None when there is none."""
    index = 0
    while (index := text.find("&", index)) != -1:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        letter = text[index + 1 : index + 2]
        return letter.upper() if letter else None
    return None


def repeated_mnemonics(window: QWidget) -> list[str]:
    """Alt+letter keys that two visible controls of *window* answer to (buttons, labels with a buddy, group
    boxes, tabs): the second never gets the key."""
    owners: dict[str, list[str]] = {}

    def note(text: str) -> None:
        letter = mnemonic_of(text)
        if letter is not None:
            owners.setdefault(letter, []).append(text)

    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and not isinstance(button.parentWidget(), QTabBar):
            note(button.text())
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            note(label.text())
    for group in window.findChildren(QGroupBox):
        if group.isVisible():
            note(group.title())
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                note(bar.tabText(index))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            note(action.text())
    return [f"{window_name(window)}: Alt+{k} is {v}" for k, v in owners.items() if len(v) > 1]


def repeated_menu_mnemonics(menu: QMenu) -> list[str]:
    """Entries of one menu (and of its submenus, each on its own) that share an underlined letter."""
    owners: dict[str, list[str]] = {}
    problems: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic_of(action.text())
        if letter is not None:
            owners.setdefault(letter, []).append(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            problems += repeated_menu_mnemonics(submenu)
    return problems + [f"menu {menu.title()!r}: Alt+{k} is {v}" for k, v in owners.items() if len(v) > 1]


def save_picture(window: QWidget, folder: Path, name: str) -> Path:
    safe = re.sub(r"[^\w.-]+", "_", name)
    path = folder / f"{safe}.png"
    window.grab().save(str(path))
    return path


def _wholly_visible(widget: QWidget) -> bool:
    """On screen in full: not scrolled away, not cut by its window's edge, and its window on the screen."""
    region = widget.visibleRegion().boundingRect()
    if region.size() != widget.size():
        return False
    window = widget.window()
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    rect = QRect(top_left, widget.size())
    return window.screen().availableGeometry().contains(rect)


def _inside_closed_scroll(label: QLabel) -> bool:
    """A label scrolled out of view in a scroll area is whole, only not in view: that is what the area is for."""
    return label.visibleRegion().isEmpty()


def _rect(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()}+{rect.x()}+{rect.y()}"


def dialog_buttons(window: QWidget) -> list[QAbstractButton]:
    return [b for box in window.findChildren(QDialogButtonBox) for b in box.buttons() if b.isVisible()]


class MessageBoxAnswerer:
    """Answers the next message box a window opens, as a clerk would, by clicking the button whose text
    contains *button*; what the box said is kept in ``texts``."""

    def __init__(self, button: str) -> None:
        self.button = button
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        self.timer.stop()
        self.texts.append(f"{box.text()}\n{box.informativeText()}")
        chosen = next(b for b in box.buttons() if self.button in b.text().replace("&", ""))
        chosen.click()
