"""A document that names the seller is refused while the shop's details are blank: the clerk is told which details
are missing and taken to Shop details to enter them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from toysub_desktop.domain.shop import SellerDetailsMissing
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.settings_dialogs import ShopDetailsDialog
from toysub_desktop.ui.text import problem_text

_CONTEXT = "SellerDetails"
_TITLE = QT_TRANSLATE_NOOP("SellerDetails", "Shop details missing")
_INTRO = QT_TRANSLATE_NOOP(
    "SellerDetails",
    "This document must name the shop as the seller, and nothing was printed. Enter these details first:",
)
_GO = QT_TRANSLATE_NOOP("SellerDetails", "Enter shop &details…")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def offer_shop_details(counter: Counter, missing: SellerDetailsMissing, parent: QWidget | None) -> bool:
    """Say what is missing and open Shop details at the first missing field; True once the details are saved."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr(_TITLE))
    box.setText(_tr(_INTRO) + "\n\n" + "\n".join(f"• {problem_text(p)}" for p in missing.problems))
    go = box.addButton(_tr(_GO), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go)
    box.exec()
    chosen = box.clickedButton() is go
    box.deleteLater()  # asked once; no window is left behind, with or without a parent
    if not chosen:
        return False
    dialog = ShopDetailsDialog(counter, parent)
    dialog.focus_field(missing.fields[0])
    saved = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return saved
