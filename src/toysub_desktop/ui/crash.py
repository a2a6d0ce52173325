"""The dialog for an unexpected error: a short explanation, where the log is, details to copy for whoever
supports the app. It is not modal: the error handler returns at once and the counter keeps working."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop import __version__
from toysub_desktop.ui.screen_fit import keep_on_screen

#: The dialog on screen, if any: a second error while it is open is added to it rather than opening another.
_open_dialog: CrashDialog | None = None


def environment_summary() -> str:
    """What support needs besides the traceback: the app's version and the platform it runs on."""
    return (
        f"ToySub Desktop {__version__}\n"
        f"Python {platform.python_version()} · PySide6 {pyside_version} · Qt {qVersion()}\n"
        f"{platform.platform()} ({platform.machine()})"
    )


def open_folder(folder: Path) -> bool:
    """Open *folder* in the system's file manager (Explorer on Windows)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ToySub Desktop — unexpected error"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_file = log_file
        self.errors = [details]

        icon = QLabel()
        style = self.style()
        icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.explanation = QLabel(
            self.tr(
                "Something unexpected went wrong. What you saved before is safe, and you can keep working; the "
                "last action may not have been saved, so check it."
            )
        )
        self.explanation.setWordWrap(True)
        where = str(log_file) if log_file else self.tr("(no log file could be written)")
        self.log_label = QLabel(self.tr("The details are also in the log file:\n{log}").format(log=where))
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice = QLabel(self.tr("Copy the details and send them to whoever supports this app."))
        self.advice.setWordWrap(True)
        text_column = QVBoxLayout()
        text_column.addWidget(self.explanation)
        text_column.addWidget(self.log_label)
        text_column.addWidget(self.advice)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_column, 1)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(160)
        details_caption = QLabel(self.tr("&Details:"))
        details_caption.setBuddy(self.details)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.folder_button = QPushButton(self.tr("Open &log folder"))
        self.folder_button.setEnabled(log_file is not None)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(details_caption)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self._show_details()
        self.resize(720, 480)
        keep_on_screen(self)
        self.copy_button.setDefault(True)
        self.copy_button.setFocus()

    def add_error(self, details: str) -> None:
        """Another error while this dialog is open: added to the details, not a second dialog."""
        self.errors.append(details)
        self._show_details()

    def report(self) -> str:
        """The text "copy details" puts on the clipboard: version, platform, then every error's traceback."""
        return environment_summary() + "\n\n" + "\n".join(self.errors)

    def _show_details(self) -> None:
        self.details.setPlainText(self.report())
        if len(self.errors) > 1:
            self.advice.setText(
                self.tr("{count} errors happened. Copy the details and send them to whoever supports this app.").format(
                    count=len(self.errors)
                )
            )

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.report())
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            open_folder(self.log_file.parent)

    def done(self, result: int) -> None:
        global _open_dialog
        if _open_dialog is self:
            _open_dialog = None
        super().done(result)


def show_crash(details: str, log_file: Path | None) -> CrashDialog:
    """Show the error (added to the dialog already open, if any) and return at once."""
    global _open_dialog
    if QApplication.instance() is None:
        raise RuntimeError("no Qt application to show the error in")
    if _open_dialog is not None:
        _open_dialog.add_error(details)
        return _open_dialog
    dialog = CrashDialog(details, log_file, QApplication.activeWindow())
    _open_dialog = dialog
    dialog.destroyed.connect(_forget)  # e.g. with its window, when the counter reopens after a restore
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def _forget() -> None:
    global _open_dialog
    _open_dialog = None


def open_crash_dialog() -> CrashDialog | None:
    """The crash dialog on screen, if any."""
    return _open_dialog
