"""Rewarding and measuring, tried as the owner on the demo shop with the keyboard, in shown windows (the issue's
"Done when"): the dashboard opened from the 회원·분석 menu, its figures the services' own, a number opened to its
list and the one-page report saved; "연락해 볼 고객" with each reason's weight and fact, three customers called and
the calls logged from the list; a referral card printed for a customer found by typing, and a new customer signed
with its code scanned, which rewards both; points paying part of a charge, shown as a discount on the statement; and
the backtest of the risk score on a past day. A picture of each step is saved; each is checked for a window off the
screen or a cut message."""

from __future__ import annotations

import html
import time
from collections import Counter as Counter_
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from documents.pdf_tools import fonts, info, page_texts, qr_codes_on_page, squeezed
from keyboard import save_by_keyboard, type_text
from screen_support import clipped_labels, off_screen, save_picture, settle_layout, show_for_typing
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import Customer, Referral
from toysub_desktop.db.open import open_database
from toysub_desktop.demo import populate_demo_shop
from toysub_desktop.domain.churn import Catch, ChurnReason
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.contacts import PhoneRole, StaffRole
from toysub_desktop.domain.dashboard import Period, period_months
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.points import referral_code
from toysub_desktop.services.churn import RiskRow, backtest, list_at_risk
from toysub_desktop.services.contact_log import customer_contact_log
from toysub_desktop.services.dashboard import dashboard_figures
from toysub_desktop.services.ledger import account_view
from toysub_desktop.services.points import (
    points_balance,
    points_holders,
    points_outstanding,
    points_settings,
    points_view,
)
from toysub_desktop.services.referrals import referral_counts
from toysub_desktop.services.shop import list_staff
from toysub_desktop.ui.churn import BacktestWindow, CallToKeepWindow, fact_text, reason_name
from toysub_desktop.ui.contact_log import LogContactDialog
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dashboard import DashboardWindow, FigureListDialog, FigureTile
from toysub_desktop.ui.dialogs.customer_dialogs import NewCustomerDialog
from toysub_desktop.ui.dialogs.sign_up_dialog import SignUpDialog
from toysub_desktop.ui.dialogs.statement_dialog import StatementDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.points import PointsWindow, SpendPointsDialog
from toysub_desktop.ui.text import won_text
from ui.test_day_one import back_in, focused, has_keyboard, key

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),  # the offscreen menu popup
]

D = TypeVar("D", bound=QDialog)
ALT = Qt.KeyboardModifier.AltModifier
#: The demo shop's last day; the owner is at the counter the next morning, 10:00 in Seoul.
DEMO_TODAY = date(2026, 3, 16)
MORNING = datetime(2026, 3, 17, 1, 0, tzinfo=UTC)
TODAY = date(2026, 3, 17)
#: Customers enough for some thirty subscribers with a reason to call and cancellations to backtest, built in
#: about ten seconds.
CUSTOMERS = 60
#: The friend a referral card brings, registered and signed during the walk.
FRIEND = "홍예린"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo shop (SQLite), shared by the steps of the walk, which run in order."""
    folder = tmp_path_factory.mktemp("demo-loyalty")
    db = open_database(sqlite_file(folder / "demo.sqlite3"), backup_folder=folder / "backups")
    populate_demo_shop(db, customers=CUSTOMERS, today=DEMO_TODAY)
    yield db
    db.dispose()


@pytest.fixture
def owner(demo_db: Database) -> Counter:
    staff = next(s for s in list_staff(demo_db) if s.role is StaffRole.OWNER)
    return Counter(demo_db, staff, now=lambda: MORNING)


@pytest.fixture
def window(qtbot: QtBot, owner: Counter) -> MainWindow:
    main = MainWindow(owner)
    show_for_typing(main, qtbot)
    return main


def look(window: QWidget, screenshots: Path, name: str) -> None:
    """A picture to look at; the window is on the screen and no message of it is cut."""
    settle_layout(window)
    save_picture(window, screenshots, f"demo-loyalty-{name}")
    assert off_screen(window) + clipped_labels(window) == []


def when_up(qtbot: QtBot, kind: type[D], steps: Callable[[D], None]) -> None:
    """Run *steps* in the modal window of *kind* once it is up and has the keyboard (a button pressed by its letter
    clicks a moment later, so it may take a while); a failing step closes it, so the test fails instead of waiting
    for ever, and so does a window that never comes."""
    deadline = time.monotonic() + 10

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if not (isinstance(modal, kind) and modal.isVisible()):
            if time.monotonic() > deadline:
                raise AssertionError(f"no {kind.__name__} came up; {modal} is the modal window")
            QTimer.singleShot(10, check)
            return
        try:
            modal.activateWindow()
            qtbot.waitUntil(lambda: modal.isActiveWindow() and has_keyboard(modal))
            steps(modal)
        except BaseException:
            modal.reject()
            raise

    QTimer.singleShot(0, check)


def from_loyalty_menu(qtbot: QtBot, window: MainWindow, letter: Qt.Key) -> None:
    """Alt+Y opens 회원·분석, then the entry's underlined letter (a window it opens runs until it is closed)."""
    back_in(qtbot, window)
    key(Qt.Key.Key_Y, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is not None
    QTest.keyClick(menu, letter)


def test_the_dashboard_shows_the_services_figures_opens_a_list_and_saves_its_report(
    qtbot: QtBot,
    window: MainWindow,
    owner: Counter,
    screenshots: Path,
    tmp_path: Path,
) -> None:
    figures = dashboard_figures(
        owner.db, staff_id=owner.staff.id, months=period_months(Period.LAST_12, TODAY), today=TODAY, now=MORNING
    )
    months = figures.months
    saved = tmp_path / "report.pdf"
    seen: dict[str, object] = {}

    def in_list(dialog: FigureListDialog) -> None:
        assert focused() is dialog.view
        while dialog.model.canFetchMore(dialog.model.index(-1, -1)):
            dialog.model.fetchMore(dialog.model.index(-1, -1))
        seen["listed"] = dialog.model.rowCount()
        look(dialog, screenshots, "1b-running-contracts")
        key(Qt.Key.Key_Escape)

    def save_as(dialog: QFileDialog) -> None:
        """The file's name typed over the one suggested, then Enter."""
        name = focused()
        assert isinstance(name, QLineEdit)
        seen["suggested"] = name.text()
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(str(saved))
        key(Qt.Key.Key_Return)

    def in_preview(preview: PdfPreviewDialog) -> None:
        look(preview, screenshots, "1c-report")
        when_up(qtbot, QFileDialog, save_as)
        key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # PDF로 저장
        back_in(qtbot, preview)
        key(Qt.Key.Key_Escape)
        seen["previewed"] = True

    def in_dashboard(dialog: DashboardWindow) -> None:
        seen["tiles"] = {name: tile.value for name, tile in dialog.tiles.items()}
        look(dialog, screenshots, "1a-dashboard")
        key(Qt.Key.Key_O, ALT)  # the period box; Tab goes on to the first number
        assert focused() is dialog.period
        key(Qt.Key.Key_Tab)
        tile = focused()
        assert isinstance(tile, FigureTile) and tile is dialog.tiles["active"]
        when_up(qtbot, FigureListDialog, in_list)
        key(Qt.Key.Key_Return)
        back_in(qtbot, dialog)
        when_up(qtbot, PdfPreviewDialog, in_preview)
        key(Qt.Key.Key_P, ALT)  # 인쇄…: the report in the preview (the button clicks a moment later)
        qtbot.waitUntil(lambda: "previewed" in seen)
        back_in(qtbot, dialog)
        key(Qt.Key.Key_Escape)

    when_up(qtbot, DashboardWindow, in_dashboard)
    from_loyalty_menu(qtbot, window, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: saved.exists())

    tiles = seen["tiles"]
    assert isinstance(tiles, dict)
    last = figures.last
    assert tiles["active"] == f"{last.active:,}" and last.active > 0
    assert tiles["new"] == f"{sum(line.new for line in months):,}"
    assert tiles["ended"] == f"{sum(line.ended for line in months):,}"
    assert tiles["revenue"] == won_text(last.recurring_revenue) and last.recurring_revenue > 0
    assert tiles["overdue"] == won_text(figures.overdue.amount)
    assert f"{points_outstanding(owner.db):,}" in tiles["points"] and points_outstanding(owner.db) > 0
    # The number opened is the list behind it: one row per contract running.
    assert seen["listed"] == last.active
    # The report, saved under the name suggested: one page, its figures, the Korean font in the file.
    assert seen["suggested"] == "대시보드 2025-04–2026-03.pdf"
    pdf = saved.read_bytes()
    assert info(pdf, tmp_path)["Pages"] == "1"
    [text] = page_texts(pdf, tmp_path)
    flat = squeezed(text)
    for said in (
        "운영현황보고서",
        "구독중계약",
        f"{last.active:,}",
        "월정기매출",
        squeezed(won_text(last.recurring_revenue)),
    ):
        assert said in flat, said
    assert any(font.embedded and ("Nanum" in font.name or "Noto" in font.name) for font in fonts(pdf, tmp_path))


def test_the_owner_sees_who_may_leave_and_why_and_logs_three_calls(
    qtbot: QtBot, window: MainWindow, owner: Counter, screenshots: Path
) -> None:
    notes = ("재계약 안내 통화", "결제 안내 통화", "안부 통화")
    called: list[tuple[RiskRow, str]] = []
    shown: list[str] = []
    kinds: list[ContactKind | None] = []

    def call(note: str) -> Callable[[LogContactDialog], None]:
        def log_it(log: LogContactDialog) -> None:
            assert focused() is log.note
            kinds.append(log.kind.value())
            type_text(note)
            save_by_keyboard()

        return log_it

    def in_list(dialog: CallToKeepWindow) -> None:
        assert focused() is dialog.list
        look(dialog, screenshots, "2a-customers-to-call")
        for index, note in enumerate(notes):
            if index:
                key(Qt.Key.Key_Down)
            chosen = dialog.selected()
            assert chosen is not None
            shown.append(dialog.detail.text())
            when_up(qtbot, LogContactDialog, call(note))
            key(Qt.Key.Key_Return)  # Enter on the row logs the call
            back_in(qtbot, dialog)
            row = dialog.model.row_of(chosen.customer_id)
            assert row == index  # the list keeps its order: the scores are the morning's
            called.append((chosen, str(dialog.model.data(dialog.model.index(row, 5)))))
        look(dialog, screenshots, "2b-three-called")
        key(Qt.Key.Key_Escape)

    when_up(qtbot, CallToKeepWindow, in_list)
    from_loyalty_menu(qtbot, window, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: len(called) == 3)

    listed = list_at_risk(owner.db, limit=3, today=TODAY).rows
    assert [row.customer_id for row, _ in called] == [row.customer_id for row in listed]
    expected_kinds = [
        ContactKind.RENEWAL if row.reasons[0].reason is ChurnReason.TERM_ENDING else ContactKind.CALL for row in listed
    ]
    assert kinds == expected_kinds and ContactKind.RENEWAL in kinds  # a term ending is a renewal talk
    never_contacted: list[str] = []
    for (row, last_contact), detail, note, kind in zip(called, shown, notes, expected_kinds, strict=True):
        # Every reason with its weight and the fact behind it, beside the list.
        assert row.reasons and f"{row.name}: 위험 {row.score}" in detail
        for reason in row.reasons:
            assert f"<b>{html.escape(reason_name(reason.reason))}</b> (+{reason.weight})" in detail
            assert html.escape(fact_text(reason)) in detail
        assert last_contact == "2026-03-17"  # the row shows today's call
        for reason in row.reasons:
            if reason.reason is ChurnReason.NO_CONTACT and "joined" in reason.arguments:
                never_contacted.append(row.name)  # the silence since they joined, not a contact that day
                assert f"{reason.arguments['joined']}에 가입한 뒤로 연락 기록이 없습니다." in detail
        # The call in the contact log, of the kind the list logs it.
        newest = customer_contact_log(owner.db, row.customer_id)[0]
        assert (newest.kind, newest.note, newest.recorded_by) == (kind, note, owner.staff.name)
    assert never_contacted


def find_by_typing(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Ctrl+F to the search box, *text* typed and Enter: the first customer found is on the card."""
    back_in(qtbot, window)
    key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.search
    type_text(text)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.panel.card is not None)


def scan(code: str) -> None:
    """A barcode or QR reader: the characters, then Enter, into the focused field."""
    QTest.keyClicks(focused(), code)
    key(Qt.Key.Key_Return)


def test_a_referral_card_prints_and_the_friend_it_brings_rewards_both(
    qtbot: QtBot, window: MainWindow, owner: Counter, screenshots: Path, tmp_path: Path
) -> None:
    # A customer who has brought friends before, known by a name no other customer has.
    referrers, _more = referral_counts(owner.db, limit=100)
    with owner.db.reading() as session:
        names = Counter_(session.scalars(select(Customer.name)).all())
    referrer = next(r for r in referrers if names[r.name] == 1)
    settings = points_settings(owner.db)
    before = points_balance(owner.db, referrer.customer_id, today=TODAY)
    find_by_typing(qtbot, window, referrer.name)
    card = window.panel.card
    assert card is not None and card.id == referrer.customer_id
    look(window, screenshots, "3a-referrer-found")
    code = referral_code(referrer.customer_id)
    printed: list[bytes] = []

    def in_preview(preview: PdfPreviewDialog) -> None:
        printed.append(preview.pdf)
        look(preview, screenshots, "3b-referral-card")
        key(Qt.Key.Key_Escape)

    when_up(qtbot, PdfPreviewDialog, in_preview)
    from_loyalty_menu(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: bool(printed))
    [text] = page_texts(printed[0], tmp_path)
    assert code in squeezed(text)  # printed in groups, "0000 075", to be read out
    assert code in "".join(qr_codes_on_page(printed[0], 1, tmp_path))

    # A friend comes with the card: registered (Ctrl+N), then signed with the card's code scanned.
    def register(dialog: NewCustomerDialog) -> None:
        assert focused() is dialog.name
        type_text(FRIEND)
        for field, typed in (
            (dialog.phones[PhoneRole.PRIMARY], "01072724848"),
            (dialog.address.postal_code, "04002"),
            (dialog.address.road_address, "서울특별시 마포구 월드컵북로 402"),
            (dialog.address.detail, "502호"),
        ):
            field.setFocus()
            type_text(typed)
        dialog.personal_data.setFocus()
        key(Qt.Key.Key_Space)
        look(dialog, screenshots, "3c-friend-registered")
        save_by_keyboard()

    when_up(qtbot, NewCustomerDialog, register)
    back_in(qtbot, window)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.panel.card is not None and window.panel.card.name == FRIEND)
    friend = window.panel.card
    assert friend is not None
    seen: dict[str, str] = {}

    def sign(dialog: SignUpDialog) -> None:
        assert dialog.customer.customer_id() == friend.id
        key(Qt.Key.Key_R, ALT)  # 추천인 코드(&R)
        assert focused() is dialog.referral_code
        scan(code)
        qtbot.waitUntil(lambda: referrer.name in dialog.referrer.text())
        assert dialog.isVisible() and not dialog.errors.message_for("referral_code")
        seen["referrer"] = dialog.referrer.text()
        look(dialog, screenshots, "3d-sign-up-with-the-code")
        when_up(qtbot, PdfPreviewDialog, lambda preview: preview.reject())  # the contract to print
        save_by_keyboard()

    when_up(qtbot, SignUpDialog, sign)
    back_in(qtbot, window)
    key(Qt.Key.Key_M, ALT)  # 고객(&M)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is not None
    QTest.keyClick(menu, Qt.Key.Key_G)  # 구독 가입(&G)
    qtbot.waitUntil(lambda: "referrer" in seen)
    assert referrer.customer_number in seen["referrer"]
    # Both rewarded as the shop set it; the referral recorded and counted.
    assert points_balance(owner.db, referrer.customer_id, today=TODAY) == before + settings.rules.referrer_reward
    assert points_balance(owner.db, friend.id, today=TODAY) == settings.rules.referred_reward > 0
    with owner.db.reading() as session:
        assert session.scalars(select(Referral.referrer_id).where(Referral.referred_id == friend.id)).all() == [
            referrer.customer_id
        ]
    counted = {r.customer_id: r.referrals for r in referral_counts(owner.db, limit=100)[0]}
    assert counted[referrer.customer_id] == referrer.referrals + 1


def test_points_pay_part_of_a_charge_shown_as_a_discount_on_the_statement(
    qtbot: QtBot, window: MainWindow, owner: Counter, screenshots: Path, tmp_path: Path
) -> None:
    # A customer of the demo's story (not the friend signed today) holding points who owes a charge.
    holders, _more = points_holders(owner.db, limit=1000)
    view = next(
        v
        for v in (points_view(owner.db, h.customer_id, today=TODAY) for h in holders if h.customer_name != FRIEND)
        if v.open_charges and v.balance >= 2
    )
    charge = view.open_charges[0]
    used = min(view.balance, charge.open) // 2
    with owner.db.reading() as session:
        number = session.scalars(select(Customer.number).where(Customer.id == view.customer_id)).one()
    assert number is not None
    find_by_typing(qtbot, window, number)
    assert window.panel.card is not None and window.panel.card.id == view.customer_id
    seen: dict[str, str] = {}

    def use(dialog: SpendPointsDialog) -> None:
        assert focused() is dialog.points and dialog.charge.currentData() == charge.id
        type_text(str(used))  # over the suggestion, which is selected
        look(dialog, screenshots, "4b-use-points")
        save_by_keyboard()

    def in_points(points: PointsWindow) -> None:
        assert focused() is points.spend_button
        look(points, screenshots, "4a-points")
        when_up(qtbot, SpendPointsDialog, use)
        key(Qt.Key.Key_U, ALT)  # 청구에 적립금 사용(&U)
        qtbot.waitUntil(lambda: f"{view.balance - used:,}P" in points.header.text())
        back_in(qtbot, points)
        look(points, screenshots, "4c-points-used")
        newest = points.history.item(0, 1)
        assert newest is not None
        seen["use"] = newest.text()
        seen["header"] = points.header.text()
        key(Qt.Key.Key_Escape)

    when_up(qtbot, PointsWindow, in_points)
    from_loyalty_menu(qtbot, window, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: "header" in seen)
    assert seen["use"] == f"사용 · {charge.due_on.isoformat()} 청구분"  # the newest entry names the charge it paid
    after = points_view(owner.db, view.customer_id, today=TODAY)
    assert after.balance == view.balance - used
    assert next(c.open for c in after.open_charges if c.id == charge.id) == charge.open - used
    account = account_view(owner.db, view.customer_id, today=TODAY)
    assert account.history[0].kind is EntryKind.POINTS_DISCOUNT and account.history[0].amount == used

    # This month's statement (Alt+J, T): the points are a discount, not money paid.
    statements: list[bytes] = []

    def in_preview(preview: PdfPreviewDialog) -> None:
        statements.append(preview.pdf)
        preview.reject()

    def in_statement(dialog: StatementDialog) -> None:
        look(dialog, screenshots, "4d-statement-period")
        when_up(qtbot, PdfPreviewDialog, in_preview)
        save_by_keyboard()

    when_up(qtbot, StatementDialog, in_statement)
    back_in(qtbot, window)
    key(Qt.Key.Key_J, ALT)  # 수납·정산(&J)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is not None
    QTest.keyClick(menu, Qt.Key.Key_T)  # 거래 내역서(&T)
    qtbot.waitUntil(lambda: bool(statements))
    flat = squeezed(" ".join(page_texts(statements[0], tmp_path)))
    # The month's discounts (today's and any the customer had before), each an entry, and their total.
    discounts = [
        line.amount
        for line in account.history
        if line.kind is EntryKind.POINTS_DISCOUNT and not line.voided and line.entry_on >= TODAY.replace(day=1)
    ]
    assert used in discounts
    assert f"적립금할인{sum(discounts):,}원" in flat and flat.count("할인:적립금사용") == len(discounts)


def test_the_backtest_shows_the_demo_shops_figures_for_a_past_day(
    qtbot: QtBot, window: MainWindow, owner: Counter, screenshots: Path
) -> None:
    day = date(2025, 12, 16)  # its 90 days have passed; the demo shop's cancellations of them are few
    found = backtest(owner.db, day=day, now=MORNING)
    assert found.complete and found.by_score.cancelled > 0
    seen: dict[str, str] = {}

    def in_backtest(dialog: BacktestWindow) -> None:
        assert focused() is dialog.day.line
        dialog.day.line.selectAll()
        type_text(day.isoformat())
        key(Qt.Key.Key_Return)
        seen["figures"] = dialog.figures.text()
        look(dialog, screenshots, "5-backtest")
        key(Qt.Key.Key_Escape)

    when_up(qtbot, BacktestWindow, in_backtest)
    from_loyalty_menu(qtbot, window, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: "figures" in seen)
    text = seen["figures"]

    def catch(c: Catch) -> str:
        return f"해지 {c.cancelled}명 중 {c.caught}명 ({c.percent}%)"

    assert f"2025-12-16에 구독 중인 고객: {found.subscribers}명, 상위 10%는 {found.top}명입니다." in text
    assert f"다음 날부터 {found.until.isoformat()}까지 해지: {found.by_score.cancelled}명" in text
    assert f"위험 점수 상위 10%: {catch(found.by_score)}" in text
    assert f"계약 만료가 가까운 순 상위 10%: {catch(found.by_term_end)}" in text
