"""Shipping on the courier's own waybills, from the Deliveries tab: the day's deliveries saved in the courier's
bulk-registration spreadsheet, and the courier's file of tracking numbers read back, checked row by row (a dry run
listing every row it cannot use and why) before the matched deliveries are marked shipped in one step.

Loaded when the clerk first uses them, so openpyxl and reportlab are not read while the window opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from toysub_desktop.domain.deliveries import COMMON_COURIERS
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.delivery_documents import WaybillSheet, courier_waybill_sheet
from toysub_desktop.services.waybills import TrackingFile, check_tracking_file, ship_tracking_file
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.delivery_printing import Scope, file_part
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import ERROR_STYLE
from toysub_desktop.ui.screen_fit import grow_to_fit
from toysub_desktop.ui.text import message_text

_CONTEXT = "CourierFiles"
_NOT_WRITTEN = QT_TRANSLATE_NOOP("CourierFiles", "The file could not be saved: {reason}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _courier_box() -> ChoiceBox[str]:
    box: ChoiceBox[str] = ChoiceBox()
    for name in COMMON_COURIERS:
        box.add(name, name)
    return box


class _FileField(QWidget):
    """A path typed or pasted, with a button that opens the system's file dialog."""

    def __init__(self, path: str, browse_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(path)
        self.edit.setMinimumWidth(self.edit.fontMetrics().averageCharWidth() * 56)
        self.browse = QPushButton(browse_text)
        self.browse.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        self.setFocusProxy(self.edit)

    def path(self) -> Path | None:
        text = self.edit.text().strip().strip('"')
        return Path(text) if text else None


_FILE_REQUIRED = QT_TRANSLATE_NOOP("CourierFiles", "Choose the file.")


class _FileDialog(ServiceDialog):
    """A dialog with a path field: as wide as the path and its button when shown (its form scrolls only down)."""

    def showEvent(self, event: QShowEvent) -> None:
        self.form_area.setMinimumWidth(self.form_area.sizeHint().width())
        super().showEvent(event)


class CourierExportDialog(_FileDialog):
    """The deliveries still to ship, saved in the chosen courier's bulk-registration layout (.xlsx)."""

    def __init__(self, counter: Counter, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Courier upload file"))
        self.scope = scope
        self.add_intro(
            self.tr(
                "The deliveries still to ship, in the courier's bulk-registration layout, to upload on the courier's "
                "site, which prints its own waybills. Its order number is our delivery number: the courier's file "
                "of tracking numbers is read back by it."
            )
        )
        self.courier = _courier_box()
        self.file = _FileField("", self.tr("&Browse…"))
        self.errors.add_row(self.form, self.tr("&Courier"), self.courier, "courier")
        self.errors.add_row(self.form, self.tr("Save &as"), self.file, "file")
        self.errors.alias("deliveries", "courier")
        self.file.browse.clicked.connect(self._browse)
        self.courier.currentIndexChanged.connect(lambda _index: self._suggest())
        self._suggested = ""
        self._suggest()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save file"))
        self.courier.setFocus()

    def _suggest(self) -> None:
        """A file name in the home folder naming the day and the courier, unless the clerk typed another."""
        if self.file.edit.text() not in ("", self._suggested):
            return
        name = self.tr("Courier upload {day} {courier}.xlsx").format(
            day=file_part(self.scope), courier=self.courier.value() or ""
        )
        self._suggested = str(Path.home() / name)
        self.file.edit.setText(self._suggested)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.file.edit.text(), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.file.edit.setText(path)

    def submit(self) -> tuple[WaybillSheet, Path]:
        path = self.file.path()
        if path is None:
            raise ValidationError.of("file", _FILE_REQUIRED)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        sheet = courier_waybill_sheet(
            self.counter.db,
            self.scope,
            self.courier.value() or "",
            staff_id=self.counter.staff.id,
            now=self.counter.now(),
        )
        try:
            path.write_bytes(sheet.content)
        except OSError as error:
            raise ValidationError.of("file", _NOT_WRITTEN, reason=error.strerror or str(error)) from error
        return sheet, path


class TrackingImportDialog(_FileDialog):
    """The courier's file of tracking numbers: checked first (what it marks, which rows it leaves out and why),
    then the matched deliveries are marked shipped in one step."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Tracking numbers from the courier"))
        self.add_intro(
            self.tr(
                "The file the courier's site gives back after printing its waybills (.xlsx, .xls or .csv with "
                "order-number and tracking-number columns). Each row finds its delivery by the order number."
            )
        )
        self.courier = _courier_box()
        self.file = _FileField("", self.tr("&Browse…"))
        self.check_button = QPushButton(self.tr("C&heck the file"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QTableWidget(0, 4)
        self.report.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Order number"), self.tr("Tracking number"), self.tr("Why it is left out")]
        )
        self.report.verticalHeader().hide()
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.report.setWordWrap(True)
        self.report.setMinimumHeight(self.report.verticalHeader().defaultSectionSize() * 6)
        self.report.hide()
        self.errors.add_row(self.form, self.tr("&Courier"), self.courier, "courier")
        self.errors.add_row(self.form, self.tr("&File"), self.file, "file")
        self.form.addRow("", self.check_button)
        self.form.addRow(self.summary)
        self.form.addRow(self.report)
        self.errors.alias("delivery_ids", "file")
        self.errors.alias("deliveries", "file")
        self.checked: TrackingFile | None = None
        self.file.browse.clicked.connect(self._browse)
        self.check_button.clicked.connect(self.check)
        # Enter in the path checks the file (never ships: Enter does not save).
        self.file.edit.returnPressed.connect(self.check)
        self.file.edit.textEdited.connect(lambda _text: self._forget())
        self.courier.currentIndexChanged.connect(lambda _index: self._forget())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Mark shipped"))
        self._forget()
        self.courier.setFocus()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.windowTitle(), str(Path.home()), self.tr("Spreadsheets (*.xlsx *.xls *.csv)")
        )
        if path:
            self.file.edit.setText(path)
            self.check()

    def _forget(self) -> None:
        """Another file or courier: the last check no longer says what saving would do."""
        self.checked = None
        self.save_button.setEnabled(False)
        self.summary.setText(self.tr("Check the file to see what it marks shipped."))
        self.report.hide()

    def check(self) -> None:
        self.errors.clear()
        self._forget()
        path = self.file.path()
        try:
            if path is None:
                raise ValidationError.of("file", _FILE_REQUIRED)
            checked = check_tracking_file(self.counter.db, path, self.courier.value() or "")
        except ValidationError as error:
            self.errors.show(error)
            return
        self.checked = checked
        self.summary.setText(
            self.tr("{matched} of {rows} rows mark a delivery shipped; {left} are left out (listed below).").format(
                matched=len(checked.matched), rows=checked.rows, left=len(checked.problems)
            )
            if checked.problems
            else self.tr("All {rows} rows mark a delivery shipped.").format(rows=checked.rows)
        )
        self.summary.setStyleSheet(ERROR_STYLE if checked.problems else "")
        self.report.setRowCount(len(checked.problems))
        for index, problem in enumerate(checked.problems):
            why = message_text(problem.template, **problem.arguments)
            for column, text in enumerate((str(problem.row), problem.order_number, problem.tracking_number, why)):
                self.report.setItem(index, column, QTableWidgetItem(text))
        self.report.setVisible(bool(checked.problems))
        self.report.resizeColumnsToContents()
        self.report.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.report.resizeRowsToContents()
        self.save_button.setEnabled(bool(checked.matched))
        grow_to_fit(self)

    def submit(self) -> int:
        if self.checked is None:
            raise ValidationError.of("file", _FILE_REQUIRED)
        return ship_tracking_file(
            self.counter.db, staff_id=self.counter.staff.id, checked=self.checked, now=self.counter.now()
        )
