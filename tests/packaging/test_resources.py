"""Resources are found in a source checkout and in the frozen one-folder bundle by the same function."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from toysub_desktop.documents.fonts import REGULAR, font_file
from toysub_desktop.resources import SOURCE_ROOT, bundle_root, is_frozen, resource_path, resources_root


def test_a_source_run_reads_the_resources_folder_of_the_checkout() -> None:
    assert not is_frozen() and bundle_root() is None
    assert resources_root() == SOURCE_ROOT / "resources"
    assert (SOURCE_ROOT / "pyproject.toml").is_file()
    assert resource_path("fonts", "NanumGothic.ttf").is_file()
    assert resource_path("icons", "toysub.ico").is_file()


def test_the_frozen_app_reads_the_copy_inside_its_bundle(frozen_bundle: Path) -> None:
    assert is_frozen() and bundle_root() == frozen_bundle
    assert resources_root() == frozen_bundle / "resources"
    font = resource_path("fonts", "NanumGothic.ttf")
    assert font == frozen_bundle / "resources" / "fonts" / "NanumGothic.ttf" and font.is_file()
    # The documents find their font through the same function, so they follow the bundle too.
    assert font_file(REGULAR) == font
    assert "토이섭 테스트" in str(resource_path("i18n", "toysub_ko.qm"))


def test_a_frozen_app_without_meipass_looks_beside_its_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_folder = tmp_path / "ToySub Desktop"
    shutil.copytree(SOURCE_ROOT / "resources" / "fonts", app_folder / "resources" / "fonts")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(app_folder / "toysub-desktop.exe"))
    assert resource_path("fonts", "NanumGothicBold.ttf") == app_folder / "resources" / "fonts" / "NanumGothicBold.ttf"
    assert resource_path("fonts", "NanumGothicBold.ttf").is_file()


def test_a_leftover_meipass_does_not_make_a_source_run_look_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_root() == SOURCE_ROOT / "resources"
