"""Loading the app's and Qt's own translations, and choosing a language."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cramp_desktop.locales import locale_for
from cramp_desktop.resources import available_languages, translations_dir

PSEUDO_LOCALE_ENV = "CRAMP_DESKTOP_PSEUDO_LOCALE"
PSEUDO_START, PSEUDO_PADDING, PSEUDO_END = "⟦", "·", "⟧"


def system_languages() -> list[str]:
    """The user's display languages, most wanted first, then the regional format's.

    uiLanguages() is the display language on Windows and the preferred-languages list
    on macOS; name() follows the regional format, which on Windows is often another
    (an English Windows set to German dates)."""
    system = QLocale.system()
    return [*system.uiLanguages(), system.name()]


def choose_language(
    requested: str | None, saved: str | None, system: Sequence[str] | None = None
) -> str:
    """--lang first, then the saved setting, then the first of the system's languages
    (`system`, default system_languages()) the app has, else English."""
    available = available_languages()
    tags = system_languages() if system is None else system
    wanted = [re.split(r"[-_]", tag)[0].lower() for tag in tags]
    for candidate in (requested, saved, *wanted):
        if candidate and candidate in available:
            return candidate
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's qtbase_<lang> and our cramp_desktop_<lang> (or, with PSEUDO_LOCALE_ENV
    set, the pseudo-translation); keep the returned list alive. Dates and numbers follow
    the language from now on."""
    QLocale.setDefault(locale_for(language))
    installed: list[QTranslator] = []
    if os.environ.get(PSEUDO_LOCALE_ENV):
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        return [pseudo]
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"cramp_desktop_{language}", None)):
        translator = QTranslator(app)
        if translator.load(name, folder or str(translations_dir())):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class PseudoTranslator(QTranslator):
    """Every string about 40 % longer and between markers, to find text that is cut off
    or never translated: run the app with CRAMP_DESKTOP_PSEUDO_LOCALE=1."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        del context, disambiguation, n
        if not source:
            return None
        return f"{PSEUDO_START}{source}{PSEUDO_PADDING * max(2, len(source) * 2 // 5)}{PSEUDO_END}"

    def isEmpty(self) -> bool:
        return False  # Qt skips translators that report being empty
