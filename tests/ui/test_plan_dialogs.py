"""The owner's catalogue and settings screens, and the price-change notice list, through the real widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from keyboard import save_by_keyboard
from support import NOW, enter_shop_details, new_customer
from toysub_desktop.db.models import Plan, PriceNotice
from toysub_desktop.documents import wording
from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.ledger import SkipRule
from toysub_desktop.domain.plans import Cadence, PaymentMethod, PlanKind, TermOption
from toysub_desktop.domain.price_notices import NoticeMethod
from toysub_desktop.domain.subscriptions import PauseEndRule
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.document_sheets import contract_sheet
from toysub_desktop.services.plans import (
    create_plan,
    list_discount_categories,
    list_plans,
    plan_view,
    schedule_price_change,
)
from toysub_desktop.services.price_notices import price_notices_due, record_price_notice
from toysub_desktop.services.shop import add_staff, shop_settings, subscription_settings
from toysub_desktop.services.subscriptions import NewSubscription, sign_up
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.plan_dialogs import PlanCatalogueDialog, PlanDialog, PriceChangeDialog
from toysub_desktop.ui.dialogs.settings_dialogs import ShopDetailsDialog, SubscriptionSettingsDialog
from toysub_desktop.ui.price_notices import TOLD, PriceNoticeDialog, PriceNoticeModel

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 2)
OPENED = date(2025, 1, 2)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


def plans_in(counter: Counter) -> int:
    with counter.db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Plan)) or 0)


def box_plan(counter: Counter, *, now: datetime = NOW) -> int:
    return create_plan(
        counter.db,
        staff_id=counter.staff.id,
        name="정기배송 베이직",
        kind=PlanKind.BOX,
        tier="베이직",
        cadence=Cadence.MONTHLY,
        terms=(TermOption(12, 0), TermOption(24, 5)),
        trial_days=0,
        deposit=0,
        monthly_price=29_000,
        now=now,
    )


def subscriber(counter: Counter, plan_id: int, *, start: date) -> int:
    """A customer on *plan_id* since *start* for 12 months."""
    customer = register_customer(
        counter.db, staff_id=counter.staff.id, new=new_customer(given_on=OPENED), now=at(OPENED)
    )
    new = NewSubscription(customer, plan_id, 12, start, PaymentMethod.CARD, delivery_day=5)
    return sign_up(counter.db, staff_id=counter.staff.id, new=new, now=at(start))


def click_save(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def fill_rental(dialog: PlanDialog) -> None:
    dialog.name.setText("렌털 프리미엄")
    dialog.kind.setCurrentIndex(dialog.kind.findData(PlanKind.RENTAL))
    dialog.cadence.setCurrentIndex(dialog.cadence.findData(Cadence.EVERY_2_WEEKS))
    dialog.tier.setText("프리미엄")
    dialog.term_rows[1].offered.setChecked(True)
    dialog.term_rows[1].discount.setValue(5)
    dialog.trial_days.setValue(14)
    dialog.deposit.setText("50,000")
    dialog.monthly_price.setText("39,000")


def test_a_plan_is_created_from_the_catalogue(qtbot: QtBot, counter: Counter) -> None:
    catalogue = PlanCatalogueDialog(counter)
    qtbot.addWidget(catalogue)
    assert catalogue.table.rowCount() == 0
    dialog = catalogue.new_plan()
    fill_rental(dialog)
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    (plan,) = list_plans(counter.db, today=TODAY)
    details = plan.details
    assert (details.name, details.kind, details.tier, details.cadence) == (
        "렌털 프리미엄",
        PlanKind.RENTAL,
        "프리미엄",
        Cadence.EVERY_2_WEEKS,
    )
    assert details.terms == (TermOption(12, 0), TermOption(24, 5))
    assert (details.trial_days, details.deposit) == (14, 50_000)
    assert plan.price is not None and plan.price.monthly_price == 39_000
    assert catalogue.table.rowCount() == 1  # the list follows
    assert catalogue.table.item(0, 0).text() == "렌털 프리미엄"
    assert "12/24" in catalogue.table.item(0, 5).text()


def test_the_kind_decides_the_cadences_and_whether_a_deposit_is_taken(qtbot: QtBot, counter: Counter) -> None:
    dialog = PlanDialog(counter)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(PlanKind.BOX))
    assert [dialog.cadence.itemData(i) for i in range(dialog.cadence.count())] == [Cadence.MONTHLY]
    assert not dialog.deposit.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData(PlanKind.RENTAL))
    assert dialog.deposit.isEnabled()
    assert Cadence.AT_THE_SHOP not in [dialog.cadence.itemData(i) for i in range(dialog.cadence.count())]


def test_a_bad_price_is_shown_beside_the_field_with_the_other_problems_and_nothing_is_written(
    qtbot: QtBot, counter: Counter
) -> None:
    dialog = PlanDialog(counter)
    qtbot.addWidget(dialog)
    fill_rental(dialog)
    dialog.monthly_price.setText("39,00o")
    dialog.term_rows[0].offered.setChecked(False)
    dialog.term_rows[1].offered.setChecked(False)
    click_save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message_for("monthly_price")
    assert dialog.errors.message_for("terms")  # no term offered: said at the same time
    assert plans_in(counter) == 0
    assert dialog.name.text() == "렌털 프리미엄"  # what was typed is kept


def test_editing_a_plan_keeps_its_price_and_can_retire_it(qtbot: QtBot, counter: Counter) -> None:
    plan_id = box_plan(counter)
    dialog = PlanDialog(counter, plan_id)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "정기배송 베이직"
    assert dialog.term_rows[1].offered.isChecked() and dialog.term_rows[1].discount.value() == 5
    dialog.term_rows[2].offered.setChecked(True)
    dialog.term_rows[2].discount.setValue(10)
    dialog.active.setChecked(False)
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    view = plan_view(counter.db, plan_id, today=TODAY)
    assert view.details.terms[-1] == TermOption(36, 10)
    assert not view.active
    assert view.price is not None and view.price.monthly_price == 29_000


def test_a_price_change_shows_whom_it_reaches_and_is_scheduled(qtbot: QtBot, counter: Counter) -> None:
    plan_id = box_plan(counter, now=at(OPENED))
    subscriber(counter, plan_id, start=TODAY)  # renews 2027-03-02
    catalogue = PlanCatalogueDialog(counter)
    qtbot.addWidget(catalogue)
    catalogue.table.selectRow(0)
    dialog = catalogue.schedule_price_change()
    assert isinstance(dialog, PriceChangeDialog)
    dialog.monthly_price.setText("32,000")
    dialog.effective_from.set_date(date(2026, 6, 1))
    qtbot.waitUntil(lambda: "2027-01-31" in dialog.preview.text(), timeout=2000)  # 2027-03-02 − 30 days
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    scheduled = plan_view(counter.db, plan_id, today=TODAY).scheduled_prices
    assert [(p.monthly_price, p.effective_from) for p in scheduled] == [(32_000, date(2026, 6, 1))]
    assert "2026-06-01" in catalogue.table.item(0, 4).text()


def test_a_past_dated_price_change_is_refused_beside_the_date_and_nothing_is_written(
    qtbot: QtBot, counter: Counter
) -> None:
    plan_id = box_plan(counter, now=at(OPENED))
    dialog = PriceChangeDialog(counter, plan_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.effective_from.set_date(date(2026, 3, 1))  # yesterday
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.monthly_price)  # the price field has the cursor
    QTest.keyClicks(QApplication.focusWidget(), "32000")
    # Said while choosing, in Korean, before anything is saved.
    qtbot.waitUntil(lambda: "2026-03-02" in dialog.preview.text(), timeout=2000)
    assert "이후" in dialog.preview.text() or "오늘" in dialog.preview.text()
    click_save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    said = dialog.errors.message_for("effective_from")
    assert "2026-03-02" in said and ("오늘" in said or "이후" in said)
    assert dialog.monthly_price.text() == "32000"  # what was typed is kept
    assert plan_view(counter.db, plan_id, today=TODAY).scheduled_prices == ()
    dialog.effective_from.set_date(date(2026, 3, 2))  # today is fine
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert plan_view(counter.db, plan_id, today=date(2026, 3, 3)).price.monthly_price == 32_000  # type: ignore[union-attr]


def test_a_discount_category_is_added_and_the_list_stays_open(qtbot: QtBot, counter: Counter) -> None:
    catalogue = PlanCatalogueDialog(counter)
    qtbot.addWidget(catalogue)
    dialog = catalogue.discount_categories()
    dialog.name.setText("다자녀")
    dialog.percent.setValue(10)
    dialog.evidence_hint.setText("가족관계증명서")
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.name.text() == ""
    assert [(c.name, c.percent, c.evidence_hint) for c in list_discount_categories(counter.db)] == [
        ("다자녀", 10, "가족관계증명서")
    ]


def test_subscription_settings_are_saved(qtbot: QtBot, counter: Counter) -> None:
    dialog = SubscriptionSettingsDialog(counter)
    qtbot.addWidget(dialog)
    dialog.price_notice_days.setValue(45)
    keep_end = next(b for b in dialog.pause_rules.buttons() if b.property("rule") == PauseEndRule.KEEP_END.value)
    keep_end.setChecked(True)
    dialog.max_pause_days.setValue(60)
    dialog.fee_percent.setValue(8)
    dialog.fee_cap.setText("100,000")
    dialog.refund_terms.setPlainText("보증금은 반납 확인 후 7일 안에 돌려드립니다.")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = subscription_settings(counter.db)
    assert (saved.price_notice_days, saved.pause_end_rule, saved.max_pause_days) == (45, PauseEndRule.KEEP_END, 60)
    assert (saved.early_termination_percent, saved.early_termination_cap) == (8, 100_000)
    assert saved.refund_terms == "보증금은 반납 확인 후 7일 안에 돌려드립니다."
    assert saved.pause_terms == ""


def test_a_bad_fee_cap_is_shown_beside_it_and_nothing_is_written(qtbot: QtBot, counter: Counter) -> None:
    before = subscription_settings(counter.db)
    dialog = SubscriptionSettingsDialog(counter)
    qtbot.addWidget(dialog)
    dialog.price_notice_days.setValue(45)
    dialog.fee_cap.setText("십만 원")
    dialog.refund_terms.setPlainText("가" * 3001)
    click_save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message_for("early_termination_cap")
    assert dialog.errors.message_for("refund_terms")  # at the same time
    assert subscription_settings(counter.db) == before


def test_settings_changed_at_another_counter_meanwhile_are_not_overwritten(qtbot: QtBot, counter: Counter) -> None:
    dialog = SubscriptionSettingsDialog(counter)
    qtbot.addWidget(dialog)
    other = ShopDetailsDialog(counter)  # the same shop row, saved first at another counter
    qtbot.addWidget(other)
    other.business_number.setText("220-81-62517")
    other.address.setText("서울특별시 마포구 월드컵북로 396")
    other.phone.setText("02-123-4567")
    click_save(qtbot, other)
    assert other.result() == QDialog.DialogCode.Accepted
    dialog.price_notice_days.setValue(45)
    click_save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.general_error.text()
    assert subscription_settings(counter.db).price_notice_days == 30


def test_a_clerk_sees_the_settings_and_is_told_the_owner_approves_a_change(qtbot: QtBot, counter: Counter) -> None:
    clerk = add_staff(counter.db, by_staff_id=counter.staff.id, name="이수빈", now=NOW)
    assert clerk.role is StaffRole.CLERK
    dialog = SubscriptionSettingsDialog(Counter(counter.db, clerk, now=lambda: NOW))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Saving asks for the owner's PIN (tests/ui/test_sign_in.py); the service refuses without it.
    assert dialog.save_button.isEnabled()
    assert any("대표가 PIN으로 승인" in label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def test_shop_details_are_saved_as_printed_and_a_wrong_number_is_refused(qtbot: QtBot, counter: Counter) -> None:
    dialog = ShopDetailsDialog(counter)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "토이구독 마포점"
    dialog.business_number.setText("220-81-62518")
    dialog.address.setText("서울특별시 마포구 월드컵북로 396, 1층")
    dialog.phone.setText("0212345678")
    click_save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message_for("business_number")
    assert shop_settings(counter.db).business_number == ""
    dialog.business_number.setText("2208162517")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = shop_settings(counter.db)
    assert (saved.business_number, saved.phone) == ("220-81-62517", "02-1234-5678")


def test_the_shop_email_is_typed_checked_beside_its_field_and_saved(qtbot: QtBot, counter: Counter) -> None:
    dialog = ShopDetailsDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.business_number.setText("2208162517")
    dialog.address.setText("서울특별시 마포구 월드컵북로 396, 1층")
    dialog.phone.setText("0212345678")
    dialog.email.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.email)
    QTest.keyClicks(QApplication.focusWidget(), "help@toysub")
    click_save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message_for("email")  # beside the field, in Korean
    assert dialog.email.text() == "help@toysub"  # the typed text is kept
    assert shop_settings(counter.db).business_number == ""  # nothing written
    QTest.keyClicks(QApplication.focusWidget(), ".kr")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert shop_settings(counter.db).email == "help@toysub.kr"


@pytest.fixture
def price_raised(counter: Counter) -> int:
    """A subscriber on a plan whose price goes up from 2026-06-01; returns the subscription id."""
    plan_id = box_plan(counter, now=at(OPENED))
    subscription_id = subscriber(counter, plan_id, start=TODAY)
    schedule_price_change(
        counter.db,
        staff_id=counter.staff.id,
        plan_id=plan_id,
        monthly_price=32_000,
        effective_from=date(2026, 6, 1),
        now=NOW,
    )
    return subscription_id


def test_recording_a_price_notice_takes_the_subscriber_off_the_list(
    qtbot: QtBot, counter: Counter, price_raised: int
) -> None:
    notices = PriceNoticeDialog(counter)
    qtbot.addWidget(notices)
    assert notices.awaiting_only.isChecked()
    assert notices.model.rowCount() == 1
    assert "2027-01-31" in notices.model.data(notices.model.index(0, 0))  # type: ignore[operator]
    dialog = notices.record_notice()
    assert dialog is not None
    dialog.method.setCurrentIndex(dialog.method.findData(NoticeMethod.TEXT))
    dialog.acknowledged.setChecked(True)
    dialog.note.setText("문자 발송, 답장 받음")
    click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert notices.model.rowCount() == 0
    (row,) = price_notices_due(counter.db, today=TODAY)
    assert row.notice is not None
    assert (row.notice.told_on, row.notice.method, row.notice.acknowledged) == (TODAY, NoticeMethod.TEXT, True)
    notices.awaiting_only.setChecked(False)
    assert notices.model.rowCount() == 1


def test_a_notice_dated_in_the_future_is_refused_beside_the_date(
    qtbot: QtBot, counter: Counter, price_raised: int
) -> None:
    notices = PriceNoticeDialog(counter)
    qtbot.addWidget(notices)
    dialog = notices.record_notice()
    assert dialog is not None
    dialog.told_on.set_date(date(2026, 3, 3))
    click_save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message_for("told_on")
    with counter.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(PriceNotice)) == 0


def test_activating_a_notice_row_opens_the_customer(qtbot: QtBot, counter: Counter, price_raised: int) -> None:
    notices = PriceNoticeDialog(counter)
    qtbot.addWidget(notices)
    with qtbot.waitSignal(notices.customerChosen) as chosen:
        notices.table.activated.emit(notices.model.index(0, 1))
    (row,) = price_notices_due(counter.db, today=TODAY)
    assert chosen.args == [row.customer_id]


def test_the_price_notice_model_is_a_well_behaved_qt_model(  # type: ignore[no-untyped-def]
    qtmodeltester, counter: Counter, price_raised: int
) -> None:
    model = PriceNoticeModel()
    model.set_rows(price_notices_due(counter.db, today=TODAY), TODAY)
    qtmodeltester.check(model, force_py=True)


def test_a_notice_given_after_its_tell_by_day_is_marked_late_on_the_list_and_in_its_history(
    qtbot: QtBot, counter: Counter
) -> None:
    plan_id = box_plan(counter, now=at(OPENED))
    subscription_id = subscriber(counter, plan_id, start=date(2025, 4, 1))  # renews 2026-04-01
    price_id = schedule_price_change(
        counter.db, staff_id=counter.staff.id, plan_id=plan_id, monthly_price=32_000,
        effective_from=date(2026, 4, 1), now=NOW,
    )  # fmt: skip
    # Tell by 2026-04-01 − 30 days = 2026-03-02; told on 03-05, then again on 03-09 when they acknowledged.
    for day, acknowledged in ((date(2026, 3, 5), False), (date(2026, 3, 9), True)):
        record_price_notice(
            counter.db, staff_id=counter.staff.id, subscription_id=subscription_id, plan_price_id=price_id,
            told_on=day, method=NoticeMethod.PHONE, acknowledged=acknowledged, note=f"{day.day}일 통화", now=at(day),
        )  # fmt: skip
    later = Counter(counter.db, counter.staff, now=lambda: at(date(2026, 3, 9)))
    notices = PriceNoticeDialog(later)
    qtbot.addWidget(notices)
    notices.show()
    qtbot.waitExposed(notices)
    assert notices.model.rowCount() == 0  # told: off the list of subscribers still to tell
    notices.activateWindow()
    notices.awaiting_only.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notices.awaiting_only)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # show those told too
    assert notices.model.rowCount() == 1
    told = notices.model.index(0, TOLD)
    assert notices.model.data(told) == "2026-03-09 · 전화 · 확인함 (기한 후 안내)"
    history = str(notices.model.data(told, Qt.ItemDataRole.ToolTipRole)).splitlines()
    assert len(history) == 2 and all("기한 후 안내" in line for line in history)
    assert "9일 통화" in history[0] and "5일 통화" in history[1]
    assert notices.model.data(told, Qt.ItemDataRole.ForegroundRole) is not None  # in the warning colour


def test_the_skip_rule_is_chosen_by_keyboard_and_new_box_contracts_print_and_bill_by_it(
    qtbot: QtBot, counter: Counter
) -> None:
    assert subscription_settings(counter.db).skip_rule is SkipRule.CHARGED
    dialog = SubscriptionSettingsDialog(counter)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    charged = QApplication.focusWidget()
    assert isinstance(charged, QRadioButton) and charged.isChecked()
    assert charged.text() == "그달 이용료는 그대로 받고 상자만 보내지 않습니다"
    QTest.keyClick(charged, Qt.Key.Key_Down)
    assert dialog.skip_rule() is SkipRule.NOT_CHARGED
    save_by_keyboard()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert subscription_settings(counter.db).skip_rule is SkipRule.NOT_CHARGED
    enter_shop_details(counter.db)
    subscription = subscriber(counter, box_plan(counter), start=date(2026, 3, 5))
    assert contract_sheet(counter.db, subscription).plan.skip_rule == wording.SKIP_NOT_CHARGED
