"""The owner's label setting: whether entry notes (door codes) are printed on the address labels."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from toysub_desktop.services.shop import LabelSettings, label_settings, update_label_settings
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.settings_dialogs import OwnerDialog, hint_label


class LabelSettingsDialog(OwnerDialog):
    """Entry notes on labels: off until the owner turns them on; the manifest keeps them for the courier."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(counter, "", parent)
        self.setWindowTitle(self.tr("Label settings"))
        self.settings: LabelSettings = label_settings(counter.db)
        self.entry_notes = QCheckBox(self.tr("Print &entry notes (door codes) on address labels"))
        self.entry_notes.setChecked(self.settings.entry_notes_on_labels)
        self.errors.add_row(self.form, "", self.entry_notes, "entry_notes_on_labels")
        self.form.addRow(
            "",
            hint_label(
                self.tr(
                    "A label is read by everyone who handles the box, so door codes are left off unless you turn "
                    "this on. The delivery manifest always lists them for the courier. This also decides whether "
                    "they go in the courier's bulk-registration file."
                )
            ),
        )
        self.allow_owner_only()
        self.entry_notes.setFocus()

    def submit(self) -> None:
        update_label_settings(
            self.counter.db,
            by_staff_id=self.counter.staff.id,
            entry_notes_on_labels=self.entry_notes.isChecked(),
            expected_version=self.settings.version,
            approval=self.approval,
            now=self.counter.now(),
        )
