"""Database problems worded for staff: what happened, where, and what to do. Never a traceback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.database import DatabaseProblem, ProblemKind

_CONTEXT = "DatabaseProblem"

_MESSAGES = {
    ProblemKind.NETWORK_DRIVE: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The database file is on a network drive:\n{where}\n\nA database file cannot be shared safely over a "
        "network drive; two counters writing at once could damage it. Keep the file on this PC's own disk, or, "
        "for several counters, use a shared PostgreSQL server (see 'Several counters' in the manual) and start "
        "the app with --database postgresql://…",
    ),
    ProblemKind.CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The database could not be opened:\n{where}\n\nCheck that the folder exists and that this Windows user "
        "may write to it.",
    ),
    ProblemKind.DAMAGED: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The database file is damaged:\n{where}\n\nNothing was changed. Close the app, move the damaged file "
        "aside, and copy the newest backup from\n{backups}\nto the file's place, then start the app again.",
    ),
    ProblemKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The database cannot be written to:\n{where}\n\nThe file or its folder is read-only. Nothing was saved; "
        "your input is kept. Ask whoever looks after this PC to allow writing there.",
    ),
    ProblemKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The disk is full:\n{where}\n\nNothing was saved; your input is kept. Free some space, then save again.",
    ),
    ProblemKind.BUSY: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The database is in use by another counter or program:\n{where}\n\nNothing was saved; your input is "
        "kept. Try again in a moment.",
    ),
    ProblemKind.DISK_ERROR: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The disk reported an error while using the database:\n{where}\n\nNothing was saved. If it happens "
        "again, the disk may be failing: make a copy of the newest backup from\n{backups}",
    ),
    ProblemKind.SERVER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The database server cannot be reached:\n{where}\n\nCheck that the server PC is on and connected to "
        "the shop's network, then try again.",
    ),
    ProblemKind.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "This database was last used by a newer version of ToySub Desktop:\n{where}\n\nInstall the newest "
        "version on this PC; nothing was changed.",
    ),
    ProblemKind.MIGRATION_FAILED: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The database could not be updated for this version of the app:\n{where}\n\nNothing was changed. A "
        "backup made before the update is in\n{backups}",
    ),
    ProblemKind.BACKUP_FAILED: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "A backup of the database could not be made or checked:\n{where}\n\nThe database was not updated, so "
        "nothing is at risk. Check free disk space in the backup folder.",
    ),
    ProblemKind.REFUSED_VALUE: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The database refused what was entered:\n{where}\n\nNothing was saved; your input is kept. Check the text "
        "you typed or pasted for unusual characters or a very long entry, change it, and save again.",
    ),
    ProblemKind.BACKUP_UNUSABLE: QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "This backup cannot be restored:\n{where}\n\nIt is damaged, not a ToySub Desktop database, or from a newer "
        "version of the app. Nothing was changed; choose another backup.",
    ),
}


def problem_message(problem: DatabaseProblem) -> str:
    template = QCoreApplication.translate(_CONTEXT, _MESSAGES[problem.kind])
    backups = problem.backup_folder or QCoreApplication.translate("DatabaseProblem", "(no backup folder)")
    return template.format(where=problem.where, backups=backups)


def problem_box(problem: DatabaseProblem, parent: QWidget | None = None) -> QMessageBox:
    """The message naming the problem and the file or server; the technical detail is one click away."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("DatabaseProblem", "ToySub Desktop — database"))
    box.setText(problem_message(problem))
    if problem.detail:
        box.setDetailedText(problem.detail)
    return box


def show_problem(problem: DatabaseProblem, parent: QWidget | None = None) -> None:
    """The problem's message, modal: the caller continues once staff have read it."""
    problem_box(problem, parent).exec()


def open_problem(problem: DatabaseProblem, parent: QWidget | None = None) -> QMessageBox:
    """The problem's message over *parent*, returning at once (from the error handler, the event loop goes on)."""
    box = problem_box(problem, parent)
    _open_boxes.add(box)  # without a parent, nothing else keeps it alive until it is closed
    box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


_open_boxes: set[QMessageBox] = set()


def offer_retry(problem: DatabaseProblem, parent: QWidget, retry: Callable[[], None]) -> QMessageBox:
    """A passing problem (the database busy elsewhere) over *parent*, offering to try again or cancel; returns at
    once. Try again calls *retry* once the message has closed; Cancel leaves *parent* as it was, input and all."""
    box = problem_box(problem, parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    again = box.button(QMessageBox.StandardButton.Retry)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert again is not None and cancel is not None
    again.setText(QCoreApplication.translate("DatabaseProblem", "Try again"))
    cancel.setText(QCoreApplication.translate("DatabaseProblem", "Cancel"))

    def clicked(button: QAbstractButton) -> None:
        if button is again:
            QTimer.singleShot(0, retry)

    box.buttonClicked.connect(clicked)
    box.open()
    return box
