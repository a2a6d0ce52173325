"""Faults staff can act on — a full disk, a read-only database, a database locked by another program — are a plain
Korean message naming what and where, never the crash dialog; the change is rolled back and the window stays."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, event, func, select

from support import NOW, enter_shop_details, new_customer
from toysub_desktop.db.engine import Database
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import AuditEntry, Customer, PrintedDocument
from toysub_desktop.db.open import open_database
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind
from toysub_desktop.domain.contacts import PhoneRole
from toysub_desktop.folders import Folders
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.documents import issue_change_confirmation
from toysub_desktop.services.shop import set_up_shop, staff_member
from toysub_desktop.ui import printing, startup
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.crash import open_crash_dialog
from toysub_desktop.ui.dialogs.customer_dialogs import NewCustomerDialog
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.problems import problem_message

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def fill_new_customer(dialog: NewCustomerDialog) -> None:
    dialog.name.insert("김민수")
    dialog.phones[PhoneRole.PRIMARY].insert("010 9876 5432")
    dialog.address.postal_code.insert("04001")
    dialog.address.road_address.insert("서울특별시 마포구 월드컵북로 396")
    dialog.child_rows[0].name.insert("김하늘")
    dialog.child_rows[0].birth_month.set_date(date(2023, 5, 1))
    dialog.personal_data.setChecked(True)


def count(db: Database, model: type[Any]) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def shop_file(tmp_path: Path) -> Iterator[tuple[Path, int, int]]:
    """A shop's SQLite file with its owner and one customer: (path, owner id, customer id)."""
    path = tmp_path / "토이 구독" / "toysub.sqlite3"
    db = open_database(sqlite_file(path), backup_folder=tmp_path / "backups")
    owner = set_up_shop(db, shop_name="토이구독 마포점", owner_name="박지영", now=NOW).id
    enter_shop_details(db)
    customer = register_customer(db, staff_id=owner, new=new_customer(), now=NOW)
    db.dispose()
    yield path, owner, customer


def limit_to_current_size(db: Database) -> None:
    """The disk is full: the file may not grow by a single page (SQLite then fails with SQLITE_FULL)."""
    path = db.location.sqlite_path
    assert path is not None
    with closing(sqlite3.connect(path)) as probe:
        pages = int(probe.execute("PRAGMA page_count").fetchone()[0])
    event.listen(db.engine, "connect", lambda dbapi, _record: dbapi.execute(f"PRAGMA max_page_count = {pages}"))
    db.engine.dispose()  # connections made from now on find the disk full


def test_a_full_disk_rolls_the_change_back_and_names_the_file(shop_file: tuple[Path, int, int]) -> None:
    path, owner, customer = shop_file
    db = open_database(sqlite_file(path), backup_folder=None)
    try:
        limit_to_current_size(db)
        audits = count(db, AuditEntry)
        with pytest.raises(DatabaseProblem) as full:
            # A printed document keeps its PDF: tens of pages the file cannot grow by.
            issue_change_confirmation(db, staff_id=owner, customer_id=customer, address_version_id=1, now=NOW)
        assert full.value.kind is ProblemKind.DISK_FULL and full.value.where == str(path)
        assert count(db, PrintedDocument) == 0 and count(db, AuditEntry) == audits
        assert "디스크" in problem_message(full.value) and str(path) in problem_message(full.value)
    finally:
        db.dispose()


def test_a_full_disk_while_printing_is_a_message_and_the_window_keeps_working(
    qtbot: QtBot, shop_file: tuple[Path, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, owner, customer = shop_file
    db = open_database(sqlite_file(path), backup_folder=None)
    shown: list[DatabaseProblem] = []
    monkeypatch.setattr(printing, "show_problem", lambda problem, parent=None: shown.append(problem))
    window = MainWindow(Counter(db, staff_member(db, owner), now=lambda: NOW))
    qtbot.addWidget(window)
    window.show()
    try:
        limit_to_current_size(db)
        window.select_customer(customer)
        window._print_confirmation(customer, 1, None)
        assert [p.kind for p in shown] == [ProblemKind.DISK_FULL] and shown[0].where == str(path)
        assert open_crash_dialog() is None
        assert count(db, PrintedDocument) == 0
        # Reading still works: the list and the card answer as before.
        window.search.insert("김민")
        qtbot.waitUntil(lambda: window.model.query == "김민", timeout=2000)
        window.list.selectRow(0)
        assert window.panel.card is not None and window.panel.card.name == "김민수"
    finally:
        db.dispose()


def read_only(path: Path) -> Database:
    """The shop's file opened read-only by SQLite itself (chmod would not stop root, who runs CI)."""
    engine = create_engine(f"sqlite+pysqlite:///{path.as_uri()}?mode=ro&uri=true")
    return Database(sqlite_file(path), engine, None)


def test_a_read_only_database_keeps_the_typed_input_and_says_where(
    qtbot: QtBot, shop_file: tuple[Path, int, int]
) -> None:
    path, owner, _customer = shop_file
    db = read_only(path)
    try:
        counter = Counter(db, staff_member(db, owner), now=lambda: NOW)
        dialog = NewCustomerDialog(counter)
        qtbot.addWidget(dialog)
        fill_new_customer(dialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.result() != dialog.DialogCode.Accepted  # the dialog stays, with what was typed
        assert dialog.name.text() == "김민수"
        message = dialog.general_error.text()
        assert str(path) in message and "읽기 전용" in message
        assert count(db, Customer) == 1
    finally:
        db.dispose()


def test_a_database_locked_by_another_program_is_busy_not_a_crash(shop_file: tuple[Path, int, int]) -> None:
    path, owner, _customer = shop_file
    db = open_database(sqlite_file(path), backup_folder=None)
    db.engine.dispose()
    event.listen(db.engine, "connect", lambda dbapi, _record: dbapi.execute("PRAGMA busy_timeout = 50"))
    with closing(sqlite3.connect(path, isolation_level=None)) as other_program:
        other_program.execute("BEGIN EXCLUSIVE")  # e.g. a sync tool or a DB browser holding the file
        try:
            with pytest.raises(DatabaseProblem) as busy:
                register_customer(db, staff_id=owner, new=new_customer("이서연", phone="010-2222-3333"), now=NOW)
        finally:
            other_program.execute("ROLLBACK")
    assert busy.value.kind is ProblemKind.BUSY and busy.value.where == str(path)
    assert count(db, Customer) == 1
    db.dispose()


UNPRIVILEGED = 65534  # nobody: root may write to a read-only folder, so as root the test below runs as this user


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="only root can run a test as another user")
def test_a_read_only_data_folder_at_start_up_is_explained_to_an_unprivileged_user() -> None:
    """CI runs as root, for whom no folder is read-only: run the test below in a pytest of its own as nobody."""
    basetemp = Path(tempfile.mkdtemp(prefix="toysub-unprivileged-"))
    try:
        os.chown(basetemp, UNPRIVILEGED, UNPRIVILEGED)
        test = f"{Path(__file__).relative_to(ROOT)}::test_a_read_only_data_folder_at_start_up_is_explained"
        result = subprocess.run(
            [
                "setpriv",
                f"--reuid={UNPRIVILEGED}",
                f"--regid={UNPRIVILEGED}",
                "--clear-groups",
                sys.executable,
                "-B",
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                f"--basetemp={basetemp / 'run'}",
                test,
            ],
            cwd=ROOT,
            env={**os.environ, "HOME": str(basetemp), "PYTHONDONTWRITEBYTECODE": "1"},
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        shutil.rmtree(basetemp, ignore_errors=True)
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout + result.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write to a read-only folder")
def test_a_read_only_data_folder_at_start_up_is_explained(
    tmp_path: Path, shop_file: tuple[Path, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _owner, _customer = shop_file
    shown: list[DatabaseProblem] = []
    monkeypatch.setattr(startup, "show_problem", lambda problem, parent=None: shown.append(problem))
    for leftover in path.parent.glob("toysub.sqlite3-*"):
        leftover.unlink()
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        folders = Folders(data=tmp_path / "data", backups=tmp_path / "data" / "backups", logs=tmp_path / "logs")
        assert startup.open_counter(database=str(path), demo=False, folders=folders) == startup.EXIT_DATABASE_PROBLEM
    finally:
        path.parent.chmod(0o755)
        path.chmod(0o644)
    assert [p.kind for p in shown] in ([ProblemKind.READ_ONLY], [ProblemKind.CANNOT_OPEN])
    assert str(path) in problem_message(shown[0])
