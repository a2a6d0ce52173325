"""Printing a day's deliveries from the Deliveries tab: the picking list, the manifest, and address labels on an A4
label sheet (which sheet, from which position), each shown in the preview to print or save.

Loaded when the clerk first prints, so reportlab is not read while the window opens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QMessageBox, QSpinBox, QWidget

from toysub_desktop.documents.delivery_values import LABEL_SHEETS, LabelSheet
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.shop import SellerDetailsMissing
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.database import DatabaseProblem
from toysub_desktop.services.deliveries import DeliveryFilter
from toysub_desktop.services.delivery_documents import LabelsDoNotFit, label_sheet_pdf, manifest_pdf, picking_list_pdf
from toysub_desktop.services.shop import label_settings
from toysub_desktop.ui.choice_box import ChoiceBox
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.seller_details import offer_shop_details
from toysub_desktop.ui.text import day_text, problem_text

_CONTEXT = "DeliveryPrinting"
_PICKING = QT_TRANSLATE_NOOP("DeliveryPrinting", "Picking list")
_MANIFEST = QT_TRANSLATE_NOOP("DeliveryPrinting", "Delivery manifest")
_LABELS = QT_TRANSLATE_NOOP("DeliveryPrinting", "Address labels")
_NOT_PRINTED = QT_TRANSLATE_NOOP("DeliveryPrinting", "Nothing was printed")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


#: What to print: the chosen deliveries' ids, or everything the list's filters show.
Scope = DeliveryFilter | Sequence[int]


def printable_scope(filters: DeliveryFilter, chosen_ids: Sequence[int]) -> Scope:
    """Several chosen rows print those; otherwise the whole list as filtered. Held deliveries are never printed:
    they must not leave the shop until the customer is reached."""
    if len(chosen_ids) > 1:
        return tuple(chosen_ids)
    return replace(filters, held=False)


def file_part(scope: Scope) -> str:
    """The day or days a file name names ("2026-03-18", "2026-03-16~2026-03-20"), or "chosen"."""
    if isinstance(scope, DeliveryFilter) and scope.first is not None:
        if scope.last is None or scope.last == scope.first:
            return day_text(scope.first)
        return f"{day_text(scope.first)}~{day_text(scope.last)}"
    return _tr(QT_TRANSLATE_NOOP("DeliveryPrinting", "chosen"))


def _show(parent: QWidget | None, make: Callable[[], bytes], title: str, scope: Scope) -> None:
    try:
        pdf = make()
    except ValidationError as error:
        QMessageBox.warning(parent, _tr(_NOT_PRINTED), "\n".join(problem_text(p) for p in error.problems))
        return
    except DatabaseProblem as problem:
        show_problem(problem, parent)
        return
    PdfPreviewDialog(pdf, title=title, file_name=f"{title} {file_part(scope)}.pdf", parent=parent).exec()


def show_picking_list(counter: Counter, scope: Scope, parent: QWidget | None = None) -> None:
    _show(parent, lambda: picking_list_pdf(counter.db, scope, now=counter.now()), _tr(_PICKING), scope)


def show_manifest(counter: Counter, scope: Scope, parent: QWidget | None = None) -> None:
    _show(parent, lambda: manifest_pdf(counter.db, scope, now=counter.now()), _tr(_MANIFEST), scope)


def show_labels(counter: Counter, scope: Scope, parent: QWidget | None = None) -> None:
    dialog = LabelOptionsDialog(counter, scope, parent)
    if dialog.exec() and isinstance(dialog.outcome, bytes):
        PdfPreviewDialog(
            dialog.outcome, title=_tr(_LABELS), file_name=f"{_tr(_LABELS)} {file_part(scope)}.pdf", parent=parent
        ).exec()


class LabelOptionsDialog(ServiceDialog):
    """Which label sheet is in the printer, and where on it to start (a partly used sheet is used up first)."""

    def __init__(self, counter: Counter, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(counter, _tr(_LABELS), parent)
        self.scope = scope
        self.sheet: ChoiceBox[LabelSheet] = ChoiceBox()
        for sheet in LABEL_SHEETS:
            self.sheet.add(
                self.tr("A4, {count} labels ({columns} × {rows}, {width} × {height} mm)").format(
                    count=sheet.labels_per_sheet,
                    columns=sheet.columns,
                    rows=sheet.rows,
                    width=f"{sheet.label_width:g}",
                    height=f"{sheet.label_height:g}",
                ),
                sheet,
            )
        self.start = QSpinBox()
        self.outline = QCheckBox(self.tr("Draw each label's edge (a test print on plain paper)"))
        self.errors.add_row(self.form, self.tr("&Label sheet"), self.sheet, "sheet")
        self.errors.add_row(self.form, self.tr("Start at la&bel"), self.start, "start_position")
        self.form.addRow("", self.outline)
        entry_notes = label_settings(counter.db).entry_notes_on_labels
        self.entry_notes = QLabel(
            self.tr("Entry notes (door codes) are printed on the labels.")
            if entry_notes
            else self.tr("Entry notes (door codes) are not printed on the labels; the manifest keeps them.")
        )
        self.entry_notes.setWordWrap(True)
        self.form.addRow("", self.entry_notes)
        self.errors.alias("deliveries", "sheet")
        self.errors.alias("delivery_ids", "sheet")
        self.sheet.currentIndexChanged.connect(lambda _index: self._limit_start())
        self._limit_start()
        self.rename_save(self.tr("&Show labels"))

    def rename_save(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(text)

    def chosen_sheet(self) -> LabelSheet:
        return self.sheet.value() or LABEL_SHEETS[0]

    def _limit_start(self) -> None:
        sheet = self.chosen_sheet()
        self.start.setRange(1, sheet.labels_per_sheet)
        self.start.setToolTip(
            self.tr("1 is the top left label; labels are counted row by row to {count}.").format(
                count=sheet.labels_per_sheet
            )
        )

    def submit(self) -> bytes:
        try:
            return self._fitting_labels()
        except SellerDetailsMissing as missing:
            # The sender printed on every label must be whole: enter the shop's details, then print.
            if not offer_shop_details(self.counter, missing, self):
                raise
            return self._fitting_labels()

    def _fitting_labels(self) -> bytes:
        """The labels; an address too long for readable print is named first, and printed only if the clerk says
        so (otherwise the names stay beside the sheet, and nothing is printed)."""
        try:
            return self._labels(print_anyway=False)
        except LabelsDoNotFit as too_long:
            if not self.ask_print_anyway(too_long):
                raise
            return self._labels(print_anyway=True)

    def ask_print_anyway(self, too_long: LabelsDoNotFit) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Addresses too long for the labels"),
            self.tr(
                "These addresses do not fit on a label in print a courier can read. Printed anyway, their labels "
                "leave off the notes and the sender, and may cut the address short."
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText("\n".join(problem_text(problem) for problem in too_long.problems))
        anyway = box.addButton(self.tr("&Print anyway"), QMessageBox.ButtonRole.AcceptRole)
        fix = box.addButton(self.tr("&Fix first"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(fix)
        box.setEscapeButton(fix)
        box.exec()
        return box.clickedButton() is anyway

    def _labels(self, *, print_anyway: bool) -> bytes:
        return label_sheet_pdf(
            self.counter.db,
            self.scope,
            sheet=self.chosen_sheet(),
            start_position=self.start.value(),
            outline=self.outline.isChecked(),
            print_anyway=print_anyway,
            now=self.counter.now(),
        )
