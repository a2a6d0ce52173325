"""Signing in at the counter through the real windows: the idle lock, switching staff, first PINs, approvals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import AuditEntry
from toysub_desktop.db.open import open_database
from toysub_desktop.domain.contacts import PhoneRole, StaffRole
from toysub_desktop.folders import Folders
from toysub_desktop.services.shop import StaffMember, add_staff, set_up_shop, staff_member, subscription_settings
from toysub_desktop.services.staff import set_first_pin
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.customer_dialogs import NewCustomerDialog
from toysub_desktop.ui.dialogs.settings_dialogs import SubscriptionSettingsDialog
from toysub_desktop.ui.dialogs.staff_dialogs import StaffDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.sign_in import ApprovalDialog, RecoveryCodeDialog, SignInDialog
from toysub_desktop.ui.startup import CounterHost

pytestmark = pytest.mark.gui

OWNER_PIN, CLERK_PIN = "482913", "1234"


def type_into_focus(text: str) -> None:
    """Type through whatever has the keyboard focus; Hangul arrives as an input method commits it (QTest only
    types ASCII keys)."""
    focused = QApplication.focusWidget()
    assert focused is not None
    if text.isascii():
        QTest.keyClicks(focused, text)
    else:
        assert isinstance(focused, QLineEdit)
        focused.insert(text)


def press_enter() -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Return)


def shown_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text()]


def cover_of(widget: QWidget) -> QWidget:
    cover = widget.findChild(QWidget, "counterLockCover")
    assert isinstance(cover, QWidget), "the lock covers what the window shows"
    return cover


@pytest.fixture
def clerk(counter: Counter) -> StaffMember:
    member = add_staff(counter.db, by_staff_id=counter.staff.id, name="최유진", now=NOW)
    set_first_pin(counter.db, staff_id=counter.staff.id, pin=OWNER_PIN, repeated_pin=OWNER_PIN, now=NOW)
    set_first_pin(counter.db, staff_id=member.id, pin=CLERK_PIN, repeated_pin=CLERK_PIN, now=NOW)
    return member


def shown_window(qtbot: QtBot, counter: Counter) -> MainWindow:
    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def sign_in_dialog(window: MainWindow, qtbot: QtBot) -> SignInDialog:
    qtbot.waitUntil(lambda: window.counter_lock.dialog is not None and window.counter_lock.dialog.isVisible())
    dialog = window.counter_lock.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_idle_lock_keeps_a_dialogs_typed_input_and_it_saves_under_who_signs_in(
    qtbot: QtBot, counter: Counter, clerk: StaffMember
) -> None:
    window = shown_window(qtbot, counter)
    window.counter_lock.timer.setInterval(300)  # the shop's ten minutes, shortened
    form = NewCustomerDialog(counter, window)
    qtbot.addWidget(form)
    form.open()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name)
    type_into_focus("김민수")
    form.phones[PhoneRole.PRIMARY].setFocus()
    type_into_focus("010 1234 5678")

    dialog = sign_in_dialog(window, qtbot)  # nobody touched anything: the counter locked

    assert dialog.locked and window.counter_lock.locked
    assert form.isVisible() and cover_of(form).isVisible()
    assert QApplication.focusWidget() is dialog.names
    type_into_focus("2")  # 최유진's number: the PIN field is next
    assert QApplication.focusWidget() is dialog.pin
    type_into_focus(CLERK_PIN)
    press_enter()

    qtbot.waitUntil(lambda: window.counter_lock.dialog is None)
    assert counter.staff.id == clerk.id
    assert form.isVisible() and form.name.text() == "김민수"
    assert "최유진" in form.windowTitle()
    assert window.staff.currentText() == "최유진"

    QTest.keyClicks(form.address.postal_code, "04001")
    form.address.road_address.insert("서울특별시 마포구 월드컵북로 396")
    form.child_rows[0].name.insert("김하늘")
    form.personal_data.setChecked(True)
    qtbot.waitUntil(form.isActiveWindow)  # the form has the keyboard again
    form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.name)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not form.isVisible())
    with counter.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "customer.register")).one()
        assert entry.staff_id == clerk.id


def test_a_wrong_pin_is_said_beside_the_field_and_the_counter_stays_locked(
    qtbot: QtBot, counter: Counter, clerk: StaffMember
) -> None:
    window = shown_window(qtbot, counter)
    window.counter_lock.lock()
    dialog = sign_in_dialog(window, qtbot)
    type_into_focus("1")
    type_into_focus("999999")
    press_enter()
    assert dialog.isVisible() and window.counter_lock.locked
    assert any("PIN이 틀렸습니다" in text for text in shown_texts(dialog)), shown_texts(dialog)
    assert dialog.pin.text() == "999999"  # kept, selected to type again
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # no way round the lock
    assert dialog.isVisible()
    type_into_focus(OWNER_PIN)
    press_enter()
    qtbot.waitUntil(lambda: window.counter_lock.dialog is None)
    assert counter.staff.role is StaffRole.OWNER


def test_switching_staff_asks_for_the_pin_of_who_takes_the_counter(
    qtbot: QtBot, counter: Counter, clerk: StaffMember
) -> None:
    window = shown_window(qtbot, counter)
    owner = counter.staff
    window.staff.setCurrentIndex(1)
    dialog = sign_in_dialog(window, qtbot)
    assert counter.staff == owner and window.staff.currentText() == owner.name  # not yet
    assert QApplication.focusWidget() is dialog.pin and dialog.account() is not None
    type_into_focus(CLERK_PIN)
    press_enter()
    qtbot.waitUntil(lambda: window.counter_lock.dialog is None)
    assert counter.staff == staff_member(counter.db, clerk.id)
    assert window.staff.currentText() == "최유진"


def test_the_arrow_keys_that_chose_at_the_staff_list_go_on_choosing_from_the_pin_field(
    qtbot: QtBot, counter: Counter, clerk: StaffMember
) -> None:
    third = add_staff(counter.db, by_staff_id=counter.staff.id, name="이수빈", now=NOW)
    set_first_pin(counter.db, staff_id=third.id, pin="7391", repeated_pin="7391", now=NOW)
    window = shown_window(qtbot, counter)
    window.staff.setFocus()
    QTest.keyClick(window.staff, Qt.Key.Key_Down)  # the next name asks for its PIN at once
    dialog = sign_in_dialog(window, qtbot)
    assert QApplication.focusWidget() is dialog.pin and dialog.account() == dialog.accounts[1]
    type_into_focus("12")
    QTest.keyClick(dialog.pin, Qt.Key.Key_Down)  # not her: one further down, from the field that has the keys
    assert dialog.account() is not None and dialog.account().name == "이수빈"  # type: ignore[union-attr]
    assert dialog.pin.text() == "" and QApplication.focusWidget() is dialog.pin  # what was typed is not hers
    type_into_focus("7391")
    press_enter()
    qtbot.waitUntil(lambda: window.counter_lock.dialog is None)
    assert counter.staff.id == third.id and window.staff.currentText() == "이수빈"


def test_staff_from_before_pins_set_one_at_first_sign_in_and_the_owner_gets_a_recovery_code(
    qtbot: QtBot, db: Database, owner_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    codes: list[str] = []
    monkeypatch.setattr(RecoveryCodeDialog, "exec", lambda dialog: codes.append(dialog.code) or 1)
    counter = Counter(db, staff_member(db, owner_id), now=lambda: NOW)
    window = shown_window(qtbot, counter)
    window.counter_lock.lock()
    dialog = sign_in_dialog(window, qtbot)
    assert dialog.repeat_pin.isVisible()
    type_into_focus("1")
    type_into_focus("5678")
    press_enter()
    assert any("같지 않습니다" in text for text in shown_texts(dialog)), shown_texts(dialog)
    dialog.repeat_pin.setFocus()
    type_into_focus("5678")
    press_enter()
    qtbot.waitUntil(lambda: window.counter_lock.dialog is None)
    assert len(codes) == 1 and len(codes[0]) == 19


def test_the_sign_in_screen_fits_and_reads_in_korean(
    qtbot: QtBot, counter: Counter, clerk: StaffMember, tmp_path: object
) -> None:
    dialog = SignInDialog(counter.db, locked=True, demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = " ".join(shown_texts(dialog))
    assert "0000" in texts and "잠겨" in texts
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.names.count() == 2 and "대표" in dialog.names.item(0).text()


def in_approval_dialog(qtbot: QtBot, steps: Callable[[ApprovalDialog], None]) -> None:
    """Run *steps* in the approval dialog a save opened (modal, in its own event loop); a failing step closes it,
    so the test fails instead of waiting for ever."""
    approval = QApplication.activeModalWidget()
    try:
        assert isinstance(approval, ApprovalDialog), approval
        approval.activateWindow()
        qtbot.waitUntil(approval.isActiveWindow)
        steps(approval)
    except BaseException:
        if approval is not None:
            approval.reject()
        raise


def test_a_clerk_saves_owner_settings_with_the_owners_pin_typed_at_that_moment(
    qtbot: QtBot, counter: Counter, clerk: StaffMember
) -> None:
    owner = counter.staff
    at_counter = Counter(counter.db, clerk, now=lambda: NOW)
    dialog = SubscriptionSettingsDialog(at_counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.price_notice_days.setValue(45)
    asked: list[str] = []

    def approve(approval: ApprovalDialog) -> None:
        asked.append(approval.intro.text())
        assert QApplication.focusWidget() is approval.names
        type_into_focus("1")  # the owner, the only one who may approve
        type_into_focus(OWNER_PIN)
        press_enter()

    QTimer.singleShot(0, lambda: in_approval_dialog(qtbot, approve))
    dialog.price_notice_days.setFocus()
    QTest.keyClick(dialog.price_notice_days, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert asked and "대표" in asked[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert subscription_settings(counter.db).price_notice_days == 45
    with counter.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "shop.settings")).one()
        assert (entry.staff_id, entry.approved_by_id) == (clerk.id, owner.id)


def test_a_wrong_approving_pin_saves_nothing_and_says_why(qtbot: QtBot, counter: Counter, clerk: StaffMember) -> None:
    dialog = SubscriptionSettingsDialog(Counter(counter.db, clerk, now=lambda: NOW))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.price_notice_days.setValue(45)

    def approve_wrongly(approval: ApprovalDialog) -> None:
        type_into_focus("1")
        type_into_focus("000000")
        press_enter()

    QTimer.singleShot(0, lambda: in_approval_dialog(qtbot, approve_wrongly))
    dialog.save()

    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert "PIN이 틀렸습니다" in dialog.general_error.text()
    assert dialog.price_notice_days.value() == 45  # the typed value stays
    assert subscription_settings(counter.db).price_notice_days == 30


def test_the_owner_makes_a_clerk_a_manager_on_the_staff_screen(
    qtbot: QtBot, counter: Counter, clerk: StaffMember
) -> None:
    screen = StaffDialog(counter)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.table.setCurrentCell(1, 0)
    assert screen.current() is not None and screen.current().name == "최유진"  # type: ignore[union-attr]
    screen.role.setCurrentIndex(screen.role.findData(StaffRole.MANAGER.value))
    button = next(b for b in screen.findChildren(QPushButton) if b.text() == "역할 지정(&R)")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert staff_member(counter.db, clerk.id).role is StaffRole.MANAGER
    assert "매니저" in screen.table.item(1, 1).text()


def test_a_clerk_resets_a_pin_only_with_the_owners_pin(qtbot: QtBot, counter: Counter, clerk: StaffMember) -> None:
    owner = counter.staff
    screen = StaffDialog(Counter(counter.db, clerk, now=lambda: NOW))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.table.setCurrentCell(1, 0)

    def approve(approval: ApprovalDialog) -> None:
        type_into_focus("1")
        type_into_focus(OWNER_PIN)
        press_enter()

    QTimer.singleShot(0, lambda: in_approval_dialog(qtbot, approve))
    button = next(b for b in screen.findChildren(QPushButton) if b.text() == "PIN 초기화(&P)")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert "다음 로그인" in screen.table.item(1, 2).text()
    with counter.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "staff.reset_pin")).one()
        assert (entry.staff_id, entry.approved_by_id) == (clerk.id, owner.id)


def test_the_counter_opens_at_the_sign_in_screen_on_who_was_there_last(qtbot: QtBot, tmp_path: Path) -> None:
    folders = Folders(data=tmp_path / "data", backups=tmp_path / "data" / "backups", logs=tmp_path / "logs")
    path = folders.data / "toysub.sqlite3"
    db = open_database(sqlite_file(path), backup_folder=None)
    owner = set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    db.dispose()
    host = CounterHost(sqlite_file(path), demo=True, folders=folders)
    assert host.open(backups_after_ms=3_600_000) is None
    window = host.window
    assert window is not None
    qtbot.addWidget(window)
    dialog = sign_in_dialog(window, qtbot)
    assert dialog.locked and dialog.account() is not None and dialog.account().id == owner.id  # type: ignore[union-attr]
    assert any("0000" in text for text in shown_texts(dialog))  # the demo flag shows the demo PIN
    assert dialog.repeat_pin.isVisible()  # an owner from before PINs sets one first
    host.shutdown()
    window.counter.db.dispose()
