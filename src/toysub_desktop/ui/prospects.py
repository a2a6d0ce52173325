"""Prospects on screen (가망 고객): the open walk-in inquiries and trial users, paged as the view scrolls, with the
conversion rate of each source; recording one, logging a contact with one, registering one who joins as a
customer (their history stays with them), and closing one who decided not to."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contact_log import check_follow_up_on
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.prospects import INTEREST_MAX, OUTCOME_NOTE_MAX, ProspectKind, ProspectSource
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.prospects import (
    ProspectRow,
    close_prospect_lost,
    conversion_by_source,
    convert_prospect,
    link_prospect,
    open_prospects,
    record_prospect,
)
from toysub_desktop.services.shop import list_staff
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.contact_log import LogContactDialog, WholeFormDialog, note_edit
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.customer_picker import CustomerPicker
from toysub_desktop.ui.forms import date_edit
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import fit_size, keep_on_screen
from toysub_desktop.ui.text import (
    day_text,
    message_text,
    moment_text,
    phone_text,
    problem_text,
    prospect_kind_name,
    prospect_source_name,
)

RECORDED, NAME, PHONE, KIND, SOURCE, INTEREST, FOLLOW_UP, STAFF = range(8)


class ProspectListModel(PagedTableModel[ProspectRow]):
    headers = (
        QT_TRANSLATE_NOOP("ProspectListModel", "Recorded"),
        QT_TRANSLATE_NOOP("ProspectListModel", "Name"),
        QT_TRANSLATE_NOOP("ProspectListModel", "Phone"),
        QT_TRANSLATE_NOOP("ProspectListModel", "Kind"),
        QT_TRANSLATE_NOOP("ProspectListModel", "Heard of us"),
        QT_TRANSLATE_NOOP("ProspectListModel", "Interested in"),
        QT_TRANSLATE_NOOP("ProspectListModel", "Follow up on"),
        QT_TRANSLATE_NOOP("ProspectListModel", "Staff"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.id, self._display), parent)
        self._counter = counter

    def _fetch(self, after: ProspectRow | None, limit: int) -> tuple[Sequence[ProspectRow], bool]:
        page = open_prospects(self._counter.db, after=after, limit=limit)
        return page.rows, page.has_more

    def _display(self, row: ProspectRow, column: int) -> str:
        values = {
            RECORDED: lambda: moment_text(row.recorded_at),
            NAME: lambda: row.name,
            PHONE: lambda: phone_text(row.phone),
            KIND: lambda: prospect_kind_name(row.kind),
            SOURCE: lambda: prospect_source_name(row.source),
            INTEREST: lambda: row.interest,
            FOLLOW_UP: lambda: day_text(row.next_follow_up),
            STAFF: lambda: row.recorded_by,
        }
        return values[column]() if column in values else ""


class NewProspectDialog(WholeFormDialog):
    """Record a walk-in inquiry or a trial user."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("New prospect"), parent)
        self.name = QLineEdit()
        self.errors.add_row(self.form, self.tr("&Name"), self.name, "name")
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("optional, e.g. 010-1234-5678"))
        self.errors.add_row(self.form, self.tr("&Phone"), self.phone, "phone")
        self.kind: ChoiceBox[ProspectKind] = ChoiceBox()
        for kind in ProspectKind:
            self.kind.add(prospect_kind_name(kind), kind)
        self.errors.add_row(self.form, self.tr("&Kind"), self.kind, "kind")
        self.source: ChoiceBox[ProspectSource] = ChoiceBox()
        for source in ProspectSource:
            self.source.add(prospect_source_name(source), source)
        self.errors.add_row(self.form, self.tr("&Heard of us"), self.source, "source")
        self.interest = QLineEdit()
        self.interest.setMaxLength(INTEREST_MAX)
        self.interest.setPlaceholderText(self.tr("e.g. rental premium, for a 2-year-old"))
        self.errors.add_row(self.form, self.tr("&Interested in"), self.interest, "interest")
        self.note = note_edit(3)
        self.note.setPlaceholderText(self.tr("What was said (needed with a follow-up day)"))
        self.errors.add_row(self.form, self.tr("&What was said"), self.note, "note")
        today = counter.today()
        self.follow_up_on = date_edit(None, today=today, field="follow_up_on", rule=check_follow_up_on, optional=True)
        self.follow_up_on.line.setPlaceholderText(self.tr("empty: no follow-up; e.g. +3, 3/10"))
        self.errors.add_row(self.form, self.tr("&Follow up on"), self.follow_up_on, "follow_up_on")
        self.owner: ChoiceBox[int] = ChoiceBox()
        for member in list_staff(counter.db):
            self.owner.add(member.name, member.id)
        self.owner.set_value(counter.staff.id)
        self.errors.add_row(self.form, self.tr("Follow-up &owner"), self.owner, "follow_up_owner")
        self.name.setFocus()

    def submit(self) -> int:
        kind, source = self.kind.value(), self.source.value()
        assert kind is not None and source is not None
        follow_up_on = self.follow_up_on.optional_date()
        return record_prospect(
            self.counter.db,
            staff_id=self.counter.staff.id,
            name=self.name.text(),
            phone=self.phone.text(),
            kind=kind,
            source=source,
            interest=self.interest.text(),
            note=self.note.toPlainText(),
            follow_up_on=follow_up_on,
            follow_up_owner_id=self.owner.value() if follow_up_on is not None else None,
            now=self.counter.now(),
        )


class LostProspectDialog(WholeFormDialog):
    """A prospect decided not to join: say why."""

    def __init__(self, counter: Counter, prospect: ProspectRow, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Not joining — {name}").format(name=prospect.name), parent)
        self.prospect = prospect
        self.reason = QLineEdit()
        self.reason.setMaxLength(OUTCOME_NOTE_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. found it too expensive, chose another shop"))
        self.errors.add_row(self.form, self.tr("&Why"), self.reason, "outcome_note")
        self.reason.setFocus()

    def submit(self) -> None:
        close_prospect_lost(
            self.counter.db,
            staff_id=self.counter.staff.id,
            prospect_id=self.prospect.id,
            reason=self.reason.text(),
            expected_version=self.prospect.version,
            now=self.counter.now(),
        )


class LinkProspectDialog(WholeFormDialog):
    """The prospect already is a customer (a customer asking as if new, or one who signed up without going through
    "Joined: register"): choose that customer; the prospect's history then shows on their contact log."""

    def __init__(self, counter: Counter, prospect: ProspectRow, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Link to a customer — {name}").format(name=prospect.name), parent)
        self.prospect = prospect
        self.add_intro(
            self.tr(
                "Choose the customer {name} already is. What was logged about them moves to that customer's contact"
                " log, and they count as joined for where they heard of us."
            ).format(name=prospect.name)
        )
        self.picker = CustomerPicker(counter)
        self.picker.new_button.hide()  # a new customer is registered with "Joined: register…"
        self.errors.add_row(self.form, self.tr("&Customer"), self.picker, "customer")
        self.picker.query.setText(prospect.phone.national if prospect.phone is not None else prospect.name)
        self.picker.query.selectAll()  # typing replaces it
        self.picker.setFocus()

    def submit(self) -> int | None:
        customer_id = self.picker.customer_id()
        link_prospect(
            self.counter.db,
            staff_id=self.counter.staff.id,
            prospect_id=self.prospect.id,
            customer_id=customer_id,
            expected_version=self.prospect.version,
            now=self.counter.now(),
        )
        return customer_id


class ProspectsDialog(QDialog):
    """The open prospects and the conversion rate per source. Emits ``customerChosen(id)`` when one joined and
    was registered, so the window shows the new customer."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Prospects: inquiries and trial users"))
        self.model = ProspectListModel(counter, self)
        self.list = list_view(self.model, stretch_column=INTEREST)
        self.rates = QLabel()
        self.rates.setWordWrap(True)
        self.add = QPushButton(self.tr("&New prospect…"))
        self.log = QPushButton(self.tr("&Log a contact…"))
        self.join = QPushButton(self.tr("&Joined: register…"))
        self.link = QPushButton(self.tr("Already a customer: lin&k…"))
        self.lost = QPushButton(self.tr("&Declined…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add, self.log, self.join, self.link, self.lost):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.rates)
        layout.addLayout(row)
        self.add.clicked.connect(self.new_prospect)
        self.log.clicked.connect(self.log_contact)
        self.join.clicked.connect(self.register_joined)
        self.link.clicked.connect(self.link_customer)
        self.lost.clicked.connect(self.not_joining)
        self.list.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        fit_size(self, QSize(1000, 560))
        keep_on_screen(self)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.reload()
            rates = conversion_by_source(self.counter.db)
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        parts = [
            self.tr("{source} {percent}% ({joined} of {total})").format(
                source=prospect_source_name(rate.source),
                percent=rate.percent,
                joined=rate.converted,
                total=rate.total,
            )
            for rate in rates
            if rate.percent is not None
        ]
        self.rates.setText(
            self.tr("Joined, by where they heard of us: {rates}").format(rates=" · ".join(parts))
            if parts
            else self.tr("No prospects recorded yet.")
        )
        if self.model.rowCount():
            self.list.selectRow(0)
        self.list.setFocus()
        self._update_buttons()

    def selected(self) -> ProspectRow | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.log, self.join, self.link, self.lost):
            button.setEnabled(chosen)

    def new_prospect(self) -> None:
        if NewProspectDialog(self.counter, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def log_contact(self) -> None:
        if prospect := self.selected():
            dialog = LogContactDialog(self.counter, None, prospect.name, self, prospect_id=prospect.id)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.reload()

    def not_joining(self) -> None:
        prospect = self.selected()
        if (
            prospect is not None
            and LostProspectDialog(self.counter, prospect, self).exec() == QDialog.DialogCode.Accepted
        ):
            self.reload()

    def link_customer(self) -> None:
        """Link the prospect to the customer they already are, then show that customer."""
        prospect = self.selected()
        if prospect is None:
            return
        dialog = LinkProspectDialog(self.counter, prospect, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not isinstance(dialog.outcome, int):
            return
        self.customerChosen.emit(dialog.outcome)
        self.accept()

    def register_joined(self) -> None:
        """Register the prospect as a customer (the usual form, their name and number filled in), then link the
        two so their history follows them."""
        prospect = self.selected()
        if prospect is None:
            return
        from toysub_desktop.ui.dialogs.customer_dialogs import NewCustomerDialog

        dialog = NewCustomerDialog(self.counter, self)
        dialog.name.setText(prospect.name)
        if prospect.phone is not None:
            dialog.phones[PhoneRole.PRIMARY].setText(prospect.phone.national)
        if dialog.exec() != QDialog.DialogCode.Accepted or not isinstance(dialog.outcome, int):
            return
        try:
            convert_prospect(
                self.counter.db,
                staff_id=self.counter.staff.id,
                prospect_id=prospect.id,
                customer_id=dialog.outcome,
                expected_version=prospect.version,
                now=self.counter.now(),
            )
        except ConcurrentEditError as error:  # closed or changed at another counter meanwhile
            QMessageBox.warning(self, self.windowTitle(), message_text(error.message))
            self.reload()
            return
        except ValidationError as error:
            QMessageBox.warning(self, self.windowTitle(), problem_text(error.problems[0]))
            self.reload()
            return
        self.customerChosen.emit(dialog.outcome)
        self.accept()
