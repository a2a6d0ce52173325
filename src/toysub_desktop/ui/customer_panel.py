"""The customer panel: current address and phones, scheduled changes, children, consents and full history."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contacts import ConsentKind
from toysub_desktop.domain.phone import RETIRED_PREFIX_WARNING
from toysub_desktop.domain.subscriptions import last_day_of_service
from toysub_desktop.domain.tiers import TierStanding
from toysub_desktop.services.contact_log import ContactEntry
from toysub_desktop.services.ledger import AccountView, LedgerLine
from toysub_desktop.services.subscriptions import SubscriptionRow
from toysub_desktop.services.views import AddressEntry, CustomerCard, PhoneEntry, VersionRecord
from toysub_desktop.ui.contact_text import one_line, topic_text
from toysub_desktop.ui.forms import history_table
from toysub_desktop.ui.ledger_text import charge_text, void_reason_text
from toysub_desktop.ui.text import (
    contact_kind_name,
    day_text,
    kind_name,
    message_text,
    method_name,
    moment_text,
    period_text,
    phone_text,
    reason_name,
    role_name,
    state_name,
    won_text,
)
from toysub_desktop.ui.tier_text import standing_text

E = TypeVar("E", bound=VersionRecord)

#: Columns of the contact log that read differently.
_FOLLOW_UP, _COMPLAINT, _NOTE = 2, 3, 4

#: Item data role holding the version id of a history row.
VERSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerPanel(QWidget):
    """Shows one customer's card. Emits ``historySelectionChanged`` so actions on an entry can enable."""

    historySelectionChanged = Signal()
    #: A subscription in the customer's list was activated (Enter or double-click): its id.
    subscriptionActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: CustomerCard | None = None
        self.account_view: AccountView | None = None
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        #: The customer's membership tier and what it rests on; hidden in a shop without tiers.
        self.tier = QLabel()
        self.tier.setWordWrap(True)
        self.tier.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tier.hide()
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_history = self._history_table(
            [
                self.tr("From"),
                self.tr("Until"),
                self.tr("Address"),
                self.tr("Why"),
                self.tr("Recorded"),
                self.tr("Status"),
            ]
        )
        self.phone_history = self._history_table(
            [
                self.tr("From"),
                self.tr("Whose"),
                self.tr("Number"),
                self.tr("Why"),
                self.tr("Recorded"),
                self.tr("Status"),
            ]
        )
        self.subscriptions = self._history_table(
            [self.tr("Contract no."), self.tr("Plan"), self.tr("State"), self.tr("Start"), self.tr("Ends")]
        )
        self.subscriptions.setMinimumHeight(100)
        self.account_summary = QLabel()
        self.account_summary.setTextFormat(Qt.TextFormat.RichText)
        self.account_summary.setWordWrap(True)
        self.account = self._history_table(
            [
                self.tr("Date"),
                self.tr("Item"),
                self.tr("Amount"),
                self.tr("Unpaid / unused"),
                self.tr("Recorded"),
                self.tr("Status"),
            ]
        )
        self.subscriptions.itemActivated.connect(
            lambda item: self.subscriptionActivated.emit(int(item.data(VERSION_ID_ROLE)))
        )
        #: The customer's contact log (상담 기록), newest first.
        self.contact_log = self._history_table(
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Follow-up"),
                self.tr("Complaint"),
                self.tr("What was said"),
                self.tr("About"),
                self.tr("Staff"),
            ]
        )
        self.contact_entries: tuple[ContactEntry, ...] = ()
        #: Where the window puts the buttons of the contact log's actions.
        self.contact_buttons = QHBoxLayout()
        self.contact_buttons.addStretch(1)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.header)
        column.addWidget(self.tier)
        # What is owed shows at the top of the card, where the clerk looks first; the entries are further down.
        column.addWidget(self.account_summary)
        column.addWidget(self.summary)
        subscriptions_box = QGroupBox(self.tr("Subscriptions (Enter opens one)"))
        QVBoxLayout(subscriptions_box).addWidget(self.subscriptions)
        column.addWidget(subscriptions_box)
        account_box = QGroupBox(self.tr("Account"))
        account_column = QVBoxLayout(account_box)
        #: Where the window puts the buttons of the account's papers and money steps (statement, refund, write-off).
        self.account_buttons = QHBoxLayout()
        self.account_buttons.addStretch(1)
        account_column.addLayout(self.account_buttons)
        #: The customer's points (적립금) balance; the window puts the buttons to the points window and card after it.
        self.points_summary = QLabel()
        self.points_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.points_row = QHBoxLayout()
        self.points_row.addWidget(self.points_summary)
        self.points_row.addStretch(1)
        account_column.addLayout(self.points_row)
        account_column.addWidget(self.account)
        column.addWidget(account_box)
        # The conversation with the customer comes after what they signed and owe, before the contact histories.
        log_box = QGroupBox(self.tr("Contact log"))
        log_column = QVBoxLayout(log_box)
        log_column.addLayout(self.contact_buttons)
        log_column.addWidget(self.contact_log)
        column.addWidget(log_box)
        for title, table in (
            (self.tr("Address history"), self.address_history),
            (self.tr("Phone history"), self.phone_history),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_card(None)

    def _history_table(self, headers: list[str]) -> QTableWidget:
        table = history_table(headers)
        table.itemSelectionChanged.connect(self.historySelectionChanged)
        return table

    # --- showing ------------------------------------------------------------------------------------------------

    def show_card(self, card: CustomerCard | None) -> None:
        self.card = card
        if card is None:
            self.header.setText("<h2>" + escape(self.tr("No customer selected")) + "</h2>")
            self.summary.setText(escape(self.tr("Find a customer with the search box, or register a new one.")))
            self.address_history.setRowCount(0)
            self.phone_history.setRowCount(0)
            self.subscriptions.setRowCount(0)
            self.show_contact_log((), card_today=None)
            self.show_account(None)
            self.show_tier(None)
            self.show_points(None)
            return
        self.header.setText(
            f"<h2>{escape(card.name)} <span style='color:#555'>{escape(card.number)}</span></h2>"
            + escape(self.tr("Customer since {date}").format(date=day_text(card.registered_on)))
        )
        self.summary.setText("".join(self._sections(card)))
        self._fill_addresses(card)
        self._fill_phones(card)

    def show_tier(self, standing: TierStanding | None) -> None:
        """The customer's tier, computed from the facts: what it is, what it rests on and how far the next is."""
        self.tier.setText(standing_text(standing) if standing is not None else "")
        self.tier.setVisible(standing is not None)

    def _sections(self, card: CustomerCard) -> list[str]:
        parts = ["<h3>" + escape(self.tr("Address now")) + "</h3>"]
        if card.current_address is None:
            parts.append("<p>" + escape(self.tr("No address is in effect today.")) + "</p>")
        else:
            parts.append(self._address_html(card.current_address, card))
        for upcoming in card.scheduled_addresses:
            text = (
                self.tr("Moves on {date} to {address}")
                if not upcoming.is_temporary
                else self.tr("Stays from {date} at {address}")
            )
            parts.append(
                "<p style='color:#0b57d0'><b>"
                + escape(text.format(date=day_text(upcoming.effective_from), address=upcoming.address.one_line))
                + "</b></p>"
            )
        parts.append("<h3>" + escape(self.tr("Phones")) + "</h3><ul>")
        for phone in card.current_phones:
            parts.append("<li>" + self._phone_html(phone, card) + "</li>")
        parts.append("</ul>")
        for upcoming_phone in card.scheduled_phones:
            parts.append(
                "<p style='color:#0b57d0'><b>"
                + escape(
                    self.tr("From {date}: {role} {number}").format(
                        date=day_text(upcoming_phone.effective_from),
                        role=role_name(upcoming_phone.role),
                        number=phone_text(upcoming_phone.phone),
                    )
                )
                + "</b></p>"
            )
        if card.email:
            parts.append("<p>" + escape(self.tr("Email")) + f": {escape(card.email)}</p>")
        parts.append("<h3>" + escape(self.tr("Children")) + "</h3>")
        if card.children:
            parts.append("<ul>")
            for child in card.children:
                age = self.tr("{months} months").format(months=child.age_in_months)
                notes = f" — {escape(child.notes)}" if child.notes else ""
                parts.append(f"<li>{escape(child.name)} ({child.birth_month:%Y-%m}, {escape(age)}){notes}")
                if child.health_notes:
                    health = self.tr("Allergies and health: {notes}").format(notes=child.health_notes)
                    parts.append(f"<br><span style='color:#8a5a00'>{escape(health)}</span>")
                for was in child.corrections:
                    said = self.tr("corrected from {name} ({month}) on {date} by {staff}: {reason}").format(
                        name=was.name,
                        month=f"{was.birth_month:%Y-%m}",
                        date=moment_text(was.voided_at),
                        staff=was.voided_by,
                        reason=was.reason,
                    )
                    parts.append(f"<br><small style='color:#5f6368'>{escape(said)}</small>")
                parts.append("</li>")
            parts.append("</ul>")
        else:
            parts.append("<p>" + escape(self.tr("None registered")) + "</p>")
        parts.append("<h3>" + escape(self.tr("Consents")) + "</h3><ul>")
        consent_names = {
            ConsentKind.PERSONAL_DATA: self.tr("Personal data (required)"),
            ConsentKind.MARKETING: self.tr("Marketing (optional)"),
            ConsentKind.SENSITIVE: self.tr("Children's allergies and health (sensitive, optional)"),
            ConsentKind.NIGHT_ADS: self.tr("Advertising at night, 21:00 to 08:00 (optional)"),
        }
        for consent in card.consents:
            what = consent_names[consent.kind]
            answer = self.tr("agreed") if consent.granted else self.tr("declined")
            parts.append(
                "<li>"
                + escape(
                    f"{what}: {answer} · {day_text(consent.given_on)} · "
                    f"{method_name(consent.method)} · {consent.notice_version}"
                )
                + "</li>"
            )
        parts.append("</ul>")
        if card.notes:
            parts.append("<h3>" + escape(self.tr("Notes")) + f"</h3><p>{escape(card.notes)}</p>")
        return parts

    def _confirmed_html(self, entry: VersionRecord, card: CustomerCard) -> str:
        text = escape(self.tr("confirmed {date}").format(date=day_text(entry.last_confirmed_on)))
        if entry.unconfirmed_since(card.today, card.contact_check_days):
            check = escape(self.tr("check with the customer"))
            return f"<span style='color:#b3261e'>{text} · {check}</span>"
        return f"<span style='color:#555'>{text}</span>"

    def _address_html(self, entry: AddressEntry, card: CustomerCard) -> str:
        lines = [f"<p><b>{escape(entry.address.one_line)}</b><br>"]
        if entry.is_temporary:
            until = day_text(entry.effective_until) if entry.effective_until else self.tr("end not known yet")
            lines.append(escape(self.tr("Temporary stay until {until}").format(until=until)) + "<br>")
        if entry.address.entry_notes:
            lines.append(escape(self.tr("Entry: {notes}").format(notes=entry.address.entry_notes)) + "<br>")
        if entry.address.delivery_memo:
            lines.append(escape(self.tr("Delivery memo: {memo}").format(memo=entry.address.delivery_memo)) + "<br>")
        lines.append(self._confirmed_html(entry, card) + "</p>")
        return "".join(lines)

    def _phone_html(self, entry: PhoneEntry, card: CustomerCard) -> str:
        if entry.phone is None:
            return ""
        kind = escape(kind_name(entry.phone.kind))
        text = f"{escape(role_name(entry.role))}: <b>{escape(entry.phone.national)}</b> ({kind}) "
        if entry.phone.is_retired_prefix:
            text += f"<br><span style='color:#8a5a00'>{escape(message_text(RETIRED_PREFIX_WARNING))}</span><br>"
        return text + self._confirmed_html(entry, card)

    def _status(self, entry: VersionRecord) -> str:
        if entry.voided_at is not None:
            return self.tr("Voided {when} by {who}: {why}").format(
                when=moment_text(entry.voided_at), who=entry.voided_by or "", why=entry.void_reason or ""
            )
        if not entry.periods:
            return self.tr("Never in effect")
        return ", ".join(period_text(p) for p in entry.periods)

    def _fill(self, table: QTableWidget, rows: list[tuple[VersionRecord, list[str]]]) -> None:
        table.setRowCount(len(rows))
        for index, (entry, cells) in enumerate(rows):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(VERSION_ID_ROLE, entry.version_id)
                if entry.is_voided:
                    font = item.font()
                    font.setStrikeOut(column == 2)
                    item.setFont(font)
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(index, column, item)

    def _recorded(self, entry: VersionRecord) -> str:
        return f"{moment_text(entry.recorded_at)} {entry.recorded_by}"

    def _fill_addresses(self, card: CustomerCard) -> None:
        self._fill(
            self.address_history,
            [
                (
                    e,
                    [
                        day_text(e.effective_from),
                        day_text(e.effective_until),
                        e.address.one_line,
                        reason_name(e.reason) + (f" — {e.note}" if e.note else ""),
                        self._recorded(e),
                        self._status(e),
                    ],
                )
                for e in card.address_history
            ],
        )

    def _fill_phones(self, card: CustomerCard) -> None:
        self._fill(
            self.phone_history,
            [
                (
                    e,
                    [
                        day_text(e.effective_from),
                        role_name(e.role),
                        phone_text(e.phone),
                        reason_name(e.reason) + (f" — {e.note}" if e.note else ""),
                        self._recorded(e),
                        self._status(e),
                    ],
                )
                for e in card.phone_history
            ],
        )

    def show_subscriptions(self, rows: tuple[SubscriptionRow, ...]) -> None:
        self.subscriptions.setRowCount(len(rows))
        for index, row in enumerate(rows):
            end = last_day_of_service(row.ends_on, row.cancelled_on)
            cells = [row.contract_number, row.plan_name, state_name(row.state), day_text(row.start_on), day_text(end)]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(VERSION_ID_ROLE, row.id)
                self.subscriptions.setItem(index, column, item)

    def show_contact_log(self, entries: tuple[ContactEntry, ...], *, card_today: date | None) -> None:
        """The customer's contact log, newest first: a follow-up due shows in red, and so does an open complaint."""
        self.contact_entries = entries
        self.contact_log.setRowCount(len(entries))
        for index, entry in enumerate(entries):
            due = card_today is not None and entry.follow_up_due(card_today)
            cells = [
                moment_text(entry.recorded_at),
                self._kind_text(entry),
                self._follow_up_text(entry),
                self._complaint_text(entry),
                one_line(entry.note),
                topic_text(entry.topic),
                entry.recorded_by,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(VERSION_ID_ROLE, entry.id)
                if column == _NOTE:
                    item.setToolTip(entry.note)
                if column == _COMPLAINT and entry.resolution:
                    item.setToolTip(entry.resolution)
                if (column == _FOLLOW_UP and due) or (column == _COMPLAINT and entry.is_open_complaint):
                    item.setForeground(QColor("#b3261e"))
                self.contact_log.setItem(index, column, item)

    def _kind_text(self, entry: ContactEntry) -> str:
        if entry.prospect_id is not None:  # logged while they were a prospect, before they joined
            return self.tr("{kind} (before joining)").format(kind=contact_kind_name(entry.kind))
        return contact_kind_name(entry.kind)

    def _follow_up_text(self, entry: ContactEntry) -> str:
        if entry.follow_up_on is None:
            return ""
        if entry.followed_up_at is not None:
            return self.tr("{date} {owner} · done").format(
                date=day_text(entry.follow_up_on), owner=entry.follow_up_owner
            )
        return f"{day_text(entry.follow_up_on)} {entry.follow_up_owner}"

    def _complaint_text(self, entry: ContactEntry) -> str:
        if entry.is_open_complaint:
            return self.tr("Open")
        if entry.resolved_at is None:
            return ""
        return self.tr("Resolved {when} by {who}: {how}").format(
            when=moment_text(entry.resolved_at), who=entry.resolved_by, how=one_line(entry.resolution or "")
        )

    def show_account(self, view: AccountView | None) -> None:
        """The balance, what is due next and when, and every ledger entry (voided ones struck through)."""
        self.account_view = view
        if view is None:
            self.account_summary.setText("")
            self.account.setRowCount(0)
            return
        if view.owed:
            balance = (
                "<b style='color:#b3261e'>"
                + escape(self.tr("Owed: {amount}").format(amount=won_text(view.owed)))
                + "</b>"
            )
        elif view.credit:
            balance = "<b>" + escape(self.tr("Credit held: {amount}").format(amount=won_text(view.credit))) + "</b>"
        else:
            balance = "<b>" + escape(self.tr("Nothing owed")) + "</b>"
        parts = [balance]
        if view.overdue_hold_days is not None:
            parts.append(
                "<b style='color:#b3261e'>"
                + escape(
                    self.tr("overdue {days} days: deliveries and lending on hold").format(days=view.overdue_hold_days)
                )
                + "</b>"
            )
        if view.deposit_held:
            parts.append(escape(self.tr("deposit held {amount}").format(amount=won_text(view.deposit_held))))
        if view.open_charges:
            oldest = view.open_charges[0]
            parts.append(escape(self.tr("unpaid since {date}").format(date=day_text(oldest.entry_on))))
        if view.next_charge is not None:
            parts.append(
                escape(
                    self.tr("next charge {amount} on {date} ({contract})").format(
                        amount=won_text(view.next_charge.amount),
                        date=day_text(view.next_charge.due_on),
                        contract=view.next_charge.contract_number,
                    )
                )
            )
        self.account_summary.setText(" · ".join(parts))
        self.account.setRowCount(len(view.history))
        for index, line in enumerate(view.history):
            sign = "" if line.kind.is_debit else "−"
            status = (
                self.tr("Voided: {why}").format(why=void_reason_text(line.void_reason))
                if line.voided
                else (self.tr("Paid") if line.kind.is_debit and line.open == 0 else "")
            )
            cells = [
                day_text(line.entry_on),
                charge_text(line),
                sign + won_text(line.amount),
                won_text(line.open) if line.open else "",
                f"{moment_text(line.recorded_at)} {line.recorded_by}",
                status,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(VERSION_ID_ROLE, line.id)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if line.voided:
                    font = item.font()
                    font.setStrikeOut(column == 2)
                    item.setFont(font)
                    item.setForeground(Qt.GlobalColor.gray)
                self.account.setItem(index, column, item)

    def show_points(self, balance: int | None) -> None:
        """The points usable today (expired ones never count)."""
        self.points_summary.setText(
            "" if balance is None else self.tr("Points: {points}P").format(points=f"{balance:,}")
        )

    # --- selection ----------------------------------------------------------------------------------------------

    def selected_contact(self) -> ContactEntry | None:
        items = self.contact_log.selectedItems()
        if not items:
            return None
        entry_id = items[0].data(VERSION_ID_ROLE)
        return next((e for e in self.contact_entries if e.id == entry_id), None)

    def selected_ledger_line(self) -> LedgerLine | None:
        items = self.account.selectedItems()
        if not items or self.account_view is None:
            return None
        entry_id = items[0].data(VERSION_ID_ROLE)
        return next((line for line in self.account_view.history if line.id == entry_id), None)

    def selected_address(self) -> AddressEntry | None:
        return self._selected(self.address_history, self.card.address_history if self.card else ())

    def selected_phone(self) -> PhoneEntry | None:
        return self._selected(self.phone_history, self.card.phone_history if self.card else ())

    def _selected(self, table: QTableWidget, entries: tuple[E, ...]) -> E | None:
        items = table.selectedItems()
        if not items:
            return None
        version_id = items[0].data(VERSION_ID_ROLE)
        return next((e for e in entries if e.version_id == version_id), None)
