"""Fixtures for packaging tests: a copy of the app's files laid out as in the PyInstaller bundle."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import pyside_tool
from toysub_desktop.resources import SOURCE_ROOT


def compiled_resources() -> Path:
    """The source ``resources`` folder, with its .qm built from the .ts when missing or older (build output)."""
    folder = SOURCE_ROOT / "resources"
    for source in (folder / "i18n").glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run(
                [pyside_tool("pyside6-lrelease"), str(source), "-qm", str(target)], check=True, capture_output=True
            )
    return folder


@pytest.fixture
def frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-folder bundle's data folder (``…/toysub-desktop/_internal``) in a path with spaces and Hangul, holding a
    real copy of the resources, and this process made to look frozen into it, as PyInstaller's bootloader does."""
    internal = tmp_path / "토이섭 테스트" / "toysub-desktop" / "_internal"
    shutil.copytree(compiled_resources(), internal / "resources", ignore=shutil.ignore_patterns("*.ts"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "executable", str(internal.parent / "toysub-desktop"))
    return internal
