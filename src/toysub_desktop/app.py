"""Start-up: arguments, folders, logging, translations, the database (checked and migrated), the main window."""

from __future__ import annotations

import argparse
import importlib
import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from toysub_desktop import __version__
from toysub_desktop.folders import APP_AUTHOR, APP_NAME, Folders

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


def setup_logging(folder: Path) -> Path | None:
    """A rotating log file in the user's log folder; returns its path (None if the folder cannot be written)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "toysub-desktop.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
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
        from toysub_desktop.self_check import main as self_check

        return self_check()
    folders = Folders.for_user()
    log_file = setup_logging(folders.logs)
    log.info("starting %s %s", APP_NAME, __version__)
    _import_data_layer()

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    from toysub_desktop.ui.i18n import install_translators

    install_translators(app, args.language)
    sys.excepthook = _crash_handler(log_file)

    from toysub_desktop.ui.startup import open_counter

    window = open_counter(database=args.database, demo=args.demo, folders=folders)
    if isinstance(window, int):
        return window  # the database could not be used (already explained), or the first start was cancelled
    window.show()
    if args.exit_after_paint:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return app.exec()


#: Qt-free modules the window needs: the database, the services and what they import.
DATA_LAYER = ("toysub_desktop.db.open", "toysub_desktop.services.contacts", "toysub_desktop.services.search")


def _import_data_layer() -> None:
    """Import the data layer before PySide6: once loaded, PySide6 inspects every module imported after it (for
    its ``__feature__`` switches), which adds about 80 ms to start-up for SQLAlchemy's hundreds of modules."""
    for name in DATA_LAYER:
        importlib.import_module(name)


def _crash_handler(
    log_file: Path | None,
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """Unexpected errors are logged and shown with where the log is; the app keeps running where it can."""
    showing = False

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unhandled error\n%s", details)
        if showing:  # an error while showing the dialog must not recurse
            return
        showing = True
        try:
            from toysub_desktop.ui.crash import show_crash

            show_crash(details, log_file)
        except Exception:
            if sys.stderr is not None:
                sys.stderr.write(details)
        finally:
            showing = False

    return handle
