"""What the bundle keeps of Qt: the plugins, translations and libraries the app uses, and nothing it imports is
excluded (``scripts/bundle_contents.py``, applied by ``build.spec``)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from toysub_desktop.resources import SOURCE_ROOT

# A build script: on sys.path only while importing it.
sys.path.insert(0, str(SOURCE_ROOT / "scripts"))
try:
    import bundle_contents
    from bundle_contents import keep_data, keep_plugin, prune_binaries
finally:
    sys.path.remove(str(SOURCE_ROOT / "scripts"))

SPEC = SOURCE_ROOT / "build.spec"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/plugins/imageformats/qwebp.dll", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/plugins/networkinformation/qnetworklistmanager.dll", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),  # not a plugin: the library rule decides
        ("resources/fonts/NanumGothic.ttf", True),
    ],
)
def test_only_the_plugins_the_app_loads_are_kept(dest: str, kept: bool) -> None:
    assert keep_plugin(dest) is kept
    assert keep_plugin(dest.replace("/", "\\")) is kept  # Windows spells the same path with backslashes


def test_of_qts_translations_only_korean_standard_buttons_are_kept() -> None:
    assert keep_data("PySide6/Qt/translations/qtbase_ko.qm")
    assert keep_data("PySide6\\translations\\qtbase_ko.qm")
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep_data("PySide6/translations/qt_ko.qm")
    assert not keep_data("PySide6/Qt/translations/qtwebengine_ko.qm")
    assert keep_data("resources/i18n/toysub_ko.qm")  # the app's own is not Qt's


def test_libraries_are_kept_only_when_a_kept_binary_links_them() -> None:
    toc = [
        ("PySide6/QtPdf.abi3.so", "/src/QtPdf.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/src/libQt6Pdf.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/src/libQt6Quick.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "/src/libqtvk.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", "/src/libQt6VirtualKeyboard.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
    ]
    links = {
        "/src/QtPdf.abi3.so": ["libQt6Pdf.so.6", "libc.so.6"],
        "/src/libQt6Pdf.so.6": ["libQt6Network.so.6"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libqtvk.so": ["libQt6VirtualKeyboard.so.6", "libQt6Quick.so.6"],
    }

    def imports_of(source: str) -> Iterator[str]:
        yield from links.get(source, [])

    kept, dropped = prune_binaries(toc, imports_of)
    assert [dest for dest, _source, _code in kept] == [
        "PySide6/QtPdf.abi3.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",  # Qt PDF links it, though the app never imports QtNetwork
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",  # the bootloader loads it
        "libQt6Pdf.so.6",
    ]
    assert set(dropped) == {
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "libQt6Quick.so.6",
    }


def _spec_excludes() -> set[str]:
    text = SPEC.read_text(encoding="utf-8")
    block = text[text.index("QT_EXCLUDES = [") : text.index("PYTHON_EXCLUDES = [")]
    return {f"PySide6.{name}" for name in re.findall(r'"(Qt\w+)"', block)}


def _imported_qt_modules() -> set[str]:
    found = set()
    for path in (SOURCE_ROOT / "src" / "toysub_desktop").rglob("*.py"):
        found |= set(re.findall(r"^\s*(?:from|import) (PySide6\.\w+)", path.read_text(encoding="utf-8"), re.M))
    return found


def test_no_qt_module_the_app_imports_is_left_out_of_the_bundle() -> None:
    imported = _imported_qt_modules()
    assert {"PySide6.QtWidgets", "PySide6.QtPdf", "PySide6.QtPrintSupport"} <= imported
    excluded = _spec_excludes() | set(bundle_contents.PYTHON_MODULES_EXCLUDED)
    assert "PySide6.QtWebEngineCore" in excluded and "PySide6.QtQuick" in excluded
    assert imported & excluded == set()


def test_the_spec_ships_the_migrations() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert '"db" / "migrations"' in text
    assert "bundle_contents.prune_binaries(a.binaries" in text and "bundle_contents.prune_datas(a.datas)" in text


def test_build_output_is_ignored_by_git() -> None:
    ignored = (SOURCE_ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert {"/build/", "/dist/"} <= set(ignored)
