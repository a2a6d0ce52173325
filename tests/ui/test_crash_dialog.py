"""An unexpected error in a slot: the crash dialog explains it in Korean, says where the log is, copies the
details, and the window keeps working; a fault staff can act on gets its own message instead."""

from __future__ import annotations

import platform
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import DataError

from toysub_desktop import __version__
from toysub_desktop.app import _crash_handler
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind
from toysub_desktop.ui import crash
from toysub_desktop.ui.crash import CrashDialog, open_crash_dialog

# The app's own handler replaces pytest-qt's here: these tests are about what it does with the error.
pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]


class Counter(QWidget):
    """A small window: one button that fails, one that works."""

    def __init__(self, failure: BaseException) -> None:
        super().__init__()
        self.failure = failure
        self.clicks = 0
        self.broken = QPushButton("broken")
        self.working = QPushButton("working")
        self.broken.clicked.connect(self.fail)
        self.working.clicked.connect(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.broken)
        layout.addWidget(self.working)

    def fail(self) -> None:
        raise self.failure

    def count(self) -> None:
        self.clicks += 1


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = tmp_path / "로그 폴더" / "toysub-desktop.log"
    path.parent.mkdir()
    path.write_text("", encoding="utf-8")
    return path


@pytest.fixture
def handler(monkeypatch: pytest.MonkeyPatch, log_file: Path) -> Iterator[None]:
    monkeypatch.setattr(sys, "excepthook", _crash_handler(log_file, "C:\\토이구독\\toysub.sqlite3"))
    yield
    if (dialog := open_crash_dialog()) is not None:
        dialog.close()


def test_an_error_in_a_slot_shows_the_dialog_and_the_window_keeps_working(
    qtbot: QtBot, handler: None, log_file: Path
) -> None:
    window = Counter(RuntimeError("the label printer driver said no"))
    qtbot.addWidget(window)
    window.show()

    qtbot.mouseClick(window.broken, Qt.MouseButton.LeftButton)

    dialog = open_crash_dialog()
    assert isinstance(dialog, CrashDialog) and dialog.isVisible() and not dialog.isModal()
    assert "예상하지 못한" in dialog.explanation.text()  # the Korean explanation
    assert str(log_file) in dialog.log_label.text()
    assert "the label printer driver said no" in dialog.details.toPlainText()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "RuntimeError: the label printer driver said no" in copied and "Traceback" in copied
    assert f"ToySub Desktop {__version__}" in copied and platform.python_version() in copied

    # The handler returned and the event loop went on: the window still answers.
    qtbot.mouseClick(window.working, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.working, Qt.MouseButton.LeftButton)
    assert window.clicks == 2


def test_more_errors_go_into_the_dialog_already_open(qtbot: QtBot, handler: None) -> None:
    window = Counter(KeyError("plan 7"))
    qtbot.addWidget(window)
    qtbot.mouseClick(window.broken, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.broken, Qt.MouseButton.LeftButton)
    dialog = open_crash_dialog()
    assert dialog is not None
    assert len(dialog.errors) == 2 and dialog.report().count("KeyError: 'plan 7'") == 2
    assert "2" in dialog.advice.text()
    dialog.close()
    qtbot.waitUntil(lambda: open_crash_dialog() is None)


def test_the_log_folder_opens_from_the_dialog(
    qtbot: QtBot, handler: None, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(crash, "open_folder", lambda folder: opened.append(folder) or True)
    window = Counter(ValueError("bad"))
    qtbot.addWidget(window)
    qtbot.mouseClick(window.broken, Qt.MouseButton.LeftButton)
    dialog = open_crash_dialog()
    assert dialog is not None
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [log_file.parent]


def test_a_full_disk_in_a_slot_is_a_plain_message_not_a_crash(qtbot: QtBot, handler: None) -> None:
    window = Counter(OSError(28, "No space left on device", "C:\\토이구독\\backups\\toysub.sqlite3"))
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.broken, Qt.MouseButton.LeftButton)
    assert open_crash_dialog() is None
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "디스크" in box.text() and "C:\\토이구독\\backups\\toysub.sqlite3" in box.text()
    box.close()
    qtbot.mouseClick(window.working, Qt.MouseButton.LeftButton)
    assert window.clicks == 1


def test_a_database_problem_raised_under_another_error_names_the_database(qtbot: QtBot, handler: None) -> None:
    try:
        try:
            raise DatabaseProblem(ProblemKind.BUSY, "C:\\토이구독\\toysub.sqlite3", "database is locked")
        except DatabaseProblem as problem:
            raise RuntimeError("refresh failed") from problem
    except RuntimeError as wrapped:
        failure = wrapped
    window = Counter(failure)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.broken, Qt.MouseButton.LeftButton)
    assert open_crash_dialog() is None
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "C:\\토이구독\\toysub.sqlite3" in box.text()
    box.close()


def test_an_error_while_showing_the_dialog_does_not_recurse(
    qtbot: QtBot, handler: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[str] = []

    def broken_dialog(details: str, _log: Path | None) -> CrashDialog:
        calls.append(details)
        sys.excepthook(RuntimeError, RuntimeError("while showing"), None)  # what a failing paint would do
        raise RuntimeError("the dialog itself failed")

    monkeypatch.setattr(crash, "show_crash", broken_dialog)
    window = Counter(RuntimeError("first"))
    qtbot.addWidget(window)
    qtbot.mouseClick(window.broken, Qt.MouseButton.LeftButton)
    assert len(calls) == 1
    assert "RuntimeError: first" in capsys.readouterr().err  # the last resort: the details on stderr


def test_a_value_the_database_refused_in_a_slot_is_a_plain_message_not_a_crash(qtbot: QtBot, handler: None) -> None:
    refused = psycopg.errors.StringDataRightTruncation("value too long for type character varying(300)")
    window = Counter(DataError("UPDATE subscription_event SET note=…", {}, refused))
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.broken, Qt.MouseButton.LeftButton)
    assert open_crash_dialog() is None
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "저장되지 않았" in box.text() and "C:\\토이구독\\toysub.sqlite3" in box.text()
    assert "character varying(300)" in box.detailedText()
    box.close()
    qtbot.mouseClick(window.working, Qt.MouseButton.LeftButton)
    assert window.clicks == 1
