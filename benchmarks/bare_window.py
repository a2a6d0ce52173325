"""The start-up baseline: a bare PySide6 main window with a label, shown, quit after the first event-loop turn.

It does what ``python -m toysub_desktop --exit-after-paint`` does around the app's own work, so the ratio of the
two start-up times is what the app adds to starting Qt.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("ToySub Desktop"))
    window.resize(1280, 800)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
