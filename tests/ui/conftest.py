"""GUI fixtures: the Korean translation installed, and a counter (database + staff) to build screens on."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from support import NOW, pyside_tool
from toysub_desktop.db.engine import Database
from toysub_desktop.resources import resource_path
from toysub_desktop.services.shop import staff_member
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.i18n import install_translators


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
