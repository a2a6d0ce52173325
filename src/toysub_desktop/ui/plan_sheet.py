"""The plan comparison sheet for the counter: the day whose prices it shows, then the sheet in the preview to print.

Loaded when it is first asked for, so reportlab is not read while the window opens."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from toysub_desktop.services.plan_sheets import plan_comparison_pdf
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.forms import date_edit, date_of
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.text import day_text


class PlanSheetDialog(ServiceDialog):
    """Which day's prices the sheet shows: today's by default, or a day ahead to hand out before a price change."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, self.tr("Plan comparison sheet"), parent)
        self.add_intro(
            self.tr(
                "Every plan on offer with what it includes, its terms and discounts, the monthly fee, deposit and "
                "trial, at the prices in effect on the day chosen: what a contract signed that day says."
            )
        )
        self.on = date_edit(counter.today(), today=counter.today(), field="on")
        self.errors.add_row(self.form, self.tr("&Prices on"), self.on, "on")
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        button.setText(self.tr("&Show sheet"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("가") * 30)
        self.on.setFocus()

    def submit(self) -> bytes:
        return plan_comparison_pdf(self.counter.db, on=date_of(self.on), now=self.counter.now())

    def chosen_day_text(self) -> str:
        day = self.on.date()
        return day_text(day) if day is not None else ""


def show_plan_sheet(counter: Counter, parent: QWidget | None = None) -> None:
    """Ask for the day, then show the sheet in the preview to print or save."""
    dialog = PlanSheetDialog(counter, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not isinstance(dialog.outcome, bytes):
        return
    title = dialog.windowTitle()
    PdfPreviewDialog(
        dialog.outcome, title=title, file_name=f"{title} {dialog.chosen_day_text()}.pdf", parent=parent
    ).exec()
