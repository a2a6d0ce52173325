"""수납: taking a payment at the counter. The clerk types the amount and picks the method; the dialog shows what it
pays off (the oldest charges first) before saving, asks before keeping more than the balance as credit, and offers
the receipt afterwards."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import APPROVAL_MAX, ENTRY_NOTE_MAX, MoreThanOwed, PaymentMeans, payment_amount
from toysub_desktop.services.ledger import (
    AccountView,
    LedgerLine,
    NewPayment,
    account_view,
    payment_preview,
    take_payment,
    void_entry,
)
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.ledger_text import charge_text, means_name
from toysub_desktop.ui.screen_fit import grow_to_fit
from toysub_desktop.ui.text import won_text

#: Charges listed one a line under "pays off"; more are summed on the last line, so the window stays its size.
SHOWN_SHARES = 3


class PaymentDialog(ServiceDialog):
    """Take a payment from one customer. ``outcome`` is the payment's entry id once saved."""

    def __init__(self, counter: Counter, customer_id: int, parent: QWidget | None = None) -> None:
        self.account: AccountView = account_view(counter.db, customer_id, today=counter.today())
        super().__init__(counter, self.tr("Take a payment — {name}").format(name=self.account.customer_name), parent)
        self.customer_id = customer_id
        self.keep_credit = False
        self.owed = self.add_intro(self._owed_text())
        self.owed.setTextFormat(Qt.TextFormat.RichText)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 39,000"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if self.account.owed:
            self.amount.setText(f"{self.account.owed:,}")
            self.amount.selectAll()
        self.errors.add_row(self.form, self.tr("&Amount (won)"), self.amount, "amount")
        self.means = QComboBox()
        for means in PaymentMeans:
            self.means.addItem(means_name(means), means)
        self.errors.add_row(self.form, self.tr("&Method"), self.means, "means")
        self.approval_number = QLineEdit()
        self.approval_number.setMaxLength(APPROVAL_MAX + 4)
        self.approval_number.setPlaceholderText(self.tr("the number on the card slip"))
        self.errors.add_row(self.form, self.tr("Card a&pproval no."), self.approval_number, "approval_number")
        self.cash_receipt = QLineEdit()
        self.cash_receipt.setMaxLength(APPROVAL_MAX + 4)
        self.cash_receipt.setPlaceholderText(self.tr("if a cash receipt was issued"))
        self.errors.add_row(self.form, self.tr("Cash &receipt no."), self.cash_receipt, "cash_receipt_number")
        self.note = QLineEdit()
        self.note.setMaxLength(ENTRY_NOTE_MAX)
        self.errors.add_row(self.form, self.tr("&Note"), self.note, "note")
        self.pays_off = QLabel()
        self.pays_off.setWordWrap(False)  # one charge a line; the dialog widens to show it
        self.pays_off.setTextFormat(Qt.TextFormat.RichText)
        self.pays_off.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pays_off.setMinimumHeight(self.pays_off.fontMetrics().lineSpacing() * 3)  # a charge or two and the rest
        # Below the form, outside its scrolling area, so the window follows the lines as they change.
        pays_off_box = QGroupBox(self.tr("Pays off"))
        QVBoxLayout(pays_off_box).addWidget(self.pays_off)
        self.layout_.insertWidget(self.layout_.indexOf(self.general_error), pays_off_box)
        self.errors.alias("allocation", "amount")
        self.errors.alias("customer", "amount")
        self.amount.textChanged.connect(self._preview)
        self.means.currentIndexChanged.connect(self._means_changed)
        self._means_changed()
        self._preview()
        self.amount.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Tall enough for the whole form and the lines of what the payment pays off, up to the screen.
        grow_to_fit(self)

    def _owed_text(self) -> str:
        account = self.account
        if account.owed:
            text = self.tr("Owed now: <b>{amount}</b>").format(amount=escape(won_text(account.owed)))
        elif account.credit:
            text = self.tr("Nothing owed; credit held: {amount}").format(amount=escape(won_text(account.credit)))
        else:
            text = self.tr("Nothing owed.")
        if account.next_charge is not None:
            text += "<br>" + escape(
                self.tr("Next charge: {amount} on {date}").format(
                    amount=won_text(account.next_charge.amount), date=account.next_charge.due_on.isoformat()
                )
            )
        return text

    def chosen_means(self) -> PaymentMeans:
        return PaymentMeans(self.means.currentData())

    def _means_changed(self) -> None:
        means = self.chosen_means()
        self.approval_number.setEnabled(means is PaymentMeans.CARD)
        self.cash_receipt.setEnabled(means in (PaymentMeans.CASH, PaymentMeans.BANK_TRANSFER))

    def _preview(self) -> None:
        try:
            amount = payment_amount(self.amount.text())
        except ValidationError:
            self.pays_off.setText(self.tr("—"))
            return
        preview = payment_preview(self.counter.db, self.customer_id, amount)
        shown = preview.shares if len(preview.shares) <= SHOWN_SHARES else preview.shares[: SHOWN_SHARES - 1]
        lines = [
            escape(f"{charge_text(share.line)}: {won_text(share.amount)}")
            + ("" if share.amount == share.line.open else escape(self.tr(" (part)")))
            for share in shown
        ]
        rest = preview.shares[len(shown) :]
        if rest:
            lines.append(
                escape(
                    self.tr("… and {count} more: {amount}").format(
                        count=len(rest), amount=won_text(sum(share.amount for share in rest))
                    )
                )
            )
        if preview.credit:
            lines.append(
                "<span style='color:#8a5a00'>"
                + escape(self.tr("Left over, kept as credit: {amount}").format(amount=won_text(preview.credit)))
                + "</span>"
            )
        self.pays_off.setText("<br>".join(lines) if lines else self.tr("—"))
        grow_to_fit(self)

    def submit(self) -> int:
        amount = payment_amount(self.amount.text())
        payment = NewPayment(
            customer_id=self.customer_id,
            amount=amount,
            means=self.chosen_means(),
            approval_number=self.approval_number.text() if self.approval_number.isEnabled() else "",
            cash_receipt_number=self.cash_receipt.text() if self.cash_receipt.isEnabled() else "",
            note=self.note.text(),
            keep_credit=self.keep_credit,
            seen_entry_id=self.account.last_entry_id,
        )
        try:
            return take_payment(
                self.counter.db, staff_id=self.counter.staff.id, payment=payment, now=self.counter.now()
            )
        except MoreThanOwed as more:
            if not self._ask_keep_credit(amount, more.owed):
                raise
            self.keep_credit = True
            return self.submit()

    def _ask_keep_credit(self, amount: int, owed: int) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("More than owed"),
            self.tr(
                "{amount} is more than the {owed} owed. Keep the {rest} left over as credit for the next charges?"
            ).format(amount=won_text(amount), owed=won_text(max(owed, 0)), rest=won_text(amount - max(owed, 0))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


class VoidEntryDialog(ServiceDialog):
    """Void a mistaken ledger entry with a reason (a manager or the owner, or with their PIN). It stays on the
    account, struck through; what a voided payment paid is owed again, and a voided charge frees what paid it."""

    def __init__(self, counter: Counter, line: LedgerLine, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Void an account entry"), parent)
        self.line = line
        self.add_intro(
            self.tr("{entry}, {amount}, {date}. It stays on the account, marked as voided with the reason.").format(
                entry=charge_text(line), amount=won_text(line.amount), date=line.entry_on.isoformat()
            )
        )
        self.reason = QLineEdit()
        self.reason.setMaxLength(ENTRY_NOTE_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. amount typed wrong"))
        self.errors.add_row(self.form, self.tr("&Reason"), self.reason, "reason")
        self.reason.setFocus()

    def submit(self) -> object:
        return void_entry(
            self.counter.db,
            staff_id=self.counter.staff.id,
            entry_id=self.line.id,
            reason=self.reason.text(),
            approval=self.approval,
            now=self.counter.now(),
        )
