"""Stopping an experiment in History's Experiments tab can be undone and redone through
the screen's one undo stack, on a real SQLite file: Today and the reminders hear of each
step, and an undo that would make two experiments run at once is refused and dropped."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cramp_desktop.core.experiments import Experiment
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.experiments.result_view import ExperimentResultDialog
from cramp_desktop.ui.history.screen import EXPERIMENTS_TAB, HistoryScreen


@pytest.fixture
def screen(
    qtbot: QtBot,
    repositories: Repositories,
    events: DataEvents,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[HistoryScreen]:
    today = dt.date.today()  # the screen's own clock
    start = today - dt.timedelta(days=5)
    repositories.experiments.start(Experiment("stretch-before-bed", start), start)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = HistoryScreen(repositories, events, settings)
    qtbot.addWidget(widget)
    widget.show()
    widget.tabs.setCurrentIndex(EXPERIMENTS_TAB)
    yield widget
    for window in QApplication.topLevelWidgets():
        if isinstance(window, ExperimentResultDialog):
            window.close()


def stopped_on(repositories: Repositories) -> dt.date | None:
    return repositories.experiments.list()[0].stopped_on


def test_a_stop_is_undone_and_redone_and_everyone_hears_of_it(
    qtbot: QtBot, screen: HistoryScreen, repositories: Repositories, events: DataEvents
) -> None:
    today = dt.date.today()
    assert screen.undo_row.isVisible() and not screen.filters.isVisible()
    with qtbot.waitSignal(events.experiments_changed):  # Today's question, the reminders
        screen.experiments.stop_selected()
    assert stopped_on(repositories) == today - dt.timedelta(days=1)
    assert "Stop the experiment “Stretching your calves" in screen.status_label.text()
    assert screen.undo_action.isEnabled()

    with qtbot.waitSignal(events.experiments_changed):
        screen.undo_action.trigger()
    assert stopped_on(repositories) is None
    assert repositories.experiments.running(today) is not None
    assert screen.experiments.stop_button.isEnabled()

    with qtbot.waitSignal(events.experiments_changed):
        screen.redo_action.trigger()
    assert stopped_on(repositories) == today - dt.timedelta(days=1)
    assert repositories.experiments.running(today) is None


def test_undoing_a_stop_while_another_runs_is_refused_and_dropped(
    screen: HistoryScreen, repositories: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = dt.date.today()
    screen.experiments.stop_selected()
    repositories.experiments.start(Experiment("drink-to-thirst", today), today)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    before = repositories.experiments.list()

    screen.undo_action.trigger()

    assert repositories.experiments.list() == before  # nothing changed
    assert len(warnings) == 1 and "Another experiment is running now" in warnings[0]
    assert screen.undo_stack.count() == 0 and not screen.undo_action.isEnabled()
