"""The Today screen on a real database, for its tests: a fixed "now" and a shown screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.ui.today.screen import TodayScreen

NOW = dt.datetime(2024, 6, 12, 9, 30).astimezone()
TODAY = NOW.date()
YESTERDAY = TODAY - dt.timedelta(days=1)


def make_screen(qtbot, repositories, events, settings, now=NOW) -> TodayScreen:  # type: ignore[no-untyped-def]
    screen = TodayScreen(repositories, events, settings, today=lambda: now.date(), now=lambda: now)
    qtbot.addWidget(screen)
    screen.resize(900, 1400)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    return screen


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone()


def episode(started_at: dt.datetime, **changes: object) -> Episode:
    fields: dict[str, object] = {
        "started_at": started_at,
        "duration_s": 60,
        "severity": 5,
        "muscle": Muscle.CALF,
        "side": Side.LEFT,
        "context": Context.SLEEP,
        **changes,
    }
    return Episode(**fields)  # type: ignore[arg-type]
