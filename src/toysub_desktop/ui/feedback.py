"""Feedback on screen (만족도): recording a customer's 1–5 rating of a delivery, a return or a toy; entering a
customer's survey answers; and the owner's window with the averages per plan, per toy and per month and the survey
rounds (writing a new one, closing one, its results)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.feedback import (
    SURVEY_TITLE_MAX,
    Average,
    FeedbackSource,
    FeedbackSubject,
    QuestionKind,
)
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.text_input import NOTE_MAX
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.feedback import (
    FeedbackEntry,
    FeedbackTopic,
    RatingRow,
    SurveyView,
    close_survey,
    create_survey,
    customer_feedback,
    customer_survey_answers,
    feedback_averages,
    feedback_topics,
    latest_ratings,
    record_feedback,
    record_survey_answers,
    surveys,
    void_feedback,
)
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.contact_log import WholeFormDialog, note_edit
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.paged_model import PagedTableModel, PageSource, list_view
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import fit_size, keep_on_screen
from toysub_desktop.ui.text import day_text, moment_text, words

#: The latest ratings of the customer shown above the form.
SHOWN_EARLIER = 3
#: A survey question's label beside its field, in characters (the whole question is its tooltip).
SHOWN_QUESTION = 48

_SUBJECTS = {
    FeedbackSubject.DELIVERY: QT_TRANSLATE_NOOP("Words", "Delivery of {date} · {name}"),
    FeedbackSubject.RETURN: QT_TRANSLATE_NOOP("Words", "Return of {date} · {name}"),
    FeedbackSubject.TOY: QT_TRANSLATE_NOOP("Words", "Toy {name} (last lent {date})"),
}
_KINDS = {
    FeedbackSubject.DELIVERY: QT_TRANSLATE_NOOP("Words", "Delivery"),
    FeedbackSubject.RETURN: QT_TRANSLATE_NOOP("Words", "Return"),
    FeedbackSubject.TOY: QT_TRANSLATE_NOOP("Words", "Toy"),
}
_SOURCES = {
    FeedbackSource.COUNTER: QT_TRANSLATE_NOOP("Words", "Told at the counter or by phone"),
    FeedbackSource.CARD: QT_TRANSLATE_NOOP("Words", "Written on a feedback card"),
}


def topic_name(topic: FeedbackTopic) -> str:
    return words(_SUBJECTS[topic.subject]).format(date=day_text(topic.day), name=topic.name)


def stars(rating: int) -> str:
    return "★" * rating + "☆" * (5 - rating)


def average_text(average: Average) -> str:
    """ "4.3 (12)": the mean and how many ratings it is of."""
    return words(QT_TRANSLATE_NOOP("Words", "{mean} ({count})")).format(mean=average.shown, count=average.count)


def entry_text(entry: FeedbackEntry) -> str:
    comment = f" — {entry.comment}" if entry.comment else ""
    return f"{stars(entry.rating)} {entry.about}{comment}"


def rating_state(row: RatingRow) -> str:
    """ "Voided: why" for a voided rating, nothing for a live one."""
    if row.void_reason is None:
        return ""
    return words(QT_TRANSLATE_NOOP("Words", "Voided: {reason}")).format(reason=row.void_reason)


WHEN, CUSTOMER, ABOUT, RATING, COMMENT, STAFF, STATE = range(7)


class RatingListModel(PagedTableModel[RatingRow]):
    """Every rating (or one customer's), newest first, voided ones marked, paged as the view scrolls."""

    headers = (
        QT_TRANSLATE_NOOP("RatingListModel", "Recorded"),
        QT_TRANSLATE_NOOP("RatingListModel", "Customer"),
        QT_TRANSLATE_NOOP("RatingListModel", "About"),
        QT_TRANSLATE_NOOP("RatingListModel", "Rating"),
        QT_TRANSLATE_NOOP("RatingListModel", "Comment"),
        QT_TRANSLATE_NOOP("RatingListModel", "Staff"),
        QT_TRANSLATE_NOOP("RatingListModel", "State"),
    )

    def __init__(self, counter: Counter, customer_id: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(PageSource(self._fetch, lambda row: row.id, self._display, self._other), parent)
        self._counter = counter
        self.customer_id = customer_id

    def _fetch(self, after: RatingRow | None, limit: int) -> tuple[Sequence[RatingRow], bool]:
        page = latest_ratings(self._counter.db, customer_id=self.customer_id, after=after, limit=limit)
        return page.rows, page.has_more

    def _display(self, row: RatingRow, column: int) -> str:
        values = {
            WHEN: lambda: moment_text(row.recorded_at),
            CUSTOMER: lambda: row.customer_name,
            ABOUT: lambda: f"{words(_KINDS[row.subject])} · {row.about}",
            RATING: lambda: f"{stars(row.rating)} {row.rating}",
            COMMENT: lambda: row.comment,
            STAFF: lambda: row.recorded_by,
            STATE: lambda: rating_state(row),
        }
        return values[column]() if column in values else ""

    def _other(self, row: RatingRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column in (COMMENT, STATE):
            return row.comment if column == COMMENT else rating_state(row)
        if role == Qt.ItemDataRole.FontRole and row.void_reason is not None:
            font = QFont()
            font.setStrikeOut(column == RATING)
            return font
        return None


class VoidRatingDialog(WholeFormDialog):
    """Void a rating recorded by mistake, with why: it stays on record, marked, out of every average."""

    def __init__(self, counter: Counter, rating: RatingRow, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Void rating — {name}").format(name=rating.customer_name), parent)
        self.rating = rating
        comment = f" — {rating.comment}" if rating.comment else ""
        self.add_intro(
            self.tr(
                "{stars} {about}{comment}, recorded {when} by {staff}."
                " A voided rating stays on record, out of every average."
            ).format(
                stars=stars(rating.rating),
                about=rating.about,
                comment=comment,
                when=moment_text(rating.recorded_at),
                staff=rating.recorded_by,
            )
        )
        self.reason = QLineEdit()
        self.reason.setMaxLength(NOTE_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. entered on the wrong customer's card"))
        self.errors.add_row(self.form, self.tr("&Why"), self.reason, "reason")
        self.reason.setFocus()

    def submit(self) -> None:
        void_feedback(
            self.counter.db,
            staff_id=self.counter.staff.id,
            feedback_id=self.rating.id,
            reason=self.reason.text(),
            now=self.counter.now(),
        )


class FeedbackDialog(WholeFormDialog):
    """Record the customer's rating (1–5, typed) of one of their deliveries, returns or toys, with a comment."""

    def __init__(
        self,
        counter: Counter,
        customer_id: int,
        customer_name: str,
        parent: QWidget | None = None,
        *,
        about: tuple[FeedbackSubject, int] | None = None,
    ) -> None:
        super().__init__(counter, self.tr("Record feedback — {name}").format(name=customer_name), parent)
        self.customer_id = customer_id
        earlier = [e for e in customer_feedback(counter.db, customer_id) if not e.voided][:SHOWN_EARLIER]
        if earlier:
            self.add_intro(
                self.tr("Earlier ratings: {ratings}").format(ratings="; ".join(entry_text(e) for e in earlier))
            )
        self.about: ChoiceBox[tuple[FeedbackSubject, int] | None] = ChoiceBox()
        topics = feedback_topics(counter.db, customer_id)
        if not topics:
            self.about.add(self.tr("Nothing delivered, returned or lent yet"), None)
        for topic in topics:
            self.about.add(topic_name(topic), (topic.subject, topic.id))
        if about is not None:
            self.about.set_value(about)
        self.errors.add_row(self.form, self.tr("&About"), self.about, "subject")
        self.rating = QLineEdit()
        self.rating.setMaxLength(3)
        self.rating.setPlaceholderText(self.tr("1 (poor) to 5 (very good)"))
        self.errors.add_row(self.form, self.tr("&Rating"), self.rating, "rating")
        self.comment = note_edit(3)
        self.comment.setPlaceholderText(self.tr("What the customer said about it (optional)"))
        self.errors.add_row(self.form, self.tr("&Comment"), self.comment, "comment")
        self.source: ChoiceBox[FeedbackSource] = ChoiceBox()
        for source, text in _SOURCES.items():
            self.source.add(words(text), source)
        self.errors.add_row(self.form, self.tr("&Given"), self.source, "source")
        (self.rating if about is not None else self.about).setFocus()

    def submit(self) -> int:
        return record_feedback(
            self.counter.db,
            staff_id=self.counter.staff.id,
            customer_id=self.customer_id,
            about=self.about.value(),
            rating=self.rating.text(),
            comment=self.comment.toPlainText(),
            source=self.source.value() or FeedbackSource.COUNTER,
            now=self.counter.now(),
        )


class SurveyAnswersDialog(ServiceDialog):
    """Enter one customer's answers to an open survey: a field per question (a rating 1–5, or words)."""

    def __init__(
        self, counter: Counter, customer_id: int, customer_name: str, survey: SurveyView, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            counter,
            self.tr("Survey answers — {name} — {title}").format(name=customer_name, title=survey.title),
            parent,
        )
        self.customer_id = customer_id
        self.survey = survey
        given = customer_survey_answers(counter.db, customer_id, survey.id)
        self.fields: dict[int, QLineEdit] = {}
        for number, question in enumerate(survey.questions, start=1):
            field = QLineEdit(given.get(question.id, ""))
            if question.kind is QuestionKind.RATING:
                field.setMaxLength(3)
                field.setPlaceholderText(self.tr("1 to 5"))
            else:
                field.setPlaceholderText(self.tr("in words"))
            text = question.text if len(question.text) <= SHOWN_QUESTION else question.text[: SHOWN_QUESTION - 1] + "…"
            label = f"&{number}. {text}" if number < 10 else f"{number}. {text}"
            self.errors.add_row(self.form, label, field, f"answer_{question.id}")
            field.setToolTip(question.text)
            self.fields[question.id] = field
        if survey.questions:
            self.errors.alias("answers", f"answer_{survey.questions[0].id}")
        if self.fields:
            next(iter(self.fields.values())).setFocus()

    def submit(self) -> int:
        return record_survey_answers(
            self.counter.db,
            staff_id=self.counter.staff.id,
            customer_id=self.customer_id,
            survey_id=self.survey.id,
            answers={key: field.text() for key, field in self.fields.items()},
            now=self.counter.now(),
        )


class NewSurveyDialog(WholeFormDialog):
    """The owner writes a survey round: its title and its questions, one a line."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("New satisfaction survey"), parent)
        self.add_intro(
            self.tr(
                'One question a line, at most 10. Each is answered 1 to 5; start a line with "서술:" for a question'
                " answered in words."
            )
        )
        self.title = QLineEdit()
        self.title.setMaxLength(SURVEY_TITLE_MAX)
        self.title.setPlaceholderText(self.tr("e.g. Spring 2027 satisfaction survey"))
        self.errors.add_row(self.form, self.tr("&Title"), self.title, "title")
        self.questions = note_edit(8)
        self.questions.setPlaceholderText(
            self.tr("How were the toys?\nDid the boxes arrive on time?\n서술: What would you like?")
        )
        self.errors.add_row(self.form, self.tr("&Questions"), self.questions, "questions")
        self.title.setFocus()

    def submit(self) -> int:
        return create_survey(
            self.counter.db,
            staff_id=self.counter.staff.id,
            title=self.title.text(),
            questions=self.questions.toPlainText(),
            now=self.counter.now(),
        )


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the plan, toy or month
    return table


class FeedbackWindow(QDialog):
    """The owner's view of satisfaction: averages per plan, per toy and per month (live ratings, with their counts),
    every rating newest first (voiding one recorded by mistake), and the survey rounds with their results. Opened
    with the customer on the card, the ratings can be narrowed to theirs."""

    def __init__(
        self, counter: Counter, parent: QWidget | None = None, *, customer: tuple[int, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.customer = customer
        self.setWindowTitle(self.tr("Ratings and surveys"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.averages_page = QWidget()
        self.surveys_page = QWidget()
        self.ratings_page = QWidget()
        self.tabs.addTab(self.averages_page, self.tr("&Averages"))
        self.tabs.addTab(self.surveys_page, self.tr("&Surveys"))
        self.tabs.addTab(self.ratings_page, self.tr("Rat&ings"))
        QVBoxLayout(self.averages_page)
        self._build_ratings()
        # On the ratings tab the keys go to the list: arrows choose a rating, Alt+V voids it.
        self.tabs.currentChanged.connect(
            lambda index: self.ratings_list.setFocus() if self.tabs.widget(index) is self.ratings_page else None
        )
        survey_layout = QVBoxLayout(self.surveys_page)
        row = QHBoxLayout()
        self.new_survey = QPushButton(self.tr("&New survey…"))
        self.new_survey.clicked.connect(self.write_survey)
        self.close_button = QPushButton(self.tr("C&lose the survey"))
        self.close_button.clicked.connect(self.close_selected)
        row.addWidget(self.new_survey)
        row.addWidget(self.close_button)
        row.addStretch(1)
        survey_layout.addLayout(row)
        self.rounds: ChoiceBox[int] = ChoiceBox()
        self.rounds.currentIndexChanged.connect(self._show_round)
        round_label = QLabel(self.tr("&Round"))
        round_label.setBuddy(self.rounds)
        picker = QHBoxLayout()
        picker.addWidget(round_label)
        picker.addWidget(self.rounds, 1)
        survey_layout.addLayout(picker)
        # Read-only text that scrolls: a question answered in words may have many answers.
        self.results = QPlainTextEdit()
        self.results.setReadOnly(True)
        self.results.setTabChangesFocus(True)
        survey_layout.addWidget(self.results, 1)
        self.views: tuple[SurveyView, ...] = ()
        self.refresh()
        fit_size(self, QSize(900, 560))
        keep_on_screen(self)

    def _build_ratings(self) -> None:
        layout = QVBoxLayout(self.ratings_page)
        self.ratings = RatingListModel(self.counter, None, self)
        self.ratings_list = list_view(self.ratings, stretch_column=COMMENT)
        row = QHBoxLayout()
        self.void_button = QPushButton(self.tr("&Void rating…"))
        self.void_button.clicked.connect(self.void_selected)
        row.addWidget(self.void_button)
        self.only_customer = QCheckBox()
        if self.customer is not None:
            self.only_customer.setText(self.tr("&Only {name}'s").format(name=self.customer[1]))
            self.only_customer.toggled.connect(self._narrow)
            row.addWidget(self.only_customer)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.ratings_list, 1)
        self.ratings_list.selectionModel().selectionChanged.connect(lambda *_args: self._update_void())
        self.ratings_list.activated.connect(lambda _index: self.void_selected())

    def _narrow(self, only: bool) -> None:
        self.ratings.customer_id = self.customer[0] if only and self.customer is not None else None
        try:
            self._reload_ratings()
        except DatabaseProblem as problem:
            show_problem(problem, self)

    def _reload_ratings(self, select_id: int | None = None) -> None:
        self.ratings.reload()
        row = self.ratings.row_of(select_id) if select_id is not None else None
        if row is None and self.ratings.rowCount():
            row = 0
        if row is not None:
            self.ratings_list.selectRow(row)
        self._update_void()

    def selected_rating(self) -> RatingRow | None:
        rows = self.ratings_list.selectionModel().selectedRows()
        return self.ratings.row_at(rows[0].row()) if rows else None

    def _update_void(self) -> None:
        chosen = self.selected_rating()
        self.void_button.setEnabled(chosen is not None and chosen.void_reason is None)

    def void_selected(self) -> None:
        """Void the selected rating with why; it stays in the list, marked, and leaves the averages."""
        chosen = self.selected_rating()
        if chosen is None or chosen.void_reason is not None:
            return
        if VoidRatingDialog(self.counter, chosen, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            try:
                self._reload_ratings(chosen.id)
            except DatabaseProblem as problem:
                show_problem(problem, self)
            self.ratings_list.setFocus()

    def refresh(self) -> None:
        try:
            averages = feedback_averages(self.counter.db)
            self.views = surveys(self.counter.db)
            if not self.ratings.rowCount():
                self._reload_ratings()
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        layout = self.averages_page.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():
            item = layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        self.overall = QLabel(
            self.tr("All live ratings: {average}").format(average=average_text(averages.overall))
            if averages.overall.count
            else self.tr("No rating recorded yet: record one from a customer's card (Customer → Record feedback).")
        )
        layout.addWidget(self.overall)
        columns = QHBoxLayout()
        rating, count = self.tr("Average"), self.tr("Ratings")
        self.by_plan = _table(
            [self.tr("Plan"), rating, count], [[n, a.shown, str(a.count)] for n, a in averages.by_plan]
        )
        self.by_toy = _table([self.tr("Toy"), rating, count], [[n, a.shown, str(a.count)] for n, a in averages.by_toy])
        self.by_month = _table(
            [self.tr("Month"), rating, count],
            [[m.strftime("%Y-%m"), a.shown, str(a.count)] for m, a in averages.by_month],
        )
        for table in (self.by_plan, self.by_toy, self.by_month):
            columns.addWidget(table, 1)
        layout.addLayout(columns, 1)
        current = self.rounds.value()
        self.rounds.blockSignals(True)
        self.rounds.clear_choices()
        for view in self.views:
            state = self.tr("closed") if view.closed else self.tr("open")
            self.rounds.add(f"{view.title} ({day_text(view.created_on)}, {state})", view.id)
        if current is not None:
            self.rounds.set_value(current)
        self.rounds.blockSignals(False)
        self._show_round()

    def _selected(self) -> SurveyView | None:
        chosen = self.rounds.value()
        return next((v for v in self.views if v.id == chosen), None)

    def _show_round(self) -> None:
        view = self._selected()
        self.close_button.setEnabled(view is not None and not view.closed)
        if view is None:
            self.results.setPlainText(self.tr("No survey yet: write one with New survey (Alt+N)."))
            return
        lines = [self.tr("{count} customers answered.").format(count=view.respondents)]
        for number, question in enumerate(view.questions, start=1):
            if question.kind is QuestionKind.RATING:
                lines.append(f"{number}. {question.text} — {average_text(question.average)}")
            else:
                answered = self.tr("{count} answered").format(count=question.average.count)
                lines.append(f"{number}. {question.text} — {answered}")
                lines += [f"    · {text}" for text in question.texts]
        self.results.setPlainText("\n".join(lines))

    def write_survey(self) -> None:
        if NewSurveyDialog(self.counter, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            if self.views:
                self.rounds.set_value(self.views[0].id)

    def close_selected(self) -> None:
        view = self._selected()
        if view is None or view.closed:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr('Close "{title}"? Its answers can no longer change.').format(title=view.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            close_survey(self.counter.db, staff_id=self.counter.staff.id, survey_id=view.id, now=self.counter.now())
        except DatabaseProblem as problem:
            show_problem(problem, self)
            return
        self.refresh()


def open_survey(counter: Counter) -> SurveyView | None:
    """The newest open survey round, if any."""
    return next((v for v in surveys(counter.db) if not v.closed), None)
