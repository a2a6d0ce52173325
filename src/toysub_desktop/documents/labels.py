"""Address labels on A4 label sheets: one label per delivery, placed by the sheet's geometry (``LabelSheet``).

Each label carries the postal code, the full address wrapped over as many lines as it needs, the courier's notes,
the recipient ("김민수 님") with the phone, the shop as sender in small print, and a small reference (contract,
date, box or swap) the packer matches the box by. A long address first makes the small print smaller, then the
whole label's text, but no text goes below a size a courier can read: the address 7 pt, every other line 6 pt
(``MIN_ADDRESS_POINTS``, ``MIN_TEXT_POINTS``). A label whose text does not fit even then is named beforehand
(``labels_that_do_not_fit``) so the clerk can fix the address or choose larger labels; printed anyway, it keeps
what the courier needs inside its edge: the notes, the sender and the reference are left off, in that order, and
only then is the address cut short with "…".

A partly used sheet is reused by starting at a later position (1 = top left, counted row by row). An outline of
every label can be drawn for a test print on plain paper, to hold against a sheet before printing on it.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from toysub_desktop.documents import wording
from toysub_desktop.documents.delivery_values import SHEET_24, AddressLabel, LabelSheet, Sender
from toysub_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from toysub_desktop.documents.layout import CREATOR, INK, MUTED, RULE, pdf_date

#: The smallest text a courier reads at arm's length: the postal code and address lines, and every other line.
MIN_ADDRESS_POINTS = 7.0
MIN_TEXT_POINTS = 6.0

#: Font sizes (points) before any shrinking.
_POSTAL = 11.0
_ADDRESS = 10.0
_RECIPIENT = 11.5
_PHONE = 10.0
_SMALL = 6.8  # notes, sender, reference
#: Line height as a share of the font size.
_LEADING = 1.22
#: The small print shrinks first, down to this share; then everything shrinks together, each line down to its
#: minimum, until every line is at its minimum.
_SMALL_FIRST = (1.0, 0.9, 0.8)
_STEP = 0.04
#: Below this share of the starting sizes every line is at its minimum (the recipient's 11.5 pt → 6 pt).
_FLOOR = MIN_TEXT_POINTS / _RECIPIENT
_ELLIPSIS = "…"


def render_labels(
    labels: Sequence[AddressLabel],
    sender: Sender,
    *,
    sheet: LabelSheet = SHEET_24,
    start_position: int = 1,
    outline: bool = False,
    printed_on: date,
    title: str = "",
) -> bytes:
    """The labels as PDF bytes on as many sheets as they need, the first one from *start_position*.

    The same values give the same bytes (*printed_on* is written as the creation date).
    """
    if not labels:
        raise ValueError("print at least one label")
    if not 1 <= start_position <= sheet.labels_per_sheet:
        raise ValueError(f"start position {start_position} is not on a sheet of {sheet.labels_per_sheet}")
    register_fonts()
    rl_config.useA85 = 0  # as every document of the package (see ``layout.build_pdf``)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(sheet.page_width * mm, sheet.page_height * mm),
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
        lang="ko-KR",
    )
    created = pdf_date(printed_on)
    canvas.setDateFormatter(lambda *_: created)
    canvas.setTitle(title or wording.LABEL_TITLE)
    canvas.setAuthor(sender.name)
    canvas.setSubject(wording.LABEL_SUBJECT.format(count=len(labels), sheet=sheet_description(sheet)))
    canvas.setCreator(CREATOR)
    sender_line = _sender_line(sender)
    for page in _pages(len(labels), sheet, start_position):
        if outline:
            _outline(canvas, sheet)
        for index, position in page:
            _draw_label(canvas, sheet, position, labels[index], sender_line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def sheet_description(sheet: LabelSheet) -> str:
    """ "24칸 (3×8, 63.5×33.9mm)"."""
    return wording.LABEL_SHEET.format(
        count=sheet.labels_per_sheet,
        columns=sheet.columns,
        rows=sheet.rows,
        width=f"{sheet.label_width:g}",
        height=f"{sheet.label_height:g}",
    )


def sheets_needed(count: int, sheet: LabelSheet, start_position: int = 1) -> int:
    """How many sheets *count* labels take from *start_position* on the first."""
    return math.ceil((start_position - 1 + count) / sheet.labels_per_sheet) if count else 0


def _pages(count: int, sheet: LabelSheet, start_position: int) -> Iterator[list[tuple[int, int]]]:
    """(label index, position) pairs, one list per sheet."""
    per_sheet = sheet.labels_per_sheet
    page: list[tuple[int, int]] = []
    for index in range(count):
        slot = start_position - 1 + index
        position = slot % per_sheet + 1
        if position == 1 and page:
            yield page
            page = []
        page.append((index, position))
    if page:
        yield page


def _outline(canvas: Canvas, sheet: LabelSheet) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 2)
    for position in range(1, sheet.labels_per_sheet + 1):
        left, top = sheet.label_origin(position)
        canvas.roundRect(
            left * mm,
            (sheet.page_height - top - sheet.label_height) * mm,
            sheet.label_width * mm,
            sheet.label_height * mm,
            2 * mm,
            stroke=1,
            fill=0,
        )
    canvas.restoreState()


# --- one label ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float
    #: Which part of the label it prints: "postal", "address", "notes", "reference", "recipient", "phone", "sender".
    part: str


#: A printed line: one run of text, or several side by side (the name in bold, then the phone).
_Row = list[_Line]


def _row_height(row: _Row) -> float:
    return max(run.size for run in row) * _LEADING


@dataclass(frozen=True)
class _Layout:
    """A label's lines at one set of sizes: where it goes from the top, who receives it just above the sender, and
    the sender at the bottom; the space left over falls between the address and the recipient."""

    address: list[_Row]
    recipient: list[_Row]
    sender: list[_Row]
    #: The reference, when it is printed at the right of the first line (else it is among the address rows).
    beside: _Line | None
    #: Whether every line of the label is there (one printed although it does not fit leaves some off).
    whole: bool = True

    def height(self) -> float:
        rows = [*self.address, *self.recipient, *self.sender]
        return sum(_row_height(row) for row in rows) + 2 * _GAP

    def lines(self) -> list[_Line]:
        beside = [self.beside] if self.beside is not None else []
        return [run for row in (*self.address, *self.recipient, *self.sender) for run in row] + beside


#: Space (points) kept above the recipient and around the sender's rule.
_GAP = 3.0
#: What a label printed although it does not fit leaves off first, then next, then last.
_LEFT_OFF = (("notes",), ("notes", "sender"), ("notes", "sender", "reference"))


def _rows(lines: list[_Line]) -> list[_Row]:
    return [[line] for line in lines]


def _layout(
    label: AddressLabel,
    sender_line: str,
    width: float,
    main: float,
    small: float,
    left_off: tuple[str, ...] = (),
) -> _Layout:
    small_size = max(MIN_TEXT_POINTS, _SMALL * small * main)
    address_size = max(MIN_ADDRESS_POINTS, _ADDRESS * main)
    postal = _Line(
        wording.LABEL_POSTAL_CODE.format(code=label.postal_code), BOLD, _scaled(_POSTAL, main, True), "postal"
    )
    reference_text = "" if "reference" in left_off else label.reference
    reference = _Line(reference_text, REGULAR, small_size, "reference")
    beside = bool(reference_text) and _width(postal) + _width(reference) + 3 * mm <= width
    address: list[_Row] = []
    if reference_text and not beside:
        address += _rows(_wrapped(reference_text, REGULAR, small_size, width, "reference"))
    address.append([postal])
    address += _rows(_wrapped(label.address, REGULAR, address_size, width, "address"))
    if label.notes and "notes" not in left_off:
        address += _rows(_wrapped(label.notes, REGULAR, small_size, width, "notes"))
    recipient_text = wording.LABEL_RECIPIENT.format(name=label.recipient)
    names = _wrapped(recipient_text, BOLD, _scaled(_RECIPIENT, main, False), width, "recipient")
    phone = _Line(label.phone, REGULAR, _scaled(_PHONE, main, False), "phone")
    recipient = _rows(names)
    if label.phone and _width(names[-1]) + 2 * mm + _width(phone) <= width:
        recipient[-1].append(phone)
    elif label.phone:
        recipient.append([phone])
    sender = [] if "sender" in left_off else _rows(_wrapped(sender_line, REGULAR, small_size, width, "sender"))
    return _Layout(address, recipient, sender, reference if beside else None, whole=not left_off)


def _scaled(size: float, main: float, address: bool) -> float:
    return max(MIN_ADDRESS_POINTS if address else MIN_TEXT_POINTS, size * main)


@functools.lru_cache(maxsize=4096)  # checked before printing, then drawn: each label is fitted once
def _fitted(label: AddressLabel, sender_line: str, width: float, height: float) -> _Layout:
    """The largest sizes at which everything fits: small print first, then the whole label, no line below its
    minimum. A label that does not fit even so is printed with less (``_cut_to_fit``); its ``whole`` is False."""
    for small in _SMALL_FIRST:
        layout = _layout(label, sender_line, width, 1.0, small)
        if layout.height() <= height:
            return layout
    main = 1.0
    while main > _FLOOR:
        main = max(_FLOOR, main - _STEP)
        layout = _layout(label, sender_line, width, main, _SMALL_FIRST[-1])
        if layout.height() <= height:
            return layout
    return _cut_to_fit(label, sender_line, width, height)


def _cut_to_fit(label: AddressLabel, sender_line: str, width: float, height: float) -> _Layout:
    """At the minimum sizes: the notes, the sender and the reference left off in turn; if the address is still too
    long, its last lines are cut and the last one kept ends with "…"."""
    layout = _layout(label, sender_line, width, _FLOOR, _SMALL_FIRST[-1])
    for left_off in _LEFT_OFF:
        layout = _layout(label, sender_line, width, _FLOOR, _SMALL_FIRST[-1], left_off)
        if layout.height() <= height:
            return layout
    budget = height - 2 * _GAP - sum(_row_height(row) for row in layout.recipient)
    kept: list[_Row] = []
    for row in layout.address:
        if sum(_row_height(r) for r in kept) + _row_height(row) > budget:
            break
        kept.append(row)
    if kept and len(kept) < len(layout.address):
        last = kept[-1][0]
        text = last.text
        while text and _width(replace(last, text=text + _ELLIPSIS)) > width:
            text = text[:-1]
        kept[-1] = [replace(last, text=text + _ELLIPSIS)]
    return replace(layout, address=kept)


def labels_that_do_not_fit(
    labels: Sequence[AddressLabel], sender: Sender, *, sheet: LabelSheet = SHEET_24
) -> list[int]:
    """The indexes of the *labels* whose text does not all fit on a label of *sheet* at the readable minimum sizes
    (printed anyway, they leave some of it off)."""
    register_fonts()
    line = _sender_line(sender)
    width, height = _text_area(sheet)
    return [index for index, label in enumerate(labels) if not _fitted(label, line, width, height).whole]


def printed_sizes(label: AddressLabel, sender: Sender, *, sheet: LabelSheet = SHEET_24) -> dict[str, float]:
    """The size (points) each part of *label* is printed at on *sheet*: "postal", "address", "notes",
    "reference", "recipient", "phone", "sender"; a part left off or empty is missing."""
    register_fonts()
    width, height = _text_area(sheet)
    sizes: dict[str, float] = {}
    for line in _fitted(label, _sender_line(sender), width, height).lines():
        if line.text:
            sizes[line.part] = min(line.size, sizes.get(line.part, line.size))
    return sizes


def _text_area(sheet: LabelSheet) -> tuple[float, float]:
    """The width and height (points) inside a label's padding."""
    pad = sheet.padding * mm
    return sheet.label_width * mm - 2 * pad, sheet.label_height * mm - 2 * pad


def _sender_line(sender: Sender) -> str:
    return wording.LABEL_SENDER.format(
        sender=wording.FOOTER_SEPARATOR.join(part for part in (sender.name, sender.phone, sender.address) if part)
    )


def _draw_rows(canvas: Canvas, rows: list[_Row], left: float, top: float, color: Any) -> float:
    """Draws *rows* downwards from *top*; returns where they end."""
    y = top
    for row in rows:
        size = max(run.size for run in row)
        y -= size * _LEADING
        baseline = _baseline(y, size)
        x = left
        canvas.setFillColor(color)
        for run in row:
            canvas.setFont(run.font, run.size)
            canvas.drawString(x, baseline, run.text)
            x += _width(run) + 2 * mm
    return y


def _baseline(bottom: float, size: float) -> float:
    """Where text of *size* sits in a row whose bottom is *bottom*: centred in the leading, above the descenders."""
    return bottom + size * (_LEADING - 1) / 2 + size * 0.12


def _draw_label(canvas: Canvas, sheet: LabelSheet, position: int, label: AddressLabel, sender_line: str) -> None:
    left_mm, top_mm = sheet.label_origin(position)
    pad = sheet.padding * mm
    left = left_mm * mm + pad
    top = (sheet.page_height - top_mm) * mm - pad
    width, height = _text_area(sheet)
    layout = _fitted(label, sender_line, width, height)
    canvas.saveState()
    # The first row and the reference beside it come first, so the text reads in the order of the label.
    below_first = _draw_rows(canvas, layout.address[:1], left, top, INK)
    if layout.beside is not None:
        size = _row_height(layout.address[0]) / _LEADING
        canvas.setFont(layout.beside.font, layout.beside.size)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(left + width, _baseline(below_first, size), layout.beside.text)
    _draw_rows(canvas, layout.address[1:], left, below_first, INK)
    # From the bottom up: the sender under a hairline, the recipient just above it.
    sender_top = top - height + sum(_row_height(row) for row in layout.sender)
    recipient_top = sender_top + _GAP + sum(_row_height(row) for row in layout.recipient)
    _draw_rows(canvas, layout.recipient, left, recipient_top, INK)
    if layout.sender:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(left, sender_top + _GAP / 2, left + width, sender_top + _GAP / 2)
    _draw_rows(canvas, layout.sender, left, sender_top, MUTED)
    canvas.restoreState()


def _width(line: _Line) -> float:
    return _unit_width(line.text, line.font) * line.size


@functools.lru_cache(maxsize=8192)
def _unit_width(text: str, font: str) -> float:
    """The width of *text* at 1 point. Widths scale with the size and add up along a line (reportlab applies no
    kerning), so the fitting loop measures each word once, whatever the sizes it tries."""
    return float(stringWidth(text, font, 1))


def _wrapped(text: str, font: str, size: float, width: float, part: str) -> list[_Line]:
    """*text* broken into lines no wider than *width*: between words, and inside a word only when the word alone
    is wider than a line (a long building name)."""
    limit = width / size  # in units of the font size
    space = _unit_width(" ", font)
    lines: list[str] = []
    current, current_width = "", 0.0
    for word in text.split():
        word_width = _unit_width(word, font)
        if current and current_width + space + word_width <= limit:
            current, current_width = f"{current} {word}", current_width + space + word_width
            continue
        if not current and word_width <= limit:
            current, current_width = word, word_width
            continue
        if current:
            lines.append(current)
        while word_width > limit:
            cut = _longest_prefix(word, font, limit)
            lines.append(word[:cut])
            word = word[cut:]
            word_width = _unit_width(word, font)
        current, current_width = word, word_width
    if current:
        lines.append(current)
    return [_Line(line, font, size, part) for line in lines] or [_Line("", font, size, part)]


def _longest_prefix(word: str, font: str, limit: float) -> int:
    """How many characters of *word* fit in *limit* (font-size units); at least one, so wrapping always ends."""
    total = 0.0
    for index, character in enumerate(word):
        total += _unit_width(character, font)
        if total > limit:
            return max(1, index)
    return len(word)
