"""Deliveries through the real widgets (offscreen): the tab schedules a month ahead, a day's deliveries are chosen,
packed and shipped by keyboard, a bad tracking number is refused beside the table, and the address dialog shows
which deliveries a move reaches before it is saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from documents.pdf_tools import page_texts, squeezed
from support import NEW_HOME, NOW, sample_shop
from toysub_desktop.db.models import Shop
from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.contacts import record_move
from toysub_desktop.services.customers import customer_card
from toysub_desktop.services.deliveries import DeliveryFilter, list_deliveries
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.deliveries_tab import DeliveriesTab
from toysub_desktop.ui.delivery_list_model import DeliveryListModel
from toysub_desktop.ui.delivery_printing import LabelOptionsDialog
from toysub_desktop.ui.dialogs.contact_dialogs import AddressChangeDialog
from toysub_desktop.ui.dialogs.delivery_dialogs import ReasonDialog, ShipDialog
from toysub_desktop.ui.dialogs.settings_dialogs import ShopDetailsDialog
from toysub_desktop.ui.holds_dialog import HoldsDialog, ReleaseHoldDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui

S = DeliveryState
TODAY = date(2026, 3, 2)  # NOW in Seoul, a Monday


@pytest.fixture
def shop(counter: Counter) -> dict[str, int]:
    ids = sample_shop(counter.db, counter.staff.id)
    # Swaps every second Wednesday from 4 March; a box on the 4th of each month from April.
    ids["swaps"] = sign_up(
        counter.db,
        staff_id=counter.staff.id,
        new=NewSubscription(ids["customer"], ids["rental"], 24, TODAY, PaymentMethod.CARD, swap_weekday=2),
        now=NOW,
    )
    ids["boxes"] = sign_up(
        counter.db,
        staff_id=counter.staff.id,
        new=NewSubscription(ids["customer"], ids["box"], 12, date(2026, 4, 1), PaymentMethod.CARD, delivery_day=4),
        now=NOW,
    )
    return ids


@pytest.fixture
def window(qtbot: QtBot, counter: Counter, shop: dict[str, int]) -> MainWindow:
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def open_tab(window: MainWindow) -> DeliveriesTab:
    window.tabs.setCurrentWidget(window.deliveries)
    return window.deliveries


def choose_first(tab: DeliveriesTab) -> None:
    """Select the first row as a click without modifier keys would (a key press of another test may linger)."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    tab.list.selectionModel().select(tab.model.index(0, 0), flags)


def states(counter: Counter) -> dict[date, DeliveryState]:
    rows = list_deliveries(counter.db, DeliveryFilter(), limit=500).rows
    return {row.scheduled_on: row.state for row in rows}


def test_opening_the_tab_schedules_a_month_ahead_and_lists_the_days_deliveries(window: MainWindow) -> None:
    assert list_deliveries(window.counter.db, DeliveryFilter()).rows == ()  # nothing before the tab is opened
    tab = open_tab(window)
    # 4 and 18 March, 1 April (swaps) and 1 April is also the box contract's start: its box comes on 4 April.
    assert sorted(states(window.counter)) == [date(2026, 3, 4), date(2026, 3, 18), date(2026, 4, 1)]
    assert "3" in tab.status.text()  # "일정을 맞췄습니다: 3건 추가…"
    tab.show_days(date(2026, 3, 2), date(2026, 3, 8))
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 2).data() == "배송 예정"
    assert "서울" in tab.model.index(0, 5).data()
    assert tab.daily["follow_up"].text().endswith("(0)")


def test_a_selection_is_packed_by_keyboard_and_shipped_with_its_tracking_numbers(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(window)
    tab.show_days(date(2026, 3, 1), date(2026, 3, 31))
    assert tab.model.rowCount() == 2
    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.chosen()) == 2
    qtbot.keyClick(tab.list, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert set(states(window.counter).values()) == {S.PACKED, S.SCHEDULED}
    assert [r.state for r in tab.chosen()] == [S.PACKED, S.PACKED]  # the selection is kept after the step
    assert "포장" in tab.status.text()
    assert "2" in window.statusBar().currentMessage() and "포장" in window.statusBar().currentMessage()
    assert tab.actions_["pack"].isEnabled() is False and tab.actions_["ship"].isEnabled()

    def fill_and_ship(dialog: ShipDialog) -> int:
        dialog.courier.setCurrentText("우체국택배")
        for row in range(dialog.table.rowCount()):
            dialog.tracking_edit(row).setText(f"6012-3456-7890{row}")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(ShipDialog, "exec", fill_and_ship)
    qtbot.keyClick(tab.list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    rows = list_deliveries(window.counter.db, DeliveryFilter(state=S.SHIPPED)).rows
    assert [(r.courier, r.tracking_number) for r in rows] == [
        ("우체국택배", "6012-3456-78900"),
        ("우체국택배", "6012-3456-78901"),
    ]
    assert tab.model.index(0, 9).data() == "6012-3456-78900"


def test_a_bad_tracking_number_is_shown_beside_the_table_and_nothing_is_shipped(
    qtbot: QtBot, counter: Counter, window: MainWindow
) -> None:
    tab = open_tab(window)
    tab.show_days(date(2026, 3, 4), date(2026, 3, 4))
    choose_first(tab)
    dialog = ShipDialog(counter, tab.chosen(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.courier.setCurrentText("CJ대한통운")
    dialog.tracking_edit(0).setText("송장#1")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "운송장 번호" in dialog.row_message.text() and dialog.tracking_edit(0).text() == "송장#1"
    assert states(counter)[date(2026, 3, 4)] is S.SCHEDULED


def test_a_step_the_selection_cannot_take_is_not_offered(window: MainWindow, qtbot: QtBot) -> None:
    tab = open_tab(window)
    tab.show_days(date(2026, 3, 4), date(2026, 3, 4))
    choose_first(tab)
    assert not tab.actions_["delivered"].isEnabled() and not tab.buttons["returned"].isEnabled()
    qtbot.keyClick(tab.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert states(window.counter)[date(2026, 3, 4)] is S.SCHEDULED


def test_a_delivery_that_came_back_goes_on_the_follow_up_list(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(window)
    tab.show_days(date(2026, 3, 4), date(2026, 3, 4))
    choose_first(tab)

    def ship_by_hand(dialog: ShipDialog) -> int:
        dialog.courier.setCurrentText("CJ대한통운")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(ShipDialog, "exec", ship_by_hand)
    tab.ship()

    def came_back(dialog: ReasonDialog) -> int:
        dialog.reason.setCurrentText("수취인 이사")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(ReasonDialog, "exec", came_back)
    tab.returned()
    assert states(window.counter)[date(2026, 3, 4)] is S.RETURNED
    assert tab.daily["follow_up"].text().endswith("(1)")
    tab.show_follow_up()
    assert tab.model.rowCount() == 1 and tab.model.index(0, 10).data()
    choose_first(tab)
    assert "수취인 이사" in " ".join(tab.panel.events.item(r, 3).text() for r in range(tab.panel.events.rowCount()))


def test_the_address_dialog_shows_which_deliveries_a_move_reaches_before_it_is_saved(
    qtbot: QtBot, counter: Counter, shop: dict[str, int], window: MainWindow
) -> None:
    open_tab(window)
    card = customer_card(counter.db, shop["customer"], today=counter.today())
    dialog = AddressChangeDialog(counter, card, window)
    qtbot.addWidget(dialog)
    dialog.effective_from.set_date(date(2026, 3, 10))
    assert dialog.affected.lines[0].startswith("2026-03-18")
    assert len(dialog.affected.lines) == 2 and "새 주소" in dialog.affected.text.text()
    dialog.effective_from.set_date(date(2026, 4, 2))
    assert dialog.affected.lines == []
    assert "없습니다" in dialog.affected.text.text()


def test_the_delivery_list_model_is_a_well_behaved_qt_model(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(window)
    tab.show_days(date(2026, 3, 1), date(2026, 4, 30))
    assert isinstance(tab.model, DeliveryListModel) and tab.model.rowCount() == 3
    qtmodeltester.check(tab.model)


def test_a_box_back_because_the_customer_moved_holds_their_deliveries_until_the_new_address(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, shop: dict[str, int]
) -> None:
    tab = open_tab(window)
    tab.show_days(date(2026, 3, 4), date(2026, 3, 4))
    choose_first(tab)
    monkeypatch.setattr(ShipDialog, "exec", lambda d: (d.courier.setCurrentText("CJ대한통운"), d.save(), d.result())[2])

    def moved(dialog: ReasonDialog) -> int:
        dialog.reason.setCurrentText("수취인 이사")  # the Korean "addressee moved" ticks the hold by itself
        assert dialog.customer_moved.isChecked()
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(ReasonDialog, "exec", moved)
    tab.ship()
    tab.returned()
    assert tab.daily["holds"].text().endswith("(1)")
    tab.show_days(date(2026, 3, 18), date(2026, 3, 18))
    choose_first(tab)
    assert tab.model.index(0, 10).data().startswith("보류")
    assert not tab.actions_["pack"].isEnabled() and not tab.buttons["ship"].isEnabled()

    opened: list[int] = []
    tab.customerChosen.connect(opened.append)

    def look_and_open(dialog: HoldsDialog) -> int:
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "김민수"
        details = dialog.details.text()
        assert "이사" in details and "010-1234-5678" in details and "minsu.kim@example.com" in details
        dialog.open_customer.click()
        return int(dialog.result())

    monkeypatch.setattr(HoldsDialog, "exec", look_and_open)
    qtbot.mouseClick(tab.daily["holds"], Qt.MouseButton.LeftButton)
    assert opened == [shop["customer"]]
    assert window.tabs.currentIndex() == 0  # the customer tab, to record the new address

    def release(dialog: ReleaseHoldDialog) -> int:
        dialog.note.setText("배우자와 통화: 주소 그대로")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(ReleaseHoldDialog, "exec", release)
    holds = HoldsDialog(window.counter, window)
    qtbot.addWidget(holds)
    holds.release.click()
    assert holds.table.rowCount() == 0
    tab.refresh()
    assert tab.daily["holds"].text().endswith("(0)")
    assert tab.actions_["pack"].isEnabled()


def test_labels_for_a_day_after_a_move_mid_month_carry_the_new_address(
    window: MainWindow, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The story the shop asked for: the customer moved on the 10th; the swap of the 18th goes to the new house."""
    record_move(
        window.counter.db,
        staff_id=window.counter.staff.id,
        customer_id=shop["customer"],
        expected_version=None,
        address=NEW_HOME,
        effective_from=date(2026, 3, 10),
        now=NOW,
    )
    tab = open_tab(window)
    tab.show_days(date(2026, 3, 18), date(2026, 3, 18))
    assert "판교역로" in tab.model.index(0, 6).data()

    def second_label(dialog: LabelOptionsDialog) -> int:
        dialog.start.setValue(2)  # the first label of the sheet was used yesterday
        dialog.save()
        return int(dialog.result())

    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(LabelOptionsDialog, "exec", second_label)
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    tab.print_labels()
    tab.print_manifest()
    labels, manifest = (squeezed(page_texts(d.pdf, tmp_path)[0]) for d in shown)
    assert "판교역로166" in labels and "월드컵북로" not in labels and "김민수" in labels
    assert "판교역로166" in manifest and "TS-2026-00001" in manifest
    assert shown[0].file_name.startswith("주소 라벨 2026-03-18")


def test_labels_wait_for_the_sender_and_the_clerk_is_taken_to_the_shop_details(
    window: MainWindow, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path
) -> None:
    with window.counter.db.writing() as session:
        session.execute(update(Shop).values(phone=""))
    tab = open_tab(window)
    tab.show_days(date(2026, 3, 18), date(2026, 3, 18))
    told: list[str] = []

    def enter_phone(dialog: ShopDetailsDialog) -> None:
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.phone)  # the missing detail
        QTest.keyClicks(QApplication.focusWidget(), "021234567")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    def answer(box: QMessageBox) -> None:
        told.append(box.text())
        when_modal(ShopDetailsDialog, enter_phone)
        next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole).click()

    def print_from(dialog: LabelOptionsDialog) -> int:
        when_modal(QMessageBox, answer)
        dialog.save()
        return int(dialog.result())

    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(LabelOptionsDialog, "exec", print_from)
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    tab.print_labels()
    assert "전화번호" in told[0]
    (labels,) = shown
    qtbot.addWidget(labels)
    assert "02-123-4567" in squeezed(page_texts(labels.pdf, tmp_path)[0])
