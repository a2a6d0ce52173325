"""Exporting from the Shop menu's window, by keyboard: what, the format, the period and the file, then Ctrl+Enter."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from support import NOW, sample_shop
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.deliveries import schedule_deliveries
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifier)


def test_the_deliveries_of_a_period_are_exported_as_csv_with_korean_headings(
    qtbot: QtBot, counter: Counter, tmp_path: Path, screenshots: Path
) -> None:
    ids = sample_shop(counter.db, counter.staff.id)
    new = NewSubscription(ids["customer"], ids["box"], 12, date(2026, 3, 5), PaymentMethod.CARD, delivery_day=5)
    sign_up(counter.db, staff_id=counter.staff.id, new=new, now=NOW)
    schedule_deliveries(counter.db, through=date(2026, 5, 31), staff_id=counter.staff.id, now=NOW)
    dialog = ExportDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind)
    _press(Qt.Key.Key_Down)
    _press(Qt.Key.Key_Down)  # 기간의 배송
    assert dialog.first.isVisible()
    _press(Qt.Key.Key_Tab)
    _press(Qt.Key.Key_Down)  # CSV
    _press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.segment.choice  # 세그먼트: everyone, left as it is
    _press(Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), "2026-04-01")
    _press(Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), "2026-05-31")
    dialog.path.setFocus()
    dialog.path.selectAll()
    QTest.keyClicks(QApplication.focusWidget(), str(tmp_path / "deliveries.csv"))
    dialog.grab().save(str(screenshots / "export-deliveries.png"))
    _press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    lines = list(csv.reader((tmp_path / "deliveries.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert lines[0][:3] == ["날짜", "계약 번호", "고객"]
    assert [(line[0], line[2], line[4]) for line in lines[1:]] == [
        ("2026-04-05", "김민수", "배송 예정"),
        ("2026-05-05", "김민수", "배송 예정"),
    ]
    from toysub_desktop.db.models import AuditEntry

    with counter.db.reading() as session:
        action = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert action == "export.deliveries"


def test_the_rows_one_kind_has_come_and_go_with_their_captions_and_the_segment_is_reached_by_its_letter(
    qtbot: QtBot, counter: Counter
) -> None:
    dialog = ExportDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind)
    assert dialog.segment.isVisible() and dialog.segment_label.isVisible()  # customers first
    assert not dialog.first_label.isVisible() and not dialog.last_label.isVisible()
    _press(Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.segment.choice)
    dialog.kind.setFocus()
    _press(Qt.Key.Key_Down)
    _press(Qt.Key.Key_Down)  # 기간의 배송: a period, and a segment's customers if wanted
    assert dialog.first_label.isVisible() and dialog.first_label.text().startswith("시작")
    assert dialog.segment.isVisible() and dialog.segment_label.isVisible()
    _press(Qt.Key.Key_Down)  # the month's money figures: the shop's, no segment
    assert dialog.first_label.isVisible()
    assert not dialog.segment.isVisible() and not dialog.segment_label.isVisible()
