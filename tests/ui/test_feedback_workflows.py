"""Feedback at the counter, through the real windows: a 2-star rating recorded on a return from the customer's card by
keyboard (a 7 refused beside the field first), and the owner writing a survey that a clerk then answers for a
customer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from keyboard import save_by_keyboard, type_text
from rental_support import RentalShop, later, rental_shop
from screen_support import clipped_labels, off_screen, repeated_mnemonics, show_for_typing
from support import NOW
from toysub_desktop.domain.feedback import Average, FeedbackSource, FeedbackSubject
from toysub_desktop.domain.rentals import ReturnCondition
from toysub_desktop.services.feedback import (
    create_survey,
    customer_feedback,
    customer_survey_answers,
    feedback_averages,
    surveys,
)
from toysub_desktop.services.rentals import ReturnLine, lend, return_items
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.feedback import FeedbackDialog, FeedbackWindow, NewSurveyDialog, SurveyAnswersDialog
from toysub_desktop.ui.main_window import MainWindow
from ui.test_contact_log_workflows import answer_modal, raise_failures

pytestmark = pytest.mark.gui


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no field has the focus"
    return widget


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


@pytest.fixture
def shop(counter: Counter) -> RentalShop:
    shop = rental_shop(counter.db, counter.staff.id)
    piano = shop.barcodes["piano"][0]
    lend(counter.db, staff_id=shop.owner, customer_id=shop.customer, child_id=shop.child, barcodes=[piano], now=NOW)
    return_items(counter.db, staff_id=shop.owner, lines=[ReturnLine(piano, ReturnCondition.CLEAN)], now=later(1))
    return shop


@pytest.fixture
def window(qtbot: QtBot, counter: Counter, shop: RentalShop) -> MainWindow:
    main = MainWindow(counter)
    show_for_typing(main, qtbot)
    main.show_customer(shop.customer)
    assert main.panel.card is not None and main.panel.card.name == "김민수"
    return main


def test_a_two_star_rating_on_a_return_from_the_card_by_keyboard(
    window: MainWindow, counter: Counter, shop: RentalShop
) -> None:
    seen: dict[str, object] = {}

    def rate(dialog: FeedbackDialog) -> None:
        assert focused() is dialog.about
        about = dialog.about.value()
        assert about is not None and about[0] is FeedbackSubject.RETURN  # a rental customer: the return comes first
        seen["about"] = dialog.about.currentText()
        press(Qt.Key.Key_Tab)
        assert focused() is dialog.rating
        type_text("7")
        save_by_keyboard()
        seen["seven"] = dialog.errors.message_for("rating")
        assert dialog.isVisible() and customer_feedback(counter.db, shop.customer) == ()
        dialog.rating.selectAll()
        type_text("2")
        press(Qt.Key.Key_Tab)
        assert focused() is dialog.comment
        type_text("건반 하나가 잘 안 눌려요")
        press(Qt.Key.Key_Tab)
        assert focused() is dialog.source
        press(Qt.Key.Key_Down)  # written on a card
        save_by_keyboard()

    failures = answer_modal(FeedbackDialog, rate)
    button = window.buttons["feedback"]
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    raise_failures(failures)

    assert seen["seven"] == "별점은 1에서 5 사이의 숫자로 입력하십시오."
    assert str(seen["about"]).startswith("2026-03-03 반납 · ")
    [entry] = customer_feedback(counter.db, shop.customer)
    assert (entry.rating, entry.subject, entry.comment, entry.source) == (
        2,
        FeedbackSubject.RETURN,
        "건반 하나가 잘 안 눌려요",
        FeedbackSource.CARD,
    )
    assert feedback_averages(counter.db).by_toy[0][1] == Average(1, 2)
    assert "김민수" in window.statusBar().currentMessage()
    owner_window = FeedbackWindow(counter, window)
    table = owner_window.by_toy
    assert [table.item(0, c).text() for c in range(3)] == [entry.about, "2.0", "1"]
    assert owner_window.overall.text() == "전체 평가: 2.0 (1건)"


def test_the_owner_writes_a_survey_and_a_clerk_enters_a_customers_answers(
    window: MainWindow, qtbot: QtBot, counter: Counter, shop: RentalShop
) -> None:
    def write(dialog: NewSurveyDialog) -> None:
        assert focused() is dialog.title
        type_text("봄 만족도 조사")
        press(Qt.Key.Key_Tab)
        type_text("장난감 상태는 어떠셨나요?")
        press(Qt.Key.Key_Return)  # a new line in the questions, never a save
        type_text("서술: 바라는 점")
        assert dialog.isVisible()
        save_by_keyboard()

    owner_window = FeedbackWindow(counter, window)
    show_for_typing(owner_window, qtbot)
    assert "아직 기록된 평가가 없습니다" in owner_window.overall.text()
    failures = answer_modal(NewSurveyDialog, write)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the Surveys tab
    assert owner_window.tabs.currentIndex() == 1
    assert "아직 설문이 없습니다" in owner_window.results.toPlainText()
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # a mnemonic clicks its button a moment later
    qtbot.waitUntil(lambda: bool(failures) or len(surveys(counter.db)) == 1)
    raise_failures(failures)
    [view] = surveys(counter.db)
    assert (view.title, [q.text for q in view.questions]) == (
        "봄 만족도 조사",
        ["장난감 상태는 어떠셨나요?", "바라는 점"],
    )
    owner_window.tabs.setCurrentIndex(1)
    assert "0명이 응답했습니다." in owner_window.results.toPlainText()
    owner_window.close()

    def answer(dialog: SurveyAnswersDialog) -> None:
        assert focused() is dialog.fields[view.questions[0].id]
        type_text("9")
        save_by_keyboard()
        assert dialog.isVisible()  # 9 is refused beside its question
        focused().selectAll()  # type: ignore[attr-defined]
        type_text("4")
        press(Qt.Key.Key_Tab)
        type_text("블록이 더 많았으면")
        save_by_keyboard()

    failures = answer_modal(SurveyAnswersDialog, answer)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.actions_["survey"].trigger()
    raise_failures(failures)
    assert customer_survey_answers(counter.db, shop.customer, view.id) == {
        view.questions[0].id: "4",
        view.questions[1].id: "블록이 더 많았으면",
    }


def test_survey_answers_without_an_open_survey_say_so(window: MainWindow, counter: Counter, shop: RentalShop) -> None:
    from PySide6.QtWidgets import QMessageBox

    survey = create_survey(counter.db, staff_id=shop.owner, title="지난 조사", questions="좋았나요?", now=NOW)
    from toysub_desktop.services.feedback import close_survey

    close_survey(counter.db, staff_id=shop.owner, survey_id=survey, now=NOW)
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    failures = answer_modal(QMessageBox, read)
    window.actions_["survey"].trigger()
    raise_failures(failures)
    assert seen and "진행 중인 설문이 없습니다" in seen[0]


def test_a_rating_recorded_by_mistake_is_voided_from_the_ratings_window_by_keyboard(
    window: MainWindow, qtbot: QtBot, counter: Counter, shop: RentalShop, screenshots: Path
) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMenu

    from toysub_desktop.services.feedback import feedback_topics, record_feedback
    from toysub_desktop.ui.feedback import VoidRatingDialog

    piano = next(t for t in feedback_topics(counter.db, shop.customer) if t.subject is FeedbackSubject.TOY).id
    wrong = record_feedback(
        counter.db, staff_id=shop.owner, customer_id=shop.customer, about=(FeedbackSubject.TOY, piano), rating=1
    )
    record_feedback(
        counter.db, staff_id=shop.owner, customer_id=shop.other, about=(FeedbackSubject.TOY, piano), rating=5
    )
    later_one = record_feedback(
        counter.db, staff_id=shop.owner, customer_id=shop.customer, about=(FeedbackSubject.TOY, piano), rating=4
    )
    assert feedback_averages(counter.db).overall.shown == "3.3"
    seen: dict[str, object] = {}

    def void(dialog: VoidRatingDialog) -> None:
        assert focused() is dialog.reason
        seen["intro"] = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
        seen["problems"] = "; ".join(off_screen(dialog) + clipped_labels(dialog) + repeated_mnemonics(dialog))
        dialog.grab().save(str(screenshots / "void-rating.png"))
        save_by_keyboard()  # no reason: refused beside the field
        seen["empty"] = dialog.errors.message_for("reason")
        assert dialog.isVisible() and not customer_feedback(counter.db, shop.customer)[1].voided
        type_text("다른 고객 카드를 잘못 입력")
        press(Qt.Key.Key_Return)  # Enter never saves
        assert dialog.isVisible()
        save_by_keyboard()

    def browse(owner_window: FeedbackWindow) -> None:
        press(Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # 평가 목록(&I)
        qtbot.waitUntil(lambda: owner_window.tabs.currentWidget() is owner_window.ratings_page)
        assert focused() is owner_window.ratings_list
        assert owner_window.ratings.rowCount() == 3  # every customer's, newest first
        press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # only 김민수's
        qtbot.waitUntil(lambda: owner_window.ratings.rowCount() == 2)
        owner_window.ratings_list.setFocus()
        press(Qt.Key.Key_Down)  # the older one, the 1-star given by mistake
        rating = owner_window.selected_rating()
        assert rating is not None and rating.id == wrong
        nested = answer_modal(VoidRatingDialog, void)
        press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # 평가 취소(&V)
        qtbot.waitUntil(lambda: bool(nested) or ("empty" in seen and not owner_window.void_button.isEnabled()))
        raise_failures(nested)
        qtbot.waitUntil(lambda: owner_window.ratings.data(owner_window.ratings.index(1, 6)) != "")
        seen["rows"] = [
            [owner_window.ratings.data(owner_window.ratings.index(r, c)) for c in (1, 3, 6)] for r in range(2)
        ]
        seen["void enabled"] = owner_window.void_button.isEnabled()
        seen["focus"] = owner_window.focusWidget() is owner_window.ratings_list
        owner_window.activateWindow()  # back from the dialog (the window manager's part, which offscreen does not play)
        qtbot.waitUntil(owner_window.isActiveWindow)
        seen["overall"] = owner_window.overall.text()
        owner_window.tabs.setCurrentWidget(owner_window.ratings_page)
        owner_window.ratings_list.setFocus()
        qtbot.wait(20)
        owner_window.grab().save(str(screenshots / "ratings-voided.png"))
        seen["window problems"] = "; ".join(
            off_screen(owner_window) + clipped_labels(owner_window) + repeated_mnemonics(owner_window)
        )
        press(Qt.Key.Key_Escape)

    failures = answer_modal(FeedbackWindow, browse)
    entries = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]
    [action] = [a for a in entries if a.text() == "만족도와 설문(&U)…"]
    assert isinstance(action, QAction)
    action.trigger()
    raise_failures(failures)

    assert seen["empty"] == "평가를 취소하는 이유를 입력하십시오."
    assert "★☆☆☆☆ 멜로디 피아노" in str(seen["intro"])
    assert seen["rows"] == [
        ["김민수", "★★★★☆ 4", ""],
        ["김민수", "★☆☆☆☆ 1", "취소됨: 다른 고객 카드를 잘못 입력"],
    ]
    assert seen["problems"] == seen["window problems"] == ""
    assert seen["void enabled"] is False and seen["focus"] is True
    assert seen["overall"] == "전체 평가: 4.5 (2건)"
    assert [(e.id, e.void_reason) for e in customer_feedback(counter.db, shop.customer)] == [
        (later_one, None),
        (wrong, "다른 고객 카드를 잘못 입력"),
    ]
    assert feedback_averages(counter.db).overall == Average(2, 9)
