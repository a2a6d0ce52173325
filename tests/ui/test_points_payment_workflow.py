"""Points (적립금) at 수납 in the shown main window, typed by keyboard: the dialog shows the points held and a field
for the points to use (Alt+U); points typed lower what is left to pay and the amount follows; "pays off" shows the
points first, then the money; bad points are said beside the field with the text kept and nothing written; saved,
the points are a discount on the account and on the receipt, and points alone pay a charge with no receipt. A
customer with no points (or a shop giving none) sees no points rows. Run again with QT_SCALE_FACTOR=1.5, the
dialog still fits with nothing clipped."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from documents.pdf_tools import page_texts
from screen_support import (
    clipped_labels,
    off_screen,
    repeated_mnemonics,
    save_picture,
    settle_layout,
    show_for_typing,
)
from support import NOW, sample_shop
from toysub_desktop.db.models import LedgerEntry, PointsEntry
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.deposits import deposit_held
from toysub_desktop.services.ledger import account_view
from toysub_desktop.services.points import grant_points, points_balance, points_settings, update_points_settings
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.payment_dialog import SPLIT_OPEN, SPLIT_PAYS, PaymentDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
FEE = 29_000
APRIL = datetime(2026, 4, 2, 1, 0, tzinfo=UTC)
SCALE = "150" if os.environ.get("QT_SCALE_FACTOR") == "1.5" else "100"


def when_box(saying: str, then: Callable[[QMessageBox], None]) -> None:
    def check() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox) and modal.isVisible() and saying in modal.text():
            then(modal)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)


def press_yes(box: QMessageBox) -> None:
    button = box.button(QMessageBox.StandardButton.Yes)
    assert button is not None
    button.click()


def written(counter: Counter) -> tuple[int, int]:
    with counter.db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(LedgerEntry)) or 0),
            int(session.scalar(select(func.count()).select_from(PointsEntry)) or 0),
        )


def type_keys(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def key(which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), which, modifier)


def open_window(
    qtbot: QtBot, counter: Counter, *, earn_percent: int = 1, points: int = 40_000, later: datetime | None = None
) -> MainWindow:
    ids = sample_shop(counter.db, counter.staff.id)
    current = points_settings(counter.db)
    update_points_settings(
        counter.db, by_staff_id=counter.staff.id, earn_percent=earn_percent, referrer_reward=0, referred_reward=0,
        expiry_months=12, expected_version=current.version, now=NOW,
    )  # fmt: skip
    kim = ids["customer"]
    box = NewSubscription(kim, ids["box"], 12, NOW.date(), PaymentMethod.CARD)
    sign_up(counter.db, staff_id=counter.staff.id, new=box, now=NOW)  # the first month, 29,000원, is due today
    if points:
        grant_points(counter.db, staff_id=counter.staff.id, customer_id=kim, points=points, reason="보상", now=NOW)
    # Opened *later*, the card bills the months begun by then.
    main = MainWindow(counter if later is None else Counter(counter.db, counter.staff, now=lambda: later))
    show_for_typing(main, qtbot)
    main.list.selectRow(0)
    qtbot.waitUntil(lambda: main.actions_["payment"].isEnabled() and main.panel.card is not None)
    return main


def save(dialog: PaymentDialog) -> None:
    """Ctrl+Return; a dialog left open (not saved) is closed so the test fails instead of waiting for ever."""
    key(Qt.Key.Key_Return, CTRL)
    if dialog.isVisible():
        said = [dialog.general_error.text(), dialog.split_message.text(), dialog.errors.message_for("points")]
        dialog.reject()
        raise AssertionError(f"not saved: {said}")


def take_payment(window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)


def test_points_pay_part_of_the_charge_and_the_money_the_rest(
    qtbot: QtBot, counter: Counter, screenshots: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, counter)
    kim = window.current_customer_id()
    assert kim is not None
    seen: dict[str, object] = {}
    shown: list[PdfPreviewDialog] = []

    def fill(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        assert dialog.points_held.text() == "40,000P" and dialog.points.isVisible()
        assert dialog.amount.text() == "29,000"
        before = written(counter)
        # Alt+U goes to the points to use. Letters, below 0, more than held, more than owed: each said beside the
        # field, the typed text kept, nothing written (Enter, as from a scanner, never saves).
        key(Qt.Key.Key_U, ALT)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.points)
        messages = []
        for typed in ("5OOO", "-500", "50000", "30000"):
            key(Qt.Key.Key_A, CTRL)
            type_keys(typed)
            key(Qt.Key.Key_Return)
            key(Qt.Key.Key_Return, CTRL)
            assert dialog.isVisible() and dialog.points.text() == typed
            messages.append(dialog.errors.message_for("points"))
        assert written(counter) == before
        seen["messages"] = messages
        # 5,000 points, then Tab to the amount: what is left to pay is 24,000원, and the amount follows.
        key(Qt.Key.Key_A, CTRL)
        type_keys("5,000")
        key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.amount
        assert dialog.amount.text() == "24,000"
        assert "24,000원" in dialog.owed.text() and "5,000P" in dialog.owed.text()
        pays_off = dialog.pays_off.text().split("<br>")
        assert "적립금" in pays_off[0] and "5,000원" in pays_off[0]  # the points first
        assert "적립금" not in pays_off[1] and "24,000원" in pays_off[1]  # then the money
        settle_layout(dialog)
        seen["problems"] = off_screen(dialog) + clipped_labels(dialog) + repeated_mnemonics(dialog)
        save_picture(dialog, screenshots, f"{SCALE}-payment-with-points")
        when_box("영수증", press_yes)
        when_modal(PdfPreviewDialog, lambda preview: (shown.append(preview), preview.reject()))
        save(dialog)

    when_modal(PaymentDialog, fill)
    take_payment(window)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert seen["problems"] == []
    messages = seen["messages"]
    assert isinstance(messages, list)
    assert "숫자" in messages[0]
    assert "0보다 작을 수 없습니다" in messages[1]
    assert "40,000" in messages[2]
    assert "29,000원" in messages[3]

    view = account_view(counter.db, kim)
    kinds = sorted((line.kind.value, line.amount) for line in view.history if not line.voided)
    assert kinds == [("cycle_fee", FEE), ("payment", 24_000), ("points_discount", 5_000)]
    assert view.balance == 0
    # The fee, paid off by points and money, earned its 1 % once.
    assert points_balance(counter.db, kim) == 35_000 + 290
    assert "35,290P" in window.panel.points_summary.text()
    assert "적립금 5,000P를 할인으로 사용했습니다" in window.statusBar().currentMessage()
    text = " ".join("".join(page_texts(shown[0].pdf, tmp_path)).split())
    assert "24,000원" in text and "적립금 5,000원이 할인으로 적용" in text


def test_points_alone_pay_the_charge_with_no_money_and_no_receipt(qtbot: QtBot, counter: Counter) -> None:
    window = open_window(qtbot, counter)
    kim = window.current_customer_id()
    assert kim is not None
    done: list[bool] = []

    def fill(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        key(Qt.Key.Key_U, ALT)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.points)
        type_keys("29000")
        key(Qt.Key.Key_Tab)
        assert dialog.amount.text() == "0"
        assert "적립금" in dialog.pays_off.text() and "29,000원" in dialog.pays_off.text()
        save(dialog)
        done.append(True)

    when_modal(PaymentDialog, fill)
    take_payment(window)
    qtbot.waitUntil(lambda: bool(done) and QApplication.activeModalWidget() is None)
    QTest.qWait(100)
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)  # no receipt: no money was taken
    view = account_view(counter.db, kim)
    assert [(line.kind, line.amount) for line in view.history] == [
        (EntryKind.POINTS_DISCOUNT, FEE),
        (EntryKind.CYCLE_FEE, FEE),
    ]
    assert view.balance == 0 and points_balance(counter.db, kim) == 40_000 - FEE + 290
    assert "적립금 29,000P를 할인으로 사용했습니다" in window.statusBar().currentMessage()


def test_the_clerks_split_shares_out_what_the_points_leave(qtbot: QtBot, counter: Counter) -> None:
    window = open_window(qtbot, counter, later=APRIL)  # March and April due: 58,000원
    kim = window.current_customer_id()
    assert kim is not None
    seen: dict[str, list[str]] = {}

    def fill(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        assert dialog.amount.text() == "58,000"
        key(Qt.Key.Key_U, ALT)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.points)
        type_keys("35000")  # March wholly, 6,000원 of April
        key(Qt.Key.Key_C, ALT)  # the clerk's own split: it starts from what the points leave, oldest first
        qtbot.waitUntil(lambda: dialog.split_table.isVisible())
        table = dialog.split_table

        def column(number: int) -> list[str]:
            return [item.text() if (item := table.item(row, number)) else "" for row in range(table.rowCount())]

        seen["open"], seen["pays"] = column(SPLIT_OPEN), column(SPLIT_PAYS)
        seen["amount"] = [dialog.amount.text()]
        save(dialog)

    when_modal(PaymentDialog, fill)
    when_box("영수증", lambda box: box.reject())
    take_payment(window)
    qtbot.waitUntil(lambda: account_view(counter.db, kim, today=APRIL.date()).balance == 0, timeout=10_000)
    assert seen == {"open": ["0원", "23,000원"], "pays": ["0", "23,000"], "amount": ["23,000"]}
    assert points_balance(counter.db, kim, today=APRIL.date()) == 40_000 - 35_000 + 2 * 290


@pytest.mark.parametrize(
    ("earn_percent", "points", "shown"),
    [(1, 0, False), (0, 5_000, True)],
    ids=["no points held", "shop gives none any more"],
)
def test_the_points_rows_show_when_the_customer_holds_points(
    qtbot: QtBot, counter: Counter, earn_percent: int, points: int, shown: bool
) -> None:
    """Points held are the customer's to use like cash, even when the shop no longer gives any; with none held the
    dialog is as it was."""
    window = open_window(qtbot, counter, earn_percent=earn_percent, points=points)
    looked: list[bool] = []

    def look(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
        looked.append(dialog.points.isVisible() or any("적립금" in text for text in labels))
        dialog.reject()

    when_modal(PaymentDialog, look)
    take_payment(window)
    qtbot.waitUntil(lambda: bool(looked))
    assert looked == [shown]


def test_points_that_cannot_be_used_lower_nothing_shown(qtbot: QtBot, counter: Counter) -> None:
    """Points typed beyond the balance or beyond what is owed never show as used: what is left to pay, the amount
    and "pays off" stay as without them, until points that can be used are typed."""
    window = open_window(qtbot, counter, points=3_000)
    seen: list[tuple[str, str, str]] = []

    def fill(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        key(Qt.Key.Key_U, ALT)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.points)
        for typed in ("3001", "2,000"):
            key(Qt.Key.Key_A, CTRL)
            type_keys(typed)
            key(Qt.Key.Key_Return)  # a scanner's Enter: never saves
            seen.append((dialog.owed.text().split("<br>")[0], dialog.amount.text(), dialog.pays_off.text()))
        dialog.reject()

    when_modal(PaymentDialog, fill)
    take_payment(window)
    qtbot.waitUntil(lambda: len(seen) == 2 and QApplication.activeModalWidget() is None)
    (held_beyond, owed_beyond, pays_off_beyond), (held, owed, pays_off) = seen
    assert "3,001" not in held_beyond and "29,000원" in held_beyond
    assert owed_beyond == "29,000"
    assert "3,001" not in pays_off_beyond and "적립금" not in pays_off_beyond
    assert "2,000P" in held and "27,000원" in held and owed == "27,000"
    assert "적립금" in pays_off and "2,000원" in pays_off


def test_points_typed_for_a_rental_leave_its_deposit_to_the_money(
    qtbot: QtBot, counter: Counter, screenshots: Path
) -> None:
    """A deposit is money held to give back: the points typed pay the first month, the split shows the deposit still
    wholly unpaid, and the money pays it."""
    ids = sample_shop(counter.db, counter.staff.id)
    update_points_settings(
        counter.db, by_staff_id=counter.staff.id, earn_percent=1, referrer_reward=0, referred_reward=0,
        expiry_months=12, expected_version=points_settings(counter.db).version, now=NOW,
    )  # fmt: skip
    kim = ids["customer"]
    rental = NewSubscription(kim, ids["rental_basic"], 24, NOW.date(), PaymentMethod.CARD, swap_weekday=2)
    sign_up(counter.db, staff_id=counter.staff.id, new=rental, now=NOW)  # 50,000원 deposit and 27,550원 due today
    grant_points(counter.db, staff_id=counter.staff.id, customer_id=kim, points=40_000, reason="보상", now=NOW)
    window = MainWindow(counter)
    show_for_typing(window, qtbot)
    window.list.selectRow(0)
    qtbot.waitUntil(lambda: window.actions_["payment"].isEnabled() and window.panel.card is not None)
    seen: dict[str, list[str]] = {}

    def fill(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.amount)
        key(Qt.Key.Key_U, ALT)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.points)
        type_keys("30000")  # more than the first month: the rest is not for the deposit
        before = written(counter)
        key(Qt.Key.Key_Return, CTRL)
        seen["refused"] = [dialog.errors.message_for("points"), dialog.points.text()]
        assert dialog.isVisible() and written(counter) == before
        key(Qt.Key.Key_U, ALT)
        key(Qt.Key.Key_A, CTRL)
        type_keys("27550")  # the first month, 24-month term: 29,000원 less 5 %
        key(Qt.Key.Key_C, ALT)
        qtbot.waitUntil(lambda: dialog.split_table.isVisible())
        table = dialog.split_table
        rows = range(table.rowCount())
        seen["open"] = sorted(item.text() if (item := table.item(row, SPLIT_OPEN)) else "" for row in rows)
        seen["amount"] = [dialog.amount.text()]
        settle_layout(dialog)
        assert not clipped_labels(dialog)
        save_picture(dialog, screenshots, f"{SCALE}-payment-points-rental-deposit")
        save(dialog)  # in cash, the amount as it followed the points

    when_modal(PaymentDialog, fill)
    when_box("영수증", lambda box: box.reject())
    take_payment(window)
    qtbot.waitUntil(lambda: account_view(counter.db, kim, today=NOW.date()).balance == 0, timeout=10_000)
    assert seen == {
        "refused": ["미납 금액이 27,550원이므로 적립금은 그만큼까지만 사용할 수 있습니다.", "30000"],
        "open": ["0원", "50,000원"],
        "amount": ["50,000"],
    }
    assert deposit_held(counter.db, kim) == 50_000
    assert points_balance(counter.db, kim, today=NOW.date()) == 40_000 - 27_550 + 275
