"""A read-only table model that fetches its rows a page at a time as the view scrolls, never a whole table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

#: Each row's record id (a customer's, a subscription's), for views and tests.
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PageSource(Generic[R]):
    """What a paged list needs to know about its rows."""

    #: The rows after the last one loaded (``None``: from the start), at most a limit, and whether more follow.
    #: Lists page by a keyset (the last row's sort key), so a deep page costs what the first does and rows do not
    #: shift when another counter inserts one.
    fetch: Callable[[R | None, int], tuple[Sequence[R], bool]]
    #: The record id a row stands for.
    row_id: Callable[[R], int]
    #: The text of one cell.
    display: Callable[[R, int], str]
    #: Any other role of a cell (tool tips, alignment).
    other_role: Callable[[R, int, int], object] = lambda _row, _column, _role: None


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses name their columns and hand over their ``PageSource``."""

    #: Untranslated column titles, marked for translation in the subclass's context.
    headers: tuple[str, ...] = ()
    page_size = 100

    def __init__(self, source: PageSource[R], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._rows: list[R] = []
        self._has_more = False

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
        return self._source.row_id(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self._source.row_id(r) == record_id), None)

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
        rows, self._has_more = self._source.fetch(self._rows[-1] if self._rows else None, self.page_size)
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
            return self._source.row_id(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._source.display(row, index.column())
        return self._source.other_role(row, index.column(), role)


def list_view(model: PagedTableModel[R], *, stretch_column: int) -> QTableView:
    """A list of one record a row: whole rows selected one at a time, columns sized to their text, one stretching."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Tab leaves the list for the next field or button (walking its cells took a Tab per cell); arrows move within.
    view.setTabKeyNavigation(False)
    # A long address keeps its start (city, road) and its end (dong/ho): cut in the middle, never at the unit.
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Size columns by the rows on screen, not by every row fetched so far (200 rows × 11 columns took 70,000
    # data() calls on the first paint of the deliveries list).
    header.setResizeContentsPrecision(0)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return view
