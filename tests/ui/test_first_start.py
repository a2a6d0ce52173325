"""The first start on an empty database, through the shown wizard and the keyboard alone: the shop's details, the
owner's PIN, a starter catalogue or plans later, the recovery code; then the counter opens signed in to the owner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from screen_support import clipped_labels, off_screen, overlapping_messages, save_picture, settle_layout
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.plans import PlanKind
from toysub_desktop.folders import Folders
from toysub_desktop.services.plans import list_plans
from toysub_desktop.services.shop import is_set_up, shop_settings
from toysub_desktop.services.staff import recover_owner_pin, sign_in
from toysub_desktop.ui import startup
from toysub_desktop.ui.first_start import DONE_PAGE, PIN_PAGE, PLANS_PAGE, SHOP_PAGE, FirstStartWizard
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.sign_in import RecoveryCodeView

pytestmark = pytest.mark.gui

PIN = "482913"
#: A registration number whose check digit is right, and the same with its last digit mistyped.
GOOD_NUMBER, BAD_NUMBER = "2208162517", "2208162518"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no field has the keyboard"
    return widget


def type_text(text: str) -> None:
    """Type into the focused field: ASCII as keys, Hangul as the input method commits it."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(focused(), char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(focused(), event)


def key(which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), which, modifier)


def alt(letter: Qt.Key) -> None:
    """Alt and an underlined letter; a button pressed this way clicks a moment later (it shows itself pressed)."""
    key(letter, Qt.KeyboardModifier.AltModifier)
    QTest.qWait(250)


def tab_then_type(text: str) -> None:
    key(Qt.Key.Key_Tab)
    type_text(text)


def look(wizard: FirstStartWizard, screenshots: Path, name: str) -> None:
    settle_layout(wizard)
    save_picture(wizard, screenshots, f"first-start-{name}")
    assert off_screen(wizard) + clipped_labels(wizard) + overlapping_messages(wizard) == []


def on_page(qtbot: QtBot, wizard: FirstStartWizard, page: int) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page and QApplication.focusWidget() is not None)


def drive(qtbot: QtBot, steps: Callable[[FirstStartWizard], None]) -> Callable[[FirstStartWizard], int]:
    """Stands in for the wizard's modal loop: shows it as exec() would, and types *steps* into it."""

    def shown(wizard: FirstStartWizard) -> int:
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        on_page(qtbot, wizard, SHOP_PAGE)
        steps(wizard)
        return int(wizard.result())

    return shown


def start(
    folders: Folders, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, steps: Callable[[FirstStartWizard], None]
) -> tuple[startup.CounterHost, int | None]:
    """The program started on an empty database, the wizard typed into by *steps*."""
    monkeypatch.setattr(FirstStartWizard, "exec", drive(qtbot, steps))
    host = startup.CounterHost(sqlite_file(folders.data / "toysub.sqlite3"), demo=False, folders=folders)
    return host, host.open(backups_after_ms=60_000)


@pytest.fixture
def folders(tmp_path: Path) -> Folders:
    return Folders(data=tmp_path / "data", backups=tmp_path / "data" / "backups", logs=tmp_path / "logs")


def test_a_new_shop_is_set_up_by_keyboard_and_the_counter_opens_signed_in_to_the_owner(
    qtbot: QtBot, folders: Folders, monkeypatch: pytest.MonkeyPatch, screenshots: Path
) -> None:
    seen: dict[str, str] = {}

    def steps(wizard: FirstStartWizard) -> None:
        assert focused() is wizard.shop_page.name
        type_text("토이구독 마포점")
        tab_then_type("박지영")
        tab_then_type(GOOD_NUMBER)
        tab_then_type("서울특별시 마포구 월드컵로 12, 1층")
        tab_then_type("02-336-1234")
        tab_then_type("hello@toysub.kr")
        look(wizard, screenshots, "1-shop")
        key(Qt.Key.Key_Return)
        on_page(qtbot, wizard, PIN_PAGE)
        assert focused() is wizard.pin_page.pin
        type_text(PIN)
        tab_then_type(PIN)
        look(wizard, screenshots, "2-pin")
        key(Qt.Key.Key_Return)
        on_page(qtbot, wizard, PLANS_PAGE)
        # The starter plans are chosen; the rental's fee is changed to the shop's own.
        assert focused() is wizard.plans_page.starter
        for _ in range(3):
            key(Qt.Key.Key_Tab)
        assert focused() is wizard.plans_page.rows[1].name
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("45,000")
        look(wizard, screenshots, "3-plans")
        key(Qt.Key.Key_Return)  # Enter does not create the shop: that is the page's button
        assert wizard.currentId() == PLANS_PAGE and not is_set_up(wizard.db)
        alt(Qt.Key.Key_O)
        on_page(qtbot, wizard, DONE_PAGE)
        assert wizard.done_page.recovery is not None
        seen["code"] = wizard.done_page.recovery.code_label.text()
        assert wizard.outcome is not None and seen["code"] == wizard.outcome.recovery_code
        assert "사업자등록번호" not in wizard.done_page.to_do.text()  # every detail was entered
        look(wizard, screenshots, "4-done")
        key(Qt.Key.Key_Return)

    host, code = start(folders, monkeypatch, qtbot, steps)
    assert code is None
    window = host.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    db = window.counter.db
    # Signed in to the owner: no sign-in screen over the counter.
    assert (window.counter.staff.name, window.counter.staff.role) == ("박지영", StaffRole.OWNER)
    assert window.counter_lock.dialog is None and not window.counter_lock.locked
    assert "토이구독 마포점" in window.windowTitle()
    shop = shop_settings(db)
    assert (shop.name, shop.business_number, shop.address, shop.phone, shop.email) == (
        "토이구독 마포점",
        "220-81-62517",
        "서울특별시 마포구 월드컵로 12, 1층",
        "02-336-1234",
        "hello@toysub.kr",
    )
    plans = {p.details.kind: p for p in list_plans(db, today=window.counter.today())}
    assert set(plans) == {PlanKind.BOX, PlanKind.RENTAL, PlanKind.UNLIMITED}
    rental = plans[PlanKind.RENTAL]
    assert rental.price is not None and rental.price.monthly_price == 45_000
    assert rental.details.deposit == 50_000
    # The PIN typed is the owner's from now on, and the code shown sets a new one.
    assert sign_in(db, staff_id=window.counter.staff.id, pin=PIN).name == "박지영"
    recovered = recover_owner_pin(
        db, staff_id=window.counter.staff.id, recovery_code=seen["code"], pin="135790", repeated_pin="135790"
    )
    assert recovered.member.role is StaffRole.OWNER
    host.shutdown()
    db.dispose()


def test_only_the_name_and_the_owner_are_needed_and_plans_can_come_later(
    qtbot: QtBot, folders: Folders, monkeypatch: pytest.MonkeyPatch, screenshots: Path
) -> None:
    printed: list[str] = []
    monkeypatch.setattr(RecoveryCodeView, "print_code", lambda view: printed.append(view.code))

    def steps(wizard: FirstStartWizard) -> None:
        type_text("토이구독 합정점")
        tab_then_type("최유진")
        key(Qt.Key.Key_Return)
        on_page(qtbot, wizard, PIN_PAGE)
        type_text("2468")
        tab_then_type("2469")
        key(Qt.Key.Key_Return)
        # Two different PINs: refused beside the repeated one, nothing written.
        assert wizard.currentId() == PIN_PAGE
        assert wizard.pin_page.errors.message_for("repeated_pin") == "두 PIN이 같지 않습니다."
        assert focused() is wizard.pin_page.repeat_pin
        look(wizard, screenshots, "2-pins-differ")
        type_text("2468")
        key(Qt.Key.Key_Return)
        on_page(qtbot, wizard, PLANS_PAGE)
        alt(Qt.Key.Key_L)
        assert wizard.plans_page.later.isChecked()
        assert not wizard.plans_page.rows[0].price.isEnabled()
        assert "아직 없습니다" in wizard.plans_page.not_built.text() and wizard.plans_page.not_built.isVisible()
        look(wizard, screenshots, "3-plans-later")
        alt(Qt.Key.Key_O)
        on_page(qtbot, wizard, DONE_PAGE)
        to_do = wizard.done_page.to_do
        assert to_do.isVisible() and "사업자등록번호, 주소, 전화번호" in to_do.text()
        assert "아직 요금제가 없습니다" in wizard.done_page.summary.text()
        look(wizard, screenshots, "4-done-details-later")
        alt(Qt.Key.Key_P)  # the code goes to the printer (the system's print dialog stands in here)
        assert wizard.outcome is not None and printed == [wizard.outcome.recovery_code]
        assert wizard.currentId() == DONE_PAGE
        alt(Qt.Key.Key_F)

    host, code = start(folders, monkeypatch, qtbot, steps)
    assert code is None and host.window is not None
    window = host.window
    qtbot.addWidget(window)
    db = window.counter.db
    assert window.counter.staff.name == "최유진" and not window.counter_lock.locked
    shop = shop_settings(db)
    assert (shop.name, shop.business_number, shop.address, shop.phone, shop.email) == (
        "토이구독 합정점",
        "",
        "",
        "",
        "",
    )
    assert list_plans(db) == []
    assert sign_in(db, staff_id=window.counter.staff.id, pin="2468").name == "최유진"
    host.shutdown()
    db.dispose()


def test_a_mistyped_registration_number_is_refused_beside_it_and_the_typing_is_kept(
    qtbot: QtBot, folders: Folders, monkeypatch: pytest.MonkeyPatch, screenshots: Path
) -> None:
    def steps(wizard: FirstStartWizard) -> None:
        page = wizard.shop_page
        type_text("토이구독 마포점")
        tab_then_type("박지영")
        tab_then_type(BAD_NUMBER)
        key(Qt.Key.Key_Return)
        assert wizard.currentId() == SHOP_PAGE
        assert page.errors.message_for("business_number").startswith("올바른 사업자등록번호가 아닙니다")
        assert page.business_number.text() == BAD_NUMBER and page.name.text() == "토이구독 마포점"
        assert focused() is page.business_number
        assert not is_set_up(wizard.db)
        look(wizard, screenshots, "1-shop-bad-number")
        key(Qt.Key.Key_Backspace)
        type_text("7")
        assert page.errors.message_for("business_number") == ""  # the message goes when the field is edited
        key(Qt.Key.Key_Return)
        on_page(qtbot, wizard, PIN_PAGE)
        # Cancelled before the shop was opened: nothing was written and the program leaves quietly.
        wizard.reject()

    host, code = start(folders, monkeypatch, qtbot, steps)
    assert code == startup.EXIT_CANCELLED and host.window is None


def test_a_fee_that_cannot_be_read_is_refused_beside_its_plan_with_nothing_written(
    qtbot: QtBot, folders: Folders, monkeypatch: pytest.MonkeyPatch, screenshots: Path
) -> None:
    def steps(wizard: FirstStartWizard) -> None:
        type_text("토이구독 마포점")
        tab_then_type("박지영")
        key(Qt.Key.Key_Return)
        on_page(qtbot, wizard, PIN_PAGE)
        type_text(PIN)
        tab_then_type(PIN)
        key(Qt.Key.Key_Return)
        on_page(qtbot, wizard, PLANS_PAGE)
        price = wizard.plans_page.rows[2].price
        price.setFocus()
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("오만")
        alt(Qt.Key.Key_O)
        assert wizard.currentId() == PLANS_PAGE and not is_set_up(wizard.db)
        assert "원 단위 숫자" in wizard.plans_page.errors.message_for("plans[2].monthly_price")
        assert focused() is price and price.text() == "오만"
        look(wizard, screenshots, "3-plans-bad-fee")
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("55000")
        alt(Qt.Key.Key_O)
        on_page(qtbot, wizard, DONE_PAGE)
        key(Qt.Key.Key_Escape)  # the shop is open: closing the last page opens the counter all the same

    host, code = start(folders, monkeypatch, qtbot, steps)
    assert code is None and host.window is not None
    qtbot.addWidget(host.window)
    fees = sorted(p.price.monthly_price for p in list_plans(host.window.counter.db) if p.price is not None)
    assert fees == [39_000, 49_000, 55_000]
    host.shutdown()
    host.window.counter.db.dispose()


def test_alt_b_goes_back_a_page_keeping_what_was_typed(qtbot: QtBot, db: Database) -> None:
    wizard = FirstStartWizard(db)
    drive(qtbot, lambda w: None)(wizard)
    type_text("토이구독")
    tab_then_type("박지영")
    alt(Qt.Key.Key_N)
    on_page(qtbot, wizard, PIN_PAGE)
    alt(Qt.Key.Key_B)
    on_page(qtbot, wizard, SHOP_PAGE)
    assert wizard.shop_page.name.text() == "토이구독" and wizard.shop_page.owner_name.text() == "박지영"
    assert isinstance(focused(), QLineEdit | QRadioButton)
    wizard.reject()
    assert wizard.result() == QDialog.DialogCode.Rejected and not is_set_up(db)
