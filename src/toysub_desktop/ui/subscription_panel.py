"""The subscription panel: one contract's terms, dates, fees, and every transition with who recorded it."""

from __future__ import annotations

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

from toysub_desktop.domain.deliveries import moves_in_shorter_months
from toysub_desktop.domain.subscription_history import EventKind
from toysub_desktop.domain.subscriptions import SubscriptionState
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.ledger import SubscriptionAccount
from toysub_desktop.services.subscriptions import EventEntry, SubscriptionView
from toysub_desktop.ui.forms import history_table
from toysub_desktop.ui.ledger_text import charge_text, void_reason_text
from toysub_desktop.ui.text import (
    day_text,
    moment_text,
    pause_rule_name,
    payment_method_name,
    plan_kind_name,
    state_name,
    weekday_name,
    won_text,
)

_EVENT_NAMES = {
    EventKind.PAUSE: QT_TRANSLATE_NOOP("SubscriptionPanel", "Pause"),
    EventKind.RESUME: QT_TRANSLATE_NOOP("SubscriptionPanel", "Resumed early"),
    EventKind.SKIP: QT_TRANSLATE_NOOP("SubscriptionPanel", "Skipped delivery"),
    EventKind.PLAN_CHANGE: QT_TRANSLATE_NOOP("SubscriptionPanel", "Plan change"),
    EventKind.CANCEL: QT_TRANSLATE_NOOP("SubscriptionPanel", "Cancellation"),
    EventKind.RENEW: QT_TRANSLATE_NOOP("SubscriptionPanel", "Renewal"),
}
_STATE_COLOURS = {
    SubscriptionState.TRIAL: "#0b57d0",
    SubscriptionState.ACTIVE: "#146c2e",
    SubscriptionState.PAUSED: "#8a5a00",
    SubscriptionState.CANCELLED: "#b3261e",
}


class SubscriptionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: SubscriptionView | None = None
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.events = history_table(
            [self.tr("Effective"), self.tr("What"), self.tr("Details"), self.tr("Recorded"), self.tr("Status")]
        )
        self.account_summary = QLabel()
        self.account_summary.setTextFormat(Qt.TextFormat.RichText)
        self.account_summary.setWordWrap(True)
        self.charges = history_table(
            [self.tr("Due"), self.tr("Charge"), self.tr("Amount"), self.tr("Unpaid"), self.tr("Status")],
            minimum_height=100,
        )
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.header)
        column.addWidget(self.account_summary)
        column.addWidget(self.summary)
        box = QGroupBox(self.tr("What happened, by effective date"))
        QVBoxLayout(box).addWidget(self.events)
        column.addWidget(box)
        charges_box = QGroupBox(self.tr("Charges"))
        QVBoxLayout(charges_box).addWidget(self.charges)
        column.addWidget(charges_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_subscription(None)

    def show_subscription(self, view: SubscriptionView | None) -> None:
        self.view = view
        if view is None:
            self.header.setText("<h2>" + escape(self.tr("No subscription selected")) + "</h2>")
            self.summary.setText(
                escape(self.tr("Choose a subscription in the list, or sign a customer up with New subscription."))
            )
            self.events.setRowCount(0)
            self.show_account(None)
            return
        colour = _STATE_COLOURS.get(view.state, "#555")
        self.header.setText(
            f"<h2>{escape(view.contract_number)} "
            f"<span style='color:{colour}'>{escape(state_name(view.state))}</span></h2>"
            + escape(f"{view.customer_name} ({view.customer_number})")
        )
        self.summary.setText("".join(self._sections(view)))
        self._fill_events(view.events)

    def show_account(self, account: SubscriptionAccount | None) -> None:
        """What of this contract is owed, paid and due next, and its charges."""
        if account is None:
            self.account_summary.setText("")
            self.charges.setRowCount(0)
            return
        if account.owed:
            parts = [
                "<b style='color:#b3261e'>"
                + escape(self.tr("Owed: {amount}").format(amount=won_text(account.owed)))
                + "</b>"
            ]
        else:
            parts = ["<b>" + escape(self.tr("Nothing owed")) + "</b>"]
        parts.append(escape(self.tr("paid {amount}").format(amount=won_text(account.paid))))
        if account.next_charge is not None:
            parts.append(
                escape(
                    self.tr("next charge {amount} on {date}").format(
                        amount=won_text(account.next_charge.amount), date=day_text(account.next_charge.due_on)
                    )
                )
            )
        self.account_summary.setText(" · ".join(parts))
        self.charges.setRowCount(len(account.charges))
        for index, line in enumerate(account.charges):
            status = (
                self.tr("Voided: {why}").format(why=void_reason_text(line.void_reason))
                if line.voided
                else (self.tr("Paid") if line.open == 0 else "")
            )
            cells = [
                day_text(line.entry_on),
                charge_text(line),
                won_text(line.amount),
                won_text(line.open) if line.open else "",
                status,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line.voided:
                    item.setForeground(Qt.GlobalColor.gray)
                self.charges.setItem(index, column, item)

    def _row(self, label: str, value: str) -> str:
        return f"<tr><td style='padding-right:12px;color:#555'>{escape(label)}</td><td>{escape(value)}</td></tr>"

    def _sections(self, view: SubscriptionView) -> list[str]:
        timeline = view.timeline
        rows = [
            self._row(self.tr("Plan"), f"{view.plan_name} · {plan_kind_name(view.kind)} · {view.tier}"),
            self._row(self.tr("Term"), self.tr("{months} months").format(months=view.term_months)),
            self._row(self.tr("Starts"), day_text(timeline.start)),
        ]
        trial_end = timeline.trial_last_day
        if trial_end is not None:
            rows.append(
                self._row(
                    self.tr("Free trial"),
                    self.tr("{days} days, until {date}").format(days=timeline.trial_days, date=day_text(trial_end)),
                )
            )
        rows.append(self._row(self.tr("Term ends"), day_text(timeline.end)))
        if timeline.end != timeline.mandatory_end:
            rows.append(self._row(self.tr("Ended as signed"), day_text(timeline.mandatory_end)))
        if timeline.cancelled_on is not None:
            rows.append(self._row(self.tr("Last day of service"), day_text(timeline.last_service_day)))
        if view.delivery_day is not None:
            rows.append(
                self._row(
                    self.tr("Delivery day"),
                    (
                        self.tr("Day {day} of each month (the last day in shorter months)")
                        if moves_in_shorter_months(view.delivery_day)
                        else self.tr("Day {day} of each month")
                    ).format(day=view.delivery_day),
                )
            )
        if view.swap_weekday is not None:
            rows.append(self._row(self.tr("Swap day"), weekday_name(view.swap_weekday)))
        if view.skipped:
            rows.append(self._row(self.tr("Skipped deliveries"), ", ".join(day_text(d) for d in view.skipped)))
        rows.append(self._row(self.tr("Pauses"), pause_rule_name(timeline.pause_rule)))
        fees = [self._row(self.tr("List price"), won_text(view.list_price))]
        if view.term_discount_percent:
            fees.append(self._row(self.tr("Long-term discount"), f"{view.term_discount_percent}%"))
        for line in view.discounts:
            fees.append(self._row(line.label, f"-{won_text(line.amount)} ({line.evidence})"))
        fees.append(self._row(self.tr("Monthly fee as signed"), won_text(view.signed_monthly_fee)))
        if view.monthly_fee != view.signed_monthly_fee:
            fees.append(self._row(self.tr("Monthly fee now"), won_text(view.monthly_fee)))
        if view.deposit:
            fees.append(self._row(self.tr("Deposit"), won_text(view.deposit)))
        fees.append(self._row(self.tr("Payment"), payment_method_name(view.payment_method)))
        rule = view.early_termination
        cap = self.tr(", at most {cap}").format(cap=won_text(rule.cap)) if rule.cap is not None else ""
        fees.append(
            self._row(
                self.tr("Early termination"),
                self.tr("{percent}% of the fees left in the term{cap}").format(percent=rule.percent, cap=cap),
            )
        )
        if view.cancellation_fee is not None:
            fees.append(self._row(self.tr("Cancellation fee charged"), won_text(view.cancellation_fee)))
        signed = self.tr("Signed {date} by {who}").format(date=day_text(view.signed_on), who=view.signed_by)
        return [
            "<table>",
            *rows,
            "</table><h3>" + escape(self.tr("Fees")) + "</h3><table>",
            *fees,
            "</table>",
            f"<p style='color:#555'>{escape(signed)}</p>",
        ]

    def _fill_events(self, events: tuple[EventEntry, ...]) -> None:
        self.events.setRowCount(len(events))
        for index, event in enumerate(sorted(events, key=lambda e: (e.effective_on, e.id), reverse=True)):
            cells = [
                day_text(event.effective_on),
                self.tr(_EVENT_NAMES[event.kind]),
                self._details(event),
                f"{moment_text(event.recorded_at)} {event.recorded_by}",
                self.tr("Voided") if event.voided else "",
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if event.voided:
                    item.setForeground(Qt.GlobalColor.gray)
                self.events.setItem(index, column, item)

    def _details(self, event: EventEntry) -> str:
        parts: list[str] = []
        if event.until is not None:
            parts.append(self.tr("until {date}").format(date=day_text(event.until)))
        if event.detail:
            parts.append(event.detail)
        if event.monthly_fee is not None:
            parts.append(self.tr("monthly {amount}").format(amount=won_text(event.monthly_fee)))
        if event.fee is not None:
            parts.append(self.tr("fee {amount}").format(amount=won_text(event.fee)))
        if event.note:
            parts.append(event.note)
        return " · ".join(parts)
