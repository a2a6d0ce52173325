"""The owner's monthly figures in the shown main window, by keyboard only: the Money menu opens them (Alt+J, F), the
arrows move to a month, Enter opens its charges still unpaid (Enter on one opens the customer's card), and the
export for the accountant writes the months to a csv through the export window; a clerk is refused."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyboard import save_by_keyboard, type_text
from money_support import A_FEE, B_FEE, TODAY, at, money_story
from screen_support import clipped_labels, repeated_mnemonics, settle_layout
from support import NOW
from toysub_desktop.db.models import AuditEntry
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.services import shop
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.export_dialog import ExportDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.money_figures import COLLECTED, MONTH, OUTSTANDING, MoneyFiguresDialog, UnpaidChargesDialog
from toysub_desktop.ui.sign_in import ApprovalDialog
from ui.modal_windows import when_modal

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),  # the offscreen menu popup
]

D = TypeVar("D", bound=QDialog)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifier)


def has_keyboard(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)


def guarded(steps: Callable[[D], None], failures: list[BaseException]) -> Callable[[D], None]:
    """*steps* in a modal window; a failing step is kept and closes the window, so the test fails instead of
    waiting for ever."""

    def run(dialog: D) -> None:
        try:
            steps(dialog)
        except BaseException as failure:
            failures.append(failure)
            dialog.reject()

    return run


def open_from_money_menu(qtbot: QtBot, window: MainWindow) -> None:
    """Alt+J opens 수납·정산; F chooses 월별 현황."""
    QTest.keyClick(window, Qt.Key.Key_J, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and "월별 현황(&F)…" in [a.text() for a in menu.actions()]
    QTest.keyClick(menu, Qt.Key.Key_F)


def test_months_by_keyboard_a_months_unpaid_charges_and_the_export_for_the_accountant(
    qtbot: QtBot, counter: Counter, tmp_path: Path, screenshots: Path
) -> None:
    story = money_story(counter.db, counter.staff.id)
    owner = replace(counter, now=lambda: at(TODAY))
    window = MainWindow(owner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    has_keyboard(qtbot, window)
    seen: dict[str, object] = {}
    failures: list[BaseException] = []

    def in_unpaid(dialog: UnpaidChargesDialog) -> None:
        has_keyboard(qtbot, dialog)
        seen["unpaid"] = [
            [dialog.model.data(dialog.model.index(row, column)) for column in (1, 2, 6)]
            for row in range(dialog.model.rowCount())
        ]
        seen["unpaid_title"] = dialog.windowTitle()
        dialog.grab().save(str(screenshots / "money-unpaid.png"))
        assert QApplication.focusWidget() is dialog.view
        key(Qt.Key.Key_Down)  # 이서연
        key(Qt.Key.Key_Return)  # opens her card: both windows close

    def in_export(dialog: ExportDialog) -> None:
        has_keyboard(qtbot, dialog)
        seen["export_kind"] = dialog.kind.currentText()
        seen["period"] = (dialog.first.date(), dialog.last.date())
        dialog.kind.setFocus()
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_Down)  # CSV
        dialog.path.setFocus()
        dialog.path.selectAll()
        type_text(str(tmp_path / "월별현황.csv"))
        save_by_keyboard()

    def in_figures(dialog: MoneyFiguresDialog) -> None:
        has_keyboard(qtbot, dialog)
        table = dialog.table
        assert QApplication.focusWidget() is table
        seen["months"] = [table.item(row, MONTH).text() for row in range(table.rowCount())]  # type: ignore[union-attr]
        assert table.currentRow() == table.rowCount() - 1  # this month under the cursor
        settle_layout(dialog)
        dialog.grab().save(str(screenshots / "money-figures.png"))
        seen["clipped"] = clipped_labels(dialog)
        seen["mnemonics"] = repeated_mnemonics(dialog)
        # The months typed: March to June; Enter shows them.
        dialog.first.setFocus()
        dialog.first.selectAll()
        QTest.keyClicks(QApplication.focusWidget(), "2026.3")
        key(Qt.Key.Key_Tab)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
        QTest.keyClicks(QApplication.focusWidget(), "2026-06")
        key(Qt.Key.Key_Return)
        assert dialog.isVisible()  # Enter shows the months, never closes the window
        seen["shown"] = [
            (table.item(r, MONTH).text(), table.item(r, COLLECTED).text(), table.item(r, OUTSTANDING).text())  # type: ignore[union-attr]
            for r in range(table.rowCount())
        ]
        key(Qt.Key.Key_Up)  # May
        when_modal(ExportDialog, guarded(in_export, failures))
        key(Qt.Key.Key_X, ALT)  # the button clicks a moment later
        qtbot.waitUntil(lambda: "export_kind" in seen or bool(failures))
        has_keyboard(qtbot, dialog)
        when_modal(UnpaidChargesDialog, guarded(in_unpaid, failures))
        dialog.table.setFocus()
        key(Qt.Key.Key_Return)

    when_modal(MoneyFiguresDialog, guarded(in_figures, failures))
    open_from_money_menu(qtbot, window)
    qtbot.waitUntil(lambda: "unpaid" in seen or bool(failures))
    if failures:
        raise failures[0]
    assert len(seen["months"]) == 12 and seen["months"][-1] == "2026-06"  # type: ignore[index, arg-type]
    assert seen["clipped"] == [] and seen["mnemonics"] == []
    assert seen["shown"] == [
        ("2026-03", "170,200원", "0원"),
        ("2026-04", f"{A_FEE:,}원", f"{B_FEE:,}원"),
        ("2026-05", "-50,000원", f"{B_FEE + A_FEE + B_FEE:,}원"),
        ("2026-06", "0원", "167,450원"),
    ]
    assert seen["export_kind"] == "회계용 월별 수납 현황"
    lines = list(csv.reader((tmp_path / "월별현황.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0][0] == "월" and [line[0] for line in lines[1:]] == ["2026-03", "2026-04", "2026-05", "2026-06"]
    assert [line[10] for line in lines[1:]] == ["0", str(B_FEE), str(2 * B_FEE + A_FEE), "167450"]
    assert "2026-05" in str(seen["unpaid_title"])
    assert seen["unpaid"] == [
        ["김민수", "월 이용료", f"{A_FEE - 10_000:,}원"],
        ["이서연", "월 이용료", f"{B_FEE:,}원"],
    ]
    qtbot.waitUntil(lambda: window.current_customer_id() == story.b)
    with counter.db.reading() as session:
        action = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert action == "export.money_figures"


def test_a_clerk_is_told_only_the_owner_or_a_manager_sees_the_figures(qtbot: QtBot, counter: Counter) -> None:
    clerk = shop.add_staff(counter.db, by_staff_id=counter.staff.id, name="최유진", role=StaffRole.CLERK, now=NOW)
    window = MainWindow(replace(counter, staff=clerk))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    has_keyboard(qtbot, window)
    said: list[str] = []

    def answer(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    when_modal(QMessageBox, answer)
    when_modal(ApprovalDialog, lambda approval: approval.reject())  # nobody approves
    open_from_money_menu(qtbot, window)
    qtbot.waitUntil(lambda: bool(said))
    assert "대표나 매니저만" in said[0]
