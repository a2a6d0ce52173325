"""The owner adds a staff member and chooses their role in the same dialog, by keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from screen_support import clipped_labels, off_screen, save_picture, settle_layout
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.services.access import ApprovalNeeded
from toysub_desktop.services.shop import add_staff, list_staff
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.shop_dialogs import AddStaffDialog

pytestmark = pytest.mark.gui


def focused() -> QLineEdit | QComboBox:
    """The field a key typed now goes to."""
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit | QComboBox)
    return widget


@pytest.mark.parametrize(
    ("downs", "role"), [(0, StaffRole.CLERK), (1, StaffRole.MANAGER), (2, StaffRole.OWNER)], ids=lambda v: str(v)
)
def test_the_owner_chooses_the_new_persons_role(
    qtbot: QtBot, counter: Counter, screenshots: Path, downs: int, role: StaffRole
) -> None:
    dialog = AddStaffDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    name = focused()
    assert isinstance(name, QLineEdit)
    name.insert("최유진")  # Hangul arrives as an input method commits it
    QTest.keyClick(name, Qt.Key.Key_Tab)
    box = focused()
    assert isinstance(box, QComboBox)
    assert box.currentText() == "직원"  # the usual choice comes first
    for _ in range(downs):
        QTest.keyClick(box, Qt.Key.Key_Down)
    settle_layout(dialog)
    save_picture(dialog, screenshots, f"add-staff-{role.value}")
    assert off_screen(dialog) == [] and clipped_labels(dialog) == []
    QTest.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = [m for m in list_staff(counter.db) if m.name == "최유진"]
    assert [m.role for m in added] == [role]


def test_a_clerk_cannot_add_an_owner_without_the_owners_pin(counter: Counter) -> None:
    """The role is the service's to check: the choice alone does not let a clerk make anyone an owner."""
    clerk = add_staff(counter.db, by_staff_id=counter.staff.id, name="이수빈", now=counter.now())
    with pytest.raises(ApprovalNeeded):
        add_staff(counter.db, by_staff_id=clerk.id, name="최유진", role=StaffRole.OWNER, now=counter.now())
    assert [m.name for m in list_staff(counter.db)] == ["박지영", "이수빈"]
