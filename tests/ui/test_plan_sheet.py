"""The plan comparison sheet from the Shop menu: a day typed as a clerk types it, the sheet in the preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from documents.pdf_tools import page_texts, squeezed
from screen_support import clipped_labels, off_screen, save_picture, settle_layout
from support import NOW
from toysub_desktop.domain.first_start import STARTER_PLANS
from toysub_desktop.services.first_start import add_starter_plans
from toysub_desktop.services.plans import list_plans, schedule_price_change
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.plan_sheet import PlanSheetDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def plans(counter: Counter) -> None:
    add_starter_plans(counter.db, staff_id=counter.staff.id, plans=STARTER_PLANS, now=NOW)
    rental = next(v for v in list_plans(counter.db, today=NOW.date()) if v.details.name == "장난감 렌털")
    schedule_price_change(
        counter.db,
        staff_id=counter.staff.id,
        plan_id=rental.id,
        monthly_price=52_000,
        effective_from=date(2026, 4, 1),
        now=NOW,
    )


def shown(qtbot: QtBot, dialog: PlanSheetDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.on.line)


def type_day_and_show(text: str) -> None:
    line = QApplication.focusWidget()
    assert line is not None
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.usefixtures("plans")
def test_a_day_ahead_shows_the_prices_from_that_day(
    qtbot: QtBot, counter: Counter, tmp_path: Path, screenshots: Path
) -> None:
    dialog = PlanSheetDialog(counter)
    shown(qtbot, dialog)
    assert dialog.on.date() == NOW.date()  # today's prices unless another day is typed
    settle_layout(dialog)
    save_picture(dialog, screenshots, "plan-sheet-day")
    assert off_screen(dialog) == [] and clipped_labels(dialog) == []
    type_day_and_show("2026-04-01")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert isinstance(dialog.outcome, bytes)
    text = squeezed("".join(page_texts(dialog.outcome, tmp_path)))
    assert "2026년4월1일" in text and "52,000원" in text and "49,000원" not in text


@pytest.mark.usefixtures("plans")
def test_a_day_before_any_plan_is_refused_beside_the_date_and_kept(qtbot: QtBot, counter: Counter) -> None:
    dialog = PlanSheetDialog(counter)
    shown(qtbot, dialog)
    type_day_and_show("2026-02-01")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message_for("on") == "2026-02-01에 요금이 정해진 판매 중인 요금제가 없습니다."
    assert dialog.on.line.text() == "2026-02-01"


@pytest.mark.usefixtures("plans")
def test_the_shop_menu_opens_the_sheet_in_the_preview(
    qtbot: QtBot, counter: Counter, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    previews: list[tuple[str, bytes]] = []

    def choose_a_day(dialog: PlanSheetDialog) -> int:
        shown(qtbot, dialog)
        type_day_and_show("2026-03-31")
        return int(dialog.result())

    def preview(dialog: PdfPreviewDialog) -> int:
        previews.append((dialog.windowTitle(), dialog.pdf))
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(PlanSheetDialog, "exec", choose_a_day)
    monkeypatch.setattr(PdfPreviewDialog, "exec", preview)
    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    entries = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]
    [action] = [a for a in entries if a.text() == "요금제 비교표(&M)…"]
    action.trigger()
    [(title, pdf)] = previews
    assert title.startswith("요금제 비교표")
    text = squeezed("".join(page_texts(pdf, tmp_path)))
    assert "49,000원" in text and squeezed("2026년 4월 1일부터 월 이용료가 52,000원으로 바뀝니다") in text
