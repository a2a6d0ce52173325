"""Rental dialogs: lend, return (a condition per item, fees shown before saving), swap, reserve, the customer's
rentals, and the owner's rental settings. Each Save calls one service; problems show beside their fields."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.money import parse_won
from toysub_desktop.domain.rentals import (
    MAX_CAP_DAYS,
    MAX_LATE_FEE_PER_DAY,
    MAX_LOAN_DAYS,
    MAX_SUSPENSION_DAYS,
    ReturnCondition,
    check_due_on,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.domain.toys import ItemStep, steps_for
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.rentals import (
    CustomerRentals,
    ReturnLine,
    ReturnPreview,
    ReturnResult,
    SwapResult,
    cancel_reservation,
    customer_rentals,
    default_due_on,
    lend,
    preview_return,
    rental_settings,
    reserve,
    return_items,
    suggestions_for_child,
    swap,
    update_rental_settings,
    void_charge,
)
from toysub_desktop.services.toys import ItemRow, ToyRow, find_item
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.customer_picker import CustomerPicker
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.settings_dialogs import OwnerDialog, hint_label
from toysub_desktop.ui.forms import ERROR_STYLE, FieldErrors, date_edit, date_of, make_message_label
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.rental_text import (
    age_range_text,
    category_name,
    charge_kind_name,
    condition_name,
    item_state_name,
    queue_place_text,
    reservation_state_name,
)
from toysub_desktop.ui.screen_fit import FormScrollArea, keep_on_screen
from toysub_desktop.ui.sign_in import run_with_approval
from toysub_desktop.ui.text import day_text, message_text, problem_text, won_text

_CHOOSE_CUSTOMER = QT_TRANSLATE_NOOP("Validation", "Choose the customer.")
_CHOOSE_CHILD = QT_TRANSLATE_NOOP("Validation", "Choose the child.")


def table_of(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _cell(text: str, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[str]], *, right: frozenset[int] = frozenset()) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, _cell(text, right=c in right))


# --- building blocks --------------------------------------------------------------------------------------------


class CustomerAndChild(QWidget):
    """A customer (search, or given) and one of their children; says whether they may borrow."""

    changed = Signal()

    def __init__(self, counter: Counter, form: QFormLayout, errors: FieldErrors, customer_id: int | None) -> None:
        super().__init__()
        self.counter = counter
        self.picker = CustomerPicker(counter)
        self.picker.new_button.hide()
        self.child: ChoiceBox[int] = ChoiceBox()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.rentals: CustomerRentals | None = None
        errors.add_row(form, self.tr("C&ustomer"), self.picker, "customer")
        form.addRow("", self.status)
        errors.add_row(form, self.tr("C&hild"), self.child, "child")
        self.picker.customerChosen.connect(self._load)
        if customer_id is not None:
            self._load(customer_id)
            if self.rentals is not None:
                self.picker.choose(customer_id, f"{self.rentals.customer_name} ({self.rentals.customer_number})")

    def customer_id(self) -> int | None:
        return self.rentals.customer_id if self.rentals else None

    def child_id(self) -> int | None:
        return self.child.value()

    def require(self) -> tuple[int, int]:
        customer, child = self.customer_id(), self.child_id()
        if customer is None:
            raise ValidationError.of("customer", _CHOOSE_CUSTOMER)
        if child is None:
            raise ValidationError.of("child", _CHOOSE_CHILD)
        return customer, child

    def _load(self, customer_id: int) -> None:
        try:
            self.rentals = customer_rentals(self.counter.db, customer_id, today=self.counter.today())
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        self.child.clear_choices()
        for child in self.rentals.children:
            self.child.add(
                self.tr("{name} ({months} months)").format(name=child.name, months=child.age_months), child.id
            )
        self.status.setText(customer_status(self.rentals))
        self.status.setStyleSheet(ERROR_STYLE if self.rentals.suspended or not self.rentals.subscription_id else "")
        self.changed.emit()


def child_text(name: str, months: int) -> str:
    return QCoreApplication.translate("RentalDialogs", "{name} ({months} months)").format(name=name, months=months)


def customer_status(rentals: CustomerRentals) -> str:
    """One line on whether the customer may borrow, and what they have out."""
    parts = []
    if rentals.subscription_id is None:
        parts.append(
            QCoreApplication.translate("RentalDialogs", "No running rental or unlimited subscription: cannot borrow.")
        )
    else:
        parts.append(rentals.subscription_label)
    if rentals.suspended:
        parts.append(
            QCoreApplication.translate("RentalDialogs", "Lending suspended: an item is {days} days overdue.").format(
                days=rentals.most_days_overdue
            )
        )
    parts.append(
        QCoreApplication.translate("RentalDialogs", "{count} items out, late fees so far {fees}").format(
            count=len(rentals.out), fees=won_text(rentals.late_fees_so_far)
        )
    )
    return " · ".join(parts)


class ScanList(QWidget):
    """Items scanned to lend: a scanner types the code and Enter; each scan is listed with its toy and state."""

    def __init__(self, counter: Counter, form: QFormLayout, errors: FieldErrors, caption: str) -> None:
        super().__init__()
        self.counter = counter
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan a barcode, or type it and press Enter"))
        self.items = QListWidget()
        self.items.setMaximumHeight(self.items.fontMetrics().lineSpacing() * 5 + 12)
        self.items.setToolTip(self.tr("Delete removes the selected item from the list"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.scan)
        column.addWidget(self.items)
        self.setFocusProxy(self.scan)
        self.message = errors.add_row(form, caption, self, "barcode")
        self.errors = errors
        self._barcodes: list[str] = []
        self.scan.returnPressed.connect(self._scanned)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.items)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove_selected)

    def barcodes(self) -> list[str]:
        pending = self.scan.text().strip()
        return [*self._barcodes, pending] if pending else list(self._barcodes)

    def add(self, row: ItemRow) -> None:
        self._barcodes.append(row.barcode)
        self.items.addItem(f"{row.label} · {item_state_name(row.state)}")

    def _scanned(self) -> None:
        text = self.scan.text().strip()
        if not text:
            return
        self.message.hide()
        try:
            row = find_item(self.counter.db, text, today=self.counter.today())
        except ValidationError as error:
            self._say(problem_text(error.problems[0]))
            return
        if row is None:
            self._say(message_text(QT_TRANSLATE_NOOP("Validation", "No item has the barcode {barcode}."), barcode=text))
            return
        if row.barcode in self._barcodes:
            self._say(self.tr("{item} is already in the list.").format(item=row.label))
            return
        self.scan.clear()
        self.add(row)
        self.items.setCurrentRow(self.items.count() - 1)
        if ItemStep.LEND not in steps_for(row.state):
            # Said at once; Save refuses it with the full reason.
            self._say(self.tr("{item} is {state}.").format(item=row.label, state=item_state_name(row.state)))

    def _say(self, text: str) -> None:
        """A problem with the scan beside the field; the scanned text stays, selected so the next scan replaces it."""
        self.message.setText(text)
        self.message.show()
        self.scan.selectAll()

    def _remove_selected(self) -> None:
        row = self.items.currentRow()
        if 0 <= row < len(self._barcodes):
            del self._barcodes[row]
            self.items.takeItem(row)


@dataclass
class _ReturnEntry:
    barcode: str
    condition: ReturnCondition = ReturnCondition.CLEAN
    #: The fee the clerk typed; None for the suggested one.
    fee: int | None = None
    note: str = ""


class ReturnSection(QWidget):
    """Items handed back: scan each, choose its condition; the late fee, any damage or loss fee and where each item
    goes are shown before saving.

    All by keyboard, as at a counter with a scanner: a scan (digits and Enter) adds its row and selects it; Up and
    Down in the scan field choose another row; Tab goes to the chosen row's condition, where Up and Down change it
    and Enter comes back to the scan field (Tab goes on to the fee, where one is charged)."""

    ITEM, WHO, DUE, LATE, CONDITION, FEE, LATE_FEE, NEXT = range(8)

    def __init__(self, counter: Counter, form: QFormLayout, errors: FieldErrors, *, customer_id: int | None) -> None:
        super().__init__()
        self.counter = counter
        self.customer_id = customer_id
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("Scan each item handed back"))
        self.scan.setToolTip(
            self.tr("Up and Down choose a row; Tab goes to its condition, and Enter there comes back here")
        )
        self.table = table_of(
            [
                self.tr("Item"),
                self.tr("Borrowed by"),
                self.tr("Due"),
                self.tr("Days late"),
                self.tr("Condition"),
                self.tr("Fee (won)"),
                self.tr("Late fee"),
                self.tr("Goes to"),
            ]
        )
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 7)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.scan)
        column.addWidget(self.table, 1)
        column.addWidget(self.total)
        self.setFocusProxy(self.scan)
        self.message = errors.add_row(form, self.tr("&Returned items"), self, "returns")
        self.entries: list[_ReturnEntry] = []
        self.previews: tuple[ReturnPreview, ...] = ()
        self.scan.returnPressed.connect(self._scanned)
        self.scan.installEventFilter(self)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove_selected)
        self._show_total()

    def lines(self) -> list[ReturnLine]:
        return [ReturnLine(e.barcode, e.condition, e.fee, e.note) for e in self.entries]

    def add_barcode(self, text: str, condition: ReturnCondition = ReturnCondition.CLEAN) -> None:
        if any(e.barcode == text for e in self.entries):
            return
        self.entries.append(_ReturnEntry(text, condition))
        self.refresh()

    def _scanned(self) -> None:
        """One scan: its row is added only when the item is out on loan (and not listed yet); otherwise the reason
        is said beside the field, the scanned text stays, and the list is unchanged."""
        text = self.scan.text().strip()
        if not text:
            return
        self.message.hide()
        listed = next((p for p in self.previews if p.barcode == text.upper() or p.barcode == text), None)
        if listed is not None or any(e.barcode == text for e in self.entries):
            name = f"{listed.toy_name} ({listed.barcode})" if listed is not None else text
            self._say(self.tr("{item} is already in the list.").format(item=name))
            return
        candidate = _ReturnEntry(text)
        try:
            previews = preview_return(
                self.counter.db,
                [*self.lines(), ReturnLine(candidate.barcode, candidate.condition)],
                returned_on=self.counter.today(),
                customer_id=self.customer_id,
            )
        except ValidationError as error:
            self._say("\n".join(problem_text(p) for p in error.problems))
            return
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        if any(p.barcode == previews[-1].barcode for p in previews[:-1]):
            self._say(self.tr("{item} is already in the list.").format(item=previews[-1].toy_name))
            return
        self.scan.clear()
        self.entries.append(candidate)
        self.previews = previews
        self._fill_table()
        self._show_total()
        self.table.selectRow(len(self.entries) - 1)

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self.table.removeRow(row)
            self.refresh()

    def set_condition(self, row: int, condition: ReturnCondition) -> None:
        entry = self.entries[row]
        if entry.condition is not condition:
            entry.condition = condition
            entry.fee = None  # the suggested fee of the new condition
            self.refresh()

    def set_fee(self, row: int, text: str) -> None:
        try:
            fee = parse_won(text, field=f"returns[{row}].fee") if text.strip() else 0
        except ValidationError as error:
            self._say(problem_text(error.problems[0]))
            return
        self.entries[row].fee = fee
        self.refresh()

    def refresh(self) -> None:
        """Ask the service what the return will do; unknown or not-out items are said beside the scan field."""
        self.message.hide()
        self.previews = ()
        if self.entries:
            try:
                self.previews = preview_return(
                    self.counter.db, self.lines(), returned_on=self.counter.today(), customer_id=self.customer_id
                )
            except ValidationError as error:
                self._say("\n".join(problem_text(p) for p in error.problems))
            except DatabaseProblem as problem:
                show_problem(problem, self)
        self._fill_table()
        self._show_total()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.scan.selectAll()

    # --- the table: its cell widgets are kept and updated, so the one being used keeps the keyboard -----------------

    def _fill_table(self) -> None:
        # The preview has one line per entry, in order, or none at all when something was refused.
        previews = self.previews if len(self.previews) == len(self.entries) else ()
        self.table.setRowCount(len(self.entries))
        fee_conditions = (ReturnCondition.DAMAGED, ReturnCondition.MISSING_PARTS, ReturnCondition.LOST)
        for row, entry in enumerate(self.entries):
            preview = previews[row] if previews else None
            if preview is None:
                texts = [entry.barcode, "", "", "", "", "", "", ""]
            else:
                f = preview.figures
                texts = [
                    f"{preview.toy_name} ({preview.barcode})",
                    f"{preview.child_name} ({preview.customer_name})",
                    day_text(preview.due_on),
                    str(f.days_late) if f.days_late else "",
                    "",
                    "",
                    won_text(f.late_fee) if f.late_fee else "",
                    item_state_name(f.next_state) + (f" → {preview.goes_to}" if preview.goes_to else ""),
                ]
            for column, text in enumerate(texts):
                if column not in (self.CONDITION, self.FEE):
                    self.table.setItem(row, column, _cell(text, right=column in (self.LATE, self.LATE_FEE)))
            condition = self._condition_widget(row)
            condition.blockSignals(True)
            condition.set_value(entry.condition)
            condition.blockSignals(False)
            fee = self._fee_widget(row)
            fee.setText(f"{preview.figures.fee:,}" if preview is not None else "")
            fee.setEnabled(entry.condition in fee_conditions)
        self.table.resizeColumnsToContents()

    def _condition_widget(self, row: int) -> ChoiceBox[ReturnCondition]:
        widget = self.table.cellWidget(row, self.CONDITION)
        if isinstance(widget, ChoiceBox):
            return widget
        box: ChoiceBox[ReturnCondition] = ChoiceBox()
        for choice in ReturnCondition:
            box.add(condition_name(choice), choice)
        box.currentIndexChanged.connect(lambda _i, b=box: self._condition_chosen(b))
        box.installEventFilter(self)
        self.table.setCellWidget(row, self.CONDITION, box)
        return box

    def _fee_widget(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, self.FEE)
        if isinstance(widget, QLineEdit):
            return widget
        fee = QLineEdit()
        fee.setAlignment(Qt.AlignmentFlag.AlignRight)
        fee.editingFinished.connect(lambda edit=fee: self._fee_edited(edit))
        fee.returnPressed.connect(self.scan.setFocus)
        self.table.setCellWidget(row, self.FEE, fee)
        return fee

    def _row_of(self, widget: QWidget, column: int) -> int:
        return next((r for r in range(self.table.rowCount()) if self.table.cellWidget(r, column) is widget), -1)

    def _condition_chosen(self, box: ChoiceBox[ReturnCondition]) -> None:
        row = self._row_of(box, self.CONDITION)
        if 0 <= row < len(self.entries):
            self.set_condition(row, box.value() or ReturnCondition.CLEAN)

    def _fee_edited(self, edit: QLineEdit) -> None:
        row = self._row_of(edit, self.FEE)
        if not 0 <= row < len(self.entries):
            return
        shown = f"{self.previews[row].figures.fee:,}" if row < len(self.previews) else ""
        if edit.text() != shown:
            self.set_fee(row, edit.text())

    def condition_box(self, row: int) -> ChoiceBox[ReturnCondition]:
        widget = self.table.cellWidget(row, self.CONDITION)
        assert isinstance(widget, ChoiceBox)
        return widget

    def fee_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, self.FEE)
        assert isinstance(widget, QLineEdit)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, rows = event.key(), len(self.entries)
        if watched is self.scan and rows and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            current = self.table.currentRow() if 0 <= self.table.currentRow() < rows else rows - 1
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.table.selectRow(max(0, min(rows - 1, current + (1 if key == Qt.Key.Key_Down else -1))))
                return True
            if key == Qt.Key.Key_Tab:
                self.table.selectRow(current)
                self.condition_box(current).setFocus(Qt.FocusReason.TabFocusReason)
                return True
        if isinstance(watched, ChoiceBox):
            row = self._row_of(watched, self.CONDITION)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ):
                self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Tab and row >= 0:
                fee = self.fee_edit(row)
                (fee if fee.isEnabled() else self.scan).setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Backtab:
                self.scan.setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _show_total(self) -> None:
        late = sum(p.figures.late_fee for p in self.previews)
        fees = sum(p.figures.fee for p in self.previews)
        self.total.setText(
            self.tr("{count} items · late fees {late} · damage and loss {fees} · total {total}").format(
                count=len(self.entries), late=won_text(late), fees=won_text(fees), total=won_text(late + fees)
            )
        )


def returned_text(result: ReturnResult) -> str:
    """What a return did, for the status line: how many items came back and what was charged."""
    count = len(result.lines)
    late = sum(line.figures.late_fee for line in result.lines)
    fees = sum(line.figures.fee for line in result.lines)
    charged = []
    if late:
        charged.append(QCoreApplication.translate("RentalDialogs", "late fees {amount}").format(amount=won_text(late)))
    if fees:
        charged.append(
            QCoreApplication.translate("RentalDialogs", "damage and loss fees {amount}").format(amount=won_text(fees))
        )
    if not charged:
        return QCoreApplication.translate("RentalDialogs", "{count} items returned.").format(count=count)
    return QCoreApplication.translate("RentalDialogs", "{count} items returned, {charges} charged.").format(
        count=count, charges=", ".join(charged)
    )


def lent_text(count: int) -> str:
    return QCoreApplication.translate("RentalDialogs", "{count} items lent.").format(count=count)


# --- dialogs ----------------------------------------------------------------------------------------------------


class LendDialog(ServiceDialog):
    """Lend scanned items to a customer's child. Refused items are named beside the scan field."""

    def __init__(
        self,
        counter: Counter,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        items: Sequence[ItemRow] = (),
    ) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Lend toys"))
        self.who = CustomerAndChild(counter, self.form, self.errors, customer_id)
        self.scans = ScanList(counter, self.form, self.errors, self.tr("&Items"))
        for row in items:
            self.scans.add(row)
        self.due = date_edit(
            default_due_on(counter.db, counter.today()), today=counter.today(), field="due_on", rule=check_due_on
        )
        self.errors.add_row(self.form, self.tr("&Due back"), self.due, "due_on")
        self.errors.alias("lent_on", "due_on")
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.errors.add_row(self.form, self.tr("&Note"), self.note, "note")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        (self.scans if customer_id is not None else self.who.picker).setFocus()
        # Enter on the customer's name goes on to scanning (to the child first when there are several).
        self.who.picker.query.returnPressed.connect(self._customer_entered)

    def _customer_entered(self) -> None:
        if self.who.customer_id() is not None:
            (self.scans if self.who.child.count() == 1 else self.who.child).setFocus()

    def done_text(self) -> str:
        """What the save did, for the status line."""
        return lent_text(len(self.outcome)) if isinstance(self.outcome, tuple) else ""

    def submit(self) -> tuple[int, ...]:
        customer, child = self.who.require()
        return lend(
            self.counter.db, staff_id=self.counter.staff.id, customer_id=customer, child_id=child,
            barcodes=self.scans.barcodes(), due_on=date_of(self.due), note=self.note.text(), now=self.counter.now(),
        )  # fmt: skip


class ReturnDialog(ServiceDialog):
    """Take items back: a condition per item, the fees shown before saving."""

    def __init__(self, counter: Counter, parent: QWidget | None = None, *, barcodes: Sequence[str] = ()) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Return toys"))
        self.add_intro(
            self.tr(
                "Scan each item and check it: a clean item goes back on the shelf or to the first child waiting, "
                "a dirty one to cleaning, a damaged one or one with missing parts to repair. A lost item costs its "
                "value."
            )
        )
        self.returns = ReturnSection(counter, self.form, self.errors, customer_id=None)
        for code in barcodes:
            self.returns.add_barcode(code)
        self.resize(self.fontMetrics().averageCharWidth() * 185, self.fontMetrics().lineSpacing() * 28)
        self.returns.setFocus()

    def done_text(self) -> str:
        """What the save did, for the status line."""
        return returned_text(self.outcome) if isinstance(self.outcome, ReturnResult) else ""

    def submit(self) -> object:
        return return_items(
            self.counter.db, staff_id=self.counter.staff.id, lines=self.returns.lines(), now=self.counter.now()
        )


class SwapDialog(ServiceDialog):
    """A swap: the customer's items back and new ones out, saved together or not at all."""

    def __init__(self, counter: Counter, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Swap toys"))
        self.who = CustomerAndChild(counter, self.form, self.errors, customer_id)
        self.returns = ReturnSection(counter, self.form, self.errors, customer_id=customer_id)
        if self.who.rentals is not None:
            for line in self.who.rentals.out:
                self.returns.entries.append(_ReturnEntry(line.barcode))
            self.returns.refresh()
        self.scans = ScanList(counter, self.form, self.errors, self.tr("New &items"))
        self.due = date_edit(
            default_due_on(counter.db, counter.today()), today=counter.today(), field="due_on", rule=check_due_on
        )
        self.errors.add_row(self.form, self.tr("&Due back"), self.due, "due_on")
        self.errors.alias("lent_on", "due_on")
        self.resize(self.fontMetrics().averageCharWidth() * 185, self.fontMetrics().lineSpacing() * 40)
        self.scans.setFocus()

    def done_text(self) -> str:
        """What the save did, for the status line."""
        if not isinstance(self.outcome, SwapResult):
            return ""
        said = [returned_text(self.outcome.returned)] if self.outcome.returned.lines else []
        return " ".join([*said, lent_text(len(self.outcome.loan_ids))])

    def submit(self) -> object:
        customer, child = self.who.require()
        return swap(
            self.counter.db, staff_id=self.counter.staff.id, customer_id=customer, child_id=child,
            returns=self.returns.lines(), lend_barcodes=self.scans.barcodes(), due_on=date_of(self.due),
            now=self.counter.now(),
        )  # fmt: skip


class ReserveDialog(ServiceDialog):
    """Put a child in the queue for a toy."""

    def __init__(
        self, counter: Counter, toy: ToyRow, parent: QWidget | None = None, *, customer_id: int | None = None
    ) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Reserve a toy"))
        self.toy = toy
        self.add_intro(
            self.tr("{toy} · {ages} · {available} on the shelf, {waiting} waiting").format(
                toy=toy.name,
                ages=age_range_text(toy.min_age_months, toy.max_age_months),
                available=toy.available,
                waiting=toy.waiting,
            )
        )
        self.who = CustomerAndChild(counter, self.form, self.errors, customer_id)
        self.errors.alias("toy", "child")
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.errors.add_row(self.form, self.tr("&Note"), self.note, "note")
        self.who.picker.setFocus()

    def submit(self) -> object:
        customer, child = self.who.require()
        return reserve(
            self.counter.db, staff_id=self.counter.staff.id, customer_id=customer, child_id=child,
            toy_id=self.toy.id, note=self.note.text(), now=self.counter.now(),
        )  # fmt: skip


class CustomerRentalsDialog(QDialog):
    """One customer's rentals: items out, fees, reservations, and toys to suggest for each child."""

    def __init__(self, counter: Counter, parent: QWidget | None = None, *, customer_id: int | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Customer's rentals"))
        self.picker = CustomerPicker(counter)
        self.picker.new_button.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        # What the last lend or swap from here did and charged.
        self.last_done = make_message_label("font-weight: bold;")
        self.out = table_of([self.tr("Item"), self.tr("Child"), self.tr("Since"), self.tr("Due"), self.tr("Days late"),
                           self.tr("Late fee so far")])  # fmt: skip
        self.charges = table_of([self.tr("Date"), self.tr("Fee"), self.tr("Amount"), self.tr("Item"), self.tr("Note")])
        self.reservations = table_of([self.tr("Toy"), self.tr("Child"), self.tr("State"), self.tr("Place")])
        self.child: ChoiceBox[int] = ChoiceBox()
        self.suggestions = table_of([self.tr("Toy"), self.tr("Category"), self.tr("Ages"), self.tr("On the shelf")])
        self.rentals: CustomerRentals | None = None

        buttons = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("lend", self.tr("&Lend…")),
            ("swap", self.tr("S&wap…")),
            ("void", self.tr("&Void fee…")),
            ("cancel", self.tr("&Cancel reservation…")),
        ):
            button = QPushButton(text)
            buttons.addWidget(button)
            self.action_buttons[key] = button
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)

        body = QWidget()  # scrolls inside on a small screen; the buttons stay put
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        top = QFormLayout()
        caption = QLabel(self.tr("C&ustomer"))
        caption.setBuddy(self.picker)
        top.addRow(caption, self.picker)
        column.addLayout(top)
        column.addWidget(self.status)
        column.addWidget(self.last_done)
        for text, widget in (
            (self.tr("&Items out"), self.out),
            (self.tr("&Fees"), self.charges),
            (self.tr("&Reservations"), self.reservations),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget, 1)
        suggest_row = QHBoxLayout()
        label = QLabel(self.tr("Suggestions &for"))
        label.setBuddy(self.child)
        suggest_row.addWidget(label)
        suggest_row.addWidget(self.child)
        suggest_row.addWidget(hint_label(self.tr("toys for the child's age, never borrowed, on the shelf now")), 1)
        column.addLayout(suggest_row)
        column.addWidget(self.suggestions, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(FormScrollArea(body), 1)
        outer.addLayout(buttons)

        self.picker.customerChosen.connect(self.show_customer)
        self.child.currentIndexChanged.connect(lambda _i: self._show_suggestions())
        self.action_buttons["lend"].clicked.connect(self.lend)
        self.action_buttons["swap"].clicked.connect(self.swap)
        self.action_buttons["void"].clicked.connect(self.void_charge)
        self.action_buttons["cancel"].clicked.connect(self.cancel_reservation)
        self.resize(self.fontMetrics().averageCharWidth() * 170, self.fontMetrics().lineSpacing() * 52)
        keep_on_screen(self)
        if customer_id is not None:
            self.show_customer(customer_id)
            if self.rentals is not None:
                self.picker.choose(customer_id, f"{self.rentals.customer_name} ({self.rentals.customer_number})")
        self._update_buttons()
        self.picker.setFocus()

    def show_customer(self, customer_id: int) -> None:
        try:
            self.rentals = customer_rentals(self.counter.db, customer_id, today=self.counter.today())
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        r = self.rentals
        self.status.setText(customer_status(r))
        self.status.setStyleSheet(ERROR_STYLE if r.suspended else "")
        fill_rows(
            self.out,
            [
                (
                    f"{o.toy_name} ({o.barcode})",
                    o.child_name,
                    day_text(o.lent_on),
                    day_text(o.due_on),
                    str(o.days_late) if o.days_late else "",
                    won_text(o.late_fee_so_far) if o.late_fee_so_far else "",
                )
                for o in r.out
            ],
            right=frozenset({4, 5}),
        )
        fill_rows(
            self.charges,
            [
                (
                    day_text(c.charged_on),
                    charge_kind_name(c.kind),
                    won_text(c.amount),
                    c.item,
                    self.tr("Voided: {reason}").format(reason=c.void_reason) if c.voided else c.note,
                )
                for c in r.charges
            ],
            right=frozenset({2}),
        )
        for row, charge in enumerate(r.charges):
            if charge.voided:
                for column in range(self.charges.columnCount()):
                    cell = self.charges.item(row, column)
                    if cell is not None:
                        font = cell.font()
                        font.setStrikeOut(True)
                        cell.setFont(font)
        fill_rows(
            self.reservations,
            [
                (
                    x.toy_name,
                    x.child_name,
                    reservation_state_name(x.state),
                    queue_place_text(x.position, x.item_barcode, x.priority),
                )
                for x in r.reservations
            ],
        )
        self.child.blockSignals(True)
        self.child.clear_choices()
        for child in r.children:
            self.child.add(
                self.tr("{name} ({months} months)").format(name=child.name, months=child.age_months), child.id
            )
        self.child.blockSignals(False)
        self._show_suggestions()
        self._update_buttons()

    def _show_suggestions(self) -> None:
        child_id = self.child.value()
        found = suggestions_for_child(self.counter.db, child_id, today=self.counter.today()) if child_id else ()
        fill_rows(
            self.suggestions,
            [
                (
                    s.name,
                    category_name(s.category),
                    age_range_text(s.min_age_months, s.max_age_months),
                    str(s.available),
                )
                for s in found
            ],
            right=frozenset({3}),
        )

    def _update_buttons(self) -> None:
        r = self.rentals
        self.action_buttons["lend"].setEnabled(r is not None)
        self.action_buttons["swap"].setEnabled(r is not None)
        self.action_buttons["void"].setEnabled(r is not None and any(not c.voided for c in r.charges))
        self.action_buttons["cancel"].setEnabled(r is not None and bool(r.reservations))

    def _reload(self) -> None:
        if self.rentals is not None:
            self.show_customer(self.rentals.customer_id)

    def lend(self) -> None:
        if self.rentals:
            self._after(LendDialog(self.counter, self, customer_id=self.rentals.customer_id))

    def swap(self) -> None:
        if self.rentals:
            self._after(SwapDialog(self.counter, self.rentals.customer_id, self))

    def _after(self, dialog: LendDialog | SwapDialog) -> None:
        if dialog.exec():
            self._reload()
            self.last_done.setText(dialog.done_text())
            self.last_done.setVisible(bool(self.last_done.text()))
            if isinstance(dialog.outcome, SwapResult):
                from toysub_desktop.ui.dialogs.refund_dialogs import offer_deposit_refunds

                # The last item of an ended rental back: its deposit is due to be given back.
                offer_deposit_refunds(self.counter, (line.customer_id for line in dialog.outcome.returned.lines), self)

    def void_charge(self) -> None:
        r = self.rentals
        row = self.charges.currentRow()
        if r is None or not 0 <= row < len(r.charges) or r.charges[row].voided:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a fee in the list first."))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void fee"), self.tr("Why is this fee void?"))
        if ok:
            charge_id = r.charges[row].id
            self._run(
                lambda: run_with_approval(
                    self,
                    self.counter.db,
                    lambda approval: void_charge(
                        self.counter.db,
                        staff_id=self.counter.staff.id,
                        charge_id=charge_id,
                        reason=reason,
                        approval=approval,
                        now=self.counter.now(),
                    ),
                )
            )

    def cancel_reservation(self) -> None:
        r = self.rentals
        row = self.reservations.currentRow()
        if r is None or not 0 <= row < len(r.reservations):
            QMessageBox.information(self, self.windowTitle(), self.tr("Select a reservation in the list first."))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel reservation"), self.tr("Reason (optional)"))
        if ok:
            self._run(lambda: cancel_reservation(self.counter.db, staff_id=self.counter.staff.id,
                                                 reservation_id=r.reservations[row].id, reason=reason,
                                                 now=self.counter.now()))  # fmt: skip

    def _run(self, work: object) -> None:
        assert callable(work)
        try:
            work()
        except ValidationError as error:
            QMessageBox.warning(self, self.windowTitle(), "\n".join(problem_text(p) for p in error.problems))
        except ConcurrentEditError as error:
            QMessageBox.warning(self, self.windowTitle(), message_text(error.message))
        except DatabaseProblem as problem:
            show_problem(problem, self)
        self._reload()


class RentalSettingsDialog(OwnerDialog):
    """The late fee and its cap, lending suspension, the loan period and the damage share."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Rental settings"))
        self.settings = rental_settings(counter.db)
        rules = self.settings.rules
        self.late_fee = self._spin(0, MAX_LATE_FEE_PER_DAY, rules.late_fee_per_day, self.tr(" won a day per item"))
        self.late_fee.setSingleStep(100)
        self.cap = self._spin(0, MAX_CAP_DAYS, rules.late_fee_cap_days, self.tr(" days at most"))
        self.suspension = self._spin(0, MAX_SUSPENSION_DAYS, rules.suspension_after_days, self.tr(" days overdue"))
        self.loan_days = self._spin(1, MAX_LOAN_DAYS, rules.loan_days, self.tr(" days"))
        self.damage = self._spin(0, 100, rules.damage_fee_percent, self.tr("% of the toy's value"))
        self.errors.add_row(self.form, self.tr("&Late fee"), self.late_fee, "late_fee_per_day")
        self.errors.add_row(self.form, self.tr("Late fee &cap"), self.cap, "late_fee_cap_days")
        self.form.addRow(
            "", hint_label(self.tr("Toy libraries commonly charge 500 won a day per item, for at most 15 days."))
        )
        self.errors.add_row(self.form, self.tr("&Suspend lending after"), self.suspension, "suspension_after_days")
        self.form.addRow(
            "",
            hint_label(
                self.tr(
                    "A customer with an item overdue by more than this cannot borrow until it comes back. 0 suspends "
                    "as soon as anything is overdue."
                )
            ),
        )
        self.errors.add_row(self.form, self.tr("L&oan period"), self.loan_days, "loan_days")
        self.errors.add_row(self.form, self.tr("&Damage fee"), self.damage, "damage_fee_percent")
        self.form.addRow(
            "", hint_label(self.tr("Suggested for a damaged item or missing parts; a lost item costs its whole value."))
        )
        self.allow_owner_only()
        self.late_fee.setFocus()

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setGroupSeparatorShown(True)
        return spin

    def submit(self) -> None:
        update_rental_settings(
            self.counter.db, by_staff_id=self.counter.staff.id, late_fee_per_day=self.late_fee.value(),
            late_fee_cap_days=self.cap.value(), suspension_after_days=self.suspension.value(),
            loan_days=self.loan_days.value(), damage_fee_percent=self.damage.value(),
            expected_version=self.settings.version, approval=self.approval, now=self.counter.now(),
        )  # fmt: skip
