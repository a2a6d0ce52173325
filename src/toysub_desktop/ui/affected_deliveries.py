"""Before an address change is saved: which deliveries it moves, and which already left for the old address."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.deliveries import AffectedHow, deliveries_affected_by_address_change
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.problems import problem_message
from toysub_desktop.ui.text import day_text, delivery_kind_name

#: Lines shown before "and N more".
SHOWN = 8
_HOW = {
    AffectedHow.MOVES: QT_TRANSLATE_NOOP("AffectedDeliveries", "goes to the new address"),
    AffectedHow.PACKED_FOR_OLD: QT_TRANSLATE_NOOP(
        "AffectedDeliveries", "packed for the old address: flagged to unpack and pack again"
    ),
    AffectedHow.SHIPPED_TO_OLD: QT_TRANSLATE_NOOP(
        "AffectedDeliveries", "already sent to the old address: flagged for follow-up"
    ),
}


class AffectedDeliveries(QGroupBox):
    """Follows the dialog's dates: ``show_for(...)`` asks the schedule again."""

    def __init__(self, counter: Counter, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Deliveries this change affects"), parent)
        self.counter = counter
        self.customer_id = customer_id
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(300)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.lines: list[str] = []

    def show_for(
        self, effective_from: date, effective_until: date | None = None, *, replacing_version_id: int | None = None
    ) -> None:
        try:
            affected = deliveries_affected_by_address_change(
                self.counter.db,
                self.customer_id,
                effective_from,
                effective_until,
                replacing_version_id=replacing_version_id,
                now=self.counter.now(),
            )
        except DatabaseProblem as problem:
            self.text.setText(problem_message(problem))
            return
        self.lines = [
            f"{day_text(d.scheduled_on)} {delivery_kind_name(d.kind)} ({d.contract_number}): " + self.tr(_HOW[d.how])
            for d in affected
        ]
        if not self.lines:
            self.text.setText(self.tr("No scheduled or sent delivery falls on these days."))
            return
        shown = self.lines[:SHOWN]
        if len(self.lines) > SHOWN:
            shown.append(self.tr("… and {count} more").format(count=len(self.lines) - SHOWN))
        self.text.setText("\n".join(shown))
