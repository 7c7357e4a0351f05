"""Fixtures of the Report screen tests: the screen built on the test's database, and the
URLs it asked to open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QUrl
from pytestqt.qtbot import QtBot

from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.report.screen import ReportScreen
from tests.ui.report.screen_setup import NOW, MakeScreen


@pytest.fixture
def opened_urls() -> list[QUrl]:
    return []


@pytest.fixture
def make_screen(
    qtbot: QtBot,
    repositories: Repositories,
    events: DataEvents,
    settings: QSettings,
    opened_urls: list[QUrl],
) -> Iterator[MakeScreen]:
    built: list[ReportScreen] = []

    def make(show: bool = True) -> ReportScreen:
        screen = ReportScreen(
            repositories,
            events,
            settings,
            "en",
            now=lambda: NOW,
            open_url=lambda url: opened_urls.append(url) is None,
        )
        qtbot.addWidget(screen)
        built.append(screen)
        screen.resize(1000, 760)
        if show:
            screen.show()
            qtbot.waitExposed(screen)
        return screen

    yield make
    for screen in built:
        screen.stop_work()
