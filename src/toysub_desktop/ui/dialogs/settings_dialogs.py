"""The owner's settings: the shop's details printed on every contract, and the rules new contracts follow."""

from __future__ import annotations

from typing import NoReturn

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import SkipRule
from toysub_desktop.domain.money import parse_won
from toysub_desktop.domain.shop import (
    MAX_NOTICE_DAYS,
    MAX_PAUSE_LIMIT_DAYS,
    SHOP_ADDRESS_MAX,
    SHOP_NAME_MAX,
    validate_subscription_rules,
)
from toysub_desktop.domain.subscriptions import PauseEndRule
from toysub_desktop.services.shop import (
    ShopSettings,
    SubscriptionSettings,
    shop_settings,
    subscription_settings,
    update_shop_details,
    update_subscription_settings,
)
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import ERROR_STYLE, make_message_label
from toysub_desktop.ui.text import pause_rule_name, skip_rule_name


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class OwnerDialog(ServiceDialog):
    """A settings dialog: anyone may look; the service saves for the owner, or with the owner's approving PIN."""

    def allow_owner_only(self) -> None:
        if self.counter.staff.role is not StaffRole.OWNER:
            # translate() with a fixed context: self.tr() would look under each subclass's name.
            self.add_intro(
                QCoreApplication.translate(
                    "OwnerSettings",
                    "Changing these settings needs the owner: the owner approves with their PIN when you save.",
                )
            )


class SubscriptionSettingsDialog(OwnerDialog):
    """Notice before a price change, pauses, the early-termination fee, and the contract clauses the owner writes."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Subscription settings"))
        self.settings: SubscriptionSettings = subscription_settings(counter.db)
        self.add_intro(
            self.tr(
                "New contracts are signed under these rules and print them. Contracts already signed keep the "
                "rules they were signed with."
            )
        )
        self.price_notice_days = QSpinBox()
        self.price_notice_days.setRange(0, MAX_NOTICE_DAYS)
        self.price_notice_days.setSuffix(self.tr(" days before"))
        self.pause_rules = QButtonGroup(self)
        rules_box = self._pause_rule_box()
        self.max_pause_days = QSpinBox()
        self.max_pause_days.setRange(1, MAX_PAUSE_LIMIT_DAYS)
        self.max_pause_days.setSuffix(self.tr(" days"))
        self.fee_percent = QSpinBox()
        self.fee_percent.setRange(0, 10)
        self.fee_percent.setSuffix(self.tr("% of the remaining fees"))
        self.fee_cap = QLineEdit()
        self.fee_cap.setPlaceholderText(self.tr("no cap"))
        self.errors.add_row(self.form, self.tr("Price-change &notice"), self.price_notice_days, "price_notice_days")
        self.form.addRow("", hint_label(self.tr("How long before a new price reaches a subscriber they must be told.")))
        self.errors.add_row(self.form, self.tr("A pause"), rules_box, "pause_end_rule")
        self._buddy_pause_rule(rules_box)
        self.errors.add_row(self.form, self.tr("&Longest pause"), self.max_pause_days, "max_pause_days")
        self.skip_rules = QButtonGroup(self)
        skip_box = self._skip_rule_box()
        self.errors.add_row(self.form, self.tr("A s&kipped box"), skip_box, "skip_rule")
        self._buddy_first_button(skip_box, self.skip_rules)
        self.form.addRow("", hint_label(self.tr("Printed on box contracts; billing charges skipped months by it.")))
        self.errors.add_row(self.form, self.tr("Early-termination &fee"), self.fee_percent, "early_termination_percent")
        self.errors.add_row(self.form, self.tr("Fee c&ap (won)"), self.fee_cap, "early_termination_cap")
        self.form.addRow(
            "",
            hint_label(
                self.tr(
                    "The dispute standard allows at most 10% of the fees left in the term. Leave the cap "
                    "empty for none."
                )
            ),
        )
        self._add_terms_column()
        self._fill(self.settings)
        self.allow_owner_only()
        self.price_notice_days.setFocus()

    def _pause_rule_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for rule in PauseEndRule:
            button = QRadioButton(pause_rule_name(rule))
            button.setProperty("rule", rule.value)
            self.pause_rules.addButton(button)
            column.addWidget(button)
        return box

    def _skip_rule_box(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for rule in SkipRule:
            button = QRadioButton(skip_rule_name(rule))
            button.setProperty("rule", rule.value)
            self.skip_rules.addButton(button)
            column.addWidget(button)
        return box

    def _buddy_first_button(self, box: QWidget, group: QButtonGroup) -> None:
        """The row's mnemonic reaches the choices; the arrow keys choose between them."""
        row = box.parentWidget()
        label = self.form.labelForField(row) if row is not None else None
        if isinstance(label, QLabel):
            label.setBuddy(group.buttons()[0])

    def _buddy_pause_rule(self, box: QWidget) -> None:
        """Alt+U reaches the rules; the arrow keys choose between them."""
        row = box.parentWidget()
        label = self.form.labelForField(row) if row is not None else None
        if isinstance(label, QLabel):
            label.setText(self.tr("When s&ubscribers pause"))
            label.setBuddy(self.pause_rules.buttons()[0])

    def _add_terms_column(self) -> None:
        column = self.add_side_column()
        column.addWidget(hint_label(self.tr("Contract clauses. Leave a clause empty to print the standard wording.")))
        self.pause_terms = self._terms_edit(column, self.tr("&Pause terms"), "pause_terms")
        self.cancellation_terms = self._terms_edit(column, self.tr("&Cancellation terms"), "cancellation_terms")
        self.refund_terms = self._terms_edit(column, self.tr("&Refund terms"), "refund_terms")
        column.addStretch(1)

    def _terms_edit(self, column: QVBoxLayout, caption: str, field: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(self.tr("Standard wording"))
        edit.setMinimumWidth(edit.fontMetrics().averageCharWidth() * 44)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
        label = QLabel(caption)
        label.setBuddy(edit)
        message = make_message_label(ERROR_STYLE)
        column.addWidget(label)
        column.addWidget(edit)
        column.addWidget(message)
        self.errors.bind(field, edit, message)
        return edit

    def _fill(self, settings: SubscriptionSettings) -> None:
        self.price_notice_days.setValue(settings.price_notice_days)
        for button in self.pause_rules.buttons():
            button.setChecked(button.property("rule") == settings.pause_end_rule.value)
        self.max_pause_days.setValue(settings.max_pause_days)
        for button in self.skip_rules.buttons():
            button.setChecked(button.property("rule") == settings.skip_rule.value)
        self.fee_percent.setValue(settings.early_termination_percent)
        cap = settings.early_termination_cap
        self.fee_cap.setText(f"{cap:,}" if cap is not None else "")
        self.pause_terms.setPlainText(settings.pause_terms)
        self.cancellation_terms.setPlainText(settings.cancellation_terms)
        self.refund_terms.setPlainText(settings.refund_terms)

    def pause_rule(self) -> PauseEndRule:
        checked = self.pause_rules.checkedButton()
        return PauseEndRule(checked.property("rule")) if checked else self.settings.pause_end_rule

    def skip_rule(self) -> SkipRule:
        checked = self.skip_rules.checkedButton()
        return SkipRule(checked.property("rule")) if checked else self.settings.skip_rule

    def _cap(self) -> int | None:
        text = self.fee_cap.text()
        return parse_won(text, field="early_termination_cap") if text.strip() else None

    def _refuse_with_the_rest(self, cap_error: ValidationError) -> NoReturn:
        """The cap cannot be read: say so together with whatever else is wrong, so it is fixed in one go."""
        problems = list(cap_error.problems)
        try:
            validate_subscription_rules(
                price_notice_days=self.price_notice_days.value(),
                pause_end_rule=self.pause_rule(),
                max_pause_days=self.max_pause_days.value(),
                early_termination_percent=self.fee_percent.value(),
                early_termination_cap=None,
                pause_terms=self.pause_terms.toPlainText(),
                cancellation_terms=self.cancellation_terms.toPlainText(),
                refund_terms=self.refund_terms.toPlainText(),
            )
        except ValidationError as error:
            problems.extend(error.problems)
        raise ValidationError(*problems)

    def submit(self) -> None:
        try:
            cap = self._cap()
        except ValidationError as error:
            self._refuse_with_the_rest(error)
        update_subscription_settings(
            self.counter.db,
            by_staff_id=self.counter.staff.id,
            price_notice_days=self.price_notice_days.value(),
            pause_end_rule=self.pause_rule(),
            max_pause_days=self.max_pause_days.value(),
            early_termination_percent=self.fee_percent.value(),
            early_termination_cap=cap,
            pause_terms=self.pause_terms.toPlainText(),
            cancellation_terms=self.cancellation_terms.toPlainText(),
            refund_terms=self.refund_terms.toPlainText(),
            skip_rule=self.skip_rule(),
            expected_version=self.settings.version,
            approval=self.approval,
            now=self.counter.now(),
        )


class ShopDetailsDialog(OwnerDialog):
    """The seller as every contract and handout names it."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Shop details"))
        self.settings: ShopSettings = shop_settings(counter.db)
        self.add_intro(self.tr("These details are printed on every contract and handout, as the law asks."))
        self.name = QLineEdit(self.settings.name)
        self.name.setMaxLength(SHOP_NAME_MAX)
        self.business_number = QLineEdit(self.settings.business_number)
        self.business_number.setPlaceholderText("123-45-67890")
        self.address = QLineEdit(self.settings.address)
        self.address.setMaxLength(SHOP_ADDRESS_MAX)
        self.address.setPlaceholderText(self.tr("e.g. Seoul Mapo-gu World Cup buk-ro 396, 1st floor"))
        self.address.setMinimumWidth(self.address.fontMetrics().averageCharWidth() * 48)
        self.phone = QLineEdit(self.settings.phone)
        self.phone.setPlaceholderText("02-123-4567")
        self.email = QLineEdit(self.settings.email)
        self.email.setPlaceholderText(self.tr("optional; printed on contracts for questions and complaints"))
        self.errors.add_row(self.form, self.tr("Shop &name"), self.name, "name")
        self.errors.add_row(
            self.form, self.tr("&Business registration number"), self.business_number, "business_number"
        )
        self.errors.add_row(self.form, self.tr("&Address"), self.address, "address")
        self.errors.add_row(self.form, self.tr("&Phone"), self.phone, "phone")
        self.errors.add_row(self.form, self.tr("&E-mail"), self.email, "email")
        self.opt_out_number = QLineEdit(self.settings.opt_out_number)
        self.opt_out_number.setPlaceholderText("080-123-4567")
        self.opt_out_number.setToolTip(
            self.tr("Every advertising message ends with this free number customers call to stop receiving it.")
        )
        self.errors.add_row(self.form, self.tr("Free &opt-out number (080)"), self.opt_out_number, "opt_out_number")
        self.ads_to_recent = QCheckBox(
            self.tr("Advertise also to customers never asked &who dealt with the shop in the last 6 months")
        )
        self.ads_to_recent.setChecked(self.settings.ads_to_recent_customers)
        self.errors.add_row(self.form, "", self.ads_to_recent, "ads_to_recent_customers")
        self.form.addRow(
            "",
            hint_label(
                self.tr(
                    "The law allows advertising without consent to a customer with a delivery, rental or payment "
                    "in the last 6 months, for the same kind of goods. A customer who declined never receives it."
                )
            ),
        )
        self.allow_owner_only()
        self.name.setFocus()

    def focus_field(self, field: str) -> None:
        """Put the cursor in *field* ("name", "business_number", "address" or "phone"), the detail to enter first."""
        edits = {"name": self.name, "business_number": self.business_number, "address": self.address}
        edits.get(field, self.phone).setFocus()

    def submit(self) -> None:
        update_shop_details(
            self.counter.db,
            by_staff_id=self.counter.staff.id,
            name=self.name.text(),
            business_number=self.business_number.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            opt_out_number=self.opt_out_number.text(),
            ads_to_recent_customers=self.ads_to_recent.isChecked(),
            expected_version=self.settings.version,
            approval=self.approval,
            now=self.counter.now(),
        )
