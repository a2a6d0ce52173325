"""Membership tiers in the shown main window, by keyboard: 회원·분석 → 회원 등급 opens the settings; letters typed as
a discount are refused beside the field with nothing written; two tiers are saved; the customer's card then shows
their tier, what it rests on and how far the next tier is."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from keyboard import save_by_keyboard, type_text
from rental_support import rental_shop
from screen_support import mnemonic_of
from support import NOW, sample_shop
from toysub_desktop.domain.ledger import PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.tiers import MembershipTier, TierBasis, TierInput, TierRules
from toysub_desktop.domain.toys import ItemState
from toysub_desktop.services.ledger import NewPayment, take_payment
from toysub_desktop.services.rentals import reserve, send_for_work
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.services.tiers import tier_settings, update_tiers
from toysub_desktop.services.toys import find_item
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.customer_list_model import TIER
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.rentals_tab import RentalsTab
from toysub_desktop.ui.tiers import TierSettingsDialog
from ui.modal_windows import when_modal

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),  # the offscreen menu
]

TODAY = date(2026, 4, 20)


@pytest.fixture
def window(qtbot: QtBot, counter: Counter) -> MainWindow:
    ids = sample_shop(counter.db, counter.staff.id)
    # 김민수: a rental from 2 March, one whole month on 20 April.
    rental = NewSubscription(
        ids["customer"], ids["rental"], 24, date(2026, 3, 2), PaymentMethod.AUTO_DEBIT, swap_weekday=2
    )
    sign_up(counter.db, staff_id=counter.staff.id, new=rental, now=NOW)
    counter.now = lambda: datetime(TODAY.year, TODAY.month, TODAY.day, 1, 0, tzinfo=UTC)
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifier)


def test_two_tiers_defined_by_keyboard_show_on_the_customers_card(
    window: MainWindow, counter: Counter, qtbot: QtBot, screenshots: Path
) -> None:
    messages: list[str] = []
    failed: list[BaseException] = []

    def fill(dialog: TierSettingsDialog) -> None:
        try:
            steps(dialog)
        except BaseException as error:  # close the dialog so the test ends and says why
            failed.append(error)
            dialog.reject()

    def steps(dialog: TierSettingsDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.rows[0].name)
        type_text("새싹")
        press(Qt.Key.Key_Tab)
        type_text("0")
        press(Qt.Key.Key_Tab)
        type_text("0")
        press(Qt.Key.Key_Tab)  # 우선 예약: left off
        press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.rows[1].name
        type_text("나무")
        press(Qt.Key.Key_Tab)
        type_text("3개월")
        press(Qt.Key.Key_Tab)
        type_text("오")  # a letter where the percent goes
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Space)  # priority reservations on
        qtbot.waitUntil(dialog.rows[1].priority.isChecked)
        press(Qt.Key.Key_Return)  # Enter never saves
        assert dialog.isVisible()
        save_by_keyboard()
        messages.append(dialog.errors.message_for("tiers[1].discount_percent"))
        assert dialog.isVisible() and dialog.rows[1].percent.text() == "오"  # what was typed stays
        assert tier_settings(counter.db).rules == TierRules()  # nothing written
        dialog.grab().save(str(screenshots / "tiers-refused.png"))
        assert QApplication.focusWidget() is dialog.rows[1].percent  # the cursor waits in the field refused
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("5")
        dialog.grab().save(str(screenshots / "tiers-filled.png"))
        save_by_keyboard()

    when_modal(TierSettingsDialog, fill)
    title = next(a.text() for a in window.menuBar().actions() if a.menu() is not None and "회원·분석" in a.text())
    letter = mnemonic_of(title)
    assert letter is not None
    QTest.keyClick(window, Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)  # 회원·분석
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    QTest.keyClick(popup, Qt.Key.Key_T)  # 회원 등급(&T)…
    qtbot.waitUntil(lambda: bool(failed) or bool(tier_settings(counter.db).rules.tiers), timeout=10_000)
    assert not failed, repr(failed)
    assert "정수" in messages[0] and "퍼센트" in messages[0]
    assert tier_settings(counter.db).rules == TierRules(
        TierBasis.TENURE, (MembershipTier("새싹", 0, 0), MembershipTier("나무", 3, 5, priority_reservations=True))
    )
    # The list shows each customer's tier, read with its page.
    assert window.model.data(window.model.index(0, TIER)) == "새싹"
    window.list.setFocus()
    window.list.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.card is not None and window.panel.tier.isVisible())
    assert window.panel.tier.text() == "회원 등급: 새싹 (혜택 없음) · 1개월 이용 · 다음 등급 나무까지 2개월"
    window.grab().save(str(screenshots / "tier-on-card.png"))


def test_the_toy_queue_shows_who_has_priority_first_when_the_item_is_scanned(
    qtbot: QtBot, counter: Counter, screenshots: Path
) -> None:
    shop = rental_shop(counter.db, counter.staff.id)
    owner = counter.staff.id
    kitchen = shop.barcodes["kitchen"][0]  # the only copy, in repair while two children wait for it
    item = find_item(counter.db, kitchen)
    assert item is not None
    send_for_work(counter.db, staff_id=owner, item_id=item.id, target=ItemState.REPAIR, note="문짝 흔들림", now=NOW)
    for customer, child in ((shop.customer, shop.child), (shop.other, shop.other_child)):
        reserve(counter.db, staff_id=owner, customer_id=customer, child_id=child, toy_id=shop.toys["kitchen"], now=NOW)
    update_tiers(
        counter.db, by_staff_id=owner, basis=TierBasis.SPEND, rows=(TierInput("VIP", "10,000", "0", True),),
        expected_version=tier_settings(counter.db).version, now=NOW,
    )  # fmt: skip
    payment = NewPayment(shop.other, 30_000, PaymentMeans.CASH, keep_credit=True)
    take_payment(counter.db, staff_id=owner, payment=payment, now=NOW)
    tab = RentalsTab(counter)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.focus_scan()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.scan)
    QTest.keyClicks(QApplication.focusWidget(), kitchen)  # a scanner: the digits, then Enter
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.panel.view is not None and tab.panel.queue.rowCount() == 2)
    rows = [
        [tab.panel.queue.item(row, column).text() for column in (0, 3)]  # type: ignore[union-attr]
        for row in range(tab.panel.queue.rowCount())
    ]
    assert rows == [["이도윤", "1 · 우선"], ["김하늘", "2"]]  # 이서준's child first: their tier gives priority
    tab.grab().save(str(screenshots / "queue-priority.png"))
