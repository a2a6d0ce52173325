"""Dialogs for the steps of the chosen deliveries: ship (courier and tracking numbers), failed or returned (why),
unpack and follow-up done (a note), and scheduling ahead. Each calls one service for the whole selection, so the
step is taken for all of them or, on any refusal, for none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from toysub_desktop.domain.couriers import (
    OTHER_COURIER,
    is_format_warning,
    same_tracking_number,
    tracking_number_warning,
)
from toysub_desktop.domain.deliveries import (
    COMMON_COURIERS,
    check_horizon,
    check_tracking_number,
)
from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.services.deliveries import (
    DeliveryRow,
    ScheduleResult,
    clear_follow_up,
    mark_failed,
    mark_returned,
    schedule_deliveries,
    ship,
    unpack,
)
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import ERROR_STYLE, date_edit, date_of, make_message_label
from toysub_desktop.ui.text import day_text, problem_text

#: Columns of the ship dialog's table; only the tracking number is typed in.
_DATE, _CUSTOMER, _ADDRESS, _TRACKING = range(4)


class DeliveriesDialog(ServiceDialog):
    """A step for the chosen deliveries, named in the dialog's first line."""

    def __init__(
        self, counter: Counter, rows: Sequence[DeliveryRow], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(counter, title, parent)
        self.rows = tuple(rows)
        self.ids = [row.id for row in self.rows]
        if len(self.rows) == 1:
            row = self.rows[0]
            self.add_intro(f"{day_text(row.scheduled_on)} · {row.customer_name} · {row.contract_number}")
        else:
            self.add_intro(self.tr("{count} deliveries chosen.").format(count=len(self.rows)))

    def rename_save(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(text)


class ShipDialog(DeliveriesDialog):
    """The courier for all of them, and a tracking number for each, typed or scanned row by row.

    A scanner types the number and Enter: Enter checks the number and moves to the next row's cell, so ten scans
    fill ten rows. A number on another row too is refused beside it (the cursor stays, the text kept). One that
    does not look like the chosen courier's is warned about, and shipping asks to confirm it. The dialog opens in
    the first row's cell; only the Ship button or Ctrl+Enter ships."""

    def __init__(self, counter: Counter, rows: Sequence[DeliveryRow], parent: QWidget | None = None) -> None:
        super().__init__(counter, rows, self.tr("Ship deliveries"), parent)
        self.courier = QComboBox()
        self.courier.setEditable(True)
        self.courier.addItems([*COMMON_COURIERS, OTHER_COURIER])
        self.courier.addItem(self.tr("Hand delivery"))
        self.errors.add_row(self.form, self.tr("&Courier"), self.courier, "courier")
        self.table = QTableWidget(len(self.rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Customer"), self.tr("Address"), self.tr("Tracking no.")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.edits: list[QLineEdit] = []
        #: The problem said with each row's number, by row.
        self._marks: dict[int, FieldProblem | None] = {}
        for index, row in enumerate(self.rows):
            address = row.address.one_line if row.address else self.tr("(no address in effect)")
            for column, text in (
                (_DATE, day_text(row.scheduled_on)),
                (_CUSTOMER, row.customer_name),
                (_ADDRESS, address),
            ):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(index, column, item)
            edit = QLineEdit(row.tracking_number or "")
            edit.setFrame(False)
            edit.returnPressed.connect(lambda i=index: self._entered(i))
            edit.textEdited.connect(lambda _text, i=index: self._mark(i, None))
            self.table.setCellWidget(index, _TRACKING, edit)
            self.edits.append(edit)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_ADDRESS, QHeaderView.ResizeMode.Stretch)
        # Room for a long waybill number as it is typed, not only for the header.
        header.setSectionResizeMode(_TRACKING, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(_TRACKING, self.fontMetrics().horizontalAdvance("0000-0000-0000-0000") + 24)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 14)
        tracking_label = QLabel(
            self.tr("&Tracking numbers (type or scan each, Enter goes to the next row; empty for a hand delivery):")
        )
        tracking_label.setWordWrap(True)
        tracking_label.setBuddy(self.edits[0] if self.edits else self.table)
        #: Problems with a row's number, said under the table (the row's cell is marked too).
        self.row_message = make_message_label(ERROR_STYLE)
        self.layout_.insertWidget(self.layout_.count() - 2, tracking_label)
        self.layout_.insertWidget(self.layout_.count() - 2, self.table, 1)
        self.layout_.insertWidget(self.layout_.count() - 2, self.row_message)
        self.errors.bind("tracking_numbers", self.table, self.row_message)
        self.errors.bind("tracking_number", self.table, self.row_message)
        for delivery_id, edit in zip(self.ids, self.edits, strict=True):
            self.errors.bind(f"tracking_numbers[{delivery_id}]", edit, self.row_message)
        self.errors.alias("delivery_ids", "tracking_numbers")
        self.courier.currentTextChanged.connect(lambda _text: self._recheck_all())
        # A typed courier name is used as typed, not added to the list; Enter after it goes on to the numbers.
        self.courier.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        courier_editor = self.courier.lineEdit()
        if courier_editor is not None and self.edits:
            courier_editor.returnPressed.connect(self.edits[0].setFocus)
        self.rename_save(self.tr("&Ship"))
        previous: QWidget = self.courier
        for edit in self.edits:
            QWidget.setTabOrder(previous, edit)
            previous = edit
        self.resize(820, 280 + 34 * min(len(self.rows), 12))
        if self.edits:
            self.edits[0].setFocus()

    def tracking_edit(self, row: int) -> QLineEdit:
        return self.edits[row]

    def tracking_numbers(self) -> dict[int, str]:
        return {delivery_id: edit.text() for delivery_id, edit in zip(self.ids, self.edits, strict=True)}

    # --- row by row, as a scanner types -------------------------------------------------------------------------

    def _entered(self, index: int) -> None:
        """Enter after a number: refused (the cursor stays) or warned about, then on to the next row."""
        problem = self._row_problem(index, with_duplicates=True)
        if problem is not None and not is_format_warning(problem):
            self._mark(index, problem)
            self.edits[index].selectAll()
            return
        self._mark(index, problem)
        if index + 1 < len(self.edits):
            self.edits[index + 1].setFocus(Qt.FocusReason.OtherFocusReason)
            self.edits[index + 1].selectAll()

    def _row_problem(self, index: int, *, with_duplicates: bool) -> FieldProblem | None:
        number = self.edits[index].text()
        field = f"tracking_numbers[{self.ids[index]}]"
        try:
            check_tracking_number(number, field=field)
        except ValidationError as error:
            return error.problems[0]
        if with_duplicates:
            same = same_tracking_number([edit.text() for edit in self.edits], index, field=field)
            if same is not None:
                return same
        return tracking_number_warning(self.courier.currentText(), number, field=field)

    def _mark(self, index: int, problem: FieldProblem | None) -> None:
        """Say *problem* with row *index*'s number under the table and colour its cell; None clears both."""
        edit = self.edits[index]
        self._marks[index] = problem
        if problem is None:
            edit.setStyleSheet("")
            edit.setToolTip("")
        else:
            refused = not is_format_warning(problem)
            edit.setStyleSheet("background: #fde7e9;" if refused else "background: #fff4ce;")
            edit.setToolTip(problem_text(problem))
        lines = [
            self.tr("Row {row}: {problem}").format(row=i + 1, problem=problem_text(p))
            for i, p in sorted(self._marks.items())
            if p is not None
        ]
        self.row_message.setText("\n".join(lines))
        self.row_message.setVisible(bool(lines))

    def _recheck_all(self) -> None:
        for index, edit in enumerate(self.edits):
            if edit.text().strip() or self._marks.get(index) is not None:
                self._mark(index, self._row_problem(index, with_duplicates=True))

    # --- shipping -----------------------------------------------------------------------------------------------

    def confirm_unusual_numbers(self, count: int) -> bool:
        """Ask before shipping numbers that do not look like the courier's; No is the default (an Enter from a
        scanner must not confirm)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            self.tr("{count} tracking numbers do not look like {courier}'s (see the rows marked). Ship anyway?").format(
                count=count, courier=self.courier.currentText()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def submit(self) -> object:
        warnings = []
        for index in range(len(self.edits)):
            problem = self._row_problem(index, with_duplicates=False)
            if problem is not None and is_format_warning(problem):
                warnings.append(problem)
        confirmed = bool(warnings) and self.confirm_unusual_numbers(len(warnings))
        ship(
            self.counter.db,
            staff_id=self.counter.staff.id,
            delivery_ids=self.ids,
            courier=self.courier.currentText(),
            tracking_numbers=self.tracking_numbers(),
            check_courier_formats=not confirmed,
            now=self.counter.now(),
        )
        return len(self.ids)


class ReasonDialog(DeliveriesDialog):
    """Failed or returned: the courier's note, required."""

    def __init__(
        self,
        counter: Counter,
        rows: Sequence[DeliveryRow],
        *,
        returned: bool,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Delivery came back") if returned else self.tr("Delivery failed")
        super().__init__(counter, rows, title, parent)
        self.returned = returned
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(
            [self.tr("Addressee moved"), self.tr("Refused by the addressee"), self.tr("Address not found")]
            if returned
            else [self.tr("Nobody at home"), self.tr("Address not found"), self.tr("Damaged in transit")]
        )
        self.reason.setCurrentIndex(-1)
        editor = self.reason.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("the courier's note"))
        self.errors.add_row(self.form, self.tr("&Reason"), self.reason, "reason")
        self.form.addRow(QLabel(self.tr("Each goes on the follow-up list.")))
        self.customer_moved = QCheckBox(
            self.tr("The customer no longer lives &there: hold their next deliveries until the new address is known")
        )
        self.customer_moved.setVisible(returned)
        self.form.addRow(self.customer_moved)
        self._moved_text = self.tr("Addressee moved")
        self.reason.currentTextChanged.connect(self._reason_changed)

    def _reason_changed(self, text: str) -> None:
        if text.strip() == self._moved_text:
            self.customer_moved.setChecked(True)

    def submit(self) -> object:
        if self.returned:
            mark_returned(
                self.counter.db,
                staff_id=self.counter.staff.id,
                delivery_ids=self.ids,
                reason=self.reason.currentText(),
                customer_moved=self.customer_moved.isChecked(),
                now=self.counter.now(),
            )
        else:
            mark_failed(
                self.counter.db,
                staff_id=self.counter.staff.id,
                delivery_ids=self.ids,
                reason=self.reason.currentText(),
                now=self.counter.now(),
            )
        return len(self.ids)


class NoteDialog(DeliveriesDialog):
    """Unpack, or follow-up done: an optional note."""

    def __init__(
        self,
        counter: Counter,
        rows: Sequence[DeliveryRow],
        *,
        unpacking: bool,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Unpack deliveries") if unpacking else self.tr("Follow-up done")
        super().__init__(counter, rows, title, parent)
        self.unpacking = unpacking
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(
            self.tr("e.g. the label had the old address")
            if unpacking
            else self.tr("e.g. sent again to the new address")
        )
        self.errors.add_row(self.form, self.tr("&Note"), self.note, "note")
        if unpacking:
            self.form.addRow(
                QLabel(self.tr("The label is void: packed again, each goes to the address in effect on its date."))
            )

    def submit(self) -> object:
        service = unpack if self.unpacking else clear_follow_up
        service(
            self.counter.db,
            staff_id=self.counter.staff.id,
            delivery_ids=self.ids,
            note=self.note.text(),
            now=self.counter.now(),
        )
        return len(self.ids)


class ScheduleDialog(ServiceDialog):
    """Schedule every running subscription's deliveries up to a day (at most three months ahead)."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Schedule deliveries"), parent)
        today = counter.today()
        self.add_intro(
            self.tr(
                "Boxes and rental swaps of every running subscription are scheduled from today to the day below. "
                "Packed and shipped deliveries are never changed."
            )
        )
        self.through = date_edit(today + timedelta(days=31), today=today, field="through", rule=check_horizon)
        self.errors.add_row(self.form, self.tr("&Up to"), self.through, "through")

    def submit(self) -> ScheduleResult:
        return schedule_deliveries(
            self.counter.db, through=date_of(self.through), staff_id=self.counter.staff.id, now=self.counter.now()
        )
