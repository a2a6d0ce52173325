"""The Rentals tab at the counter: a scan finds its item, a damaged toy comes back, an unavailable item is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from rental_support import RentalShop, rental_shop
from support import NOW
from toysub_desktop.db.engine import Database
from toysub_desktop.db.models import ItemEvent, Loan
from toysub_desktop.domain.rentals import ChargeKind, ReturnCondition
from toysub_desktop.domain.toys import ItemState
from toysub_desktop.services.rentals import customer_rentals, lend, send_for_work
from toysub_desktop.services.toys import find_item
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.rental_dialogs import LendDialog, ReturnDialog
from toysub_desktop.ui.item_list_model import ItemListModel
from toysub_desktop.ui.rentals_tab import RentalsTab


@pytest.fixture
def shop(db: Database, owner_id: int) -> RentalShop:
    return rental_shop(db, owner_id)


def count(db: Database, model: type[object]) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_scan_in_the_rentals_tab_selects_the_item_and_shows_who_has_it(
    qtbot: QtBot, counter: Counter, shop: RentalShop
) -> None:
    blocks = shop.barcodes["blocks"][1]
    lend(db := counter.db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, barcodes=[blocks],
         now=NOW)  # fmt: skip
    tab = RentalsTab(counter)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model.rowCount() == 6
    qtbot.keyClicks(tab.scan, blocks)
    qtbot.keyClick(tab.scan, Qt.Key.Key_Return)
    assert tab.panel.view is not None and tab.panel.view.barcode == blocks
    assert tab.panel.state.text() == "대여 중"
    assert "김하늘 (김민수" in tab.panel.loan.text()
    assert tab.actions_["show_customer"].isEnabled() and not tab.actions_["finish"].isEnabled()
    # A toy's 초성 lists its items.
    tab.scan.setText("ㅁㄹㄷ")
    tab.scan_entered()
    assert {tab.model.row_at(r).toy_name for r in range(tab.model.rowCount())} == {"멜로디 피아노"}  # type: ignore[union-attr]
    assert count(db, Loan) == 1


def test_the_rentals_tab_offers_the_steps_the_domain_allows_for_the_scanned_item(
    qtbot: QtBot, counter: Counter, shop: RentalShop
) -> None:
    lent, in_cleaning, on_shelf = shop.barcodes["piano"][0], shop.barcodes["piano"][1], shop.barcodes["blocks"][0]
    lend(counter.db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, barcodes=[lent], now=NOW)
    found = find_item(counter.db, in_cleaning)
    assert found is not None
    send_for_work(counter.db, staff_id=shop.owner, item_id=found.id, target=ItemState.CLEANING, now=NOW)
    tab = RentalsTab(counter)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.scan)
    keys = ("finish", "to_cleaning", "to_repair", "retire")
    offered = {}
    for barcode in (lent, in_cleaning, on_shelf):
        QTest.keyClicks(QApplication.focusWidget(), barcode)  # as the scanner types it, then Enter
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert tab.panel.view is not None and tab.panel.view.barcode == barcode
        offered[barcode] = {key for key in keys if tab.actions_[key].isEnabled()}
    # On loan: nothing but its return (the Return button is always there for a scan).
    assert offered[lent] == set()
    assert offered[in_cleaning] == {"finish", "to_repair", "retire"}
    assert offered[on_shelf] == {"to_cleaning", "to_repair", "retire"}


def test_receiving_a_rental_return_with_a_damaged_toy(qtbot: QtBot, counter: Counter, shop: RentalShop) -> None:
    blocks = shop.barcodes["blocks"][0]
    lend(counter.db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, barcodes=[blocks], now=NOW)
    returned_at = NOW + timedelta(days=17)  # three days late
    counter.now = lambda: returned_at
    dialog = ReturnDialog(counter)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.returns.scan, blocks)
    qtbot.keyClick(dialog.returns.scan, Qt.Key.Key_Return)
    assert dialog.returns.table.rowCount() == 1
    assert dialog.returns.table.item(0, 1).text() == "김하늘 (김민수)"
    dialog.returns.condition_box(0).set_value(ReturnCondition.DAMAGED)
    # The fee is shown before saving: 30 % of 89,000원, and 3 days × 500원 late.
    total = dialog.returns.total.text()
    assert "26,700원" in total and "1,500원" in total and "28,200원" in total
    assert dialog.returns.table.item(0, ReturnDialogColumns.NEXT).text() == "수리 중"
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    found = find_item(counter.db, blocks)
    assert found is not None and found.state is ItemState.REPAIR
    charges = customer_rentals(counter.db, shop.customer).charges
    assert sorted((c.kind, c.amount) for c in charges) == [(ChargeKind.DAMAGED, 26_700), (ChargeKind.LATE, 1_500)]


def test_lending_an_item_in_cleaning_is_refused_beside_the_field_and_nothing_is_written(
    qtbot: QtBot, counter: Counter, shop: RentalShop
) -> None:
    piano = shop.barcodes["piano"][0]
    found = find_item(counter.db, piano)
    assert found is not None
    send_for_work(counter.db, staff_id=shop.owner, item_id=found.id, target=ItemState.CLEANING, now=NOW)
    loans, events = count(counter.db, Loan), count(counter.db, ItemEvent)
    dialog = LendDialog(counter, customer_id=shop.customer)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.scans.scan, piano)
    qtbot.keyClick(dialog.scans.scan, Qt.Key.Key_Return)
    assert "세척 중" in dialog.errors.message_for("barcode")  # said at once
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    message = dialog.errors.message_for("barcode")
    assert "멜로디 피아노" in message and "세척" in message
    assert (count(counter.db, Loan), count(counter.db, ItemEvent)) == (loans, events)


def test_the_item_list_is_a_well_behaved_qt_model(qtmodeltester, counter: Counter, shop: RentalShop) -> None:  # type: ignore[no-untyped-def]
    model = ItemListModel(counter)
    model.set_search("", model.which)
    assert model.rowCount() == 6
    qtmodeltester.check(model)


class ReturnDialogColumns:
    NEXT = 7
