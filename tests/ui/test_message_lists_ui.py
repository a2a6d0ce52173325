"""Customer → Message lists, by keyboard in the shown window: a birthday list that holds only consenting customers,
exported with the §50 wording (the issue's "Done when")."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from support import NOW, enter_shop_details, new_customer
from toysub_desktop.db.models import ContactLogEntry
from toysub_desktop.domain.contacts import ConsentKind, ConsentMethod
from toysub_desktop.domain.messages import Exclusion, MessageList
from toysub_desktop.services.customers import customer_card, register_customer
from toysub_desktop.services.inputs import ChildInput
from toysub_desktop.services.message_lists import ListRequest, message_list
from toysub_desktop.services.shop import shop_settings, update_shop_details
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.customer_dialogs import EditCustomerDialog
from toysub_desktop.ui.dialogs.settings_dialogs import ShopDetailsDialog
from toysub_desktop.ui.message_lists import MessageListsDialog

pytestmark = pytest.mark.gui


def _type(text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClicks(widget, text)


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifier)


@pytest.fixture
def shop_with_families(counter: Counter) -> dict[str, int]:
    db, owner = counter.db, counter.staff.id
    enter_shop_details(db)
    settings = shop_settings(db)
    update_shop_details(
        db, by_staff_id=owner, name=settings.name, business_number=settings.business_number,
        address=settings.address, phone=settings.phone, expected_version=settings.version,
        opt_out_number="080-123-4567", now=NOW,
    )  # fmt: skip
    ids = {}
    for key, name, phone, marketing in (
        ("declined", "김민수", "010-1234-5678", False),
        ("agreed", "이서연", "010-2222-3333", True),
    ):
        new = new_customer(name, phone=phone, marketing=marketing, children=(ChildInput(f"{name[0]}하늘", 2023, 5),))
        ids[key] = register_customer(db, staff_id=owner, new=new, now=NOW)
    return ids


def test_a_birthday_list_is_exported_with_only_consenting_customers_and_the_50_wording(
    qtbot: QtBot, counter: Counter, shop_with_families: dict[str, int], tmp_path: Path, screenshots: Path
) -> None:
    dialog = MessageListsDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind)
    assert dialog.kind.currentText() == "자녀 생일 (광고)"
    _press(Qt.Key.Key_Tab)  # the month
    _press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type("5")
    assert dialog.month.value() == 5
    qtbot.waitUntil(lambda: dialog.recipients_model.rowCount() == 1)
    assert dialog.recipients_model.data(dialog.recipients_model.index(0, 0)) == "이서연"
    assert dialog.excluded_model.data(dialog.excluded_model.index(0, 0)) == "김민수"
    assert dialog.excluded_model.data(dialog.excluded_model.index(0, 1)) == "마케팅 수신 동의 없음"
    assert dialog.preview.toPlainText().startswith("(광고)토이구독 마포점\n이서연님")
    assert dialog.preview.toPlainText().endswith("무료수신거부 080-123-4567")
    assert dialog.length.text() == "139바이트: 90바이트를 넘어 장문(LMS)"
    dialog.path.setFocus()
    _press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(str(tmp_path / "birthdays.csv"))
    QTest.qWait(50)  # the layout follows the texts that changed
    dialog.grab().save(str(screenshots / "message-lists-birthdays.png"))
    _press(Qt.Key.Key_Return)  # Enter never exports (a scanner ends every scan with it)
    assert dialog.isVisible()
    _press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    lines = list(csv.reader((tmp_path / "birthdays.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    assert lines[0] == ["이름", "휴대폰번호", "메시지"]
    assert [(name, number) for name, number, _message in lines[1:]] == [("이서연", "010-2222-3333")]
    message = lines[1][2]
    assert message.startswith("(광고)토이구독 마포점\n")
    assert message.endswith("\n02-123-4567\n무료수신거부 080-123-4567")
    with counter.db.reading() as session:
        logged = session.execute(select(ContactLogEntry.customer_id, ContactLogEntry.kind)).tuples().all()
    assert logged == [(shop_with_families["agreed"], "message")]


def test_a_night_time_send_is_refused_beside_the_send_time_and_nothing_is_written(
    qtbot: QtBot, counter: Counter, shop_with_families: dict[str, int], tmp_path: Path
) -> None:
    dialog = MessageListsDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind)
    _press(Qt.Key.Key_Tab)
    _press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type("5")
    _press(Qt.Key.Key_Tab)  # the send day (tomorrow)
    _press(Qt.Key.Key_Tab)  # the send time
    assert QApplication.focusWidget() is dialog.send_time
    _type("2230")
    assert dialog.send_time.time().toString("HH:mm") == "22:30"
    qtbot.waitUntil(lambda: dialog.excluded_model.rowCount() == 2)
    assert dialog.excluded_model.data(dialog.excluded_model.index(1, 1)) == "야간: 야간 수신 동의 없음"
    dialog.path.setFocus()
    _press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(str(tmp_path / "night.csv"))
    _press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "야간 수신에 따로 동의" in dialog.errors.message_for("send_at")
    assert not (tmp_path / "night.csv").exists()


def test_the_opt_out_number_is_typed_in_shop_details_and_only_an_080_number_is_taken(
    qtbot: QtBot, counter: Counter
) -> None:
    enter_shop_details(counter.db)
    dialog = ShopDetailsDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.opt_out_number.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.opt_out_number)
    _type("02-123-4567")
    _press(Qt.Key.Key_Tab)
    _press(Qt.Key.Key_Space)  # recent customers never asked may receive advertising
    _press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "080" in dialog.errors.message_for("opt_out_number")  # beside the field, in Korean
    assert dialog.opt_out_number.text() == "02-123-4567"  # the typed text is kept
    assert (shop_settings(counter.db).opt_out_number, shop_settings(counter.db).ads_to_recent_customers) == ("", False)
    dialog.opt_out_number.setFocus()
    _press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type("0801234567")
    _press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    saved = shop_settings(counter.db)
    assert (saved.opt_out_number, saved.ads_to_recent_customers) == ("080-123-4567", True)


def test_on_the_card_a_night_consent_and_then_an_opt_out_are_recorded_and_the_next_list_follows(
    qtbot: QtBot, counter: Counter, shop_with_families: dict[str, int]
) -> None:
    customer = shop_with_families["agreed"]
    night_send = datetime(2026, 3, 2, 13, 30, tzinfo=UTC)  # 22:30 in Seoul
    at_night = ListRequest(MessageList.BIRTHDAYS, month=5, send_at=night_send)

    def edit(tick: Callable[[EditCustomerDialog], QWidget]) -> None:
        dialog = EditCustomerDialog(counter, customer_card(counter.db, customer, today=counter.today()))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        box = tick(dialog)
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
        _press(Qt.Key.Key_Space)
        _press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert not dialog.isVisible()

    assert message_list(counter.db, at_night, today=counter.today()).recipients == ()
    edit(lambda dialog: dialog.night_ads)
    assert [c.customer_id for c in message_list(counter.db, at_night, today=counter.today()).recipients] == [customer]
    edit(lambda dialog: dialog.marketing)  # the customer asks to receive no more advertising
    view = message_list(counter.db, at_night, today=counter.today())
    assert view.recipients == ()
    assert (customer, Exclusion.NO_CONSENT) in {(c.customer_id, reason) for c, reason in view.sorted.excluded}
    card = customer_card(counter.db, customer, today=counter.today())
    marketing = next(c for c in card.consents if c.kind is ConsentKind.MARKETING)
    assert (marketing.granted, marketing.method) == (False, ConsentMethod.VERBAL)
