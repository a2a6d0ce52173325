"""The import of a shop's spreadsheet, step by step: choose the file → check what each column holds → the dry run
with every row's problems and the duplicates to decide → the import with its progress and a cancel → what it did.

Nothing is written before the last step, and the last step writes everything or nothing. Every step is usable from
the keyboard: Enter in the file field reads the file; the buttons are reached with Tab and pressed with Space.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.imports import COLUMN_LABELS, DUPLICATE_LABELS, RESOLUTION_LABELS, Column, Resolution
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.imports.importing import (
    DryRun,
    ImportCancelled,
    ImportSummary,
    PreparedFile,
    RowPlan,
    check_mapping,
    customers_of_import,
    dry_run,
    prepare_file,
    run_import,
)
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.forms import ERROR_STYLE, make_message_label
from toysub_desktop.ui.problems import problem_message
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.sign_in import run_with_approval
from toysub_desktop.ui.text import problem_text

_CONTEXT = "ImportDialog"

HEADERS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Row"),
    QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    QT_TRANSLATE_NOOP("ImportDialog", "Will create"),
    QT_TRANSLATE_NOOP("ImportDialog", "Looks like"),
    QT_TRANSLATE_NOOP("ImportDialog", "Decision"),
    QT_TRANSLATE_NOOP("ImportDialog", "Problems"),
)


def _tr(text: str) -> str:
    return QApplication.translate(_CONTEXT, text)


def column_label(column: Column) -> str:
    return QApplication.translate("Import", COLUMN_LABELS[column])


def row_problems_text(row: RowPlan) -> str:
    """Every problem of a row in the clerk's language: the column as the file names it, the value, what is wrong."""
    parts = []
    for problem in row.problems:
        message = problem_text(problem.problem)
        if problem.column and problem.value:
            parts.append(f"{problem.column}: \u201c{problem.value}\u201d \u2014 {message}")
        elif problem.column:
            parts.append(f"{problem.column}: {message}")
        else:
            parts.append(message)
    return "\n".join(parts)


def row_creates_text(row: RowPlan) -> str:
    if row.problems or row.resolution is Resolution.SKIP:
        return ""
    if row.is_toy:
        items = QCoreApplication.translate("ImportDialog", "{count} items").format(count=row.toy_items)
        if row.toy_on_record:
            return QCoreApplication.translate("ImportDialog", "{items} of the toy on record").format(items=items)
        return QCoreApplication.translate("ImportDialog", "toy, {items}").format(items=items)
    parts = [QCoreApplication.translate("ImportDialog", "customer")] if row.creates_customer else []
    if row.children:
        parts.append(QCoreApplication.translate("ImportDialog", "child"))
    if row.plan_name:
        parts.append(
            QCoreApplication.translate("ImportDialog", "contract {plan} {fee} won").format(
                plan=row.plan_name, fee=f"{row.monthly_fee or 0:,}"
            )
        )
    if row.toys_out:
        parts.append(QCoreApplication.translate("ImportDialog", "{count} toys out").format(count=row.toys_out))
    return ", ".join(parts)


def row_duplicate_text(row: RowPlan) -> str:
    duplicate = row.duplicate
    if duplicate is None:
        return ""
    why = QApplication.translate("Import", DUPLICATE_LABELS[duplicate.reason])
    if duplicate.customer_id is not None:
        return f"{duplicate.customer_name} ({duplicate.customer_number}) \u2014 {why}"
    return QCoreApplication.translate("ImportDialog", "row {row}").format(row=duplicate.earlier_row) + f" \u2014 {why}"


class DryRunModel(QAbstractTableModel):
    """The dry run's rows (all, or only those needing attention), read lazily by the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowPlan] = []

    def set_rows(self, rows: list[RowPlan]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def replace_row(self, position: int, row: RowPlan) -> None:
        self.rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(HEADERS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return str(row.row)
        if column == 1:
            return row.name
        if column == 2:
            return row_creates_text(row)
        if column == 3:
            return row_duplicate_text(row)
        if column == 4:
            return QApplication.translate("Import", RESOLUTION_LABELS[row.resolution]) if row.resolution else ""
        return row_problems_text(row)


class ImportDialog(QDialog):
    """매장 → 엑셀에서 가져오기: the whole import, one step per page."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.prepared: PreparedFile | None = None
        self.run: DryRun | None = None
        self.summary: ImportSummary | None = None
        self.resolutions: dict[int, Resolution] = {}
        self._cancel_asked = False
        #: The import or its dry run is running: Escape and Cancel ask it to stop.
        self._running = False
        self.setWindowTitle(self.tr("Import customers from a spreadsheet"))
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._build_file_page()
        self._build_mapping_page()
        self._build_dry_run_page()
        self._build_progress_page()
        self._build_done_page()
        self.resize(1100, 640)
        keep_on_screen(self)
        self.path.setFocus()

    # --- step 1: the file ---------------------------------------------------------------------------------------

    def _build_file_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Choose the shop's customer list: xlsx, xls or csv (UTF-8 or CP949). The next steps show what each "
                "column holds and every row's problems before anything is imported."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Path of the file"))
        self.path.returnPressed.connect(self.read_file)
        browse = QPushButton(self.tr("B&rowse…"))
        browse.clicked.connect(self._browse)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.file_error = make_message_label(ERROR_STYLE)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.read_button = QPushButton(self.tr("&Next: columns"))
        self.read_button.clicked.connect(self.read_file)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.read_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the customer list"), "", self.tr("Spreadsheets (*.xlsx *.xls *.csv);;All files (*)")
        )
        if chosen:
            self.path.setText(chosen)
            self.read_file()

    def read_file(self) -> None:
        self.file_error.hide()
        text = self.path.text().strip()
        if not text:
            self._show(self.file_error, self.tr("Type the path of the file, or choose it with Browse."))
            return
        try:
            self.prepared = prepare_file(Path(text))
        except ValidationError as error:
            self._show(self.file_error, "\n".join(problem_text(p) for p in error.problems))
            return
        self._fill_mapping(self.prepared)
        self.pages.setCurrentIndex(1)
        if self.mapping_boxes:
            self.mapping_boxes[0].setFocus()

    # --- step 2: the columns ------------------------------------------------------------------------------------

    def _build_mapping_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.mapping_intro = QLabel()
        self.mapping_intro.setWordWrap(True)
        layout.addWidget(self.mapping_intro)
        self.mapping_form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.mapping_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.mapping_error = make_message_label(ERROR_STYLE)
        layout.addWidget(self.mapping_error)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("&Back to the file"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        buttons.addWidget(back)
        buttons.addStretch(1)
        self.check_button = QPushButton(self.tr("Next: check every &row"))
        self.check_button.clicked.connect(self.check_rows)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.check_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.mapping_boxes: list[QComboBox] = []
        self.pages.addWidget(page)

    def _fill_mapping(self, prepared: PreparedFile) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.mapping_boxes = []
        self.mapping_intro.setText(
            self.tr(
                "{file}: {rows} rows. Check what each column holds; choose \u201cnot imported\u201d for a column "
                "the import should leave out."
            ).format(file=prepared.file_name, rows=f"{len(prepared.rows):,}")
        )
        for index, header in enumerate(prepared.headers):
            box = QComboBox()
            box.addItem(self.tr("(not imported)"), None)
            for column in Column:
                box.addItem(column_label(column), column.value)
            recognised = prepared.recognised.get(index)
            if recognised is not None:
                box.setCurrentIndex(box.findData(recognised.value))
            samples = ", ".join(prepared.samples[index]) if index < len(prepared.samples) else ""
            title = header or self.tr("(column {number})").format(number=index + 1)
            label = QLabel(f"{title}  <span style='color:#666'>{samples}</span>" if samples else title)
            label.setBuddy(box)
            self.mapping_form.addRow(label, box)
            self.mapping_boxes.append(box)
        self.mapping_error.hide()

    def mapping(self) -> dict[int, Column]:
        chosen: dict[int, Column] = {}
        for index, box in enumerate(self.mapping_boxes):
            value = box.currentData()
            if value:
                chosen[index] = Column(value)
        return chosen

    def check_rows(self) -> None:
        self.mapping_error.hide()
        assert self.prepared is not None
        mapping = self.mapping()
        try:
            check_mapping(mapping, self.prepared.headers)
        except ValidationError as error:
            self._show(self.mapping_error, "\n".join(problem_text(p) for p in error.problems))
            return
        self.resolutions = {}
        if self._dry_run(self.mapping_error):
            self.pages.setCurrentIndex(2)
            self.table.setFocus()
            if self.model.rowCount():
                self.table.selectRow(0)

    # --- step 3: the dry run ------------------------------------------------------------------------------------

    def _build_dry_run_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.dry_run_summary = QLabel()
        self.dry_run_summary.setWordWrap(True)
        layout.addWidget(self.dry_run_summary)
        self.only_attention = QCheckBox(self.tr("Show only rows with &problems or duplicates"))
        self.only_attention.setChecked(True)
        self.only_attention.toggled.connect(self._fill_table)
        layout.addWidget(self.only_attention)
        self.model = DryRunModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the decision and the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((50, 90, 200, 200, 150)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        layout.addWidget(self.table, 1)
        decide = QHBoxLayout()
        self.decision_label = QLabel(self.tr("&Decision for the chosen row:"))
        self.decision = QComboBox()
        self.decision.addItem(self.tr("(decide)"), None)
        for resolution in Resolution:
            self.decision.addItem(QApplication.translate("Import", RESOLUTION_LABELS[resolution]), resolution.value)
        self.decision_label.setBuddy(self.decision)
        self.decision.activated.connect(self._decided)
        decide.addWidget(self.decision_label)
        decide.addWidget(self.decision, 1)
        decide.addStretch(1)
        layout.addLayout(decide)
        self.dry_run_error = make_message_label(ERROR_STYLE)
        layout.addWidget(self.dry_run_error)
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Back to the co&lumns"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        buttons.addWidget(back)
        self.recheck_button = QPushButton(self.tr("Check &again"))
        self.recheck_button.clicked.connect(self.check_again)
        buttons.addWidget(self.recheck_button)
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.start_import)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def check_again(self) -> None:
        """Read the file again (the clerk fixed it meanwhile) and check every row; columns that changed are shown
        for checking first."""
        self.dry_run_error.hide()
        assert self.prepared is not None
        try:
            prepared = prepare_file(Path(self.path.text().strip()))
        except ValidationError as error:
            self._show(self.dry_run_error, "\n".join(problem_text(p) for p in error.problems))
            return
        same_columns = prepared.headers == self.prepared.headers
        self.prepared = prepared
        if not same_columns:
            self._fill_mapping(prepared)
            self.pages.setCurrentIndex(1)
            return
        if self._dry_run(self.dry_run_error):
            self.table.setFocus()

    def _dry_run(self, error_label: QLabel) -> bool:
        """Check every row with the bar and Stop the import has (a shop's whole list takes some seconds); then
        back to the page it was started from, the problem or the stop said there."""
        assert self.prepared is not None
        error_label.hide()
        came_from = self.pages.currentIndex()
        rows = f"{len(self.prepared.rows):,}"
        self._show_progress(
            self.tr("Checking all {rows} rows of {file}… Nothing is written.").format(
                rows=rows, file=self.prepared.file_name
            ),
            stop=self.tr("&Stop the check"),
            stopping=self.tr("Stopping the check…"),
        )
        QApplication.processEvents()  # paint the page before the check takes the window's time
        try:
            self.run = dry_run(
                self.counter.db,
                self.prepared,
                self.mapping(),
                resolutions=self.resolutions,
                today=self.counter.today(),
                progress=self._progress,
            )
        except ImportCancelled:
            # What an earlier check showed is not what the file holds now: nothing may be imported from it.
            self.run = None
            self.model.set_rows([])
            self.dry_run_summary.clear()
            self.import_button.setEnabled(False)
            self._show(error_label, self.tr("The check was stopped before every row was checked."))
            return False
        except ValidationError as error:
            self._show(error_label, "\n".join(problem_text(p) for p in error.problems))
            return False
        except DatabaseProblem as problem:
            self._show(error_label, problem_message(problem))
            return False
        finally:
            self._running = False
            self.pages.setCurrentIndex(came_from)
            # The stop button had the keyboard: it goes to the button that checks again.
            (self.check_button if came_from == 1 else self.recheck_button).setFocus()
        self._fill_table()
        return True

    def _fill_table(self) -> None:
        if self.run is None:
            return
        rows = list(self.run.rows)
        if self.only_attention.isChecked():
            rows = [row for row in rows if row.problems or row.duplicate is not None]
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self._show_summary()
        self._row_chosen(self.table.currentIndex())

    def _show_summary(self) -> None:
        run = self.run
        assert run is not None
        blocked = len(run.blocked_rows)
        if run.is_toy_list:
            text = self.tr("{file}: {toys} new toys and {items} items will be imported.").format(
                file=run.file_name, toys=f"{run.toys:,}", items=f"{run.items:,}"
            )
        else:
            text = self.tr(
                "{file}: {customers} new customers, {children} children and {contracts} contracts will be imported; "
                "{merged} rows go to a customer found, {skipped} rows are skipped."
            ).format(
                file=run.file_name,
                customers=f"{run.customers:,}",
                children=f"{run.children:,}",
                contracts=f"{run.contracts:,}",
                merged=f"{run.merged:,}",
                skipped=f"{run.skipped:,}",
            )
        if blocked:
            text += " " + self.tr(
                "{rows} rows still need attention: fix them in the file and check again, or decide the duplicates. "
                "Nothing is imported until every row is clear."
            ).format(rows=f"{blocked:,}")
        else:
            text += " " + self.tr("Every row is clear.")
        self.dry_run_summary.setText(text)
        self.import_button.setEnabled(blocked == 0)

    def _row_chosen(self, current: QModelIndex) -> None:
        row = self.model.rows[current.row()] if current.isValid() and current.row() < len(self.model.rows) else None
        can_decide = row is not None and row.duplicate is not None
        self.decision.setEnabled(can_decide)
        self.decision_label.setEnabled(can_decide)
        if row is not None and row.duplicate is not None:
            value = row.resolution.value if row.resolution else None
            self.decision.setCurrentIndex(max(self.decision.findData(value), 0))
        else:
            self.decision.setCurrentIndex(0)

    def _decided(self, _index: int) -> None:
        """The clerk's decision for a duplicate takes effect in the table at once; the import plans every row again
        and refuses if anything changed meanwhile."""
        current = self.table.currentIndex()
        if not current.isValid() or self.run is None:
            return
        row = self.model.rows[current.row()]
        value = self.decision.currentData()
        if not value:
            self.resolutions.pop(row.row, None)
            self._dry_run(self.dry_run_error)  # the undecided duplicate's problem comes back
            return
        resolution = Resolution(value)
        self.resolutions[row.row] = resolution
        decided = replace(
            row, resolution=resolution, problems=tuple(p for p in row.problems if p.problem.field != "duplicate")
        )
        self.model.replace_row(current.row(), decided)
        self.run = DryRun(self.run.file_name, tuple(decided if r.row == row.row else r for r in self.run.rows))
        self._show_summary()

    # --- step 4: the import -------------------------------------------------------------------------------------

    def _build_progress_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress_label)
        self.progress = QProgressBar()
        layout.addWidget(self.progress)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_import_button = QPushButton()
        self.cancel_import_button.clicked.connect(self._ask_cancel)
        self._stopping = ""
        buttons.addWidget(self.cancel_import_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def _show_progress(self, text: str, *, stop: str, stopping: str) -> None:
        """The progress page for the import or its dry run: *text* above the bar, *stop* on the button, and
        *stopping* once it is pressed."""
        self.progress_label.setText(text)
        self.cancel_import_button.setText(stop)
        self._stopping = stopping
        self._cancel_asked = False
        self.cancel_import_button.setEnabled(True)
        self.progress.setValue(0)
        self.pages.setCurrentIndex(3)
        self.cancel_import_button.setFocus()
        self._running = True

    def _ask_cancel(self) -> None:
        self._cancel_asked = True
        self.cancel_import_button.setEnabled(False)
        self.progress_label.setText(self._stopping)

    def _progress(self, done: int, total: int) -> bool:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        QApplication.processEvents()  # paint the bar, and let Stop be pressed
        return not self._cancel_asked

    def start_import(self) -> None:
        assert self.prepared is not None
        prepared = self.prepared
        mapping = self.mapping()
        self.dry_run_error.hide()
        self._show_progress(
            self.tr("Importing… Nothing is kept until the last row is in."),
            stop=self.tr("&Stop the import"),
            stopping=self.tr("Stopping… everything read so far is being undone."),
        )
        try:
            self.summary = run_with_approval(
                self,
                self.counter.db,
                lambda approval: run_import(
                    self.counter.db,
                    staff_id=self.counter.staff.id,
                    prepared=prepared,
                    mapping=mapping,
                    resolutions=self.resolutions,
                    approval=approval,
                    progress=self._progress,
                    now=self.counter.now(),
                ),
            )
        except ImportCancelled:
            self._back_to_dry_run(self.tr("The import was stopped. Nothing was imported."))
            return
        except ValidationError as error:
            self._back_to_dry_run("\n".join(problem_text(p) for p in error.problems))
            return
        except DatabaseProblem as problem:
            self._back_to_dry_run(problem_message(problem))
            return
        finally:
            self._running = False
        self._show_done(self.summary)

    def _back_to_dry_run(self, message: str) -> None:
        self.pages.setCurrentIndex(2)
        self._show(self.dry_run_error, message)
        self.import_button.setFocus()

    # --- step 5: what it did ------------------------------------------------------------------------------------

    def _build_done_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        layout.addWidget(self.done_label)
        self.imported_list = QListWidget()
        self.imported_caption = QLabel(self.tr("Customers of this import (row of the file):"))
        self.imported_caption.setBuddy(self.imported_list)
        layout.addWidget(self.imported_caption)
        layout.addWidget(self.imported_list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.pages.addWidget(page)

    def _show_done(self, summary: ImportSummary) -> None:
        assert self.prepared is not None
        if self.run is not None and self.run.is_toy_list:
            self.done_label.setText(
                self.tr("Imported from {file}: {toys} new toys and {items} items, on the shelf.").format(
                    file=self.prepared.file_name, toys=f"{summary.toys:,}", items=f"{summary.items:,}"
                )
            )
            self.imported_caption.hide()
            self.imported_list.hide()
            self.pages.setCurrentIndex(4)
            self.close_button.setFocus()
            return
        self.done_label.setText(
            self.tr(
                "Imported from {file}: {customers} new customers, {children} children, {contracts} contracts "
                "(their deliveries are scheduled); {merged} rows added to customers found, {skipped} rows skipped."
            ).format(
                file=self.prepared.file_name,
                customers=f"{summary.customers:,}",
                children=f"{summary.children:,}",
                contracts=f"{summary.subscriptions:,}",
                merged=f"{summary.merged:,}",
                skipped=f"{summary.skipped:,}",
            )
        )
        self.imported_list.clear()
        try:
            lines = customers_of_import(self.counter.db, summary.import_id)
        except DatabaseProblem:
            lines = ()  # the import is done; only this list could not be read
        for line in lines:
            mark = self.tr(" (added to)") if line.merged else ""
            self.imported_list.addItem(f"{line.number}  {line.name}  ·  {line.row}{mark}")
        self.pages.setCurrentIndex(4)
        self.close_button.setFocus()

    # --- shared -------------------------------------------------------------------------------------------------

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible:  # no button presses itself on Enter: Enter belongs to the field that has it
            for button in self.findChildren(QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._running:
            self._ask_cancel()  # Escape while importing or checking stops it (an import is undone); the window stays
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._running:
            self._ask_cancel()
            return
        super().reject()
