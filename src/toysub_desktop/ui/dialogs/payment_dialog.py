"""수납: taking a payment at the counter. The clerk types the amount and picks the method; the dialog shows what it
pays off (the oldest charges first, or the clerk's own split over the open charges) before saving, asks before
keeping more than the balance as credit, and offers the receipt afterwards.

A customer holding points (적립금) may use some of them: the points pay the oldest open
charges first, as a discount, and the money what is left of them (oldest first, or the clerk's split over what is
left). The amount to pay follows the points until the clerk types an amount; points may pay it all (amount 0)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.ledger import (
    APPROVAL_MAX,
    ENTRY_NOTE_MAX,
    MoreThanOwed,
    OpenDebit,
    PaymentMeans,
    oldest_first,
    payment_amount,
)
from toysub_desktop.domain.money import parse_won
from toysub_desktop.domain.points import check_points_for_payment, points_to_use
from toysub_desktop.services.ledger import (
    AccountView,
    LedgerLine,
    NewPayment,
    PaymentShare,
    account_view,
    payment_preview,
    void_entry,
)
from toysub_desktop.services.points import CounterPayment, points_for_payment, take_payment_with_points
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import history_table
from toysub_desktop.ui.ledger_text import charge_text, means_name
from toysub_desktop.ui.points import points_text
from toysub_desktop.ui.screen_fit import grow_to_fit
from toysub_desktop.ui.text import day_text, won_text

#: Charges listed one a line under "pays off"; more are summed on the last line, so the window stays its size.
SHOWN_SHARES = 3
#: The columns of the clerk's split: the charge, its due day, what is unpaid, and what this payment pays of it.
SPLIT_CHARGE, SPLIT_DUE, SPLIT_OPEN, SPLIT_PAYS = range(4)


class PaymentDialog(ServiceDialog):
    """Take a payment from one customer. ``outcome`` is the ``CounterPayment`` once saved."""

    def __init__(self, counter: Counter, customer_id: int, parent: QWidget | None = None) -> None:
        self.account: AccountView = account_view(counter.db, customer_id, today=counter.today())
        super().__init__(counter, self.tr("Take a payment — {name}").format(name=self.account.customer_name), parent)
        self.customer_id = customer_id
        self.keep_credit = False
        # The points the customer may use, or None (they hold none): then no points rows.
        self.points_balance = points_for_payment(counter.db, customer_id, today=counter.today())
        self.owed = self.add_intro(self._owed_text())
        self.owed.setTextFormat(Qt.TextFormat.RichText)
        self.points = QLineEdit(self)
        self.points.setMaxLength(14)
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.points.setPlaceholderText("0")
        if self.points_balance is not None:
            self.points_held = QLabel(points_text(self.points_balance))
            self.form.addRow(self.tr("Points held"), self.points_held)
            self.errors.add_row(self.form, self.tr("Points to &use (1P = 1 won)"), self.points, "points")
        else:
            self.points.hide()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 39,000"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        # The amount shows what is left to pay after the points until the clerk types one.
        self._amount_follows_points = bool(self.account.owed)
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
        # The clerk's own split: every open charge with what this payment pays of it, typed in the last column.
        self.split_by_hand = QCheckBox(self.tr("Choose which &charges it pays and how much of each"))
        self.split_by_hand.setEnabled(len(self.account.open_charges) > 1)
        self.form.addRow(self.split_by_hand)
        self.split_table = history_table(
            [self.tr("Charge"), self.tr("Due"), self.tr("Unpaid"), self.tr("Pays")], minimum_height=120
        )
        self.split_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.split_table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.split_table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        header = self.split_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SPLIT_CHARGE, QHeaderView.ResizeMode.Stretch)
        self.split_total = QLabel()
        self.split_message = self.errors.add_row(self.form, self.tr("Split"), self.split_table, "allocation")
        self.form.addRow("", self.split_total)
        self._fill_split()
        self._show_split(False)
        self.pays_off = QLabel()
        self.pays_off.setWordWrap(False)  # one charge a line; the dialog widens to show it
        self.pays_off.setTextFormat(Qt.TextFormat.RichText)
        self.pays_off.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pays_off.setMinimumHeight(self.pays_off.fontMetrics().lineSpacing() * 3)  # a charge or two and the rest
        # Below the form, outside its scrolling area, so the window follows the lines as they change.
        pays_off_box = QGroupBox(self.tr("Pays off"))
        QVBoxLayout(pays_off_box).addWidget(self.pays_off)
        self.layout_.insertWidget(self.layout_.indexOf(self.general_error), pays_off_box)
        self.errors.alias("customer", "amount")
        self.amount.textChanged.connect(self._amount_changed)
        self.amount.textEdited.connect(self._amount_typed)
        self.points.textChanged.connect(self._points_changed)
        self.split_by_hand.toggled.connect(self._split_toggled)
        self.split_table.itemChanged.connect(self._share_changed)
        self.means.currentIndexChanged.connect(self._means_changed)
        self._means_changed()
        self._preview()
        self.amount.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Tall enough for the whole form and the lines of what the payment pays off, up to the screen.
        grow_to_fit(self)

    def _owed_text(self, points: int = 0) -> str:
        account = self.account
        if account.owed and points:
            text = self.tr("Owed now: {owed}; less {points} of points, to pay: <b>{amount}</b>").format(
                owed=escape(won_text(account.owed)),
                points=escape(points_text(points)),
                amount=escape(won_text(max(account.owed - points, 0))),
            )
        elif account.owed:
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

    # --- points -------------------------------------------------------------------------------------------------

    def chosen_points(self) -> int:
        """The points typed to use (0 when none, or when the customer has none to use)."""
        if self.points_balance is None:
            return 0
        return points_to_use(self.points.text())

    def _points_usable(self) -> int:
        """The points typed, refused (as saving would) beyond the balance or beyond what is owed."""
        points = self.chosen_points()
        if points:
            check_points_for_payment(points, balance=self.points_balance or 0, owed=self.account.owed)
        return points

    def _points_or_zero(self) -> int:
        # Points that cannot be used lower nothing: what is left to pay and the amount stay as without them.
        try:
            return self._points_usable()
        except ValidationError:
            return 0

    def _points_changed(self) -> None:
        points = self._points_or_zero()
        self.owed.setText(self._owed_text(points))
        self._show_open_after_points()
        if self._amount_follows_points:
            self.amount.blockSignals(True)
            self.amount.setText(f"{max(self.account.owed - points, 0):,}")
            self.amount.blockSignals(False)
        self._amount_changed()

    def _amount_typed(self) -> None:
        self._amount_follows_points = False

    def chosen_amount(self) -> int:
        """The money typed; with points used it may be 0 (or left empty)."""
        if self._points_or_zero() > 0:
            text = self.amount.text()
            return parse_won(text, field="amount") if text.strip() else 0
        return payment_amount(self.amount.text())

    def _open_after_points(self) -> dict[int, int]:
        """What of each open charge the points typed leave unpaid (they pay the oldest charges first)."""
        charges = [line for line in self.account.open_charges if line.kind.points_may_pay]
        debits = [OpenDebit(line.id, line.entry_on, line.open) for line in charges]
        by_points = dict(oldest_first(self._points_or_zero(), debits))
        return {line.id: line.open - by_points.get(line.id, 0) for line in self.account.open_charges}

    def _show_open_after_points(self) -> None:
        left = self._open_after_points()
        self.split_table.blockSignals(True)
        for row, line in enumerate(self.account.open_charges):
            item = self.split_table.item(row, SPLIT_OPEN)
            if item is not None:
                item.setText(won_text(left[line.id]))
        self.split_table.blockSignals(False)

    def chosen_means(self) -> PaymentMeans:
        return PaymentMeans(self.means.currentData())

    def _means_changed(self) -> None:
        means = self.chosen_means()
        self.approval_number.setEnabled(means is PaymentMeans.CARD)
        self.cash_receipt.setEnabled(means in (PaymentMeans.CASH, PaymentMeans.BANK_TRANSFER))

    # --- the clerk's split ----------------------------------------------------------------------------------------

    def _fill_split(self) -> None:
        charges = self.account.open_charges
        self.split_table.setRowCount(len(charges))
        for row, line in enumerate(charges):
            for column, text in (
                (SPLIT_CHARGE, charge_text(line)),
                (SPLIT_DUE, day_text(line.entry_on)),
                (SPLIT_OPEN, won_text(line.open)),
                (SPLIT_PAYS, ""),
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if column == SPLIT_PAYS:
                    flags |= Qt.ItemFlag.ItemIsEditable
                if column in (SPLIT_OPEN, SPLIT_PAYS):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(flags)
                self.split_table.setItem(row, column, item)

    def _share_changed(self, _item: QTableWidgetItem) -> None:
        # What was said about the shares no longer holds once one is typed again.
        self.split_message.clear()
        self.split_message.hide()
        self._preview()

    def _show_split(self, shown: bool) -> None:
        box = self.split_table.parentWidget()
        assert box is not None  # the row add_row made for it
        self.form.setRowVisible(box, shown)
        self.form.setRowVisible(self.split_total, shown)

    def _split_toggled(self, on: bool) -> None:
        if on:
            self._split_oldest_first()
            self.split_table.setCurrentCell(0, SPLIT_PAYS)
            # Wide enough for every charge's name beside the amounts.
            self.split_table.resizeColumnsToContents()
            wanted = sum(self.split_table.columnWidth(c) for c in range(self.split_table.columnCount()))
            self.split_table.setMinimumWidth(min(wanted + 24, 900))
        self._show_split(on)
        self._preview()
        grow_to_fit(self)

    def _amount_changed(self) -> None:
        if self.split_by_hand.isChecked():
            self._split_oldest_first()  # a new amount starts the split over, oldest first
        self._preview()

    def _split_oldest_first(self) -> None:
        try:
            amount = self.chosen_amount()
        except ValidationError:
            amount = 0
        left = self._open_after_points()
        debits = [OpenDebit(line.id, line.entry_on, left[line.id]) for line in self.account.open_charges]
        shares = dict(oldest_first(amount, debits))
        self.split_table.blockSignals(True)
        for row, line in enumerate(self.account.open_charges):
            item = self.split_table.item(row, SPLIT_PAYS)
            if item is not None:
                item.setText(f"{shares.get(line.id, 0):,}")
        self.split_table.blockSignals(False)

    def _commit_split_edit(self) -> None:
        """A share still being typed counts, as if Enter had been pressed."""
        editor = QApplication.focusWidget()
        if (
            self.split_table.state() == QAbstractItemView.State.EditingState
            and editor is not None
            and editor.parentWidget() is self.split_table.viewport()
        ):
            self.split_table.commitData(editor)
            self.split_table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def chosen_split(self) -> dict[int, int] | None:
        """The clerk's split ``{charge id: won}`` as typed, or None when the payment pays the oldest first."""
        if not self.split_by_hand.isChecked():
            return None
        split: dict[int, int] = {}
        left = self._open_after_points()
        for row, line in enumerate(self.account.open_charges):
            item = self.split_table.item(row, SPLIT_PAYS)
            share = parse_won(item.text() if item is not None else "", field=f"allocation[{line.id}]")
            if share or left[line.id]:  # a charge the points paid off is no longer open to the money
                split[line.id] = share
        return split

    def _committed_split(self) -> dict[int, int] | None:
        self._commit_split_edit()
        return self.chosen_split()

    def _show_split_total(self, amount: int) -> None:
        try:
            split = self.chosen_split()
        except ValidationError:
            self.split_total.setText(self.tr("A share is not an amount in won."))
            return
        if split is None:
            return
        self.split_total.setText(
            self.tr("The shares add up to {total} of the {amount} paid.").format(
                total=won_text(sum(split.values())), amount=won_text(amount)
            )
        )

    # --- what it pays off -------------------------------------------------------------------------------------------

    def _preview(self) -> None:
        try:
            amount = self.chosen_amount()
            points = self._points_usable()
        except ValidationError:
            self.pays_off.setText(self.tr("—"))
            return
        split = None
        try:
            if self.split_by_hand.isChecked():
                self._show_split_total(amount)
                split = self.chosen_split()
            preview = payment_preview(self.counter.db, self.customer_id, amount, split, points=points)
        except ValidationError:
            self.pays_off.setText(self.tr("—"))
            return
        lines = []
        by_points = {share.line.id: share.amount for share in preview.points_shares}
        # The points first, then the money: each charge a line, the rest summed on the last.
        for shares, by_money in ((preview.points_shares, False), (preview.shares, True)):
            shown = shares if len(shares) <= SHOWN_SHARES else shares[: SHOWN_SHARES - 1]
            for share in shown:
                left = share.line.open - (by_points.get(share.line.id, 0) if by_money else 0)
                text = f"{charge_text(share.line)}: {won_text(share.amount)}"
                if not by_money:
                    text = self.tr("Points used, {charge}").format(charge=text)
                lines.append(escape(text) + ("" if share.amount == left else escape(self.tr(" (part)"))))
            rest = shares[len(shown) :]
            if rest:
                lines.append(escape(self._rest_text(rest, points=not by_money)))
        if preview.credit:
            lines.append(
                "<span style='color:#8a5a00'>"
                + escape(self.tr("Left over, kept as credit: {amount}").format(amount=won_text(preview.credit)))
                + "</span>"
            )
        self.pays_off.setText("<br>".join(lines) if lines else self.tr("—"))
        grow_to_fit(self)

    def _rest_text(self, rest: tuple[PaymentShare, ...], *, points: bool) -> str:
        total = won_text(sum(share.amount for share in rest))
        if points:
            return self.tr("Points used, {count} more charges: {amount}").format(count=len(rest), amount=total)
        return self.tr("… and {count} more: {amount}").format(count=len(rest), amount=total)

    def submit(self) -> CounterPayment:
        amount = self.chosen_amount()
        payment = NewPayment(
            customer_id=self.customer_id,
            amount=amount,
            means=self.chosen_means(),
            approval_number=self.approval_number.text() if self.approval_number.isEnabled() else "",
            cash_receipt_number=self.cash_receipt.text() if self.cash_receipt.isEnabled() else "",
            note=self.note.text(),
            split=self._committed_split(),
            keep_credit=self.keep_credit,
            seen_entry_id=self.account.last_entry_id,
        )
        try:
            return take_payment_with_points(
                self.counter.db,
                staff_id=self.counter.staff.id,
                payment=payment,
                points=self.chosen_points(),
                now=self.counter.now(),
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
