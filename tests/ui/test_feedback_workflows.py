"""Feedback at the counter, through the real windows: a 2-star rating recorded on a return from the customer's card by
keyboard (a 7 refused beside the field first), and the owner writing a survey that a clerk then answers for a
customer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from keyboard import save_by_keyboard, type_text
from rental_support import RentalShop, later, rental_shop
from screen_support import show_for_typing
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
