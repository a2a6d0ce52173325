"""일마감 in the shown main window, by keyboard: the Money menu's daily close shows the day's money per staff member
and method and what the drawer should hold; bad cash is said beside its field with nothing written; a difference
needs its reason; Ctrl+Enter closes the day, the record stays on screen read-only and prints; and the counter can
no longer take a payment dated on the closed day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from documents.pdf_tools import page_texts
from keyboard import save_by_keyboard, type_text
from screen_support import clipped_labels, off_screen, repeated_mnemonics, settle_layout
from support import NOW, sample_shop
from toysub_desktop.db.models import DayClose, LedgerEntry
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.ledger import EntryKind, PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services import shop
from toysub_desktop.services.day_close import day_close_view
from toysub_desktop.services.ledger import NewPayment, take_payment
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.day_close_dialog import DayCloseDialog
from toysub_desktop.ui.dialogs.payment_dialog import PaymentDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui

D = TypeVar("D", bound=QWidget)
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
TODAY = date(2026, 3, 2)


@pytest.fixture
def window(qtbot: QtBot, counter: Counter) -> MainWindow:
    """A day at the counter: the owner took 29,000원 in cash, a clerk 10,000원 by card."""
    ids = sample_shop(counter.db, counter.staff.id)
    clerk = shop.add_staff(counter.db, by_staff_id=counter.staff.id, name="최유진", role=StaffRole.CLERK, now=NOW).id
    box = NewSubscription(ids["customer"], ids["box"], 12, TODAY, PaymentMethod.CARD)
    sign_up(counter.db, staff_id=counter.staff.id, new=box, now=NOW)  # the first month, 29,000원, is due today
    take_payment(
        counter.db, staff_id=counter.staff.id, payment=NewPayment(ids["customer"], 29_000, PaymentMeans.CASH), now=NOW
    )
    card = NewPayment(ids["customer"], 10_000, PaymentMeans.CARD, approval_number="30012345", keep_credit=True)
    take_payment(counter.db, staff_id=clerk, payment=card, now=NOW)
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.list.selectRow(0)
    return main


def money_menu(window: MainWindow, text: str) -> QAction:
    entries = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]
    [action] = [a for a in entries if a.text() == text]
    return action


def in_modal(qtbot: QtBot, kind: type[D], steps: Callable[[D], None], failures: list[BaseException]) -> None:
    """Run *steps* in the modal window of *kind* about to open, once it has the keyboard; a failing step closes it
    (and is kept in *failures*), so the test fails instead of waiting for ever."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, run)
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            steps(dialog)
        except BaseException as error:
            failures.append(error)
            if isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(0, run)


def table_rows(dialog: DayCloseDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() if table.item(row, column) else "" for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def closes(counter: Counter) -> int:
    with counter.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(DayClose)) or 0)


def test_the_day_is_closed_by_keyboard_printed_and_then_locked(
    window: MainWindow, counter: Counter, qtbot: QtBot, screenshots: Path, tmp_path: Path
) -> None:
    failures: list[BaseException] = []
    printed: list[bytes] = []
    seen: dict[str, str] = {}

    def close_the_day(dialog: DayCloseDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.counted)
        assert dialog.day.date() == TODAY
        assert table_rows(dialog) == [
            ["박지영", "현금", "1", "29,000원", "0원", "0원", "29,000원", "0원"],
            ["최유진", "카드", "1", "10,000원", "0원", "0원", "10,000원", "0원"],
            ["합계", "", "2", "39,000원", "0원", "0원", "39,000원", "0원"],
        ]
        assert "아직 마감하지 않았습니다" in dialog.state.text()
        assert dialog.by_means.text() == "현금 29,000원 · 카드 10,000원"
        # The float first (Shift+Tab goes back to it): the drawer should then hold the float and the cash taken.
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is dialog.opening_float
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
        QTest.keyClicks(QApplication.focusWidget(), "100000")
        assert dialog.expected.text().startswith("129,000원")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.counted
        # A letter O for a zero: said beside the field, the text kept, nothing written; Enter never saves.
        QTest.keyClicks(QApplication.focusWidget(), "12800O")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        save_by_keyboard()
        seen["counted"] = dialog.errors.message_for("counted_cash")
        assert dialog.counted.text() == "12800O" and dialog.isVisible() and closes(counter) == 0
        # 1,000원 short: the difference needs its reason.
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
        QTest.keyClicks(QApplication.focusWidget(), "128000")
        assert dialog.difference.text() == "-1,000원"
        save_by_keyboard()
        seen["reason"] = dialog.errors.message_for("reason")
        assert closes(counter) == 0
        assert QApplication.focusWidget() is dialog.reason  # the message puts the cursor where it is needed
        type_text("거스름돈 착오")
        dialog.grab().save(str(screenshots / "day-close-before.png"))
        save_by_keyboard()
        # Closed: the window stays with the record, read-only, ready to print.
        assert dialog.isVisible() and dialog.closed_id is not None
        assert "마감했습니다" in dialog.state.text() and "박지영" in dialog.state.text()
        assert dialog.counted.isReadOnly() and not dialog.save_button.isEnabled()
        assert QApplication.focusWidget() is dialog.print_button
        settle_layout(dialog)  # the layout settles before the picture
        dialog.grab().save(str(screenshots / "day-close-closed.png"))
        seen["problems"] = "; ".join(clipped_labels(dialog) + off_screen(dialog) + repeated_mnemonics(dialog))
        when_modal(PdfPreviewDialog, lambda preview: (printed.append(preview.pdf), preview.reject()))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, ALT)
        qtbot.waitUntil(lambda: bool(printed))
        dialog.activateWindow()  # back from the preview (the window manager's part, which offscreen does not play)
        qtbot.waitUntil(dialog.isActiveWindow)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    in_modal(qtbot, DayCloseDialog, close_the_day, failures)
    money_menu(window, "일마감(&D)…").trigger()
    if failures:
        raise failures[0]
    assert "39,000" in seen["counted"]  # "enter the amount as a whole number of won, e.g. 39,000"
    assert "1,000원" in seen["reason"] and "사유" in seen["reason"]
    assert seen["problems"] == ""
    record = day_close_view(counter.db, TODAY).close
    assert record is not None
    assert (record.opening_float, record.expected_cash, record.counted_cash) == (100_000, 129_000, 128_000)
    assert (record.reason, record.closed_by) == ("거스름돈 착오", "박지영")
    text = " ".join("\n".join(page_texts(printed[0], tmp_path)).split())
    for expected in ("일마감", "2026년 3월 2일", "센 현금 128,000원", "차액 -1,000원", "거스름돈 착오", "박지영"):
        assert expected in text, expected

    # The day is locked: a payment at the counter is refused with the Korean message, nothing written.
    def pay_on_the_closed_day(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
        QTest.keyClicks(QApplication.focusWidget(), "5000")
        save_by_keyboard()
        seen["payment"] = dialog.general_error.text() + dialog.errors.message_for("amount")
        dialog.grab().save(str(screenshots / "day-close-payment-refused.png"))
        dialog.reject()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    in_modal(qtbot, PaymentDialog, pay_on_the_closed_day, failures)
    QTest.keyClick(window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "payment" in seen or bool(failures))
    if failures:
        raise failures[0]
    assert "마감된 날짜입니다" in seen["payment"]
    with counter.db.reading() as session:
        payments = session.scalar(
            select(func.count()).select_from(LedgerEntry).where(LedgerEntry.kind == EntryKind.PAYMENT.value)
        )
    assert payments == 2


def test_a_closed_day_opens_read_only_and_the_owner_reopens_it_with_a_reason(
    window: MainWindow, counter: Counter, qtbot: QtBot
) -> None:
    from toysub_desktop.services.day_close import close_day

    close_day(counter.db, staff_id=counter.staff.id, day=TODAY, opening_float=0, counted_cash=29_000, now=NOW)
    failures: list[BaseException] = []
    done: list[str] = []

    def give_the_reason(dialog: QDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is getattr(dialog, "reason", None))
        type_text("카드 결제 누락")
        save_by_keyboard()

    def reopen(dialog: DayCloseDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.day.line)
        assert "박지영님이 마감했습니다" in dialog.state.text()
        assert dialog.counted.text() == "29,000" and dialog.counted.isReadOnly()
        assert not dialog.save_button.isEnabled() and dialog.reopen_button.isEnabled()
        from toysub_desktop.ui.dialogs.day_close_dialog import ReopenDayDialog

        in_modal(qtbot, ReopenDayDialog, give_the_reason, failures)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, ALT)
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled() or bool(failures))
        assert not dialog.counted.isReadOnly() and dialog.counted.text() == ""
        assert "다시 열었습니다" in dialog.state.text() and "카드 결제 누락" in dialog.state.text()
        done.append("reopened")
        dialog.activateWindow()  # back from the reason window (offscreen plays no window manager)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.counted)  # ready to count the day again
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    in_modal(qtbot, DayCloseDialog, reopen, failures)
    money_menu(window, "일마감(&D)…").trigger()
    if failures:
        raise failures[0]
    assert done == ["reopened"]
    view = day_close_view(counter.db, TODAY)
    assert view.close is None and [r.reopen_reason for r in view.earlier] == ["카드 결제 누락"]
