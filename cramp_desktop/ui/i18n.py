"""Loading the app's and Qt's own translations, and choosing a language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cramp_desktop.resources import available_languages, translations_dir


def choose_language(requested: str | None, saved: str | None) -> str:
    """--lang first, then the saved setting, then the system's language, else English."""
    available = available_languages()
    for candidate in (requested, saved, QLocale.system().name().split("_")[0]):
        if candidate and candidate in available:
            return candidate
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's qtbase_<lang> and our cramp_desktop_<lang>; keep the returned list alive."""
    if language == "en":
        return []
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"cramp_desktop_{language}", None)):
        translator = QTranslator(app)
        if translator.load(name, folder or str(translations_dir())):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return installed
