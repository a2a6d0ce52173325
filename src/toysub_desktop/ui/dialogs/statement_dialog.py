"""거래 내역서: the clerk picks the period of a customer's statement (this month unless they choose otherwise, or
last month, or this year with one key), then the statement opens in the preview to print or save."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QPushButton, QWidget

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import check_statement_period, last_month_period, month_period, year_period
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.customer_picker import CustomerPicker
from toysub_desktop.ui.date_input import DateInput
from toysub_desktop.ui.dialogs.base import ServiceDialog


class StatementDialog(ServiceDialog):
    """Whose statement and for which period: the customer on the card unless the clerk picks another.
    ``outcome`` is ``(customer id, first, last)`` once chosen."""

    def __init__(self, counter: Counter, customer: tuple[int, str] | None, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Account statement"), parent)
        today = counter.today()
        first, last = month_period(today)
        self.add_intro(
            self.tr(
                "Every charge, payment, refund and write-off of the period with the running balance, for the "
                "customer to keep."
            )
        )
        self.customer = CustomerPicker(counter)
        self.customer.new_button.hide()  # a statement is of a customer who has an account
        if customer is not None:
            self.customer.choose(*customer)
        self.errors.add_row(self.form, self.tr("&Customer:"), self.customer, "customer")
        self.first = DateInput(first, today=today, field="first")
        self.last = DateInput(last, today=today, field="last")
        self.errors.add_row(self.form, self.tr("&From:"), self.first, "first")
        self.errors.add_row(self.form, self.tr("&To:"), self.last, "last")
        presets = QWidget()
        row = QHBoxLayout(presets)
        row.setContentsMargins(0, 0, 0, 0)
        self.this_month_button = QPushButton(self.tr("This &month"))
        self.last_month_button = QPushButton(self.tr("&Last month"))
        self.this_year_button = QPushButton(self.tr("This &year"))
        for button, slot in (
            (self.this_month_button, self._this_month),
            (self.last_month_button, self._last_month),
            (self.this_year_button, self._this_year),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.form.addRow("", presets)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Show statement"))
        (self.first if customer is not None else self.customer).setFocus()

    def _this_month(self) -> None:
        self.set_period(*month_period(self.counter.today()))

    def _last_month(self) -> None:
        self.set_period(*last_month_period(self.counter.today()))

    def _this_year(self) -> None:
        self.set_period(*year_period(self.counter.today()))

    def set_period(self, first: date, last: date) -> None:
        self.first.set_date(first)
        self.last.set_date(last)
        self.first.setFocus()

    def submit(self) -> tuple[int, date, date]:
        problems = [p for p in (self.first.problem(), self.last.problem()) if p is not None]
        if problems:
            raise ValidationError(*(problem for error in problems for problem in error.problems))
        customer_id = self.customer.customer_id()
        if customer_id is None:
            raise ValidationError.of("customer", QT_TRANSLATE_NOOP("Validation", "Choose the customer."))
        first, last = check_statement_period(self.first.checked_date(), self.last.checked_date())
        return customer_id, first, last
