"""Marks user-visible text in Qt-free code for translation.

The domain cannot import Qt, yet its messages are shown to staff in Korean. Messages are written as English
source text inside ``translatable(context, text)``; ``pyside6-lupdate`` collects them into
``resources/i18n/toysub_ko.ts`` (it recognises the ``QT_TRANSLATE_NOOP`` name), and the UI shows the Korean
translation with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return *text* unchanged; its only job is to be found by ``pyside6-lupdate``."""
    del context
    return text


translatable = QT_TRANSLATE_NOOP  # the same marker under a plain name; update_translations.sh tells lupdate
