"""A child's allergy and health notes, in shown dialogs: the field opens only while the separate sensitive-data
consent is ticked, says why it is closed otherwise, and a refusal keeps what was typed and writes nothing."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from support import NOW, new_customer
from toysub_desktop.db.models import Customer
from toysub_desktop.domain.contacts import ConsentKind, PhoneRole
from toysub_desktop.services.customers import customer_card, register_customer
from toysub_desktop.services.inputs import ChildInput
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.customer_panel import CustomerPanel
from toysub_desktop.ui.dialogs.child_dialogs import CorrectChildDialog
from toysub_desktop.ui.dialogs.customer_dialogs import EditCustomerDialog, NewCustomerDialog

pytestmark = pytest.mark.gui

ALLERGY = "라텍스 알레르기"


def customers_in(counter: Counter) -> int:
    with counter.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


def focus(widget: QWidget, qtbot: QtBot) -> QWidget:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def type_into(widget: QWidget, text: str, qtbot: QtBot) -> None:
    """Put the cursor in *widget* and type *text* through the focused widget: digits and punctuation as keys,
    Korean as the input method commits it."""
    focused = focus(widget, qtbot)
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(focused, event)


def press_space(widget: QWidget, qtbot: QtBot) -> None:
    QTest.keyClick(focus(widget, qtbot), Qt.Key.Key_Space)


def save_by_keyboard() -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def shown(dialog: QDialog, qtbot: QtBot) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def fill_guardian(dialog: NewCustomerDialog, qtbot: QtBot) -> None:
    type_into(dialog.name, "김민수", qtbot)
    type_into(dialog.phones[PhoneRole.PRIMARY], "01012345678", qtbot)
    type_into(dialog.address.postal_code, "04001", qtbot)
    type_into(dialog.address.road_address, "서울특별시 마포구 월드컵북로 396", qtbot)
    child = dialog.child_rows[0]
    type_into(child.name, "김하늘", qtbot)
    child.birth_month.set_date(date(2023, 5, 1))
    dialog.personal_data.setChecked(True)


def test_the_allergy_field_opens_only_with_the_sensitive_consent_and_the_notice_is_shown(
    qtbot: QtBot, counter: Counter, tmp_path: Path
) -> None:
    dialog = shown(NewCustomerDialog(counter), qtbot)
    assert isinstance(dialog, NewCustomerDialog)
    child = dialog.child_rows[0]

    # Closed, with the reason in Korean under the children.
    assert not child.health.isEnabled()
    assert dialog.health_hint.isVisible() and "동의한 뒤에만" in dialog.health_hint.text()
    notice = dialog.notice.toPlainText()
    for said in ("수집 항목", "보유·이용 기간", "5년", "3년", "거부 권리와 불이익", "민감정보"):
        assert said in notice, said
    dialog.grab().save(str(tmp_path / "new-customer-closed.png"))

    # Ticked by keyboard: the field opens for this row and for a row added afterwards.
    press_space(dialog.sensitive, qtbot)
    assert dialog.sensitive.isChecked()
    assert child.health.isEnabled() and "적을 수 있습니다" in dialog.health_hint.text()
    assert "뒤에만" not in dialog.health_hint.text()
    assert dialog.add_child_row().health.isEnabled()
    dialog._remove_child(dialog.child_rows[-1])
    fill_guardian(dialog, qtbot)
    type_into(child.health, ALLERGY, qtbot)
    dialog.grab().save(str(tmp_path / "new-customer-open.png"))

    # Unticked again: the field closes and keeps what was typed; saving refuses it beside the field.
    press_space(dialog.sensitive, qtbot)
    assert not child.health.isEnabled() and child.health.text() == ALLERGY
    save_by_keyboard()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "민감정보" in dialog.errors.message_for("children[0].health_notes")
    assert child.health.text() == ALLERGY
    assert customers_in(counter) == 0

    # With the consent the customer is registered with the notes and the consent on record.
    press_space(dialog.sensitive, qtbot)
    save_by_keyboard()
    assert dialog.result() == QDialog.DialogCode.Accepted
    card = customer_card(counter.db, int(dialog.outcome), today=counter.today())  # type: ignore[call-overload]
    assert [c.health_notes for c in card.children] == [ALLERGY]
    assert next(c for c in card.consents if c.kind is ConsentKind.SENSITIVE).given_on == counter.today()


def test_editing_a_customer_the_consent_can_be_given_later_for_a_new_child(qtbot: QtBot, counter: Counter) -> None:
    customer_id = register_customer(counter.db, staff_id=counter.staff.id, new=new_customer(children=()), now=NOW)
    card = customer_card(counter.db, customer_id, today=counter.today())
    dialog = shown(EditCustomerDialog(counter, card), qtbot)
    assert isinstance(dialog, EditCustomerDialog)
    assert not dialog.new_child.health.isEnabled() and "동의한 뒤에만" in dialog.health_hint.text()

    press_space(dialog.sensitive, qtbot)
    type_into(dialog.new_child.name, "김바다", qtbot)
    dialog.new_child.birth_month.set_date(date(2025, 1, 1))
    type_into(dialog.new_child.health, "우유 알레르기", qtbot)
    save_by_keyboard()

    assert dialog.result() == QDialog.DialogCode.Accepted
    card = customer_card(counter.db, customer_id, today=counter.today())
    assert [(c.name, c.health_notes) for c in card.children] == [("김바다", "우유 알레르기")]
    assert next(c.granted for c in card.consents if c.kind is ConsentKind.SENSITIVE) is True
    # The card shows the notes apart from the child's other notes, and the consent they stand on.
    panel = CustomerPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_card(card)
    assert "알레르기·건강: 우유 알레르기" in panel.summary.text()
    assert "자녀의 알레르기·건강 (민감정보, 선택): 동의 · " in panel.summary.text()


def test_withdrawing_the_consent_warns_before_saving_and_erases_the_notes(qtbot: QtBot, counter: Counter) -> None:
    new = new_customer(children=(ChildInput("김하늘", 2023, 5, "", ALLERGY),))
    new = dataclasses.replace(new, consent=dataclasses.replace(new.consent, sensitive=True))
    customer_id = register_customer(counter.db, staff_id=counter.staff.id, new=new, now=NOW)
    card = customer_card(counter.db, customer_id, today=counter.today())
    dialog = shown(EditCustomerDialog(counter, card), qtbot)
    assert isinstance(dialog, EditCustomerDialog)
    assert dialog.sensitive.isChecked() and dialog.new_child.health.isEnabled()

    press_space(dialog.sensitive, qtbot)
    assert "지웁니다" in dialog.health_hint.text()
    save_by_keyboard()

    assert dialog.result() == QDialog.DialogCode.Accepted
    card = customer_card(counter.db, customer_id, today=counter.today())
    assert [c.health_notes for c in card.children] == [""]
    assert next(c.granted for c in card.consents if c.kind is ConsentKind.SENSITIVE) is False


def test_an_allergy_typed_wrong_is_corrected_only_under_the_consent(qtbot: QtBot, counter: Counter) -> None:
    consented = new_customer(children=(ChildInput("김하늘", 2023, 5, "", "우유 알레르기"),))
    consented = dataclasses.replace(consented, consent=dataclasses.replace(consented.consent, sensitive=True))
    customer_id = register_customer(counter.db, staff_id=counter.staff.id, new=consented, now=NOW)
    dialog = shown(CorrectChildDialog(counter, customer_card(counter.db, customer_id)), qtbot)
    assert isinstance(dialog, CorrectChildDialog)
    assert dialog.health.isEnabled() and dialog.health.text() == "우유 알레르기"

    focus(dialog.health, qtbot)
    QTest.keyClick(dialog.health, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_into(dialog.health, "달걀 알레르기", qtbot)
    type_into(dialog.reason, "알레르기 종류 오기", qtbot)
    save_by_keyboard()

    assert dialog.result() == QDialog.DialogCode.Accepted
    card = customer_card(counter.db, customer_id, today=counter.today())
    assert [c.health_notes for c in card.children] == ["달걀 알레르기"]

    # Another family without the consent: the field is closed and says why; the correction leaves it alone.
    other = register_customer(counter.db, staff_id=counter.staff.id, new=new_customer("이서연"), now=NOW)
    closed = shown(CorrectChildDialog(counter, customer_card(counter.db, other)), qtbot)
    assert isinstance(closed, CorrectChildDialog)
    assert not closed.health.isEnabled()
    assert any("동의한 뒤에만" in label.text() for label in closed.findChildren(QLabel) if label.isVisible())
