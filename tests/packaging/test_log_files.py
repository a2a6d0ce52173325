"""Each database has its own log, so two running copies of the app (the shop's file and ``--demo``) never share one;
and a log that cannot roll over (Windows: another process holds it open) keeps every record instead of going
silent."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from toysub_desktop.app import DEMO_LOG_FILE_NAME, LOG_FILE_NAME, LogFileHandler, log_file_name, setup_logging
from toysub_desktop.db.location import location_from


@pytest.fixture
def root_handlers() -> Iterator[None]:
    """Whatever handlers a test adds to the root logger are closed and removed afterwards."""
    before = list(logging.getLogger().handlers)
    level = logging.getLogger().level
    yield
    for handler in logging.getLogger().handlers:
        if handler not in before:
            handler.close()
            logging.getLogger().removeHandler(handler)
    logging.getLogger().setLevel(level)


def test_the_shop_and_the_demo_and_another_file_each_log_to_their_own_file(tmp_path: Path) -> None:
    data = tmp_path / "데이터"
    shop = location_from(None, data_dir=data)
    demo = location_from(None, data_dir=data, demo=True)
    other = location_from(str(tmp_path / "지점" / "toysub branch.sqlite3"), data_dir=data)
    same_other = location_from(str(tmp_path / "지점" / "." / "toysub branch.sqlite3"), data_dir=data)
    server = location_from("postgresql://staff:secret@10.0.0.5/toysub", data_dir=data)
    names = [log_file_name(location, data) for location in (shop, demo, other, server)]
    assert names[:2] == [LOG_FILE_NAME, DEMO_LOG_FILE_NAME]  # the shop keeps the log it always had
    assert len(set(names)) == 4
    assert names[2].startswith("toysub-desktop-toysub_branch-") and names[2].endswith(".log")
    assert names[3].startswith("toysub-desktop-toysub-") and "secret" not in names[3]
    assert log_file_name(same_other, data) == names[2]  # the same file however it was written
    # The shop's database named by its path is still the shop's database.
    assert log_file_name(location_from(str(data / "toysub.sqlite3"), data_dir=data), data) == LOG_FILE_NAME


def test_setup_logging_writes_the_databases_log(tmp_path: Path, root_handlers: None) -> None:
    path = setup_logging(tmp_path / "로그", DEMO_LOG_FILE_NAME)
    assert path == tmp_path / "로그" / DEMO_LOG_FILE_NAME
    logging.getLogger("toysub_desktop.test").info("견본 매장 시작")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "견본 매장 시작" in path.read_text(encoding="utf-8")


def test_a_log_that_another_process_holds_keeps_every_record_and_rolls_over_once_it_can(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / LOG_FILE_NAME
    handler = LogFileHandler(path, max_bytes=2_000, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("toysub_desktop.test.rollover")
    logger.propagate = False
    logger.addHandler(handler)
    errors: list[logging.LogRecord] = []
    monkeypatch.setattr(handler, "handleError", errors.append)
    real_rename = logging.handlers.os.rename

    def held_open(source: str, dest: str) -> None:
        if source == str(path):
            raise PermissionError(32, "The process cannot access the file because it is being used by another process")
        real_rename(source, dest)

    try:
        monkeypatch.setattr(logging.handlers.os, "rename", held_open)
        for number in range(100):
            logger.warning("record %03d 배송 목록 출력", number)
        handler.flush()
        text = path.read_text(encoding="utf-8")
        assert all(f"record {number:03d}" in text for number in range(100))
        assert errors == []
        assert 1 <= handler.failed_rollovers <= 20  # tried again now and then, not on every record
        assert not path.with_name(path.name + ".1").exists()

        monkeypatch.setattr(logging.handlers.os, "rename", real_rename)  # the other process let go
        for number in range(100, 120):
            logger.warning("record %03d 배송 목록 출력", number)
        handler.flush()
        rolled = path.with_name(path.name + ".1")
        assert rolled.exists()
        everything = rolled.read_text(encoding="utf-8") + path.read_text(encoding="utf-8")
        assert "record 099" in everything and "record 119" in everything
        assert errors == []
    finally:
        logger.removeHandler(handler)
        handler.close()
