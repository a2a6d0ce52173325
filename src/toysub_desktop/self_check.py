"""``toysub-desktop --self-check``: is this installation whole? Checked without showing a window.

Each check prints one line, ``OK`` or ``FAIL``, its name and what it found or why it failed; the exit status is 1
when any check failed. Every check runs even after one fails, so one run shows every problem. The report is for
whoever installs or supports the app (and for CI, which runs it on the frozen bundle), so it is in English, like a
log; staff never see it.

Checks, in order:

- ``resources``: the fonts, the compiled translation, the icons and the migration scripts are where the app looks;
- ``translations``: the app's Korean translation and Qt's own load, and a known text comes back in Korean;
- ``hangul font``: the document font covers every Hangul syllable and embeds in a PDF;
- ``database``: a new SQLite database in a temporary folder is created and migrated to the newest revision;
- ``contract pdf``: a contract renders with the real document builders, with the font embedded, and Qt PDF (the
  preview) opens it and draws its first page;
- ``printing``: a delivery manifest goes through the print job to a 1200 dpi PDF printer, and the job stays
  proportionate (pages rendered at most at 300 dpi: under :data:`PRINT_BYTES_PER_PAGE_LIMIT` a page);
- ``qt``: the Qt modules the windows use import, the native platform plugin is present, the icon reads;
- ``dashboard charts``: Qt Charts (the owner's dashboard; imported only when it opens, so nothing else would notice
  it missing) and the dashboard window's module load;
- ``user data folder``: the folders for the database, its backups and the log can be written;
- ``postgresql driver``: psycopg loads with its compiled libpq (``binary`` or ``c``; the pure-Python one would need
  a libpq installed on the shop's PC, which a frozen build cannot count on) and SQLAlchemy's dialect for it.

The report is UTF-8 whatever the console or the code page (its lines hold Hangul paths and translations; a frozen
app starts Python isolated, so ``PYTHONUTF8`` does not reach it), each line is written as its check ends, and the
whole run is bounded: a check that hangs ends the process after :data:`TIMEOUT_SECONDS` with every thread's stack in
the report. Anything unexpected (even in the report itself) goes into the report with exit status 2, never into a
traceback window nobody can close.

Most checks are Qt-free; those that need Qt use a ``QGuiApplication`` on the offscreen platform unless
``QT_QPA_PLATFORM`` says otherwise.
"""

from __future__ import annotations

import contextlib
import faulthandler
import io
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from toysub_desktop.domain.text import QT_TRANSLATE_NOOP
from toysub_desktop.folders import Folders
from toysub_desktop.resources import is_frozen, resource_path, resources_root

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from toysub_desktop.documents.delivery_values import Manifest
    from toysub_desktop.documents.values import ContractSheet

# Files the app needs at run time, relative to the resources folder.
REQUIRED_RESOURCES = (
    ("fonts", "NanumGothic.ttf"),
    ("fonts", "NanumGothicBold.ttf"),
    ("fonts", "OFL.txt"),
    ("i18n", "toysub_ko.qm"),
    ("icons", "toysub.png"),
    ("icons", "toysub.ico"),
)

# A text of the app's own translation the check asks for; its Korean must come back.
TRANSLATION_CONTEXT = "SelfCheck"
#: Only the installation check reads this sentence, to see that the Korean translation loads.
TRANSLATION_SAMPLE = QT_TRANSLATE_NOOP("SelfCheck", "The Korean translation is installed.")
#: A text of Qt's own ``qtbase_ko.qm`` (the standard Cancel button).
QT_TRANSLATION_SAMPLE = ("QPlatformTheme", "Cancel")

#: Every precomposed Hangul syllable (가 … 힣): a document may print any name.
HANGUL_SYLLABLES = range(0xAC00, 0xD7A4)

#: How long the whole run may take before it is stopped with its stacks in the report (seconds): far more than the
#: checks need (about 10 s), and less than the release workflow's own bound (5 minutes), so the report says where it
#: hung.
TIMEOUT_SECONDS = 240.0

#: Exit statuses: every check passed, a check failed, the self-check itself broke.
EXIT_OK, EXIT_FAILED, EXIT_BROKEN = 0, 1, 2

#: Deliveries on the manifest the printing check prints (about 12 a page); ``TOYSUB_SELF_CHECK_DELIVERIES`` asks for
#: more, e.g. 2040 for the 150 pages of a big day's manifest.
PRINT_CHECK_DELIVERIES = 30
PRINT_CHECK_DELIVERIES_VARIABLE = "TOYSUB_SELF_CHECK_DELIVERIES"
#: What a printed page may weigh: a page at the printer's own resolution was hundreds of megabytes.
PRINT_BYTES_PER_PAGE_LIMIT = 1_000_000

#: psycopg's implementations that carry their own libpq (``binary``: the psycopg-binary wheel) or link one (``c``).
COMPILED_PSYCOPG = ("binary", "c")

#: The platform plugin a shop's PC starts with, by ``sys.platform`` prefix.
NATIVE_PLATFORM_PLUGIN = {"win32": "qwindows", "linux": "qxcb", "darwin": "qcocoa"}


class CheckFailed(Exception):
    """A check found the installation broken; the message says what and where."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float

    def line(self) -> str:
        return f"{'OK  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


#: A check returns what it found (shown after OK) or raises (``CheckFailed`` or any error) with why it failed.
Check = Callable[[], str]


def contains_hangul(text: str) -> bool:
    return any(0xAC00 <= ord(character) <= 0xD7A3 for character in text)


# --- the checks -------------------------------------------------------------------------------------------------


def check_resources() -> str:
    root = resources_root()
    missing = [
        str(resource_path(*parts))
        for parts in REQUIRED_RESOURCES
        if not resource_path(*parts).is_file() or resource_path(*parts).stat().st_size == 0
    ]
    if missing:
        raise CheckFailed("missing or empty: " + ", ".join(missing))
    from toysub_desktop.db.migrate import MIGRATIONS_FOLDER

    scripts = sorted((MIGRATIONS_FOLDER / "versions").glob("*.py"))
    if not (MIGRATIONS_FOLDER / "env.py").is_file() or not scripts:
        raise CheckFailed(f"no migration scripts in {MIGRATIONS_FOLDER}")
    return f"{len(REQUIRED_RESOURCES)} files in {root}, {len(scripts)} migration scripts"


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    _qt_application()
    folder = resource_path("i18n")
    own = QTranslator()
    if not own.load("toysub_ko", str(folder)):
        raise CheckFailed(f"toysub_ko.qm does not load from {folder}")
    korean = own.translate(TRANSLATION_CONTEXT, TRANSLATION_SAMPLE) or ""
    if not contains_hangul(korean):
        raise CheckFailed(f"toysub_ko.qm has no Korean for {TRANSLATION_SAMPLE!r} (got {korean!r})")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator()
    if not qt.load("qtbase_ko", qt_folder):
        raise CheckFailed(f"Qt's qtbase_ko.qm does not load from {qt_folder}")
    cancel = qt.translate(*QT_TRANSLATION_SAMPLE) or ""
    if not contains_hangul(cancel):
        raise CheckFailed(f"qtbase_ko.qm has no Korean for {QT_TRANSLATION_SAMPLE[1]!r}")
    return f"{korean} / {cancel} ({folder}, {qt_folder})"


def check_hangul_font() -> str:
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from toysub_desktop.documents.fonts import BOLD, REGULAR, font_file

    sample = "".join(chr(code) for code in HANGUL_SYLLABLES[::997])
    found = []
    for name in (REGULAR, BOLD):
        path = font_file(name)
        if not path.is_file():
            raise CheckFailed(f"font file not found: {path}")
        # Loaded under a name of its own, so the check reads the file even when the app registered it already.
        font = TTFont(f"SelfCheck-{name}", str(path))
        uncovered = [code for code in HANGUL_SYLLABLES if code not in font.face.charToGlyph]
        if uncovered:
            raise CheckFailed(f"{path.name} lacks {len(uncovered)} Hangul syllables, e.g. {chr(uncovered[0])!r}")
        found.append((font, path))

    from io import BytesIO

    from reportlab.pdfbase import pdfmetrics

    buffer = BytesIO()
    canvas = Canvas(buffer)
    for font, _path in found:
        if font.fontName not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(font)
        canvas.setFont(font.fontName, 12)
        canvas.drawString(72, 720, sample)
    canvas.showPage()
    canvas.save()
    missing = [path.name for font, path in found if not _embeds(buffer.getvalue(), bytes(font.face.name))]
    if missing:
        raise CheckFailed(f"not embedded in a PDF: {', '.join(missing)}")
    return ", ".join(f"{path.name} ({path.stat().st_size // 1024:,} KiB)" for _font, path in found) + ", embedded"


def _embeds(pdf: bytes, postscript_name: bytes) -> bool:
    """Whether *pdf* carries a subset of the font named *postscript_name* (``b"NanumGothic"``) with its TrueType
    program, not just a reference to a font the printing PC may not have."""
    subset = re.search(rb"/BaseFont\s*/[A-Z]{6}\+" + re.escape(postscript_name) + rb"[\s/>]", pdf)
    return subset is not None and b"/FontFile2" in pdf


def check_database() -> str:
    from toysub_desktop.db.location import sqlite_file
    from toysub_desktop.db.migrate import HEAD_REVISION, current_revision
    from toysub_desktop.db.open import open_database

    with tempfile.TemporaryDirectory(prefix="toysub-self-check-", ignore_cleanup_errors=True) as folder:
        location = sqlite_file(Path(folder) / "self-check.sqlite3")
        database = open_database(location, backup_folder=Path(folder) / "backups")
        try:
            revision = current_revision(database.engine)
        finally:
            database.dispose()
    if revision != HEAD_REVISION:
        raise CheckFailed(f"migrated to revision {revision}, expected {HEAD_REVISION}")
    return f"new SQLite database migrated to revision {revision}"


def check_contract_pdf() -> str:
    from toysub_desktop.documents.contract import render_contract
    from toysub_desktop.documents.fonts import BOLD, REGULAR

    pdf = render_contract(sample_contract())
    if not pdf.startswith(b"%PDF-"):
        raise CheckFailed("the contract is not a PDF")
    from reportlab.pdfbase import pdfmetrics

    not_embedded = [name for name in (REGULAR, BOLD) if not _embeds(pdf, bytes(pdfmetrics.getFont(name).face.name))]
    if not_embedded:
        raise CheckFailed(f"the contract does not embed {', '.join(not_embedded)}")

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    _qt_application()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 2:
        raise CheckFailed(f"Qt PDF cannot open the contract ({document.error()}, {document.pageCount()} pages)")
    image = document.render(0, QSize(298, 421))
    inked = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 128
    )
    if inked == 0:
        raise CheckFailed("Qt PDF draws the contract's first page blank")
    pages = document.pageCount()
    document.close()
    buffer.close()
    return f"{len(pdf) // 1024:,} KiB, {pages} pages, fonts embedded, Qt PDF draws page 1"


def check_printing() -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from toysub_desktop.documents.manifest import render_manifest
    from toysub_desktop.ui.print_job import print_pdf, render_dpi

    _qt_application()
    deliveries = int(os.environ.get(PRINT_CHECK_DELIVERIES_VARIABLE) or PRINT_CHECK_DELIVERIES)
    pdf = render_manifest(sample_manifest(deliveries))
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    pages = document.pageCount()
    with tempfile.TemporaryDirectory(prefix="toysub-self-check-", ignore_cleanup_errors=True) as folder:
        output = Path(folder) / "printed.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        printer.setResolution(1200)
        started = time.perf_counter()
        if not print_pdf(document, printer):
            raise CheckFailed("the PDF printer could not be started")
        seconds = time.perf_counter() - started
        size = output.stat().st_size if output.is_file() else 0
    document.close()
    buffer.close()
    if pages == 0 or size == 0:
        raise CheckFailed(f"nothing was printed ({pages} pages, {size} bytes)")
    per_page = size // pages
    if per_page > PRINT_BYTES_PER_PAGE_LIMIT:
        raise CheckFailed(f"{pages} pages printed as {size:,} bytes: {per_page:,} a page is too much for a printer")
    return (
        f"{pages}-page manifest to a {printer.resolution()} dpi printer at {render_dpi(printer)} dpi: "
        f"{size // 1024:,} KiB, {per_page // 1024:,} KiB a page, {seconds:.1f} s"
    )


def check_qt() -> str:
    import PySide6
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QImage, QImageReader

    _qt_application()
    for module in ("QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtNetwork"):
        __import__(f"PySide6.{module}")
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    native = next((name for prefix, name in NATIVE_PLATFORM_PLUGIN.items() if sys.platform.startswith(prefix)), None)
    present = {path.name.split(".")[0].removeprefix("lib") for path in _files(plugins)}
    if native is not None and native not in present:
        raise CheckFailed(f"the {native} platform plugin is not in {plugins}")
    formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    if "ico" not in formats:
        raise CheckFailed("Qt cannot read .ico files (the imageformats/qico plugin is missing)")
    icon = QImage(str(resource_path("icons", "toysub.ico")))
    if icon.isNull():
        raise CheckFailed("the application icon does not load")
    return f"PySide6 {PySide6.__version__}, {native or 'no native'} platform plugin, icon {icon.width()}px"


def check_dashboard_charts() -> str:
    from PySide6 import QtCharts

    from toysub_desktop.ui import dashboard

    used = ("QChart", "QChartView", "QBarSeries", "QBarSet", "QLineSeries", "QBarCategoryAxis", "QValueAxis")
    missing = [name for name in used if not hasattr(QtCharts, name)]
    if missing:
        raise CheckFailed(f"Qt Charts lacks {', '.join(missing)}")
    return f"Qt Charts from {Path(QtCharts.__file__).name}, {dashboard.DashboardWindow.__name__} ready"


def _files(folder: Path) -> list[Path]:
    return list(folder.iterdir()) if folder.is_dir() else []


def check_user_data_folder() -> str:
    folders = Folders.for_user()
    for folder in (folders.data, folders.backups, folders.logs):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".self-check-", delete=True) as probe:
                probe.write(b"toysub self-check\n")
                probe.flush()
                os.fsync(probe.fileno())
        except OSError as error:
            raise CheckFailed(f"cannot write in {folder}: {error.strerror or error}") from error
    return f"{folders.data} (backups in {folders.backups.name}), log in {folders.logs}"


def check_postgresql_driver() -> str:
    import psycopg
    from sqlalchemy import create_engine

    implementation = psycopg.pq.__impl__
    if is_frozen() and implementation not in COMPILED_PSYCOPG:
        raise CheckFailed(
            f"psycopg {psycopg.__version__} uses its {implementation!r} implementation, which needs a libpq "
            "installed on this PC: the bundle lacks psycopg_binary"
        )
    # The dialect and driver as the app names them; no connection is made.
    engine = create_engine("postgresql+psycopg://check@127.0.0.1/check")
    dialect = f"{engine.dialect.name}+{engine.dialect.driver}"
    engine.dispose()
    libpq = psycopg.pq.version()
    return (
        f"psycopg {psycopg.__version__} ({implementation}), libpq {libpq // 10000}.{libpq % 10000}, "
        f"SQLAlchemy dialect {dialect}"
    )


CHECKS: tuple[tuple[str, Check], ...] = (
    ("resources", check_resources),
    ("translations", check_translations),
    ("hangul font", check_hangul_font),
    ("database", check_database),
    ("contract pdf", check_contract_pdf),
    ("printing", check_printing),
    ("qt", check_qt),
    ("dashboard charts", check_dashboard_charts),
    ("user data folder", check_user_data_folder),
    ("postgresql driver", check_postgresql_driver),
)


# --- running ----------------------------------------------------------------------------------------------------


def run_check(name: str, check: Check) -> CheckResult:
    started = time.perf_counter()
    try:
        detail, ok = check(), True
    except Exception as error:
        detail, ok = (str(error) if isinstance(error, CheckFailed) else f"{type(error).__name__}: {error}"), False
    return CheckResult(name, ok, detail, time.perf_counter() - started)


def run_checks(checks: Sequence[tuple[str, Check]] = CHECKS) -> list[CheckResult]:
    return [run_check(name, check) for name, check in checks]


def header() -> str:
    from toysub_desktop import __version__

    kind = "frozen" if is_frozen() else "source"
    return f"toysub-desktop {__version__} ({kind}, {sys.platform})"


def summary(results: Sequence[CheckResult]) -> str:
    failed = [result for result in results if not result.ok]
    if not failed:
        return f"self-check: all {len(results)} checks passed"
    return f"self-check: {len(failed)} of {len(results)} checks FAILED ({', '.join(r.name for r in failed)})"


def report(results: Sequence[CheckResult]) -> str:
    lines = [header(), *(r.line() for r in results), summary(results)]
    return "\n".join(lines) + "\n"


def utf8_stream(stream: TextIO) -> TextIO:
    """*stream* made to write UTF-8: a console or a file redirected on Windows writes in the ANSI code page
    (cp1252 on the runners), which has no Hangul. A stream that cannot be switched (a ``StringIO`` has no encoding
    to switch) is used as it is; one that still cannot encode a character writes it escaped rather than fail."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(encoding="utf-8", errors="backslashreplace")
        except (OSError, ValueError, io.UnsupportedOperation):
            with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
                reconfigure(errors="backslashreplace")
    return stream


def main(
    out: TextIO | None = None,
    *,
    checks: Sequence[tuple[str, Check]] = CHECKS,
    timeout: float = TIMEOUT_SECONDS,
) -> int:
    """Run every check and print the report; 0 when all passed, 1 when one failed, 2 when the self-check broke.

    A windowed build on Windows has no ``sys.stdout`` unless it was redirected; the report then goes to
    ``self-check.txt`` in the log folder.
    """
    stream = out if out is not None else sys.stdout
    buffer = io.StringIO() if stream is None else None
    target: TextIO = buffer if buffer is not None else utf8_stream(stream)
    watchdog = _start_watchdog(target, timeout)
    try:
        code = _run(target, checks)
    finally:
        if watchdog:
            faulthandler.cancel_dump_traceback_later()
    if buffer is not None:
        _write_to_log_folder(buffer.getvalue())
    return code


def _run(target: TextIO, checks: Sequence[tuple[str, Check]]) -> int:
    results: list[CheckResult] = []
    try:
        _write(target, header())
        for name, check in checks:
            result = run_check(name, check)
            results.append(result)
            _write(target, result.line())
        _write(target, summary(results))
    except BaseException as error:  # even SystemExit or KeyboardInterrupt: the report says what happened
        details = "".join(traceback.format_exception(error))
        try:
            _write(target, f"self-check: BROKEN after {len(results)} checks: {type(error).__name__}: {error}")
            _write(target, details.rstrip())
        except Exception:
            pass
        return EXIT_BROKEN
    return EXIT_OK if all(result.ok for result in results) else EXIT_FAILED


def _write(target: TextIO, line: str) -> None:
    try:
        target.write(line + "\n")
    except UnicodeEncodeError:
        # A stream whose encoding could not be switched: the line, escaped, rather than no line at all.
        target.write(line.encode("ascii", "backslashreplace").decode("ascii") + "\n")
    target.flush()


def _start_watchdog(target: TextIO, timeout: float) -> bool:
    """After *timeout* seconds, write every thread's stack to *target* and end the process (status 1): a hanging
    check must not hold the release job, or a support call, forever. Only for a stream backed by a file."""
    try:
        descriptor = target.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    faulthandler.dump_traceback_later(timeout, exit=True, file=descriptor)
    return True


def _write_to_log_folder(text: str) -> None:
    try:
        logs = Folders.for_user().logs
        logs.mkdir(parents=True, exist_ok=True)
        (logs / "self-check.txt").write_text(text, encoding="utf-8")
    except OSError:
        pass


#: The application the checks made, kept alive until the process ends.
_application: QCoreApplication | None = None


def _qt_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen ``QGuiApplication`` (no window is ever shown)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _application
    _application = QGuiApplication(sys.argv[:1])
    return _application


def sample_manifest(deliveries: int) -> Manifest:
    """A day's delivery manifest as a shop would print it (sample values), *deliveries* rows long."""
    from datetime import UTC, datetime

    from toysub_desktop.documents.delivery_values import Manifest, ManifestLine

    lines = tuple(
        ManifestLine(
            delivery_on=date(2026, 3, 2),
            contract_number=f"TS-2026-{number:05d}",
            recipient="김견본",
            phone="010-1234-5678",
            postal_code="04001",
            address="서울특별시 마포구 월드컵북로 12, 101동 1203호",
            notes="공동현관 비밀번호 1234#",
            kind_label="상자",
            courier="",
            tracking_number="",
        )
        for number in range(1, deliveries + 1)
    )
    return Manifest(
        "토이구독 견본점", date(2026, 3, 2), date(2026, 3, 2), datetime(2026, 3, 2, 0, 0, tzinfo=UTC), lines
    )


def sample_contract() -> ContractSheet:
    """A contract as a shop would fill it (sample values), for the rendering check."""
    from toysub_desktop.documents.values import (
        ChildLine,
        ConsentLine,
        ContractSheet,
        DiscountLine,
        PlanTerms,
        ShopDetails,
    )

    shop = ShopDetails(
        "토이구독 견본점", "105-87-12345", "(04002) 서울특별시 마포구 월드컵로 190", "02-332-1234", "홍길동"
    )
    plan = PlanTerms(
        plan_name="베이직 정기배송 (24개월)",
        kind_label="정기배송",
        tier_label="베이직",
        supply_description="매월 1회 연령에 맞는 장난감 4종을 배송합니다.",
        term_months=24,
        monthly_fee_won=39_000,
        discounts=(DiscountLine("다자녀", 3_900, "가족관계증명서 확인"),),
        monthly_payable_won=35_100,
        deposit_won=50_000,
        total_won=842_400,
        payment_timing="첫 결제는 계약일에, 이후 매월 같은 날에 결제합니다.",
        payment_method_label="신용카드 자동결제",
        trial_days=7,
        pause_rule="계약 기간 중 최대 2회, 회당 1개월까지 일시정지할 수 있습니다.",
        cancellation_rule="고객은 언제든지 해지할 수 있습니다.",
        cancellation_example="5개월 이용 후 해지: 위약금 24,570원",
        how_to_cancel="매장 방문, 전화 또는 서면으로 신청합니다.",
        refund_terms="보증금은 장난감 반납을 확인한 뒤 돌려드립니다.",
    )
    consent = ConsentLine("개인정보 수집·이용", True, True, date(2026, 3, 2), "2026-01", "서면")
    return ContractSheet(
        contract_number="TS-2026-00001",
        issued_on=date(2026, 3, 2),
        shop=shop,
        customer_number="C-000001",
        customer_name="김견본",
        children=(ChildLine("이견본", date(2023, 5, 1)),),
        delivery_address="(04001) 서울특별시 마포구 월드컵북로 12, 101동 1203호",
        phone="010-1234-5678",
        plan=plan,
        start_date=date(2026, 3, 2),
        end_date=date(2028, 3, 1),
        consents=(consent,),
        shop_signer="최견본",
    )
