"""What goes into the PyInstaller bundle of the Qt side, and what is left out (used by ``build.spec``).

PyInstaller's Qt hooks collect every plugin of every kind a used Qt module might load, and the libraries those
plugins pull in (Qt Quick, QML, the virtual keyboard, Wayland, EGL…): on Linux that is about 60 MB the app never
loads. This module decides, from the destination paths PyInstaller gives each file:

- **plugins**: only the kinds and files in :data:`PLUGINS_KEPT` (the platforms the app runs on, the ``.ico``
  reader, print support, the input methods a Korean keyboard needs, the Windows styles);
- **Qt's own translations**: only ``qtbase_ko.qm`` (standard buttons in Korean);
- **shared libraries**: only those some kept binary links against, found by walking the link-time imports from the
  Python extension modules, the kept plugins and the Python library (:func:`prune_binaries`). A library that
  nothing kept imports — Qt Quick for the virtual keyboard plugin, Pillow's AVIF codec — drops out by itself.

The rules are plain functions of paths so the tests can check them without building anything, and
``benchmarks/frozen.py`` applies the same ones to its bare-window bundle.
"""

from __future__ import annotations

import fnmatch
import os
import posixpath
from collections.abc import Callable, Iterable

#: One entry of a PyInstaller TOC: (path in the bundle, source path or symlink target, type code).
TocEntry = tuple[str, str, str]

#: Plugin kind -> file stems kept (without "lib" prefix and extension); ``None`` keeps every file of that kind.
#: Kinds not listed are left out whole.
PLUGINS_KEPT: dict[str, frozenset[str] | None] = {
    # offscreen: --self-check and CI; xcb: Linux desktops (Wayland sessions use it through XWayland);
    # windows / cocoa: the native ones.
    "platforms": frozenset({"qoffscreen", "qxcb", "qwindows", "qcocoa"}),
    # Only the window icon's .ico; PNG is built into Qt Gui, and Qt PDF renders PDFs without a plugin.
    "imageformats": frozenset({"qico"}),
    "printsupport": None,  # CUPS on Linux (the Windows print engine is inside Qt PrintSupport itself)
    # Typing Hangul on Linux goes through IBus (or the compose table); the virtual keyboard pulls in Qt Quick.
    "platforminputcontexts": frozenset({"ibusplatforminputcontextplugin", "composeplatforminputcontextplugin"}),
    "xcbglintegrations": None,  # the xcb platform asks for one at start-up
    "styles": None,  # Windows 11 / 10 look ("qmodernwindowsstyle")
}

#: Qt's own translations kept: the app installs ``qtbase_<language>`` for the shop's language (Korean).
QT_TRANSLATIONS_KEPT = frozenset({"qtbase_ko.qm"})

#: Libraries kept even though no kept binary links against them: the bootloader loads the Python library itself.
ALWAYS_KEPT_PATTERNS = ("libpython*", "python3*.dll", "python.dll", "Python")

#: Python modules never bundled: Qt bindings of modules the app does not import (the Qt libraries some kept one
#: links against stay), and Pillow's codecs reportlab never reaches (it imports ``PIL.Image`` only, for bitmaps the
#: documents do not use). Qt Network stays: the single-instance guard talks over a QLocalSocket; its TLS and
#: network-information plugins are left out.
PYTHON_MODULES_EXCLUDED = (
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL.ImageCms",
    "PIL.ImageFont",
    "PIL.AvifImagePlugin",
    "PIL.WebPImagePlugin",
)


def _parts(dest: str) -> list[str]:
    return [part for part in dest.replace("\\", "/").split("/") if part]


def plugin_of(dest: str) -> tuple[str, str] | None:
    """(kind, file stem) of a Qt plugin inside the bundle, e.g. ``("platforms", "qxcb")``; None if not a plugin.

    Linux and macOS wheels keep plugins in ``PySide6/Qt/plugins/<kind>/``, Windows ones in ``PySide6/plugins/``.
    """
    parts = _parts(dest)
    if not parts or parts[0] != "PySide6" or "plugins" not in parts:
        return None
    index = parts.index("plugins")
    if len(parts) != index + 3:
        return None  # not a file directly inside a plugin kind's folder
    kind, file_name = parts[index + 1], parts[index + 2]
    stem = file_name.split(".", 1)[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    return kind, stem


def keep_plugin(dest: str) -> bool:
    found = plugin_of(dest)
    if found is None:
        return True
    kind, stem = found
    if kind not in PLUGINS_KEPT:
        return False
    kept = PLUGINS_KEPT[kind]
    return kept is None or stem in kept


def is_qt_translation(dest: str) -> bool:
    parts = _parts(dest)
    return bool(parts) and parts[0] == "PySide6" and "translations" in parts[:-1] and parts[-1].endswith(".qm")


def keep_data(dest: str) -> bool:
    """Whether a data file stays: Qt's translations other than the kept ones, and files of dropped plugins, go."""
    if is_qt_translation(dest):
        return _parts(dest)[-1] in QT_TRANSLATIONS_KEPT
    return keep_plugin(dest)


def _always_kept(dest: str) -> bool:
    name = posixpath.basename(dest.replace("\\", "/"))
    return any(fnmatch.fnmatch(name, pattern) for pattern in ALWAYS_KEPT_PATTERNS)


def _name_key(name: str) -> str:
    # Windows resolves DLL names without regard to case.
    return name.lower() if os.name == "nt" else name


def prune_binaries(
    binaries: Iterable[TocEntry], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[TocEntry], list[str]]:
    """The binaries to bundle, and the destinations left out.

    Dropped plugins go first; then every shared library is kept only if it is reachable through link-time imports
    (``imports_of(source path)`` -> referenced library names) from a root: a Python extension module, a kept
    plugin, or an always-kept library. Symbolic links go with their target.
    """
    entries = list(binaries)
    candidates = [entry for entry in entries if entry[2] != "SYMLINK" and keep_plugin(entry[0])]
    by_name: dict[str, list[TocEntry]] = {}
    for entry in candidates:
        by_name.setdefault(_name_key(posixpath.basename(entry[0].replace("\\", "/"))), []).append(entry)

    roots = [
        entry
        for entry in candidates
        if entry[2] == "EXTENSION" or plugin_of(entry[0]) is not None or _always_kept(entry[0])
    ]
    reached: set[str] = set()
    pending = list(roots)
    while pending:
        dest, source, _code = pending.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for name in imports_of(source):
            for dependency in by_name.get(_name_key(posixpath.basename(name.replace("\\", "/"))), []):
                if dependency[0] not in reached:
                    pending.append(dependency)

    reached_paths = {dest.replace("\\", "/") for dest in reached}
    kept: list[TocEntry] = []
    dropped: list[str] = []
    for entry in entries:
        dest, source, code = entry
        if code == "SYMLINK":
            target = posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")), source))
            keep = target in reached_paths
        else:
            keep = dest in reached
        if keep:
            kept.append(entry)
        else:
            dropped.append(dest)
    return kept, dropped


def prune_datas(datas: Iterable[TocEntry]) -> tuple[list[TocEntry], list[str]]:
    kept: list[TocEntry] = []
    dropped: list[str] = []
    for entry in datas:
        if keep_data(entry[0]):
            kept.append(entry)
        else:
            dropped.append(entry[0])
    return kept, dropped


def pyinstaller_imports(source: str) -> list[str]:
    """Link-time imports of a binary through PyInstaller's own analysis (ldd, pefile or macholib)."""
    from PyInstaller.depend.bindepend import get_imports

    try:
        return [name for name, _path in get_imports(source)]
    except Exception:
        # A file PyInstaller cannot read (a linker script, a broken symlink): it links nothing we know of.
        return []
