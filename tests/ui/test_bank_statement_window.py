"""Bank statement matching in the shown window, by keyboard only: the statement opened from the Money menu, each
deposit listed with its suggested customer, Space and Enter confirm, another customer is picked by typing, a line
is ignored, and what is left stays listed when the window opens again."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyboard import save_by_keyboard, type_text
from support import NOW, new_customer, sample_shop
from toysub_desktop.domain.ledger import PaymentMeans
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.bank_statements import bank_line_counts
from toysub_desktop.services.customers import customer_card, register_customer, update_customer_details
from toysub_desktop.services.ledger import account_view, bill_customer
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.bank_statements import BankLineModel, BankStatementWindow, OtherCustomerDialog
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.main_window import MainWindow
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier
APRIL_6 = datetime(2026, 4, 6, 1, 0, tzinfo=UTC)

STATEMENT = """\
거래일시,적요,기재내용,출금액,입금액,잔액
2026-04-03 10:12:05,타행이체,김민수,0,"58,000","1,058,000"
2026-04-03 15:30:00,인터넷뱅킹,박지훈,0,"29,000","1,087,000"
2026-04-04 09:00:00,타행이체,홍길동,0,"10,000","1,097,000"
2026-04-04 13:00:00,환불,쿠팡,0,"15,800","1,112,800"
"""


@pytest.fixture
def shop(counter: Counter, tmp_path: Path) -> dict[str, int]:
    ids = sample_shop(counter.db, counter.staff.id)
    ids["lee"] = register_customer(
        counter.db, staff_id=counter.staff.id, new=new_customer("이영희", phone="010-2222-3333"), now=NOW
    )
    for customer in (ids["customer"], ids["lee"]):
        new = NewSubscription(customer, ids["box"], 12, date(2026, 3, 2), PaymentMethod.BANK_TRANSFER, delivery_day=5)
        sign_up(counter.db, staff_id=counter.staff.id, new=new, now=NOW)
        bill_customer(counter.db, staff_id=counter.staff.id, customer_id=customer, now=APRIL_6)
    counter.now = lambda: APRIL_6
    return ids


def _window(qtbot: QtBot, counter: Counter) -> BankStatementWindow:
    window = BankStatementWindow(counter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, key, modifier)


def _depositors(window: BankStatementWindow) -> list[str]:
    return [window.model.index(r, 1).data() for r in range(window.model.rowCount())]


def test_the_depositor_name_is_typed_on_the_customer_details(
    qtbot: QtBot, counter: Counter, shop: dict[str, int]
) -> None:
    from toysub_desktop.ui.dialogs.customer_dialogs import EditCustomerDialog

    dialog = EditCustomerDialog(counter, customer_card(counter.db, shop["lee"], today=counter.today()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "이영희" in dialog.depositor_name.placeholderText()
    dialog.depositor_name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.depositor_name)
    type_text("박지훈")
    QApplication.clipboard().setText("\x01")  # a control character pasted after it: said beside the field
    _key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    save_by_keyboard()
    assert dialog.isVisible() and dialog.errors.message_for("depositor_name")
    assert dialog.depositor_name.text() == "박지훈\x01"
    assert customer_card(counter.db, shop["lee"], today=counter.today()).depositor_name is None
    _key(Qt.Key.Key_Backspace)
    save_by_keyboard()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert customer_card(counter.db, shop["lee"], today=counter.today()).depositor_name == "박지훈"


def test_a_statement_is_matched_line_by_line_from_the_keyboard(
    qtbot: QtBot, counter: Counter, shop: dict[str, int], tmp_path: Path, screenshots: Path,
    monkeypatch: pytest.MonkeyPatch, qtmodeltester: ModelTester,
) -> None:  # fmt: skip
    card = customer_card(counter.db, shop["lee"], today=counter.today())
    update_customer_details(
        counter.db, staff_id=counter.staff.id, customer_id=shop["lee"], expected_version=card.version,
        name=card.name, email=card.email or "", notes=card.notes, depositor_name="박지훈", now=NOW,
    )  # fmt: skip
    statement = tmp_path / "농협_거래내역조회.csv"
    statement.write_bytes(STATEMENT.encode("cp949"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(statement), ""))
    window = _window(qtbot, counter)
    assert window.model.rowCount() == 0

    # Alt+O opens the statement; the lines are listed with their suggestions, the first one selected.
    QTest.keyClick(window, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    assert "4" in window.outcome.text() and "농협_거래내역조회.csv" in window.outcome.text()
    assert _depositors(window) == ["김민수", "박지훈", "홍길동", "쿠팡"]
    standalone = BankLineModel(counter)  # the same list on its own, for Qt's model checks
    standalone.reload()
    qtmodeltester.check(standalone, force_py=True)
    assert window.model.index(0, 4).data().startswith("김민수")
    assert window.model.index(1, 4).data().startswith("이영희")
    assert "2026-03-02" in window.model.index(0, 5).data() and "2026-04-02" in window.model.index(0, 5).data()
    window.grab().save(str(screenshots / "bank-statement-window.png"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)

    # Space confirms 김민수's 58,000원 for March and April; Enter confirms 박지훈's transfer as 이영희's.
    _key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    kim = account_view(counter.db, shop["customer"], today=counter.today())
    assert kim.balance == 0 and kim.history[0].means is PaymentMeans.BANK_TRANSFER
    assert "김민수" in window.outcome.text()
    _key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    assert account_view(counter.db, shop["lee"], today=counter.today()).balance == 29_000

    # 홍길동 fits nobody: Enter says so and writes nothing.
    assert _depositors(window) == ["홍길동", "쿠팡"]
    _key(Qt.Key.Key_Return)
    assert window.error.isVisible() and window.error.text()
    assert window.model.rowCount() == 2 and bank_line_counts(counter.db).matched == 2

    # Unsettled lines stay listed when the window opens again.
    window.close()
    window = _window(qtbot, counter)
    assert _depositors(window) == ["홍길동", "쿠팡"]
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)

    # Alt+A: 홍길동 paid for 이영희; she is found by typing her name, Ctrl+Enter records it.
    def pick(dialog: OtherCustomerDialog) -> None:
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.picker.query)
        type_text("이영희")
        _key(Qt.Key.Key_Return)  # takes the first match; never saves
        qtbot.waitUntil(lambda: dialog.picker.customer_id() == shop["lee"])
        assert dialog.isVisible()
        dialog.grab().save(str(screenshots / "bank-statement-other-customer.png"))
        save_by_keyboard()

    when_modal(OtherCustomerDialog, pick)
    QTest.keyClick(window, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert account_view(counter.db, shop["lee"], today=counter.today()).balance == 19_000

    # Alt+I: the shop's own refund from a supplier is ignored.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    counts = bank_line_counts(counter.db)
    assert (counts.open, counts.matched, counts.ignored) == (0, 3, 1)
    assert "3" in window.counts.text() and "1" in window.counts.text()


def test_a_file_that_is_no_bank_statement_is_refused_naming_it(
    qtbot: QtBot, counter: Counter, shop: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "고객목록.csv"
    bad.write_bytes("이름,연락처\n김민수,010-1234-5678\n".encode("cp949"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(bad), ""))
    window = _window(qtbot, counter)
    QTest.keyClick(window, Qt.Key.Key_O, ALT)
    qtbot.waitUntil(window.error.isVisible)
    assert "고객목록.csv" in window.error.text() and "입금자" in window.error.text()
    assert bank_line_counts(counter.db).open == 0 and window.model.rowCount() == 0


def test_the_money_menu_opens_bank_statement_matching(qtbot: QtBot, counter: Counter, shop: dict[str, int]) -> None:
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    menu = next(a.menu() for a in main.menuBar().actions() if "수납" in a.text())
    assert isinstance(menu, QWidget)
    texts = [a.text() for a in menu.actions()]  # type: ignore[attr-defined]
    assert any("(&B)" in text for text in texts)
    seen: list[BankStatementWindow] = []
    when_modal(BankStatementWindow, lambda w: (seen.append(w), w.reject()))
    next(a for a in menu.actions() if "(&B)" in a.text()).trigger()  # type: ignore[attr-defined]
    assert seen and seen[0].windowTitle()
