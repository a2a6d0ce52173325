"""Knowing and talking to subscribers, tried as a clerk on the demo shop with the keyboard, in shown windows (the
issue's "Done when"): a complaint from a call logged and resolved a day later, a 2-star rating recorded on a return,
a walk-in prospect converted into a signed customer, and a birthday list exported that holds only consenting customers
with the §50 wording. A picture of each step is saved; each is checked for a window off the screen or a cut message."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyboard import save_by_keyboard, type_text
from screen_support import clipped_labels, off_screen, save_picture, show_for_typing
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import ContactLogEntry, Loan, Prospect, Subscription
from toysub_desktop.db.open import open_database
from toysub_desktop.demo import populate_demo_shop
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.feedback import FeedbackSubject
from toysub_desktop.domain.messages import Exclusion, MessageList
from toysub_desktop.domain.prospects import ProspectOutcome
from toysub_desktop.services.contact_log import contact_entry, customer_contact_log
from toysub_desktop.services.feedback import customer_feedback
from toysub_desktop.services.message_lists import ListRequest, message_list
from toysub_desktop.services.queries.marketing_consent import latest_marketing_answer
from toysub_desktop.services.shop import list_staff
from toysub_desktop.services.staff import DEMO_PIN
from toysub_desktop.ui.contact_log import LogContactDialog, ResolveComplaintDialog
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.customer_dialogs import NewCustomerDialog
from toysub_desktop.ui.dialogs.sign_up_dialog import SignUpDialog
from toysub_desktop.ui.feedback import FeedbackDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.message_lists import MessageListsDialog
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.prospects import NewProspectDialog, ProspectsDialog
from toysub_desktop.ui.sign_in import ApprovalDialog
from ui.test_day_one import back_in, focused, in_modal, key
from ui.test_prospect_workflows import alt_key, answer_modal

pytestmark = pytest.mark.gui

#: The demo shop's last day; the clerk is at the counter the next morning, 10:00 in Seoul.
DEMO_TODAY = date(2026, 3, 16)
MORNING = datetime(2026, 3, 17, 1, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A small demo shop (SQLite), shared by the steps of the walk: each works with other customers."""
    folder = tmp_path_factory.mktemp("demo-walk")
    db = open_database(sqlite_file(folder / "demo.sqlite3"), backup_folder=folder / "backups")
    populate_demo_shop(db, customers=30, today=DEMO_TODAY)
    yield db
    db.dispose()


@pytest.fixture
def clerk(demo_db: Database) -> Counter:
    staff = next(s for s in list_staff(demo_db) if s.role is StaffRole.CLERK)
    return Counter(demo_db, staff, now=lambda: MORNING)


@pytest.fixture
def window(qtbot: QtBot, clerk: Counter) -> MainWindow:
    main = MainWindow(clerk)
    show_for_typing(main, qtbot)
    return main


def look(window: QWidget, screenshots: Path, name: str) -> None:
    """A picture to look at; the window is on the screen and no message of it is cut (after the layout settled: a
    date's reading shown below its field makes the form grow a moment later)."""
    QTest.qWait(200)
    save_picture(window, screenshots, f"demo-conversations-{name}")
    assert off_screen(window) + clipped_labels(window) == []


def test_a_complaint_from_a_call_is_logged_then_resolved_a_day_later(
    qtbot: QtBot, window: MainWindow, clerk: Counter, screenshots: Path
) -> None:
    window.list.setFocus()
    window.list.selectRow(0)
    card = window.panel.card
    assert card is not None
    before = len(customer_contact_log(clerk.db, card.id))

    def complaint(dialog: LogContactDialog) -> None:
        assert focused() is dialog.note
        key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the kind: a call, then a complaint
        assert focused() is dialog.kind
        while dialog.kind.value() is not ContactKind.COMPLAINT:
            key(Qt.Key.Key_Down)
        key(Qt.Key.Key_Tab)
        type_text("전화: 이번 상자의 퍼즐 조각이 3개 부족하다고 함")
        key(Qt.Key.Key_Tab)  # about: the customer in general
        key(Qt.Key.Key_Tab)
        assert focused() is dialog.follow_up_on.line
        type_text("+1")
        look(dialog, screenshots, "1-complaint")
        save_by_keyboard()

    in_modal(qtbot, LogContactDialog, complaint)
    key(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(customer_contact_log(clerk.db, card.id)) == before + 1)
    newest = customer_contact_log(clerk.db, card.id)[0]
    assert newest.kind is ContactKind.COMPLAINT and newest.is_open_complaint
    assert newest.follow_up_on == DEMO_TODAY + timedelta(days=2)

    # The next day the clerk opens the card again, chooses the complaint in its log and resolves it.
    clerk.now = lambda: MORNING + timedelta(days=1)
    back_in(qtbot, window)
    window.show_customer(card.id)
    table = window.panel.contact_log
    assert table.item(0, 3).text() == "미해결"
    table.setFocus()
    table.selectRow(0)
    assert window.actions_["resolve"].isEnabled()

    def resolve(dialog: ResolveComplaintDialog) -> None:
        assert focused() is dialog.resolution
        type_text("부족한 조각 택배로 보냄, 고객 확인 통화함")
        look(dialog, screenshots, "2-resolve")
        save_by_keyboard()

    in_modal(qtbot, ResolveComplaintDialog, resolve)
    window.buttons["resolve"].setFocus()
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not contact_entry(clerk.db, newest.id).is_open_complaint)
    entry = contact_entry(clerk.db, newest.id)
    assert (entry.resolved_by, entry.resolved_at) == (clerk.staff.name, MORNING + timedelta(days=1))
    assert table.item(0, 3).text().startswith(f"2026-03-18 10:00 {clerk.staff.name} 해결: 부족한 조각")
    look(window, screenshots, "3-resolved-on-the-card")


def test_a_two_star_rating_is_recorded_on_a_return(
    qtbot: QtBot, window: MainWindow, clerk: Counter, screenshots: Path
) -> None:
    with clerk.db.reading() as session:
        customer = session.scalars(
            select(Loan.customer_id).where(Loan.returned_on.is_not(None)).order_by(Loan.returned_on.desc()).limit(1)
        ).one()
    window.show_customer(customer)
    before = len(customer_feedback(clerk.db, customer))
    seen: dict[str, str] = {}

    def rate(dialog: FeedbackDialog) -> None:
        assert focused() is dialog.about
        while (about := dialog.about.value()) is None or about[0] is not FeedbackSubject.RETURN:
            key(Qt.Key.Key_Down)
        seen["about"] = dialog.about.currentText()
        key(Qt.Key.Key_Tab)
        type_text("0")  # refused beside the field, what was typed kept
        save_by_keyboard()
        seen["zero"] = dialog.errors.message_for("rating")
        assert dialog.isVisible() and dialog.rating.text() == "0"
        dialog.rating.selectAll()
        type_text("2")
        key(Qt.Key.Key_Tab)
        type_text("바퀴가 빠져 있었어요")
        look(dialog, screenshots, "4-two-stars")
        save_by_keyboard()

    in_modal(qtbot, FeedbackDialog, rate)
    window.buttons["feedback"].setFocus()
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(customer_feedback(clerk.db, customer)) == before + 1)
    assert seen["zero"] == "별점은 1에서 5 사이의 숫자로 입력하십시오."
    assert "반납" in seen["about"]
    newest = customer_feedback(clerk.db, customer)[0]
    assert (newest.subject, newest.rating, newest.comment) == (FeedbackSubject.RETURN, 2, "바퀴가 빠져 있었어요")


def test_a_walk_in_prospect_is_converted_into_a_signed_customer(
    qtbot: QtBot, clerk: Counter, screenshots: Path
) -> None:
    seen: dict[str, str] = {}

    def record(dialog: NewProspectDialog) -> None:
        assert focused() is dialog.name
        type_text("문채원")
        key(Qt.Key.Key_Tab)
        type_text("01046461212")
        key(Qt.Key.Key_Tab)  # kind: an inquiry
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_Down)  # heard of us: walked in
        key(Qt.Key.Key_Tab)
        type_text("렌털, 돌 지난 아이")
        key(Qt.Key.Key_Tab)
        type_text("매장 둘러보고 요금표 받아 감")
        key(Qt.Key.Key_Tab)
        assert focused() is dialog.follow_up_on.line
        type_text("2026-03-10")  # a day gone by: refused beside the field, the typed text kept
        save_by_keyboard()
        seen["past"] = dialog.errors.message_for("follow_up_on")
        assert dialog.isVisible() and dialog.follow_up_on.text() == "2026-03-10"
        dialog.follow_up_on.line.selectAll()
        type_text("+2")
        look(dialog, screenshots, "5-walk-in")
        save_by_keyboard()

    prospects = ProspectsDialog(clerk)
    show_for_typing(prospects, qtbot)
    failures = answer_modal(NewProspectDialog, record)
    alt_key(prospects, Qt.Key.Key_N)  # 새 가망 고객(&N)
    qtbot.waitUntil(lambda: bool(failures) or ("past" in seen and QApplication.activeModalWidget() is None))
    assert not failures, failures
    assert "지난 날짜" in seen["past"]
    new = prospects.selected()
    assert new is not None and (new.name, new.source.value) == ("문채원", "walk_in")
    look(prospects, screenshots, "6-prospects")

    def register(dialog: NewCustomerDialog) -> None:
        assert dialog.name.text() == "문채원"
        for field, text in (
            (dialog.address.postal_code, "04001"),
            (dialog.address.road_address, "서울특별시 마포구 월드컵북로 400"),
            (dialog.address.detail, "301호"),
        ):
            field.setFocus()
            type_text(text)
        dialog.personal_data.setFocus()
        key(Qt.Key.Key_Space)
        look(dialog, screenshots, "7-register")
        save_by_keyboard()

    chosen: list[int] = []
    prospects.customerChosen.connect(chosen.append)
    back_in(qtbot, prospects)
    failures = answer_modal(NewCustomerDialog, register)
    alt_key(prospects, Qt.Key.Key_J)  # 가입 등록(&J)
    qtbot.waitUntil(lambda: bool(failures) or bool(chosen))
    assert not failures, failures
    [customer] = chosen
    assert [e.note for e in customer_contact_log(clerk.db, customer)] == ["매장 둘러보고 요금표 받아 감"]
    with clerk.db.reading() as session:
        outcome = session.scalars(select(Prospect.outcome).where(Prospect.customer_id == customer)).one()
    assert outcome == ProspectOutcome.CONVERTED.value

    # On the card, the new customer signs up: the first plan from today, then the contract to print is shown.
    window = MainWindow(clerk)
    show_for_typing(window, qtbot)
    window.select_customer(customer)
    assert window.panel.card is not None and window.panel.card.name == "문채원"
    previews: list[PdfPreviewDialog] = []

    def sign_up(dialog: SignUpDialog) -> None:
        assert dialog.customer.customer_id() == customer
        look(dialog, screenshots, "8-sign-up")
        in_modal(qtbot, PdfPreviewDialog, lambda preview: (previews.append(preview), preview.reject()))
        save_by_keyboard()

    in_modal(qtbot, SignUpDialog, sign_up)
    window.actions_["subscribe"].trigger()
    qtbot.waitUntil(lambda: bool(previews))
    with clerk.db.reading() as session:
        signed = session.scalars(select(Subscription.id).where(Subscription.customer_id == customer)).all()
    assert len(signed) == 1


def test_a_birthday_list_holds_only_consenting_customers_with_the_50_wording(
    qtbot: QtBot, window: MainWindow, clerk: Counter, screenshots: Path, tmp_path: Path
) -> None:
    # The month with the most birthdays, some of them of families who did not agree to advertising.
    def listed(month: int) -> tuple[int, int]:
        view = message_list(
            clerk.db,
            ListRequest(MessageList.BIRTHDAYS, month=month, send_at=MORNING + timedelta(days=1)),
            today=clerk.today(),
        )
        refused = sum(1 for _c, why in view.sorted.excluded if why is Exclusion.NO_CONSENT)
        return len(view.recipients), refused

    month = max(range(1, 13), key=lambda m: (min(listed(m)), listed(m)))
    recipients, refused = listed(month)
    assert recipients and refused
    path = tmp_path / "생일.csv"
    seen: dict[str, object] = {}

    def approve(approval: ApprovalDialog) -> None:
        assert focused() is approval.names
        type_text("1")  # the owner's number: the PIN field is next
        type_text(DEMO_PIN)
        key(Qt.Key.Key_Return)

    def export(dialog: MessageListsDialog) -> None:
        assert focused() is dialog.kind and dialog.kind.currentText() == "자녀 생일 (광고)"
        key(Qt.Key.Key_Tab)
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(str(month))
        qtbot.waitUntil(lambda: dialog.recipients_model.rowCount() == recipients)
        dialog.path.setFocus()
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(str(path))
        look(dialog, screenshots, "9-birthdays")
        seen["preview"] = dialog.preview.toPlainText()
        in_modal(qtbot, ApprovalDialog, approve)
        save_by_keyboard()

    in_modal(qtbot, MessageListsDialog, export)
    window.actions_["message_lists"].trigger()
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    assert rows[0] == ["이름", "휴대폰번호", "메시지"] and len(rows) == recipients + 1
    for _name, _number, message in rows[1:]:
        assert message.startswith("(광고)")
        assert message.splitlines()[-1].startswith("무료수신거부 080-")
    # Each customer on it has the export in their contact log, and each of them agreed to advertising.
    with clerk.db.reading() as session:
        logged = session.scalars(
            select(ContactLogEntry.customer_id).where(
                ContactLogEntry.kind == ContactKind.MESSAGE.value, ContactLogEntry.recorded_at == MORNING
            )
        ).all()
        assert len(logged) == recipients
        assert all(latest_marketing_answer(session, customer) is True for customer in logged if customer is not None)
    assert str(seen["preview"]).startswith("(광고)")
