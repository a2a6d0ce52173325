"""Printing sends a job a shop's printer can take: pages rendered at most at 300 dpi and scaled by the painter,
in grayscale when the page has no colour, so a long manifest stays a few hundred kilobytes a page at any printer
resolution instead of the hundreds of megabytes a page rendered at the printer's own resolution would be."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from reportlab.lib.colors import red
from reportlab.pdfgen.canvas import Canvas

from toysub_desktop.documents.delivery_values import Manifest, ManifestLine
from toysub_desktop.documents.manifest import render_manifest
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog
from toysub_desktop.ui.print_job import MAX_PRINT_DPI, page_image, print_pdf

#: What one A4 page rendered at 1200 dpi in 32-bit colour weighs in memory, as the printer was sent before.
FULL_RESOLUTION_PAGE_BYTES = round(8.27 * 1200) * round(11.69 * 1200) * 4


def manifest_pdf(deliveries: int) -> bytes:
    line = ManifestLine(
        delivery_on=date(2026, 3, 2),
        contract_number="",
        recipient="김견본",
        phone="010-1234-5678",
        postal_code="04001",
        address="서울특별시 마포구 월드컵북로 396, 101동 1203호",
        notes="공동현관 1234#, 경비실에 맡겨 주세요",
        kind_label="상자",
        courier="",
        tracking_number="",
    )
    lines = tuple(
        ManifestLine(**{**line.__dict__, "contract_number": f"TS-2026-{n:05d}"}) for n in range(1, deliveries + 1)
    )
    manifest = Manifest(
        "토이구독 견본점", date(2026, 3, 2), date(2026, 3, 2), datetime(2026, 3, 2, 0, 0, tzinfo=UTC), lines
    )
    return render_manifest(manifest)


#: The bytes and buffers the documents read from while they render, kept alive until the tests end.
_SOURCES: list[tuple[QByteArray, QBuffer]] = []


def loaded(pdf: bytes) -> QPdfDocument:
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    _SOURCES.append((data, buffer))
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    return document


def pdf_printer(path: Path, dpi: int) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def images(pdf: bytes) -> list[tuple[int, int, str]]:
    """Width, height and colour space of every image in *pdf*."""
    found = re.findall(
        rb"/Subtype /Image\s*/Width (\d+)\s*/Height (\d+)\s*/BitsPerComponent \d+\s*/ColorSpace /(\w+)", pdf
    )
    return [(int(width), int(height), space.decode()) for width, height, space in found]


def test_a_long_manifest_prints_at_most_at_300_dpi_whatever_the_printers_resolution(
    qapp: QApplication, tmp_path: Path
) -> None:
    document = loaded(manifest_pdf(150))
    pages = document.pageCount()
    assert pages >= 10
    printer = pdf_printer(tmp_path / "job.pdf", 1200)
    assert print_pdf(document, printer)
    job = (tmp_path / "job.pdf").read_bytes()
    printed = images(job)
    assert len(printed) == pages
    # The page as the printer lays it out, in inches; the image in it is never finer than 300 dpi.
    area = printer.pageRect(QPrinter.Unit.Inch)
    for width, height, _space in printed:
        assert width <= area.width() * MAX_PRINT_DPI + 1 and height <= area.height() * MAX_PRINT_DPI + 1
        assert width >= area.width() * MAX_PRINT_DPI * 0.9  # but sharp: the page fills the paper's width
    per_page = len(job) / pages
    assert per_page < 1_000_000, f"{per_page:,.0f} bytes a page"
    assert per_page < FULL_RESOLUTION_PAGE_BYTES / 200


def test_a_coarse_printer_gets_pages_at_its_own_resolution(qapp: QApplication, tmp_path: Path) -> None:
    document = loaded(manifest_pdf(20))
    printer = pdf_printer(tmp_path / "job.pdf", 150)
    assert print_pdf(document, printer)
    area = printer.pageRect(QPrinter.Unit.Inch)
    width, _height, _space = images((tmp_path / "job.pdf").read_bytes())[0]
    assert abs(width - area.width() * 150) <= 2


def test_a_page_without_colour_is_rendered_in_grayscale_and_a_coloured_one_in_colour(qapp: QApplication) -> None:
    manifest = loaded(manifest_pdf(3))  # slate-gray rules and shading: no colour a printer would show
    assert page_image(manifest, 0, 11.69, 8.27, 100).format() == QImage.Format.Format_Grayscale8

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "TS-2026-00001")
    canvas.setFillColor(red)
    canvas.rect(72, 600, 20, 20, stroke=0, fill=1)  # a small red stamp
    canvas.showPage()
    canvas.save()
    stamped = page_image(loaded(buffer.getvalue()), 0, 8.27, 11.69, 100)
    assert stamped.format() == QImage.Format.Format_RGB32
    assert stamped.pixelColor(round(82 / 72 * 100), round((842 - 610) / 72 * 100)).red() > 200


def test_printing_from_the_preview_sends_the_proportionate_job_the_print_dialog_chose(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "printed.pdf"

    def choose_a_pdf_printer(dialog: QPrintDialog) -> int:
        # What staff pick in the system dialog: a printer (here one that writes a PDF file) in grayscale.
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(output))
        dialog.printer().setColorMode(QPrinter.ColorMode.GrayScale)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_a_pdf_printer)
    recorded: list[str] = []
    preview = PdfPreviewDialog(manifest_pdf(30), title="배송 목록", file_name="manifest.pdf", on_output=recorded.append)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    preview.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is preview.view)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert recorded == ["print"]
    job = output.read_bytes()
    printed = images(job)
    assert len(printed) == preview.page_count >= 2
    assert {space for _width, _height, space in printed} == {"DeviceGray"}
    assert len(job) / preview.page_count < 1_000_000
