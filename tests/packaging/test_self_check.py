"""``--self-check`` on a (simulated) frozen bundle: every check passes on a whole installation, and a missing
font, a missing translation or a data folder that cannot be written is named in a FAIL line and fails the run."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from toysub_desktop import app, self_check
from toysub_desktop.resources import SOURCE_ROOT
from toysub_desktop.self_check import CHECKS


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user folders (data, log) under a temporary home, as platformdirs finds them."""
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    return home


def run_self_check() -> tuple[int, dict[str, str], str]:
    out = io.StringIO()
    code = self_check.main(out)
    text = out.getvalue()
    lines = {}
    for line in text.splitlines()[1:-1]:
        _status, rest = line.split(" ", 1)
        name, _detail = rest.strip().split(": ", 1)
        lines[name] = line
    return code, lines, text


def failed(lines: dict[str, str]) -> set[str]:
    return {name for name, line in lines.items() if line.startswith("FAIL")}


def test_a_whole_bundle_passes_every_check(qapp: QApplication, frozen_bundle: Path, user_home: Path) -> None:
    code, lines, text = run_self_check()
    assert code == 0, text
    assert list(lines) == [name for name, _check in CHECKS]
    assert failed(lines) == set()
    assert f"(frozen, {sys.platform})" in text.splitlines()[0]
    assert str(frozen_bundle / "resources") in lines["resources"]
    assert "한국어" in lines["translations"]  # the Korean came back from the bundle's .qm
    assert text.splitlines()[-1] == f"self-check: all {len(CHECKS)} checks passed"
    # The probe files are gone: the check leaves nothing in the shop's folders.
    assert [p.name for p in (user_home / "data" / "ToySub Desktop").rglob("*") if p.is_file()] == []


def test_a_missing_font_fails_the_font_check_and_names_the_file(
    qapp: QApplication, frozen_bundle: Path, user_home: Path
) -> None:
    missing = frozen_bundle / "resources" / "fonts" / "NanumGothicBold.ttf"
    missing.unlink()
    code, lines, text = run_self_check()
    assert code == 1
    assert {"resources", "hangul font"} <= failed(lines)
    assert f"font file not found: {missing}" in lines["hangul font"]
    assert str(missing) in lines["resources"]
    assert lines["database"].startswith("OK") and lines["user data folder"].startswith("OK")
    assert "checks FAILED" in text.splitlines()[-1] and "hangul font" in text.splitlines()[-1]


def test_a_font_without_hangul_fails_the_font_check(qapp: QApplication, frozen_bundle: Path, user_home: Path) -> None:
    # A Latin-only TrueType font where the Hangul one should be: it loads, but a Korean name would print as boxes.
    latin = Path(sys.modules["reportlab"].__file__ or "").parent / "fonts" / "Vera.ttf"
    (frozen_bundle / "resources" / "fonts" / "NanumGothic.ttf").write_bytes(latin.read_bytes())
    code, lines, _text = run_self_check()
    assert code == 1
    assert "hangul font" in failed(lines)
    assert "NanumGothic.ttf lacks 11172 Hangul syllables" in lines["hangul font"]


def test_missing_translations_fail_the_translation_check(
    qapp: QApplication, frozen_bundle: Path, user_home: Path
) -> None:
    (frozen_bundle / "resources" / "i18n" / "toysub_ko.qm").unlink()
    code, lines, _text = run_self_check()
    assert code == 1
    assert failed(lines) == {"resources", "translations"}
    assert f"toysub_ko.qm does not load from {frozen_bundle / 'resources' / 'i18n'}" in lines["translations"]


def test_a_data_folder_that_cannot_be_written_fails_the_folder_check(
    qapp: QApplication, frozen_bundle: Path, user_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file where the data folder's parent should be: no folder can be made there, even by root.
    blocker = user_home / "blocked"
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "data"))
    code, lines, _text = run_self_check()
    assert code == 1
    assert failed(lines) == {"user data folder"}
    assert f"cannot write in {blocker / 'data' / 'ToySub Desktop'}" in lines["user data folder"]


def test_a_check_that_raises_unexpectedly_is_a_failure_with_its_error() -> None:
    def broken() -> str:
        raise ValueError("boom")

    results = self_check.run_checks([("broken", broken), ("fine", lambda: "all good")])
    assert [(r.name, r.ok, r.detail) for r in results] == [
        ("broken", False, "ValueError: boom"),
        ("fine", True, "all good"),
    ]
    assert results[0].line() == "FAIL broken: ValueError: boom"


def test_the_command_line_runs_the_self_check_without_a_window(
    qapp: QApplication, frozen_bundle: Path, user_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.main(["--self-check"]) == 0
    out = capsys.readouterr().out
    assert out.count("\nOK   ") == len(CHECKS)
    assert qapp.topLevelWidgets() == []


def test_a_windowed_build_without_stdout_writes_the_report_to_the_log_folder(
    qapp: QApplication, frozen_bundle: Path, user_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (frozen_bundle / "resources" / "i18n" / "toysub_ko.qm").unlink()
    monkeypatch.setattr(sys, "stdout", None)
    assert self_check.main() == 1
    report = (user_home / "state" / "ToySub Desktop" / "log" / "self-check.txt").read_text(encoding="utf-8")
    assert "FAIL translations" in report and "checks FAILED" in report


def test_the_report_is_utf8_on_a_windows_code_page_stream(
    qapp: QApplication, frozen_bundle: Path, user_home: Path
) -> None:
    # What a Windows runner hands a program whose output is redirected to a file: a stream in the ANSI code page,
    # which has no Hangul. The report switches it to UTF-8 instead of failing on the first Korean line.
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252", newline="")
    assert self_check.main(stream) == 0
    text = raw.getvalue().decode("utf-8")
    assert "토이섭 테스트" in text and "한국어" in text
    assert text.splitlines()[-1] == f"self-check: all {len(CHECKS)} checks passed"


def test_a_stream_that_cannot_switch_to_utf8_gets_the_hangul_escaped_not_an_error() -> None:
    class Cp1252Only(io.StringIO):
        """A stream like a legacy console's: fixed to cp1252, no reconfigure."""

        def write(self, text: str) -> int:
            text.encode("cp1252")
            return super().write(text)

    stream = Cp1252Only()
    code = self_check.main(stream, checks=[("korean", lambda: "토이섭")])
    assert code == 0
    assert "OK   korean: \\ud1a0\\uc774\\uc12d" in stream.getvalue()


def test_a_self_check_that_breaks_reports_why_with_exit_status_2(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted() -> str:
        raise KeyboardInterrupt

    out = io.StringIO()
    code = self_check.main(out, checks=[("fine", lambda: "all good"), ("interrupted", interrupted)])
    assert code == 2
    lines = out.getvalue().splitlines()
    assert lines[1] == "OK   fine: all good"
    assert lines[2] == "self-check: BROKEN after 1 checks: KeyboardInterrupt: "
    assert "Traceback (most recent call last):" in out.getvalue()

    def no_version() -> str:
        raise RuntimeError("the package metadata is gone")

    monkeypatch.setattr(self_check, "header", no_version)
    out = io.StringIO()
    assert self_check.main(out, checks=[("fine", lambda: "all good")]) == 2
    assert "BROKEN after 0 checks: RuntimeError: the package metadata is gone" in out.getvalue()


def test_a_hanging_check_ends_the_run_with_where_it_hung(tmp_path: Path) -> None:
    script = tmp_path / "hang.py"
    script.write_text(
        "import sys, time\n"
        "from toysub_desktop import self_check\n"
        "def waits_for_a_printer_forever():\n"
        "    time.sleep(120)\n"
        "    return 'never'\n"
        "sys.exit(self_check.main(checks=[('fine', lambda: 'ok'), ('hangs', waits_for_a_printer_forever)],"
        " timeout=2))\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.txt"
    started = time.monotonic()
    with report.open("w", encoding="cp1252") as out:
        run = subprocess.run(
            [sys.executable, str(script)],
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=60,
            check=False,
            env={**os.environ, "PYTHONPATH": str(SOURCE_ROOT / "src")},
        )
    assert time.monotonic() - started < 30
    assert run.returncode != 0
    text = report.read_text(encoding="utf-8")
    assert "OK   fine: ok" in text
    assert "Timeout (0:00:02)!" in text and "waits_for_a_printer_forever" in text


def test_the_postgresql_driver_check_names_the_implementation_and_fails_on_pure_python_in_a_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import psycopg

    implementation = psycopg.pq.__impl__
    detail = self_check.check_postgresql_driver()
    assert f"psycopg {psycopg.__version__} ({implementation})" in detail
    assert "SQLAlchemy dialect postgresql+psycopg" in detail
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert implementation in self_check.COMPILED_PSYCOPG  # the bundle is built from an environment like this one
    monkeypatch.setattr(psycopg.pq, "__impl__", "python")
    with pytest.raises(self_check.CheckFailed, match="'python' implementation, which needs a libpq"):
        self_check.check_postgresql_driver()
    results = self_check.run_checks([("postgresql driver", self_check.check_postgresql_driver)])
    assert results[0].line().startswith("FAIL postgresql driver: psycopg")


def test_the_printing_check_prints_a_manifest_and_fails_a_job_too_heavy_for_a_printer(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(self_check.PRINT_CHECK_DELIVERIES_VARIABLE, "40")
    detail = self_check.check_printing()
    assert detail.startswith("4-page manifest to a 1200 dpi printer at 300 dpi: ")
    monkeypatch.setattr(self_check, "PRINT_BYTES_PER_PAGE_LIMIT", 10_000)
    with pytest.raises(self_check.CheckFailed, match=r"4 pages printed as [\d,]+ bytes: [\d,]+ a page is too much"):
        self_check.check_printing()
