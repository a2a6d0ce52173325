"""Prospects at the counter, through the real windows: a walk-in inquiry recorded by keyboard, the one who joins
registered with their history kept, and the conversion rate per source shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from screen_support import clipped_labels, off_screen, repeated_mnemonics, save_picture, show_for_typing
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.prospects import ProspectKind, ProspectSource
from toysub_desktop.services.contact_log import customer_contact_log, follow_ups_due
from toysub_desktop.services.prospects import conversion_by_source, open_prospects
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.customer_panel import CustomerPanel
from toysub_desktop.ui.dialogs.customer_dialogs import NewCustomerDialog
from toysub_desktop.ui.prospects import LinkProspectDialog, NewProspectDialog, ProspectsDialog
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 2)


def focused(window: QWidget | None = None) -> QWidget:
    """Where a key typed now goes: the focused field of *window* (else of the modal or active window); the
    offscreen platform does not always report it application-wide."""
    window = window or QApplication.activeModalWidget() or QApplication.activeWindow()
    widget = QApplication.focusWidget()
    if window is not None and (widget is None or widget.window() is not window):
        widget = window.focusWidget()
    assert widget is not None, "no field has the focus"
    return widget


def type_text(text: str) -> None:
    """Digits and punctuation as keys, Korean as the input method commits it."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused(), char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(focused(), event)


def tab() -> None:
    QTest.keyClick(focused(), Qt.Key.Key_Tab)


def alt_key(window: QWidget, letter: Qt.Key) -> None:
    """Alt and an underlined letter; a button pressed this way clicks a moment later."""
    QTest.keyClick(focused(window), letter, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(250)


def answer_modal(kind: type[QDialog], then: Callable[[Any], None]) -> list[BaseException]:
    """``when_modal``, where a failed check closes the window and is raised once its ``exec()`` returned."""
    failures: list[BaseException] = []

    def guarded(dialog: QDialog) -> None:
        try:
            for _ in range(100):
                widget = QApplication.focusWidget() or dialog.focusWidget()
                if widget is not None and widget.window() is dialog:
                    break
                QTest.qWait(10)
            then(dialog)
            if dialog.isVisible():
                from PySide6.QtWidgets import QLabel

                shown = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
                raise AssertionError(f"{type(dialog).__name__} did not close: {shown}")
        except BaseException as failure:
            failures.append(failure)
            dialog.reject()

    when_modal(kind, guarded)
    return failures


def test_a_walk_in_inquiry_is_recorded_by_keyboard_then_joins_with_its_history(qtbot: QtBot, counter: Counter) -> None:
    window = ProspectsDialog(counter)
    show_for_typing(window, qtbot)
    qtbot.waitUntil(window.isActiveWindow)
    assert window.rates.text() == "아직 기록된 가망 고객이 없습니다."

    def fill(dialog: NewProspectDialog) -> None:
        assert focused() is dialog.name
        type_text("정하은")
        tab()
        type_text("01077778888")
        tab()  # kind: an inquiry
        tab()  # where they heard of us: Down picks the second, walked in
        QTest.keyClick(focused(), Qt.Key.Key_Down)
        tab()
        type_text("렌털 베이직, 20개월 아이")
        tab()
        type_text("가격표 받아 감. 주말에 남편과 상의")
        tab()
        assert focused() is dialog.follow_up_on.line
        type_text("+5")
        QTest.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    failures = answer_modal(NewProspectDialog, fill)
    qtbot.mouseClick(window.add, Qt.MouseButton.LeftButton)
    assert not failures, failures
    [row] = open_prospects(counter.db).rows
    assert (row.name, row.kind, row.source, row.interest) == (
        "정하은",
        ProspectKind.INQUIRY,
        ProspectSource.WALK_IN,
        "렌털 베이직, 20개월 아이",
    )
    assert row.phone is not None and row.phone.national == "010-7777-8888"
    assert row.next_follow_up == TODAY + timedelta(days=5)
    assert window.model.rowCount() == 1 and window.model.data(window.model.index(0, 1)) == "정하은"
    [due] = follow_ups_due(counter.db, today=TODAY + timedelta(days=5)).rows
    assert due.customer_name == "정하은"

    # She comes back and joins: the usual registration, her name and number filled in.
    def register(dialog: NewCustomerDialog) -> None:
        assert dialog.name.text() == "정하은"
        assert dialog.phones[PhoneRole.PRIMARY].text() == "010-7777-8888"
        dialog.address.postal_code.setText("04001")
        dialog.address.road_address.setText("서울특별시 마포구 월드컵북로 396")
        dialog.address.detail.setText("101동 1203호")
        dialog.personal_data.setChecked(True)
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    chosen: list[int] = []
    window.customerChosen.connect(chosen.append)
    failures = answer_modal(NewCustomerDialog, register)
    qtbot.mouseClick(window.join, Qt.MouseButton.LeftButton)
    assert not failures, failures
    assert len(chosen) == 1 and open_prospects(counter.db).rows == ()
    assert [e.note for e in customer_contact_log(counter.db, chosen[0])] == ["가격표 받아 감. 주말에 남편과 상의"]
    assert follow_ups_due(counter.db, today=TODAY + timedelta(days=5)).rows == ()
    panel = CustomerPanel()
    qtbot.addWidget(panel)
    panel.show_contact_log(customer_contact_log(counter.db, chosen[0]), card_today=TODAY)
    assert panel.contact_log.item(0, 1).text() == "방문 (가입 전)"
    walk_in = next(r for r in conversion_by_source(counter.db) if r.source is ProspectSource.WALK_IN)
    assert (walk_in.converted, walk_in.percent) == (1, 100)


def test_the_rates_line_names_each_source_with_prospects(qtbot: QtBot, counter: Counter) -> None:
    from toysub_desktop.services.prospects import close_prospect_lost, record_prospect

    for name in ("가나", "다라"):
        prospect = record_prospect(
            counter.db,
            staff_id=counter.staff.id,
            name=name,
            phone="",
            kind=ProspectKind.TRIAL,
            source=ProspectSource.BLOG,
            interest="",
            now=counter.now(),
        )
    close_prospect_lost(
        counter.db, staff_id=counter.staff.id, prospect_id=prospect, reason="이사 예정", now=counter.now()
    )
    window = ProspectsDialog(counter)
    show_for_typing(window, qtbot)
    assert window.rates.text() == "경로별 가입 전환율: 블로그 0% (2명 중 0명)"
    assert window.model.rowCount() == 1


def test_an_inquiry_from_someone_already_a_customer_is_linked_to_them_by_keyboard(
    qtbot: QtBot, counter: Counter, screenshots: Path
) -> None:
    from support import NOW, new_customer
    from toysub_desktop.services.customers import register_customer
    from toysub_desktop.services.prospects import record_prospect

    customer = register_customer(
        counter.db, staff_id=counter.staff.id, new=new_customer("윤서아", phone="010-2222-3434"), now=NOW
    )
    other = register_customer(
        counter.db, staff_id=counter.staff.id, new=new_customer("강도윤", phone="010-3333-4545"), now=NOW
    )
    for name, phone in (("윤서아", "010-2222-3434"), ("윤서아", "")):
        record_prospect(
            counter.db,
            staff_id=counter.staff.id,
            name=name,
            phone=phone,
            kind=ProspectKind.INQUIRY,
            source=ProspectSource.WALK_IN,
            interest="프리미엄 렌털로 바꿀지",
            note="둘째 출산 예정, 요금 문의" if phone else "",
            follow_up_on=TODAY + timedelta(days=2) if phone else None,
            follow_up_owner_id=counter.staff.id if phone else None,
            now=NOW + timedelta(minutes=1 if phone else 0),
        )
    window = ProspectsDialog(counter)
    show_for_typing(window, qtbot)
    assert window.model.rowCount() == 2
    chosen: list[int] = []
    window.customerChosen.connect(chosen.append)
    seen: dict[str, object] = {}

    def link(dialog: LinkProspectDialog) -> None:
        # Her number is looked up already: the one match is chosen, and Ctrl+Enter links.
        assert focused(dialog) is dialog.picker.query
        qtbot.waitUntil(lambda: dialog.picker.customer_id() is not None)
        seen["matched"] = dialog.picker.matches.currentItem().text()
        QTest.qWait(100)  # the layout settles before the picture
        save_picture(dialog, screenshots, "link-prospect")
        seen["problems"] = "; ".join(off_screen(dialog) + clipped_labels(dialog) + repeated_mnemonics(dialog))
        QTest.keyClick(focused(dialog), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    failures = answer_modal(LinkProspectDialog, link)
    alt_key(window, Qt.Key.Key_K)  # 기존 고객과 연결(&K)
    qtbot.waitUntil(lambda: bool(failures) or not window.isVisible())
    assert not failures, failures
    assert str(seen["matched"]).startswith("윤서아 (")
    assert seen["problems"] == ""
    assert chosen == [customer] and not window.isVisible()
    assert [e.note for e in customer_contact_log(counter.db, customer)] == ["둘째 출산 예정, 요금 문의"]
    walk_in = next(r for r in conversion_by_source(counter.db) if r.source is ProspectSource.WALK_IN)
    assert (walk_in.converted, walk_in.open) == (1, 1)

    # The second inquiry, under the same name: she is linked already, so it is refused beside the field and the
    # typed search stays; another customer can still be chosen by typing.
    window = ProspectsDialog(counter)
    show_for_typing(window, qtbot)
    [left] = open_prospects(counter.db).rows

    def refused(dialog: LinkProspectDialog) -> None:
        assert dialog.picker.query.text() == "윤서아"
        qtbot.waitUntil(lambda: dialog.picker.customer_id() == customer)
        QTest.keyClick(focused(dialog), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["refused"] = dialog.errors.message_for("customer")
        seen["still"] = (dialog.isVisible(), dialog.picker.query.text())
        assert open_prospects(counter.db).rows == (left,)
        dialog.picker.query.selectAll()
        type_text("강도윤")
        QTest.keyClick(focused(dialog), Qt.Key.Key_Return)  # picks the first match, as a scanner's Enter would
        assert dialog.isVisible()
        assert dialog.picker.customer_id() == other
        QTest.keyClick(focused(dialog), Qt.Key.Key_Escape)

    failures = answer_modal(LinkProspectDialog, refused)
    alt_key(window, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: bool(failures) or "still" in seen)
    assert not failures, failures
    assert seen["refused"] == "이 고객은 이미 다른 가망 고객(윤서아)과 연결되어 있습니다. 다른 고객을 고르십시오."
    assert seen["still"] == (True, "윤서아")
    assert open_prospects(counter.db).rows == (left,)
