"""An upgrade is all or nothing: a migration that fails, or a program killed while migrating, leaves the database
at the revision it had, with its schema and data, as the problem dialog then tells the staff."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.runtime.environment import EnvironmentContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, func, inspect, select

from support import NOW, sample_shop
from toysub_desktop.db.engine import Database, create_database_engine
from toysub_desktop.db.location import DatabaseLocation, sqlite_file
from toysub_desktop.db.migrate import HEAD_REVISION, alembic_config, current_revision
from toysub_desktop.db.models import Customer, Subscription
from toysub_desktop.db.open import open_database
from toysub_desktop.db.problems import DatabaseProblem, ProblemKind
from toysub_desktop.domain.plans import PaymentMethod
from toysub_desktop.services.shop import set_up_shop
from toysub_desktop.services.subscriptions import NewSubscription, sign_up

SOURCE = Path(__file__).resolve().parents[2] / "src"


def revisions() -> list[str]:
    """Every revision, oldest first."""
    walked = ScriptDirectory.from_config(alembic_config()).walk_revisions()
    return [script.revision for script in reversed(list(walked))]


def schema_of(engine: Engine) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each table with its columns and indexes, as the database says."""
    found = inspect(engine)
    return sorted(
        (
            table,
            tuple(column["name"] for column in found.get_columns(table)),
            tuple(sorted(str(index["name"]) for index in found.get_indexes(table))),
        )
        for table in found.get_table_names()
    )


def state_of(location: DatabaseLocation) -> tuple[str | None, list[Any]]:
    engine = create_database_engine(location)
    try:
        return current_revision(engine), schema_of(engine)
    finally:
        engine.dispose()


def at_revision(location: DatabaseLocation, revision: str) -> None:
    engine = create_database_engine(location)
    try:
        command.upgrade(alembic_config(engine), revision)
    finally:
        engine.dispose()


def fail_after(monkeypatch: pytest.MonkeyPatch, revision: str) -> None:
    """Every migration run from now on fails once *revision* is applied (before the upgrade would commit), as an
    I/O error in the next step would: through Alembic's hook run after each step."""

    def fail(*, step: Any, **_: Any) -> None:
        if step.up_revision_id == revision:
            raise RuntimeError(f"injected failure after {revision}")

    hook_each_step(monkeypatch, fail)


def hook_each_step(monkeypatch: pytest.MonkeyPatch, hook: Callable[..., None]) -> None:
    configure = EnvironmentContext.configure

    def configure_with_hook(self: EnvironmentContext, *args: Any, **kwargs: Any) -> None:
        configure(self, *args, on_version_apply=[hook], **kwargs)

    monkeypatch.setattr(EnvironmentContext, "configure", configure_with_hook)


def refused(location: DatabaseLocation, backup_folder: Path) -> DatabaseProblem:
    with pytest.raises(DatabaseProblem) as raised:
        open_database(location, backup_folder=backup_folder)
    return raised.value


@pytest.mark.parametrize("failing", revisions())
def test_a_new_file_whose_migration_fails_at_any_step_stays_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    location = sqlite_file(tmp_path / "shop.sqlite3")
    fail_after(monkeypatch, failing)
    assert refused(location, tmp_path / "backups").kind is ProblemKind.MIGRATION_FAILED
    assert state_of(location) == (None, [])


@pytest.mark.parametrize("failing", revisions()[1:])
def test_a_file_whose_upgrade_fails_at_any_step_keeps_its_old_revision_and_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    location = sqlite_file(tmp_path / "shop.sqlite3")
    at_revision(location, revisions()[0])
    before = state_of(location)
    fail_after(monkeypatch, failing)
    assert refused(location, tmp_path / "backups").kind is ProblemKind.MIGRATION_FAILED
    assert state_of(location) == before
    monkeypatch.undo()
    open_database(location, backup_folder=tmp_path / "backups").dispose()
    assert state_of(location)[0] == HEAD_REVISION


def test_an_upgrade_that_fails_on_either_backend_leaves_the_revision_schema_and_data(
    db: Database, database_location: DatabaseLocation, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL's migrations were transactional already; SQLite's are now too."""
    old = _shop_at_old_revision(db)
    before = state_of(database_location)
    fail_after(monkeypatch, HEAD_REVISION)
    assert refused(database_location, tmp_path / "backups").kind is ProblemKind.MIGRATION_FAILED
    assert state_of(database_location) == before == (old, before[1])
    monkeypatch.undo()
    reopened = open_database(database_location, backup_folder=tmp_path / "backups")
    try:
        assert _counts(reopened) == (1, 1)
    finally:
        reopened.dispose()


def _shop_at_old_revision(db: Database) -> str:
    """A shop with a customer and a signed contract, on the schema of three migrations ago."""
    owner = set_up_shop(db, shop_name="토이구독", owner_name="박지영", now=NOW)
    ids = sample_shop(db, owner.id)
    new = NewSubscription(ids["customer"], ids["box"], 12, NOW.date(), PaymentMethod.CARD, delivery_day=16)
    sign_up(db, staff_id=owner.id, new=new, now=NOW)
    old = revisions()[-4]
    command.downgrade(alembic_config(db.engine), old)
    db.dispose()
    return old


def _counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Customer)) or 0),
            int(session.scalar(select(func.count()).select_from(Subscription)) or 0),
        )


# --- killed while migrating -------------------------------------------------------------------------------------

#: Run in a child process: migrate the file named by argv[1], announcing each applied step and then waiting for a
#: line on stdin, so the test can kill it at a known step; "go" lets it run on without waiting again.
_MIGRATE_ANNOUNCING = """
import sys
from pathlib import Path

from alembic.runtime.environment import EnvironmentContext

from toysub_desktop.db.location import sqlite_file
from toysub_desktop.db.open import open_database

configure = EnvironmentContext.configure
waiting = True


def announce(*, step, **_):
    global waiting
    print("applied", step.up_revision_id, flush=True)
    if waiting and sys.stdin.readline().strip() == "go":
        waiting = False


def configure_announcing(self, *args, **kwargs):
    configure(self, *args, on_version_apply=[announce], **kwargs)


EnvironmentContext.configure = configure_announcing
open_database(sqlite_file(Path(sys.argv[1])), backup_folder=None).dispose()
print("done", flush=True)
"""


@pytest.fixture(scope="module")
def old_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A SQLite file with a shop's data, three migrations behind."""
    path = tmp_path_factory.mktemp("old") / "shop.sqlite3"
    db = open_database(sqlite_file(path), backup_folder=None)
    _shop_at_old_revision(db)
    yield path


def _migrating(path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, "-c", _MIGRATE_ANNOUNCING, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    for pipe in (child.stdin, child.stdout):
        if pipe is not None:
            pipe.close()


def _killed_at_step(path: Path, revision: str) -> None:
    child = _migrating(path)
    assert child.stdout is not None and child.stdin is not None
    for line in child.stdout:
        if line.split() == ["applied", revision]:
            break
        child.stdin.write("\n")
        child.stdin.flush()
    _kill(child)


def _killed_after(path: Path, seconds: float) -> None:
    """Killed *seconds* after its first step is applied, wherever it is then (in a step's DDL, committing…)."""
    child = _migrating(path)
    assert child.stdout is not None and child.stdin is not None
    child.stdout.readline()
    child.stdin.write("go\n")
    child.stdin.flush()
    time.sleep(seconds)
    _kill(child)


def _integrity(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


@pytest.mark.parametrize(
    "kill",
    [
        *[pytest.param(lambda path, r=r: _killed_at_step(path, r), id=f"after-{r}") for r in revisions()[-3:]],
        *[pytest.param(lambda path, s=s: _killed_after(path, s), id=f"{s}s-in") for s in (0.0, 0.01, 0.05, 0.2)],
    ],
)
def test_a_program_killed_while_migrating_leaves_the_file_at_the_old_or_the_new_revision(
    old_file: Path, tmp_path: Path, kill: Callable[[Path], None]
) -> None:
    path = tmp_path / "shop.sqlite3"
    shutil.copy(old_file, path)
    location = sqlite_file(path)
    old, old_schema = state_of(location)
    kill(path)
    assert _integrity(path) == ["ok"]
    revision, schema = state_of(location)
    assert (revision, schema) == (old, old_schema) or revision == HEAD_REVISION
    # Whichever it is, the next start brings it to the newest revision with the shop's data.
    reopened = open_database(location, backup_folder=tmp_path / "backups")
    try:
        assert current_revision(reopened.engine) == HEAD_REVISION
        assert _counts(reopened) == (1, 1)
    finally:
        reopened.dispose()
