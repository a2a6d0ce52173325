"""One timed opening of the Deliveries tab, or of its bare baseline, in a process of its own (``deliveries.py``).

    python deliveries_tab_child.py RESULT.json app DATABASE TODAY   # the main window opened on the Deliveries tab
    python deliveries_tab_child.py RESULT.json bare                  # a bare window opened on its second tab

Everything before the clock starts is left out: imports, the QApplication and its Korean translators, and (for the
app) opening the database and finding who is at the counter. The clock starts before the window is created and
stops when the event loop comes back from painting the shown tab for the first time (the first paint event of its
list, or of the bare tab's label, then a zero timer: the whole window is painted in that one pass).

``app`` creates ``MainWindow`` with the counter's clock fixed at 09:00 on TODAY (the shop's day the benchmark
scheduled from), makes the Deliveries tab current and shows the window: on first show the tab keeps the schedule a
month ahead (already done, so one look at the latest date) and lists today's deliveries with the button counts.
``bare`` creates a ``QMainWindow`` with a ``QTabWidget`` of two labels, makes the second current and shows it.
Both windows are 1280×800. RESULT.json gets ``{"ms": …}`` (and for the app, ``"window_ms"``: creating
``MainWindow``, ``"loading_ms"``: the tab's ``ensure_loaded``, and ``"rows"``: the rows its list shows).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

#: The shop's clock: 09:00 in Seoul, when the counter opens.
_OPENING = clock_time(9)
_SEOUL = timedelta(hours=9)


def _counter_now(today: date) -> datetime:
    return (datetime.combine(today, _OPENING) - _SEOUL).replace(tzinfo=UTC)


def main(argv: list[str]) -> int:
    result_path, mode = Path(argv[0]), argv[1]
    if mode == "app":  # the data layer first, as the app imports it (see app._import_data_layer)
        from toysub_desktop.db.location import sqlite_file
        from toysub_desktop.db.open import open_database
        from toysub_desktop.services.shop import list_staff

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    result: dict[str, Any] = {}
    done: dict[str, float] = {}

    class FirstPaint(QObject):
        """Stops the clock once the event loop is back from the first paint of the watched widget."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in done:
                done["painted"] = time.perf_counter()
                QTimer.singleShot(0, self.finish)
            return False

        def finish(self) -> None:
            done["back"] = time.perf_counter()
            app.quit()

    watcher = FirstPaint()
    window: QMainWindow
    if mode == "app":
        from toysub_desktop.ui.context import Counter
        from toysub_desktop.ui.deliveries_tab import DeliveriesTab
        from toysub_desktop.ui.i18n import install_translators
        from toysub_desktop.ui.main_window import MainWindow

        install_translators(app, "ko")
        database, today = Path(argv[2]), date.fromisoformat(argv[3])
        db = open_database(sqlite_file(database), backup_folder=None)
        staff = list_staff(db)[0]
        now = _counter_now(today)
        counter = Counter(db, staff, now=lambda: now)
        started = time.perf_counter()
        window = MainWindow(counter)
        result["window_ms"] = (time.perf_counter() - started) * 1000
        tab = window.findChild(DeliveriesTab)
        if tab is None:
            raise SystemExit("the main window has no Deliveries tab")
        loading = tab.ensure_loaded

        def timed_loading() -> None:
            began = time.perf_counter()
            loading()
            result["loading_ms"] = (time.perf_counter() - began) * 1000

        tab.ensure_loaded = timed_loading  # type: ignore[method-assign]
        tab.list.viewport().installEventFilter(watcher)
        tabs = window.findChild(QTabWidget)
        assert tabs is not None
        tabs.setCurrentWidget(tab)
    else:
        started = time.perf_counter()
        window = QMainWindow()
        tabs = QTabWidget()
        labels: list[QWidget] = [QLabel("고객"), QLabel("배송")]
        for index, label in enumerate(labels):
            tabs.addTab(label, f"Tab {index + 1}")
        window.setCentralWidget(tabs)
        labels[1].installEventFilter(watcher)
        tabs.setCurrentIndex(1)
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(60_000, app.quit)  # never hang a benchmark: no paint in a minute is a failure below
    app.exec()
    if "back" not in done:
        raise SystemExit("no paint within a minute")
    result["ms"] = (done["back"] - started) * 1000
    if mode == "app":
        assert tab is not None
        result["rows"] = tab.model.rowCount()
        db.dispose()
    result_path.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
