"""Points and referrals in shown windows: the card shows the points balance; the points window uses points to pay
part of a charge typed by keyboard (bad input said beside the field, nothing written); a referral code scanned into
the sign-up (digits, then Enter) names the referrer and, signed, rewards both customers; a bad code is refused beside
the field with nothing written. The referral card opens in the preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from support import NOW, new_customer, sample_shop
from toysub_desktop.db.models import PointsEntry, Referral, Subscription
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.points import referral_code
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.ledger import account_view
from toysub_desktop.services.points import grant_points, points_balance, points_settings, update_points_settings
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.sign_up_dialog import SignUpDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.points import PointsWindow, SpendPointsDialog
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
FEE = 29_000


def count(counter: Counter, model: type[object]) -> int:
    with counter.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


@pytest.fixture
def shop(counter: Counter) -> dict[str, int]:
    ids = sample_shop(counter.db, counter.staff.id)
    current = points_settings(counter.db)
    update_points_settings(
        counter.db, by_staff_id=counter.staff.id, earn_percent=1, referrer_reward=5_000, referred_reward=3_000,
        expiry_months=12, expected_version=current.version, now=NOW,
    )  # fmt: skip
    return ids


def test_points_pay_part_of_a_charge_from_the_card(
    qtbot: QtBot, counter: Counter, shop: dict[str, int], screenshots: Path
) -> None:
    kim = shop["customer"]
    box = NewSubscription(kim, shop["box"], 12, date(2026, 3, 2), PaymentMethod.CARD)
    sign_up(counter.db, staff_id=counter.staff.id, new=box, now=NOW)  # 29,000원 due today
    grant_points(counter.db, staff_id=counter.staff.id, customer_id=kim, points=5_000, reason="개업 기념", now=NOW)
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.list.selectRow(0)
    label = main.panel.points_summary
    qtbot.waitUntil(lambda: "5,000P" in label.text() and label.width() >= label.sizeHint().width())
    label.parentWidget().grab().save(str(screenshots / "points-card.png"))  # the card's account box
    seen: list[str] = []
    done: list[bool] = []

    def use(dialog: SpendPointsDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.points)
        assert dialog.points.text() == "5000"  # the most it can be: the balance (less than the charge)
        # More than the balance: said beside the field, the text kept, nothing written.
        QTest.keyClicks(QApplication.focusWidget(), "6000")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter never saves
        assert dialog.isVisible()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
        seen.append(dialog.errors.message_for("points"))
        assert dialog.points.text() == "6000" and count(counter, PointsEntry) == 1
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
        QTest.keyClicks(QApplication.focusWidget(), "3,000")
        dialog.grab().save(str(screenshots / "points-use.png"))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)

    def window(points: PointsWindow) -> None:
        qtbot.waitUntil(points.isActiveWindow)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is points.spend_button)
        when_modal(SpendPointsDialog, use)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: "2,000P" in points.header.text())
        assert points.history.rowCount() == 2
        points.grab().save(str(screenshots / "points-window.png"))
        done.append(True)
        points.reject()

    when_modal(PointsWindow, window)
    main.loyalty_actions["show_points"].trigger()
    qtbot.waitUntil(lambda: bool(done))
    assert "5,000" in seen[0]
    view = account_view(counter.db, kim, today=NOW.date())
    assert view.balance == FEE - 3_000
    assert view.history[0].kind is EntryKind.POINTS_DISCOUNT and view.history[0].amount == 3_000
    assert points_balance(counter.db, kim, today=NOW.date()) == 2_000
    qtbot.waitUntil(lambda: "2,000P" in main.panel.points_summary.text())


def scan(widget: QWidget, digits: str) -> None:
    """A barcode or QR reader: the digits, then Enter, into the focused field."""
    QTest.keyClicks(widget, digits)
    QTest.keyClick(widget, Qt.Key.Key_Return)


def test_a_scanned_referral_code_names_the_referrer_and_signing_rewards_both(
    qtbot: QtBot, counter: Counter, shop: dict[str, int], screenshots: Path
) -> None:
    kim = shop["customer"]
    lee = register_customer(
        counter.db, staff_id=counter.staff.id, new=new_customer("이서연", phone="010-2222-3333"), now=NOW
    )
    dialog = SignUpDialog(counter, lee)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    index = next(i for i, p in enumerate(dialog.plans) if p.details.name == "정기배송 베이직")
    dialog.plan.setCurrentIndex(index)
    dialog.referral_code.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.referral_code)

    # The customer's own code, then a code nobody has: said beside the field; Enter saved nothing.
    scan(QApplication.focusWidget(), referral_code(lee))
    assert "본인" in dialog.errors.message_for("referral_code")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    scan(QApplication.focusWidget(), referral_code(9_999))
    assert "없습니다" in dialog.errors.message_for("referral_code")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # signing with it is refused too
    assert dialog.isVisible() and "없습니다" in dialog.errors.message_for("referral_code")
    assert dialog.referral_code.text() == referral_code(9_999)
    assert (count(counter, Subscription), count(counter, Referral), count(counter, PointsEntry)) == (0, 0, 0)

    # 김민수's card scanned: the referrer is named before signing.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, CTRL)
    scan(QApplication.focusWidget(), referral_code(kim))
    qtbot.waitUntil(lambda: "김민수" in dialog.referrer.text())
    assert dialog.isVisible() and not dialog.errors.message_for("referral_code")
    dialog.grab().save(str(screenshots / "sign-up-referral.png"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with counter.db.reading() as session:
        referral = session.scalars(select(Referral)).one()
        assert (referral.referrer_id, referral.referred_id) == (kim, lee)
    assert points_balance(counter.db, kim, today=NOW.date()) == 5_000
    assert points_balance(counter.db, lee, today=NOW.date()) == 3_000


def test_the_referral_card_opens_in_the_preview(qtbot: QtBot, counter: Counter, shop: dict[str, int]) -> None:
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.list.selectRow(0)
    qtbot.waitUntil(lambda: main.panel.card is not None)
    shown: list[str] = []
    when_modal(PdfPreviewDialog, lambda preview: (shown.append(preview.windowTitle()), preview.reject()))
    main.loyalty_actions["print_referral_card"].trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert referral_code(shop["customer"]) in shown[0]
