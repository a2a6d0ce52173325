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
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from toysub_desktop.domain.deliveries import COMMON_COURIERS, MAX_SCHEDULE_DAYS_AHEAD
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
from toysub_desktop.ui.forms import date_edit, date_of
from toysub_desktop.ui.text import day_text

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
    """The courier for all of them, and a tracking number for each (a scanner types into the table too)."""

    def __init__(self, counter: Counter, rows: Sequence[DeliveryRow], parent: QWidget | None = None) -> None:
        super().__init__(counter, rows, self.tr("Ship deliveries"), parent)
        self.courier = QComboBox()
        self.courier.setEditable(True)
        self.courier.addItems(list(COMMON_COURIERS))
        self.courier.addItem(self.tr("Hand delivery"))
        self.errors.add_row(self.form, self.tr("&Courier"), self.courier, "courier")
        self.table = QTableWidget(len(self.rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Customer"), self.tr("Address"), self.tr("Tracking no.")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
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
            self.table.setItem(index, _TRACKING, QTableWidgetItem(row.tracking_number or ""))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_ADDRESS, QHeaderView.ResizeMode.Stretch)
        # Room for a long waybill number as it is typed, not only for the header.
        header.setSectionResizeMode(_TRACKING, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(_TRACKING, self.fontMetrics().horizontalAdvance("0000-0000-0000-0000") + 24)
        self.table.setCurrentCell(0, _TRACKING)
        tracking_label = QLabel(self.tr("&Tracking numbers (type or scan; empty for a hand delivery):"))
        tracking_label.setBuddy(self.table)
        self.layout_.insertWidget(self.layout_.count() - 2, tracking_label)
        self.layout_.insertWidget(self.layout_.count() - 2, self.table, 1)
        self.errors.bind("tracking_numbers", self.table, self.general_error)
        self.errors.bind("tracking_number", self.table, self.general_error)
        self.errors.alias("delivery_ids", "tracking_numbers")
        self.rename_save(self.tr("&Ship"))
        self.resize(820, 260 + 30 * min(len(self.rows), 12))

    def tracking_numbers(self) -> dict[int, str]:
        numbers: dict[int, str] = {}
        for index, delivery_id in enumerate(self.ids):
            item = self.table.item(index, _TRACKING)
            numbers[delivery_id] = item.text() if item is not None else ""
        return numbers

    def submit(self) -> object:
        self.table.setCurrentCell(-1, -1)  # commits a number still being typed
        ship(
            self.counter.db,
            staff_id=self.counter.staff.id,
            delivery_ids=self.ids,
            courier=self.courier.currentText(),
            tracking_numbers=self.tracking_numbers(),
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
        self.through = date_edit(today + timedelta(days=31))
        self.through.setMinimumDate(self.through.date().addDays(-31))
        self.through.setMaximumDate(self.through.date().addDays(MAX_SCHEDULE_DAYS_AHEAD - 31))
        self.errors.add_row(self.form, self.tr("&Up to"), self.through, "through")

    def submit(self) -> ScheduleResult:
        return schedule_deliveries(
            self.counter.db, through=date_of(self.through), staff_id=self.counter.staff.id, now=self.counter.now()
        )
