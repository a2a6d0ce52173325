"""Opening the file a shop brings: xlsx and legacy xls (python-calamine reads both), csv in UTF-8 or CP949/EUC-KR,
and the "xls" that is really an HTML table, as many Korean web exports are.

The cells come back as plain Python values, header included; which row is the header and what each column holds
is ``domain.imports``' job. A file that cannot be read is refused with one ``ValidationError`` on the field
``file`` that names it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook

from toysub_desktop.domain.errors import ValidationError
from toysub_desktop.domain.imports import Cell
from toysub_desktop.domain.text import QT_TRANSLATE_NOOP

_NOT_A_SPREADSHEET = QT_TRANSLATE_NOOP(
    "Validation", "{file} is not a spreadsheet the import can read: save it as xlsx, xls or csv."
)
_UNREADABLE = QT_TRANSLATE_NOOP("Validation", "{file} could not be opened as a spreadsheet: {reason}")
_ENCODING = QT_TRANSLATE_NOOP(
    "Validation", "{file} is text in an encoding the import does not know: save it as CSV in UTF-8 or CP949 (EUC-KR)."
)
_EMPTY = QT_TRANSLATE_NOOP("Validation", "{file} has no rows.")
_HTML_WITHOUT_TABLE = QT_TRANSLATE_NOOP(
    "Validation", "{file} is a web page saved with a spreadsheet's name, and it holds no table: open it in Excel and "
    "save it as xlsx."
)  # fmt: skip

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Encodings tried for a csv, in order: UTF-8 (with or without BOM), then the Korean Windows code page (a superset
#: of EUC-KR).
CSV_ENCODINGS = ("utf-8-sig", "cp949")


@dataclass(frozen=True)
class SheetRows:
    """The first sheet of a file as rows of cells, with the ranges merged in it (0-based, inclusive)."""

    file_name: str
    rows: list[list[Cell]]
    merged: tuple[tuple[int, int, int, int], ...] = ()
    #: What the file turned out to be: "xlsx", "xls", "csv" or "html".
    kind: str = ""

    def with_merged_filled(self, up_to_row: int) -> list[list[Cell]]:
        """The rows up to *up_to_row*, where every cell of a merged range carries the range's text (a merged
        heading applies to each column under it)."""
        rows = [list(row) for row in self.rows[: up_to_row + 1]]
        for first_row, first_col, last_row, last_col in self.merged:
            if first_row > up_to_row or first_row >= len(rows) or first_col >= len(rows[first_row]):
                continue
            value = rows[first_row][first_col]
            for r in range(first_row, min(last_row, up_to_row) + 1):
                row = rows[r]
                row.extend([None] * (last_col + 1 - len(row)))
                for c in range(first_col, last_col + 1):
                    row[c] = value
        return rows


def refuse(template: str, path: Path, **arguments: str) -> ValidationError:
    return ValidationError.of("file", template, file=path.name, **arguments)


def read_sheet(path: Path) -> SheetRows:
    """The first sheet of the file at *path*, whatever its name says it is: the content decides."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise refuse(_UNREADABLE, path, reason=error.strerror or str(error)) from error
    if not data.strip():
        raise refuse(_EMPTY, path)
    if data.startswith(_ZIP) or data.startswith(_OLE):
        sheet = _read_workbook(path, "xlsx" if data.startswith(_ZIP) else "xls")
    elif _looks_like_html(data):
        sheet = _read_html(path, data)
    elif path.suffix.lower() in (".csv", ".txt", ".tsv") or _looks_like_text(data):
        sheet = _read_csv(path, data)
    else:
        raise refuse(_NOT_A_SPREADSHEET, path)
    if not any(any(cell not in (None, "") for cell in row) for row in sheet.rows):
        raise refuse(_EMPTY, path)
    return sheet


def _read_workbook(path: Path, kind: str) -> SheetRows:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        rows = sheet.to_python(skip_empty_area=False)
        merged = sheet.merged_cell_ranges or []
    except (CalamineError, ValueError, OSError) as error:
        raise refuse(_UNREADABLE, path, reason=str(error)) from error
    finally:
        if "workbook" in locals():
            workbook.close()
    cells = [[_cell(value) for value in row] for row in rows]
    spans = tuple((r0, c0, r1, c1) for (r0, c0), (r1, c1) in merged)
    return SheetRows(path.name, cells, spans, kind)


def _cell(value: object) -> Cell:
    """A workbook value as the import reads it: an empty cell as None, a time of day or a duration as text."""
    if value == "" or value is None:
        return None
    if isinstance(value, str | int | float | date):
        return value
    return str(value)


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<html", b"<!doctype html", b"<table", b"<meta", b"<head", b"<body"))


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    return b"\x00" not in sample


def _decode(path: Path, data: bytes) -> str:
    for encoding in CSV_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise refuse(_ENCODING, path)


def _read_csv(path: Path, data: bytes) -> SheetRows:
    text = _decode(path, data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Cell]] = [[cell or None for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    return SheetRows(path.name, rows, (), "csv")


class _TableParser(HTMLParser):
    """The cells of the first table of an HTML page, with colspan/rowspan recorded as merged ranges."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[Cell]] = []
        self.merged: list[tuple[int, int, int, int]] = []
        self._depth = 0
        self._done = False
        self._cell: list[str] | None = None
        self._span = (1, 1)
        self._covered: set[tuple[int, int]] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._done:
            return
        if tag == "table":
            self._depth += 1
        elif self._depth == 1 and tag == "tr":
            self.rows.append([])
        elif self._depth == 1 and tag in ("td", "th") and self.rows:
            values = dict(attrs)
            self._span = (_span(values.get("rowspan")), _span(values.get("colspan")))
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self._done:
            return
        if tag == "table":
            self._depth -= 1
            self._done = self._depth == 0
        elif tag in ("td", "th") and self._cell is not None:
            self._finish_cell()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _finish_cell(self) -> None:
        assert self._cell is not None
        text = " ".join("".join(self._cell).split())
        row_index = len(self.rows) - 1
        row = self.rows[row_index]
        while (row_index, len(row)) in self._covered:
            row.append(None)
        column = len(row)
        row.append(text or None)
        rows, columns = self._span
        if rows > 1 or columns > 1:
            self.merged.append((row_index, column, row_index + rows - 1, column + columns - 1))
            for r in range(row_index, row_index + rows):
                for c in range(column, column + columns):
                    if (r, c) != (row_index, column):
                        self._covered.add((r, c))
            row.extend([None] * (columns - 1))
        self._cell = None


def _span(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() and 0 < int(value) < 1000 else 1


def _read_html(path: Path, data: bytes) -> SheetRows:
    text = _decode(path, data)
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    if not parser.rows:
        raise refuse(_HTML_WITHOUT_TABLE, path)
    return SheetRows(path.name, parser.rows, tuple(parser.merged), "html")
