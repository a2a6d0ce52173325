"""Start-up: arguments, folders, logging, translations, the database (checked and migrated), the main window."""

from __future__ import annotations

import argparse
import hashlib
import importlib
import logging
import logging.handlers
import os
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from toysub_desktop import __version__
from toysub_desktop.folders import APP_AUTHOR, APP_NAME, Folders

if TYPE_CHECKING:
    from toysub_desktop.db.location import DatabaseLocation
    from toysub_desktop.db.problems import DatabaseProblem

log = logging.getLogger(__name__)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="toysub-desktop", description="ToySub Desktop: the toy-shop counter app")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="a SQLite file or a postgresql:// URL (default: TOYSUB_DATABASE_URL, else the user data folder)",
    )
    parser.add_argument("--demo", action="store_true", help="open a separate demo database filled with a sample shop")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation without opening the window (one line per check; exit status 1 on a failure)",
    )
    parser.add_argument("--language", default="ko", help=argparse.SUPPRESS)
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


#: The log of the shop's own database (the default one in the user data folder).
LOG_FILE_NAME = "toysub-desktop.log"
#: The log of ``--demo``'s database.
DEMO_LOG_FILE_NAME = "toysub-desktop-demo.log"
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 5


def log_file_name(location: DatabaseLocation, data_dir: Path) -> str:
    """The log of one database: each database has its own, so two running copies of the app (the shop's and
    ``--demo``, or two shops' files) never share a file — on Windows one could not roll over a log the other holds
    open. The same database started twice is one app (the second start only brings the first forward)."""
    from toysub_desktop.db.location import DEFAULT_FILE_NAME, DEMO_FILE_NAME

    path = location.sqlite_path
    if path is not None and _same_file(path, data_dir / DEFAULT_FILE_NAME):
        return LOG_FILE_NAME
    if path is not None and _same_file(path, data_dir / DEMO_FILE_NAME):
        return DEMO_LOG_FILE_NAME
    where = os.path.normcase(str(path.resolve())) if path is not None else location.describe()
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", path.stem if path is not None else location.url.database or "")
    digest = hashlib.sha256(where.encode()).hexdigest()[:10]
    return f"toysub-desktop-{stem.strip('_')[:30] or 'database'}-{digest}.log"


def _same_file(one: Path, other: Path) -> bool:
    return os.path.normcase(str(one.resolve())) == os.path.normcase(str(other.resolve()))


class LogFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log that never loses records when it cannot roll over.

    On Windows a file another process holds open cannot be renamed. ``RotatingFileHandler`` then fails on every
    record past the size limit and hands each one to ``handleError``: the log silently stops. Here a failed rollover
    keeps appending to the current file and tries again a tenth of the limit later."""

    def __init__(self, path: Path, *, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS) -> None:
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
        self.retry_at: int | None = None
        self.failed_rollovers = 0

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if self.retry_at is not None and self.stream is not None and self.stream.tell() < self.retry_at:
            return False
        return bool(super().shouldRollover(record))

    def rotate(self, source: str, dest: str) -> None:
        try:
            super().rotate(source, dest)
        except OSError:
            self.failed_rollovers += 1
            try:
                size = os.path.getsize(source)
            except OSError:
                size = self.maxBytes
            self.retry_at = size + max(1, self.maxBytes // 10)
        else:
            self.retry_at = None


def setup_logging(folder: Path, file_name: str = LOG_FILE_NAME) -> Path | None:
    """A rotating log file in the user's log folder; returns its path (None if the folder cannot be written)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / file_name
        handler = LogFileHandler(path)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.version:
        print(f"toysub-desktop {__version__}")
        return 0
    if args.self_check:
        try:
            from toysub_desktop.self_check import main as self_check
        except Exception:
            # A bundle too broken to load the checks: say so (exit status 2) rather than raise, which a windowed
            # build shows in a modal box that nobody on a build server closes.
            if sys.stdout is not None:
                sys.stdout.write(traceback.format_exc().encode("ascii", "backslashreplace").decode("ascii"))
                sys.stdout.flush()
            return 2
        return self_check()
    folders = Folders.for_user()
    _import_data_layer()
    from toysub_desktop.db.location import location_from

    location = location_from(args.database, data_dir=folders.data, demo=args.demo)
    log_file = setup_logging(folders.logs, log_file_name(location, folders.data))
    log.info("starting %s %s on %s", APP_NAME, __version__, location.describe())

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    from toysub_desktop.ui.i18n import install_translators

    install_translators(app, args.language)
    sys.excepthook = _crash_handler(log_file, location.describe())

    from toysub_desktop.ui.single_instance import Claim, InstanceGuard, hold_app_mutex, instance_key
    from toysub_desktop.ui.startup import EXIT_IN_USE, CounterHost, say_database_in_use

    hold_app_mutex()
    guard = InstanceGuard(instance_key(location))
    claim = guard.claim(listen_later=True)
    if claim is Claim.FORWARDED:
        log.info("%s is open in another window of the app: brought it forward", location.describe())
        return 0
    if claim is Claim.IN_USE:
        say_database_in_use(location)
        return EXIT_IN_USE
    host = CounterHost(location, demo=args.demo, folders=folders)
    guard.activated.connect(host.bring_forward)
    code = host.open()
    if code is not None:
        return code  # the database could not be used (already explained), or the first start was cancelled
    if args.exit_after_paint:
        from PySide6.QtCore import QTimer

        # exit(), not quit(): Qt 6's quit() asks every window to close first, and the sign-in screen refuses.
        QTimer.singleShot(0, lambda: app.exit(0))
    try:
        return app.exec()
    finally:
        host.shutdown()
        guard.release()


#: Qt-free modules the window needs: the database, the services and what they import.
DATA_LAYER = (
    "toysub_desktop.db.open",
    "toysub_desktop.services.contacts",
    "toysub_desktop.services.search",
    "toysub_desktop.services.backups",
)


def _import_data_layer() -> None:
    """Import the data layer before PySide6: once loaded, PySide6 inspects every module imported after it (for
    its ``__feature__`` switches), which adds about 80 ms to start-up for SQLAlchemy's hundreds of modules."""
    for name in DATA_LAYER:
        importlib.import_module(name)


def _crash_handler(
    log_file: Path | None, database: str = ""
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """The error handler for whatever no screen caught (``sys.excepthook``; PySide6 calls it for an exception
    raised in a slot, then goes on with the event loop).

    A fault staff can act on — a full disk, a read-only or locked database, an unreachable server — gets its
    plain message naming *database* (or the file the system named); the change it interrupted was rolled back.
    Anything else is a bug: logged, and shown in the crash dialog with where the log is. Neither blocks: the
    handler returns and the app keeps running."""
    showing = False

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        problem = actionable_problem(error, database)
        if problem is not None:
            log.warning("database problem: %s\n%s", problem, details)
        else:
            log.error("unhandled error\n%s", details)
        if showing:  # an error while showing the dialog must not recurse
            return
        showing = True
        try:
            if problem is not None:
                from PySide6.QtWidgets import QApplication

                from toysub_desktop.ui.problems import open_problem

                open_problem(problem, QApplication.activeWindow())
            else:
                from toysub_desktop.ui.crash import show_crash

                show_crash(details, log_file)
        except Exception:
            if sys.stderr is not None:  # a windowed build has no stderr
                sys.stderr.write(details)
        finally:
            showing = False

    return handle


def actionable_problem(error: BaseException, where: str) -> DatabaseProblem | None:
    """The fault staff can act on behind *error* or what caused it (a ``DatabaseProblem``, SQLite's FULL,
    READONLY or BUSY, a full disk or a refused write), else None."""
    from toysub_desktop.db.problems import classify

    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        problem = classify(current, where)
        if problem is not None:
            return problem
        current = current.__cause__ or current.__context__
    return None
