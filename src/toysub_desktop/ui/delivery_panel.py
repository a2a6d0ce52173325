"""The delivery panel: where one delivery goes (or went, as its label said), and every step with who took it."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.deliveries import DeliveryState
from toysub_desktop.domain.phone import phone_from_e164
from toysub_desktop.services.deliveries import DeliveryEventEntry, DeliveryRow
from toysub_desktop.ui.forms import history_table
from toysub_desktop.ui.text import (
    day_text,
    delivery_kind_name,
    delivery_state_name,
    follow_up_name,
    moment_text,
)

_STATE_COLOURS = {
    DeliveryState.SCHEDULED: "#0b57d0",
    DeliveryState.PACKED: "#8a5a00",
    DeliveryState.SHIPPED: "#146c2e",
    DeliveryState.DELIVERED: "#146c2e",
    DeliveryState.FAILED: "#b3261e",
    DeliveryState.RETURNED: "#b3261e",
}


class DeliveryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: DeliveryRow | None = None
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.events = history_table(
            [self.tr("When"), self.tr("Step"), self.tr("Who"), self.tr("Note")], minimum_height=120
        )
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.header)
        column.addWidget(self.summary)
        box = QGroupBox(self.tr("Steps"))
        QVBoxLayout(box).addWidget(self.events)
        column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_delivery(None)

    def show_delivery(
        self, row: DeliveryRow | None, events: Sequence[DeliveryEventEntry] = (), *, chosen: int = 0
    ) -> None:
        self.row = row
        if row is None:
            self.header.setText("<h2>" + escape(self.tr("No delivery selected")) + "</h2>")
            text = (
                self.tr("{count} deliveries chosen: the steps above apply to all of them.").format(count=chosen)
                if chosen > 1
                else self.tr("Choose deliveries in the list: Shift or Ctrl with the arrow keys chooses several.")
            )
            self.summary.setText(escape(text))
            self.events.setRowCount(0)
            return
        colour = _STATE_COLOURS.get(row.state, "#555")
        self.header.setText(
            f"<h2>{escape(day_text(row.scheduled_on))} {escape(delivery_kind_name(row.kind))} "
            f"<span style='color:{colour}'>{escape(delivery_state_name(row.state))}</span></h2>"
            + escape(f"{row.customer_name} · {row.contract_number}")
        )
        self.summary.setText(self._summary(row))
        self._fill_events(events)

    def _row(self, label: str, value: str, *, colour: str = "") -> str:
        style = f" style='color:{colour}'" if colour else ""
        return (
            f"<tr><td style='padding-right:12px;color:#555'>{escape(label)}</td>"
            f"<td{style}>{escape(value).replace(chr(10), '<br>')}</td></tr>"
        )

    def _summary(self, row: DeliveryRow) -> str:
        rows = []
        if row.address is None:
            rows.append(
                self._row(
                    self.tr("Address"),
                    self.tr("No address is in effect on this day. Record the customer's address first."),
                    colour="#b3261e",
                )
            )
        else:
            lines = [row.address.one_line, row.address.entry_notes, row.address.delivery_memo]
            rows.append(self._row(self.tr("Address"), "\n".join(line for line in lines if line)))
            rows.append(
                self._row(
                    "",
                    self.tr("As printed on the label; it never changes.")
                    if row.frozen
                    else self.tr("In effect on the delivery date; frozen when packed."),
                )
            )
        if row.phone_e164:
            rows.append(self._row(self.tr("Phone"), phone_from_e164(row.phone_e164).national))
        if row.courier:
            rows.append(self._row(self.tr("Courier"), row.courier))
        if row.tracking_number:
            rows.append(self._row(self.tr("Tracking no."), row.tracking_number))
        if row.held:
            rows.append(
                self._row(
                    self.tr("On hold"),
                    self.tr(
                        "The customer's address or number was found unreachable: record the new one, or release "
                        "the hold in the list of customers who cannot be reached."
                    ),
                    colour="#b3261e",
                )
            )
        if row.needs_follow_up and row.follow_up_reason is not None:
            rows.append(self._row(self.tr("Follow-up"), follow_up_name(row.follow_up_reason), colour="#b3261e"))
        return "<table>" + "".join(rows) + "</table>"

    def _fill_events(self, events: Sequence[DeliveryEventEntry]) -> None:
        self.events.setRowCount(len(events))
        for index, event in enumerate(reversed(events)):
            step = f"{delivery_state_name(event.from_state)} → {delivery_state_name(event.to_state)}"
            for column, text in enumerate((moment_text(event.at), step, event.staff, event.note)):
                self.events.setItem(index, column, QTableWidgetItem(text))
