"""The counter's other money steps: a refund (환불) of credit, of a payment's unused part or of a rental's deposit at
its end, and a write-off (대손 처리) of an open charge. Both need a manager or the owner, or their PIN."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QMessageBox, QWidget

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import ENTRY_NOTE_MAX, PaymentMeans, RefundSource, payment_amount
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.deposits import DepositRefundView, customer_deposits, refund_deposit
from toysub_desktop.services.ledger import AccountView, LedgerLine, account_view, refund, refundable_payments
from toysub_desktop.services.ledger import write_off as write_off_service
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.ledger_text import charge_text, means_name
from toysub_desktop.ui.screen_fit import grow_to_fit
from toysub_desktop.ui.text import day_text, won_text

_NOTHING_TO_REFUND = QT_TRANSLATE_NOOP("Validation", "There is nothing to refund.")
_NOTHING_OWED = QT_TRANSLATE_NOOP("Validation", "Nothing is owed.")


@dataclass(frozen=True)
class RefundChoice:
    """One thing a refund may give back, as the "What" list offers it."""

    source: RefundSource
    refundable: int
    payment_id: int | None = None
    deposit: DepositRefundView | None = None


@dataclass(frozen=True)
class RefundDone:
    refund_id: int | None
    amount: int


class RefundDialog(ServiceDialog):
    """Give money back to one customer. ``outcome`` is a ``RefundDone`` once saved."""

    def __init__(
        self,
        counter: Counter,
        customer_id: int,
        parent: QWidget | None = None,
        *,
        deposit_of: int | None = None,
    ) -> None:
        today = counter.today()
        self.account: AccountView = account_view(counter.db, customer_id, today=today)
        super().__init__(counter, self.tr("Refund — {name}").format(name=self.account.customer_name), parent)
        self.customer_id = customer_id
        self.add_intro(
            self.tr("Credit held: {credit} · deposit held: {deposit}. A refund needs a manager or the owner.").format(
                credit=won_text(self.account.credit), deposit=won_text(self.account.deposit_held)
            )
        )
        self.choices: list[RefundChoice] = []
        self.what = QComboBox()
        payments = refundable_payments(counter.db, customer_id)
        unused = sum(payment.free for payment in payments)  # the credit that is money paid
        if unused:
            self._offer(
                self.tr("Credit held: {amount}").format(amount=won_text(unused)),
                RefundChoice(RefundSource.CREDIT, unused),
            )
        for payment in payments:
            self._offer(
                self.tr("{payment} of {date}: {amount} unused").format(
                    payment=charge_text(payment.line),
                    date=day_text(payment.line.entry_on),
                    amount=won_text(payment.free),
                ),
                RefundChoice(RefundSource.PAYMENT, payment.free, payment_id=payment.line.id),
            )
        for deposit in customer_deposits(counter.db, customer_id, today=today):
            self._offer(
                self.tr("Deposit of {contract} ({plan}): {amount} held").format(
                    contract=deposit.contract_number, plan=deposit.plan_name, amount=won_text(deposit.held)
                ),
                RefundChoice(RefundSource.DEPOSIT, deposit.held, deposit=deposit),
            )
        self.what.setPlaceholderText(self.tr("Nothing to refund: no credit, no deposit held"))
        self.errors.add_row(self.form, self.tr("&What is refunded"), self.what, "source")
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setPlaceholderText(self.tr("e.g. 39,000"))
        self.errors.add_row(self.form, self.tr("&Amount (won)"), self.amount, "amount")
        self.agreed = QCheckBox()
        self.errors.add_row(self.form, self.tr("Unpaid fees"), self.agreed, "customer_agreed")
        self.deposit_note = QLabel()
        self.deposit_note.setWordWrap(False)  # one line; the dialog widens to show it whole
        self.form.addRow("", self.deposit_note)
        self.means = QComboBox()
        for means in PaymentMeans:
            if means is not PaymentMeans.AUTO_DEBIT:
                self.means.addItem(means_name(means), means)
        self.errors.add_row(self.form, self.tr("&Method"), self.means, "means")
        self.note = QLineEdit()
        self.note.setMaxLength(ENTRY_NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. moved away, overpaid"))
        self.errors.add_row(self.form, self.tr("&Reason"), self.note, "note")
        self.errors.alias("staff", "amount")
        self.errors.alias("customer", "source")
        # Wide enough for the deposit's sum (held − fees = refund) on one line.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 95)
        self.what.currentIndexChanged.connect(self._choice_changed)
        self.agreed.toggled.connect(lambda _on: self._show_deposit())
        if deposit_of is not None:
            index = next(
                (i for i, c in enumerate(self.choices) if c.deposit and c.deposit.subscription_id == deposit_of), -1
            )
            self.what.setCurrentIndex(index)
        self._choice_changed()
        self.amount.setFocus()

    def _offer(self, text: str, choice: RefundChoice) -> None:
        self.what.addItem(text)
        self.choices.append(choice)

    def chosen(self) -> RefundChoice | None:
        index = self.what.currentIndex()
        return self.choices[index] if 0 <= index < len(self.choices) else None

    def _choice_changed(self) -> None:
        choice = self.chosen()
        deposit = choice.deposit if choice is not None else None
        self.amount.setReadOnly(deposit is not None)
        self.agreed.setVisible(deposit is not None and deposit.unpaid > 0)
        box = self.agreed.parentWidget()
        label = self.form.labelForField(box) if box is not None else None
        if label is not None:
            label.setVisible(not self.agreed.isHidden())
        self.deposit_note.setVisible(deposit is not None)
        if deposit is not None:
            self.agreed.setText(
                self.tr("The customer agrees that the unpaid {amount} comes off the deposit").format(
                    amount=won_text(deposit.unpaid)
                )
            )
            self._show_deposit()
        elif choice is not None:
            self.amount.setText(f"{choice.refundable:,}")
            self.amount.selectAll()
        else:
            self.amount.clear()
        self.save_button.setEnabled(choice is not None)

    def _show_deposit(self) -> None:
        choice = self.chosen()
        if choice is None or choice.deposit is None:
            return
        deposit = choice.deposit
        outcome = deposit.refund(customer_agreed=self.agreed.isChecked() and not self.agreed.isHidden())
        self.amount.setText(f"{outcome.refund:,}")
        if not deposit.due:
            text = (
                self.tr("Not yet: {count} item(s) are still out.").format(count=deposit.items_out)
                if deposit.ended
                else self.tr("Not yet: the contract serves until {date}.").format(date=day_text(deposit.last_day))
            )
        elif outcome.deducted:
            text = self.tr("{held} held − {deducted} unpaid fees = {refund} to hand back.").format(
                held=won_text(outcome.held), deducted=won_text(outcome.deducted), refund=won_text(outcome.refund)
            )
        elif deposit.unpaid:
            text = self.tr("{held} handed back whole; the {unpaid} unpaid stays owed.").format(
                held=won_text(outcome.held), unpaid=won_text(deposit.unpaid)
            )
        else:
            text = self.tr("{held} handed back whole.").format(held=won_text(outcome.held))
        self.deposit_note.setText(text)
        grow_to_fit(self)

    def chosen_means(self) -> PaymentMeans:
        return PaymentMeans(self.means.currentData())

    def submit(self) -> RefundDone:
        choice = self.chosen()
        if choice is None:
            raise ValidationError.of("source", _NOTHING_TO_REFUND)
        if choice.deposit is not None:
            done = refund_deposit(
                self.counter.db,
                staff_id=self.counter.staff.id,
                subscription_id=choice.deposit.subscription_id,
                means=self.chosen_means(),
                customer_agreed=not self.agreed.isHidden() and self.agreed.isChecked(),
                note=self.note.text(),
                approval=self.approval,
                now=self.counter.now(),
            )
            return RefundDone(done.refund_id, done.refunded)
        amount = payment_amount(self.amount.text())
        refund_id = refund(
            self.counter.db,
            staff_id=self.counter.staff.id,
            customer_id=self.customer_id,
            amount=amount,
            means=self.chosen_means(),
            note=self.note.text(),
            source=choice.source,
            payment_id=choice.payment_id,
            approval=self.approval,
            now=self.counter.now(),
        )
        return RefundDone(refund_id, amount)


class WriteOffDialog(ServiceDialog):
    """Give up collecting an open charge, or part of it, with a reason (a manager or the owner, or their PIN)."""

    def __init__(
        self, counter: Counter, customer_id: int, parent: QWidget | None = None, *, charge_id: int | None = None
    ) -> None:
        self.account: AccountView = account_view(counter.db, customer_id, today=counter.today())
        super().__init__(counter, self.tr("Write off — {name}").format(name=self.account.customer_name), parent)
        self.add_intro(
            self.tr(
                "The part written off is no longer owed; the charge stays on the account. Only a manager or the owner."
            )
        )
        self.charges: list[LedgerLine] = [line for line in self.account.open_charges if line.kind.is_charge]
        self.charge = QComboBox()
        for line in self.charges:
            self.charge.addItem(
                self.tr("{charge}, due {date}: {amount} unpaid").format(
                    charge=charge_text(line), date=day_text(line.entry_on), amount=won_text(line.open)
                )
            )
        self.errors.add_row(self.form, self.tr("&Charge"), self.charge, "charge")
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.errors.add_row(self.form, self.tr("&Amount (won)"), self.amount, ["amount", "allocation"])
        self.reason = QLineEdit()
        self.reason.setMaxLength(ENTRY_NOTE_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. the customer moved abroad"))
        self.errors.add_row(self.form, self.tr("&Reason"), self.reason, "reason")
        self.errors.alias("staff", "amount")
        self.charge.currentIndexChanged.connect(self._charge_changed)
        if charge_id is not None:
            self.charge.setCurrentIndex(next((i for i, c in enumerate(self.charges) if c.id == charge_id), 0))
        self._charge_changed()
        self.save_button.setEnabled(bool(self.charges))
        self.charge.setFocus()

    def chosen(self) -> LedgerLine | None:
        index = self.charge.currentIndex()
        return self.charges[index] if 0 <= index < len(self.charges) else None

    def _charge_changed(self) -> None:
        line = self.chosen()
        self.amount.setText(f"{line.open:,}" if line is not None else "")

    def submit(self) -> int:
        line = self.chosen()
        if line is None:
            raise ValidationError.of("charge", _NOTHING_OWED)
        return write_off_service(
            self.counter.db,
            staff_id=self.counter.staff.id,
            charge_id=line.id,
            amount=payment_amount(self.amount.text()),
            reason=self.reason.text(),
            approval=self.approval,
            now=self.counter.now(),
        )


def offer_refund_receipt(counter: Counter, outcome: object, parent: QWidget) -> None:
    """After a refund: the receipt of the money handed back, if the clerk wants it."""
    if not isinstance(outcome, RefundDone) or outcome.refund_id is None:
        return
    ask = QMessageBox.question(
        parent,
        QCoreApplication.translate("RefundDialog", "Receipt"),
        QCoreApplication.translate("RefundDialog", "Print a receipt for this refund of {amount}?").format(
            amount=won_text(outcome.amount)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if ask == QMessageBox.StandardButton.Yes:
        from toysub_desktop.ui.printing import show_receipt

        show_receipt(counter, outcome.refund_id, parent)


def offer_deposit_refunds(counter: Counter, customer_ids: Iterable[int], parent: QWidget) -> None:
    """After items came back: for each ended rental whose last item is now back, say that its deposit refund is due
    and offer to make it."""
    for customer_id in dict.fromkeys(customer_ids):
        for deposit in customer_deposits(counter.db, customer_id, today=counter.today()):
            if not deposit.due:
                continue
            ask = QMessageBox.question(
                parent,
                QCoreApplication.translate("RefundDialog", "Deposit refund due"),
                QCoreApplication.translate(
                    "RefundDialog",
                    "Contract {contract} has ended and all its items are back: its deposit of {amount} is due to be "
                    "given back. Refund it now?",
                ).format(contract=deposit.contract_number, amount=won_text(deposit.held)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if ask != QMessageBox.StandardButton.Yes:
                continue
            dialog = RefundDialog(counter, customer_id, parent, deposit_of=deposit.subscription_id)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                offer_refund_receipt(counter, dialog.outcome, parent)
