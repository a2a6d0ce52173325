"""Previewing a PDF inside the app (Qt PDF), then printing it through the system dialog or saving it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.ui.print_job import print_pdf
from toysub_desktop.ui.screen_fit import fit_size, keep_on_screen
from toysub_desktop.ui.settings import MachineSettings


def apply_printer_defaults(printer: QPrinter, settings: MachineSettings) -> None:
    """Start the print dialog on the printer, paper and orientation this PC printed with last time (a printer
    that is gone is left out: the system's default applies)."""
    name, size, orientation = settings.printer_defaults()
    if name and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(name)
    if size is not None:
        printer.setPageSize(QPageSize(size))
    if orientation is not None:
        printer.setPageOrientation(orientation)


def remember_printer(printer: QPrinter, settings: MachineSettings) -> None:
    """Keep what staff chose in the print dialog for the next print on this PC."""
    layout = printer.pageLayout()
    settings.remember_printer(printer.printerName(), layout.pageSize().id(), layout.orientation())


#: Called after each print or save with what was done: "print" or "save".
OutputRecorder = Callable[[str], None]


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        file_name: str,
        caption: str = "",
        on_output: OutputRecorder | None = None,
        receipt_printer: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        #: For a receipt: the printer this PC prints receipts on ("" for the one last printed with); None for
        #: any other paper.
        self.receipt_printer = receipt_printer
        self.pdf = pdf
        self.file_name = file_name
        self.on_output = on_output
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_document)
        layout = QVBoxLayout(self)
        if caption:
            label = QLabel(caption)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        # A page's width at a readable size where the screen allows; the buttons below the view stay on screen.
        fit_size(self, QSize(860, 1000))
        keep_on_screen(self)
        self.print_button.setDefault(True)
        self.view.setFocus()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        settings = MachineSettings()
        apply_printer_defaults(printer, settings)
        if self.receipt_printer is not None:
            self.prepare_receipt_printer(printer)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.receipt_printer is None:
            remember_printer(printer, settings)  # a receipt printer is this PC's setting, not the last one used
        self.print_to(printer)
        self._recorded("print")

    def prepare_receipt_printer(self, printer: QPrinter) -> None:
        """The receipt printer set for this PC, on paper the size of the receipt (an 80 mm roll's page is as long
        as the receipt)."""
        if self.receipt_printer and self.receipt_printer in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(self.receipt_printer)
        if self.document.pageCount():
            size = self.document.pagePointSize(0)
            printer.setPageSize(QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch))
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)

    def print_to(self, printer: QPrinter) -> None:
        """Each page scaled to fit the printable area, rendered at most at 300 dpi (see ``ui/print_job.py``)."""
        if not print_pdf(self.document, printer):
            QMessageBox.warning(self, self.windowTitle(), self.tr("The printer could not be started."))

    def save_document(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(Path.home() / self.file_name), self.tr("PDF documents (*.pdf)")
        )
        if not path:
            return
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("The file could not be saved to {path}: {reason}").format(path=path, reason=error.strerror),
            )
            return
        self._recorded("save")

    def _recorded(self, what: str) -> None:
        if self.on_output is not None:
            self.on_output(what)
