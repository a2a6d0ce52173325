"""A save while another program holds the database: after a short wait the dialog says the database is in use,
keeps what was typed, and offers to try again or cancel; trying again once it is free saves."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import Customer
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.customer_dialogs import NewCustomerDialog

pytestmark = pytest.mark.gui


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Move to *widget* (as Tab would) and type there, through whatever has the keyboard focus. Hangul arrives as
    an input method commits it (QTest only types ASCII keys)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    focused = QApplication.focusWidget()
    if text.isascii():
        QTest.keyClicks(focused, text)
    else:
        assert isinstance(focused, QLineEdit)
        focused.insert(text)


def customers(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


def busy_box(qtbot: QtBot, dialog: NewCustomerDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in dialog.findChildren(QMessageBox)), timeout=5000)
    return next(box for box in dialog.findChildren(QMessageBox) if box.isVisible())


def button(box: QMessageBox, text: str) -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if b.text() == text)


def test_a_save_while_another_program_holds_the_file_offers_to_try_again(
    qtbot: QtBot, db: Database, counter: Counter, tmp_path: Path
) -> None:
    path = db.location.sqlite_path
    if path is None:
        pytest.skip("a file held by another program is SQLite's case; PostgreSQL's lock wait is in tests/services")
    dialog = NewCustomerDialog(counter)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_into(qtbot, dialog.name, "김민수")
    type_into(qtbot, dialog.phones[PhoneRole.PRIMARY], "01098765432")
    type_into(qtbot, dialog.address.postal_code, "04001")
    type_into(qtbot, dialog.address.road_address, "서울특별시 마포구 월드컵북로 396")
    type_into(qtbot, dialog.child_rows[0].name, "김하늘")
    dialog.child_rows[0].birth_month.set_date(date(2023, 5, 1))
    dialog.personal_data.setChecked(True)

    with closing(sqlite3.connect(path, isolation_level=None)) as other_program:
        other_program.execute("BEGIN IMMEDIATE")  # e.g. a DB browser or a sync tool writing the file
        started = time.monotonic()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        box = busy_box(qtbot, dialog)
        assert time.monotonic() - started < 3.5
        assert "사용 중" in box.text() and str(path) in box.text()
        assert "사용 중" in dialog.general_error.text()
        dialog.grab().save(str(tmp_path / "busy-dialog.png"))
        box.grab().save(str(tmp_path / "busy-box.png"))

        # Cancel: the message closes, the dialog stays with what was typed, nothing is written.
        qtbot.mouseClick(button(box, "취소"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not box.isVisible())
        assert dialog.isVisible() and dialog.name.text() == "김민수"
        assert customers(db) == 0

        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        box = busy_box(qtbot, dialog)
        other_program.execute("ROLLBACK")  # the other program lets go

    qtbot.mouseClick(button(box, "다시 시도"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    assert customers(db) == 1
