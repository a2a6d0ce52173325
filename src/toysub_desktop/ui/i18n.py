"""Korean by default: the app's own translation and Qt's, so standard buttons read 저장 and 취소 too."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from toysub_desktop.resources import resource_path

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "ko"


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Load the translations for *language*; returns them so they live as long as the app."""
    QLocale.setDefault(QLocale(language))
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"toysub_{language}", str(resource_path("i18n")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return installed
