"""The records behind a figure or a total (a month's unpaid charges, the contracts behind a dashboard number), a
page at a time; Enter on one opens the customer's card. The texts come from the window that opens it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from toysub_desktop.ui.paged_model import PagedTableModel, list_view
from toysub_desktop.ui.screen_fit import keep_on_screen


class RecordsDialog(QDialog):
    """Emits ``customerChosen(id)`` for the record chosen with Enter (a row's id is its customer's)."""

    customerChosen = Signal(int)

    def __init__(
        self,
        *,
        title: str,
        caption: str,
        empty: str,
        model: PagedTableModel[Any],
        stretch_column: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = model
        model.setParent(self)
        self.view = list_view(model, stretch_column=stretch_column)
        self.view.activated.connect(self._chosen)
        label = QLabel(caption)
        label.setWordWrap(True)
        label.setBuddy(self.view)
        self.empty = QLabel(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.model.reload()
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.view.selectRow(0)
        self.resize(900, 520)
        keep_on_screen(self)
        self.view.setFocus()

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        customer = self.model.id_at(index.row())
        if customer is not None:
            self.customerChosen.emit(customer)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # Enter opens a card from the list, never closes the window
            return
        super().keyPressEvent(event)
