"""The customer list: pages of search results fetched as the view scrolls, never the whole table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.search import MIN_PHONE_DIGITS, SearchHint, search_customers
from toysub_desktop.services.tiers import customer_tiers
from toysub_desktop.services.views import CustomerRow
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.paged_model import ROW_ID_ROLE, PagedTableModel, PageSource
from toysub_desktop.ui.text import period_text, problem_text

NUMBER, NAME, PHONE, ADDRESS, MATCH, TIER = range(6)
#: The row's customer id, for views and tests.
CUSTOMER_ID_ROLE = ROW_ID_ROLE


class CustomerListModel(PagedTableModel[CustomerRow]):
    #: What to type instead when the query was too short to search (a translated sentence), or "".
    hintChanged = Signal(str)

    headers = (
        QT_TRANSLATE_NOOP("CustomerListModel", "No."),
        QT_TRANSLATE_NOOP("CustomerListModel", "Name"),
        QT_TRANSLATE_NOOP("CustomerListModel", "Phone"),
        QT_TRANSLATE_NOOP("CustomerListModel", "Address"),
        QT_TRANSLATE_NOOP("CustomerListModel", "Found by"),
        QT_TRANSLATE_NOOP("CustomerListModel", "Tier"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, _row_id, self._display, self._other_role), parent)
        self._counter = counter
        self._query = ""
        self._segment_id: int | None = None
        #: The membership tier of each customer loaded, read with their page (one grouped query per page).
        self._tiers: dict[int, str] = {}

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Start over with *query*: the first page is fetched at once, the rest as the view scrolls."""
        self._query = query
        self.reload()

    @property
    def segment_id(self) -> int | None:
        return self._segment_id

    def set_segment(self, segment_id: int | None) -> None:
        """Only the customers of this saved segment (None: everyone), from the first page again."""
        self._segment_id = segment_id
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def customer_id(self, row: int) -> int | None:
        return self.id_at(row)

    def _fetch(self, after: CustomerRow | None, limit: int) -> tuple[Sequence[CustomerRow], bool]:
        # After the last row loaded (its name and id): a customer registered at another counter meanwhile neither
        # repeats a row on the next page nor hides one, and a deep page costs what the first does.
        try:
            page = search_customers(
                self._counter.db,
                self._query,
                after=after,
                limit=limit,
                today=self._counter.today(),
                segment_id=self._segment_id,
            )
        except ValidationError as error:  # the segment was deleted at another counter meanwhile
            self.hintChanged.emit(problem_text(error.problems[0]))
            return (), False
        if after is None:
            self.hintChanged.emit(self._hint_text(page.hint))
            self._tiers = {}
        standings = customer_tiers(self._counter.db, [row.id for row in page.rows], today=self._counter.today())
        self._tiers |= {customer: s.tier.name for customer, s in standings.items() if s.tier is not None}
        return page.rows, page.has_more

    def _hint_text(self, hint: SearchHint | None) -> str:
        if hint is SearchHint.SINGLE_INITIAL:
            return self.tr("One initial matches most customers: type one more letter.")
        if hint is SearchHint.TOO_FEW_DIGITS:
            return self.tr("Type at least {digits} digits of a phone number; the last {digits} are enough.").format(
                digits=MIN_PHONE_DIGITS
            )
        return ""

    def _other_role(self, row: CustomerRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == ADDRESS and row.address:
            return row.address.one_line
        return None

    def _display(self, row: CustomerRow, column: int) -> str:
        if column == NUMBER:
            return row.number
        if column == NAME:
            return row.name
        if column == TIER:
            return self._tiers.get(row.id, "")
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


def _row_id(row: CustomerRow) -> int:
    return row.id
