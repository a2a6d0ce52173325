"""Backups from the Shop menu: a copy made now, the daily copy in the background, and restoring one.

The daily copy runs on a worker thread (SQLite's backup and check release the GIL), first a few seconds after
start-up, so the window paints at once, then every hour; it only copies when no copy was made yet today.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toysub_desktop.domain.contacts import StaffRole
from toysub_desktop.domain.dates import utc_now
from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.staff import Permission
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.services.access import Approval, ApprovalNeeded
from toysub_desktop.services.backups import (
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    BackupFile,
    BackupPlace,
    back_up_daily,
    back_up_now,
    backup_place,
    database_backups,
    restore_backup,
)
from toysub_desktop.services.database import DatabaseProblem, ProblemKind
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.screen_fit import keep_on_screen
from toysub_desktop.ui.settings import KEEP_RANGE, MachineSettings
from toysub_desktop.ui.sign_in import ApprovalDialog
from toysub_desktop.ui.text import moment_text, problem_text

log = logging.getLogger(__name__)

_CONTEXT = "Backups"
#: The first daily check waits this long after start-up, so it never delays the window.
START_DELAY_MS = 5_000
CHECK_EVERY_MS = 60 * 60 * 1000

_SERVER = QT_TRANSLATE_NOOP(
    "Backups",
    "This counter uses a database server:\n{where}\n\nThe app backs up only a database file on this PC. Back up "
    "and restore the server's database with the server's own backups (for PostgreSQL, pg_dump or the hosting "
    "service's backups).",
)
_BACKUPS = QT_TRANSLATE_NOOP("Backups", "Backups")
_BACK_UP_NOW = QT_TRANSLATE_NOOP("Backups", "Back up now")
_BACKED_UP = QT_TRANSLATE_NOOP(
    "Backups", "The database was backed up and the copy checked:\n{file}\n\nin the folder\n{folder}"
)
_DAILY_FAILED = QT_TRANSLATE_NOOP("Backups", "The daily backup could not be made. {reason}")
_DAILY_MADE = QT_TRANSLATE_NOOP("Backups", "Daily backup made: {file}")
_RESTORE = QT_TRANSLATE_NOOP("Backups", "Restore from backup")
_OWNER_ONLY = QT_TRANSLATE_NOOP("Backups", "Only the owner can restore a backup.")
_LABELS = {
    DAILY: QT_TRANSLATE_NOOP("Backups", "Daily"),
    MANUAL: QT_TRANSLATE_NOOP("Backups", "Made by hand"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "Before a restore"),
}
_BEFORE_UPDATE = QT_TRANSLATE_NOOP("Backups", "Before an update (schema {revision})")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def label_text(backup: BackupFile) -> str:
    """Why the copy was made, in words."""
    revision = backup.migration_revision
    if revision is not None:
        return _tr(_BEFORE_UPDATE).format(revision=revision)
    return _tr(_LABELS[backup.label]) if backup.label in _LABELS else backup.label


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):,.1f} MB"
    return f"{max(size // 1024, 1):,} KB"


def explain_server_backups(counter: Counter, parent: QWidget | None) -> None:
    QMessageBox.information(parent, _tr(_BACKUPS), _tr(_SERVER).format(where=counter.db.location.describe()))


class BackupScheduler(QObject):
    """The daily copy, checked at start-up (after a short delay) and every hour while the app runs."""

    #: A finished check: the copy made (a ``Path``), ``None`` when today's copy already existed, or the
    #: ``DatabaseProblem`` that stopped it.
    finished = Signal(object)

    def __init__(
        self,
        place: BackupPlace,
        *,
        settings: MachineSettings | None = None,
        now: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.place = place
        self.settings = settings or MachineSettings()
        self.now = now
        self._thread: threading.Thread | None = None
        self._busy = False
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.check)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self, first_delay_ms: int = START_DELAY_MS) -> None:
        self._first.start(first_delay_ms)
        self._timer.start()

    def check(self) -> bool:
        """Start a check in the background unless one is running; returns whether one started."""
        if self._busy:
            return False
        self._busy = True
        self.wait()  # a thread that has reported may still be on its way out
        keep = self.settings.backups_to_keep
        now = self.now()
        self._thread = threading.Thread(target=self._run, args=(now, keep), name="daily-backup")
        self._thread.start()
        return True

    def _run(self, now: datetime, keep: int) -> None:
        result: object
        try:
            result = back_up_daily(self.place, now=now, keep=keep)
        except DatabaseProblem as problem:
            log.warning("daily backup failed: %s", problem)
            result = problem
        except Exception as error:  # a bug must not end the thread silently, nor the app
            log.exception("daily backup failed")
            folder = str(self.place.folder)
            result = DatabaseProblem(ProblemKind.BACKUP_FAILED, folder, repr(error), folder)
        self._busy = False
        with contextlib.suppress(RuntimeError):  # the window (and this object) closed meanwhile
            self.finished.emit(result)

    def wait(self) -> None:
        """Let a running copy finish (before a restore, or when the app closes)."""
        if self._thread is not None:
            self._thread.join()

    def stop(self) -> None:
        self._first.stop()
        self._timer.stop()
        self.wait()


def report_daily_backup(status: Callable[[str, int], None], result: object) -> None:
    """A failed daily copy is said in the status bar (and logged); a good one briefly."""
    if isinstance(result, DatabaseProblem):
        from toysub_desktop.ui.problems import problem_message

        status(_tr(_DAILY_FAILED).format(reason=problem_message(result)), 0)
    elif isinstance(result, Path):
        status(_tr(_DAILY_MADE).format(file=result.name), 10_000)


def make_backup_now(
    counter: Counter, parent: QWidget | None, settings: MachineSettings | None = None
) -> BackupFile | None:
    """Shop → Back up now: a checked copy of the database file, or why not."""
    place = backup_place(counter.db)
    if place is None:
        explain_server_backups(counter, parent)
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        made = back_up_now(place, now=counter.now(), keep=(settings or MachineSettings()).backups_to_keep)
    except DatabaseProblem as problem:
        QApplication.restoreOverrideCursor()
        show_problem(problem, parent)
        return None
    QApplication.restoreOverrideCursor()
    QMessageBox.information(
        parent,
        _tr(_BACK_UP_NOW),
        _tr(_BACKED_UP).format(file=made.path.name, folder=place.folder),
    )
    return made


class RestoreDialog(QDialog):
    """The copies of this database with their date, size and kind; one is chosen, confirmed, then restored by
    the caller (``chosen``)."""

    def __init__(
        self, counter: Counter, place: BackupPlace, settings: MachineSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self.place = place
        self.settings = settings
        self.chosen: BackupFile | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        intro = QLabel(
            self.tr(
                "Choose the copy to go back to. Everything recorded after it is replaced by the copy; the "
                "database as it is now is backed up first, so this can be undone.\n\nDatabase: {database}\n"
                "Backups: {folder}"
            ).format(database=place.database, folder=place.folder)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("Size"), self.tr("Kind")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        caption = QLabel(self.tr("&Backups of this database, newest first:"))
        caption.setBuddy(self.table)
        self.empty = QLabel(self.tr("There are no backups of this database yet."))

        self.keep = QSpinBox()
        self.keep.setRange(*KEEP_RANGE)
        self.keep.setValue(settings.backups_to_keep)
        keep_caption = QLabel(self.tr("&Keep the newest backups (on this PC):"))
        keep_caption.setBuddy(self.keep)
        self.keep.valueChanged.connect(self._keep_changed)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_caption)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(keep_row)
        layout.addWidget(self.buttons)
        self.backups: list[BackupFile] = []
        self.reload()
        self.resize(640, 480)
        keep_on_screen(self)
        self.table.setFocus()

    def reload(self) -> None:
        self.backups = database_backups(self.place)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (moment_text(backup.taken_at), size_text(backup.size), label_text(backup))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        if self.backups:
            self.table.selectRow(0)
        self._update()

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _keep_changed(self, value: int) -> None:
        self.settings.backups_to_keep = value

    def confirm(self, backup: BackupFile) -> bool:
        """Ask before replacing the database, naming the copy and when it was made."""
        answer = QMessageBox.warning(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Restore the database to the backup made at {when}?\n\n{file}\n\nEverything recorded after that "
                "moment is replaced. The database as it is now is backed up first. The counter window closes and "
                "opens again on the restored database."
            ).format(when=moment_text(backup.taken_at), file=backup.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None and self.confirm(backup):
            self.chosen = backup
            self.accept()


def restore_from_backup(
    counter: Counter,
    parent: QWidget | None,
    *,
    scheduler: BackupScheduler | None = None,
    settings: MachineSettings | None = None,
) -> tuple[BackupFile, Path] | None:
    """Shop → Restore from backup: choose, confirm, then put the copy back. Returns the copy restored and the
    copy of the state before; the caller must then reopen the counter (the old database handle is closed).
    Returns None when nothing changed (cancelled, refused, or a damaged copy)."""
    place = backup_place(counter.db)
    if place is None:
        explain_server_backups(counter, parent)
        return None
    approval: Approval | None = None
    if counter.staff.role is not StaffRole.OWNER:
        # The owner approves with their PIN now, before anything is chosen; the service checks it again.
        asking = ApprovalDialog(counter.db, ApprovalNeeded(Permission.RESTORE), parent)
        if asking.exec() != QDialog.DialogCode.Accepted or asking.approval is None:
            QMessageBox.information(parent, _tr(_RESTORE), _tr(_OWNER_ONLY))
            return None
        approval = asking.approval
    dialog = RestoreDialog(counter, place, settings or MachineSettings(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    backup = dialog.chosen
    if scheduler is not None:
        scheduler.wait()  # never restore under a daily copy being written
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        safety = restore_backup(
            counter.db, backup.path, by_staff_id=counter.staff.id, approval=approval, now=counter.now()
        )
    except ValidationError as refused:  # a wrong approving PIN: nothing was touched
        QApplication.restoreOverrideCursor()
        QMessageBox.information(parent, _tr(_RESTORE), problem_text(refused.problems[0]))
        return None
    except DatabaseProblem as problem:
        QApplication.restoreOverrideCursor()
        log.error("restore from %s failed: %s", backup.path, problem)
        show_problem(problem, parent)
        return None
    QApplication.restoreOverrideCursor()
    return backup, safety
