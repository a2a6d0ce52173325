"""The customer list: pages of search results fetched as the view scrolls, never the whole table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.search import PAGE_SIZE, search_customers
from toysub_desktop.services.views import CustomerRow
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.text import period_text

Index = QModelIndex | QPersistentModelIndex

NUMBER, NAME, PHONE, ADDRESS, MATCH = range(5)
_HEADERS = (
    QT_TRANSLATE_NOOP("CustomerListModel", "No."),
    QT_TRANSLATE_NOOP("CustomerListModel", "Name"),
    QT_TRANSLATE_NOOP("CustomerListModel", "Phone"),
    QT_TRANSLATE_NOOP("CustomerListModel", "Address"),
    QT_TRANSLATE_NOOP("CustomerListModel", "Found by"),
)
#: The row's customer id, for views and tests.
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerListModel(QAbstractTableModel):
    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._counter = counter
        self._query = ""
        self._rows: list[CustomerRow] = []
        self._has_more = True

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Start over with *query*: the first page is fetched at once, the rest as the view scrolls."""
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._has_more = True
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def refresh(self) -> None:
        self.set_query(self._query)

    def customer_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == customer_id), None)

    # --- Qt model API --------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._has_more:
            return
        page = search_customers(
            self._counter.db, self._query, offset=len(self._rows), limit=PAGE_SIZE, today=self._counter.today()
        )
        self._has_more = page.has_more
        if page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return self.tr(_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == CUSTOMER_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ADDRESS and row.address:
            return row.address.one_line
        return None

    def _display(self, row: CustomerRow, column: int) -> str:
        if column == NUMBER:
            return row.number
        if column == NAME:
            return row.name
        if column == PHONE:
            return row.primary_phone.national if row.primary_phone else ""
        if column == ADDRESS:
            if row.address is None:
                return ""
            detail = f" {row.address.detail}" if row.address.detail else ""
            return f"{row.address.road_address}{detail}"
        if column == MATCH and row.former_phone is not None:
            when = f" ({period_text(row.former_period)})" if row.former_period else ""
            return self.tr("Former number {number}{when}").format(number=row.former_phone.national, when=when)
        return ""
