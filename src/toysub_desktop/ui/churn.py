"""Churn risk on screen (``services.churn``): "연락해 볼 고객" — today's subscribers riskiest first, each with the
reason to call about and every reason with its weight and fact beside the list, from which the clerk logs the call
(Enter) or opens the customer's card; the owner's weights; and the backtest of the score on the shop's history."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import timedelta
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.churn import (
    BACKTEST_DAYS,
    RULE_FIELDS,
    Catch,
    ChurnReason,
    Reason,
    fact_template,
    parse_setting,
)
from toysub_desktop.domain.contact_log import ContactKind
from toysub_desktop.domain.errors import ProblemCollector, ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.churn import (
    BACKTEST_DAY,
    Backtest,
    ChurnSettings,
    RiskRow,
    backtest,
    churn_settings,
    list_at_risk,
    refresh_scores,
    scores_for,
    update_churn_rules,
)
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.ui.contact_log import LogContactDialog
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.settings_dialogs import OwnerDialog
from toysub_desktop.ui.forms import ERROR_STYLE, FieldErrors, date_edit, date_of, make_message_label
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import fit_size, grow_to_fit, keep_on_screen
from toysub_desktop.ui.segment_box import SegmentBox
from toysub_desktop.ui.text import day_text, phone_text, won_text

_REASON_NAMES = {
    ChurnReason.TERM_ENDING: QT_TRANSLATE_NOOP("ChurnReason", "Term ending, no renewal talk"),
    ChurnReason.PAUSED: QT_TRANSLATE_NOOP("ChurnReason", "Paused lately"),
    ChurnReason.SKIPPED: QT_TRANSLATE_NOOP("ChurnReason", "Skipped boxes"),
    ChurnReason.LATE_RETURNS: QT_TRANSLATE_NOOP("ChurnReason", "Late returns"),
    ChurnReason.OVERDUE: QT_TRANSLATE_NOOP("ChurnReason", "Overdue payments"),
    ChurnReason.OPEN_COMPLAINT: QT_TRANSLATE_NOOP("ChurnReason", "Open complaint"),
    ChurnReason.LOW_RATING: QT_TRANSLATE_NOOP("ChurnReason", "Low rating"),
    ChurnReason.NO_CONTACT: QT_TRANSLATE_NOOP("ChurnReason", "No contact for months"),
}


def reason_name(reason: ChurnReason) -> str:
    return QCoreApplication.translate("ChurnReason", _REASON_NAMES[reason])


def fact_text(reason: Reason) -> str:
    """The fact behind a reason in the user's language."""
    arguments = dict(reason.arguments)
    if "amount" in arguments:
        arguments["amount"] = won_text(int(arguments["amount"]))
    return QCoreApplication.translate("ChurnFact", fact_template(reason)).format(**arguments)


# --- "연락해 볼 고객" ---------------------------------------------------------------------------------------------

SCORE, CUSTOMER, NUMBER, PHONE, REASON, LAST_CONTACT = range(6)


class RiskListModel(PagedTableModel[RiskRow]):
    headers = (
        QT_TRANSLATE_NOOP("RiskListModel", "Risk"),
        QT_TRANSLATE_NOOP("RiskListModel", "Customer"),
        QT_TRANSLATE_NOOP("RiskListModel", "Customer no."),
        QT_TRANSLATE_NOOP("RiskListModel", "Phone"),
        QT_TRANSLATE_NOOP("RiskListModel", "Reason to call"),
        QT_TRANSLATE_NOOP("RiskListModel", "Last contact"),
    )

    def __init__(self, counter: Counter, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.customer_id, self._display, self._other_role), parent)
        self._counter = counter
        #: Only the customers of this saved segment (None: everyone scored).
        self.segment_id: int | None = None

    def _fetch(self, after: RiskRow | None, limit: int) -> tuple[Sequence[RiskRow], bool]:
        page = list_at_risk(
            self._counter.db, after=after, limit=limit, today=self._counter.today(), segment_id=self.segment_id
        )
        return page.rows, page.has_more

    def _display(self, row: RiskRow, column: int) -> str:
        if column == SCORE:
            return str(row.score)
        if column == CUSTOMER:
            return row.name
        if column == NUMBER:
            return row.customer_number
        if column == PHONE:
            return phone_text(row.phone)
        if column == REASON:
            top = row.top_reason
            return reason_name(top.reason) if top is not None else ""
        if column == LAST_CONTACT:
            return day_text(row.last_contact_on)
        return ""

    def _other_role(self, row: RiskRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == REASON and row.top_reason is not None:
            return fact_text(row.top_reason)
        return None


class CallToKeepWindow(QDialog):
    """ "연락해 볼 고객": today's subscribers with a risk seen, riskiest first, each with the heaviest reason as the
    one to call about, and all their reasons (weight and fact) beside the list. Enter logs the call to the chosen
    one (a renewal talk when their term is ending); Ctrl+O opens them on the card (``customerChosen``)."""

    customerChosen = Signal(int)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Customers to call to keep"))
        intro = QLabel(
            self.tr(
                "Subscribers who may be about to leave, the riskiest first: the risk is the sum of the weights of "
                "the reasons shown on the right. Enter logs the call to the chosen one."
            )
        )
        intro.setWordWrap(True)
        self.model = RiskListModel(counter, self)
        self.list = list_view(self.model, stretch_column=REASON)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumWidth(280)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.log = QPushButton(self.tr("&Log the call…"))
        self.open_customer = QPushButton(self.tr("&Open customer (Ctrl+O)"))
        self.rescore = QPushButton(self.tr("&Score again"))
        self.scored = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.log)
        row.addWidget(self.open_customer)
        row.addWidget(self.rescore)
        row.addStretch(1)
        row.addWidget(buttons)
        self.empty = QLabel(self.tr("Nobody to call: no subscriber shows a reason to worry today."))
        self.segment = SegmentBox(counter)
        segment_caption = QLabel(self.tr("Se&gment:"))
        segment_caption.setBuddy(self.segment)
        segment_row = QHBoxLayout()
        segment_row.addWidget(segment_caption)
        segment_row.addWidget(self.segment, 1)
        segment_row.addWidget(self.scored)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(segment_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.log.clicked.connect(self.log_call)
        self.open_customer.clicked.connect(self._open_customer)
        QShortcut(QKeySequence("Ctrl+O"), self, self._open_customer)
        self.rescore.clicked.connect(self._rescore)
        self.segment.segmentChanged.connect(self._segment_chosen)
        # Enter on a row logs the call (the list's "activated"); no button may take the same Enter as the dialog's
        # default, or the call would be logged twice.
        for button in (
            self.log,
            self.open_customer,
            self.rescore,
            buttons.button(QDialogButtonBox.StandardButton.Close),
        ):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.list.activated.connect(lambda _index: self.log_call())
        # Tab leaves the list for the buttons under it (a list never walks its cells), then comes round to the
        # segment.
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        order = (self.segment.choice, self.list, self.log, self.open_customer, self.rescore, close, self.segment.choice)
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self.list.selectionModel().selectionChanged.connect(lambda *_args: self._show_selected())
        fit_size(self, QSize(1100, 600))
        keep_on_screen(self)
        self._scoring(lambda: scores_for(counter.db, now=counter.now()))
        self.reload()

    def _segment_chosen(self, segment_id: int) -> None:
        self.model.segment_id = segment_id or None
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        try:
            self.model.reload()
        except DatabaseProblem as problem:
            show_problem(problem, self)
        except ValidationError:  # the segment was deleted at another counter: the list goes back to everyone
            self.segment.reload_choices()
            return
        self.scored.setText(self.tr("Scored on {day}.").format(day=day_text(self.counter.today())))
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            where = self.model.row_of(keep) if keep is not None else None
            self.list.selectRow(where if where is not None else 0)
            self.list.setFocus()
        self._show_selected()

    def selected(self) -> RiskRow | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        row = self.selected()
        self.log.setEnabled(row is not None)
        self.open_customer.setEnabled(row is not None)
        if row is None:
            self.detail.setText("")
            return
        lines = [
            "<b>{}</b>".format(html.escape(self.tr("{name}: risk {score}").format(name=row.name, score=row.score))),
            "<ul>",
        ]
        for reason in row.reasons:
            name, fact = html.escape(reason_name(reason.reason)), html.escape(fact_text(reason))
            lines.append(f"<li><b>{name}</b> (+{reason.weight})<br>{fact}</li>")
        lines.append("</ul>")
        self.detail.setText("".join(lines))

    def log_call(self) -> None:
        row = self.selected()
        if row is None:
            return
        term = row.top_reason is not None and row.top_reason.reason is ChurnReason.TERM_ENDING
        dialog = LogContactDialog(
            self.counter, row.customer_id, row.name, self, kind=ContactKind.RENEWAL if term else ContactKind.CALL
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(keep=row.customer_id)

    def _open_customer(self) -> None:
        row = self.selected()
        if row is not None:
            self.customerChosen.emit(row.customer_id)
            self.accept()

    def _rescore(self) -> None:
        self._scoring(lambda: refresh_scores(self.counter.db, now=self.counter.now()))
        self.reload()

    def _scoring(self, score: Callable[[], object]) -> None:
        """Score the shop (a few seconds for a large one, once a day) under a busy cursor."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            score()
        except DatabaseProblem as problem:
            QApplication.restoreOverrideCursor()
            show_problem(problem, self)
        else:
            QApplication.restoreOverrideCursor()


# --- the weights ------------------------------------------------------------------------------------------------

_WINDOW_LABELS = {
    "term_days": QT_TRANSLATE_NOOP("ChurnWeightsDialog", "Term ending &within (days)"),
    "recent_months": QT_TRANSLATE_NOOP("ChurnWeightsDialog", "Pauses, skips, late returns in the last (&months)"),
    "rating_months": QT_TRANSLATE_NOOP("ChurnWeightsDialog", "Low ratings in the last (mo&nths)"),
    "silence_months": QT_TRANSLATE_NOOP("ChurnWeightsDialog", "No contact for (mon&ths)"),
}
_WEIGHT_MNEMONICS = {
    ChurnReason.TERM_ENDING: "&1",
    ChurnReason.PAUSED: "&2",
    ChurnReason.SKIPPED: "&3",
    ChurnReason.LATE_RETURNS: "&4",
    ChurnReason.OVERDUE: "&5",
    ChurnReason.OPEN_COMPLAINT: "&6",
    ChurnReason.LOW_RATING: "&7",
    ChurnReason.NO_CONTACT: "&8",
}


class ChurnWeightsDialog(OwnerDialog):
    """The owner's weight per reason and the days and months the reasons look back; saving scores the list again."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Risk weights"))
        self.settings: ChurnSettings = churn_settings(counter.db)
        self.allow_owner_only()
        self.add_intro(
            self.tr(
                "A subscriber's risk is the sum of the weights of the reasons present. A weight of 0 turns a reason "
                "off. The list is scored again with the new weights."
            )
        )
        values = self.settings.rules.to_json()
        self.edits: dict[str, QLineEdit] = {}
        for reason in ChurnReason:
            label = f"{_WEIGHT_MNEMONICS[reason]} {reason_name(reason)}"
            self._add(reason.value, label, values[reason.value])
        # The days and months the reasons look back, in a second column: the whole form shows at 150 %.
        windows = QFormLayout()
        self.add_side_column().addLayout(windows)
        for name, label in _WINDOW_LABELS.items():
            self._add(name, self.tr(label), values[name], windows)
        self.edits[ChurnReason.TERM_ENDING.value].setFocus()

    def _add(self, name: str, label: str, value: int, form: QFormLayout | None = None) -> None:
        edit = QLineEdit(str(value))
        edit.setMaxLength(7)
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000000") + 24)
        self.edits[name] = edit
        self.errors.add_row(form if form is not None else self.form, label, edit, name)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible:
            grow_to_fit(self)

    def submit(self) -> None:
        problems = ProblemCollector()
        values: dict[str, int] = {}
        for name in RULE_FIELDS:
            with problems.checking():
                values[name] = parse_setting(self.edits[name].text(), field=name)
        problems.raise_if_any()
        update_churn_rules(
            self.counter.db,
            by_staff_id=self.counter.staff.id,
            values=values,
            expected_version=self.settings.version,
            approval=self.approval,
            now=self.counter.now(),
        )


# --- the backtest -----------------------------------------------------------------------------------------------


class BacktestWindow(QDialog):
    """Does the score work? Every subscriber scored as the shop knew them on a past day, then the cancellations of
    the 90 days after it: how many the top tenth by score held, beside the top tenth by soonest term end."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setWindowTitle(self.tr("Risk score backtest"))
        intro = QLabel(
            self.tr(
                "Scores every subscriber running on the day chosen, from what the shop knew by its end, and counts "
                "who cancelled in the {days} days after it. A score that works puts many of them in its top tenth; "
                "the naive rule (terms ending soonest first) is shown beside it."
            ).format(days=BACKTEST_DAYS)
        )
        intro.setWordWrap(True)
        self.errors = FieldErrors()
        self.errors.set_window(self)
        form = QFormLayout()
        today = counter.today()
        self.day = date_edit(today - timedelta(days=180), today=today, field="day", rule=BACKTEST_DAY)
        self.errors.add_row(form, self.tr("Score as of &day"), self.day, "day")
        self.run = QPushButton(self.tr("&Compute"))
        self.run.clicked.connect(self.compute)
        self.general = make_message_label(ERROR_STYLE)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.run)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.general)
        layout.addWidget(self.figures, 1)
        layout.addWidget(buttons)
        self.day.line.enterPressed.connect(self.compute)
        fit_size(self, QSize(720, 460))
        keep_on_screen(self)
        self.day.setFocus()

    def compute(self) -> None:
        self.errors.clear()
        self.general.hide()
        try:
            found = backtest(self.counter.db, day=date_of(self.day), now=self.counter.now())
        except ValidationError as error:
            self.errors.show(error)
            return
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        self.last = found
        self.figures.setText(self._text(found))

    def _catch(self, catch: Catch) -> str:
        if catch.percent is None:
            return self.tr("no cancellations to catch")
        return self.tr("{caught} of {cancelled} cancellations ({percent}%)").format(
            caught=catch.caught, cancelled=catch.cancelled, percent=catch.percent
        )

    def _text(self, found: Backtest) -> str:
        lines = [
            self.tr("Subscribers running on {day}: {count}; the top tenth is {top}.").format(
                day=day_text(found.day), count=found.subscribers, top=found.top
            ),
            self.tr("Cancelled from the day after to {until}: {count}.").format(
                until=day_text(found.until), count=found.by_score.cancelled
            ),
            "<b>{}</b>".format(
                html.escape(self.tr("Top tenth by risk score: {catch}").format(catch=self._catch(found.by_score)))
            ),
            self.tr("Top tenth by soonest term end: {catch}").format(catch=self._catch(found.by_term_end)),
        ]
        if not found.complete:
            lines.append(
                self.tr("The {days} days after it have not all passed yet: more may cancel.").format(days=BACKTEST_DAYS)
            )
        return "<br>".join(line if line.startswith("<b>") else html.escape(line) for line in lines)
