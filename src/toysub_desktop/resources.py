"""Finding the files in ``resources/`` (translations, fonts, icons) the same way from source and frozen runs.

Every lookup goes through :func:`resources_root`; nothing else in the app works out where the folder is.

- From a source checkout (or an editable install): ``resources/`` at the repository root.
- From the PyInstaller bundle (``sys.frozen`` set): ``resources/`` inside the bundle's data folder, which
  PyInstaller names in ``sys._MEIPASS`` (``toysub-desktop/_internal/`` in the one-folder build); ``build.spec``
  copies the folder there.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The repository root when running from source: ``src/toysub_desktop/resources.py`` -> two folders up.
SOURCE_ROOT = Path(__file__).resolve().parents[2]
FOLDER_NAME = "resources"


def is_frozen() -> bool:
    """Whether this is the bundled app (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path | None:
    """The frozen app's data folder, or None when running from source.

    ``sys._MEIPASS`` when PyInstaller set it; otherwise the executable's folder, where other freezers put data.
    """
    if not is_frozen():
        return None
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(sys.executable).resolve().parent


def resources_root() -> Path:
    """The ``resources`` folder of this run: in the bundle when frozen, else at the repository root."""
    bundle = bundle_root()
    return (bundle if bundle is not None else SOURCE_ROOT) / FOLDER_NAME


def resource_path(*parts: str) -> Path:
    """A file or folder inside ``resources``, e.g. ``resource_path("fonts", "NanumGothic.ttf")``."""
    return resources_root().joinpath(*parts)
