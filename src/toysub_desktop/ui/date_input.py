"""The one date input of the app: the clerk types a date as they write it, and sees what was understood.

A line edit takes any spelling the domain reads ("2026-12-27", "26.12.27", "12/27", "+7", "오늘"); under it the
date it understood, with its weekday ("2026-12-27 (일)"), or in red why it cannot be used: unreadable, or outside
the field's rule (the same rule the service applies). A calendar button (Alt+Down or F4 from the keyboard) picks a
date with the mouse. Enter moves on to the next field; it never saves the dialog.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.dates import DateRule
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.domain.typed_dates import parse_date, parse_month
from toysub_desktop.ui.text import problem_text

# ``DateInput.date()`` hides the name ``date`` inside the class.
Day = date

_CONTEXT = "DateInput"
_SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("DateInput", "Mon"),
    QT_TRANSLATE_NOOP("DateInput", "Tue"),
    QT_TRANSLATE_NOOP("DateInput", "Wed"),
    QT_TRANSLATE_NOOP("DateInput", "Thu"),
    QT_TRANSLATE_NOOP("DateInput", "Fri"),
    QT_TRANSLATE_NOOP("DateInput", "Sat"),
    QT_TRANSLATE_NOOP("DateInput", "Sun"),
)
_UNDERSTOOD_STYLE = "color: #3c4043;"
_REFUSED_STYLE = "color: #b3261e;"


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def understood_text(day: date, *, month_only: bool = False) -> str:
    """How the input shows the date it read: "2026-12-27 (일)", or "2024-03" for a month."""
    if month_only:
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.isoformat()} ({_translate(_SHORT_WEEKDAYS[day.weekday()])})"


class _DateLine(QLineEdit):
    """The typing part: Enter moves on instead of reaching the dialog's default button; Alt+Down / F4 open the
    calendar."""

    enterPressed = Signal()
    calendarAsked = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.enterPressed.emit()
            return
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            event.accept()
            self.calendarAsked.emit()
            return
        super().keyPressEvent(event)


class DateInput(QWidget):
    """A date typed freely, read by the domain's parser and checked by the field's rule.

    ``date()`` is the date when it can be used, else None; ``problem()`` says why not. ``dateChanged`` is
    emitted with the new ``date()`` whenever it changes, None included (a preview then clears).
    """

    dateChanged = Signal(object)

    def __init__(
        self,
        initial: Day | None,
        *,
        today: Day,
        field: str = "date",
        rule: DateRule | None = None,
        month_only: bool = False,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        #: Left empty, the field has no date (``optional_date()`` is None) and says nothing.
        self.optional = optional
        self.rule = rule
        self.month_only = month_only
        self._today = today
        self._value: Day | None = None
        self._problem: ValidationError | None = None
        self._emitted: Day | None = None
        self._last_usable: Day | None = None

        self.line = _DateLine()
        self.line.setPlaceholderText(self.tr("e.g. 2024-03") if month_only else self.tr("e.g. 2026-12-27, 12/27, +7"))
        self.line.setToolTip(
            self.tr("Type a month: 2024-03, 2024.3 or 202403. Alt+Down opens a calendar.")
            if month_only
            else self.tr(
                "Type a date: 2026-12-27, 26.12.27, 20261227, 12/27 (the nearest one) or +7 (days from today). "
                "Alt+Down opens a calendar."
            )
        )
        self.calendar_button = QToolButton()
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setToolTip(self.tr("Pick the date on a calendar (Alt+Down)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down reaches it from the keyboard
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.status)
        self.setFocusProxy(self.line)

        self._calendar: QCalendarWidget | None = None
        self.line.textChanged.connect(self._read)
        self.line.editingFinished.connect(self._tidy)
        self.line.enterPressed.connect(self._enter)
        self.line.calendarAsked.connect(self.open_calendar)
        self.calendar_button.clicked.connect(self.open_calendar)
        if initial is not None:
            self.set_date(initial)
        else:
            self._read(self.line.text())

    # --- value --------------------------------------------------------------------------------------------------

    def date(self) -> Day | None:
        """The date typed, when it can be read and the field's rule allows it; else None."""
        return self._value

    def problem(self) -> ValidationError | None:
        """Why the typed text cannot be used, or None when it can."""
        return self._problem

    def last_usable(self) -> Day | None:
        """The last date that could be used, kept while the clerk is still typing a new one (a list filter)."""
        return self._last_usable

    def set_date(self, day: Day) -> None:
        self.line.setText(self._spelled(day))

    def set_today(self, today: Day) -> None:
        """The day "+7", "오늘" and dates without a year count from."""
        self._today = today
        self._read(self.line.text())

    def text(self) -> str:
        return self.line.text()

    def optional_date(self) -> Day | None:
        """``checked_date()``, or None for an optional field left empty."""
        if self.optional and not self.line.text().strip():
            return None
        return self.checked_date()

    def checked_date(self) -> Day:
        """The date, or the ValidationError that shows beside the field; the input stops repeating the message
        under itself until the text changes, so the clerk reads it once."""
        if self._problem is not None:
            self.status.hide()
            raise self._problem
        assert self._value is not None
        return self._value

    # --- reading ------------------------------------------------------------------------------------------------

    def _spelled(self, day: Day) -> str:
        return f"{day.year:04d}-{day.month:02d}" if self.month_only else day.isoformat()

    def _read(self, text: str) -> None:
        if self.optional and not text.strip():
            self._value, self._problem = None, None
            self.status.clear()
            self.status.hide()
            self._fit_status()
            if self._emitted is not None:
                self._emitted = None
                self.dateChanged.emit(None)
            return
        try:
            if self.month_only:
                day = parse_month(text, today=self._today, field=self.field)
            else:
                day = parse_date(text, today=self._today, field=self.field)
            if self.rule is not None:
                day = self.rule(day, today=self._today, field=self.field)
        except ValidationError as error:
            self._value, self._problem = None, error
            self.status.setStyleSheet(_REFUSED_STYLE)
            self.status.setText("\n".join(dict.fromkeys(problem_text(p) for p in error.problems)))
        else:
            self._value, self._problem = day, None
            self.status.setStyleSheet(_UNDERSTOOD_STYLE)
            self.status.setText(understood_text(day, month_only=self.month_only))
        self.status.show()
        self._fit_status()
        if self._value is not None:
            self._last_usable = self._value
        if self._value != self._emitted:
            self._emitted = self._value
            self.dateChanged.emit(self._value)

    def _fit_status(self) -> None:
        """A refusal that wraps to a second line keeps its room: nested form layouts do not ask a word-wrapped
        label for its height at the width it gets, and would squash it to one line."""
        width = self.status.width() if self.status.width() > 0 else self.line.width()
        needed = self.status.heightForWidth(width) if width > 0 and self.status.text() else 0
        self.status.setMinimumHeight(max(0, needed))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_status()

    def _tidy(self) -> None:
        """Once the clerk leaves the field, a readable date is written out in full, as it will be saved."""
        if self._value is not None and self.line.text() != self._spelled(self._value):
            self.set_date(self._value)

    def _enter(self) -> None:
        self._tidy()
        self.line.focusNextChild()

    # --- calendar -----------------------------------------------------------------------------------------------

    def open_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        shown = self._value or self._today
        self._calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._calendar.adjustSize()
        self._calendar.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        self._calendar.show()
        self._calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def calendar(self) -> QCalendarWidget | None:
        """The calendar popup, once it has been opened."""
        return self._calendar

    def _picked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        if self._calendar is not None:
            self._calendar.hide()
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
