"""The printed documents of a customer or a contract: each opens exactly as it was issued, to print again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.documents import DocumentKind, DocumentRow, list_documents
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.text import day_text, moment_text

_KIND_NAMES = {
    DocumentKind.CONTRACT: QT_TRANSLATE_NOOP("DocumentsDialog", "Contract"),
    DocumentKind.PRE_CONTRACT: QT_TRANSLATE_NOOP("DocumentsDialog", "Pre-contract information sheet"),
    DocumentKind.CHANGE_CONFIRMATION: QT_TRANSLATE_NOOP("DocumentsDialog", "Change confirmation"),
    DocumentKind.SUBSCRIPTION_CHANGE: QT_TRANSLATE_NOOP("DocumentsDialog", "Contract change confirmation"),
    DocumentKind.RECEIPT: QT_TRANSLATE_NOOP("DocumentsDialog", "Receipt"),
    DocumentKind.STATEMENT: QT_TRANSLATE_NOOP("DocumentsDialog", "Account statement"),
}


class DocumentsDialog(QDialog):
    def __init__(
        self,
        counter: Counter,
        *,
        customer_id: int | None = None,
        subscription_id: int | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Printed documents") + (f" — {title}" if title else ""))
        self.rows: list[DocumentRow] = list_documents(
            counter.db, customer_id=customer_id, subscription_id=subscription_id
        )
        self.table = QTableWidget(len(self.rows), 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Document no."),
                self.tr("Kind"),
                self.tr("About"),
                self.tr("Version"),
                self.tr("Dated"),
                self.tr("Issued"),
                self.tr("Pages"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for index, row in enumerate(self.rows):
            cells = [
                row.number,
                self.tr(_KIND_NAMES[row.kind]),
                row.subject,
                str(row.version),
                day_text(row.issued_on),
                f"{moment_text(row.printed_at)} {row.printed_by}",
                str(row.page_count),
            ]
            for column, value in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(value))  # the file's hash is for audits, not clerks
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open to print again…"))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.rows:
            empty = QLabel(self.tr("Nothing has been printed yet."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(empty)
            self.open_button.setEnabled(False)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 420)
        keep_on_screen(self)
        if self.rows:
            self.table.selectRow(0)
        self.table.setFocus()

    def selected(self) -> DocumentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        from toysub_desktop.ui.printing import show_document  # Qt PDF is loaded when a document is first shown

        row = self.selected()
        if row is not None:
            show_document(self.counter, row, self)
