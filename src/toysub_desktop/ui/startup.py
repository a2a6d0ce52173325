"""Opening the counter: the database (with a clear message if it cannot be used), first start, who is here; then
keeping the window on its database: brought forward by a second start, reopened after a restore, backed up daily.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

from toysub_desktop.folders import Folders
from toysub_desktop.services.backups import BackupFile, backup_place, record_restore
from toysub_desktop.services.database import DatabaseLocation, DatabaseProblem, location_from, open_database
from toysub_desktop.services.shop import StaffMember, is_set_up, list_staff
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.problems import show_problem
from toysub_desktop.ui.settings import MachineSettings
from toysub_desktop.ui.text import moment_text

if TYPE_CHECKING:
    from toysub_desktop.services.backups import BackupPlace
    from toysub_desktop.ui.backups import BackupScheduler

log = logging.getLogger(__name__)

#: The first daily-backup check waits this long after the window is up, so it never delays it.
BACKUPS_AFTER_MS = 5_000

EXIT_DATABASE_PROBLEM = 2
EXIT_CANCELLED = 0
EXIT_IN_USE = 3


def backup_folder_for(location: DatabaseLocation, folders: Folders) -> Path | None:
    """Where a SQLite file's copies go: the user's backup folder for the files in the data folder (the shop's
    and the demo's), else a ``backups`` folder beside the file, so two files with the same name never share
    (and never restore) each other's copies. None for a server."""
    path = location.sqlite_path
    if path is None:
        return None
    if path.parent == folders.data.absolute():
        return folders.backups
    return path.parent / "backups"


def open_counter(*, database: str | None, demo: bool, folders: Folders) -> MainWindow | int:
    """The main window on a ready database, or the exit code when there is none to show."""
    return open_location(location_from(database, data_dir=folders.data, demo=demo), demo=demo, folders=folders)


def open_location(location: DatabaseLocation, *, demo: bool, folders: Folders) -> MainWindow | int:
    """The main window on the database at *location*, or the exit code when there is none to show."""
    log.info("opening %s", location.describe())
    try:
        # SQLite's full check of the file goes on after the window is up; writes wait for its verdict.
        db = open_database(location, backup_folder=backup_folder_for(location, folders), check_later=True)
        if demo and not is_set_up(db):
            from toysub_desktop.demo import populate_demo_shop

            # Thousands of steps through the services, once: say so while it runs rather than seem to hang.
            notice = QLabel(
                QCoreApplication.translate(
                    "Startup",
                    "Preparing the demo shop: two years of customers, contracts, deliveries and payments.\n"
                    "This takes about half a minute, once; the next start opens it at once.",
                )
            )
            notice.setWindowFlags(Qt.WindowType.SplashScreen)
            notice.setMargin(24)
            notice.show()
            QApplication.processEvents()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                populate_demo_shop(db)
            finally:
                QApplication.restoreOverrideCursor()
                notice.close()
        set_up_now: StaffMember | None = None
        if not is_set_up(db):
            from toysub_desktop.ui.first_start import FirstStartWizard  # only the first start needs it

            wizard = FirstStartWizard(db)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.outcome is None:
                db.dispose()
                return EXIT_CANCELLED
            set_up_now = wizard.outcome.member
            _remember_staff(set_up_now, location.describe())
        staff = set_up_now or _staff_at_counter(list_staff(db), location.describe())
    except DatabaseProblem as problem:
        log.error("database problem: %s", problem)
        show_problem(problem)
        return EXIT_DATABASE_PROBLEM
    window = MainWindow(Counter(db, staff))
    window.counter_lock.demo = demo
    # The owner who just set up the shop typed their PIN a moment ago: the counter opens signed in to them.
    window.counter_lock.signed_in_at_start = set_up_now is not None
    window.counter_lock.signedIn.connect(lambda member: _remember_staff(member, location.describe()))
    return window


def say_database_in_use(location: DatabaseLocation) -> None:
    """A second start could not reach the window that has the database open."""
    QMessageBox.information(
        None,
        QCoreApplication.translate("Startup", "ToySub Desktop"),
        QCoreApplication.translate(
            "Startup",
            "This database is already open in another ToySub Desktop window on this PC:\n{where}\n\nSwitch to "
            "that window (see the taskbar). If no window is open, wait a moment and start the app again.",
        ).format(where=location.describe()),
    )


class CounterHost(QObject):
    """Keeps the counter window on one database: opens it, brings it forward when the app is started again on
    the same database, runs the daily backup, and opens it again after a restore."""

    def __init__(self, location: DatabaseLocation, *, demo: bool, folders: Folders) -> None:
        super().__init__()
        self.location = location
        self.demo = demo
        self.folders = folders
        self.window: MainWindow | None = None
        self.scheduler: BackupScheduler | None = None
        self.backups_after_ms = BACKUPS_AFTER_MS

    def open(self, *, backups_after_ms: int = BACKUPS_AFTER_MS) -> int | None:
        """Open and show the window; None when it is up, else the exit code (the reason was already shown).
        The first daily-backup check runs *backups_after_ms* later (and after a restore reopens the window)."""
        self.backups_after_ms = backups_after_ms
        window = open_location(self.location, demo=self.demo, folders=self.folders)
        if isinstance(window, int):
            return window
        self._adopt(window)
        return None

    def _adopt(self, window: MainWindow) -> None:
        self.window = window
        window.restored.connect(self._reopen_after_restore)
        place = backup_place(window.counter.db)
        if place is not None:
            # The backup machinery loads when it first runs, after the window is on screen.
            QTimer.singleShot(self.backups_after_ms, window, lambda: self._start_backups(window, place))
        window.show()
        integrity = window.counter.db.integrity
        if integrity is not None:
            verdict = _Verdict(window)
            # Queued even when the check ended before this line: the slot closes the window and ends the event
            # loop, which must be running by then.
            verdict.damaged.connect(
                lambda problem: self._refuse_damaged(window, problem), Qt.ConnectionType.QueuedConnection
            )
            integrity.when_done(verdict.tell)
        # Nobody is signed in yet (unless the shop was just set up): the counter opens at the sign-in screen, on
        # whoever was here last.
        if not window.counter_lock.signed_in_at_start:
            window.counter_lock.lock()

    def _refuse_damaged(self, window: MainWindow, problem: DatabaseProblem) -> None:
        """The check after start-up found the file damaged: nothing was written to it (writes wait for the
        check), and nothing will be. Say what and where, as at start-up, and close."""
        log.error("database problem found by the check after start-up: %s", problem)
        if window is not self.window:
            return
        show_problem(problem, window)
        window.close()
        QApplication.exit(EXIT_DATABASE_PROBLEM)

    def _start_backups(self, window: MainWindow, place: BackupPlace) -> None:
        from toysub_desktop.ui.backups import BackupScheduler, report_daily_backup

        scheduler = BackupScheduler(place, parent=window)
        scheduler.finished.connect(lambda result: report_daily_backup(window.statusBar().showMessage, result))
        window.backup_scheduler = scheduler
        self.scheduler = scheduler
        scheduler.start(0)  # today's copy now if there is none, then a check every hour

    def bring_forward(self) -> None:
        """Another start on this database: show this app's window (or the dialog open over it) in front."""
        if self.window is not None and self.window.isMinimized():
            self.window.showNormal()  # under the sign-in screen (or a dialog) as well
        target: QWidget | None = QApplication.activeModalWidget() or self.window
        if target is None:
            return
        if target.isMinimized():
            target.showNormal()
        target.show()
        target.raise_()
        target.activateWindow()

    def _reopen_after_restore(self, backup: BackupFile, safety: Path, staff_name: str) -> None:
        """The database file was replaced under the old window: open it again through the usual start-up (a copy
        from before an update is migrated then), note the restore in it, and close the old window."""
        old = self.window
        if old is not None:
            MachineSettings().save_geometry(old)
            old.hide()
        code = self.open(backups_after_ms=self.backups_after_ms)
        if old is not None:
            old.close()
            old.deleteLater()
        window = self.window
        if code is not None or window is None or window is old:
            QApplication.quit()
            return
        try:
            record_restore(
                window.counter.db, staff_name=staff_name, backup=backup.path, safety=safety, now=window.counter.now()
            )
        except DatabaseProblem as problem:
            show_problem(problem, window)
        QMessageBox.information(
            window,
            QCoreApplication.translate("Startup", "Restore from backup"),
            QCoreApplication.translate(
                "Startup",
                "The database was restored from the backup made at {when}.\n\nThe state before the restore is "
                "kept as a backup:\n{file}",
            ).format(when=moment_text(backup.taken_at), file=safety.name),
        )

    def shutdown(self) -> None:
        """Let a daily copy in progress finish before the process ends; stop a check still reading the file."""
        if self.window is not None and self.window.counter.db.integrity is not None:
            self.window.counter.db.integrity.cancel()
        if self.scheduler is not None:
            with contextlib.suppress(RuntimeError):  # already deleted with its window
                self.scheduler.stop()


class _Verdict(QObject):
    """Brings the background check's verdict from its thread to the window's."""

    damaged = Signal(object)

    def tell(self, problem: DatabaseProblem | None) -> None:
        if problem is None:
            return
        with contextlib.suppress(RuntimeError):  # the window (and this) was closed meanwhile
            self.damaged.emit(problem)


def _settings_key(where: str) -> str:
    return "counter/staff/" + "".join(ch if ch.isalnum() else "_" for ch in where)


def _staff_at_counter(staff: list[StaffMember], where: str) -> StaffMember:
    """Whoever was at this counter last time on this database, else the first (the owner)."""
    remembered = QSettings().value(_settings_key(where))
    return next((s for s in staff if str(s.id) == str(remembered)), staff[0])


def _remember_staff(member: StaffMember, where: str) -> None:
    QSettings().setValue(_settings_key(where), member.id)
