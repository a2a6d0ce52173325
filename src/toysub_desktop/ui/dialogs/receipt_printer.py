"""This PC's receipt printer: whether receipts print on A4 or on an 80 mm roll, and on which printer. Kept on the PC
(QSettings), not in the shop's database: each counter has its own printer."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QButtonGroup, QComboBox, QRadioButton, QVBoxLayout, QWidget

from toysub_desktop.domain.ledger import ReceiptPaper
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.settings_dialogs import hint_label
from toysub_desktop.ui.settings import MachineSettings


class ReceiptPrinterDialog(ServiceDialog):
    def __init__(self, counter: Counter, settings: MachineSettings, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Receipt printer"))
        self.settings = settings
        self.add_intro(self.tr("For this PC only: each counter may have its own receipt printer."))
        self.a4 = QRadioButton(self.tr("&A4 sheet"))
        self.roll = QRadioButton(self.tr("&80 mm receipt roll (receipt printer)"))
        self.papers = QButtonGroup(self)
        self.papers.addButton(self.a4)
        self.papers.addButton(self.roll)
        (self.roll if settings.receipt_paper is ReceiptPaper.ROLL_80 else self.a4).setChecked(True)
        papers = QWidget()
        column = QVBoxLayout(papers)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.a4)
        column.addWidget(self.roll)
        self.errors.add_row(self.form, self.tr("Print receipts on:"), papers, "paper")
        self.printer = QComboBox()
        self.printer.addItem(self.tr("The printer last printed with"), "")
        chosen = settings.receipt_printer
        names = QPrinterInfo.availablePrinterNames()
        for name in names:
            self.printer.addItem(name, name)
        if chosen and chosen not in names:
            self.printer.addItem(self.tr("{name} (not found now)").format(name=chosen), chosen)
        self.printer.setCurrentIndex(max(self.printer.findData(chosen), 0))
        self.errors.add_row(self.form, self.tr("P&rinter:"), self.printer, "printer")
        self.form.addRow(
            "",
            hint_label(
                self.tr(
                    "An 80 mm receipt is one page 80 mm wide (72 mm printed) and as long as the receipt; the "
                    "receipt printer's own driver feeds and cuts the paper."
                )
            ),
        )
        (self.roll if self.roll.isChecked() else self.a4).setFocus()
        # Wide enough for the hint to read in a few lines, and as tall as the form is at that width.
        self.resize(max(self.sizeHint().width(), 600), self.sizeHint().height())

    def chosen_paper(self) -> ReceiptPaper:
        return ReceiptPaper.ROLL_80 if self.roll.isChecked() else ReceiptPaper.A4

    def submit(self) -> None:
        self.settings.receipt_paper = self.chosen_paper()
        self.settings.receipt_printer = str(self.printer.currentData() or "")
