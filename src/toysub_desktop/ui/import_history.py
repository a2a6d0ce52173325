"""매장 → 가져오기 기록: every import (when, which file, how many rows, who), and the customers each one brought in;
Enter on a customer opens their card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.services.imports.importing import ImportRecordView, customers_of_import, list_imports
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.text import moment_text


class ImportHistoryDialog(QDialog):
    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Imports"))
        self.records: tuple[ImportRecordView, ...] = list_imports(counter.db)
        self.table = QTableWidget(len(self.records), 6)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("File"), self.tr("Rows"), self.tr("Customers"), self.tr("Contracts"),
             self.tr("By")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, self.table.fontMetrics().horizontalAdvance("2026-12-31 23:59") + 24)
        for row, record in enumerate(self.records):
            values = (moment_text(record.imported_at), record.file_name, f"{record.rows:,}", f"{record.customers:,}",
                      f"{record.subscriptions:,}", record.imported_by)  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.customers = QListWidget()
        caption = QLabel(self.tr("&Customers of the chosen import (Enter opens the card):"))
        caption.setBuddy(self.customers)
        empty = QLabel(self.tr("No spreadsheet has been imported yet."))
        empty.setVisible(not self.records)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(caption)
        layout.addWidget(self.customers, 1)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, _c, _r, _p: self._show_customers(row))
        self.customers.itemActivated.connect(self._chosen)
        self.resize(900, 560)
        keep_on_screen(self)
        if self.records:
            self.table.selectRow(0)
        self.table.setFocus()

    def _show_customers(self, row: int) -> None:
        self.customers.clear()
        if not 0 <= row < len(self.records):
            return
        for line in customers_of_import(self.counter.db, self.records[row].id):
            mark = self.tr(" (added to)") if line.merged else ""
            item = QListWidgetItem(f"{line.number}  {line.name}  \u00b7  {line.row}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, line.customer_id)
            self.customers.addItem(item)
        if self.customers.count():
            self.customers.setCurrentRow(0)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.customerChosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter opens a customer from the list (itemActivated), and never closes the window
            return
        super().keyPressEvent(event)
