"""The import contract of docs/ARCHITECTURE.md, checked over every module of the source tree.

Each module's syntax tree is read (nothing is imported), so a forbidden import fails here even inside a function
or under ``TYPE_CHECKING``. A failure names the module, the line and the import, and the rule it breaks.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = "toysub_desktop"
SOURCE = Path(__file__).resolve().parents[1] / "src"

#: The rooms whose imports are limited, and what each may not import (module prefixes).
FORBIDDEN: dict[str, dict[str, str]] = {
    f"{PACKAGE}.domain": {
        "PySide6": "domain imports no Qt",
        "sqlalchemy": "domain imports no SQLAlchemy",
        "alembic": "domain imports no Alembic",
        f"{PACKAGE}.db": "domain imports no other layer",
        f"{PACKAGE}.services": "domain imports no other layer",
        f"{PACKAGE}.documents": "domain imports no other layer",
        f"{PACKAGE}.ui": "domain imports no other layer",
        f"{PACKAGE}.demo": "domain imports no other layer",
        f"{PACKAGE}.app": "domain imports no other layer",
        f"{PACKAGE}.self_check": "domain imports no other layer",
    },
    f"{PACKAGE}.db": {"PySide6": "db imports no Qt"},
    f"{PACKAGE}.services": {"PySide6": "services import no Qt"},
    f"{PACKAGE}.demo": {"PySide6": "the demo shop imports no Qt"},
    f"{PACKAGE}.documents": {
        "PySide6": "documents import no Qt",
        f"{PACKAGE}.db": "documents are built from plain values: no db",
        f"{PACKAGE}.services": "documents are built from plain values: no services",
        f"{PACKAGE}.ui": "documents are built from plain values: no ui",
    },
    f"{PACKAGE}.ui": {
        f"{PACKAGE}.db": "ui reaches the database only through services (services.database, services.backups)",
        "sqlalchemy": "ui builds no SQL",
        f"{PACKAGE}.services.queries": "ui calls the clerk's API, not the steps shared inside a transaction",
    },
}

#: The one module that may open a write session or check a row's version (the unit of work and its lock).
LOCK_MODULE = f"{PACKAGE}.services.common"

#: Modules of the clerk's API, whose public functions take a ``Database`` rather than a ``Session``; the plumbing
#: in ``services.common`` and the shared steps in ``services.queries`` take the caller's session.
SESSION_PLUMBING = (LOCK_MODULE, f"{PACKAGE}.services.queries", f"{PACKAGE}.services.database")


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    #: The file as the report names it, from the source folder.
    shown: str
    tree: ast.Module

    @property
    def is_package(self) -> bool:
        return self.path.name == "__init__.py"


@dataclass(frozen=True)
class Import:
    module: str
    names: tuple[str, ...]
    line: int
    text: str


def module_of(path: Path, root: Path = SOURCE) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def every_module(root: Path = SOURCE) -> list[Module]:
    return [
        Module(
            module_of(path, root),
            path,
            path.relative_to(root).as_posix(),
            ast.parse(path.read_text(encoding="utf-8"), filename=str(path)),
        )
        for path in sorted((root / PACKAGE).rglob("*.py"))
    ]


def _absolute(module: Module, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.name.split(".")
    if not module.is_package:
        base.pop()
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(module: Module) -> Iterator[Import]:
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(alias.name, (), node.lineno, ast.unparse(node))
        elif isinstance(node, ast.ImportFrom):
            yield Import(_absolute(module, node), tuple(a.name for a in node.names), node.lineno, ast.unparse(node))


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _where(module: Module, line: int) -> str:
    return f"{module.name} ({module.shown}:{line})"


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def layer_violations(modules: list[Module]) -> list[str]:
    found = []
    for module in modules:
        rules = {
            forbidden: why
            for room, limits in FORBIDDEN.items()
            if _within(module.name, room)
            for forbidden, why in limits.items()
        }
        for imported in imports_of(module):
            targets = [imported.module, *(f"{imported.module}.{name}" for name in imported.names)]
            for forbidden, why in rules.items():
                if any(_within(target, forbidden) for target in targets):
                    found.append(f"{_where(module, imported.line)}: `{imported.text}` — {why}")
                    break
    return found


def shared_steps_reaching_up(modules: list[Module]) -> list[str]:
    """``services.queries`` sits under the clerk's API: of the services it may use only ``common``, the read models'
    and inputs' dataclasses (``views``, ``inputs``) and itself."""
    services = f"{PACKAGE}.services"
    allowed = (LOCK_MODULE, f"{services}.views", f"{services}.inputs", f"{services}.queries")
    found = []
    for module in modules:
        if not _within(module.name, f"{PACKAGE}.services.queries"):
            continue
        for imported in imports_of(module):
            # ``from toysub_desktop.services import x`` names the module x; otherwise the module is the one named.
            used = (
                [f"{services}.{name}" for name in imported.names] if imported.module == services else [imported.module]
            )
            if any(_within(u, services) and not any(_within(u, ok) for ok in allowed) for u in used):
                found.append(
                    f"{_where(module, imported.line)}: `{imported.text}` — a shared step uses no clerk action: "
                    "move what both need into services.queries"
                )
    return found


def _project_names(module: Module) -> set[str]:
    """The names this module binds by importing from the project (modules, classes, functions)."""
    names = set()
    for node in ast.walk(module.tree):
        if isinstance(node, ast.ImportFrom) and _within(_absolute(module, node), PACKAGE):
            names |= {alias.asname or alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            names |= {alias.asname or alias.name.split(".")[0] for alias in node.names if _within(alias.name, PACKAGE)}
    return names


def private_imports(modules: list[Module]) -> list[str]:
    """``from x import _y``, ``import x._y``, or ``x._y`` through a name imported from the project: a name its
    module keeps to itself, used by another."""
    advice = "outside its module: make it public where it belongs, or move it where both can use it"
    found = []
    for module in modules:
        for imported in imports_of(module):
            private = [name for name in imported.names if _is_private(name)]
            private += [part for part in imported.module.split(".") if _is_private(part)]
            if private:
                found.append(
                    f"{_where(module, imported.line)}: `{imported.text}` — private {', '.join(private)} used {advice}"
                )
        imported_names = _project_names(module)
        for node in ast.walk(module.tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in imported_names
                and _is_private(node.attr)
            ):
                found.append(
                    f"{_where(module, node.lineno)}: `{ast.unparse(node)}` — private {node.attr} used {advice}"
                )
    return found


def hand_made_locks(modules: list[Module]) -> list[str]:
    """A write session, a version compared or bumped, or the ORM's stale-row error, anywhere but the one helper."""
    found = []
    for module in modules:
        if module.name == LOCK_MODULE:
            continue
        for node in ast.walk(module.tree):
            what = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "writing":
                what = "a write session outside the unit of work"
            elif isinstance(node, ast.Compare) and any(
                isinstance(side, ast.Attribute) and side.attr == "version" for side in [node.left, *node.comparators]
            ):
                what = "a version compared by hand"
            elif (
                isinstance(node, ast.AugAssign | ast.Assign)
                and any(
                    isinstance(target, ast.Attribute) and target.attr == "version"
                    for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                )
                and not module.name.startswith(f"{PACKAGE}.db.migrations")
            ):
                what = "a version set by hand"
            elif isinstance(node, ast.Name | ast.alias) and "StaleDataError" in (
                node.id if isinstance(node, ast.Name) else node.name
            ):
                what = "the ORM's stale-row error"
            if what is not None:
                line = getattr(node, "lineno", 0)
                found.append(
                    f"{_where(module, line)}: `{ast.unparse(node)}` — {what}: "
                    "go through services.common (unit_of_work, check_version, touch)"
                )
    return found


def session_taking_services(modules: list[Module]) -> list[str]:
    """Public functions of the clerk's API that take a ``Session``: they belong in ``services.queries``."""
    found = []
    for module in modules:
        if not _within(module.name, f"{PACKAGE}.services") or any(
            _within(module.name, plumbing) for plumbing in SESSION_PLUMBING
        ):
            continue
        for node in module.tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                arguments = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
                if any(a.annotation is not None and "Session" in ast.unparse(a.annotation) for a in arguments):
                    found.append(
                        f"{_where(module, node.lineno)}: `def {node.name}(...)` takes a Session — the clerk's API "
                        "takes a Database; a step shared inside a transaction goes to services.queries"
                    )
    return found


def _report(problems: list[str]) -> str:
    return "\n" + "\n".join(problems)


# --- the contract, over the whole tree ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def modules() -> list[Module]:
    found = every_module()
    assert len(found) > 100 and any(m.name == f"{PACKAGE}.ui.main_window" for m in found)
    return found


def test_each_room_imports_only_what_it_may(modules: list[Module]) -> None:
    problems = layer_violations(modules)
    assert not problems, _report(problems)


def test_shared_steps_use_no_clerk_action(modules: list[Module]) -> None:
    problems = shared_steps_reaching_up(modules)
    assert not problems, _report(problems)


def test_no_private_name_is_imported_across_modules(modules: list[Module]) -> None:
    problems = private_imports(modules)
    assert not problems, _report(problems)


def test_only_the_unit_of_work_opens_a_write_session_or_checks_a_version(modules: list[Module]) -> None:
    problems = hand_made_locks(modules)
    assert not problems, _report(problems)


def test_the_clerks_api_takes_a_database_not_a_session(modules: list[Module]) -> None:
    problems = session_taking_services(modules)
    assert not problems, _report(problems)


# --- the checks notice what they are for -------------------------------------------------------------------------


def _tree(tmp_path: Path, files: dict[str, str]) -> list[Module]:
    for name, text in files.items():
        path = tmp_path / PACKAGE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return every_module(tmp_path)


def test_a_forbidden_import_is_named_with_its_module_and_line(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "ui/panel.py": "import os\n\ndef f():\n    from toysub_desktop.db.engine import Database\n",
            "ui/model.py": "from sqlalchemy import select\n",
            "domain/rule.py": "from ..services import customers\n",
            "domain/qt.py": "import PySide6.QtCore\n",
            "documents/sheet.py": "from toysub_desktop.services.views import X\n",
            "services/fine.py": "from toysub_desktop.db.engine import Database\nfrom ..domain import dates\n",
        },
    )
    assert layer_violations(modules) == [
        "toysub_desktop.documents.sheet (toysub_desktop/documents/sheet.py:1): "
        "`from toysub_desktop.services.views import X` — documents are built from plain values: no services",
        "toysub_desktop.domain.qt (toysub_desktop/domain/qt.py:1): `import PySide6.QtCore` — domain imports no Qt",
        "toysub_desktop.domain.rule (toysub_desktop/domain/rule.py:1): "
        "`from ..services import customers` — domain imports no other layer",
        "toysub_desktop.ui.model (toysub_desktop/ui/model.py:1): `from sqlalchemy import select` — ui builds no SQL",
        "toysub_desktop.ui.panel (toysub_desktop/ui/panel.py:4): `from toysub_desktop.db.engine import Database` — "
        "ui reaches the database only through services (services.database, services.backups)",
    ]


def test_a_shared_step_using_a_clerk_action_is_named(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "services/queries/holds.py": (
                "from toysub_desktop.services.common import audit\n"
                "from toysub_desktop.services.queries import items\n"
                "from toysub_desktop.services import deliveries\n"
                "from ..rentals import lend\n"
            ),
        },
    )
    assert [problem.split(": `")[1].split("`")[0] for problem in shared_steps_reaching_up(modules)] == [
        "from toysub_desktop.services import deliveries",
        "from ..rentals import lend",
    ]


def test_a_private_import_is_named(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "services/toys.py": "from toysub_desktop.services.rentals import lend, _first_waiting\n",
            "ui/tab.py": "from .dialogs import _fill\nfrom toysub_desktop import __version__\n",
            "ui/panel.py": (
                "import datetime\nfrom toysub_desktop.ui import dialogs\n\n"
                "def f(self):\n    self._own()\n    datetime._private = 1\n    return dialogs._table([])\n"
            ),
        },
    )
    problems = private_imports(modules)
    assert len(problems) == 3
    assert problems.pop(1) == (
        "toysub_desktop.ui.panel (toysub_desktop/ui/panel.py:7): `dialogs._table` — private _table used outside its "
        "module: make it public where it belongs, or move it where both can use it"
    )
    assert problems[0].startswith("toysub_desktop.services.toys (toysub_desktop/services/toys.py:1): ")
    assert "private _first_waiting" in problems[0]
    assert problems[1].startswith("toysub_desktop.ui.tab (toysub_desktop/ui/tab.py:1): `from .dialogs import _fill`")


def test_a_hand_made_lock_is_named(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "services/plans.py": (
                "def f(db, plan, expected):\n"
                "    with db.writing() as session:\n"
                "        if plan.version != expected:\n"
                "            plan.version += 1\n"
            ),
            "services/toys.py": "from sqlalchemy.orm.exc import StaleDataError\n",
            "services/common.py": "def unit_of_work(db):\n    return db.writing()\n",
        },
    )
    problems = hand_made_locks(modules)
    assert [p.split(" — ")[1].split(":")[0] for p in problems] == [
        "a write session outside the unit of work",
        "a version compared by hand",
        "a version set by hand",
        "the ORM's stale-row error",
    ]
    assert all("services.common" not in p.split(" — ")[0] for p in problems)


def test_a_service_taking_a_session_is_named(tmp_path: Path) -> None:
    modules = _tree(
        tmp_path,
        {
            "services/holds.py": (
                "def held_ids(session: Session, ids: list[int]) -> set[int]: ...\n"
                "def _helper(session: Session) -> None: ...\n"
                "def customers_on_hold(db: Database) -> list[int]: ...\n"
            ),
            "services/queries/holds.py": "def held_ids(session: Session) -> set[int]: ...\n",
            "services/common.py": "def audit(session: Session) -> None: ...\n",
        },
    )
    assert session_taking_services(modules) == [
        "toysub_desktop.services.holds (toysub_desktop/services/holds.py:1): `def held_ids(...)` takes a Session — "
        "the clerk's API takes a Database; a step shared inside a transaction goes to services.queries"
    ]
