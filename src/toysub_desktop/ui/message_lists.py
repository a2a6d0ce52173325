"""고객 → 문자 발송 목록: choose a list and its parameter, see who gets the message and who is left out (and why),
write the message with a preview of the first recipient's, and export the CSV a bulk-SMS service takes. The rules
of who may receive advertising, and when, are the domain's (``domain.messages``); this window only shows them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from toysub_desktop.domain.dates import SHOP_TIMEZONE
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.messages import (
    AD_PREFIX,
    FIELD_BIRTHDAY,
    FIELD_CHILD,
    FIELD_CONSENT_DATE,
    FIELD_END,
    FIELD_NAME,
    FIELD_NEW_PRICE,
    MERGE_FIELDS,
    SMS_MAX_BYTES,
    TEMPLATE_MAX,
    Candidate,
    Exclusion,
    MessageList,
    Reach,
    ReminderState,
    is_advertising,
    message_bytes,
    reach_of,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.exports import exported_at_text
from toysub_desktop.services.message_lists import (
    MAX_RENEWAL_DAYS,
    ListRequest,
    MessageExport,
    MessageListView,
    export_message_list,
    message_list,
)
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.date_input import DateInput
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.segment_box import SegmentBox

#: Advertising is planned for this time of day unless the owner says otherwise.
DEFAULT_SEND_TIME = time(10, 0)

R = TypeVar("R")
Excluded = tuple[Candidate, Exclusion]


class Pages(Generic[R]):
    """A computed list handed to a paged model a page at a time, so a long list costs what one screen does."""

    def __init__(self, rows: Sequence[R] = ()) -> None:
        self.rows = tuple(rows)
        self._position = {id(row): index for index, row in enumerate(self.rows)}

    def fetch(self, after: R | None, limit: int) -> tuple[Sequence[R], bool]:
        start = self._position[id(after)] + 1 if after is not None else 0
        return self.rows[start : start + limit], start + limit < len(self.rows)


class RecipientModel(PagedTableModel[Candidate]):
    headers = (
        QT_TRANSLATE_NOOP("RecipientModel", "Name"),
        QT_TRANSLATE_NOOP("RecipientModel", "Mobile"),
        QT_TRANSLATE_NOOP("RecipientModel", "About"),
    )

    def __init__(self, dialog: MessageListsDialog) -> None:
        self.pages: Pages[Candidate] = Pages()
        self.dialog = dialog
        super().__init__(PageSource(self._fetch, lambda c: c.customer_id, self._display), dialog)

    def _fetch(self, after: Candidate | None, limit: int) -> tuple[Sequence[Candidate], bool]:
        return self.pages.fetch(after, limit)

    def show_rows(self, rows: Sequence[Candidate]) -> None:
        self.pages = Pages(rows)
        self.reload()

    def _display(self, row: Candidate, column: int) -> str:
        return (row.name, row.mobile or "", self.dialog.about(row))[column]


class ExcludedModel(PagedTableModel[Excluded]):
    headers = (
        QT_TRANSLATE_NOOP("ExcludedModel", "Name"),
        QT_TRANSLATE_NOOP("ExcludedModel", "Why left out"),
        QT_TRANSLATE_NOOP("ExcludedModel", "About"),
    )

    def __init__(self, dialog: MessageListsDialog) -> None:
        self.pages: Pages[Excluded] = Pages()
        self.dialog = dialog
        super().__init__(PageSource(self._fetch, lambda row: row[0].customer_id, self._display), dialog)

    def _fetch(self, after: Excluded | None, limit: int) -> tuple[Sequence[Excluded], bool]:
        return self.pages.fetch(after, limit)

    def show_rows(self, rows: Sequence[Excluded]) -> None:
        self.pages = Pages(rows)
        self.reload()

    def _display(self, row: Excluded, column: int) -> str:
        candidate, reason = row
        return (candidate.name, self.dialog.reason_text(reason), self.dialog.about(candidate))[column]


class MessageListsDialog(ServiceDialog):
    """Message lists, lawful by construction: the list, its recipients and the left-out, the message, Export."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, QCoreApplication.translate("MessageListsDialog", "Message lists"), parent)
        self.view: MessageListView | None = None
        self.kind = QComboBox()
        for kind, text in self._list_names().items():
            self.kind.addItem(text, kind.value)
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.month.setValue(counter.today().month)
        self.month.setSuffix(self.tr(" (month)"))
        self.within_days = QSpinBox()
        self.within_days.setRange(1, MAX_RENEWAL_DAYS)
        self.within_days.setValue(30)
        self.within_days.setSuffix(self.tr(" days"))
        send_day, send_time = self._default_send_time()
        self.send_day = DateInput(send_day, today=counter.today(), field="send_at")
        self.send_time = QTimeEdit(QTime(send_time.hour, send_time.minute))
        self.send_time.setDisplayFormat("HH:mm")
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.send_day, 1)
        when_row.addWidget(self.send_time)
        self.template = QPlainTextEdit()
        self.template.setTabChangesFocus(True)
        self.template.setFixedHeight(self.template.fontMetrics().lineSpacing() * 4 + 12)
        self.template.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.template.setPlaceholderText(self.tr("Fields: {fields}").format(fields=" ".join(MERGE_FIELDS)))
        self.template.setToolTip(
            self.tr("Fields filled for each customer: {fields}").format(fields=" ".join(MERGE_FIELDS))
        )
        # What the first recipient receives, read only; as tall as a long advertisement with its wrapping.
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setFixedHeight(self.preview.fontMetrics().lineSpacing() * 7 + 12)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.length = QLabel()
        self.path = QLineEdit()
        self.path.setMinimumWidth(self.path.fontMetrics().averageCharWidth() * 40)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        where = QWidget()
        where_row = QHBoxLayout(where)
        where_row.setContentsMargins(0, 0, 0, 0)
        where_row.addWidget(self.path, 1)
        where_row.addWidget(browse)

        self.errors.add_row(self.form, self.tr("&List:"), self.kind, "list")
        self.errors.add_row(self.form, self.tr("Mo&nth:"), self.month, "month")
        self.errors.add_row(self.form, self.tr("Ending &within:"), self.within_days, "within_days")
        self.errors.add_row(self.form, self.tr("Send &time:"), when, "send_at")
        #: Only the customers of a saved segment; the list's own rules still decide who gets the message.
        self.segment = SegmentBox(counter)
        self.errors.add_row(self.form, self.tr("S&egment:"), self.segment, "segment")
        self.when = when
        self.kind_hint = QLabel()
        self.kind_hint.setWordWrap(True)
        self.form.addRow("", self.kind_hint)
        self.errors.add_row(self.form, self.tr("Messa&ge:"), self.template, "template")
        self.form.addRow(self.tr("Preview:"), self.preview)
        self.form.addRow("", self.length)
        self.errors.add_row(self.form, self.tr("&Save as:"), where, "file")
        # The lists beside are tall: the form keeps its rows together at the top and the room is left below.
        room = QWidget()
        room.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.form.addRow(room)

        side = self.add_side_column()
        self.count = QLabel()
        self.count.setWordWrap(True)
        side.addWidget(self.count)
        self.recipients_model = RecipientModel(self)
        self.recipients = list_view(self.recipients_model, stretch_column=2)
        self.excluded_model = ExcludedModel(self)
        self.excluded = list_view(self.excluded_model, stretch_column=2)
        for caption, table in ((self.tr("Reci&pients"), self.recipients), (self.tr("Left &out"), self.excluded)):
            label = QLabel(caption)
            label.setBuddy(table)
            table.setTabKeyNavigation(False)
            side.addWidget(label)
            side.addWidget(table, 1)

        export = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        export.setText(self.tr("E&xport"))
        self.add_intro(
            self.tr(
                "Advertising goes only to customers who agreed to it, starts with {prefix} and the shop's name, and "
                "ends with the shop's phone and the free opt-out number. Notices go to everyone with a mobile number. "
                "Each export is written in the contact log of everyone on it."
            ).format(prefix=AD_PREFIX)
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.month.valueChanged.connect(self.reload)
        self.within_days.valueChanged.connect(self.reload)
        self.send_day.dateChanged.connect(self.reload)
        self.send_time.timeChanged.connect(self.reload)
        self.segment.segmentChanged.connect(lambda _id: self.reload())
        self.template.textChanged.connect(self._update_preview)
        self._kind_changed()
        self.resize(1200, 660)
        self.kind.setFocus()

    # --- words ----------------------------------------------------------------------------------------------------

    def _list_names(self) -> dict[MessageList, str]:
        return {
            MessageList.BIRTHDAYS: self.tr("Children's birthdays (advertising)"),
            MessageList.ANNIVERSARIES: self.tr("Contract anniversaries (advertising)"),
            MessageList.NEWSLETTER: self.tr("Newsletter (advertising)"),
            MessageList.RENEWALS: self.tr("Renewals due (notice)"),
            MessageList.PRICE_CHANGES: self.tr("Price-change notices (notice)"),
            MessageList.CONSENT_REMINDERS: self.tr("Marketing consent reminders, every 2 years (notice)"),
        }

    def _default_template(self, kind: MessageList) -> str:
        fields = {
            "name": FIELD_NAME, "child": FIELD_CHILD, "birthday": FIELD_BIRTHDAY, "end": FIELD_END,
            "price": FIELD_NEW_PRICE, "consented": FIELD_CONSENT_DATE,
        }  # fmt: skip
        texts = {
            MessageList.BIRTHDAYS: self.tr(
                "{name}, happy {birthday} birthday to {child}! A small gift waits at the shop."
            ),
            MessageList.ANNIVERSARIES: self.tr("{name}, thank you for another year with us."),
            MessageList.NEWSLETTER: self.tr("{name}, this month's new toys are in."),
            MessageList.RENEWALS: self.tr("{name}, your contract ends on {end}. Call us to renew."),
            MessageList.PRICE_CHANGES: self.tr("{name}, from your renewal the monthly fee is {price}."),
            MessageList.CONSENT_REMINDERS: self.tr(
                "{name}, you agreed on {consented} to receive news and offers from us. You can withdraw at any time."
            ),
        }
        return texts[kind].format(**fields)

    def reason_text(self, reason: Exclusion) -> str:
        return {
            Exclusion.NO_MOBILE: self.tr("No mobile number"),
            Exclusion.NO_CONSENT: self.tr("No marketing consent"),
            Exclusion.NIGHT_TIME: self.tr("Night time: no night consent"),
        }[reason]

    def about(self, candidate: Candidate) -> str:
        if self.view is not None and candidate.customer_id in self.view.reminders:
            state = self.view.reminders[candidate.customer_id]
            due = self.tr("due") if state is ReminderState.DUE else self.tr("due soon")
            return self.tr("agreed on {day}, {due}").format(day=candidate.detail, due=due)
        return candidate.detail

    def list_name(self) -> str:
        kind = self.current_kind()
        name = self._list_names()[kind]
        if kind in (MessageList.BIRTHDAYS, MessageList.ANNIVERSARIES):
            return self.tr("{list}, month {month}").format(list=name, month=self.month.value())
        if kind is MessageList.RENEWALS:
            return self.tr("{list}, within {days} days").format(list=name, days=self.within_days.value())
        return name

    # --- the list -------------------------------------------------------------------------------------------------

    def current_kind(self) -> MessageList:
        return MessageList(self.kind.currentData())

    def _default_send_time(self) -> tuple[date, time]:
        """Today at 10:00 while that is ahead, else tomorrow at 10:00."""
        now = self.counter.now().astimezone(SHOP_TIMEZONE)
        day = now.date() if now.time() < DEFAULT_SEND_TIME else now.date() + timedelta(days=1)
        return day, DEFAULT_SEND_TIME

    def send_at(self) -> datetime | None:
        day = self.send_day.date()
        if day is None:
            return None
        clock = self.send_time.time()
        return datetime.combine(day, time(clock.hour(), clock.minute()), tzinfo=SHOP_TIMEZONE)

    def request(self) -> ListRequest:
        kind = self.current_kind()
        return ListRequest(
            kind,
            month=self.month.value(),
            within_days=self.within_days.value(),
            send_at=self.send_at() if is_advertising(kind) else None,
            segment_id=self.segment.segment_id(),
        )

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        monthly = kind in (MessageList.BIRTHDAYS, MessageList.ANNIVERSARIES)
        for field, visible in (
            (self.month, monthly),
            (self.within_days, kind is MessageList.RENEWALS),
            (self.when, is_advertising(kind)),
        ):
            # Each field sits in a box with its message under it (``FieldErrors.add_row``): that box is the row.
            box = field.parentWidget()
            assert box is not None
            self.form.setRowVisible(box, visible)
        self.kind_hint.setText(
            self.tr("Advertising: only customers who agreed to it; between 21:00 and 08:00 only with night consent.")
            if is_advertising(kind)
            else self.tr("A notice, not advertising: everyone on the list with a mobile number.")
        )
        self.template.setPlainText(self._default_template(kind))
        self._suggest_path()
        self.reload()

    def reload(self) -> None:
        self.errors.clear()
        try:
            self.view = message_list(self.counter.db, self.request(), today=self.counter.today())
        except ValidationError as error:
            self.view = None
            self.errors.show(error)
        recipients = self.view.recipients if self.view else ()
        excluded = self.view.sorted.excluded if self.view else ()
        self.recipients_model.show_rows(recipients)
        self.excluded_model.show_rows(excluded)
        self.count.setText(
            self.tr("{count} get the message · {left} left out").format(count=len(recipients), left=len(excluded))
        )
        self._update_preview()

    def _update_preview(self) -> None:
        message = self.view.preview(self.template.toPlainText()[:TEMPLATE_MAX]) if self.view else None
        if message is None:
            self.preview.setPlainText(self.tr("Nobody on the list gets a message."))
            self.length.setText("")
            return
        self.preview.setPlainText(message)
        size = message_bytes(message)
        if reach_of(message) is Reach.SMS:
            self.length.setText(self.tr("{bytes} bytes: a short message (SMS)").format(bytes=size))
        else:
            self.length.setText(
                self.tr("{bytes} bytes: more than {sms}, so a long message (LMS)").format(bytes=size, sms=SMS_MAX_BYTES)
            )

    # --- the file -------------------------------------------------------------------------------------------------

    def _suggest_path(self) -> None:
        folder = Path(self.path.text()).parent if self.path.text().strip() else Path.home()
        self.path.setText(str(folder / f"sms-{self.current_kind().value}-{exported_at_text(self.counter.now())}.csv"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the message list as"), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def submit(self) -> MessageExport:
        problem = self.send_day.problem() if is_advertising(self.current_kind()) else None
        if problem is not None:
            raise problem
        return export_message_list(
            self.counter.db,
            staff_id=self.counter.staff.id,
            request=self.request(),
            template=self.template.toPlainText(),
            list_name=self.list_name(),
            path=Path(self.path.text().strip()),
            approval=self.approval,
            now=self.counter.now(),
        )
