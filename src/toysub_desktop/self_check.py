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
- ``qt``: the Qt modules the windows use import, the native platform plugin is present, the icon reads;
- ``user data folder``: the folders for the database, its backups and the log can be written.

Most checks are Qt-free; those that need Qt use a ``QGuiApplication`` on the offscreen platform unless
``QT_QPA_PLATFORM`` says otherwise.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
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
    from toysub_desktop.documents import render_contract
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


CHECKS: tuple[tuple[str, Check], ...] = (
    ("resources", check_resources),
    ("translations", check_translations),
    ("hangul font", check_hangul_font),
    ("database", check_database),
    ("contract pdf", check_contract_pdf),
    ("qt", check_qt),
    ("user data folder", check_user_data_folder),
)


# --- running ----------------------------------------------------------------------------------------------------


def run_checks(checks: Sequence[tuple[str, Check]] = CHECKS) -> list[CheckResult]:
    results = []
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail, ok = check(), True
        except Exception as error:
            detail, ok = (str(error) if isinstance(error, CheckFailed) else f"{type(error).__name__}: {error}"), False
        results.append(CheckResult(name, ok, detail, time.perf_counter() - started))
    return results


def report(results: Sequence[CheckResult]) -> str:
    from toysub_desktop import __version__

    failed = [result for result in results if not result.ok]
    kind = "frozen" if is_frozen() else "source"
    summary = (
        f"self-check: all {len(results)} checks passed"
        if not failed
        else f"self-check: {len(failed)} of {len(results)} checks FAILED ({', '.join(r.name for r in failed)})"
    )
    lines = [f"toysub-desktop {__version__} ({kind}, {sys.platform})", *(r.line() for r in results), summary]
    return "\n".join(lines) + "\n"


def main(out: TextIO | None = None) -> int:
    """Run every check and print the report; 0 when all passed, 1 otherwise.

    A windowed build on Windows has no ``sys.stdout`` unless it was redirected; the report then goes to
    ``self-check.txt`` in the log folder.
    """
    results = run_checks()
    text = report(results)
    stream = out if out is not None else sys.stdout
    if stream is not None:
        stream.write(text)
        stream.flush()
    else:
        try:
            logs = Folders.for_user().logs
            logs.mkdir(parents=True, exist_ok=True)
            (logs / "self-check.txt").write_text(text, encoding="utf-8")
        except OSError:
            pass
    return 0 if all(result.ok for result in results) else 1


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
