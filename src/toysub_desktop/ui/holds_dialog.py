"""The follow-up list of customers who cannot be reached (연락 두절): why their deliveries are held, how else to reach
them, what happened lately; from here the clerk opens the customer to record the new address or number, or
releases the hold after reaching them another way. Also the dialog that reports a number out of service."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.holds import HOLD_NOTE_MAX, UnreachableContact, check_unreachable_from
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.holds import (
    HeldCustomer,
    HoldEntry,
    customers_on_hold,
    release_holds,
    report_phone_out_of_service,
)
from toysub_desktop.services.views import CustomerCard, PhoneEntry
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import date_edit, date_of
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.text import (
    day_text,
    delivery_kind_name,
    delivery_state_name,
    moment_text,
    phone_text,
    reason_name,
    role_name,
)

_NAME, _NUMBER, _SINCE, _WHAT, _HELD = range(5)


class HoldsDialog(QDialog):
    """Emits ``customerChosen(id)`` when the clerk opens a customer to record their new address or number."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Customers who cannot be reached"))
        self.customers: list[HeldCustomer] = []
        intro = QLabel(
            self.tr(
                "Their deliveries are held: a box came back because they moved, or a number is out of service. "
                "Reach them another way, then record the new address or number (the hold ends by itself) or "
                "release the hold."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Customer no."),
                self.tr("Unreachable since"),
                self.tr("What"),
                self.tr("Held"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumWidth(360)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.open_customer = QPushButton(self.tr("&Open customer (record new address or number)"))
        self.release = QPushButton(self.tr("&Release hold…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_customer)
        row.addWidget(self.release)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.open_customer.clicked.connect(self._open_customer)
        self.release.clicked.connect(self._release)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.activated.connect(lambda _index: self._open_customer())
        self.resize(1100, 560)
        keep_on_screen(self)
        self.reload()

    def reload(self) -> None:
        try:
            self.customers = customers_on_hold(self.counter.db, today=self.counter.today())
        except DatabaseProblem as problem:
            show_problem(problem, self)
            self.customers = []
        self.table.setRowCount(len(self.customers))
        for index, customer in enumerate(self.customers):
            first = min(customer.holds, key=lambda h: h.unreachable_from)
            texts = (
                customer.name,
                customer.number,
                day_text(first.unreachable_from),
                ", ".join(self._what(hold) for hold in customer.holds),
                self.tr("{count} deliveries").format(count=customer.held_deliveries),
            )
            for column, text in enumerate(texts):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if self.customers:
            self.table.selectRow(0)
        self._show_selected()

    def _what(self, hold: HoldEntry) -> str:
        if hold.contact is UnreachableContact.ADDRESS:
            return self.tr("Moved: a delivery came back")
        return self.tr("Number out of service")

    def selected(self) -> HeldCustomer | None:
        rows = self.table.selectionModel().selectedRows()
        return self.customers[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        customer = self.selected()
        self.open_customer.setEnabled(customer is not None)
        self.release.setEnabled(customer is not None)
        if customer is None:
            self.details.setText(escape(self.tr("Nobody is on hold.")) if not self.customers else "")
            return
        self.details.setText(self._details(customer))

    def _details(self, customer: HeldCustomer) -> str:
        parts = [f"<h3>{escape(customer.name)} ({escape(customer.number)})</h3>"]
        for hold in customer.holds:
            what = self._what(hold)
            if hold.address is not None:
                what += f": {hold.address.one_line}"
            if hold.phone is not None:
                what += f": {hold.phone.national}"
            parts.append(
                "<p style='color:#b3261e'>"
                + escape(
                    self.tr("{what}, since {date}. {note} (recorded {when} by {who})").format(
                        what=what,
                        date=day_text(hold.unreachable_from),
                        note=hold.note,
                        when=moment_text(hold.recorded_at),
                        who=hold.recorded_by,
                    )
                )
                + "</p>"
            )
        contacts = [
            f"{role_name(p.role)} {p.phone.national}" + (" ✕ " + self.tr("out of service") if p.unreachable else "")
            for p in customer.phones
        ]
        if customer.email:
            contacts.append(self.tr("Email {email}").format(email=customer.email))
        parts.append("<b>" + escape(self.tr("Other ways to reach them")) + "</b><br>")
        parts.append("<br>".join(escape(line) for line in contacts) or escape(self.tr("(none on record)")))
        if customer.address is not None:
            parts.append(
                "<br>" + escape(self.tr("Address on record: {address}").format(address=customer.address.one_line))
            )
        parts.append("<p><b>" + escape(self.tr("Recent deliveries")) + "</b><br>")
        parts.append(
            "<br>".join(
                escape(
                    f"{day_text(d.scheduled_on)} {delivery_kind_name(d.kind)} · {delivery_state_name(d.state)} · "
                    f"{d.contract_number}"
                )
                for d in customer.recent_deliveries
            )
            + "</p>"
        )
        parts.append("<p><b>" + escape(self.tr("Recent contact changes")) + "</b><br>")
        parts.append(
            "<br>".join(
                escape(
                    self.tr("{day} {reason}: {what} (recorded {when})").format(
                        day=day_text(c.effective_from),
                        reason=reason_name(c.reason),
                        what=c.what,
                        when=moment_text(c.recorded_at),
                    )
                )
                for c in customer.recent_changes
            )
            + "</p>"
        )
        return "".join(parts)

    def _open_customer(self) -> None:
        if customer := self.selected():
            self.customerChosen.emit(customer.customer_id)
            self.accept()

    def _release(self) -> None:
        customer = self.selected()
        if customer is None:
            return
        dialog = ReleaseHoldDialog(self.counter, customer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()


class ReleaseHoldDialog(ServiceDialog):
    """Release every hold of one customer, saying how they were reached."""

    def __init__(self, counter: Counter, customer: HeldCustomer, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Release hold — {name}").format(name=customer.name), parent)
        self.customer = customer
        self.add_intro(
            self.tr(
                "Release only when the address or number on record is right after all. If they moved or changed "
                "numbers, record the change on the customer instead: the hold ends by itself."
            )
        )
        self.note = QLineEdit()
        self.note.setMaxLength(HOLD_NOTE_MAX)
        self.note.setPlaceholderText(self.tr("How the customer was reached, e.g. called the spouse's phone"))
        self.errors.add_row(self.form, self.tr("&How reached"), self.note, "note")

    def submit(self) -> object:
        release_holds(
            self.counter.db,
            staff_id=self.counter.staff.id,
            holds=[(hold.id, hold.version) for hold in self.customer.holds],
            note=self.note.text(),
            now=self.counter.now(),
        )
        return len(self.customer.holds)


class OutOfServiceDialog(ServiceDialog):
    """A number is no longer in service: the customer's deliveries from the day are held."""

    def __init__(self, counter: Counter, card: CustomerCard, entry: PhoneEntry, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Number out of service — {name}").format(name=card.name), parent)
        self.card = card
        self.entry = entry
        self.add_intro(
            self.tr(
                "{role} {number}: the deliveries from the day below are held until a new number is recorded or the "
                "hold is released, and the customer goes on the list of customers who cannot be reached."
            ).format(role=role_name(entry.role), number=phone_text(entry.phone))
        )
        self.since = date_edit(
            counter.today(), today=counter.today(), field="unreachable_from", rule=check_unreachable_from
        )
        self.errors.add_row(self.form, self.tr("&Unreachable since"), self.since, "unreachable_from")
        self.note = QLineEdit()
        self.note.setMaxLength(HOLD_NOTE_MAX)
        self.note.setPlaceholderText(self.tr("e.g. the operator says the number is not in service"))
        self.errors.add_row(self.form, self.tr("&Note"), self.note, "note")
        self.errors.alias("phone_version_id", "note")

    def submit(self) -> int:
        return report_phone_out_of_service(
            self.counter.db,
            staff_id=self.counter.staff.id,
            customer_id=self.card.id,
            phone_version_id=self.entry.version_id,
            unreachable_from=date_of(self.since),
            note=self.note.text(),
            now=self.counter.now(),
        )
