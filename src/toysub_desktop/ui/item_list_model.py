"""The Rentals tab's list of items: pages of one search, fetched as the view scrolls."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.toys import ItemFilter, ItemRow, search_items
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource
from toysub_desktop.ui.rental_text import category_name, item_state_name
from toysub_desktop.ui.text import day_text

BARCODE, TOY, CATEGORY, STATE, WITH, DUE, LATE = range(7)
_LATE_COLOUR = QColor("#b3261e")


class ItemListModel(PagedTableModel[ItemRow]):
    headers = (
        QT_TRANSLATE_NOOP("ItemListModel", "Barcode"),
        QT_TRANSLATE_NOOP("ItemListModel", "Toy"),
        QT_TRANSLATE_NOOP("ItemListModel", "Category"),
        QT_TRANSLATE_NOOP("ItemListModel", "State"),
        QT_TRANSLATE_NOOP("ItemListModel", "With"),
        QT_TRANSLATE_NOOP("ItemListModel", "Due"),
        QT_TRANSLATE_NOOP("ItemListModel", "Days late"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, _row_id, _display, _other_role), parent)
        self._counter = counter
        self.query = ""
        self.which = ItemFilter.ALL

    def set_search(self, query: str, which: ItemFilter) -> None:
        self.query, self.which = query, which
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def _fetch(self, after: ItemRow | None, limit: int) -> tuple[Sequence[ItemRow], bool]:
        page = search_items(
            self._counter.db, self.query, which=self.which, after=after, limit=limit, today=self._counter.today()
        )
        return page.rows, page.has_more


def _row_id(row: ItemRow) -> int:
    return row.id


def _display(row: ItemRow, column: int) -> str:
    if column == BARCODE:
        return row.barcode
    if column == TOY:
        return row.toy_name
    if column == CATEGORY:
        return category_name(row.category)
    if column == STATE:
        return item_state_name(row.state)
    if column == WITH:
        return f"{row.child_name} ({row.customer_name})" if row.customer_name else ""
    if column == DUE:
        return day_text(row.due_on)
    if column == LATE:
        return str(row.days_late) if row.days_late else ""
    return ""


def _other_role(row: ItemRow, column: int, role: int) -> object:
    if role == Qt.ItemDataRole.TextAlignmentRole and column == LATE:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ForegroundRole and row.days_late and column in (DUE, LATE):
        return _LATE_COLOUR
    return None
