"""After a change to a contract the counter offers its confirmation, as it does after a move (offscreen, shown)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from documents.pdf_tools import page_texts, squeezed
from support import NOW, sample_shop
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.documents import DocumentKind, document_pdf, list_documents
from toysub_desktop.services.queries.subscription_change_sheet import fee_computation
from toysub_desktop.services.subscriptions import NewSubscription, cancellation_fee, sign_up, subscription_view
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.subscription_dialogs import CancelDialog, PauseDialog
from toysub_desktop.ui.documents_dialog import DocumentsDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(counter: Counter) -> dict[str, int]:
    return sample_shop(counter.db, counter.staff.id)


def test_pausing_by_keyboard_offers_the_pause_confirmation_and_the_register_keeps_it(
    qtbot: QtBot, counter: Counter, shop: dict[str, int], tmp_path: Path
) -> None:
    new = NewSubscription(shop["customer"], shop["rental"], 24, date(2026, 3, 2), PaymentMethod.CARD, swap_weekday=2)
    subscription_id = sign_up(counter.db, staff_id=counter.staff.id, new=new, now=NOW)
    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.subscriptions
    window.tabs.setCurrentWidget(tab)
    tab.select_subscription(subscription_id)
    asked: list[str] = []
    shown: list[PdfPreviewDialog] = []

    def keep_preview(preview: PdfPreviewDialog) -> None:
        shown.append(preview)
        preview.reject()

    def accept_the_paper(box: QMessageBox) -> None:
        asked.append(box.text())
        when_modal(PdfPreviewDialog, keep_preview)
        QTest.keyClick(box, Qt.Key.Key_Return)  # Yes is the default answer

    def pause_by_keyboard(dialog: PauseDialog) -> None:
        try:
            type_the_pause(dialog)
        finally:
            if dialog.isVisible():  # typing failed: close the dialog so the test ends instead of waiting
                dialog.reject()

    def type_the_pause(dialog: PauseDialog) -> None:
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first.line)  # the dialog opens on "From"
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), "2026-04-01")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter moves on; it never saves
        assert QApplication.focusWidget() is dialog.last.line and dialog.isVisible()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), "2026-04-30")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        note = QApplication.focusWidget()
        assert note is dialog.note
        note.insert("가족 여행")  # committed by the Korean input method
        when_modal(QMessageBox, accept_the_paper)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    when_modal(PauseDialog, pause_by_keyboard)
    tab.pause()

    paused = subscription_view(counter.db, subscription_id, today=date(2026, 4, 10))
    assert paused.timeline.pauses[0].first == date(2026, 4, 1) and paused.timeline.pauses[0].last == date(2026, 4, 30)
    assert len(asked) == 1 and len(shown) == 1
    (document,) = list_documents(counter.db, subscription_id=subscription_id)
    assert document.kind is DocumentKind.SUBSCRIPTION_CHANGE and document.subject == "일시정지 (2026년 4월 1일)"
    # The paper shown is the one in the register, byte for byte, and says what was agreed.
    assert shown[0].pdf == document_pdf(counter.db, document.id)
    text = squeezed("".join(page_texts(shown[0].pdf, tmp_path, raw=True)))
    for expected in ("일시정지 확인서", "2026년 4월 1일 ~ 2026년 4월 30일 (30일)", "가족 여행", paused.contract_number):
        assert squeezed(expected) in text
    # The register names the new kind of paper.
    register = DocumentsDialog(counter, subscription_id=subscription_id, parent=window)
    qtbot.addWidget(register)
    assert register.table.item(0, 1).text() in ("Contract change confirmation", "계약 변경 확인서")


def test_the_cancellation_paper_explains_the_fee_in_the_cancel_dialog_words(
    qtbot: QtBot, counter: Counter, shop: dict[str, int]
) -> None:
    new = NewSubscription(
        shop["customer"], shop["rental_basic"], 24, date(2026, 3, 2), PaymentMethod.CARD, swap_weekday=2
    )
    subscription_id = sign_up(counter.db, staff_id=counter.staff.id, new=new, now=NOW)
    dialog = CancelDialog(counter, subscription_view(counter.db, subscription_id, today=counter.today()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.effective_on.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.effective_on.line)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), "2027-03-18")
    fee = cancellation_fee(counter.db, subscription_id, date(2027, 3, 18))
    # The screen spells dates as 2028-03-01, the paper as 2028년 3월 1일; every other word and figure is the same.
    end = fee.mandatory_end
    on_paper = [
        line.replace(f"{end.year}년 {end.month}월 {end.day}일", end.isoformat()) for line in fee_computation(fee)
    ]
    assert dialog.preview.text().splitlines() == on_paper
