"""The registry of screens, in sidebar order (which also sets Ctrl+1, Ctrl+2, ...).

Adding a screen is one new feature package and one entry here. Each factory imports its
package when the screen is first shown, so none of them slows the first paint.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP
from cramp_desktop.ui.common import ScreenContext, ScreenSpec


def _today(context: ScreenContext) -> QWidget:
    from cramp_desktop.ui.today import TodayScreen

    today = TodayScreen(context.data(), context.events, context.settings)
    today.request_screen.connect(context.show_screen)
    return today


def _read(context: ScreenContext) -> QWidget:
    from cramp_desktop.ui.read import ReadScreen

    return ReadScreen(context.settings, context.language)


def _checklist(context: ScreenContext) -> QWidget:
    from cramp_desktop.ui.checklist import ChecklistScreen

    checklist = ChecklistScreen(context.data(), context.events, context.settings)
    checklist.read_more_requested.connect(context.open_article)
    checklist.try_experiment_requested.connect(context.try_experiment)
    return checklist


def _history(context: ScreenContext) -> QWidget:
    from cramp_desktop.ui.history import HistoryScreen

    history = HistoryScreen(context.data(), context.events, context.settings)
    history.log_requested.connect(context.log_cramp)
    history.read_more_requested.connect(context.open_article)
    history.try_experiment_requested.connect(context.try_experiment)
    return history


def _report(context: ScreenContext) -> QWidget:
    from cramp_desktop.ui.report import ReportScreen  # reportlab and QtPdf: only when shown

    return ReportScreen(context.data(), context.events, context.settings, context.language)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec(
        "today",
        QT_TRANSLATE_NOOP("MainWindow", "Today"),
        "today",
        QT_TRANSLATE_NOOP(
            "OpeningScreen", "Log a cramp in seconds and answer “Last night?” each morning."
        ),
        _today,
    ),
    ScreenSpec("read", QT_TRANSLATE_NOOP("MainWindow", "Read"), "read", "", _read, False),
    ScreenSpec(
        "checklist",
        QT_TRANSLATE_NOOP("MainWindow", "Checklist"),
        "checklist",
        QT_TRANSLATE_NOOP(
            "OpeningScreen",
            "A guided checklist of cramp risk factors that says clearly when to see a doctor.",
        ),
        _checklist,
    ),
    ScreenSpec(
        "history",
        QT_TRANSLATE_NOOP("MainWindow", "History"),
        "history",
        QT_TRANSLATE_NOOP(
            "OpeningScreen", "Your private history of cramp episodes, with filters and charts."
        ),
        _history,
    ),
    ScreenSpec(
        "report",
        QT_TRANSLATE_NOOP("MainWindow", "Report"),
        "report",
        QT_TRANSLATE_NOOP(
            "OpeningScreen", "A clear PDF report of your cramps to bring to your doctor."
        ),
        _report,
    ),
)
