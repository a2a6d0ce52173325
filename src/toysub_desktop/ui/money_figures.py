"""수납·정산 → 월별 현황: per month what was billed, collected, written off, outstanding and held as deposits, for the
owner or a manager (anyone else needs one of them to approve with their PIN). Keyboard only: the months to show are
typed (Enter shows them), the arrows move between months, Enter on a month opens its charges still unpaid, and the
export for the accountant goes through the export window (its file, format and audit)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.ledger import EntryKind
from toysub_desktop.domain.months import last_months, months_from_to
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.typed_dates import parse_month
from toysub_desktop.services.access import Approval
from toysub_desktop.services.money_figures import MonthFigures, UnpaidCharge, monthly_figures, unpaid_charges
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.forms import ERROR_STYLE, FieldErrors, make_message_label
from toysub_desktop.ui.ledger_text import entry_name
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource
from toysub_desktop.ui.records_dialog import RecordsDialog
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.sign_in import run_with_approval
from toysub_desktop.ui.text import day_text, won_text

(MONTH, CYCLE_FEES, DEPOSITS, OTHER_FEES, BILLED, COLLECTED, WRITTEN_OFF, OUTSTANDING, DEPOSITS_HELD, PAYING,
 UNPAID) = range(11)  # fmt: skip
_HEADERS = (
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Month"),
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Monthly fees"),
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Deposits"),
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Other fees"),
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Billed"),
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Collected"),
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Written off"),
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Outstanding"),
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Deposits held"),
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Paying"),
    QT_TRANSLATE_NOOP("MoneyFiguresDialog", "Still unpaid"),
)
_OTHER_FEES = (EntryKind.LATE_FEE, EntryKind.DAMAGE_FEE, EntryKind.LOSS_FEE, EntryKind.EARLY_TERMINATION)


def month_text(month: date) -> str:
    return f"{month:%Y-%m}"


class MoneyFiguresDialog(QDialog):
    """The table of months; ``load()`` reads them (asking for an approving PIN when needed) before it is shown."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.approval: Approval | None = None
        self.figures: list[MonthFigures] = []
        self.setWindowTitle(self.tr("Monthly figures"))
        first, last = last_months(counter.today())
        self.first = QLineEdit(month_text(first))
        self.last = QLineEdit(month_text(last))
        for edit in (self.first, self.last):
            edit.setPlaceholderText("2026-03")
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("2026-12-31") * 2)
            edit.returnPressed.connect(self.show_months)
        self.errors = FieldErrors()
        self.general_error = make_message_label(ERROR_STYLE)
        self.errors.set_fallback(self.general_error)
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&From month:"), self.first, "first_month")
        self.errors.add_row(form, self.tr("&To month:"), self.last, "last_month")
        self.table = QTableWidget(0, len(_HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(text) for text in _HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.activated.connect(lambda index: self.open_unpaid(index.row()))
        caption = QLabel(
            self.tr(
                "&Months (Enter shows the month's charges still unpaid). Collected is payments less refunds; "
                "outstanding and deposits held are at the month's end; the ledger as it stands today."
            )
        )
        caption.setWordWrap(True)
        caption.setBuddy(self.table)
        self.export_button = QPushButton(self.tr("E&xport for the accountant…"))
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.general_error)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.errors.set_window(self)
        self.resize(980, 560)
        keep_on_screen(self)

    # --- reading ---------------------------------------------------------------------------------------------------

    def months(self) -> tuple[date, date]:
        today = self.counter.today()
        problems: list[FieldProblem] = []
        chosen: list[date] = []
        for edit, field in ((self.first, "first_month"), (self.last, "last_month")):
            try:
                chosen.append(parse_month(edit.text(), today=today, field=field))
            except ValidationError as error:
                problems.extend(error.problems)
        if problems:
            raise ValidationError(*problems)
        months_from_to(chosen[0], chosen[1], field="last_month")
        return chosen[0], chosen[1]

    def load(self) -> ValidationError | None:
        """Read the months typed (a mistyped month is said beside its field); the refusal when the signed-in person
        may not see them and nobody allowed to approved."""
        self.errors.clear()
        try:
            first, last = self.months()

            def read(approval: Approval | None) -> list[MonthFigures]:
                figures = monthly_figures(self.counter.db, staff_id=self.counter.staff.id, first_month=first,
                                          last_month=last, approval=approval, now=self.counter.now())  # fmt: skip
                self.approval = approval
                return figures

            self.figures = run_with_approval(self, self.counter.db, read)
        except ValidationError as error:
            if error.problems[0].field in ("staff", "approval_staff", "approval_pin"):
                return error
            self.errors.show(error)
            return None
        self._fill()
        return None

    def show_months(self) -> None:
        if refusal := self.load():
            self.errors.show(refusal)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.figures))
        for row, month in enumerate(self.figures):
            billed = month.billed_by_kind
            values = {
                MONTH: month_text(month.month),
                CYCLE_FEES: won_text(billed.get(EntryKind.CYCLE_FEE, 0)),
                DEPOSITS: won_text(billed.get(EntryKind.DEPOSIT, 0)),
                OTHER_FEES: won_text(sum(billed.get(kind, 0) for kind in _OTHER_FEES)),
                BILLED: won_text(month.billed),
                COLLECTED: won_text(month.collected),
                WRITTEN_OFF: won_text(month.written_off),
                OUTSTANDING: won_text(month.outstanding),
                DEPOSITS_HELD: won_text(month.deposits_held),
                PAYING: f"{month.paying_customers:,}",
                UNPAID: won_text(month.unpaid_now),
            }
            for column, text in values.items():
                item = QTableWidgetItem(text)
                if column != MONTH:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            collected = self.table.item(row, COLLECTED)
            assert collected is not None
            tip = self.tr("Payments {payments} − refunds {refunds}").format(
                payments=won_text(month.payments), refunds=won_text(month.refunds)
            )
            if month.points_discounts:
                tip += "\n" + self.tr("Points used {points}: a discount, not collected").format(
                    points=won_text(month.points_discounts)
                )
            collected.setToolTip(tip)
        if self.figures:
            self.table.selectRow(len(self.figures) - 1)  # the latest month first under the cursor
        self._fit_width()
        self.table.setFocus()

    def _fit_width(self) -> None:
        """As wide as the months' columns need (within the screen), no wider."""
        header = self.table.horizontalHeader()
        wanted = header.length() + self.table.frameWidth() * 2 + self.table.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        self.resize(max(wanted + sides, 720), self.height())
        keep_on_screen(self)

    # --- steps -----------------------------------------------------------------------------------------------------

    def open_unpaid(self, row: int) -> None:
        if not 0 <= row < len(self.figures):
            return
        dialog = UnpaidChargesDialog(self.counter, self.figures[row].month, self.approval, self)
        dialog.customerChosen.connect(self._customer_chosen(dialog))
        dialog.exec()

    def _customer_chosen(self, dialog: QDialog) -> Callable[[int], None]:
        def chosen(customer_id: int) -> None:
            dialog.accept()
            self.customerChosen.emit(customer_id)

        return chosen

    def export(self) -> None:
        from toysub_desktop.services.exports import ExportKind
        from toysub_desktop.ui.export_dialog import ExportDialog

        first = self.figures[0].month if self.figures else None
        last = self.figures[-1].month if self.figures else None
        dialog = ExportDialog(self.counter, self, kind=ExportKind.MONEY_FIGURES, first=first, last=last)
        dialog.exec()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter opens a month (the table's activated) or shows the months typed; never closes
            return
        super().keyPressEvent(event)


class UnpaidChargeModel(PagedTableModel[UnpaidCharge]):
    headers = (
        QT_TRANSLATE_NOOP("UnpaidChargeModel", "Customer no."),
        QT_TRANSLATE_NOOP("UnpaidChargeModel", "Customer"),
        QT_TRANSLATE_NOOP("UnpaidChargeModel", "Charge"),
        QT_TRANSLATE_NOOP("UnpaidChargeModel", "Contract no."),
        QT_TRANSLATE_NOOP("UnpaidChargeModel", "Due"),
        QT_TRANSLATE_NOOP("UnpaidChargeModel", "Amount"),
        QT_TRANSLATE_NOOP("UnpaidChargeModel", "Unpaid"),
    )

    def __init__(self, counter: Counter, month: date, approval: Approval | None, parent: QObject | None = None):
        super().__init__(PageSource(self._fetch, lambda row: row.customer_id, self._display, self._align), parent)
        self._counter = counter
        self._month = month
        self._approval = approval

    def _fetch(self, after: UnpaidCharge | None, limit: int) -> tuple[Sequence[UnpaidCharge], bool]:
        return unpaid_charges(self._counter.db, staff_id=self._counter.staff.id, month=self._month, after=after,
                              limit=limit, approval=self._approval, now=self._counter.now())  # fmt: skip

    @staticmethod
    def _display(row: UnpaidCharge, column: int) -> str:
        values = (row.customer_number, row.customer_name, entry_name(row.kind), row.contract_number,
                  day_text(row.due_on), won_text(row.amount), won_text(row.open))  # fmt: skip
        return values[column]

    @staticmethod
    def _align(_row: UnpaidCharge, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class UnpaidChargesDialog(RecordsDialog):
    """One month's charges still unpaid, a page at a time; Enter on one opens the customer's card."""

    def __init__(self, counter: Counter, month: date, approval: Approval | None, parent: QWidget | None = None) -> None:
        super().__init__(
            title=self.tr("Unpaid charges of {month}").format(month=month_text(month)),
            caption=self.tr("&Charges due in {month} that are not paid off today (Enter opens the card):").format(
                month=month_text(month)
            ),
            empty=self.tr("Every charge of the month is paid."),
            model=UnpaidChargeModel(counter, month, approval),
            stretch_column=1,
            parent=parent,
        )
