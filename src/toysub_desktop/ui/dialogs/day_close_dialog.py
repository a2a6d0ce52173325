"""일마감 at the counter: pick the day (today first), see its money per staff member and method and what the drawer
should hold, type the cash counted (and the reason for a difference), close the day with Ctrl+Enter, then print.
A closed day shows its record read-only; the owner can re-open it with a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from toysub_desktop.domain.day_close import (
    CLOSE_REASON_MAX,
    DAY_TO_CLOSE,
    CloseLine,
    close_total,
    signed_won,
    totals_by_means,
)
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.money import parse_won
from toysub_desktop.services.common import ConcurrentEditError
from toysub_desktop.services.day_close import DayCloseView, close_day, day_close_view, reopen_day
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.date_input import DateInput
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.ledger_text import means_name
from toysub_desktop.ui.screen_fit import grow_to_fit
from toysub_desktop.ui.text import moment_text, won_text

_COLUMNS = 8


class DayCloseDialog(ServiceDialog):
    """The daily close of one day. ``closed_id`` is the close made here, if any."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Daily close"), parent)
        self.closed_id: int | None = None
        today = counter.today()
        self.day = DateInput(today, today=today, field="day", rule=DAY_TO_CLOSE)
        self.errors.add_row(self.form, self.tr("&Day"), self.day, "day")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(self.state)
        self.table = QTableWidget(0, _COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Staff"),
                self.tr("Method"),
                self.tr("Count"),
                self.tr("Payments"),
                self.tr("Refunds"),
                self.tr("Voids"),
                self.tr("Net"),
                self.tr("Write-offs"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read only: Tab goes from the day to the cash fields
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.form.addRow(self.table)
        self.empty = QLabel(self.tr("No payments, refunds, write-offs or voids this day."))
        self.form.addRow(self.empty)
        self.by_means = QLabel()
        self.form.addRow(self.tr("By method"), self.by_means)
        self.opening_float = QLineEdit()
        self.opening_float.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.errors.add_row(self.form, self.tr("Opening &float (won)"), self.opening_float, "opening_float")
        self.expected = QLabel()
        self.form.addRow(self.tr("The drawer should hold"), self.expected)
        self.counted = QLineEdit()
        self.counted.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counted.setPlaceholderText(self.tr("the cash in the drawer, counted"))
        self.errors.add_row(self.form, self.tr("&Cash counted (won)"), self.counted, "counted_cash")
        self.difference = QLabel()
        self.form.addRow(self.tr("Difference"), self.difference)
        self.reason = QLineEdit()
        self.reason.setMaxLength(CLOSE_REASON_MAX)
        self.reason.setPlaceholderText(self.tr("needed when the cash counted differs"))
        self.errors.add_row(self.form, self.tr("&Reason for a difference"), self.reason, "reason")
        self.errors.alias("entry_on", "day")

        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert save is not None
        save.setText(self.tr("Close the da&y"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_close)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reopen_button = QPushButton(self.tr("Re-&open day…"))
        self.reopen_button.clicked.connect(self.reopen)
        self.buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.ActionRole)

        self.view: DayCloseView | None = None
        self.day.dateChanged.connect(self._day_changed)
        self.opening_float.textChanged.connect(self._show_cash)
        self.counted.textChanged.connect(self._show_cash)
        # Wide enough for the table's eight columns with won amounts; the screen fit cuts it down where it must.
        self.resize(
            max(self.sizeHint().width(), self.fontMetrics().horizontalAdvance("0") * 90), self.sizeHint().height()
        )
        self.load(today)
        (self.day if self.counted.isReadOnly() else self.counted).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Tall enough for the table and the cash fields, up to the screen; again once the form has its width.
        grow_to_fit(self)
        QTimer.singleShot(0, lambda: grow_to_fit(self))

    # --- showing a day ------------------------------------------------------------------------------------------

    def _day_changed(self, day: date | None) -> None:
        if day is not None and (self.view is None or day != self.view.day):
            self.errors.clear()
            self.counted.clear()
            self.reason.clear()
            self.load(day)

    def load(self, day: date) -> None:
        """Read *day* afresh: its record if closed, else its movements so far (typed cash is kept)."""
        self.view = view = day_close_view(self.counter.db, day)
        record = view.close
        self._fill_table(view.lines)
        if record is not None:
            self.state.setText(
                self.tr("Closed by {who} at {when}. Its money is locked; a correction goes on a later day.").format(
                    who=record.closed_by, when=moment_text(record.closed_at)
                )
            )
            self.opening_float.setText(f"{record.opening_float:,}")
            self.counted.setText(f"{record.counted_cash:,}")
            self.reason.setText(record.reason)
        else:
            text = self.tr("Not closed yet. Count the cash in the drawer, type it and close the day.")
            if view.earlier:
                last = view.earlier[0]
                text += "\n" + self.tr("Closed before and re-opened by {who} at {when}: {reason}").format(
                    who=last.reopened_by, when=moment_text(last.reopened_at), reason=last.reopen_reason
                )
            self.state.setText(text)
            if not self.opening_float.text().strip() or self.opening_float.isReadOnly():
                self.opening_float.setText(f"{view.opening_float:,}")
            if self.counted.isReadOnly():
                self.counted.clear()
                self.reason.clear()
        closed = record is not None
        for field in (self.opening_float, self.counted, self.reason):
            field.setReadOnly(closed)
            field.setFocusPolicy(Qt.FocusPolicy.NoFocus if closed else Qt.FocusPolicy.StrongFocus)
        self.save_button.setEnabled(not closed)
        self.print_button.setEnabled(closed)
        self.reopen_button.setEnabled(closed)
        self._show_cash()
        grow_to_fit(self)

    def _fill_table(self, lines: tuple[CloseLine, ...]) -> None:
        self.table.setRowCount(0)
        self.table.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        self.by_means.setText(
            " · ".join(f"{means_name(means)} {won_text(net)}" for means, net in totals_by_means(lines).items())
            or self.tr("—")
        )
        if not lines:
            return
        rows = [(line.staff, self._means_text(line), line) for line in lines]
        rows.append((self.tr("Total"), "", close_total(lines)))
        self.table.setRowCount(len(rows))
        for index, (staff, means, line) in enumerate(rows):
            cells = [
                staff,
                means,
                str(line.count),
                won_text(line.payments),
                won_text(line.refunds),
                won_text(line.voids),
                won_text(line.net),
                won_text(line.write_offs),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if index == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
        # Every row shows without scrolling inside the table (the dialog's own area scrolls on a small screen).
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(height)

    def _means_text(self, line: CloseLine) -> str:
        return means_name(line.means) if line.means is not None else self.tr("Write-off")

    def _show_cash(self) -> None:
        view = self.view
        if view is None:
            return
        try:
            opening = parse_won(self.opening_float.text(), field="opening_float")
        except ValidationError:
            self.expected.setText(self.tr("—"))
            self.difference.setText(self.tr("—"))
            return
        expected = view.expected_cash(opening)
        self.expected.setText(
            self.tr("{expected} (float {opening} + cash in {cash})").format(
                expected=won_text(expected), opening=won_text(opening), cash=won_text(expected - opening)
            )
        )
        try:
            counted = parse_won(self.counted.text(), field="counted_cash")
        except ValidationError:
            self.difference.setText(self.tr("—"))
            return
        self.difference.setText(signed_won(counted - expected) if counted != expected else self.tr("none"))

    # --- closing, printing, re-opening --------------------------------------------------------------------------

    def submit(self) -> int:
        view = self.view
        day = self.day.checked_date()
        opening = parse_won(self.opening_float.text(), field="opening_float")
        counted = parse_won(self.counted.text(), field="counted_cash")
        assert view is not None
        try:
            return close_day(
                self.counter.db,
                staff_id=self.counter.staff.id,
                day=day,
                opening_float=opening,
                counted_cash=counted,
                reason=self.reason.text(),
                seen_expected=view.expected_cash(opening) if view.day == day else None,
                now=self.counter.now(),
            )
        except ConcurrentEditError:
            self.load(day)  # the new totals, or the other counter's close
            raise

    def accept(self) -> None:
        """Saved: the day is closed. The window stays, now showing the record, ready to print."""
        if isinstance(self.outcome, int):
            self.closed_id = self.outcome
        assert self.view is not None
        self.load(self.view.day)
        self.state.setText(self.tr("The day is closed.") + " " + self.state.text())
        # The messages are gone: the window takes back the room they had, then grows to show the record whole.
        self.resize(self.width(), self.sizeHint().height())
        grow_to_fit(self)
        self.print_button.setFocus()

    def print_close(self) -> None:
        from toysub_desktop.services.day_close import day_close_pdf  # reportlab loads when first printed
        from toysub_desktop.ui.pdf_preview import PdfPreviewDialog

        record = self.view.close if self.view is not None else None
        if record is None:
            return
        day = record.day.isoformat()
        PdfPreviewDialog(
            day_close_pdf(self.counter.db, record.id),
            title=self.tr("Daily close {day}").format(day=day),
            file_name=self.tr("Daily close {day}.pdf").format(day=day),
            parent=self,
        ).exec()

    def reopen(self) -> None:
        if self.view is None or self.view.close is None:
            return
        dialog = ReopenDayDialog(self.counter, self.view.day, self)
        if dialog.exec():
            self.load(self.view.day)
            self.counted.setFocus()


class ReopenDayDialog(ServiceDialog):
    """Re-open a closed day (the owner, or with the owner's PIN), with a reason; its close is kept, superseded."""

    def __init__(self, counter: Counter, day: date, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Re-open a closed day"), parent)
        self.day = day
        self.add_intro(
            self.tr(
                "{day} was closed. Re-opened, money can be recorded on it again and it is closed anew; the earlier "
                "close is kept, marked as re-opened with your reason."
            ).format(day=day.isoformat())
        )
        self.reason = QLineEdit()
        self.reason.setMaxLength(CLOSE_REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. a card payment left out"))
        self.errors.add_row(self.form, self.tr("&Reason"), self.reason, "reason")
        self.errors.alias("day", "reason")
        self.reason.setFocus()

    def submit(self) -> int:
        return reopen_day(
            self.counter.db,
            staff_id=self.counter.staff.id,
            day=self.day,
            reason=self.reason.text(),
            approval=self.approval,
            now=self.counter.now(),
        )
