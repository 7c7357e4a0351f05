"""The Report screen on a real database, for its tests: a fixed "now", episodes to report
and waiting for the worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.ui.report.screen import ReportScreen

NOW = dt.datetime(2026, 3, 17, 9, 0).astimezone()
TODAY = NOW.date()
KEY = Qt.Key
WAIT_MS = 30_000
MakeScreen = Callable[..., ReportScreen]


def episodes(count: int, days: int = 80, notes: str = "") -> list[Episode]:
    return [
        Episode(
            started_at=dt.datetime.combine(
                TODAY - dt.timedelta(days=n % days), dt.time(2 + n % 4, n % 60)
            ).astimezone(),
            duration_s=60 + n % 300,
            severity=n % 11,
            muscle=Muscle.CALF if n % 3 else Muscle.FOOT,
            side=Side.LEFT if n % 2 else Side.RIGHT,
            context=Context.SLEEP,
            notes=notes or f"night {n}: walked it off after a long day on my feet",
        )
        for n in range(count)
    ]


def wait_idle(qtbot: QtBot, screen: ReportScreen) -> None:
    qtbot.waitUntil(lambda: not screen.is_busy(), timeout=WAIT_MS)


def wait_preview(qtbot: QtBot, screen: ReportScreen, after: int = 0) -> None:
    qtbot.waitUntil(lambda: screen.preview.made > after, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: screen.preview.document.status() == QPdfDocument.Status.Ready)
