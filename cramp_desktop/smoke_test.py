"""--smoke-test: open every screen and dialog of a running app, write a sample report, and
report what failed."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QApplication, QDialog

from cramp_desktop.ui.screens import SCREENS

if TYPE_CHECKING:
    from cramp_desktop.storage.repositories import Repositories
    from cramp_desktop.ui.shell import MainWindow


class RunningApp(Protocol):
    """What the smoke test drives (app.CrampApplication, which imports this module)."""

    window: MainWindow
    repositories: Repositories | None
    language: str

    def show_settings(self) -> None: ...
    def show_about(self) -> None: ...
    def show_help(self) -> None: ...


def run_smoke_test(application: RunningApp) -> list[str]:
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
    failures += write_sample_report(application)
    return failures


def write_sample_report(application: RunningApp) -> list[str]:
    """Build the full report of the last 90 days of the real data into a temporary folder
    (reportlab, fonts and every section, as a user's export would)."""
    from cramp_desktop.report.collect import collect_report_data, period_ending
    from cramp_desktop.report.document import build_report
    from cramp_desktop.report.locale import default_paper
    from cramp_desktop.report.model import ReportOptions

    if application.repositories is None:
        return ["report: the data was not open"]
    now = dt.datetime.now().astimezone()
    options = ReportOptions(
        period=period_ending(now.date()), paper=default_paper(), language=application.language
    )
    try:
        data = collect_report_data(application.repositories, options, now)
        with tempfile.TemporaryDirectory(prefix="cramp-smoke-") as folder:
            target = Path(folder) / "sample-report.pdf"
            pages = build_report(data, target)
            if pages < 1 or not target.read_bytes().startswith(b"%PDF-"):
                return [f"report: the sample report is not a PDF ({pages} pages)"]
    except Exception as error:  # report it as a failure line, like the screens
        return [f"report failed: {error!r}"]
    return []
