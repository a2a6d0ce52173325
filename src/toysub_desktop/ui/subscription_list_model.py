"""The subscriptions list: pages of one filtered list, fetched as the view scrolls."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt

from toysub_desktop.domain.subscriptions import last_day_of_service, trial_last_day
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.subscriptions import SubscriptionFilter, SubscriptionRow, list_subscriptions
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource
from toysub_desktop.ui.text import day_text, plan_kind_name, state_name, won_text

CONTRACT, CUSTOMER, PLAN, KIND, STATE, START, TRIAL_END, END, FEE = range(9)


class SubscriptionListModel(PagedTableModel[SubscriptionRow]):
    headers = (
        QT_TRANSLATE_NOOP("SubscriptionListModel", "Contract no."),
        QT_TRANSLATE_NOOP("SubscriptionListModel", "Customer"),
        QT_TRANSLATE_NOOP("SubscriptionListModel", "Plan"),
        QT_TRANSLATE_NOOP("SubscriptionListModel", "Kind"),
        QT_TRANSLATE_NOOP("SubscriptionListModel", "State"),
        QT_TRANSLATE_NOOP("SubscriptionListModel", "Start"),
        QT_TRANSLATE_NOOP("SubscriptionListModel", "Trial ends"),
        QT_TRANSLATE_NOOP("SubscriptionListModel", "Ends"),
        QT_TRANSLATE_NOOP("SubscriptionListModel", "Monthly fee"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, _row_id, self._display, self._other_role), parent)
        self._counter = counter
        self._filters = SubscriptionFilter()

    @property
    def filters(self) -> SubscriptionFilter:
        return self._filters

    def set_filters(self, filters: SubscriptionFilter) -> None:
        self._filters = filters
        self.reload()

    def subscription_id(self, row: int) -> int | None:
        return self.id_at(row)

    def _fetch(self, after: SubscriptionRow | None, limit: int) -> tuple[Sequence[SubscriptionRow], bool]:
        page = list_subscriptions(
            self._counter.db, self._filters, after=after, limit=limit, today=self._counter.today()
        )
        return page.rows, page.has_more

    def _display(self, row: SubscriptionRow, column: int) -> str:
        if column == CONTRACT:
            return row.contract_number
        if column == CUSTOMER:
            return row.customer_name
        if column == PLAN:
            return row.plan_name
        if column == KIND:
            return plan_kind_name(row.kind)
        if column == STATE:
            return state_name(row.state)
        if column == START:
            return day_text(row.start_on)
        if column == TRIAL_END:
            trial_end = trial_last_day(row.start_on, row.paid_from)
            return day_text(trial_end) if trial_end else ""
        if column == END:
            return day_text(last_day_of_service(row.ends_on, row.cancelled_on))
        if column == FEE:
            return won_text(row.monthly_fee)
        return ""

    def _other_role(self, row: SubscriptionRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == FEE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _row_id(row: SubscriptionRow) -> int:
    return row.id
