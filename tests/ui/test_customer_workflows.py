"""The counter's customer work through the real widgets (offscreen): register, move, find, correct."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from keyboard import save_by_keyboard, type_text
from support import NEW_HOME, NOW, new_customer
from toysub_desktop.db.models import Customer
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.services.contacts import change_phone
from toysub_desktop.services.customers import customer_card, register_customer
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.customer_list_model import CustomerListModel
from toysub_desktop.ui.dialogs.contact_dialogs import (
    AddressChangeDialog,
    CorrectAddressDialog,
    CorrectPhoneDialog,
    PhoneChangeDialog,
)
from toysub_desktop.ui.dialogs.customer_dialogs import EditCustomerDialog, NewCustomerDialog
from toysub_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def customers_in(counter: Counter) -> int:
    with counter.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


def shown_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if not label.isHidden() and label.text()]


def fill_new_customer(dialog: NewCustomerDialog, qtbot: QtBot) -> None:
    dialog.name.insert("김민수")
    qtbot.keyClicks(dialog.phones[PhoneRole.PRIMARY], "010 1234 5678")
    qtbot.keyClicks(dialog.address.postal_code, "04001")
    dialog.address.road_address.insert("서울특별시 마포구 월드컵북로 396")
    dialog.address.detail.insert("101동 1203호")
    child = dialog.child_rows[0]
    child.name.insert("김하늘")
    child.birth_month.set_date(date(2023, 5, 1))
    dialog.personal_data.setChecked(True)


def test_registering_a_customer_through_the_dialog(qtbot: QtBot, counter: Counter) -> None:
    dialog = NewCustomerDialog(counter)
    qtbot.addWidget(dialog)
    fill_new_customer(dialog, qtbot)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    card = customer_card(counter.db, int(dialog.outcome), today=counter.today())  # type: ignore[call-overload]
    assert card.name == "김민수"
    assert card.primary_phone is not None and card.primary_phone.phone is not None
    assert card.primary_phone.phone.e164 == "+821012345678"
    assert [c.name for c in card.children] == ["김하늘"]


def test_bad_input_shows_korean_messages_beside_the_fields_and_writes_nothing(qtbot: QtBot, counter: Counter) -> None:
    dialog = NewCustomerDialog(counter)
    qtbot.addWidget(dialog)
    fill_new_customer(dialog, qtbot)
    dialog.phones[PhoneRole.PRIMARY].setText("1588-1234")
    dialog.address.postal_code.setText("123-456")
    dialog.personal_data.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    phone_message = dialog.errors.message_for("phone.primary")
    assert ("1588" in phone_message and "대표번호" in phone_message) or "사업" in phone_message
    assert dialog.errors.message_for("address.postal_code")
    assert "동의" in dialog.errors.message_for("consent.personal_data")
    assert customers_in(counter) == 0
    assert dialog.name.text() == "김민수"  # what was typed is kept


def test_the_live_phone_hint_names_the_kind_and_warns_about_retired_numbers(qtbot: QtBot, counter: Counter) -> None:
    dialog = NewCustomerDialog(counter)
    qtbot.addWidget(dialog)
    edit = dialog.phones[PhoneRole.PRIMARY]
    qtbot.keyClicks(edit, "01012345678")
    assert "010-1234-5678 · 휴대전화 · 문자 가능" in shown_texts(dialog)
    edit.clear()
    qtbot.keyClicks(edit, "011-456-8901")
    assert any("011" in text and "종료" in text for text in shown_texts(dialog))


@pytest.fixture
def window(qtbot: QtBot, counter: Counter) -> MainWindow:
    for name, phone in (("김민수", "010-1234-5678"), ("이서연", "010-3456-7890"), ("박지민", "010-4567-8901")):
        register_customer(counter.db, staff_id=counter.staff.id, new=new_customer(name, phone=phone), now=NOW)
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def listed_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(row, 1)) for row in range(model.rowCount())]  # type: ignore[misc]


def search(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.search.clear()
    window.search.insert(text)
    qtbot.waitUntil(lambda: window.model.query == text, timeout=2000)


def test_the_search_box_has_focus_at_start_and_ctrl_f_returns_to_it(window: MainWindow, qtbot: QtBot) -> None:
    assert window.search.hasFocus()
    window.list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_the_list_follows_the_search_as_the_user_types(window: MainWindow, qtbot: QtBot) -> None:
    assert listed_names(window) == ["김민수", "박지민", "이서연"]
    search(window, qtbot, "ㅇㅅㅇ")
    assert listed_names(window) == ["이서연"]
    search(window, qtbot, "민")
    assert listed_names(window) == ["김민수", "박지민"]


def test_finding_a_customer_by_a_former_number(window: MainWindow, qtbot: QtBot, counter: Counter) -> None:
    customer_id = window.model.customer_id(1)
    assert customer_id is not None
    change_phone(
        counter.db,
        staff_id=counter.staff.id,
        customer_id=customer_id,
        expected_version=None,
        role=PhoneRole.PRIMARY,
        number="010-7777-8888",
        effective_from=date(2026, 3, 2),
        now=NOW,
    )
    search(window, qtbot, "4567-8901")
    assert listed_names(window) == ["박지민"]
    found_by = window.model.data(window.model.index(0, 4))
    assert isinstance(found_by, str) and "010-4567-8901" in found_by and "이전 번호" in found_by


def test_recording_a_future_move_shows_it_on_the_card(window: MainWindow, qtbot: QtBot, counter: Counter) -> None:
    window.list.selectRow(0)
    card = window.panel.card
    assert card is not None and card.name == "김민수"
    dialog = AddressChangeDialog(counter, card)
    qtbot.addWidget(dialog)
    dialog.address.set_value(
        type(card.current_address.address)(  # type: ignore[union-attr]
            NEW_HOME.postal_code, NEW_HOME.road_address, NEW_HOME.detail, "", ""
        )
    )
    dialog.effective_from.set_date(date(2026, 4, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    window._reload_after_change()
    assert window.panel.card is not None
    assert [s.effective_from for s in window.panel.card.scheduled_addresses] == [date(2026, 4, 1)]
    assert "2026-04-01" in window.panel.summary.text() and NEW_HOME.road_address in window.panel.summary.text()
    assert "이사" in window.panel.summary.text()


def test_correcting_a_mistyped_number_keeps_the_wrong_one_in_history(
    window: MainWindow, qtbot: QtBot, counter: Counter
) -> None:
    window.list.selectRow(0)
    card = window.panel.card
    assert card is not None and card.primary_phone is not None
    dialog = CorrectPhoneDialog(counter, card, card.primary_phone)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message_for("reason")  # a correction needs its reason
    dialog.number.setText("010-1234-5679")
    dialog.reason.insert("끝자리 오타")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    window._reload_after_change()
    history = window.panel.phone_history
    cells = [[history.item(r, c).text() for c in range(history.columnCount())] for r in range(history.rowCount())]
    assert any("010-1234-5679" in row[2] for row in cells)
    assert any("010-1234-5678" in row[2] and "끝자리 오타" in row[5] for row in cells)


def _correct_address(qtbot: QtBot, counter: Counter, window: MainWindow) -> CorrectAddressDialog:
    window.list.selectRow(0)
    card = window.panel.card
    assert card is not None and card.current_address is not None
    dialog = CorrectAddressDialog(counter, card, card.current_address)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    return dialog


def test_correcting_an_address_keeps_the_wrong_one_marked_in_history(
    window: MainWindow, qtbot: QtBot, counter: Counter
) -> None:
    dialog = _correct_address(qtbot, counter, window)
    dialog.address.detail.setFocus()
    dialog.address.detail.selectAll()
    type_text("101동 1204호")
    dialog.reason.setFocus()
    type_text("호수 오타")
    save_by_keyboard()
    assert dialog.result() == QDialog.DialogCode.Accepted
    card = customer_card(counter.db, dialog.card.id, today=counter.today())
    assert card.current_address is not None and card.current_address.address.detail == "101동 1204호"
    wrong = [entry for entry in card.address_history if entry.voided_at is not None]
    assert [(entry.address.detail, entry.void_reason) for entry in wrong] == [("101동 1203호", "호수 오타")]


def test_withdrawing_an_address_entry_voids_it_without_a_replacement(
    window: MainWindow, qtbot: QtBot, counter: Counter
) -> None:
    window.list.selectRow(0)
    before = window.panel.card
    assert before is not None and before.current_address is not None
    change = AddressChangeDialog(counter, before)
    qtbot.addWidget(change)
    change.address.set_value(
        type(before.current_address.address)(NEW_HOME.postal_code, NEW_HOME.road_address, NEW_HOME.detail, "", "")
    )
    change.effective_from.set_date(date(2026, 4, 1))
    qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
    window._reload_after_change()
    card = window.panel.card
    assert card is not None and [s.effective_from for s in card.scheduled_addresses] == [date(2026, 4, 1)]
    dialog = CorrectAddressDialog(counter, card, card.scheduled_addresses[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    dialog.withdraw.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert dialog.withdraw.isChecked() and not dialog.address.detail.isEnabled()
    dialog.reason.setFocus()
    type_text("이사 취소됨")
    save_by_keyboard()
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = customer_card(counter.db, card.id, today=counter.today())
    assert after.scheduled_addresses == ()
    assert after.current_address is not None and after.current_address.version_id == before.current_address.version_id


def test_an_edit_from_a_stale_screen_says_so_and_keeps_the_input(
    window: MainWindow, qtbot: QtBot, counter: Counter
) -> None:
    window.list.selectRow(0)
    stale = window.panel.card
    assert stale is not None
    change_phone(
        counter.db,
        staff_id=counter.staff.id,
        customer_id=stale.id,
        expected_version=None,
        role=PhoneRole.SPOUSE,
        number="010-2222-3333",
        effective_from=date(2026, 3, 2),
        now=NOW,
    )
    dialog = EditCustomerDialog(counter, stale)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("다음 달 방문 예정")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.general_error.isHidden() and "다른" in dialog.general_error.text()
    assert dialog.notes.toPlainText() == "다음 달 방문 예정"


def test_a_phone_change_dialog_refuses_a_business_number(window: MainWindow, qtbot: QtBot, counter: Counter) -> None:
    window.list.selectRow(0)
    assert window.panel.card is not None
    dialog = PhoneChangeDialog(counter, window.panel.card)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.number, "1588-1234")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.errors.message_for("number")


def test_the_customer_list_model_is_a_well_behaved_qt_model(qtmodeltester, counter: Counter) -> None:  # type: ignore[no-untyped-def]
    for index in range(7):
        register_customer(
            counter.db,
            staff_id=counter.staff.id,
            new=new_customer(f"고객{chr(0xAC00 + index)}", phone=f"010-5555-{1000 + index}"),
            now=NOW,
        )
    model = CustomerListModel(counter)
    model.set_query("")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 7


def test_the_list_pages_on_from_its_last_row_while_another_counter_registers(counter: Counter) -> None:
    """Pages follow the last row loaded: customers registered meanwhile whose names sort before it are not
    listed twice, nor does a row slip past, and a namesake after it shows up in its place."""
    for name in ("김민수", "박지민", "이서연"):
        register_customer(counter.db, staff_id=counter.staff.id, new=new_customer(name), now=NOW)
    model = CustomerListModel(counter)
    model.page_size = 2
    model.set_query("")
    assert [model.data(model.index(row, 1)) for row in range(model.rowCount())] == ["김민수", "박지민"]
    for name in ("가나다", "김민수", "박지민"):
        register_customer(counter.db, staff_id=counter.staff.id, new=new_customer(name), now=NOW)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert [model.data(model.index(row, 1)) for row in range(model.rowCount())] == [
        "김민수",
        "박지민",
        "박지민",
        "이서연",
    ]
    ids = [model.customer_id(row) for row in range(model.rowCount())]
    assert len(set(ids)) == len(ids)


def test_ctrl_n_registers_a_customer_and_shows_their_card(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_save(dialog: NewCustomerDialog) -> int:
        fill_new_customer(dialog, qtbot)
        dialog.name.setText("최하늘")
        dialog.phones[PhoneRole.PRIMARY].setText("010-8888-1111")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(NewCustomerDialog, "exec", fill_and_save)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.card is not None and window.panel.card.name == "최하늘"
    assert window.current_customer_id() == window.panel.card.id


def test_keyboard_correction_of_the_selected_history_entry(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.list.selectRow(0)
    opened: list[str] = []
    monkeypatch.setattr(CorrectPhoneDialog, "exec", lambda dialog: opened.append("phone") or 0)
    assert not window.actions_["correct"].isEnabled()  # nothing selected in the history yet
    window.panel.phone_history.setFocus()
    window.panel.phone_history.selectRow(0)
    assert window.actions_["correct"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened == ["phone"]
