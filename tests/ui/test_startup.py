"""Starting the app: first start, a database that cannot be used, who is at the counter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from support import NOW
from toysub_desktop import __version__
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind
from toysub_desktop.folders import Folders
from toysub_desktop.services.shop import add_staff, list_staff, set_up_shop
from toysub_desktop.services.staff import set_first_pin
from toysub_desktop.ui import startup
from toysub_desktop.ui.dialogs.shop_dialogs import FirstRunDialog
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


def test_first_start_asks_for_the_shop_and_its_owner(
    qtbot: QtBot, folders: Folders, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_save(dialog: FirstRunDialog) -> int:
        dialog.save()  # empty: refused beside the fields
        assert dialog.errors.message_for("shop_name") and dialog.errors.message_for("owner_name")
        dialog.shop_name.setText("토이구독 마포점")
        dialog.owner_name.setText("박지영")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(FirstRunDialog, "exec", fill_and_save)
    window = startup.open_counter(database=None, demo=False, folders=folders)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.counter.staff.name == "박지영"
    assert "토이구독 마포점" in window.windowTitle()
    assert (folders.data / "toysub.sqlite3").exists()
    window.counter.db.dispose()


def test_cancelling_the_first_start_leaves_quietly(folders: Folders, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FirstRunDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
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
