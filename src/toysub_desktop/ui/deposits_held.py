"""보증금 보관 현황: per customer the deposit money the shop holds (money it owes back), and the total, paged as the
view scrolls. Enter on a customer opens the refund of their deposit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.deposits import DepositHeldRow, customer_deposits, deposits_held, deposits_held_total
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import fit_size, keep_on_screen
from toysub_desktop.ui.text import day_text, won_text

CUSTOMER, NUMBER, HELD, SINCE = range(4)


class DepositsHeldModel(PagedTableModel[DepositHeldRow]):
    headers = (
        QT_TRANSLATE_NOOP("DepositsHeldModel", "Customer"),
        QT_TRANSLATE_NOOP("DepositsHeldModel", "Customer no."),
        QT_TRANSLATE_NOOP("DepositsHeldModel", "Deposit held"),
        QT_TRANSLATE_NOOP("DepositsHeldModel", "Last paid or returned"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.customer_id, self._display, self._other_role), parent)
        self._counter = counter

    def _fetch(self, after: DepositHeldRow | None, limit: int) -> tuple[Sequence[DepositHeldRow], bool]:
        page = deposits_held(self._counter.db, after=after, limit=limit)
        return page.rows, page.has_more

    def _display(self, row: DepositHeldRow, column: int) -> str:
        if column == CUSTOMER:
            return row.customer_name
        if column == NUMBER:
            return row.customer_number
        if column == HELD:
            return won_text(row.held)
        if column == SINCE:
            return day_text(row.since)
        return ""

    def _other_role(self, _row: DepositHeldRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == HELD:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


class DepositsHeldDialog(QDialog):
    """The deposits the shop holds. Enter opens the refund of the chosen customer's deposit; "Open customer" shows
    them on the card (``customerChosen(id)``)."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Deposits held"))
        intro = QLabel(
            self.tr(
                "The deposit money the shop holds and owes back at the end of each rental, by customer. Enter gives "
                "the chosen customer's deposit back."
            )
        )
        intro.setWordWrap(True)
        self.total = QLabel()
        self.total.setTextFormat(Qt.TextFormat.PlainText)
        self.model = DepositsHeldModel(counter, self)
        self.list = list_view(self.model, stretch_column=CUSTOMER)
        self.refund = QPushButton(self.tr("&Refund deposit…"))
        self.open_customer = QPushButton(self.tr("&Open customer"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.refund)
        row.addWidget(self.open_customer)
        row.addStretch(1)
        row.addWidget(buttons)
        self.empty = QLabel(self.tr("The shop holds no deposit."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.total)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.refund.clicked.connect(self.refund_deposit)
        self.open_customer.clicked.connect(self._open_customer)
        self.list.activated.connect(lambda _index: self.refund_deposit())
        self.list.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        fit_size(self, QSize(760, 520))
        keep_on_screen(self)
        self.reload()

    def reload(self) -> None:
        try:
            total = deposits_held_total(self.counter.db)
            self.model.reload()
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        self.total.setText(
            self.tr("Held in total: {amount} for {count} customer(s)").format(
                amount=won_text(total.held), count=total.customers
            )
        )
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.list.selectRow(0)
            self.list.setFocus()
        self._update_buttons()

    def selected(self) -> DepositHeldRow | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.refund.setEnabled(has)
        self.open_customer.setEnabled(has)

    def refund_deposit(self) -> None:
        """The refund of the chosen customer's deposit (the first contract holding one), then the list again."""
        row = self.selected()
        if row is None:
            return
        from toysub_desktop.ui.dialogs.refund_dialogs import RefundDialog, offer_refund_receipt

        try:
            held = customer_deposits(self.counter.db, row.customer_id, today=self.counter.today())
            dialog = RefundDialog(
                self.counter, row.customer_id, self, deposit_of=held[0].subscription_id if held else None
            )
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            offer_refund_receipt(self.counter, dialog.outcome, self)
            self.reload()

    def _open_customer(self) -> None:
        row = self.selected()
        if row is not None:
            self.customerChosen.emit(row.customer_id)
            self.accept()
