"""``--self-check`` on a (simulated) frozen bundle: every check passes on a whole installation, and a missing
font, a missing translation or a data folder that cannot be written is named in a FAIL line and fails the run."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from toysub_desktop import app, self_check
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
