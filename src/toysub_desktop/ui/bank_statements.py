"""Bank statement matching (입금 대조): open an internet-banking export, see each deposit with the customer and
charges it most likely pays, and settle the lines one by one from the keyboard — Enter or Space confirms the
suggestion, another customer can be chosen, a line can be ignored. Lines nobody settled stay listed, also the next
time the window opens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.bank_statements import (
    BankLineView,
    bank_line_counts,
    confirm_bank_line,
    ignore_bank_line,
    import_statement,
    open_bank_lines,
)
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.customer_picker import CustomerPicker
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import ERROR_STYLE, make_message_label
from toysub_desktop.ui.ledger_text import charge_text
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.problems import problem_message
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.text import day_text, message_text, problem_text, won_text

DATE, DEPOSITOR, SUMMARY, AMOUNT, CUSTOMER, PAYS = range(6)

_NO_CUSTOMER = QT_TRANSLATE_NOOP("Validation", "Choose the customer whose payment this is.")


class BankLineModel(PagedTableModel[BankLineView]):
    headers = (
        QT_TRANSLATE_NOOP("BankLineModel", "Date"),
        QT_TRANSLATE_NOOP("BankLineModel", "Depositor"),
        QT_TRANSLATE_NOOP("BankLineModel", "Summary"),
        QT_TRANSLATE_NOOP("BankLineModel", "Amount"),
        QT_TRANSLATE_NOOP("BankLineModel", "Suggested customer"),
        QT_TRANSLATE_NOOP("BankLineModel", "Pays"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, _row_id, self._display, _other_role), parent)
        self._counter = counter

    def _fetch(self, after: BankLineView | None, limit: int) -> tuple[Sequence[BankLineView], bool]:
        return open_bank_lines(self._counter.db, after, limit)

    def _display(self, row: BankLineView, column: int) -> str:
        if column == DATE:
            return f"{day_text(row.deposit_on)} {row.deposit_time[:5]}".strip()
        if column == DEPOSITOR:
            return row.depositor
        if column == SUMMARY:
            return row.summary
        if column == AMOUNT:
            return won_text(row.amount)
        suggestion = row.suggestion
        if column == CUSTOMER:
            if suggestion is None:
                return self.tr("(no match: choose a customer or ignore)")
            return f"{suggestion.customer_name} ({suggestion.customer_number})"
        if column == PAYS and suggestion is not None:
            return ", ".join(charge_text(line) for line in suggestion.charges)
        return ""


def _row_id(row: BankLineView) -> int:
    return row.id


def _other_role(row: BankLineView, column: int, role: int) -> object:
    if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ToolTipRole and column == PAYS and row.suggestion is not None:
        # Several charges do not fit the column on a small screen: each on its own line here.
        return "\n".join(f"{charge_text(line)} {won_text(line.open)}" for line in row.suggestion.charges)
    return None


class BankStatementWindow(QDialog):
    """The open bank lines and the clerk's answer to each."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Bank statement matching"))
        intro = QLabel(
            self.tr(
                "Open the account's transactions exported from internet banking (xlsx, xls or csv). Each deposit "
                "is listed with the customer whose depositor name and open charges fit it. Enter or Space confirms "
                "the suggestion as a bank-transfer payment; choose another customer, or ignore a deposit that is "
                "no subscriber's payment. Lines not settled stay here."
            )
        )
        intro.setWordWrap(True)
        self.open_file = QPushButton(self.tr("&Open statement…"))
        self.open_file.clicked.connect(self.choose_file)
        self.counts = QLabel()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.error = make_message_label(ERROR_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.open_file)
        top.addWidget(self.counts, 1)
        self.model = BankLineModel(counter, self)
        self.view = list_view(self.model, stretch_column=PAYS)
        self.view.installEventFilter(self)
        self.confirm = QPushButton(self.tr("&Confirm match"))
        self.other = QPushButton(self.tr("&Another customer…"))
        self.ignore = QPushButton(self.tr("&Ignore"))
        self.confirm.clicked.connect(self.confirm_selected)
        self.other.clicked.connect(self.choose_other_customer)
        self.ignore.clicked.connect(self.ignore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.confirm)
        row.addWidget(self.other)
        row.addWidget(self.ignore)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.resize(1200, 600)
        keep_on_screen(self)
        self.reload()

    # --- the list -----------------------------------------------------------------------------------------------

    def reload(self, keep_row: int = 0) -> None:
        try:
            self.model.reload()
            counts = bank_line_counts(self.counter.db)
        except DatabaseProblem as problem:
            self._say_problem(problem_message(problem))
            return
        self.counts.setText(
            self.tr("{open} open · {matched} matched · {ignored} ignored").format(
                open=counts.open, matched=counts.matched, ignored=counts.ignored
            )
        )
        if self.model.rowCount() > 0:
            row = min(keep_row, self.model.rowCount() - 1)
            self.view.selectRow(row)
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def selected(self) -> BankLineView | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        line = self.selected()
        self.confirm.setEnabled(line is not None and line.suggestion is not None)
        self.other.setEnabled(line is not None)
        self.ignore.setEnabled(line is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.confirm_selected()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter settles a line in the list; elsewhere it never closes the window
            return
        super().keyPressEvent(event)

    # --- the file -----------------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the bank statement"),
            "",
            self.tr("Bank statements (*.xlsx *.xls *.csv);;All files (*)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        self._clear_messages()
        try:
            done = import_statement(self.counter.db, staff_id=self.counter.staff.id, path=path, now=self.counter.now())
        except ValidationError as error:
            self._say_problem("\n".join(problem_text(p) for p in error.problems))
            return
        except DatabaseProblem as problem:
            self._say_problem(problem_message(problem))
            return
        self.outcome.setText(
            self.tr("{file}: {deposits} deposits, {added} new, {already} imported before.").format(
                file=done.file_name, deposits=done.deposits, added=done.added, already=done.already
            )
        )
        self.reload()
        self.view.setFocus()

    # --- settling a line ----------------------------------------------------------------------------------------

    def confirm_selected(self) -> None:
        line = self.selected()
        if line is None or line.suggestion is None:
            if line is not None:
                self._say_problem(self.tr("No customer fits this deposit: choose another customer or ignore it."))
            return
        suggestion = line.suggestion
        row = self.view.currentIndex().row()
        if self._run(
            lambda: confirm_bank_line(
                self.counter.db,
                staff_id=self.counter.staff.id,
                line_id=line.id,
                customer_id=suggestion.customer_id,
                charge_ids=[charge.id for charge in suggestion.charges],
                now=self.counter.now(),
            )
        ):
            self.outcome.setText(
                self.tr("{amount} from {depositor} recorded as {name}'s bank transfer.").format(
                    amount=won_text(line.amount), depositor=line.depositor, name=suggestion.customer_name
                )
            )
            self.reload(row)

    def ignore_selected(self) -> None:
        line = self.selected()
        if line is None:
            return
        row = self.view.currentIndex().row()
        if self._run(
            lambda: ignore_bank_line(
                self.counter.db, staff_id=self.counter.staff.id, line_id=line.id, now=self.counter.now()
            )
        ):
            self.outcome.setText(
                self.tr("{amount} from {depositor} ignored.").format(
                    amount=won_text(line.amount), depositor=line.depositor
                )
            )
            self.reload(row)

    def choose_other_customer(self) -> None:
        line = self.selected()
        if line is None:
            return
        row = self.view.currentIndex().row()
        dialog = OtherCustomerDialog(self.counter, line, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.outcome.setText(
                self.tr("{amount} from {depositor} recorded as {name}'s bank transfer.").format(
                    amount=won_text(line.amount), depositor=line.depositor, name=dialog.chosen_name
                )
            )
            self.reload(row)
        self.view.setFocus()

    def _run(self, action: Callable[[], object]) -> bool:
        self._clear_messages()
        try:
            action()
        except ValidationError as error:
            self._say_problem("\n".join(problem_text(p) for p in error.problems))
            self.reload(self.view.currentIndex().row())
            return False
        except ConcurrentEditError as error:
            self._say_problem(message_text(error.message))
            return False
        except DatabaseProblem as problem:
            self._say_problem(problem_message(problem))
            return False
        return True

    def _clear_messages(self) -> None:
        self.error.hide()
        self.outcome.clear()

    def _say_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class OtherCustomerDialog(ServiceDialog):
    """The deposit is another customer's: find them; the payment pays their oldest charges first."""

    def __init__(self, counter: Counter, line: BankLineView, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Whose deposit is this?"), parent)
        self.line = line
        self.chosen_name = ""
        self.add_intro(
            self.tr(
                "{amount} from {depositor} on {date}. It is recorded as the chosen customer's bank transfer and pays "
                "their oldest charges first; what is left is kept as credit."
            ).format(amount=won_text(line.amount), depositor=line.depositor or "—", date=day_text(line.deposit_on))
        )
        self.picker = CustomerPicker(counter)
        self.picker.new_button.hide()
        self.errors.add_row(self.form, self.tr("&Customer"), self.picker, "customer")
        self.errors.alias("line", "customer")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        save.setText(self.tr("Record payment"))
        self.picker.setFocus()

    def submit(self) -> object:
        customer_id = self.picker.customer_id()
        if customer_id is None:
            raise ValidationError.of("customer", _NO_CUSTOMER)
        item = self.picker.matches.currentItem()
        self.chosen_name = item.text() if item is not None else ""
        return confirm_bank_line(
            self.counter.db,
            staff_id=self.counter.staff.id,
            line_id=self.line.id,
            customer_id=customer_id,
            now=self.counter.now(),
        )
