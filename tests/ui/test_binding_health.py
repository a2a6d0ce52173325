"""The Qt binding keeps Python's reference counts straight while the app is used for a day.

PySide6 6.12.0 under Python 3.11 dropped a reference to ``None`` on every call of a method returning nothing;
the counter app then aborted ("deallocating None") after a few hundred customers had been looked at.
"""

from __future__ import annotations

import gc
import sys

import pytest
from pytestqt.qtbot import QtBot

from support import NOW, new_customer
from toysub_desktop.services.customers import register_customer
from toysub_desktop.ui.context import Counter
from toysub_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_browsing_customers_does_not_eat_references_to_none(qtbot: QtBot, counter: Counter) -> None:
    for index in range(3):
        register_customer(
            counter.db,
            staff_id=counter.staff.id,
            new=new_customer(f"고객{chr(0xAC00 + index)}", phone=f"010-5555-{1000 + index}"),
            now=NOW,
        )
    window = MainWindow(counter)
    qtbot.addWidget(window)
    window.show()
    # Garbage left by earlier tests must not be collected while counting: freeing it gives back references to
    # None that this loop never took.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(30):
            for row in range(3):
                window.list.selectRow(row)
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    # Allow for a few references that the app legitimately holds; a leak of one per call would be thousands.
    assert after - before > -50
