"""The contact log on screen: logging a contact, resolving a complaint, and "오늘 연락할 고객" — the follow-ups due
today and overdue, paged as the view scrolls, from which the clerk logs the call that answers each."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contact_log import (
    ContactKind,
    ContactSubject,
    check_follow_up_on,
    days_overdue,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.contact_log import (
    ContactEntry,
    FollowUpRow,
    contact_topics,
    follow_ups_due,
    log_contact,
    resolve_complaint,
)
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.shop import list_staff
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.contact_text import one_line, topic_text
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import date_edit
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import fit_size, grow_to_fit, keep_on_screen
from toysub_desktop.ui.text import (
    contact_kind_name,
    day_text,
    moment_text,
    phone_text,
)


class WholeFormDialog(ServiceDialog):
    """A dialog whose form shows whole when it opens: no field of it (a date with its reading shown) asks for a
    layout pass after the first size was taken, so it grows to its form once shown, up to the screen."""

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible:
            grow_to_fit(self)


def note_edit(lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class LogContactDialog(WholeFormDialog):
    """Log one contact with a customer (the kind, what was said, what it was about, and maybe a day to get back
    to them and who will). Opened from a due follow-up, it is the contact that answers it."""

    def __init__(
        self,
        counter: Counter,
        customer_id: int | None,
        customer_name: str,
        parent: QWidget | None = None,
        *,
        prospect_id: int | None = None,
        answers: FollowUpRow | None = None,
        kind: ContactKind = ContactKind.CALL,
    ) -> None:
        super().__init__(counter, self.tr("Log a contact — {name}").format(name=customer_name), parent)
        self.customer_id = customer_id
        #: Someone not a customer yet (then *customer_id* is None and there is nothing else to be about).
        self.prospect_id = prospect_id
        self.answers = answers
        if answers is not None:
            self.add_intro(
                self.tr("This answers the follow-up due {date} ({owner}): {note}").format(
                    date=day_text(answers.follow_up_on), owner=answers.owner, note=one_line(answers.note)
                )
            )
        self.kind: ChoiceBox[ContactKind] = ChoiceBox()
        for each in ContactKind:
            self.kind.add(contact_kind_name(each), each)
        self.kind.set_value(kind)
        self.errors.add_row(self.form, self.tr("&Kind"), self.kind, "kind")
        self.note = note_edit()
        self.note.setPlaceholderText(self.tr("What the customer said or asked, and what you told them"))
        self.errors.add_row(self.form, self.tr("&What was said"), self.note, "note")
        self.about: ChoiceBox[tuple[ContactSubject, int] | None] = ChoiceBox()
        self.about.add(self.tr("The customer in general"), None)
        for topic in contact_topics(counter.db, customer_id) if customer_id is not None else ():
            self.about.add(topic_text(topic), (topic.subject, topic.id))
        self.errors.add_row(self.form, self.tr("&About"), self.about, "about")
        today = counter.today()
        self.follow_up_on = date_edit(None, today=today, field="follow_up_on", rule=check_follow_up_on, optional=True)
        self.follow_up_on.line.setPlaceholderText(self.tr("empty: no follow-up; e.g. +3, 3/10"))
        self.errors.add_row(self.form, self.tr("&Follow up on"), self.follow_up_on, "follow_up_on")
        self.owner: ChoiceBox[int] = ChoiceBox()
        for member in list_staff(counter.db):
            self.owner.add(member.name, member.id)
        self.owner.set_value(counter.staff.id)
        self.errors.add_row(self.form, self.tr("Follow-up &owner"), self.owner, "follow_up_owner")
        self.errors.alias("answers_entry_id", "note")
        self.note.setFocus()

    def submit(self) -> int:
        kind = self.kind.value()
        assert kind is not None
        return log_contact(
            self.counter.db,
            staff_id=self.counter.staff.id,
            customer_id=self.customer_id,
            prospect_id=self.prospect_id,
            kind=kind,
            note=self.note.toPlainText(),
            about=self.about.value(),
            follow_up_on=self.follow_up_on.optional_date(),
            follow_up_owner_id=self.owner.value(),
            answers_entry_id=self.answers.entry_id if self.answers is not None else None,
            now=self.counter.now(),
        )


class ResolveComplaintDialog(WholeFormDialog):
    """Resolve an open complaint: how, recorded under whoever is at the counter."""

    def __init__(
        self, counter: Counter, customer_name: str, entry: ContactEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(counter, self.tr("Resolve complaint — {name}").format(name=customer_name), parent)
        self.entry = entry
        self.add_intro(
            self.tr("Complaint of {when} ({who}): {note}").format(
                when=moment_text(entry.recorded_at), who=entry.recorded_by, note=one_line(entry.note)
            )
        )
        self.resolution = note_edit(3)
        self.resolution.setPlaceholderText(self.tr("e.g. sent the missing block, 10% off the next box"))
        self.errors.add_row(self.form, self.tr("&How it was resolved"), self.resolution, "resolution")
        self.resolution.setFocus()

    def submit(self) -> None:
        resolve_complaint(
            self.counter.db,
            staff_id=self.counter.staff.id,
            entry_id=self.entry.id,
            resolution=self.resolution.toPlainText(),
            expected_version=self.entry.version,
            now=self.counter.now(),
        )


#: A follow-up past its day reads in this colour.
_LATE_COLOUR = "#b3261e"


# --- "오늘 연락할 고객" -------------------------------------------------------------------------------------------

DUE, LATE, CUSTOMER, NUMBER, PHONE, KIND, NOTE, OWNER = range(8)


class FollowUpListModel(PagedTableModel[FollowUpRow]):
    headers = (
        QT_TRANSLATE_NOOP("FollowUpListModel", "Due"),
        QT_TRANSLATE_NOOP("FollowUpListModel", "Late"),
        QT_TRANSLATE_NOOP("FollowUpListModel", "Customer"),
        QT_TRANSLATE_NOOP("FollowUpListModel", "Customer no."),
        QT_TRANSLATE_NOOP("FollowUpListModel", "Phone"),
        QT_TRANSLATE_NOOP("FollowUpListModel", "Kind"),
        QT_TRANSLATE_NOOP("FollowUpListModel", "What was said"),
        QT_TRANSLATE_NOOP("FollowUpListModel", "Owner"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.entry_id, self._display, self._other_role), parent)
        self._counter = counter
        #: Only this staff member's follow-ups (None: everyone's).
        self.owner_id: int | None = None

    def _fetch(self, after: FollowUpRow | None, limit: int) -> tuple[Sequence[FollowUpRow], bool]:
        page = follow_ups_due(
            self._counter.db, today=self._counter.today(), owner_id=self.owner_id, after=after, limit=limit
        )
        return page.rows, page.has_more

    def _display(self, row: FollowUpRow, column: int) -> str:
        if column == DUE:
            return day_text(row.follow_up_on)
        if column == LATE:
            late = days_overdue(row.follow_up_on, self._counter.today())
            return self.tr("{days} days").format(days=late) if late else self.tr("today")
        if column == CUSTOMER:
            return row.customer_name
        if column == NUMBER:
            return row.customer_number
        if column == PHONE:
            return phone_text(row.phone)
        if column == KIND:
            kind = contact_kind_name(row.kind)
            return self.tr("{kind} (open)").format(kind=kind) if row.open_complaint else kind
        if column == NOTE:
            return one_line(row.note)
        if column == OWNER:
            return row.owner
        return ""

    def _other_role(self, row: FollowUpRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == NOTE:
            return row.note
        late = days_overdue(row.follow_up_on, self._counter.today())
        if role == Qt.ItemDataRole.ForegroundRole and column == LATE and late:
            return QColor(_LATE_COLOUR)
        return None


class FollowUpsDialog(QDialog):
    """ "오늘 연락할 고객": the follow-ups due today and overdue. Enter logs the call that answers the chosen one;
    emits ``customerChosen(id)`` when the clerk opens the customer instead."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Customers to call today"))
        intro = QLabel(
            self.tr(
                "Follow-ups due today and overdue, the oldest first. Enter logs the call that answers the chosen "
                "one; it leaves the list once logged."
            )
        )
        intro.setWordWrap(True)
        self.only_mine = QCheckBox(self.tr("Only &mine ({name})").format(name=counter.staff.name))
        self.model = FollowUpListModel(counter, self)
        self.list = list_view(self.model, stretch_column=NOTE)
        self.log = QPushButton(self.tr("&Log the call…"))
        self.open_customer = QPushButton(self.tr("&Open customer"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.log)
        row.addWidget(self.open_customer)
        row.addStretch(1)
        row.addWidget(buttons)
        self.empty = QLabel(self.tr("Nobody to call: no follow-up is due."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.only_mine)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.only_mine.toggled.connect(lambda _on: self.reload())
        self.log.clicked.connect(self.log_call)
        self.open_customer.clicked.connect(self._open_customer)
        self.list.activated.connect(lambda _index: self.log_call())
        self.list.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        fit_size(self, QSize(1000, 560))
        keep_on_screen(self)
        self.reload()

    def reload(self) -> None:
        self.model.owner_id = self.counter.staff.id if self.only_mine.isChecked() else None
        try:
            self.model.reload()
        except DatabaseProblem as problem:
            show_problem(problem, self)
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.list.selectRow(0)
            self.list.setFocus()
        self._update_buttons()

    def selected(self) -> FollowUpRow | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.log.setEnabled(row is not None)
        self.open_customer.setEnabled(row is not None and row.customer_id is not None)

    def log_call(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = LogContactDialog(
            self.counter, row.customer_id, row.customer_name, self, prospect_id=row.prospect_id, answers=row
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _open_customer(self) -> None:
        row = self.selected()
        if row is not None and row.customer_id is not None:
            self.customerChosen.emit(row.customer_id)
            self.accept()
