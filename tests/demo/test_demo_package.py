"""The demo package drives the shop only through the services a clerk's input uses: no Qt, no SQL, no ORM model,
no private name of another module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import toysub_desktop.demo

PACKAGE = Path(toysub_desktop.demo.__file__).parent

#: What the demo may import from the project: the rules, the public services and their inputs, and the
#: ``Database`` handle the services take.
ALLOWED = ("toysub_desktop.domain.", "toysub_desktop.services.", "toysub_desktop.demo.", "toysub_desktop.db.engine")
#: Session-level queries shared by the services are not the UI's API, nor the demo's.
FORBIDDEN = ("toysub_desktop.services.queries", "toysub_desktop.services.common")


def _imports(path: Path) -> list[tuple[int, str, str]]:
    """(line, module, name) for each name imported by *path*; name is "" for ``import module``."""
    found: list[tuple[int, str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found += [(node.lineno, node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, "") for alias in node.names]
    return found


def _offenders(path: Path) -> list[str]:
    offenders = []
    for line, module, name in _imports(path):
        project = module.startswith("toysub_desktop")
        outside = project and (not module.startswith(ALLOWED) or module.startswith(FORBIDDEN))
        if module.split(".")[0] in ("sqlalchemy", "PySide6") or outside or (project and name.startswith("_")):
            offenders.append(f"{path.name}:{line}: {module} {name}".rstrip())
    return offenders


def test_the_demo_imports_only_rules_public_services_and_the_database_handle() -> None:
    assert [offender for path in sorted(PACKAGE.glob("*.py")) for offender in _offenders(path)] == []


def test_the_check_would_notice_an_orm_model_a_private_name_a_shared_query_or_sql(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from toysub_desktop.db.models import Customer\n"
        "from toysub_desktop.services.contacts import _add_address\n"
        "from toysub_desktop.services.queries.subscription_history import load_history\n"
        "from sqlalchemy import insert\n"
        "from toysub_desktop.services.contacts import record_move\n",
        encoding="utf-8",
    )
    assert _offenders(bad) == [
        "bad.py:1: toysub_desktop.db.models Customer",
        "bad.py:2: toysub_desktop.services.contacts _add_address",
        "bad.py:3: toysub_desktop.services.queries.subscription_history load_history",
        "bad.py:4: sqlalchemy insert",
    ]


def test_the_demo_does_not_import_qt() -> None:
    code = "import sys, toysub_desktop.demo; assert 'PySide6' not in sys.modules, 'the demo imported Qt'"
    subprocess.run([sys.executable, "-c", code], check=True)
