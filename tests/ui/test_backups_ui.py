"""Backups from the Shop menu: made now, made daily in the background, and restored — the counter reopens on the
restored database, and the state before it is kept."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from support import NOW, new_customer
from toysub_desktop.db.backup import BEFORE_RESTORE, DAILY, MANUAL, backup_sqlite, list_backups
from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.models import AuditEntry
from toysub_desktop.db.open import open_database
from toysub_desktop.folders import Folders
from toysub_desktop.services.backups import BackupPlace, backup_place
from toysub_desktop.services.customers import register_customer
from toysub_desktop.services.search import search_customers
from toysub_desktop.services.shop import add_staff, set_up_shop, staff_member
from toysub_desktop.ui.backups import BackupScheduler, RestoreDialog, make_backup_now
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.settings import MachineSettings
from toysub_desktop.ui.sign_in import ApprovalDialog
from toysub_desktop.ui.startup import CounterHost

pytestmark = pytest.mark.gui


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app told staff in information boxes (which would otherwise wait for a click)."""
    texts: list[str] = []

    def information(_parent: object, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    return texts


@pytest.fixture
def settings(tmp_path: Path) -> MachineSettings:
    return MachineSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def names(counter: Counter) -> list[str]:
    return sorted(row.name for row in search_customers(counter.db, "").rows)


def test_back_up_now_makes_a_checked_copy_and_says_where(
    counter: Counter, told: list[str], settings: MachineSettings
) -> None:
    place = backup_place(counter.db)
    made = make_backup_now(counter, None, settings)
    if place is None:  # PostgreSQL: the menu item says the server's own backups apply
        assert made is None and "서버" in told[0] and "pg_dump" in told[0]
        return
    assert made is not None and made.label == MANUAL and made.path.exists()
    assert made.path.name in told[0] and str(place.folder) in told[0]


def test_the_restore_dialog_lists_date_size_and_kind_and_confirms_by_name(
    qtbot: QtBot, counter: Counter, settings: MachineSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    place = backup_place(counter.db)
    if place is None:
        pytest.skip("PostgreSQL: the server's own backups apply")
    backup_sqlite(place.database, place.folder, DAILY, now=NOW - timedelta(days=1))
    backup_sqlite(place.database, place.folder, "before-0005", now=NOW - timedelta(days=3))
    (place.folder / "사장님 메모.txt").write_text("USB에도 복사", encoding="utf-8")
    dialog = RestoreDialog(counter, place, settings)
    qtbot.addWidget(dialog)

    rows = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(dialog.table.rowCount())]
    # 2026-03-01 01:00 UTC is 10:00 in Seoul; the newest first; only the app's copies of this database.
    assert [row[0] for row in rows] == ["2026-03-01 10:00", "2026-02-27 10:00"]
    assert [row[2] for row in rows] == ["매일 자동", "업데이트하기 전 (스키마 0005)"]
    assert all(row[1].endswith("KB") for row in rows)

    asked: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert "2026-02-27 10:00" in asked[0] and dialog.backups[1].path.name in asked[0]
    assert dialog.chosen is None and dialog.result() != QDialog.DialogCode.Accepted  # cancelled: nothing chosen

    dialog.keep.setValue(12)
    assert settings.backups_to_keep == 12


def test_only_the_owner_may_restore(qtbot: QtBot, counter: Counter, told: list[str]) -> None:
    """Staff are asked for the owner's approving PIN first; without it nothing is restored."""
    if backup_place(counter.db) is None:
        pytest.skip("PostgreSQL: the server's own backups apply")
    clerk = add_staff(counter.db, by_staff_id=counter.staff.id, name="최유진", now=NOW)
    counter.staff = clerk
    window = MainWindow(counter)
    qtbot.addWidget(window)
    asked: list[str] = []

    def cancel_the_approval() -> None:
        approval = QApplication.activeModalWidget()
        assert isinstance(approval, ApprovalDialog)
        asked.append(approval.intro.text())
        approval.reject()

    QTimer.singleShot(0, cancel_the_approval)
    with qtbot.assertNotEmitted(window.restored):
        window.restore_from_backup()
    assert asked and "대표" in asked[0]
    assert "대표" in told[0]


def test_a_server_database_is_not_restored_by_the_app(qtbot: QtBot, counter: Counter, told: list[str]) -> None:
    if backup_place(counter.db) is not None:
        pytest.skip("this case is about PostgreSQL")
    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.restore_from_backup()
    assert "서버" in told[0] and counter.db.location.describe() in told[0]


def test_restoring_reopens_the_counter_on_the_restored_database(
    qtbot: QtBot, tmp_path: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = Folders(data=tmp_path / "data", backups=tmp_path / "data" / "backups", logs=tmp_path / "logs")
    path = folders.data / "toysub.sqlite3"
    db = open_database(sqlite_file(path), backup_folder=folders.backups)
    owner = set_up_shop(db, shop_name="토이구독 마포점", owner_name="박지영", now=NOW).id
    register_customer(db, staff_id=owner, new=new_customer("김민수"), now=NOW)
    morning = backup_sqlite(path, folders.backups, DAILY, now=NOW)
    register_customer(db, staff_id=owner, new=new_customer("이서연", phone="010-2222-3333"), now=NOW)
    db.dispose()

    host = CounterHost(sqlite_file(path), demo=False, folders=folders)
    assert host.open(backups_after_ms=0) is None  # the daily copy starts at once: the restore waits for it
    old = host.window
    assert old is not None  # not handed to qtbot: the restore deletes it
    qtbot.waitUntil(lambda: old.backup_scheduler is not None)
    assert names(old.counter) == ["김민수", "이서연"]

    def choose_the_morning_copy(dialog: RestoreDialog) -> int:
        dialog.table.selectRow(next(i for i, b in enumerate(dialog.backups) if b.path == morning))
        monkeypatch.setattr(dialog, "confirm", lambda backup: backup.path == morning)
        dialog.restore_selected()
        return int(dialog.result())

    monkeypatch.setattr(RestoreDialog, "exec", choose_the_morning_copy)
    old.restore_from_backup()

    new = host.window
    assert new is not None and new is not old
    qtbot.addWidget(new)
    assert new.isVisible() and not old.isVisible()
    assert names(new.counter) == ["김민수"]
    qtbot.waitUntil(lambda: new.backup_scheduler is not None)  # the reopened window backs up daily too
    assert host.scheduler is new.backup_scheduler
    safety = [b for b in list_backups(folders.backups, path) if b.label == BEFORE_RESTORE]
    assert len(safety) == 1 and safety[0].path.name in told[-1] and "2026-03-02 10:00" in told[-1]
    with new.counter.db.reading() as session:
        after = session.scalars(select(AuditEntry.after).where(AuditEntry.action == "restore")).one()
    assert after == {"backup": morning.name, "before_restore": safety[0].path.name, "by": "박지영"}
    host.shutdown()
    new.counter.db.dispose()


def test_the_daily_copy_is_made_in_the_background_once_a_day(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "toysub.sqlite3"
    open_database(sqlite_file(path), backup_folder=None).dispose()
    place = BackupPlace(path, tmp_path / "backups")
    clock = [NOW]
    scheduler = BackupScheduler(
        place,
        settings=MachineSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
        now=lambda: clock[0],
    )
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as first:
        assert scheduler.check()
    assert isinstance(first.args[0], Path) and first.args[0].exists()
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as again:
        scheduler.check()
    assert again.args == [None]  # today's copy exists
    clock[0] = NOW + timedelta(days=1)
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as tomorrow:
        scheduler.check()
    assert isinstance(tomorrow.args[0], Path)
    assert [b.label for b in list_backups(place.folder, path)] == [DAILY, DAILY]
    scheduler.stop()


def test_a_daily_copy_that_fails_is_reported_not_raised(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "toysub.sqlite3"
    open_database(sqlite_file(path), backup_folder=None).dispose()
    blocked = tmp_path / "backups"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    scheduler = BackupScheduler(BackupPlace(path, blocked), now=lambda: NOW)
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as failed:
        scheduler.check()
    from toysub_desktop.db.problems import DatabaseProblem

    assert isinstance(failed.args[0], DatabaseProblem)
    scheduler.stop()


def test_the_counter_window_comes_forward_for_a_second_start(qtbot: QtBot, tmp_path: Path) -> None:
    folders = Folders(data=tmp_path / "data", backups=tmp_path / "data" / "backups", logs=tmp_path / "logs")
    path = folders.data / "toysub.sqlite3"
    db = open_database(sqlite_file(path), backup_folder=None)
    owner = set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW).id
    assert staff_member(db, owner).name == "박지영"
    db.dispose()
    host = CounterHost(sqlite_file(path), demo=False, folders=folders)
    assert host.open(backups_after_ms=3_600_000) is None
    assert host.window is not None
    qtbot.addWidget(host.window)
    host.window.showMinimized()
    host.bring_forward()
    assert host.window.isVisible() and not host.window.isMinimized()
    host.shutdown()
    host.window.counter.db.dispose()
