"""Subscriptions through the real widgets (offscreen): sign up, the lists, pause, cancel with its fee."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from documents.pdf_tools import page_texts, squeezed
from screen_support import MessageBoxAnswerer
from support import NEW_HOME, NOW, sample_shop
from toysub_desktop.db.models import AuditEntry, Shop, Subscription
from toysub_desktop.domain.address import Address
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.domain.subscriptions import SubscriptionState
from toysub_desktop.services.documents import list_documents
from toysub_desktop.services.plans import schedule_price_change
from toysub_desktop.services.price_notices import price_notices_due
from toysub_desktop.services.subscriptions import NewSubscription, sign_up, subscription_view
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.contact_dialogs import AddressChangeDialog
from toysub_desktop.ui.dialogs.settings_dialogs import ShopDetailsDialog
from toysub_desktop.ui.dialogs.sign_up_dialog import SignUpDialog
from toysub_desktop.ui.dialogs.subscription_dialogs import CancelDialog, PauseDialog, RenewDialog, SkipDeliveryDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.printing import show_contract, show_document
from toysub_desktop.ui.subscription_list_model import SubscriptionListModel
from toysub_desktop.ui.subscription_panel import SubscriptionPanel
from ui.modal_windows import when_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def shop(counter: Counter) -> dict[str, int]:
    return sample_shop(counter.db, counter.staff.id)


def subscriptions_in(counter: Counter) -> int:
    with counter.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Subscription)) or 0)


def rental(shop: dict[str, int], **changes: object) -> NewSubscription:
    base = {
        "customer_id": shop["customer"],
        "plan_id": shop["rental"],
        "term_months": 24,
        "start_on": date(2026, 3, 2),
        "payment_method": PaymentMethod.CARD,
        "swap_weekday": 2,
    }
    return NewSubscription(**{**base, **changes})  # type: ignore[arg-type]


def choose_plan(dialog: SignUpDialog, name: str) -> None:
    index = next(i for i, p in enumerate(dialog.plans) if p.details.name == name)
    dialog.plan.setCurrentIndex(index)


def test_signing_up_through_the_dialog_shows_the_figures_and_creates_the_contract(
    qtbot: QtBot, counter: Counter, shop: dict[str, int]
) -> None:
    dialog = SignUpDialog(counter, shop["customer"])
    qtbot.addWidget(dialog)
    choose_plan(dialog, "렌털 프리미엄")
    dialog.term.set_value(24)
    discount = dialog.discounts[0]
    discount.check.setChecked(True)
    discount.evidence.setText("가족관계증명서 확인")
    review = dialog.review.text()
    # 39,000 − 5 % (1,950) − 10 % (3,900) = 33,150 a month; × 24 = 795,600; deposit 50,000.
    assert "33,150원" in review and "795,600원" in review and "50,000원" in review
    assert "체험" in review
    assert not dialog.form.isRowVisible(dialog.delivery_day.parentWidget())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    view = subscription_view(counter.db, int(dialog.outcome), today=counter.today())  # type: ignore[call-overload]
    assert (view.monthly_fee, view.term_months, view.swap_weekday) == (33_150, 24, 0)
    assert view.contract_number.startswith("TS-2026-")
    assert view.state is SubscriptionState.TRIAL


def test_a_bad_sign_up_says_why_beside_the_fields_and_writes_nothing(
    qtbot: QtBot, counter: Counter, shop: dict[str, int]
) -> None:
    dialog = SignUpDialog(counter)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "고객" in dialog.errors.message_for("customer")
    dialog.customer.choose(shop["customer"], "김민수")
    choose_plan(dialog, "렌털 프리미엄")
    dialog.start.set_date(date(2025, 1, 1))  # before the customer was registered
    dialog.discounts[0].check.setChecked(True)  # without the evidence seen
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "2026-03-02" in dialog.errors.message_for("start")
    assert dialog.errors.message_for("discounts[0].evidence")
    assert subscriptions_in(counter) == 0


def test_a_box_plan_asks_for_the_delivery_day(qtbot: QtBot, counter: Counter, shop: dict[str, int]) -> None:
    dialog = SignUpDialog(counter, shop["customer"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    choose_plan(dialog, "정기배송 베이직")
    assert dialog.form.isRowVisible(dialog.delivery_day.parentWidget())
    assert not dialog.form.isRowVisible(dialog.swap_weekday.parentWidget())

    def type_into(widget: QWidget, text: str) -> None:
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        # The keys go where a clerk's would: into the field itself (or the line inside a date input), once it has
        # the focus — on a busy machine that is not at once.
        qtbot.waitUntil(lambda: widget.hasFocus() or widget.isAncestorOf(QApplication.focusWidget()))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), text)

    # The day follows the start date, month ends included: a start on the 31st delivers on day 31.
    assert dialog.delivery_day.value() == 2
    type_into(dialog.start, "2026-03-31")
    assert dialog.delivery_day.value() == 31
    # A day the clerk chose stays when the start changes.
    type_into(dialog.delivery_day, "25")
    type_into(dialog.start, "2026-03-30")
    assert dialog.delivery_day.value() == 25
    type_into(dialog.delivery_day, "31")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    view = subscription_view(counter.db, int(dialog.outcome))  # type: ignore[call-overload]
    assert (view.timeline.start, view.delivery_day) == (date(2026, 3, 30), 31)


def test_the_pause_dialog_shows_the_new_end_and_refuses_a_pause_in_the_trial(
    qtbot: QtBot, counter: Counter, shop: dict[str, int]
) -> None:
    subscription_id = sign_up(counter.db, staff_id=counter.staff.id, new=rental(shop), now=NOW)
    view = subscription_view(counter.db, subscription_id, today=counter.today())
    dialog = PauseDialog(counter, view)
    qtbot.addWidget(dialog)
    # The default starts when the paid term begins (after the 14-day trial) and lasts 30 days.
    assert dialog.first.date() == date(2026, 3, 16)
    assert "30" in dialog.preview.text() and "2028-04-14" in dialog.preview.text()
    dialog.first.set_date(date(2026, 3, 5))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "2026-03-16" in dialog.errors.message_for("from")
    dialog.first.set_date(date(2026, 4, 1))
    dialog.last.set_date(date(2026, 4, 30))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    paused = subscription_view(counter.db, subscription_id, today=date(2026, 4, 10))
    assert paused.state is SubscriptionState.PAUSED and paused.timeline.end == date(2028, 4, 14)


def test_the_cancel_dialog_shows_the_fee_and_how_it_was_computed(
    qtbot: QtBot, counter: Counter, shop: dict[str, int]
) -> None:
    in_trial = sign_up(counter.db, staff_id=counter.staff.id, new=rental(shop), now=NOW)
    trial_dialog = CancelDialog(counter, subscription_view(counter.db, in_trial, today=counter.today()))
    qtbot.addWidget(trial_dialog)
    assert "체험" in trial_dialog.preview.text()  # cancelling tomorrow is within the free trial: no fee
    subscription_id = sign_up(
        counter.db, staff_id=counter.staff.id, new=rental(shop, plan_id=shop["rental_basic"]), now=NOW
    )
    dialog = CancelDialog(counter, subscription_view(counter.db, subscription_id, today=counter.today()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()

    def type_date(text: str) -> None:
        dialog.effective_on.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.effective_on.line)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), text)

    type_date("2027-03-02")
    text = dialog.preview.text()
    # 29,000 − 5 % = 27,550 a month; 2027-03-02 .. 2028-03-01 is 12 whole cycles: 330,600원; 10 % = 33,060원.
    assert "12개월 × 27,550원 = 330,600원" in text and "33,060원" in text
    type_date("2027-03-18")
    # Mid-cycle: 3/2 .. 4/1 has 31 days, 15 left: 27,550 × 15 ÷ 31 = 13,330원; + 11 × 27,550 = 316,380원; 10 %.
    text = dialog.preview.text()
    assert "27,550원 × 31일 중 15일 + 11개월 × 27,550원 = 316,380원" in text and "31,638원" in text
    dialog.note.setText("이사")  # a reason is required, and the clerk confirms
    answer = MessageBoxAnswerer("해지합니다")
    dialog.save()
    assert "정말 해지할까요?" in answer.texts[0] and "31,638원" in answer.texts[0]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert subscription_view(counter.db, subscription_id).cancellation_fee == 31_638


def test_a_month_end_box_can_skip_its_april_delivery_on_the_30th(
    qtbot: QtBot, counter: Counter, shop: dict[str, int]
) -> None:
    box = NewSubscription(shop["customer"], shop["box"], 12, date(2026, 3, 31), PaymentMethod.CARD, delivery_day=31)
    subscription_id = sign_up(counter.db, staff_id=counter.staff.id, new=box, now=NOW)
    dialog = SkipDeliveryDialog(counter, subscription_view(counter.db, subscription_id, today=counter.today()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    offered = [dialog.month.itemText(i)[:10] for i in range(dialog.month.count())]
    assert offered[:4] == ["2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30"]
    dialog.month.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.month)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert subscription_view(counter.db, subscription_id).skipped == (date(2026, 4, 30),)
    panel = SubscriptionPanel()
    qtbot.addWidget(panel)
    panel.show_subscription(subscription_view(counter.db, subscription_id, today=counter.today()))
    panel.show()
    qtbot.waitExposed(panel)
    assert "매월 31일 (그날이 없는 달은 말일)" in panel.summary.text()


def test_the_cancel_dialog_explains_a_contract_signed_under_the_days_rule_by_that_rule(
    qtbot: QtBot, counter: Counter, shop: dict[str, int]
) -> None:
    subscription_id = sign_up(
        counter.db, staff_id=counter.staff.id, new=rental(shop, plan_id=shop["rental_basic"]), now=NOW
    )
    with counter.db.writing() as session:  # signed before migration 0009, which kept its rule
        signed = session.get(Subscription, subscription_id)
        assert signed is not None
        signed.early_termination_method = "days_30"
    dialog = CancelDialog(counter, subscription_view(counter.db, subscription_id, today=counter.today()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.effective_on.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.effective_on.line)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(QApplication.focusWidget(), "2027-03-02")
    # 27,550 × 366 ÷ 30 = 336,110원; 10 % = 33,611원, as that contract says.
    text = dialog.preview.text()
    assert "27,550원 × 366일 ÷ 30 = 336,110원" in text and "33,611원" in text


def test_the_renewal_dialog_shows_the_price_the_subscriber_was_told_and_renews_at_it(
    qtbot: QtBot, counter: Counter, shop: dict[str, int]
) -> None:
    box = NewSubscription(shop["customer"], shop["box"], 12, date(2026, 3, 2), PaymentMethod.CARD, delivery_day=5)
    subscription_id = sign_up(counter.db, staff_id=counter.staff.id, new=box, now=NOW)  # ends 2027-03-01
    schedule_price_change(
        counter.db, staff_id=counter.staff.id, plan_id=shop["box"], monthly_price=32_000,
        effective_from=date(2027, 3, 2), now=NOW,
    )  # fmt: skip
    (told,) = price_notices_due(counter.db, today=counter.today())
    assert (told.new_price, told.applies_from) == (32_000, date(2027, 3, 2))
    # The customer renews early, in January, while the catalogue still says 29,000원.
    january = Counter(counter.db, counter.staff, now=lambda: datetime(2027, 1, 10, 1, 0, tzinfo=UTC))
    dialog = RenewDialog(january, subscription_view(counter.db, subscription_id, today=january.today()), (12, 24))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.term)
    assert "2027-03-02" in dialog.preview.text() and "32,000원" in dialog.preview.text()
    assert "384,000원" in dialog.preview.text()  # 32,000 × 12
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # 24 months
    # 32,000 less the 24-month term's 5 % (1,600) = 30,400 a month; × 24 = 729,600.
    assert "32,000원" in dialog.preview.text() and "30,400원" in dialog.preview.text()
    assert "729,600원" in dialog.preview.text()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # back to 12 months
    assert "384,000원" in dialog.preview.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    renewal = subscription_view(counter.db, int(dialog.outcome), today=january.today())  # type: ignore[call-overload]
    assert (renewal.timeline.start, renewal.list_price, renewal.monthly_fee) == (date(2027, 3, 2), 32_000, 32_000)


@pytest.fixture
def window(qtbot: QtBot, counter: Counter, shop: dict[str, int]) -> MainWindow:
    sign_up(counter.db, staff_id=counter.staff.id, new=rental(shop), now=NOW)
    sign_up(counter.db, staff_id=counter.staff.id, new=rental(shop, start_on=date(2026, 5, 1)), now=NOW)
    main = MainWindow(counter)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def test_the_subscriptions_tab_lists_filters_and_shows_one(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.subscriptions
    assert tab.model.rowCount() == 0  # nothing is read while the window opens on the Customers tab
    window.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 2
    # The trial signed today ends on 03-15: not yet within the 7-day list.
    assert "(0)" in tab.daily["trials"].text()
    qtbot.mouseClick(tab.daily["trials"], Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0 and tab.empty.isVisibleTo(tab)
    qtbot.mouseClick(tab.daily["all"], Qt.MouseButton.LeftButton)
    tab.state.set_value(SubscriptionState.SCHEDULED)
    assert tab.model.rowCount() == 1 and not tab.empty.isVisibleTo(tab)
    assert tab.model.data(tab.model.index(0, 5)) == "2026-05-01"
    qtbot.mouseClick(tab.daily["all"], Qt.MouseButton.LeftButton)
    tab.list.selectRow(0)
    assert tab.panel.view is not None and tab.panel.view.contract_number in tab.panel.header.text()
    assert tab.actions_["pause"].isEnabled() and not tab.actions_["skip"].isEnabled()


def test_the_customer_card_lists_their_subscriptions_and_enter_opens_one(
    window: MainWindow, qtbot: QtBot, shop: dict[str, int]
) -> None:
    window.select_customer(shop["customer"])
    table = window.panel.subscriptions
    assert table.rowCount() == 2
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.subscriptions
    view = window.subscriptions.panel.view
    assert view is not None and view.contract_number == table.item(1, 0).text()


def test_the_subscription_list_model_is_a_well_behaved_qt_model(  # type: ignore[no-untyped-def]
    qtmodeltester, counter: Counter, shop: dict[str, int]
) -> None:
    for month in range(3, 8):
        sign_up(counter.db, staff_id=counter.staff.id, new=rental(shop, start_on=date(2026, month, 2)), now=NOW)
    model = SubscriptionListModel(counter)
    model.page_size = 2
    model.reload()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 5


def test_printing_a_contract_previews_it_records_it_and_reprints_the_same_file(
    qtbot: QtBot, counter: Counter, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    subscription_id = sign_up(counter.db, staff_id=counter.staff.id, new=rental(shop), now=NOW)
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    show_contract(counter, subscription_id)
    preview = shown[0]
    qtbot.addWidget(preview)
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.page_count >= 2  # a shop copy and a customer copy
    assert preview.file_name.startswith("D-2026-")
    # Printing goes through the system dialog; here straight to a PDF printer, as a driver would receive it.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 10_000
    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), ""))
    preview.save_document()  # the issue itself is recorded; this first output is no reprint
    preview.save_document()  # a second copy is
    assert saved.read_bytes() == preview.pdf
    documents = list_documents(counter.db, subscription_id=subscription_id)
    assert len(documents) == 1 and documents[0].sha256 == hashlib.sha256(preview.pdf).hexdigest()
    with counter.db.reading() as session:
        reprints = session.scalars(select(AuditEntry).where(AuditEntry.action == "document.reprint")).all()
    assert len(reprints) == 1
    # Opening it again from the list shows the very same bytes.
    show_document(counter, documents[0])
    assert shown[1].pdf == preview.pdf
    qtbot.addWidget(shown[1])


def test_a_contract_is_not_printed_with_a_blank_seller_and_the_clerk_enters_the_shop_details(
    qtbot: QtBot, counter: Counter, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with counter.db.writing() as session:  # as after the first start, which asks only the name and the owner
        blank = session.scalars(select(Shop)).one()
        blank.business_number, blank.address, blank.phone = "", "", ""
    subscription_id = sign_up(counter.db, staff_id=counter.staff.id, new=rental(shop), now=NOW)
    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    told: list[str] = []

    def answer(box: QMessageBox, *, go: bool) -> None:
        told.append(box.text())
        role = QMessageBox.ButtonRole.AcceptRole if go else QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) is role).click()

    # Cancelled: told what is missing, nothing printed, nothing recorded.
    when_modal(QMessageBox, lambda box: answer(box, go=False))
    show_contract(counter, subscription_id)
    assert "사업자등록번호" in told[0] and "주소" in told[0] and "전화번호" in told[0]
    assert shown == [] and list(list_documents(counter.db, subscription_id=subscription_id)) == []

    def enter_details(dialog: ShopDetailsDialog) -> None:
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.business_number)  # the first missing detail
        QTest.keyClicks(QApplication.focusWidget(), "2208162517")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.address
        dialog.address.insert("서울특별시 마포구 양화로 45, 2층")  # committed by the Korean input method
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClicks(QApplication.focusWidget(), "021234567")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(QMessageBox, lambda box: (when_modal(ShopDetailsDialog, enter_details), answer(box, go=True)))
    show_contract(counter, subscription_id)
    # The details saved, the contract the clerk asked for is issued, naming the seller in full.
    assert len(shown) == 1 and len(list_documents(counter.db, subscription_id=subscription_id)) == 1
    qtbot.addWidget(shown[0])
    text = squeezed("".join(page_texts(shown[0].pdf, tmp_path)))
    assert squeezed("220-81-62517") in text and squeezed("02-123-4567") in text and squeezed("양화로 45, 2층") in text


def test_after_a_move_the_counter_prints_a_change_confirmation_naming_the_contracts(
    window: MainWindow, shop: dict[str, int], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    def move_and_save(dialog: AddressChangeDialog) -> int:
        dialog.address.set_value(Address(NEW_HOME.postal_code, NEW_HOME.road_address, NEW_HOME.detail))
        dialog.effective_from.set_date(date(2026, 4, 1))
        dialog.save()
        return int(dialog.result())

    shown: list[PdfPreviewDialog] = []
    monkeypatch.setattr(AddressChangeDialog, "exec", move_and_save)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.select_customer(shop["customer"])
    window.change_address()
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    documents = list_documents(window.counter.db, customer_id=shop["customer"])
    assert [d.kind.value for d in documents] == ["change_confirmation"]
    text = shown[0].document.getAllText(0).text()
    assert NEW_HOME.road_address.split()[0] in text and "TS-2026-" in text
