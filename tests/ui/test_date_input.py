"""Typing dates into real dialogs (offscreen), key by key through the focused widget, as a clerk does: what the
input understood is shown before saving, and a date it cannot use is refused beside the field with nothing
written."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from keyboard import type_text
from support import NEW_HOME, NOW, new_customer, sample_shop
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.subscriptions import SubscriptionState
from toysub_desktop.services.contacts import confirm_contacts
from toysub_desktop.services.customers import customer_card, register_customer
from toysub_desktop.services.subscriptions import NewSubscription, sign_up, subscription_view
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.date_input import DateInput
from toysub_desktop.ui.dialogs.contact_dialogs import AddressChangeDialog, ConfirmContactsDialog
from toysub_desktop.ui.dialogs.customer_dialogs import NewCustomerDialog
from toysub_desktop.ui.dialogs.subscription_dialogs import PauseDialog
from toysub_desktop.ui.text import problem_text

pytestmark = pytest.mark.gui

# Today at the counter is 2026-03-02 (NOW); 2026-04-01 is a Wednesday (수).
APRIL_FIRST_SPELLINGS = [
    "2026-04-01",
    "2026.04.01",
    "2026/4/1",
    "2026. 4. 1.",
    "20260401",
    "26.04.01",
    "260401",
    "2026년 4월 1일",
    "4월 1일",
    "4/1",
    "4-1",
    "4.1",
    "+30",
]


def show(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()


def type_into(qtbot: QtBot, field: DateInput, text: str) -> None:
    """Click into the field, select what is there and type over it, as a clerk does."""
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.line)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(text)


@pytest.fixture
def move_dialog(qtbot: QtBot, counter: Counter) -> AddressChangeDialog:
    customer_id = register_customer(counter.db, staff_id=counter.staff.id, new=new_customer(), now=NOW)
    card = customer_card(counter.db, customer_id, today=counter.today())
    dialog = AddressChangeDialog(counter, card)
    dialog.address.set_value(Address(NEW_HOME.postal_code, NEW_HOME.road_address, NEW_HOME.detail, "", ""))
    show(qtbot, dialog)
    return dialog


def scheduled_moves(counter: Counter, dialog: AddressChangeDialog) -> list[date]:
    card = customer_card(counter.db, dialog.card.id, today=counter.today())
    return [entry.effective_from for entry in card.scheduled_addresses]


@pytest.mark.parametrize("spelling", APRIL_FIRST_SPELLINGS)
def test_every_spelling_typed_into_the_move_dialog_is_the_date_saved(
    move_dialog: AddressChangeDialog, qtbot: QtBot, counter: Counter, spelling: str
) -> None:
    field = move_dialog.effective_from
    type_into(qtbot, field, spelling)
    assert field.status.text() == "2026-04-01 (수)"
    assert field.status.isVisible()
    # Enter moves on to the next field: it does not save the dialog.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert move_dialog.isVisible() and move_dialog.result() != QDialog.DialogCode.Accepted
    assert QApplication.focusWidget() is not field.line
    assert field.text() == "2026-04-01"  # written out in full once the clerk moves on
    assert scheduled_moves(counter, move_dialog) == []
    qtbot.mouseClick(move_dialog.save_button, Qt.MouseButton.LeftButton)
    assert move_dialog.result() == QDialog.DialogCode.Accepted
    assert scheduled_moves(counter, move_dialog) == [date(2026, 4, 1)]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2026-13-45", "13월은 없습니다"),
        ("abc", "날짜를 읽을 수 없습니다"),
        ("2026-02-30", "2026년 2월은 28일까지 있습니다"),
        ("2/30", "2월은 29일까지 있습니다"),
        ("1900-01-01", "5년보다 더 이전"),
    ],
)
def test_a_date_that_cannot_be_used_is_refused_beside_the_field_and_nothing_is_written(
    move_dialog: AddressChangeDialog, qtbot: QtBot, counter: Counter, typed: str, message: str
) -> None:
    field = move_dialog.effective_from
    type_into(qtbot, field, typed)
    assert message in field.status.text()  # while typing, in red under the field
    assert field.date() is None
    qtbot.mouseClick(move_dialog.save_button, Qt.MouseButton.LeftButton)
    assert move_dialog.result() != QDialog.DialogCode.Accepted
    assert message in move_dialog.errors.message_for("effective_from")
    assert not field.status.isVisible()  # said once, beside the field, not twice
    assert field.text() == typed  # the typed text is kept to be corrected
    assert QApplication.focusWidget() is field.line
    assert scheduled_moves(counter, move_dialog) == []
    # Correcting it shows the understood date again, and Save goes through.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), "4/1")
    assert field.status.isVisible() and field.status.text() == "2026-04-01 (수)"
    qtbot.mouseClick(move_dialog.save_button, Qt.MouseButton.LeftButton)
    assert move_dialog.result() == QDialog.DialogCode.Accepted
    assert scheduled_moves(counter, move_dialog) == [date(2026, 4, 1)]


def test_an_effective_date_beyond_the_window_says_the_services_limit(
    move_dialog: AddressChangeDialog, qtbot: QtBot
) -> None:
    type_into(qtbot, move_dialog.effective_from, "2027-03-04")
    assert move_dialog.effective_from.status.text() == "적용일은 1년 뒤(2027-03-03)까지만 정할 수 있습니다."


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the offscreen platform's popup
def test_the_calendar_opens_from_the_keyboard_and_picks_a_date(move_dialog: AddressChangeDialog, qtbot: QtBot) -> None:
    field = move_dialog.effective_from
    type_into(qtbot, field, "3/10")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar()
    assert calendar is not None
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate().toPython() == date(2026, 3, 10)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert field.date() == date(2026, 3, 11)
    assert field.text() == "2026-03-11" and field.status.text() == "2026-03-11 (수)"
    assert move_dialog.isVisible()  # picking a date does not save


def test_a_pause_typed_as_people_write_it(qtbot: QtBot, counter: Counter) -> None:
    shop = sample_shop(counter.db, counter.staff.id)
    rental = NewSubscription(
        customer_id=shop["customer"],
        plan_id=shop["rental"],
        term_months=24,
        start_on=date(2026, 3, 2),
        payment_method=PaymentMethod.CARD,
        swap_weekday=2,
    )
    subscription_id = sign_up(counter.db, staff_id=counter.staff.id, new=rental, now=NOW)
    view = subscription_view(counter.db, subscription_id, today=counter.today())
    dialog = PauseDialog(counter, view)
    show(qtbot, dialog)
    type_into(qtbot, dialog.first, "26.4.1")
    assert dialog.first.status.text() == "2026-04-01 (수)"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.last.line  # Enter went on to the next date
    type_text("4/31")  # April has no 31st: no preview of a pause that cannot be
    assert "4월은 30일까지 있습니다" in dialog.last.status.text()
    assert dialog.preview.isHidden()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("4월 30일")
    assert dialog.last.status.text() == "2026-04-30 (목)"
    assert "30" in dialog.preview.text() and dialog.preview.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    paused = subscription_view(counter.db, subscription_id, today=date(2026, 4, 10))
    assert paused.state is SubscriptionState.PAUSED


@pytest.mark.parametrize("spelling", ["2023-05", "2023.5", "202305", "2023년 5월", "23.05"])
def test_a_birth_month_typed_as_people_write_it(qtbot: QtBot, counter: Counter, spelling: str) -> None:
    dialog = NewCustomerDialog(counter)
    show(qtbot, dialog)
    child = dialog.child_rows[0]
    type_into(qtbot, child.birth_month, spelling)
    assert child.birth_month.status.text() == "2023-05"
    assert child.birth_month.date() == date(2023, 5, 1)


@pytest.mark.parametrize(("typed", "message"), [("2040-01", "10개월"), ("2000-01", "15살"), ("2023-13", "13월은")])
def test_a_birth_month_outside_the_window_is_refused_while_typing(
    qtbot: QtBot, counter: Counter, typed: str, message: str
) -> None:
    dialog = NewCustomerDialog(counter)
    show(qtbot, dialog)
    child = dialog.child_rows[0]
    type_into(qtbot, child.birth_month, typed)
    assert child.birth_month.date() is None
    assert message in child.birth_month.status.text()


def test_focus_given_to_the_input_lands_in_its_line_edit(qtbot: QtBot) -> None:
    field = DateInput(date(2026, 3, 2), today=date(2026, 3, 2))
    show(qtbot, field)
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.line)
    assert isinstance(field.line, QLineEdit)


def test_a_day_that_has_not_come_is_refused_with_the_services_own_message(qtbot: QtBot, counter: Counter) -> None:
    customer_id = register_customer(counter.db, staff_id=counter.staff.id, new=new_customer(), now=NOW)
    card = customer_card(counter.db, customer_id, today=counter.today())
    assert card.current_address is not None
    dialog = ConfirmContactsDialog(counter, card)
    show(qtbot, dialog)
    type_into(qtbot, dialog.confirmed_on, "내일")
    with pytest.raises(ValidationError) as service_refusal:
        confirm_contacts(
            counter.db,
            staff_id=counter.staff.id,
            customer_id=customer_id,
            address_version_ids=(card.current_address.version_id,),
            confirmed_on=date(2026, 3, 3),
            now=NOW,
        )
    said = problem_text(service_refusal.value.problems[0])
    assert dialog.confirmed_on.status.text() == said  # while typing, before Save
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message_for("confirmed_on") == said
    after = customer_card(counter.db, customer_id, today=counter.today())
    assert after.current_address is not None
    assert after.current_address.last_confirmed_on == card.current_address.last_confirmed_on
    type_into(qtbot, dialog.confirmed_on, "오늘")
    assert dialog.confirmed_on.status.text() == "2026-03-02 (월)"
