"""The points settings in shown windows, by keyboard from the 회원·분석 menu: the dialog says plainly from which day
points are earned — before saving, as the percent typed would make it (turned on: from today, and earlier payments
earn nothing) — and saving turns earning on from that day; a new percent later keeps the day, 0 stops it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from screen_support import clipped_labels, save_picture, settle_layout, show_for_typing
from support import sample_shop
from toysub_desktop.services.points import points_settings
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.points import PointsSettingsDialog
from ui.test_contact_log_workflows import answer_modal, focused, press, raise_failures, type_text

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def open_points_settings(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Y, ALT)  # 회원·분석(&Y)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is not None
    QTest.keyClick(menu, Qt.Key.Key_S)  # 적립금 설정(&S)…


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the offscreen platform's menu
def test_the_settings_say_from_which_day_points_are_earned_and_turning_on_starts_today(
    qtbot: QtBot, counter: Counter, screenshots: Path
) -> None:
    sample_shop(counter.db, counter.staff.id)
    clock = [datetime(2026, 4, 10, 1, 0, tzinfo=UTC)]
    at_counter = Counter(counter.db, counter.staff, now=lambda: clock[0])
    window = MainWindow(at_counter)
    show_for_typing(window, qtbot)
    seen: dict[str, str] = {}
    problems: list[str] = []

    def turn_on(dialog: PointsSettingsDialog) -> None:
        assert focused() is dialog.earn_percent and dialog.earn_percent.text() == "0"
        seen["off"] = dialog.earning_from.text()
        press(Qt.Key.Key_A, CTRL)
        type_text("1")
        seen["turning on"] = dialog.earning_from.text()
        settle_layout(dialog)
        problems.extend(clipped_labels(dialog))
        save_picture(dialog, screenshots, "points-settings-turning-on")
        press(Qt.Key.Key_Return, CTRL)  # saves
        assert not dialog.isVisible(), dialog.general_error.text()

    failures = answer_modal(PointsSettingsDialog, turn_on)
    open_points_settings(window, qtbot)
    raise_failures(failures)
    assert seen["off"] == "지금은 적립하지 않습니다. 켜면 그날부터 적립하며, 그 전의 수납에는 적립하지 않습니다."
    assert seen["turning on"] == (
        "저장하면 오늘, 2026-04-10부터 적립합니다. 그 전에 완납된 요금은 고객이 다음에 수납해도 적립하지 않습니다."
    )
    assert problems == []
    assert points_settings(counter.db).rules.earning_since == date(2026, 4, 10)

    # A month later: the dialog says the day it was turned on; a new percent keeps it; 0 would stop earning.
    clock[0] = datetime(2026, 5, 12, 1, 0, tzinfo=UTC)

    def look_again(dialog: PointsSettingsDialog) -> None:
        seen["on"] = dialog.earning_from.text()
        settle_layout(dialog)
        problems.extend(clipped_labels(dialog))
        save_picture(dialog, screenshots, "points-settings-on")
        press(Qt.Key.Key_A, CTRL)
        type_text("0")
        seen["turning off"] = dialog.earning_from.text()
        press(Qt.Key.Key_A, CTRL)
        type_text("2")
        seen["new percent"] = dialog.earning_from.text()
        press(Qt.Key.Key_Return, CTRL)
        assert not dialog.isVisible(), dialog.general_error.text()

    failures = answer_modal(PointsSettingsDialog, look_again)
    open_points_settings(window, qtbot)
    raise_failures(failures)
    assert seen["on"] == seen["new percent"] == "2026-04-10부터 적립합니다. 그 전에 완납된 요금은 적립하지 않습니다."
    assert seen["turning off"].startswith("0으로 저장하면 적립을 멈춥니다.")
    assert problems == []
    rules = points_settings(counter.db).rules
    assert (rules.earn_percent, rules.earning_since) == (2, date(2026, 4, 10))
