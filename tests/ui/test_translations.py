"""Korean is complete: every text the code can show has a finished translation with the same placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from support import pyside_tool
from toysub_desktop.resources import resource_path

TS_FILE = resource_path("i18n", "toysub_ko.ts")
SOURCES = Path(__file__).resolve().parents[2] / "src" / "toysub_desktop"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def test_every_message_has_a_finished_korean_translation_with_the_same_placeholders() -> None:
    problems = []
    for context, source, translation in messages(TS_FILE):
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if set(re.findall(r"{\w+}", source)) != set(re.findall(r"{\w+}", translation.text or "")):
            problems.append(f"{context}: {source!r} has different placeholders in Korean")
    assert problems == []


def test_the_translation_file_knows_every_text_in_the_code(tmp_path: Path) -> None:
    lupdate = pyside_tool("pyside6-lupdate")
    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    files = sorted(str(p) for p in SOURCES.rglob("*.py"))
    subprocess.run([lupdate, *files, "-locations", "none", "-ts", str(copy)], check=True, capture_output=True)
    known = {(c, s) for c, s, _ in messages(TS_FILE)}
    current = {(c, s) for c, s, t in messages(copy) if t.get("type") not in ("vanished", "obsolete")}
    assert sorted(current - known) == [], "run scripts/update_translations.sh and translate the new texts"
