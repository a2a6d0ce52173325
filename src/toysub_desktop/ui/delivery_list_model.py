"""The deliveries list: pages of one filtered list (date range, state, region, kind), fetched as the view scrolls."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from toysub_desktop.domain.phone import phone_from_e164
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.deliveries import DeliveryFilter, DeliveryRow, list_deliveries
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource
from toysub_desktop.ui.text import day_text, delivery_kind_name, delivery_state_name, follow_up_name

DATE, KIND, STATE, CUSTOMER, CONTRACT, REGION, ADDRESS, PHONE, COURIER, TRACKING, FOLLOW_UP = range(11)

#: A row that needs a clerk's attention reads in this colour.
_FOLLOW_UP_COLOUR = "#b3261e"


class DeliveryListModel(PagedTableModel[DeliveryRow]):
    headers = (
        QT_TRANSLATE_NOOP("DeliveryListModel", "Date"),
        QT_TRANSLATE_NOOP("DeliveryListModel", "Kind"),
        QT_TRANSLATE_NOOP("DeliveryListModel", "State"),
        QT_TRANSLATE_NOOP("DeliveryListModel", "Customer"),
        QT_TRANSLATE_NOOP("DeliveryListModel", "Contract no."),
        QT_TRANSLATE_NOOP("DeliveryListModel", "Region"),
        QT_TRANSLATE_NOOP("DeliveryListModel", "Address"),
        QT_TRANSLATE_NOOP("DeliveryListModel", "Phone"),
        QT_TRANSLATE_NOOP("DeliveryListModel", "Courier"),
        QT_TRANSLATE_NOOP("DeliveryListModel", "Tracking no."),
        QT_TRANSLATE_NOOP("DeliveryListModel", "Follow-up"),
    )
    page_size = 200

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, _row_id, self._display, self._other_role), parent)
        self._counter = counter
        self._filters = DeliveryFilter()

    @property
    def filters(self) -> DeliveryFilter:
        return self._filters

    def set_filters(self, filters: DeliveryFilter) -> None:
        self._filters = filters
        self.reload()

    def _fetch(self, after: DeliveryRow | None, limit: int) -> tuple[Sequence[DeliveryRow], bool]:
        page = list_deliveries(self._counter.db, self._filters, after=after, limit=limit, today=self._counter.today())
        return page.rows, page.has_more

    def _display(self, row: DeliveryRow, column: int) -> str:
        if column == DATE:
            return day_text(row.scheduled_on)
        if column == KIND:
            return delivery_kind_name(row.kind)
        if column == STATE:
            return delivery_state_name(row.state)
        if column == CUSTOMER:
            return row.customer_name
        if column == CONTRACT:
            return row.contract_number
        if column == REGION:
            return row.region or ""
        if column == ADDRESS:
            return row.address.one_line if row.address else self.tr("(no address in effect)")
        if column == PHONE:
            return _national(row.phone_e164) if row.phone_e164 else ""
        if column == COURIER:
            return row.courier or ""
        if column == TRACKING:
            return row.tracking_number or ""
        if column == FOLLOW_UP:
            if row.held_for_overdue:
                return self.tr("On hold: overdue account")
            if row.held:
                return self.tr("On hold: the customer cannot be reached")
            return follow_up_name(row.follow_up_reason) if row.needs_follow_up and row.follow_up_reason else ""
        return ""

    def _other_role(self, row: DeliveryRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and (
            (column == FOLLOW_UP and (row.needs_follow_up or row.held)) or (column == ADDRESS and row.address is None)
        ):
            return QColor(_FOLLOW_UP_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == ADDRESS and row.address is not None:
            notes = [row.address.entry_notes, row.address.delivery_memo]
            frozen = self.tr("As printed on the label") if row.frozen else self.tr("In effect on the delivery date")
            return "\n".join([row.address.one_line, *[n for n in notes if n], frozen])
        return None


@lru_cache(maxsize=4096)
def _national(e164: str) -> str:
    """Phones are formatted once each, not on every paint (parsing one takes about 20 µs)."""
    return phone_from_e164(e164).national


def _row_id(row: DeliveryRow) -> int:
    return row.id
