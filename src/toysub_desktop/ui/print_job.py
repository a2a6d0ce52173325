"""Sending a PDF to a printer: what a shop's printer can take.

Qt PDF only rasterises, so each page reaches the printer as an image. At the printer's own resolution that image
is huge (an A4 page at 600 dpi in 32-bit colour is about 139 MB, 0.55 GB at 1200 dpi) and a long manifest makes a
job the printer or its driver chokes on. Text on paper looks no better past 300 dpi, so pages are rendered at most
at :data:`MAX_PRINT_DPI` and the painter scales them up to the printer's resolution; a page without colour (nearly
all of them) goes as 8-bit grayscale, a quarter of the bytes again.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

#: The finest a page is rendered for printing, in dots per inch.
MAX_PRINT_DPI = 300

#: How far (0–255) a channel may stray from the pixel's gray before the page counts as coloured: the documents'
#: slate grays (#5f6b7a, #b8c2cc) stay well below it, their blue accent (#1d4e89) goes far above it.
COLOUR_TOLERANCE = 32

#: For each byte value, whether it is past the tolerance (``bytes.translate`` does the test at C speed).
_PAST_TOLERANCE = bytes(1 if value > COLOUR_TOLERANCE else 0 for value in range(256))


def render_dpi(printer: QPrinter) -> int:
    """The resolution pages are rendered at for *printer*: its own, but never finer than :data:`MAX_PRINT_DPI`."""
    return max(1, min(printer.resolution(), MAX_PRINT_DPI))


def page_image(document: QPdfDocument, page: int, width_inches: float, height_inches: float, dpi: int) -> QImage:
    """Page *page* rendered to fill *width_inches* × *height_inches* at *dpi*, in grayscale when it has no colour."""
    size = QSize(max(1, round(width_inches * dpi)), max(1, round(height_inches * dpi)))
    # Qt PDF draws on white, so the page is opaque and loses nothing without its alpha channel.
    image = document.render(page, size).convertToFormat(QImage.Format.Format_RGB32)
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return image if has_colour(image, gray) else gray


def has_colour(image: QImage, gray: QImage) -> bool:
    """Whether any pixel of *image* (RGB32) strays visibly from its own gray in *gray* (the same image in 8-bit
    grayscale): the painter takes the per-channel difference, then one pass over the bytes looks for a large one."""
    difference = image.copy()
    painter = QPainter(difference)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawImage(QPoint(0, 0), gray.convertToFormat(QImage.Format.Format_RGB32))
    painter.end()
    pixels = bytes(difference.constBits())
    # RGB32 keeps each pixel as the bytes B, G, R, 0xff on little-endian machines; the fourth is never looked at.
    return any(1 in pixels[channel::4].translate(_PAST_TOLERANCE) for channel in range(3))


def print_pdf(document: QPdfDocument, printer: QPrinter) -> bool:
    """Print every page of *document* on *printer*, each scaled to fit its printable area and kept in proportion.

    Returns False when the printer could not be started (nothing was printed).
    """
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        device_dpi = printer.resolution()
        dpi = render_dpi(printer)
        gray_only = printer.colorMode() == QPrinter.ColorMode.GrayScale
        for page in range(document.pageCount()):
            if page > 0:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(page)
            if points.width() <= 0 or points.height() <= 0 or area.isEmpty():
                continue  # a page Qt PDF cannot measure stays blank rather than failing the whole job
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(area.x(), area.y(), points.width() * scale, points.height() * scale)
            image = page_image(document, page, target.width() / device_dpi, target.height() / device_dpi, dpi)
            if gray_only and image.format() != QImage.Format.Format_Grayscale8:
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True
