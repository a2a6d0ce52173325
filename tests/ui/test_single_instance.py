"""One app per database: a second start on the same database brings the first forward, another database runs
alongside, and a lock left by a crash does not block the next start."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from toysub_desktop.db.location import location_from, sqlite_file
from toysub_desktop.ui.single_instance import Claim, InstanceGuard, instance_key

pytestmark = pytest.mark.gui


@pytest.fixture
def guards(tmp_path: Path) -> Iterator[list[InstanceGuard]]:
    made: list[InstanceGuard] = []
    yield made
    for guard in made:
        guard.release()


def guard_for(guards: list[InstanceGuard], key: str, folder: Path) -> InstanceGuard:
    guard = InstanceGuard(key, folder)
    guards.append(guard)
    return guard


def test_a_second_start_on_the_same_database_brings_the_first_forward(
    qtbot: QtBot, tmp_path: Path, guards: list[InstanceGuard]
) -> None:
    key = instance_key(sqlite_file(tmp_path / "토이 구독" / "toysub.sqlite3"))
    first = guard_for(guards, key, tmp_path)
    assert first.claim() is Claim.FIRST
    second = guard_for(guards, key, tmp_path)
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert second.claim() is Claim.FORWARDED


def test_another_database_runs_alongside(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    shop = instance_key(sqlite_file(tmp_path / "toysub.sqlite3"))
    demo = instance_key(location_from(None, data_dir=tmp_path, demo=True))
    server = instance_key(location_from("postgresql://counter:secret@192.168.0.10/toysub", data_dir=tmp_path))
    assert len({shop, demo, server}) == 3
    assert [guard_for(guards, key, tmp_path).claim() for key in (shop, demo, server)] == [Claim.FIRST] * 3


def test_the_same_file_written_differently_is_the_same_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "shop").mkdir()
    monkeypatch.chdir(tmp_path / "shop")
    assert instance_key(location_from("toysub.sqlite3", data_dir=tmp_path)) == instance_key(
        location_from(str(tmp_path / "shop" / ".." / "shop" / "toysub.sqlite3"), data_dir=tmp_path)
    )
    # The password is not part of which database it is.
    assert instance_key(location_from("postgresql://counter:a@10.0.0.2/toysub", data_dir=tmp_path)) == instance_key(
        location_from("postgresql://counter:b@10.0.0.2/toysub", data_dir=tmp_path)
    )


def test_when_the_first_does_not_answer_the_database_is_in_use(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    key = instance_key(sqlite_file(tmp_path / "toysub.sqlite3"))
    holder = QLockFile(str(tmp_path / f"{key}.lock"))  # a live holder that is not listening (still starting)
    assert holder.tryLock(0)
    try:
        assert guard_for(guards, key, tmp_path).claim() is Claim.IN_USE
    finally:
        holder.unlock()


def test_a_lock_left_by_a_crashed_app_does_not_block(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    key = instance_key(sqlite_file(tmp_path / "toysub.sqlite3"))
    lock_path = tmp_path / f"{key}.lock"
    crashed = textwrap.dedent(
        f"""
        import os
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(lock_path)!r})
        assert lock.tryLock(0)
        os._exit(0)  # ends without unlocking, as a crash or a killed process would
        """
    )
    subprocess.run([sys.executable, "-c", crashed], check=True, timeout=60)
    assert lock_path.exists()
    assert guard_for(guards, key, tmp_path).claim() is Claim.FIRST


def test_after_the_first_closes_the_next_start_is_first(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    key = instance_key(sqlite_file(tmp_path / "toysub.sqlite3"))
    first = guard_for(guards, key, tmp_path)
    assert first.claim() is Claim.FIRST
    first.release()
    assert guard_for(guards, key, tmp_path).claim() is Claim.FIRST


def test_an_unwritable_lock_folder_does_not_stop_the_app(tmp_path: Path, guards: list[InstanceGuard]) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    assert guard_for(guards, "ToySubDesktop-test", not_a_folder).claim() is Claim.UNGUARDED


def test_a_first_app_that_listens_once_its_window_is_up_is_still_reached(
    qtbot: QtBot, tmp_path: Path, guards: list[InstanceGuard]
) -> None:
    key = instance_key(sqlite_file(tmp_path / "toysub.sqlite3"))
    first = guard_for(guards, key, tmp_path)
    assert first.claim(listen_later=True) is Claim.FIRST
    qtbot.wait(10)  # the first turn of the event loop, when the window has been shown
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert guard_for(guards, key, tmp_path).claim() is Claim.FORWARDED
