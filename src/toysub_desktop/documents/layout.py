"""The house style of the printed documents and the machinery that turns a story into PDF bytes.

A document's body is laid out once and printed as one or more *copies* (a contract's shop copy and customer copy);
each copy starts on a new page, carries its own label in the running header and footer, and numbers its pages
"n / m" on its own, so each reads as a whole when they are separated. A copy may end with pages of its own (the
customer's copy of a contract ends with a termination request form to cut off). Output is reproducible: the same
values give the same bytes (fixed document id, creation date from the document's date, fixed metadata).
"""

from __future__ import annotations

import functools
import io
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias

import segno
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from toysub_desktop.documents import wording
from toysub_desktop.documents.fonts import BOLD, REGULAR, register_fonts
from toysub_desktop.documents.formats import format_date, markup

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
#: The label column of a label/value table.
LABEL_WIDTH = 27 * mm

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#b8c2cc")
SHADE = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#1d4e89")

CREATOR = "ToySub Desktop"


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    lead: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_label: ParagraphStyle
    cell_amount: ParagraphStyle
    cell_center: ParagraphStyle
    caption: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    # Lines break between words (어절), as Korean is set in print; a word too long for its line or cell is split
    # (splitLongWords), so nothing overflows. wordWrap="CJK" would break inside words anywhere, which reads badly.
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=14.5, textColor=INK)
    cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=12.5)
    return Styles(
        title=ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=18, leading=24, spaceAfter=2),
        lead=ParagraphStyle("lead", parent=base, fontSize=9, leading=13, textColor=MUTED),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD,
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            spaceBefore=11,
            spaceAfter=5,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=base,
            fontName=BOLD,
            fontSize=9.5,
            leading=13,
            spaceBefore=5,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=ParagraphStyle("body", parent=base, spaceAfter=3),
        small=ParagraphStyle("small", parent=base, fontSize=8.5, leading=12, textColor=MUTED),
        cell=cell,
        cell_label=ParagraphStyle("cell_label", parent=cell, fontName=BOLD),
        cell_amount=ParagraphStyle("cell_amount", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        caption=ParagraphStyle("caption", parent=cell, fontSize=7.5, leading=9.5, alignment=TA_CENTER, textColor=MUTED),
    )


# --- building blocks ----------------------------------------------------------------------------------------------


def paragraph(text: str, style: ParagraphStyle | None = None, *, bold: bool = False) -> Paragraph:
    """Plain text (not markup) as a paragraph."""
    content = markup(text)
    return Paragraph(f"<b>{content}</b>" if bold else content, style or styles().body)


def heading(number: int, text: str) -> Paragraph:
    return paragraph(f"{number}. {text}", styles().heading)


def subheading(text: str) -> Paragraph:
    return paragraph(text, styles().subheading)


def _grid(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            # Every cell holds a paragraph; the font is set anyway so no cell can fall back to a built-in font.
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            *extra,
        ]
    )


#: A table cell: plain text, or flowables already styled.
Cell: TypeAlias = "str | Flowable | Sequence[Flowable]"

#: One row of a field grid: one (label, value) pair spanning the width, or two side by side.
FieldRow: TypeAlias = "tuple[tuple[str, Cell], ...]"


def field_grid(rows: Sequence[FieldRow]) -> Table:
    """Label/value pairs, one or two to a row: labels shaded, values wrapping in their cell."""
    s = styles()
    value_width = (CONTENT_WIDTH - 2 * LABEL_WIDTH) / 2
    data: list[list[Flowable | str]] = []
    extra: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (0, -1), SHADE)]
    for index, row in enumerate(rows):
        if len(row) == 1:
            ((label, value),) = row
            data.append([paragraph(label, s.cell_label), _cell(value), "", ""])
            extra.append(("SPAN", (1, index), (3, index)))
        elif len(row) == 2:
            (label, value), (label2, value2) = row
            data.append(
                [
                    paragraph(label, s.cell_label),
                    _cell(value),
                    paragraph(label2, s.cell_label),
                    _cell(value2),
                ]
            )
            extra.append(("BACKGROUND", (2, index), (2, index), SHADE))
        else:
            raise ValueError("a field row holds one or two pairs")
    # Labels sit on the first line of their value, as on a paper form.
    extra.append(("VALIGN", (0, 0), (-1, -1), "TOP"))
    return Table(
        data,
        colWidths=[LABEL_WIDTH, value_width, LABEL_WIDTH, value_width],
        style=_grid(extra),
        hAlign="LEFT",
        splitInRow=1,
    )


def _cell(value: Cell, style: ParagraphStyle | None = None, *, bold: bool = False) -> Flowable | list[Flowable]:
    """Text as a paragraph in *style* (a plain cell by default); flowables as they are."""
    if isinstance(value, str):
        return paragraph(value, style or styles().cell, bold=bold)
    return value if isinstance(value, Flowable) else list(value)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    center: Sequence[int] = (),
    bold_rows: Sequence[int] = (),
) -> Table:
    """A table with a shaded header row; text in the columns in *right* is right-aligned (amounts), in *center*
    centred. The rows in *bold_rows* (totals) are bold on a light shade."""
    s = styles()

    def cell(value: Cell, column: int, bold: bool) -> Flowable | list[Flowable]:
        style = s.cell_amount if column in right else s.cell_center if column in center else s.cell
        return _cell(value, style, bold=bold)

    data = [[cell(text, i, True) for i, text in enumerate(header)]]
    data += [[cell(text, i, r in bold_rows) for i, text in enumerate(row)] for r, row in enumerate(rows)]
    extra: list[tuple[Any, ...]] = [("BACKGROUND", (0, 0), (-1, 0), SHADE)]
    extra += [("BACKGROUND", (0, r + 1), (-1, r + 1), colors.HexColor("#f7f9fb")) for r in bold_rows]
    return Table(data, colWidths=list(widths), style=_grid(extra), hAlign="LEFT", repeatRows=1, splitInRow=1)


def shop_and_customer_signatures(
    *, shop_name: str, shop_signer: str, customer_number: str, customer_name: str, signed_on: date | None
) -> Table:
    """The shop and the customer signing one paper (a contract, or the confirmation of a change to one): the shop's
    name and who signs for it beside the customer's number and name."""
    return signature_block(
        [
            (wording.SIGNATURE_PARTY_SHOP, [(wording.SHOP_NAME, shop_name), (wording.SIGNER_SHOP, shop_signer)]),
            (
                wording.SIGNATURE_PARTY_CUSTOMER,
                [(wording.CUSTOMER_NUMBER, customer_number), (wording.CUSTOMER_NAME, customer_name)],
            ),
        ],
        signed_on,
    )


def signature_block(parties: Sequence[tuple[str, Sequence[tuple[str, str]]]], signed_on: date | None) -> Table:
    """One column per party: its heading, its lines (label, value), a line to sign on and the date.

    The rows line up across the columns whatever the number of lines each party has. *signed_on* None leaves the
    date blank to fill in by hand.
    """
    s = styles()
    date_text = format_date(signed_on) if signed_on else wording.DATE_BLANK
    width = CONTENT_WIDTH / len(parties)
    inner = width - 12
    line_count = max(len(lines) for _title, lines in parties)
    rows: list[list[Flowable | str]] = [[paragraph(title, s.subheading) for title, _lines in parties]]
    for index in range(line_count):
        rows.append(
            [
                paragraph(f"{lines[index][0]}  {lines[index][1]}", s.cell) if index < len(lines) else ""
                for _title, lines in parties
            ]
        )
    rows.append([Spacer(1, 6 * mm) for _party in parties])
    rows.append([_signature_line(inner) for _party in parties])
    rows.append([paragraph(f"{wording.SIGNATURE_DATE}  {date_text}", s.cell) for _party in parties])
    last = len(rows) - 1
    return Table(
        rows,
        colWidths=[width] * len(parties),
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, last), (-1, last), 8),
            ]
        ),
        hAlign="LEFT",
    )


def _signature_line(width: float) -> Table:
    """The signature label, a rule to sign on, and the seal note after it."""
    s = styles()
    label = paragraph(wording.SIGNATURE, s.cell)
    seal = paragraph(wording.SIGNATURE_SEAL, s.small)
    label_width, seal_width = 12 * mm, 24 * mm
    return Table(
        [[label, "", seal]],
        colWidths=[label_width, width - label_width - seal_width, seal_width],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("LINEBELOW", (1, 0), (1, 0), 0.8, INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


class QrCode(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A QR code carrying *value*, *size* points square including the quiet zone scanners need.

    segno encodes the symbol; it is painted as one filled path of its dark runs, written in module units
    under a scaling transform. That is the same picture ``QrCodeWidget`` draws, without a graphics object and four
    formatted coordinates per run (several times faster, and a smaller file).
    """

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        path, modules = qr_path(self.value)
        box = self.width / (modules + 2 * QR_QUIET_ZONE)
        self.canv.saveState()
        self.canv.setFillColor(colors.black)
        # Module (column, row) counted from the top left, quiet zone included -> points from the bottom left.
        self.canv.transform(box, 0, 0, -box, 0, self.height)
        self.canv.addLiteral(path)
        self.canv.restoreState()


#: Modules of white around the symbol, as the QR standard asks.
QR_QUIET_ZONE = 4


@functools.lru_cache(maxsize=64)
def qr_path(value: str) -> tuple[str, int]:
    """PDF path operators filling *value*'s QR symbol (level M) in module units, and its width in modules.

    Cached: both copies of a contract carry the same code, and choosing the mask is the slow part of encoding.
    """
    code = segno.make_qr(value, error="m", boost_error=False)
    rects = []
    for row, modules in enumerate(code.matrix_iter(border=0)):
        column = 0
        for dark, group in itertools.groupby(bool(module) for module in modules):
            length = sum(1 for _ in group)
            if dark:
                rects.append(f"{column + QR_QUIET_ZONE} {row + QR_QUIET_ZONE} {length} 1 re")
            column += length
    width, _height = code.symbol_size(border=0)
    return "\n".join([*rects, "f"]), int(width)


def boxed(flowables: Sequence[Flowable]) -> Table:
    """Flowables in a shaded box the width of the text, for an example or a note set apart."""
    return Table(
        [[list(flowables)]],
        colWidths=[CONTENT_WIDTH],
        style=_grid([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 0.5, RULE)]),
        hAlign="LEFT",
        spaceBefore=3,
        spaceAfter=4,
    )


def keep_together(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def title_block(
    title: str, meta: Sequence[tuple[str, str]], *, lead: str = "", qr_value: str = "", qr_size: float = 26 * mm
) -> Table:
    """The title, the document's identifying line ("계약번호 … · 작성일 …"), an optional lead paragraph and,
    when *qr_value* is given, a QR code carrying it at the right with the value printed beneath."""
    s = styles()
    left: list[Flowable] = [paragraph(title, s.title)]
    left.append(paragraph(wording.FOOTER_SEPARATOR.join(f"{label} {value}" for label, value in meta), s.lead))
    if lead:
        left += [Spacer(1, 2 * mm), paragraph(lead, s.body)]
    flat: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    if not qr_value:
        return Table([[left]], colWidths=[CONTENT_WIDTH], style=TableStyle(flat), hAlign="LEFT")
    qr_column = qr_size + 8 * mm
    right = [QrCode(qr_value, qr_size), paragraph(qr_value, s.caption)]
    return Table(
        [[left, right]],
        colWidths=[CONTENT_WIDTH - qr_column, qr_column],
        style=TableStyle([*flat, ("ALIGN", (1, 0), (1, 0), "CENTER")]),
        hAlign="LEFT",
    )


# --- pages and output ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintedCopy:
    """One printed copy of a document: the whole body, with this copy's marks on every page."""

    #: Drawn boxed at the top right of every page (the copy's label); "" for none.
    badge: str
    #: The footer on the left; the page number "n / m" goes on the right.
    footer: str
    #: Pages only this copy ends with, after the body, starting on a new page; numbered as part of the copy.
    appendix: tuple[Flowable, ...] = ()


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str
    subject: str
    keywords: str
    #: The document's date, written as its creation date (so the bytes do not depend on when it was printed).
    created_on: date
    #: Running header text at the top left of every page (the shop's name).
    header: str


def build_pdf(
    info: DocumentInfo,
    story: Sequence[Flowable],
    copies: Sequence[PrintedCopy],
    *,
    pagesize: tuple[float, float] = A4,
) -> bytes:
    """Lay *story* out once on *pagesize* (A4 portrait, or ``landscape(A4)`` for a wide list) and print it once per
    copy, each copy starting on a new page, followed by the copy's own appendix, and numbered "n / m" on its own (so
    each reads as a whole when they are separated). The story is set in the page's width less the house margins
    (``content_width``)."""
    if not copies:
        raise ValueError("a document needs at least one copy")
    register_fonts()
    # Compressed streams stay binary instead of being ASCII85-encoded as well: a fifth smaller and faster to write.
    # Every PDF reader reads binary streams; reportlab only offers this as a global setting, and this package is
    # the application's only user of reportlab.
    rl_config.useA85 = 0
    buffer = io.BytesIO()
    _page_width, page_height = pagesize
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        content_width(pagesize),
        page_height - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        pageTemplates=[PageTemplate(id="body", frames=[frame])],
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator=CREATOR,
        invariant=1,
        initialFontName=REGULAR,
        initialFontSize=9.5,
        lang="ko-KR",
    )

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        return _CopyingCanvas(*args, info=info, copies=copies, **kwargs)

    # Each appendix is laid out once after the body, behind a marker that tells the canvas where its pages begin.
    appendices: list[Flowable] = []
    for index, copy in enumerate(copies):
        if copy.appendix:
            appendices += [PageBreak(), _AppendixStart(index), *copy.appendix]
    doc.build([*story, *appendices], canvasmaker=make_canvas)
    return buffer.getvalue()


class _AppendixStart(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """Takes no room; tells the canvas that copy *index*'s appendix begins on the page it is drawn on."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.start_appendix(self.index)


def content_width(pagesize: tuple[float, float] = A4) -> float:
    """The width a story is set in on a page of *pagesize*."""
    return float(pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT)


def pdf_date(day: date) -> str:
    """A PDF date string for midnight of *day* in Seoul."""
    return f"D:{day.year:04d}{day.month:02d}{day.day:02d}000000+09'00'"


class _CopyingCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
    """Holds the laid-out pages until the end, then writes them once per copy with that copy's marks.

    Only at the end is the number of pages known, for "n / m"; and laying the body out once for all copies halves
    the work of a two-copy contract (the copies are the same text by definition).
    """

    def __init__(self, *args: Any, info: DocumentInfo, copies: Sequence[PrintedCopy], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        created = pdf_date(info.created_on)
        self.setDateFormatter(lambda *_: created)
        self._header = info.header
        self._copies = tuple(copies)
        self._held_pages: list[dict[str, Any]] = []
        #: The held page each copy's appendix begins on, by the copy's index.
        self._appendix_starts: dict[int, int] = {}

    def start_appendix(self, index: int) -> None:
        self._appendix_starts[index] = len(self._held_pages)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def _pages_of(self, index: int) -> list[dict[str, Any]]:
        """The body's pages, then those of copy *index*'s appendix."""
        starts = sorted(self._appendix_starts.values())
        body = self._held_pages[: starts[0]] if starts else self._held_pages
        start = self._appendix_starts.get(index)
        if start is None:
            return body
        end = min((later for later in starts if later > start), default=len(self._held_pages))
        return body + self._held_pages[start:end]

    def save(self) -> None:
        for index, copy in enumerate(self._copies):
            pages = self._pages_of(index)
            for number, page in enumerate(pages, start=1):
                self.__dict__.update(page)
                # A fresh list: writing a page appends to its code, and the same body serves every copy.
                self._code = list(page["_code"])
                self._mark_page(copy, number, len(pages))
                super().showPage()
        super().save()

    def _mark_page(self, copy: PrintedCopy, page: int, pages: int) -> None:
        """The running header, the copy's badge, the footer and the page number."""
        self.saveState()
        page_width, page_height = self._pagesize
        top = page_height - 12 * mm
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_LEFT, top, self._header)
        if copy.badge:
            self.setFont(BOLD, 9.5)
            box_width, box_height = self.stringWidth(copy.badge, BOLD, 9.5) + 6 * mm, 6.5 * mm
            x = page_width - MARGIN_RIGHT - box_width
            self.setStrokeColor(ACCENT)
            self.setFillColor(ACCENT)
            self.roundRect(x, top - 2 * mm, box_width, box_height, 1.5 * mm, stroke=1, fill=1)
            self.setFillColor(colors.white)
            self.drawCentredString(x + box_width / 2, top, copy.badge)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.6)
        self.line(MARGIN_LEFT, top - 4 * mm, page_width - MARGIN_RIGHT, top - 4 * mm)
        self.line(MARGIN_LEFT, 14 * mm, page_width - MARGIN_RIGHT, 14 * mm)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_LEFT, 10 * mm, copy.footer)
        text = wording.PAGE_NUMBER.format(page=page, pages=pages)
        # NanumGothic's space is narrow (0.28 em); a little word spacing keeps "1 / 2" from reading as "1/2",
        # on paper and for text extraction.
        width = self.stringWidth(text, REGULAR, _PAGE_NUMBER_SIZE) + text.count(" ") * _PAGE_NUMBER_WORD_SPACE
        line = self.beginText(page_width - MARGIN_RIGHT - width, 10 * mm)
        line.setFont(REGULAR, _PAGE_NUMBER_SIZE)
        line.setFillColor(INK)
        line.setWordSpace(_PAGE_NUMBER_WORD_SPACE)
        line.textOut(text)
        self.drawText(line)
        self.restoreState()


_PAGE_NUMBER_SIZE = 8.5
_PAGE_NUMBER_WORD_SPACE = 2.0


# --- a receipt printer's roll ---------------------------------------------------------------------------------------

#: An 80 mm receipt roll prints 72 mm of it: 4 mm each side is out of the print head's reach.
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm
ROLL_CONTENT_WIDTH = ROLL_WIDTH - 2 * ROLL_MARGIN
#: Laid out first on a page this tall, to measure the story; the page printed is exactly as long as its content.
_ROLL_PROBE_HEIGHT = 5000 * mm


class _MeasuringTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type information
    """Notes how far down the frame each flowable reached."""

    lowest: float | None = None

    def afterFlowable(self, flowable: Flowable) -> None:
        reached = float(self.frame._y)
        self.lowest = reached if self.lowest is None else min(self.lowest, reached)


def _roll_document(buffer: io.BytesIO, info: DocumentInfo, height: float) -> _MeasuringTemplate:
    frame = Frame(
        ROLL_MARGIN,
        ROLL_MARGIN,
        ROLL_CONTENT_WIDTH,
        height - 2 * ROLL_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return _MeasuringTemplate(
        buffer,
        pagesize=(ROLL_WIDTH, height),
        pageTemplates=[PageTemplate(id="roll", frames=[frame])],
        leftMargin=ROLL_MARGIN,
        rightMargin=ROLL_MARGIN,
        topMargin=ROLL_MARGIN,
        bottomMargin=ROLL_MARGIN,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator=CREATOR,
        invariant=1,
        initialFontName=REGULAR,
        initialFontSize=8.5,
        lang="ko-KR",
    )


def build_roll_pdf(info: DocumentInfo, story: Callable[[], Sequence[Flowable]]) -> bytes:
    """One page :data:`ROLL_WIDTH` wide and as long as *story* (set in :data:`ROLL_CONTENT_WIDTH`), for a receipt
    printer through the system's driver. *story* makes fresh flowables: the story is laid out twice, once to
    measure it."""
    register_fonts()
    rl_config.useA85 = 0
    created = pdf_date(info.created_on)

    def make_canvas(*args: Any, **kwargs: Any) -> Canvas:
        canvas = Canvas(*args, **kwargs)
        canvas.setDateFormatter(lambda *_: created)
        return canvas

    probe = _roll_document(io.BytesIO(), info, _ROLL_PROBE_HEIGHT)
    probe.build(list(story()), canvasmaker=make_canvas)
    used = _ROLL_PROBE_HEIGHT - ROLL_MARGIN - (probe.lowest if probe.lowest is not None else _ROLL_PROBE_HEIGHT)
    buffer = io.BytesIO()
    # A hair more than measured, so rounding never pushes the last line onto a second page.
    _roll_document(buffer, info, used + 2 * ROLL_MARGIN + 1).build(list(story()), canvasmaker=make_canvas)
    return buffer.getvalue()
