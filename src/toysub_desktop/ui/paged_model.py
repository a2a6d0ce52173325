"""A read-only table model that fetches its rows a page at a time as the view scrolls, never a whole table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

#: Each row's record id (a customer's, a subscription's), for views and tests.
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses name their columns and say how to fetch a page, read a row's id and show a cell."""

    #: Untranslated column titles, marked for translation in the subclass's context.
    headers: tuple[str, ...] = ()
    page_size = 100

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._has_more = False

    # --- what subclasses define ---------------------------------------------------------------------------------

    def fetch_page(self, offset: int, limit: int) -> tuple[Sequence[R], bool]:
        """Rows from *offset*, at most *limit*, and whether more follow."""
        raise NotImplementedError

    def row_id(self, row: R) -> int:
        raise NotImplementedError

    def display(self, row: R, column: int) -> str:
        raise NotImplementedError

    def cell_data(self, row: R, column: int, role: int) -> object:
        """Any other role (tool tips, alignment); nothing by default."""
        return None

    # --- loading ------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Start over: the first page is fetched at once, the rest as the view scrolls."""
        self.beginResetModel()
        self._rows = []
        self._has_more = True
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def id_at(self, row: int) -> int | None:
        return self.row_id(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self.row_id(r) == record_id), None)

    # --- Qt model API --------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._has_more:
            return
        rows, self._has_more = self.fetch_page(len(self._rows), self.page_size)
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.tr(self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ID_ROLE:
            return self.row_id(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        return self.cell_data(row, index.column(), role)


def list_view(model: PagedTableModel[R], *, stretch_column: int) -> QTableView:
    """A list of one record a row: whole rows selected one at a time, columns sized to their text, one stretching."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return view
