"""The subscribers to tell about a price change before it reaches them, and recording that they were told."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.price_notices import TOLD_ON, NoticeMethod
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.services.price_notices import (
    NoticeEntry,
    PriceNoticeRow,
    price_notices_due,
    record_price_notice,
)
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import date_edit, date_of
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.text import day_text, notice_method_name, won_text

TELL_BY, CUSTOMER, CONTRACT, PLAN, PRICE, APPLIES_FROM, TOLD = range(7)
#: The colour of error messages (``forms.ERROR_STYLE``), for a tell-by date already past.
_OVERDUE = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


class PriceNoticeModel(QAbstractTableModel):
    """Rows of ``price_notices_due``, as the service ordered them (soonest tell-by date first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PriceNoticeRow] = []
        self.today: date | None = None
        self.headers = [
            self.tr("Tell by"),
            self.tr("Customer"),
            self.tr("Contract"),
            self.tr("Plan"),
            self.tr("Price"),
            self.tr("Applies from"),
            self.tr("Told"),
        ]

    def set_rows(self, rows: list[PriceNoticeRow], today: date) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TOLD and row.notice:
            return self.history_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == TELL_BY and self._overdue(row):
            return QBrush(_OVERDUE)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == TOLD and row.told_late:
            return QBrush(_OVERDUE)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.customer_id
        return None

    def _overdue(self, row: PriceNoticeRow) -> bool:
        return self.today is not None and row.overdue(self.today)

    def _text(self, row: PriceNoticeRow, column: int) -> str:
        if column == TELL_BY:
            overdue = self.tr(" (late)") if self._overdue(row) else ""
            return day_text(row.tell_by) + overdue
        if column == CUSTOMER:
            return f"{row.customer_name} ({row.customer_number})" if row.customer_number else row.customer_name
        if column == CONTRACT:
            return row.contract_number
        if column == PLAN:
            return row.plan_name
        if column == PRICE:
            return f"{won_text(row.old_price)} \u2192 {won_text(row.new_price)}"
        if column == APPLIES_FROM:
            return day_text(row.applies_from)
        return self._told(row)

    def _told(self, row: PriceNoticeRow) -> str:
        return self.tr("Not yet") if row.notice is None else self._notice_text(row.notice)

    def _notice_text(self, notice: NoticeEntry) -> str:
        answer = self.tr("acknowledged") if notice.acknowledged else self.tr("not acknowledged")
        text = f"{day_text(notice.told_on)} · {notice_method_name(notice.method)} · {answer}"
        # Told after the tell-by day: the subscriber had less than the shop's notice period.
        return text + self.tr(" (told late)") if notice.late else text

    def history_text(self, row: PriceNoticeRow) -> str:
        """Every notice recorded for the line, newest first, each with its note and who recorded it."""
        lines = []
        for notice in row.history:
            line = self._notice_text(notice)
            if notice.note:
                line += f" — {notice.note}"
            lines.append(self.tr("{notice} (recorded by {staff})").format(notice=line, staff=notice.recorded_by))
        return "\n".join(lines)

    def row_at(self, index: Index) -> PriceNoticeRow | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None


class PriceNoticeDialog(QDialog):
    """Subscribers a new price will reach at their renewal; activating a row opens the customer."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Price-change notices"))
        self.awaiting_only = QCheckBox(self.tr("&Only subscribers not told yet"))
        self.awaiting_only.setChecked(True)
        self.awaiting_only.toggled.connect(self.reload)
        self.count = QLabel()
        self.model = PriceNoticeModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._choose)
        caption = QLabel(self.tr("&Subscribers to tell"))
        caption.setBuddy(self.table)
        self.record_button = QPushButton(self.tr("&Record notice…"))
        self.record_button.clicked.connect(self.record_notice)
        self.open_button = QPushButton(self.tr("Open c&ustomer"))
        self.open_button.clicked.connect(self._choose)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addStretch(1)
        top.addWidget(self.awaiting_only)
        actions = QHBoxLayout()
        for button in (self.record_button, self.open_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrapped(
                self.tr(
                    "A new price reaches each subscriber at their renewal. Tell them by the date shown, then "
                    "record how they were told."
                )
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.resize(1000, 480)
        keep_on_screen(self)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        chosen = self.selected_row()
        today = self.counter.today()
        rows = price_notices_due(self.counter.db, today=today)
        awaiting = sum(1 for row in rows if row.awaiting)
        shown = [row for row in rows if row.awaiting] if self.awaiting_only.isChecked() else rows
        self.model.set_rows(shown, today)
        self.count.setText(self.tr("{count} subscribers still to be told").format(count=awaiting))
        keys = [(r.subscription_id, r.plan_price_id) for r in shown]
        key = (chosen.subscription_id, chosen.plan_price_id) if chosen else None
        self.table.selectRow(keys.index(key) if key in keys else 0)
        self._update_buttons()

    def selected_row(self) -> PriceNoticeRow | None:
        selection = self.table.selectionModel()
        chosen = selection.selectedRows() if selection is not None else []
        return self.model.row_at(chosen[0]) if chosen else None

    def _update_buttons(self) -> None:
        has_row = self.model.rowCount() > 0
        self.record_button.setEnabled(has_row)
        self.open_button.setEnabled(has_row)

    def record_notice(self) -> RecordPriceNoticeDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = RecordPriceNoticeDialog(self.counter, row, self)
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _choose(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.customerChosen.emit(row.customer_id)
            self.accept()


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class RecordPriceNoticeDialog(ServiceDialog):
    """That one subscriber was told of one price change: when, how, and whether they acknowledged it."""

    def __init__(self, counter: Counter, row: PriceNoticeRow, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.row = row
        self.setWindowTitle(self.tr("Record a price-change notice"))
        self.add_intro(
            self.tr(
                "{customer}, contract {contract}: {plan} goes from {old} to {new} from {date}. Tell by {tell_by}."
            ).format(
                customer=row.customer_name,
                contract=row.contract_number,
                plan=row.plan_name,
                old=won_text(row.old_price),
                new=won_text(row.new_price),
                date=day_text(row.applies_from),
                tell_by=day_text(row.tell_by),
            )
        )
        self.told_on = date_edit(counter.today(), today=counter.today(), field="told_on", rule=TOLD_ON)
        self.method = QComboBox()
        for method in NoticeMethod:
            self.method.addItem(notice_method_name(method), method)
        self.acknowledged = QCheckBox(self.tr("The customer &acknowledged the new price"))
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. will decide at renewal (optional)"))
        self.errors.add_row(self.form, self.tr("Told &on"), self.told_on, "told_on")
        self.errors.add_row(self.form, self.tr("&How"), self.method, "method")
        self.errors.add_row(self.form, "", self.acknowledged, "acknowledged")
        self.errors.add_row(self.form, self.tr("&Note"), self.note, "note")
        if row.notice is not None:
            self._fill_from_last(row)
        self.told_on.setFocus()

    def _fill_from_last(self, row: PriceNoticeRow) -> None:
        """Telling again (the customer acknowledged later): start from what was recorded last time."""
        assert row.notice is not None
        self.method.setCurrentIndex(self.method.findData(row.notice.method))
        self.acknowledged.setChecked(row.notice.acknowledged)
        self.note.setText(row.notice.note)

    def submit(self) -> int:
        return record_price_notice(
            self.counter.db,
            staff_id=self.counter.staff.id,
            subscription_id=self.row.subscription_id,
            plan_price_id=self.row.plan_price_id,
            told_on=date_of(self.told_on),
            method=NoticeMethod(str(self.method.itemData(self.method.currentIndex()))),
            acknowledged=self.acknowledged.isChecked(),
            note=self.note.text(),
            now=self.counter.now(),
        )
