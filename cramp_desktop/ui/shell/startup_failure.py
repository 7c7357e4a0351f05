"""Start-up failures the user must see: the installed Windows app has no console, so a
line on stderr alone would end the start silently."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from cramp_desktop import APP_NAME, preferences
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.options import GuiOptions
from cramp_desktop.paths import DataPaths
from cramp_desktop.ui.shell.i18n import choose_language, install_translators

CONTEXT = "StartupFailure"
DATA_FOLDER_UNUSABLE = QT_TRANSLATE_NOOP(
    "StartupFailure",
    "The app cannot use the data folder %1 (%2). Check that the folder can be written to, "
    "or start the app with another folder (--data-dir).",
)
OTHER_COPY_SILENT = QT_TRANSLATE_NOOP(
    "StartupFailure",
    "Leg Cramp Companion is already open with the data folder %1, but it does not answer. "
    "Close it (if needed, end it in the Task Manager), then start the app again.",
)
# Platforms nobody can see a dialog on (tests, the frozen smoke test).
_HEADLESS_PLATFORMS = ("offscreen", "minimal")


def shows_dialogs(options: GuiOptions, platform_name: str) -> bool:
    """False for runs nobody watches: a dialog there would wait forever."""
    unattended = options.smoke_test or options.quit_when_shown
    return not unattended and platform_name not in _HEADLESS_PLATFORMS


def report_startup_failure(
    options: GuiOptions, paths: DataPaths, template: str, values: Sequence[str]
) -> None:
    """Say why the app cannot start: a line on stderr (where there is one) in English,
    and, for a user who started it from an icon, a message box in their language."""
    print(f"cramp-desktop: {fill(template, values)}", file=sys.stderr)  # None: no-op
    app = QCoreApplication.instance()
    if not isinstance(app, QGuiApplication) or not shows_dialogs(options, app.platformName()):
        return
    saved = None
    if paths.settings.is_file():
        saved = preferences.LANGUAGE.get(QSettings(str(paths.settings), QSettings.Format.IniFormat))
    translators = install_translators(app, choose_language(options.language, saved))
    QMessageBox.critical(
        None, APP_NAME, fill(QCoreApplication.translate(CONTEXT, template), values)
    )
    for translator in translators:
        app.removeTranslator(translator)
