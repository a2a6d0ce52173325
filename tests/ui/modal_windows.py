"""Driving a modal window from a test: a modal ``exec()`` blocks the test until the window closes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(kind: type[QWidget], then: Callable[[Any], None]) -> None:
    """Run *then* on the modal window of *kind* once it is up, as a person answers it."""

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal.isVisible():
            then(modal)
        else:
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)
