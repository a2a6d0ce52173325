"""The dialog for an unexpected error: a short explanation, where the log is, and details to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


def show_crash(details: str, log_file: Path | None) -> None:
    if QApplication.instance() is None:
        raise RuntimeError("no Qt application to show the error in")
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Crash", "ToySub Desktop — unexpected error"))
    where = str(log_file) if log_file else QCoreApplication.translate("Crash", "(no log file could be written)")
    box.setText(
        QCoreApplication.translate(
            "Crash",
            "Something unexpected went wrong. What you saved before is safe; the last action may not have been "
            "saved, so check it.\n\nThe details are in the log file:\n{log}\n\nPlease send it to whoever supports "
            "this app.",
        ).format(log=where)
    )
    box.setDetailedText(details)
    box.exec()
