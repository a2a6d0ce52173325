"""Bad input and the keyboard in the shown windows of the 회원·분석 menu, typed through the focused field: what is
refused is said in Korean beside its field with the typed text kept and nothing written, and Tab leaves a list for
the controls around it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from dashboard_support import TODAY, at
from screen_support import show_for_typing
from support import NOW, new_customer, sample_shop
from toysub_desktop.db.models import AuditEntry, MembershipTier, Shop, Subscription
from toysub_desktop.domain.points import referral_code
from toysub_desktop.domain.segments import SegmentCriteria
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.segments import create_segment
from toysub_desktop.ui.churn import CallToKeepWindow, ChurnWeightsDialog
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dashboard import DashboardWindow
from toysub_desktop.ui.dialogs.sign_up_dialog import SignUpDialog
from toysub_desktop.ui.segments import SegmentsDialog
from toysub_desktop.ui.tiers import TierSettingsDialog
from ui.test_churn_workflows import subscribers  # noqa: F401  (three subscribers with a complaint each)
from ui.test_contact_log_workflows import focused, press, type_text

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def retype(text: str) -> None:
    """Select what the focused field holds and type *text* over it."""
    press(Qt.Key.Key_A, CTRL)
    type_text(text)


@pytest.mark.parametrize(("first", "last"), [("0001-01", "0001-12"), ("0000-01", "2026-01")])
def test_a_custom_period_in_a_year_no_shop_has_is_said_beside_its_month(
    qtbot: QtBot, counter: Counter, first: str, last: str
) -> None:
    dialog = DashboardWindow(replace(counter, now=lambda: at(TODAY)))
    qtbot.addWidget(dialog)
    assert dialog.load() is None
    show_for_typing(dialog, qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    shown = dialog.as_of.text()
    press(Qt.Key.Key_O, ALT)
    press(Qt.Key.Key_End)  # 기간 직접 지정: the cursor goes to the first month
    qtbot.waitUntil(lambda: focused() is dialog.first)
    retype(first)
    press(Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: focused() is dialog.last)
    retype(last)
    press(Qt.Key.Key_Return)
    message = dialog.errors.message_for("first_month")
    assert message and ("연도" in message or "월" in message), message
    assert (dialog.first.text(), dialog.last.text()) == (first, last)  # kept to be corrected
    assert dialog.as_of.text() == shown and dialog.isVisible()


def tiers_written(counter: Counter) -> tuple[int, int]:
    with counter.db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(MembershipTier)) or 0),
            int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0),
        )


def test_a_tier_threshold_pasted_thousands_of_digits_long_is_said_beside_it(qtbot: QtBot, counter: Counter) -> None:
    before = tiers_written(counter)
    dialog = TierSettingsDialog(counter)
    show_for_typing(dialog, qtbot)
    qtbot.waitUntil(lambda: focused() is dialog.rows[0].name)
    type_text("새싹")
    press(Qt.Key.Key_Tab)
    pasted = "1" * 5000  # a slip of the clipboard
    QApplication.clipboard().setText(pasted)
    press(Qt.Key.Key_V, CTRL)
    press(Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert "600개월" in dialog.rows[0].message.text() and dialog.rows[0].message.isVisible()
    assert dialog.rows[0].threshold.text() == pasted
    assert tiers_written(counter) == before


@pytest.mark.usefixtures("subscribers")
def test_tab_leaves_the_list_of_customers_to_call_for_the_buttons_and_comes_round_to_the_list(
    qtbot: QtBot, counter: Counter
) -> None:
    window = CallToKeepWindow(counter)
    show_for_typing(window, qtbot)
    qtbot.waitUntil(lambda: focused() is window.list)
    assert window.model.rowCount() == 3
    close = window.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    # The segment's choice is a Tab stop of its own: its box takes click focus for the caption's letter only.
    expected = [window.log, window.open_customer, window.rescore, close, window.segment.choice, window.list]
    stops = []
    for _ in expected:
        press(Qt.Key.Key_Tab)
        stops.append(focused())
    assert stops == expected
    press(Qt.Key.Key_Down)  # arrows still move within the list
    assert window.selected() is not None and window.selected() == window.model.row_at(1)
    press(Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_risk_windows_typed_negative_or_weights_too_large_say_the_range_beside_them(
    qtbot: QtBot, counter: Counter
) -> None:
    dialog = ChurnWeightsDialog(counter)
    show_for_typing(dialog, qtbot)
    qtbot.waitUntil(lambda: focused() is dialog.edits["term_ending"])
    retype("9999999")
    press(Qt.Key.Key_W, ALT)  # 만료까지 남은 일수(W)
    qtbot.waitUntil(lambda: focused() is dialog.edits["term_days"])
    retype("-5")
    press(Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.errors.message_for("term_ending").startswith("0부터 1000 사이의")
    assert dialog.errors.message_for("term_days").startswith("1부터 365 사이의")
    assert (dialog.edits["term_ending"].text(), dialog.edits["term_days"].text()) == ("9999999", "-5")
    with counter.db.reading() as session:
        assert session.scalar(select(Shop.churn_rules)) is None


def test_a_product_barcode_scanned_into_the_referral_code_names_nobody_and_signs_nothing(
    qtbot: QtBot, counter: Counter
) -> None:
    sample_shop(counter.db, counter.staff.id)
    lee = register_customer(
        counter.db, staff_id=counter.staff.id, new=new_customer("이서연", phone="010-2222-3333"), now=NOW
    )
    barcode = referral_code(880123456789)  # a Korean product's EAN-13 that happens to pass the check digit
    assert len(barcode) == 13 and barcode.startswith("880")
    dialog = SignUpDialog(counter, lee)
    show_for_typing(dialog, qtbot)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.plan.setCurrentIndex(next(i for i, p in enumerate(dialog.plans) if p.details.name == "정기배송 베이직"))
    press(Qt.Key.Key_R, ALT)  # 추천인 코드(R)
    qtbot.waitUntil(lambda: focused() is dialog.referral_code)
    type_text(barcode)
    press(Qt.Key.Key_Return)  # the scanner's Enter looks the code up
    assert dialog.errors.message_for("referral_code") == "이 추천인 코드를 가진 고객이 없습니다."
    press(Qt.Key.Key_Return, CTRL)  # signing with it is refused too
    assert dialog.isVisible() and dialog.errors.message_for("referral_code")
    assert dialog.referral_code.text() == barcode
    with counter.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Subscription)) == 0


def test_tab_in_the_dashboard_goes_from_the_charts_to_print_then_close_as_they_stand(
    qtbot: QtBot, counter: Counter
) -> None:
    dialog = DashboardWindow(replace(counter, now=lambda: at(TODAY)))
    qtbot.addWidget(dialog)
    assert dialog.load() is None
    show_for_typing(dialog, qtbot)
    qtbot.waitUntil(lambda: focused() is dialog.period)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert dialog.print_button.x() < close.x()  # 인쇄 stands left of 닫기
    stops = []
    for _ in range(len(dialog.tiles) + 4):
        press(Qt.Key.Key_Tab)
        stops.append(focused())
    assert stops[: len(dialog.tiles)] == list(dialog.tiles.values())
    assert stops[len(dialog.tiles) :] == [dialog.charts.tabBar(), dialog.print_button, close, dialog.period]


def test_tab_leaves_the_list_of_segments_for_its_buttons(qtbot: QtBot, counter: Counter) -> None:
    for name in ("영유아", "장기 고객"):
        create_segment(counter.db, staff_id=counter.staff.id, name=name, criteria=SegmentCriteria(tenure_min_months=1))
    window = SegmentsDialog(counter)
    show_for_typing(window, qtbot)
    window.list.setFocus()
    qtbot.waitUntil(lambda: focused() is window.list and window.model.rowCount() == 2)
    press(Qt.Key.Key_Tab)
    assert focused() is window.add
    press(Qt.Key.Key_Backtab)
    assert focused() is window.list


def test_tab_in_a_form_dialog_stops_only_at_fields_and_buttons_never_at_the_area_around_the_form(
    qtbot: QtBot, counter: Counter
) -> None:
    dialog = ChurnWeightsDialog(counter)
    show_for_typing(dialog, qtbot)
    qtbot.waitUntil(lambda: focused() is dialog.edits["term_ending"])
    stops = []
    for _ in range(len(dialog.edits) + 4):
        press(Qt.Key.Key_Tab)
        stops.append(focused())
    assert not [stop for stop in stops if isinstance(stop, QAbstractScrollArea)]
    assert set(dialog.edits.values()) <= set(stops)
