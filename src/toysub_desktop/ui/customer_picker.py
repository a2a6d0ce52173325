"""Choosing a customer inside a dialog: type any part of a name, 초성 or a number; pick from the matches."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from toysub_desktop.services.search import search_customers
from toysub_desktop.services.views import CustomerRow
from toysub_desktop.ui.context import Counter

#: How many matches the picker lists; typing more narrows them.
MATCHES_SHOWN = 8


class CustomerPicker(QWidget):
    """Emits ``customerChosen(id)`` when the selection changes; ``newRequested`` for "New customer…"."""

    customerChosen = Signal(int)
    newRequested = Signal()

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Name, initials (ㄱㅁㅅ), customer no. or phone"))
        self.query.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New customer…"))
        self.new_button.clicked.connect(self.newRequested)
        self.matches = QListWidget()
        self.matches.setMaximumHeight(self.matches.fontMetrics().lineSpacing() * 5 + 12)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.query, 1)
        top.addWidget(self.new_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.matches)
        self.setFocusProxy(self.query)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._take_first)
        self.matches.currentItemChanged.connect(self._chosen)

    def customer_id(self) -> int | None:
        item = self.matches.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def choose(self, customer_id: int, label: str) -> None:
        """Show *customer_id* as the chosen customer (e.g. the one selected in the main window)."""
        self.query.blockSignals(True)
        self.query.setText(label)
        self.query.blockSignals(False)
        self.matches.clear()
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, customer_id)
        self.matches.addItem(item)
        self.matches.setCurrentItem(item)

    def _search(self) -> None:
        text = self.query.text().strip()
        self.matches.blockSignals(True)
        self.matches.clear()
        self.matches.blockSignals(False)
        if not text:
            return
        page = search_customers(self.counter.db, text, limit=MATCHES_SHOWN, today=self.counter.today())
        for row in page.rows:
            item = QListWidgetItem(self._label(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.matches.addItem(item)
        if self.matches.count() == 1:
            self.matches.setCurrentRow(0)

    def _take_first(self) -> None:
        self._timer.stop()
        self._search()
        if self.matches.count() > 0:
            self.matches.setCurrentRow(0)
            self.matches.setFocus()

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.customerChosen.emit(int(current.data(Qt.ItemDataRole.UserRole)))

    @staticmethod
    def _label(row: CustomerRow) -> str:
        phone = f" · {row.primary_phone.national}" if row.primary_phone else ""
        return f"{row.name} ({row.number}){phone}"
