"""Form building blocks: a field with its error message beside it, and showing a ValidationError there."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.dates import DateRule, check_plausible_date
from toysub_desktop.domain.errors import FieldProblem, ValidationError
from toysub_desktop.ui.date_input import DateInput
from toysub_desktop.ui.screen_fit import grow_to_fit
from toysub_desktop.ui.text import problem_text

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"


def edited_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a widget sends when staff change its value (None for a widget without one)."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, DateInput):
        return widget.line.textEdited
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    return None


class FieldErrors:
    """Maps field names to the widgets that edit them and the labels that explain what is wrong. A message goes
    away as soon as its field is edited, and while it shows, the field's live hint (if any) is hidden, so the two
    never say different things in the same place. The window grows to show a message whole."""

    def __init__(self) -> None:
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._hints: dict[QLabel, list[QLabel]] = {}
        self._watched: set[int] = set()
        self._fallback: QLabel | None = None
        self._window: QWidget | None = None

    def set_window(self, window: QWidget) -> None:
        """The window that grows when a message needs more room."""
        self._window = window

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str | Iterable[str]) -> QLabel:
        """Add *widget* to *form* with an error label under it, for one or more field names."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = make_message_label(ERROR_STYLE)
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        for name in [field] if isinstance(field, str) else field:
            self.bind(name, widget, message)
        return message

    def bind(self, field: str, widget: QWidget, label: QLabel) -> None:
        self._widgets[field] = widget
        self._labels[field] = label
        key = id(widget)
        signal = edited_signal(widget)
        if signal is not None and key not in self._watched:
            self._watched.add(key)
            signal.connect(lambda *_args, shown=label: self._edited(shown))

    def add_hint(self, message: QLabel, hint: QLabel) -> None:
        """*hint* is a live hint under the field whose problems *message* shows: it sits under the message and
        is hidden while the message shows."""
        self._hints.setdefault(message, []).append(hint)
        box = message.parentWidget()
        column = box.layout() if box is not None else None
        if column is not None:
            column.addWidget(hint)

    def _edited(self, message: QLabel) -> None:
        if message.isHidden():
            return
        message.clear()
        message.hide()
        for hint in self._hints.get(message, []):
            if hint.text():
                hint.show()

    def alias(self, field: str, shown_as: str) -> None:
        """Show problems with *field* where those of *shown_as* appear."""
        self.bind(field, self._widgets[shown_as], self._labels[shown_as])

    def set_fallback(self, label: QLabel) -> None:
        """Where problems of fields without their own label are shown (e.g. at the foot of the dialog)."""
        self._fallback = label

    def clear(self) -> None:
        for label in {*self._labels.values(), *([self._fallback] if self._fallback else [])}:
            label.clear()
            label.hide()

    def show(self, error: ValidationError) -> None:
        """Show every problem beside its field and put the cursor in the first one."""
        self.clear()
        texts: dict[QLabel, list[str]] = {}
        first: QWidget | None = None
        for problem in error.problems:
            label = self._label_for(problem)
            texts.setdefault(label, []).append(problem_text(problem))
            widget = self._widgets.get(problem.field)
            if first is None and widget is not None:
                first = widget
        for label, lines in texts.items():
            label.setText("\n".join(dict.fromkeys(lines)))
            label.show()
            for hint in self._hints.get(label, []):
                hint.hide()
        windows = [self._window] if self._window is not None else {label.window() for label in texts}
        for window in windows:
            grow_to_fit(window)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def message_for(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _label_for(self, problem: FieldProblem) -> QLabel:
        label = self._labels.get(problem.field)
        if label is None:
            # "phones[0].number" falls back to "phones", then to the dialog's own label.
            label = self._labels.get(problem.field.split(".")[0].split("[")[0])
        if label is None:
            if self._fallback is None:
                raise KeyError(f"no place to show a problem with {problem.field!r}")
            label = self._fallback
        return label


def focus_goes_to(row: QWidget, first: QWidget) -> None:
    """A caption's letter on a row of several fields (or a box around one field) focuses *first*. A caption's buddy
    must accept focus, so the row takes click focus for its proxy only; Qt passes a focus policy on to the proxy,
    so *first* gets its own back and Tab still stops at it (and at the row's other fields), never at the row."""
    policy = first.focusPolicy()
    row.setFocusProxy(first)
    row.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    first.setFocusPolicy(policy)


def last_caption(form: QFormLayout) -> QLabel:
    """The caption of *form*'s last row (``FieldErrors.add_row`` returns the row's message label), to hide it with
    the row's field."""
    item = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
    caption = item.widget() if item is not None else None
    if not isinstance(caption, QLabel):
        raise ValueError("the form's last row has no caption")
    return caption


def make_message_label(style: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def date_edit(
    initial: date | None,
    *,
    today: date,
    field: str,
    rule: DateRule | None = check_plausible_date,
    month_only: bool = False,
    optional: bool = False,
) -> DateInput:
    """The date input every form uses. *field* is the service's name for the date, so a date that cannot be used
    is reported beside it; *rule* is the domain's bound for this kind of date (None: any readable date). An
    *optional* one may be left empty (no date)."""
    return DateInput(initial, today=today, field=field, rule=rule, month_only=month_only, optional=optional)


def date_of(edit: DateInput) -> date:
    """The date to save, or the ValidationError for the field when the typed text cannot be used."""
    return edit.checked_date()


def history_table(headers: list[str], *, minimum_height: int = 140) -> QTableWidget:
    """A read-only table of what happened, a row at a time (contact versions, subscription events, delivery steps):
    whole rows selected, columns sized to their text, the last one taking the rest."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next field; arrows move within it
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(minimum_height)
    return table
