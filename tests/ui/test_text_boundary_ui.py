"""What a clerk pastes or types into a note or a price, through the real windows: an invisible character or an
absurd amount is named beside its field in Korean, what was typed stays, and nothing is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from support import NOW, sample_shop
from toysub_desktop.db.models import AuditEntry, Plan, SubscriptionEvent
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.services.subscriptions import NewSubscription, sign_up, subscription_view
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.plan_dialogs import PlanDialog
from toysub_desktop.ui.dialogs.subscription_dialogs import PauseDialog

pytestmark = pytest.mark.gui


def _count(counter: Counter, model: type) -> int:
    with counter.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _paste(text: str) -> None:
    """Paste *text* into the focused field with Ctrl+V, as a clerk copying from a web page or a messenger does."""
    QApplication.clipboard().setText(text)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def pause_dialog(qtbot: QtBot, counter: Counter) -> PauseDialog:
    shop = sample_shop(counter.db, counter.staff.id)
    new = NewSubscription(shop["customer"], shop["rental"], 24, date(2026, 3, 2), PaymentMethod.CARD, swap_weekday=2)
    subscription_id = sign_up(counter.db, staff_id=counter.staff.id, new=new, now=NOW)
    dialog = PauseDialog(counter, subscription_view(counter.db, subscription_id, today=counter.today()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.note)
    return dialog


def test_a_pasted_nul_in_a_pause_note_is_named_beside_the_note_and_nothing_is_written(
    qtbot: QtBot, counter: Counter, pause_dialog: PauseDialog, tmp_path: Path
) -> None:
    events, audits = _count(counter, SubscriptionEvent), _count(counter, AuditEntry)
    _paste("해외 여행 ")  # typed Korean arrives through the input method; a paste is the same text
    QTest.keyClicks(QApplication.focusWidget(), "3")
    _paste("주\x00")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save
    assert pause_dialog.result() != QDialog.DialogCode.Accepted
    message = pause_dialog.errors.message_for("note")
    assert "제어 문자" in message and "U+0000" in message
    assert pause_dialog.note.text() == "해외 여행 3주\x00"  # kept, so the clerk can delete the character
    assert (_count(counter, SubscriptionEvent), _count(counter, AuditEntry)) == (events, audits)
    qtbot.wait(50)
    shown = next(label for label in pause_dialog.findChildren(QLabel) if label.text() == message)
    assert shown.height() >= shown.heightForWidth(shown.width())  # the wrapped message is shown whole
    pause_dialog.grab().save(str(tmp_path / "pause-nul.png"))


def test_a_pasted_note_longer_than_the_column_is_cut_at_the_field(pause_dialog: PauseDialog) -> None:
    _paste("가" * (NOTE_MAX + 50))
    assert pause_dialog.note.text() == "가" * NOTE_MAX
    assert isinstance(QApplication.focusWidget(), QLineEdit)


def test_a_pasted_five_thousand_digit_price_is_named_beside_the_price(
    qtbot: QtBot, counter: Counter, tmp_path: Path
) -> None:
    dialog = PlanDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    _paste("정기배송 베이직")
    dialog.monthly_price.setFocus()
    _paste("9" * 5000)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # save
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "0" in dialog.errors.message_for("monthly_price")  # "… 10,000,000원 …; check for an extra zero"
    assert "원" in dialog.errors.message_for("monthly_price")
    assert dialog.monthly_price.text() == "9" * 5000
    assert _count(counter, Plan) == 0
    dialog.grab().save(str(tmp_path / "price-5000-digits.png"))
