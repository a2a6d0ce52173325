"""What this PC remembers between starts: the printer and paper last used, where the window was, how many
backups to keep — in a settings file of the test's own, never the real home."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from toysub_desktop.domain.ledger import ReceiptPaper
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.main_window import MainWindow
from toysub_desktop.ui.pdf_preview import PdfPreviewDialog, apply_printer_defaults, remember_printer
from toysub_desktop.ui.settings import KEEP_RANGE, MachineSettings

pytestmark = pytest.mark.gui


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "counter.ini"


def settings_in(path: Path) -> MachineSettings:
    return MachineSettings(QSettings(str(path), QSettings.Format.IniFormat))


def test_the_paper_and_orientation_chosen_last_time_are_offered_again(ini: Path) -> None:
    chosen = QPrinter()
    chosen.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    chosen.setPageOrientation(QPageLayout.Orientation.Landscape)
    remember_printer(chosen, settings_in(ini))

    next_time = QPrinter()  # a new start of the app reads the same file
    apply_printer_defaults(next_time, settings_in(ini))
    layout = next_time.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A5
    assert layout.orientation() == QPageLayout.Orientation.Landscape


def test_a_printer_that_is_gone_is_not_forced_on_the_dialog(ini: Path) -> None:
    settings = settings_in(ini)
    settings.remember_printer("Label printer (removed)", QPageSize.PageSizeId.A4, QPageLayout.Orientation.Portrait)
    printer = QPrinter()
    default_name = printer.printerName()
    apply_printer_defaults(printer, settings)
    assert printer.printerName() == default_name
    assert settings.printer_defaults()[0] == "Label printer (removed)"


def test_nothing_remembered_leaves_the_system_defaults(ini: Path) -> None:
    assert settings_in(ini).printer_defaults() == ("", None, None)


def test_the_number_of_backups_kept_defaults_to_30_and_stays_in_range(ini: Path) -> None:
    settings = settings_in(ini)
    assert settings.backups_to_keep == 30
    settings.backups_to_keep = 0
    assert settings.backups_to_keep == KEEP_RANGE[0]
    settings.backups_to_keep = 45
    assert settings_in(ini).backups_to_keep == 45
    settings.store.setValue("backups/keep", "many")
    assert settings.backups_to_keep == 30


def test_the_window_opens_where_it_was_closed(qtbot: QtBot, counter: Counter) -> None:
    first = MainWindow(counter)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 400)
    first.close()  # saves where it was, in the (test) user's settings
    second = MainWindow(counter)
    qtbot.addWidget(second)
    assert second.height() == 400
    MachineSettings().store.remove("window/geometry")
    fresh = MainWindow(counter)
    qtbot.addWidget(fresh)
    assert fresh.height() != 400  # without the remembered place, the default size


def test_settings_in_tests_do_not_touch_the_real_home() -> None:
    location = QSettings().fileName()
    assert str(Path.home()) in location and "pytest" in location  # the isolated home from conftest


def test_receipts_print_on_a4_until_this_pc_is_given_a_receipt_printer(ini: Path) -> None:
    assert (settings_in(ini).receipt_paper, settings_in(ini).receipt_printer) == (ReceiptPaper.A4, "")
    chosen = settings_in(ini)
    chosen.receipt_paper = ReceiptPaper.ROLL_80
    chosen.receipt_printer = "SRP-350III"
    chosen.store.sync()
    again = settings_in(ini)  # the next start reads the same file
    assert (again.receipt_paper, again.receipt_printer) == (ReceiptPaper.ROLL_80, "SRP-350III")
    again.store.setValue("receipts/paper", "58mm")  # a value this version does not know: A4, not a crash
    assert again.receipt_paper is ReceiptPaper.A4


def test_a_receipt_is_printed_on_paper_its_own_size_and_on_this_pcs_receipt_printer(qtbot: QtBot) -> None:
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    pdf = io.BytesIO()
    canvas = Canvas(pdf, pagesize=(80 * mm, 150 * mm))
    canvas.drawString(10, 10, "receipt")
    canvas.showPage()
    canvas.save()
    preview = PdfPreviewDialog(pdf.getvalue(), title="receipt", file_name="r.pdf", receipt_printer="")
    qtbot.addWidget(preview)
    printer = QPrinter()
    preview.prepare_receipt_printer(printer)
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (80, 150)
