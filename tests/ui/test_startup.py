"""Starting the app: first start, a database that cannot be used, who is at the counter."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from rental_support import rental_shop
from support import NOW, shop_file_with_a_damaged_table
from toysub_desktop import __version__
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind
from toysub_desktop.folders import Folders
from toysub_desktop.services.shop import add_staff, list_staff, set_up_shop
from toysub_desktop.services.staff import set_first_pin
from toysub_desktop.ui import startup
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.first_start import FirstStartWizard
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.problems import problem_message

pytestmark = pytest.mark.gui


@pytest.fixture
def folders(tmp_path: Path) -> Folders:
    return Folders(data=tmp_path / "data", backups=tmp_path / "data" / "backups", logs=tmp_path / "logs")


@pytest.fixture
def shown_problems(monkeypatch: pytest.MonkeyPatch) -> list[DatabaseProblem]:
    shown: list[DatabaseProblem] = []
    monkeypatch.setattr(startup, "show_problem", lambda problem, parent=None: shown.append(problem))
    return shown


def test_version_is_printed_without_starting_the_window() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "toysub_desktop", "--version"], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == f"toysub-desktop {__version__}"


def test_cancelling_the_first_start_leaves_quietly(folders: Folders, monkeypatch: pytest.MonkeyPatch) -> None:
    # The first start itself, page by page, is in test_first_start.py.
    monkeypatch.setattr(FirstStartWizard, "exec", lambda wizard: int(QDialog.DialogCode.Rejected))
    assert startup.open_counter(database=None, demo=False, folders=folders) == startup.EXIT_CANCELLED


def test_a_damaged_database_shows_what_and_where_instead_of_a_traceback(
    folders: Folders, tmp_path: Path, shown_problems: list[DatabaseProblem]
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    assert startup.open_counter(database=str(damaged), demo=False, folders=folders) == startup.EXIT_DATABASE_PROBLEM
    assert [p.kind for p in shown_problems] == [ProblemKind.DAMAGED]
    message = problem_message(shown_problems[0])
    # A file outside the data folder keeps its copies beside it, never mixed with another file's of the same name.
    assert str(damaged) in message and str(tmp_path / "backups") in message and "손상" in message


@pytest.mark.parametrize("check_ends_first", [False, True], ids=["check-still-running", "check-already-ended"])
def test_damage_found_after_the_window_shows_closes_it_and_nothing_is_written(
    qtbot: QtBot,
    folders: Folders,
    tmp_path: Path,
    shown_problems: list[DatabaseProblem],
    monkeypatch: pytest.MonkeyPatch,
    check_ends_first: bool,
) -> None:
    path = tmp_path / "shop.sqlite3"
    damaged = shop_file_with_a_damaged_table(path)  # opens and reads; only the whole-file check finds the damage
    exits: list[int] = []
    monkeypatch.setattr(startup.QApplication, "exit", lambda code=0: exits.append(code))
    if check_ends_first:  # a small file: the check is done before the window is
        opened = startup.open_location

        def open_after_the_check(*args: Any, **kwargs: Any) -> MainWindow | int:
            window = opened(*args, **kwargs)
            assert isinstance(window, MainWindow) and window.counter.db.integrity is not None
            with contextlib.suppress(DatabaseProblem):
                window.counter.db.integrity.require_passed()
            return window

        monkeypatch.setattr(startup, "open_location", open_after_the_check)
    host = startup.CounterHost(sqlite_file(path), demo=False, folders=folders)
    assert host.open() is None  # the window does not wait for the check
    window = host.window
    assert window is not None
    # The refusal waits for the event loop (which ends with it), even when the verdict was already in.
    assert exits == [] and shown_problems == []
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: exits == [startup.EXIT_DATABASE_PROBLEM])
    assert [p.kind for p in shown_problems] == [ProblemKind.DAMAGED]
    assert str(path) in problem_message(shown_problems[0])
    assert not window.isVisible()
    host.shutdown()
    window.counter.db.dispose()
    assert path.read_bytes() == damaged


def test_a_sound_file_keeps_its_window(
    qtbot: QtBot, folders: Folders, tmp_path: Path, shown_problems: list[DatabaseProblem]
) -> None:
    path = tmp_path / "shop.sqlite3"
    db = open_database(sqlite_file(path), backup_folder=None)
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    db.dispose()
    host = startup.CounterHost(sqlite_file(path), demo=False, folders=folders)
    assert host.open() is None
    window = host.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    integrity = window.counter.db.integrity
    assert integrity is not None
    integrity.require_passed()
    qtbot.wait(50)  # the verdict's signal is delivered
    assert window.isVisible() and shown_problems == []
    host.shutdown()
    window.counter.db.dispose()


def test_an_unreachable_server_shows_its_address(folders: Folders, shown_problems: list[DatabaseProblem]) -> None:
    url = "postgresql://counter:secret@127.0.0.1:9/shop"
    assert startup.open_counter(database=url, demo=False, folders=folders) == startup.EXIT_DATABASE_PROBLEM
    message = problem_message(shown_problems[0])
    assert "127.0.0.1:9" in message and "secret" not in message and "서버" in message


@pytest.mark.parametrize("kind", list(ProblemKind))
def test_every_database_problem_has_a_korean_message_naming_the_place(kind: ProblemKind) -> None:
    message = problem_message(DatabaseProblem(kind, "C:\\토이구독\\toysub.sqlite3", "detail", "C:\\backups"))
    assert "C:\\토이구독\\toysub.sqlite3" in message
    assert any("\uac00" <= ch <= "\ud7a3" for ch in message), "the message must be in Korean"


def test_the_counter_remembers_who_was_there(qtbot: QtBot, folders: Folders, tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    db = open_database(sqlite_file(path), backup_folder=None)
    owner = set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    clerk = add_staff(db, by_staff_id=owner.id, name="최유진", now=NOW)
    set_first_pin(db, staff_id=clerk.id, pin="1234", repeated_pin="1234", now=NOW)
    db.dispose()
    first = startup.open_counter(database=str(path), demo=False, folders=folders)
    assert isinstance(first, MainWindow)
    qtbot.addWidget(first)
    assert first.counter.staff == owner
    first.staff.setCurrentIndex(1)  # switching staff asks for the PIN of who takes the counter
    dialog = first.counter_lock.dialog
    assert dialog is not None and first.counter.staff == owner
    dialog.pin.setText("1234")
    dialog.go()
    assert first.counter.staff == clerk
    first.counter.db.dispose()
    second = startup.open_counter(database=str(path), demo=False, folders=folders)
    assert isinstance(second, MainWindow)
    qtbot.addWidget(second)
    assert second.counter.staff == clerk and second.staff.currentText() == "최유진"
    assert [s.name for s in list_staff(second.counter.db)] == ["박지영", "최유진"]
    second.counter.db.dispose()


#: What the first window does not show, so the first paint must not wait for it: the documents and PDFs, the
#: Rentals tab with its dialogs and services, the dialogs the buttons open, the owner's dashboard with Qt Charts,
#: Alembic (no migration is due), python-stdnum (which loads pydoc).
NOT_AT_FIRST_PAINT = (
    "reportlab",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtCharts",
    "toysub_desktop.ui.dashboard",
    "toysub_desktop.services.dashboard",
    "toysub_desktop.documents",
    "toysub_desktop.ui.rentals_tab",
    "toysub_desktop.ui.dialogs.rental_dialogs",
    "toysub_desktop.services.rentals",
    "toysub_desktop.ui.dialogs.contact_dialogs",
    "toysub_desktop.ui.dialogs.plan_dialogs",
    "toysub_desktop.ui.dialogs.toy_dialogs",
    "toysub_desktop.ui.dialogs.shop_dialogs",
    "alembic",
    "stdnum",
)


def test_the_first_paint_loads_only_what_the_first_window_shows(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    db = open_database(sqlite_file(path), backup_folder=None)
    set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    db.dispose()
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "toysub_desktop", "--database", str(path), "--exit-after-paint"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    imported = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "toysub_desktop.ui.main_window" in imported  # the window was built
    loaded_early = sorted(
        name
        for name in imported
        if name.split(".")[0] in {"reportlab", "alembic", "stdnum"}
        or any(name == early or name.startswith(early + ".") for early in NOT_AT_FIRST_PAINT)
    )
    assert loaded_early == []


def test_the_rentals_tab_is_built_when_first_shown(qtbot: QtBot, db: Database, owner_id: int) -> None:
    shop = rental_shop(db, owner_id)
    staff = next(s for s in list_staff(db) if s.id == shop.owner)
    window = MainWindow(Counter(db, staff))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None)
    assert window.rentals is None
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    QTest.keyClick(focused, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the tab's mnemonic, 대여(&R)
    qtbot.waitUntil(lambda: window.rentals is not None and window.rentals.isVisible())
    rentals = window.rentals
    assert rentals is not None
    qtbot.waitUntil(lambda: rentals.model.rowCount() > 0)  # its list loaded on first show
    assert QApplication.focusWidget() is rentals.scan  # ready for a scanner
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(3)
    assert window.rentals is rentals  # built once
