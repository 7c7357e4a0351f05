"""--smoke-test: open every screen and dialog of a running app and report what failed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from cramp_desktop.ui.main_window import SCREENS

if TYPE_CHECKING:
    from cramp_desktop.app import CrampApplication


def run_smoke_test(application: CrampApplication) -> list[str]:
    """Returns one line per failure; an empty list means every screen opened."""
    failures: list[str] = []
    window = application.window
    for spec in SCREENS:
        try:
            screen = window.show_screen(spec.key)
            QApplication.processEvents()
            if not screen.isVisible():
                failures.append(f"screen '{spec.key}' is not visible")
        except Exception as error:  # report every screen, not just the first failure
            failures.append(f"screen '{spec.key}' failed: {error!r}")
    for name, show in (
        ("settings", application.show_settings),
        ("about", application.show_about),
        ("help", application.show_help),
    ):
        try:
            show()
            QApplication.processEvents()
            dialogs = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()
            ]
            if not dialogs:
                failures.append(f"dialog '{name}' did not open")
            for dialog in dialogs:
                dialog.reject()
        except Exception as error:
            failures.append(f"dialog '{name}' failed: {error!r}")
    return failures
