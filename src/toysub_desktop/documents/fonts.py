"""The Korean font every document is set in, registered with reportlab once per process.

NanumGothic ships in ``resources/fonts/`` (SIL OFL, see ``OFL.txt`` there) and is embedded as a subset in each PDF,
so a printout looks the same on a PC without Korean fonts. It is a TrueType (glyf) font: reportlab embeds only
TrueType outlines, and its built-in CID fonts are never embedded, so neither is used here.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from toysub_desktop.resources import resource_path

#: The names the fonts are registered under; styles and canvases refer to these.
REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"

_FILES = {REGULAR: "NanumGothic.ttf", BOLD: "NanumGothicBold.ttf"}
_lock = threading.Lock()


class FontMissingError(RuntimeError):
    """The application's font files are not where the resources should be (a broken install)."""


def font_file(name: str) -> Path:
    """The file behind a registered font name (``REGULAR`` or ``BOLD``)."""
    return resource_path("fonts", _FILES[name])


def register_fonts() -> None:
    """Register ``REGULAR`` and ``BOLD`` (and their family, so ``<b>`` in a paragraph picks ``BOLD``).

    Safe to call before every document: a font already registered is not loaded again (parsing the font file is the
    slow part).
    """
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name in (REGULAR, BOLD):
            if name in registered:
                continue
            path = font_file(name)
            if not path.is_file():
                raise FontMissingError(f"font file not found: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # There is no italic face: italic text stays upright rather than falling back to a built-in font.
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        pdfmetrics.registerFontFamily(BOLD, normal=BOLD, bold=BOLD, italic=BOLD, boldItalic=BOLD)
