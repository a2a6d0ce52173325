"""Opening the counter: the database (with a clear message if it cannot be used), first start, who is here."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from toysub_desktop.db.location import location_from
from toysub_desktop.db.open import open_database
from toysub_desktop.db.problems import DatabaseProblem
from toysub_desktop.folders import Folders
from toysub_desktop.services.shop import StaffMember, is_set_up, list_staff
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.dialogs.shop_dialogs import FirstRunDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.problems import show_problem

log = logging.getLogger(__name__)

EXIT_DATABASE_PROBLEM = 2
EXIT_CANCELLED = 0


def open_counter(*, database: str | None, demo: bool, folders: Folders) -> MainWindow | int:
    """The main window on a ready database, or the exit code when there is none to show."""
    location = location_from(database, data_dir=folders.data, demo=demo)
    log.info("opening %s", location.describe())
    try:
        db = open_database(location, backup_folder=folders.backups if location.is_sqlite else None)
        if demo and not is_set_up(db):
            from toysub_desktop.services.demo import populate_demo_shop

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                populate_demo_shop(db)
            finally:
                QApplication.restoreOverrideCursor()
        if not is_set_up(db):
            dialog = FirstRunDialog(db)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                db.dispose()
                return EXIT_CANCELLED
        staff = _staff_at_counter(list_staff(db), location.describe())
    except DatabaseProblem as problem:
        log.error("database problem: %s", problem)
        show_problem(problem)
        return EXIT_DATABASE_PROBLEM
    window = MainWindow(Counter(db, staff))
    window.staff.currentIndexChanged.connect(lambda _i: _remember_staff(window.counter.staff, location.describe()))
    return window


def _settings_key(where: str) -> str:
    return "counter/staff/" + "".join(ch if ch.isalnum() else "_" for ch in where)


def _staff_at_counter(staff: list[StaffMember], where: str) -> StaffMember:
    """Whoever was at this counter last time on this database, else the first (the owner)."""
    remembered = QSettings().value(_settings_key(where))
    return next((s for s in staff if str(s.id) == str(remembered)), staff[0])


def _remember_staff(member: StaffMember, where: str) -> None:
    QSettings().setValue(_settings_key(where), member.id)
