"""GUI fixtures: the Korean translation installed, and a counter (database + staff) to build screens on.

Every GUI test runs on the screen of a counter PC: 1366×768 less a 40 px taskbar, as the offscreen platform's one
screen (its default is 800×600). The 150 % run (tests/ui/test_screen_fit.py) starts pytest again with
QT_SCALE_FACTOR=1.5 on the same screen, which Qt then reports as about 911×485 logical pixels."""

from __future__ import annotations

import gc
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from support import NOW, pyside_tool
from toysub_desktop.db.engine import Database
from toysub_desktop.resources import resource_path
from toysub_desktop.services.shop import staff_member
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.i18n import install_translators

#: The offscreen platform's screen: 1366×728 available (a 1366×768 screen less the taskbar).
COUNTER_SCREEN = Path(__file__).with_name("screens") / "counter_1366x768.json"

# Read when the QApplication is created, which is after every conftest was imported.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={COUNTER_SCREEN}"

#: Where the screenshots of this run go (printed at the end of the run), set by the ``screenshots`` fixture.
_screenshot_folder: list[Path] = []


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """A folder for pictures of what the tests showed, so anyone can look (outside pytest's own temporary
    folders, which later runs remove); a run started by another (the 150 % run) puts them where that one said."""
    given = os.environ.get("TOYSUB_SCREENSHOTS")
    folder = Path(given) if given else Path(tempfile.gettempdir()) / "toysub-screenshots" / f"run-{os.getpid()}"
    folder.mkdir(parents=True, exist_ok=True)
    _screenshot_folder.append(folder)
    return folder


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _screenshot_folder and not os.environ.get("TOYSUB_SCREENSHOTS"):
        terminalreporter.write_line(f"screenshots of the windows tested: {_screenshot_folder[0]}")


def _compile_translations() -> None:
    """Build the .qm next to each .ts when it is missing or older (the .qm are build output, not in git)."""
    folder = resource_path("i18n")
    for source in folder.glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run(
                [pyside_tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True, capture_output=True
            )


@pytest.fixture(scope="session", autouse=True)
def korean(qapp: QApplication) -> Iterator[None]:
    _compile_translations()
    translators = install_translators(qapp, "ko")
    assert len(translators) == 2, "both Qt's and the app's Korean translations must load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def counter(db: Database, owner_id: int) -> Counter:
    return Counter(db, staff_member(db, owner_id), now=lambda: NOW)


@pytest.fixture(autouse=True)
def _collect_a_tests_windows_after_it(qapp: QApplication) -> Iterator[None]:
    """A test's closed windows are deleted and collected right after it, between tests: left to the garbage
    collector, a wrapper of one could be finalised at any allocation of the next test — once, inside a main
    window's constructor, which crashed the worker."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    gc.collect()
