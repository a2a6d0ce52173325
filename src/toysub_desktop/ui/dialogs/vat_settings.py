"""The shop's VAT setting: how the shop is registered, and which charges carry VAT on its statements and receipts.
A manager or the owner saves it (anyone else with their PIN)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QRadioButton, QVBoxLayout, QWidget

from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.ledger import CHARGE_KINDS, EntryKind
from toysub_desktop.domain.vat import TaxStatus
from toysub_desktop.services.tax import VatSettings, update_vat_settings, vat_settings
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.base import ServiceDialog
from toysub_desktop.ui.dialogs.settings_dialogs import hint_label
from toysub_desktop.ui.ledger_text import entry_name

#: The charges in the order the clerk reads them.
_KIND_ORDER = (
    EntryKind.CYCLE_FEE,
    EntryKind.DEPOSIT,
    EntryKind.EARLY_TERMINATION,
    EntryKind.LATE_FEE,
    EntryKind.DAMAGE_FEE,
    EntryKind.LOSS_FEE,
)
assert set(_KIND_ORDER) == CHARGE_KINDS


class VatSettingsDialog(ServiceDialog):
    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Tax (VAT) settings"))
        self.settings: VatSettings = vat_settings(counter.db)
        if counter.staff.role is StaffRole.CLERK:
            self.add_intro(
                self.tr(
                    "Changing this needs a manager or the owner: one of them approves with their PIN when you save."
                )
            )
        self.status_buttons = QButtonGroup(self)
        statuses = QWidget()
        column = QVBoxLayout(statuses)
        column.setContentsMargins(0, 0, 0, 0)
        self.status_choice: dict[TaxStatus, QRadioButton] = {}
        for status, text in (
            (TaxStatus.GENERAL, self.tr("&General taxpayer: statements and receipts show the supply value and VAT")),
            (TaxStatus.SIMPLIFIED, self.tr("&Simplified taxpayer: no VAT lines")),
            (TaxStatus.EXEMPT, self.tr("VAT-&exempt business: no VAT lines")),
        ):
            button = QRadioButton(text)
            self.status_buttons.addButton(button)
            self.status_choice[status] = button
            column.addWidget(button)
        self.status_choice[self.settings.rules.status].setChecked(True)
        self.errors.add_row(self.form, self.tr("The shop is a:"), statuses, "tax_status")
        kinds = QWidget()
        kind_column = QVBoxLayout(kinds)
        kind_column.setContentsMargins(0, 0, 0, 0)
        self.kind_boxes: dict[EntryKind, QCheckBox] = {}
        for kind in _KIND_ORDER:
            box = QCheckBox(entry_name(kind))
            box.setChecked(kind in self.settings.rules.kinds)
            self.kind_boxes[kind] = box
            kind_column.addWidget(box)
        self.errors.add_row(self.form, self.tr("Charges that carry VAT:"), kinds, "vat_kinds")
        self.form.addRow(
            "",
            hint_label(
                self.tr(
                    "Prices include VAT. A general taxpayer's statements and receipts split the charges that carry "
                    "VAT into supply value (the amount ÷ 1.1, rounded to the won) and VAT. A deposit is money held "
                    "to give back, and the early-termination, late, damage and loss fees are compensation, not "
                    "supplies: they carry no VAT unless your accountant says otherwise."
                )
            ),
        )
        self.status_choice[self.settings.rules.status].setFocus()
        # Wide enough for the hint to read in a few lines, and as tall as the form is at that width.
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())

    def chosen_status(self) -> TaxStatus:
        return next(status for status, button in self.status_choice.items() if button.isChecked())

    def submit(self) -> None:
        update_vat_settings(
            self.counter.db,
            by_staff_id=self.counter.staff.id,
            status=self.chosen_status(),
            kinds=[kind for kind, box in self.kind_boxes.items() if box.isChecked()],
            expected_version=self.settings.version,
            approval=self.approval,
            now=self.counter.now(),
        )
