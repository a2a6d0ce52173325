"""Segments through the real windows: one made by keyboard (a wrong age band refused beside its field first), its
count in the editor and in the list, then chosen above the customer list, which shows only its customers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from keyboard import save_by_keyboard, type_text
from screen_support import show_for_typing
from support import NOW, new_customer, sample_shop
from toysub_desktop.domain.contacts import CURRENT_NOTICE_VERSION, ConsentMethod
from toysub_desktop.domain.plans import PaymentMethod, PlanKind
from toysub_desktop.domain.segments import AgeBand, SegmentCriteria
from toysub_desktop.domain.tiers import TierBasis, TierInput
from toysub_desktop.services.customers import record_marketing_consent, register_customer
from toysub_desktop.services.inputs import ChildInput
from toysub_desktop.services.segments import create_segment, delete_segment, list_segments
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.services.tiers import tier_settings, update_tiers
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.segments import COUNT, NAME, SegmentDialog, SegmentsDialog
from ui.test_prospect_workflows import answer_modal, focused

pytestmark = pytest.mark.gui


def _families(counter: Counter) -> None:
    """Three families on 2 March 2026: children of 33 months, 74 months and 9 months."""
    for name, phone, born in (
        ("김민수", "010-1234-5678", (2023, 5)),
        ("이서연", "010-2222-3333", (2020, 1)),
        ("박지훈", "010-4444-5555", (2025, 6)),
    ):
        new = new_customer(name, phone=phone, children=(ChildInput(f"{name[0]}하늘", *born),))
        register_customer(counter.db, staff_id=counter.staff.id, new=new, now=NOW)


def test_a_segment_made_by_keyboard_is_counted_and_restricts_the_customer_list(
    qtbot: QtBot, counter: Counter, screenshots: Path
) -> None:
    _families(counter)
    window = SegmentsDialog(counter)
    show_for_typing(window, qtbot)
    assert window.empty.isVisible() and window.empty.text().startswith("아직 세그먼트가 없습니다")

    def fill(dialog: SegmentDialog) -> None:
        assert focused() is dialog.name
        assert dialog.count.text() == "오늘 기준 3명이 해당합니다."
        type_text("영유아")
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is dialog.ages
        type_text("36-12")
        save_by_keyboard()
        assert dialog.isVisible(), "a wrong band is not saved"
        assert dialog.errors.message_for("age_bands") == "시작 값이 끝 값보다 큽니다."
        assert dialog.ages.text() == "36-12", "what was typed stays"
        QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("12-36")
        qtbot.waitUntil(lambda: dialog.count.text() == "오늘 기준 1명이 해당합니다.", timeout=3000)
        assert dialog.count.text() == "오늘 기준 1명이 해당합니다."
        dialog.grab().save(str(screenshots / "segment-editor.png"))
        save_by_keyboard()

    failures = answer_modal(SegmentDialog, fill)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(failures) or window.model.rowCount() == 1)
    assert not failures, failures
    [saved] = list_segments(counter.db).rows
    assert saved.name == "영유아"
    assert window.model.data(window.model.index(0, NAME)) == "영유아"
    qtbot.waitUntil(lambda: window.model.data(window.model.index(0, COUNT)) == "1")
    window.grab().save(str(screenshots / "segments-window.png"))
    window.close()

    main = MainWindow(counter)
    show_for_typing(main, qtbot)
    assert main.model.rowCount() == 3
    assert main.loyalty_actions["show_segments"].text() == "고객 세그먼트(&G)…"
    QTest.keyClick(main, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main.segment_box.choice)
    QTest.keyClick(focused(main), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: main.model.rowCount() == 1)
    assert main.model.data(main.model.index(0, 1)) == "김민수"
    assert main.segment_box.count.text() == "1명"
    main.grab().save(str(screenshots / "customer-list-segment.png"))
    QTest.keyClick(focused(main), Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: main.model.rowCount() == 3)
    assert main.segment_box.count.text() == ""


def test_a_segment_deleted_at_another_counter_empties_the_list_and_says_why(qtbot: QtBot, counter: Counter) -> None:
    _families(counter)
    segment_id = create_segment(
        counter.db, staff_id=counter.staff.id, name="영유아", criteria=SegmentCriteria(age_bands=(AgeBand(12, 36),))
    )
    main = MainWindow(counter)
    show_for_typing(main, qtbot)
    main.segment_box.choice.setFocus()
    QTest.keyClick(focused(main), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: main.model.rowCount() == 1)
    delete_segment(counter.db, staff_id=counter.staff.id, segment_id=segment_id)
    main.model.refresh()
    assert main.model.rowCount() == 0
    assert main.search_hint.isVisibleTo(main)
    assert main.search_hint.text() == "삭제되었거나 없는 세그먼트입니다."
    main.segment_box.reload_choices()
    qtbot.waitUntil(lambda: main.model.rowCount() == 3)
    assert main.segment_box.segment_id() is None


def test_a_segment_over_membership_tiers_is_ticked_by_keyboard_and_counted(
    qtbot: QtBot, counter: Counter, screenshots: Path
) -> None:
    _families(counter)
    rows = (TierInput("새싹", "0", "0"), TierInput("나무", "50,000", "3"))
    update_tiers(
        counter.db, by_staff_id=counter.staff.id, basis=TierBasis.SPEND, rows=rows,
        expected_version=tier_settings(counter.db).version, now=NOW,
    )  # fmt: skip
    dialog = SegmentDialog(counter)
    show_for_typing(dialog, qtbot)
    assert list(dialog.tier_boxes) == ["새싹", "나무"]
    type_text("새싹 등급")
    QTest.keyClick(focused(dialog), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focused(dialog) is dialog.tier_boxes["새싹"])
    QTest.keyClick(focused(dialog), Qt.Key.Key_Space)
    QTest.keyClick(focused(dialog), Qt.Key.Key_Tab)
    assert focused(dialog) is dialog.tier_boxes["나무"]
    QTest.keyClick(focused(dialog), Qt.Key.Key_Space)
    QTest.keyClick(focused(dialog), Qt.Key.Key_Space)  # ticked and unticked again: only 새싹 asked
    qtbot.waitUntil(lambda: dialog.count.text() == "오늘 기준 3명이 해당합니다.", timeout=3000)
    # Each caption's letter reaches the first field of its row, not the row around it.
    for letter, field in ((Qt.Key.Key_T, dialog.tenure_min), (Qt.Key.Key_S, dialog.spend_min)):
        QTest.keyClick(focused(dialog), letter, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda field=field: focused(dialog) is field)
    QTest.keyClick(focused(dialog), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focused(dialog) is dialog.kinds[PlanKind.BOX])
    assert not dialog.kinds[PlanKind.BOX].isChecked(), "the letter focuses the box; Space ticks it"
    dialog.grab().save(str(screenshots / "segment-editor-tiers.png"))
    save_by_keyboard()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = list_segments(counter.db).rows
    assert saved.criteria.tiers == frozenset({"새싹"})


def test_the_subscriptions_tab_narrowed_to_a_segment_by_its_letter(qtbot: QtBot, counter: Counter) -> None:
    ids = sample_shop(counter.db, counter.staff.id)
    other = register_customer(counter.db, staff_id=counter.staff.id, new=new_customer("이서연", phone="010-2222-3333"),
                              now=NOW)  # fmt: skip
    for customer in (ids["customer"], other):
        new = NewSubscription(customer, ids["box"], 12, NOW.date(), PaymentMethod.CARD, delivery_day=5)
        sign_up(counter.db, staff_id=counter.staff.id, new=new, now=NOW)
    record_marketing_consent(
        counter.db, staff_id=counter.staff.id, customer_id=other, granted=True, given_on=NOW.date(),
        method=ConsentMethod.PAPER, notice_version=CURRENT_NOTICE_VERSION, now=NOW,
    )  # fmt: skip
    create_segment(
        counter.db, staff_id=counter.staff.id, name="마케팅 동의", criteria=SegmentCriteria(marketing_consent=True),
        now=NOW,
    )  # fmt: skip
    main = MainWindow(counter)
    show_for_typing(main, qtbot)
    main.tabs.setCurrentWidget(main.subscriptions)
    tab = main.subscriptions
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    QTest.keyClick(focused(main), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.segment.choice)
    QTest.keyClick(focused(main), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row_at(0).customer_id == other
