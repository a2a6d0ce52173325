"""The contact log at the counter, through the real windows: a call logged from the customer tab by keyboard, a
complaint resolved a day later, and "오늘 연락할 고객" answered from the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from screen_support import show_for_typing
from support import NOW, new_customer
from toysub_desktop.db.models import ContactLogEntry
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.services.contact_log import contact_entry, customer_contact_log, follow_ups_due, log_contact
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.shop import add_staff
from toysub_desktop.ui.contact_log import FollowUpListModel, FollowUpsDialog, LogContactDialog, ResolveComplaintDialog
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.main_window import MainWindow
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 2)


def focused(window: QWidget | None = None) -> QWidget:
    """Where a key typed now goes (the offscreen platform does not always report an application-wide focus
    widget, so the window is asked too: *window*, else the active one)."""
    window = window or QApplication.activeWindow() or QApplication.activeModalWidget()
    widget = QApplication.focusWidget() or (window.focusWidget() if window is not None else None)
    assert widget is not None, "no field has the focus"
    return widget


def type_text(text: str) -> None:
    """Type into the focused widget: digits and punctuation as keys, Korean as the input method commits it."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused(), char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(focused(), event)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def save_by_keyboard() -> None:
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def answer_modal(kind: type[QDialog], then: Callable[[Any], None]) -> list[BaseException]:
    """``when_modal``, where a failed check closes the window (the test would otherwise wait on it for ever) and is
    kept to be raised after its ``exec()`` returns (``raise_failures``)."""
    failures: list[BaseException] = []

    def guarded(dialog: QDialog) -> None:
        try:
            for _ in range(100):  # until the window is active and its field has the keyboard
                widget = QApplication.focusWidget() or dialog.focusWidget()
                if widget is not None and widget.window() is dialog:
                    break
                QTest.qWait(10)
            then(dialog)
        except BaseException as failure:
            failures.append(failure)
            dialog.reject()

    when_modal(kind, guarded)
    return failures


def raise_failures(failures: list[BaseException]) -> None:
    if failures:
        raise failures[0]


def logged(counter: Counter) -> int:
    with counter.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ContactLogEntry)) or 0)


@pytest.fixture
def customer_id(counter: Counter) -> int:
    return register_customer(counter.db, staff_id=counter.staff.id, new=new_customer(), now=NOW)


@pytest.fixture
def window(qtbot: QtBot, counter: Counter, customer_id: int) -> MainWindow:
    main = MainWindow(counter)
    show_for_typing(main, qtbot)
    qtbot.waitUntil(main.isActiveWindow)
    main.list.selectRow(0)
    assert main.panel.card is not None and main.panel.card.id == customer_id
    return main


def test_logging_a_call_from_the_customer_tab_by_keyboard(
    window: MainWindow, qtbot: QtBot, counter: Counter, customer_id: int
) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: LogContactDialog) -> None:
        assert focused() is dialog.note  # the dialog opens on what was said; the kind is a call already
        assert dialog.kind.value() is ContactKind.CALL
        assert dialog.form_area.verticalScrollBar().maximum() == 0  # every field shows without scrolling
        assert not dialog.follow_up_on.status.isVisible()  # empty is "no follow-up", not a date it cannot read
        save_by_keyboard()  # nothing typed: refused beside the note
        seen["empty"] = dialog.errors.message_for("note")
        assert dialog.isVisible() and logged(counter) == 0
        dialog.note.setFocus()
        type_text("배송일을 15일로 바꾸고 싶다고 함. 가능 여부 확인 후 연락 드리기로")
        press(Qt.Key.Key_Tab)  # to "about": the customer in general
        press(Qt.Key.Key_Tab)  # to the follow-up day
        assert focused() is dialog.follow_up_on.line
        type_text("2026-03-01")  # yesterday: refused, typed text kept
        save_by_keyboard()
        seen["past"] = dialog.errors.message_for("follow_up_on")
        assert dialog.follow_up_on.text() == "2026-03-01" and logged(counter) == 0
        dialog.follow_up_on.line.selectAll()
        type_text("+3")
        press(Qt.Key.Key_Return)  # Enter moves on, never saves
        assert dialog.isVisible()
        save_by_keyboard()

    failures = answer_modal(LogContactDialog, fill)
    QTest.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    raise_failures(failures)

    assert seen["empty"] == "고객이 말하거나 요청한 내용을 입력해 주십시오."
    assert "지난 날짜" in str(seen["past"])
    [entry] = customer_contact_log(counter.db, customer_id)
    assert entry.kind is ContactKind.CALL and entry.note.startswith("배송일을 15일로")
    assert (entry.follow_up_on, entry.follow_up_owner, entry.recorded_by) == (
        TODAY + timedelta(days=3),
        "박지영",
        "박지영",
    )
    table = window.panel.contact_log
    assert table.rowCount() == 1
    cells = [table.item(0, column).text() for column in range(table.columnCount())]
    assert cells[1] == "통화" and cells[2] == "2026-03-05 박지영" and cells[4].startswith("배송일을 15일로")


def test_resolving_a_complaint_a_day_later(
    window: MainWindow, qtbot: QtBot, counter: Counter, customer_id: int
) -> None:
    clerk = add_staff(counter.db, by_staff_id=counter.staff.id, name="이수진", role=StaffRole.CLERK, now=NOW)
    complaint = log_contact(
        counter.db,
        staff_id=clerk.id,
        customer_id=customer_id,
        kind=ContactKind.COMPLAINT,
        note="장난감 상자가 찌그러져 도착, 블록 1개 부족",
        follow_up_on=TODAY,
        follow_up_owner_id=clerk.id,
        now=NOW,
    )
    counter.now = lambda: NOW + timedelta(days=1)  # the next day, the owner is at the counter
    window.show_customer(customer_id)
    table = window.panel.contact_log
    assert table.item(0, 3).text() == "미해결"
    assert not window.actions_["resolve"].isEnabled()  # nothing chosen in the log yet
    table.setFocus()
    table.selectRow(0)
    assert window.actions_["resolve"].isEnabled()
    seen: dict[str, str] = {}

    def resolve(dialog: ResolveComplaintDialog) -> None:
        assert focused() is dialog.resolution
        save_by_keyboard()
        seen["empty"] = dialog.errors.message_for("resolution")
        assert dialog.isVisible()
        dialog.resolution.setFocus()
        type_text("부족한 블록 택배로 발송, 다음 상자 10% 할인 안내")
        save_by_keyboard()

    failures = answer_modal(ResolveComplaintDialog, resolve)
    qtbot.mouseClick(window.buttons["resolve"], Qt.MouseButton.LeftButton)
    raise_failures(failures)

    assert seen["empty"] == "불만을 어떻게 해결했는지 입력해 주십시오."
    entry = contact_entry(counter.db, complaint)
    assert not entry.is_open_complaint
    assert (entry.resolved_by, entry.resolved_at, entry.recorded_by) == ("박지영", NOW + timedelta(days=1), "이수진")
    assert entry.resolution == "부족한 블록 택배로 발송, 다음 상자 10% 할인 안내"
    assert table.item(0, 3).text().startswith("2026-03-03 10:00 박지영 해결: 부족한 블록")
    assert not window.actions_["resolve"].isEnabled() or window.panel.selected_contact() is None


def test_the_follow_up_list_logs_the_call_that_answers_one(qtbot: QtBot, counter: Counter, customer_id: int) -> None:
    other = register_customer(
        counter.db, staff_id=counter.staff.id, new=new_customer("이서연", phone="010-3456-7890"), now=NOW
    )
    for who, note, on in ((customer_id, "재연락 약속", TODAY), (other, "다음 주 연락", TODAY + timedelta(days=7))):
        log_contact(
            counter.db,
            staff_id=counter.staff.id,
            customer_id=who,
            kind=ContactKind.REQUEST,
            note=note,
            follow_up_on=on,
            follow_up_owner_id=counter.staff.id,
            now=NOW,
        )
    dialog = FollowUpsDialog(counter)
    show_for_typing(dialog, qtbot)
    qtbot.waitUntil(dialog.isActiveWindow)  # show_for_typing's waitActive is a context manager: it did not wait
    assert dialog.model.rowCount() == 1  # today's; next week's is not due
    assert dialog.model.data(dialog.model.index(0, 2)) == "김민수"
    assert dialog.model.data(dialog.model.index(0, 4)) == "010-1234-5678"
    assert focused(dialog) is dialog.list

    def answer(log: LogContactDialog) -> None:
        assert log.answers is not None and log.answers.note == "재연락 약속"
        assert focused() is log.note
        type_text("통화함: 15일 배송으로 변경 안내")
        save_by_keyboard()

    failures = answer_modal(LogContactDialog, answer)
    QTest.keyClick(focused(dialog), Qt.Key.Key_Return)  # Enter on the row logs the call that answers it
    raise_failures(failures)

    assert dialog.model.rowCount() == 0 and dialog.empty.isVisible()
    assert follow_ups_due(counter.db, today=TODAY).rows == ()
    log = customer_contact_log(counter.db, customer_id)
    assert [e.note for e in log] == ["통화함: 15일 배송으로 변경 안내", "재연락 약속"]
    assert log[1].followed_up_at == NOW
    assert log[0].follow_up_on is None  # the follow-up day was left empty: nothing more to do


def test_the_follow_up_list_model_is_a_well_behaved_qt_model(qtmodeltester, counter: Counter, customer_id: int) -> None:  # type: ignore[no-untyped-def]
    for day in range(3):
        log_contact(
            counter.db,
            staff_id=counter.staff.id,
            customer_id=customer_id,
            kind=ContactKind.CALL,
            note=f"통화 {day}",
            follow_up_on=TODAY,
            follow_up_owner_id=counter.staff.id,
            now=NOW,
        )
    model = FollowUpListModel(counter)
    model.page_size = 2
    model.reload()
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 3
