"""The documents package: its font, where its Korean wording lives, and what it does not import."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

import toysub_desktop.documents
from toysub_desktop.documents.fonts import BOLD, REGULAR, font_file, register_fonts
from toysub_desktop.resources import resource_path

PACKAGE = Path(toysub_desktop.documents.__file__).parent
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")


def test_the_fonts_and_their_licence_ship_in_resources() -> None:
    for name in (REGULAR, BOLD):
        # TrueType outlines (sfnt version 1.0), not CFF ("OTTO"): reportlab can only embed the former.
        assert font_file(name).read_bytes()[:4] == b"\x00\x01\x00\x00"
    licence = resource_path("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "NAVER Corporation" in licence


def test_registering_twice_keeps_the_first_registration() -> None:
    register_fonts()
    first = pdfmetrics.getFont(REGULAR)
    register_fonts()
    assert pdfmetrics.getFont(REGULAR) is first
    assert pdfmetrics.getFont(BOLD).face.name == b"NanumGothicBold"


def test_korean_wording_lives_only_in_the_wording_module() -> None:
    offenders = []
    for path in sorted(PACKAGE.glob("*.py")):
        if path.name == "wording.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        offenders += [
            f"{path.name}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and HANGUL.search(node.value)
        ]
    assert offenders == []


def test_documents_import_neither_qt_nor_the_database() -> None:
    code = (
        "import sys, toysub_desktop.documents; "
        "assert 'PySide6' not in sys.modules, 'documents imported Qt'; "
        "assert 'sqlalchemy' not in sys.modules, 'documents imported SQLAlchemy'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
