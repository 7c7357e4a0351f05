"""A lazy page is built once, when first shown or asked for, and shows its content at
once; History opens without building the tabs it hides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import DataEvents, LazyPage
from cramp_desktop.ui.history.screen import EXPERIMENTS_TAB, SUMMARY_TAB, HistoryScreen


def test_built_once_at_the_first_show_and_visible_at_once(qtbot: QtBot) -> None:
    built: list[QLabel] = []

    def build() -> QLabel:
        built.append(QLabel("second"))
        return built[-1]

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("first"), "First")
    page = LazyPage(build)
    tabs.addTab(page, "Second")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert not page.is_built() and built == []
    tabs.setCurrentIndex(1)
    assert built and built[0].isVisible()  # in this frame, not the next
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(1)
    assert page.content() is built[0] and len(built) == 1


def test_history_builds_a_hidden_tab_only_when_it_is_shown(
    qtbot: QtBot, repositories: Repositories, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    screen = HistoryScreen(repositories, DataEvents(), settings)
    qtbot.addWidget(screen)
    screen.show()
    pages = [screen.tabs.widget(index) for index in range(screen.tabs.count())]
    lazy = [page for page in pages if isinstance(page, LazyPage)]
    assert len(lazy) == 5 and not any(page.is_built() for page in lazy)
    screen.tabs.setCurrentIndex(SUMMARY_TAB)
    summary = screen.tabs.widget(SUMMARY_TAB)
    assert isinstance(summary, LazyPage) and summary.is_built()
    assert screen.summary.isVisible()
    experiments = screen.tabs.widget(EXPERIMENTS_TAB)
    assert isinstance(experiments, LazyPage) and not experiments.is_built()
