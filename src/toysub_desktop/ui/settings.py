"""What this PC remembers (QSettings: the registry on Windows, an ini file on Linux): how many backups to keep,
the printer and paper last used, where the window was. The shop's own details and rules are not here: they live
in the database, so every counter on a shared database sees the same."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtWidgets import QWidget

from toysub_desktop.domain.ledger import ReceiptPaper
from toysub_desktop.services.backups import DEFAULT_KEEP

#: The fewest and most backups a PC may be set to keep.
KEEP_RANGE = (1, 365)

_KEEP = "backups/keep"
_PRINTER = "printing/printer"
_PAGE_SIZE = "printing/page_size"
_ORIENTATION = "printing/orientation"
_GEOMETRY = "window/geometry"
_RECEIPT_PAPER = "receipts/paper"
_RECEIPT_PRINTER = "receipts/printer"


class MachineSettings:
    """Typed access to this PC's settings; *store* is the application's QSettings unless given (tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    # --- backups ------------------------------------------------------------------------------------------------

    @property
    def backups_to_keep(self) -> int:
        value = self.store.value(_KEEP, DEFAULT_KEEP)
        try:
            number = int(str(value))
        except ValueError:
            return DEFAULT_KEEP
        return min(max(number, KEEP_RANGE[0]), KEEP_RANGE[1])

    @backups_to_keep.setter
    def backups_to_keep(self, count: int) -> None:
        self.store.setValue(_KEEP, min(max(count, KEEP_RANGE[0]), KEEP_RANGE[1]))

    # --- printing -----------------------------------------------------------------------------------------------

    def printer_defaults(self) -> tuple[str, QPageSize.PageSizeId | None, QPageLayout.Orientation | None]:
        """The printer name, paper size and orientation last printed with ("" and None when never)."""
        name = str(self.store.value(_PRINTER, "") or "")
        size: QPageSize.PageSizeId | None = None
        try:
            size = QPageSize.PageSizeId(int(str(self.store.value(_PAGE_SIZE, ""))))
        except ValueError:
            size = None
        orientation = {
            "portrait": QPageLayout.Orientation.Portrait,
            "landscape": QPageLayout.Orientation.Landscape,
        }.get(str(self.store.value(_ORIENTATION, "")))
        return name, size, orientation

    def remember_printer(self, name: str, size: QPageSize.PageSizeId, orientation: QPageLayout.Orientation) -> None:
        self.store.setValue(_PRINTER, name)
        self.store.setValue(_PAGE_SIZE, int(size.value))
        landscape = orientation == QPageLayout.Orientation.Landscape
        self.store.setValue(_ORIENTATION, "landscape" if landscape else "portrait")

    # --- receipts ----------------------------------------------------------------------------------------------

    @property
    def receipt_paper(self) -> ReceiptPaper:
        """What this PC prints receipts on: A4 unless it has a receipt printer for 80 mm rolls."""
        try:
            return ReceiptPaper(str(self.store.value(_RECEIPT_PAPER, ReceiptPaper.A4.value)))
        except ValueError:
            return ReceiptPaper.A4

    @receipt_paper.setter
    def receipt_paper(self, paper: ReceiptPaper) -> None:
        self.store.setValue(_RECEIPT_PAPER, paper.value)

    @property
    def receipt_printer(self) -> str:
        """The printer receipts go to ("" for the one last printed with, as other papers)."""
        return str(self.store.value(_RECEIPT_PRINTER, "") or "")

    @receipt_printer.setter
    def receipt_printer(self, name: str) -> None:
        self.store.setValue(_RECEIPT_PRINTER, name)

    # --- the window ---------------------------------------------------------------------------------------------

    def restore_geometry(self, window: QWidget) -> bool:
        """Put *window* where it was last closed; False when there is nothing (usable) remembered."""
        saved = self.store.value(_GEOMETRY)
        return isinstance(saved, QByteArray | bytes) and window.restoreGeometry(QByteArray(saved))

    def save_geometry(self, window: QWidget) -> None:
        self.store.setValue(_GEOMETRY, window.saveGeometry())
