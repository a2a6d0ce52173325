"""Looking inside a PDF the way a reader would: poppler's text, fonts and page count, and zbar for the QR code."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest


def require(*tools: str) -> None:
    """Skip the calling test when a command-line tool it needs is not installed."""
    for tool in tools:
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")


def _write(pdf: bytes, folder: Path) -> Path:
    path = folder / "document.pdf"
    path.write_bytes(pdf)
    return path


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


def page_texts(pdf: bytes, folder: Path, *, raw: bool = False) -> list[str]:
    """The text of each page, laid out as printed (``pdftotext -layout``), or with *raw* in the order it was
    drawn, which keeps each table cell's lines together."""
    require("pdftotext")
    text = _run("pdftotext", "-raw" if raw else "-layout", str(_write(pdf, folder)), "-")
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def squeezed(text: str) -> str:
    """Without any whitespace, so a paragraph matches however its lines were broken."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    x_max: float


def words(pdf: bytes, page: int, folder: Path) -> list[Word]:
    """The words on *page* (1-based) with their horizontal extent in points (``pdftotext -bbox``)."""
    require("pdftotext")
    html = _run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(_write(pdf, folder)), "-")
    pattern = r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    return [Word(unescape(text), float(x_min), float(x_max)) for x_min, x_max, text in re.findall(pattern, html)]


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool


def fonts(pdf: bytes, folder: Path) -> list[FontRow]:
    require("pdffonts")
    lines = _run("pdffonts", str(_write(pdf, folder))).splitlines()
    header, rule, *rows = lines
    assert header.startswith("name") and rule.startswith("---"), lines
    # Columns: name, type (may hold a space: "CID TrueType"), encoding, emb, sub, uni, object, ID.
    result = []
    for row in rows:
        fields = row.split()
        result.append(FontRow(fields[0], " ".join(fields[1:-6]), fields[-5] == "yes"))
    return result


def info(pdf: bytes, folder: Path) -> dict[str, str]:
    require("pdfinfo")
    result = {}
    for line in _run("pdfinfo", str(_write(pdf, folder))).splitlines():
        key, _, value = line.partition(":")
        result[key.strip()] = value.strip()
    return result


def qr_codes_on_page(pdf: bytes, page: int, folder: Path) -> list[str]:
    """The QR codes zbar reads on *page* (1-based) rendered at 200 dpi."""
    require("pdftoppm", "zbarimg")
    prefix = folder / f"page{page}"
    _run("pdftoppm", "-r", "200", "-png", "-f", str(page), "-l", str(page), str(_write(pdf, folder)), str(prefix))
    (image,) = folder.glob(f"page{page}*.png")
    # zbarimg exits 4 when it finds nothing; stderr may hold unrelated D-Bus chatter.
    finished = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True, timeout=60)
    assert finished.returncode in (0, 4), finished.stderr
    return finished.stdout.splitlines()
