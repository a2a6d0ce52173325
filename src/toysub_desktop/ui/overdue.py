"""Overdue follow-up (연체 관리): the overdue accounts window (a lazy paged list, most days or most money first, with
its total) from which the clerk opens a customer's card, takes a payment, prints reminder letters and exports the
transactional message list; and the small dialog of the shop's overdue settings."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.overdue import parse_days
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.overdue import (
    OverdueOrder,
    OverdueRow,
    OverdueSettings,
    OverdueTotal,
    all_overdue_ids,
    export_message_list,
    list_overdue,
    overdue_settings,
    overdue_total,
    reminder_letters,
    update_overdue_settings,
)
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.settings_dialogs import hint_label
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import fit_size, keep_on_screen
from toysub_desktop.ui.segment_box import SegmentBox
from toysub_desktop.ui.text import day_text, payment_method_name, phone_text, problem_text, won_text

#: A customer held for being overdue reads in this colour.
_HELD_COLOUR = "#b3261e"

CUSTOMER, NUMBER, PHONE, DAYS, OVERDUE, OWED, LAST_PAID, METHOD, HELD = range(9)


class OverdueListModel(PagedTableModel[OverdueRow]):
    headers = (
        QT_TRANSLATE_NOOP("OverdueListModel", "Customer"),
        QT_TRANSLATE_NOOP("OverdueListModel", "Customer no."),
        QT_TRANSLATE_NOOP("OverdueListModel", "Phone"),
        QT_TRANSLATE_NOOP("OverdueListModel", "Days overdue"),
        QT_TRANSLATE_NOOP("OverdueListModel", "Overdue"),
        QT_TRANSLATE_NOOP("OverdueListModel", "Total owed"),
        QT_TRANSLATE_NOOP("OverdueListModel", "Last payment"),
        QT_TRANSLATE_NOOP("OverdueListModel", "Pays by"),
        QT_TRANSLATE_NOOP("OverdueListModel", "Held"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.customer_id, self._display, self._other_role), parent)
        self._counter = counter
        self.order = OverdueOrder.DAYS
        #: Only the customers of this saved segment (None: everyone overdue).
        self.segment_id: int | None = None
        #: Every overdue customer and amount, as of the first page.
        self.total = OverdueTotal(0, 0)

    def _fetch(self, after: OverdueRow | None, limit: int) -> tuple[Sequence[OverdueRow], bool]:
        # The rows come first; the window asks for the total (every overdue account summed) once they show.
        page = list_overdue(
            self._counter.db,
            order=self.order,
            after=after,
            limit=limit,
            today=self._counter.today(),
            with_total=False,
            segment_id=self.segment_id,
        )
        return page.rows, page.has_more

    def _display(self, row: OverdueRow, column: int) -> str:
        if column == CUSTOMER:
            return row.name
        if column == NUMBER:
            return row.customer_number
        if column == PHONE:
            return phone_text(row.phone)
        if column == DAYS:
            return self.tr("{days} days").format(days=row.days_overdue)
        if column == OVERDUE:
            return won_text(row.overdue_amount)
        if column == OWED:
            return won_text(row.owed)
        if column == LAST_PAID:
            if row.last_payment_on is None:
                return self.tr("never")
            return self.tr("{date}, {amount}").format(
                date=day_text(row.last_payment_on), amount=won_text(row.last_payment_amount)
            )
        if column == METHOD:
            return ", ".join(payment_method_name(method) for method in row.payment_methods)
        if column == HELD:
            return self.tr("Held") if row.held else ""
        return ""

    def _other_role(self, row: OverdueRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DAYS, OVERDUE, OWED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == HELD and row.held:
            return QColor(_HELD_COLOUR)
        return None


class OverdueWindow(QDialog):
    """연체 고객: customers with charges unpaid past the grace days. Enter opens the chosen customer's card in the main
    window (``customerChosen``); the buttons take a payment, print reminder letters and export the message list for
    the selected customers, or for all of them."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Overdue accounts"))
        rules = overdue_settings(counter.db).rules
        intro = QLabel(
            self.tr(
                "Customers with a charge unpaid more than {grace} days after its due date. Enter opens the "
                "customer's card; select several with Shift or Ctrl and the arrow keys."
            ).format(grace=rules.grace_days)
        )
        intro.setWordWrap(True)
        self.order = QComboBox()
        self.order.addItem(self.tr("Most days overdue first"), OverdueOrder.DAYS.value)
        self.order.addItem(self.tr("Most money overdue first"), OverdueOrder.AMOUNT.value)
        order_label = QLabel(self.tr("&Order:"))
        order_label.setBuddy(self.order)
        self.segment = SegmentBox(counter)
        segment_label = QLabel(self.tr("Se&gment:"))
        segment_label.setBuddy(self.segment)
        self.model = OverdueListModel(counter, self)
        self.list = list_view(self.model, stretch_column=CUSTOMER)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.total = QLabel()
        self.everyone = QCheckBox(self.tr("For &all overdue customers, not only the selected"))
        self.payment = QPushButton(self.tr("Take &payment…"))
        self.letters = QPushButton(self.tr("Print &reminder letters…"))
        self.messages = QPushButton(self.tr("&Export message list…"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self.tr("Nobody is overdue."))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(order_label)
        top.addWidget(self.order)
        top.addWidget(segment_label)
        top.addWidget(self.segment)
        top.addStretch(1)
        top.addWidget(self.total)
        buttons = QHBoxLayout()
        buttons.addWidget(self.payment)
        buttons.addWidget(self.letters)
        buttons.addWidget(self.messages)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.everyone)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.order.currentIndexChanged.connect(lambda _index: self.reload())
        self.segment.segmentChanged.connect(self._segment_chosen)
        self.list.activated.connect(lambda _index: self.open_customer())
        self.list.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.everyone.toggled.connect(lambda _on: self._update_buttons())
        self.payment.clicked.connect(self.take_payment)
        self.letters.clicked.connect(self.print_letters)
        self.messages.clicked.connect(self.export_messages)
        #: The letters' preview, once printed (kept so it stays open beside the list).
        self.preview: QDialog | None = None
        fit_size(self, QSize(1100, 600))
        keep_on_screen(self)
        self.reload()

    def _segment_chosen(self, segment_id: int) -> None:
        self.model.segment_id = segment_id or None
        self.reload()

    def _show_total(self) -> None:
        try:
            total = overdue_total(self.counter.db, today=self.counter.today(), segment_id=self.model.segment_id)
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        except ValidationError:  # deleted meanwhile: the box goes back to everyone, which reloads the list
            self.segment.reload_choices()
            return
        self.model.total = total
        self.total.setText(
            self.tr("{count} customers, {amount} overdue").format(count=total.customers, amount=won_text(total.amount))
        )

    def reload(self) -> None:
        self.model.order = OverdueOrder(self.order.currentData())
        try:
            self.model.reload()
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        except ValidationError:  # the segment was deleted at another counter: the list goes back to everyone
            self.segment.reload_choices()
            return
        self.total.setText(self.tr("Adding up…"))
        QTimer.singleShot(0, self._show_total)
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.list.selectRow(0)
            self.list.setFocus()
        self._update_buttons()

    def selected(self) -> list[OverdueRow]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedRows())
        return [row for index in rows if (row := self.model.row_at(index)) is not None]

    def chosen_ids(self) -> list[int]:
        if self.everyone.isChecked():
            return all_overdue_ids(self.counter.db, today=self.counter.today(), segment_id=self.model.segment_id)
        return [row.customer_id for row in self.selected()]

    def _update_buttons(self) -> None:
        some = bool(self.selected()) or (self.everyone.isChecked() and self.model.rowCount() > 0)
        self.letters.setEnabled(some)
        self.messages.setEnabled(some)
        self.payment.setEnabled(len(self.selected()) == 1)

    def open_customer(self) -> None:
        rows = self.selected()
        if rows:
            self.customerChosen.emit(rows[0].customer_id)
            self.accept()

    def take_payment(self) -> None:
        rows = self.selected()
        if len(rows) != 1:
            return
        from toysub_desktop.ui.dialogs.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self.counter, rows[0].customer_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.notice.setText(self.tr("Payment taken from {name}.").format(name=rows[0].name))
            self.reload()

    def print_letters(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            return
        from toysub_desktop.domain.shop import SellerDetailsMissing
        from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
        from toysub_desktop.ui.seller_details import offer_shop_details

        try:
            pdf = reminder_letters(
                self.counter.db, staff_id=self.counter.staff.id, customer_ids=ids, now=self.counter.now()
            )
        except SellerDetailsMissing as missing:
            if offer_shop_details(self.counter, missing, self):
                self.print_letters()
            return
        except ValidationError as error:
            self.notice.setText("\n".join(problem_text(p) for p in error.problems))
            return
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        title = self.tr("Reminder letters")
        self.preview = PdfPreviewDialog(
            pdf, title=title, file_name=f"{title} {self.counter.today().isoformat()}.pdf", parent=self
        )
        self.preview.open()
        self.notice.setText(self.tr("Reminder letters for {count} customers.").format(count=len(ids)))

    def ask_path(self) -> Path | None:
        """Where to save the message list (a file dialog; tests answer it)."""
        name = self.tr("Payment reminders {date}.csv").format(date=self.counter.today().isoformat())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export message list"), str(Path.home() / name), self.tr("CSV files (*.csv)")
        )
        return Path(chosen) if chosen else None

    def export_messages(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            return
        path = self.ask_path()
        if path is None:
            return
        try:
            done = export_message_list(
                self.counter.db, staff_id=self.counter.staff.id, customer_ids=ids, path=path, now=self.counter.now()
            )
        except ValidationError as error:
            self.notice.setText("\n".join(problem_text(p) for p in error.problems))
            return
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        text = self.tr("{count} reminders saved to {file} and noted in each customer's contact log.").format(
            count=len(done.sent), file=done.path.name
        )
        if done.skipped:
            text += " " + self.tr("Left out, no mobile number: {names}.").format(
                names=", ".join(row.name for row in done.skipped)
            )
        self.notice.setText(text)


class OverdueSettingsDialog(ServiceDialog):
    """The grace days and whether to hold deliveries and lending past N days overdue; the owner or a manager."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Overdue settings"))
        self.settings: OverdueSettings = overdue_settings(counter.db)
        rules = self.settings.rules
        if counter.staff.role is StaffRole.CLERK:
            self.add_intro(
                QCoreApplication.translate(
                    "OverdueSettingsDialog",
                    "Changing these settings needs a manager or the owner: they approve with their PIN when you save.",
                )
            )
        self.grace_days = QLineEdit(str(rules.grace_days))
        self.grace_days.setMaxLength(4)
        self.errors.add_row(self.form, self.tr("&Grace days"), self.grace_days, "grace_days")
        self.form.addRow(
            "",
            hint_label(
                self.tr("A charge counts as overdue when it is unpaid more than this many days after its due date.")
            ),
        )
        self.hold = QCheckBox(self.tr("&Hold deliveries and lending of overdue customers"))
        self.hold.setChecked(rules.hold_after_days is not None)
        self.form.addRow("", self.hold)
        self.hold_days = QLineEdit(str(rules.hold_after_days if rules.hold_after_days is not None else 30))
        self.hold_days.setMaxLength(4)
        self.hold_days.setEnabled(self.hold.isChecked())
        self.hold.toggled.connect(self.hold_days.setEnabled)
        self.errors.add_row(self.form, self.tr("Hold &after (days overdue)"), self.hold_days, "hold_after_days")
        self.form.addRow(
            "",
            hint_label(
                self.tr(
                    "At least the grace days. A held customer's boxes are not packed or sent and no toy is lent, "
                    "with the reason shown as overdue; the hold ends by itself once they have paid back under the "
                    "limit."
                )
            ),
        )
        self.grace_days.setFocus()

    def submit(self) -> None:
        problems = ProblemCollector()
        grace = hold = None
        with problems.checking():
            grace = parse_days(self.grace_days.text(), field="grace_days")
        if self.hold.isChecked():
            with problems.checking():
                hold = parse_days(self.hold_days.text(), field="hold_after_days")
        problems.raise_if_any()
        assert grace is not None
        update_overdue_settings(
            self.counter.db,
            by_staff_id=self.counter.staff.id,
            grace_days=grace,
            hold_after_days=hold,
            expected_version=self.settings.version,
            approval=self.approval,
            now=self.counter.now(),
        )
