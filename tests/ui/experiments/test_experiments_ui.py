"""Experiments in the app, driven with qtbot on a real database: set-up (baseline check,
one at a time), the morning question on Today, History's list, stop, and the checklist's
"Try this for 4 weeks"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from cramp_desktop.core.checklist import evaluate
from cramp_desktop.core.episodes import Answer, AnswerValue
from cramp_desktop.core.experiments import Experiment
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.checklist.results import ChecklistResults
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.experiments.history_tab import ExperimentsTab
from cramp_desktop.ui.experiments.result_view import ExperimentResultDialog
from cramp_desktop.ui.experiments.setup_dialog import ExperimentSetupDialog
from cramp_desktop.ui.today.screen import TodayScreen

TODAY = dt.date(2026, 3, 2)
NOW = dt.datetime.combine(TODAY, dt.time(9, 0)).astimezone()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def keep_diary(repositories: Repositories, first: dt.date, days: int) -> None:
    for n in range(days):
        repositories.days.mark_no_cramps(first + dt.timedelta(days=n))


def shown_result() -> ExperimentResultDialog:
    (dialog,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ExperimentResultDialog) and w.isVisible()
    ]
    return dialog


@pytest.fixture(autouse=True)
def no_result_left_open() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ExperimentResultDialog):
            widget.close()


def setup(qtbot, repositories, events, measure="stretch-before-bed"):  # type: ignore[no-untyped-def]
    dialog = ExperimentSetupDialog(repositories, events, TODAY, measure)
    qtbot.addWidget(dialog)
    return dialog


def test_a_short_diary_before_the_start_proposes_keeping_it_first(qtbot, repositories) -> None:  # type: ignore[no-untyped-def]
    keep_diary(repositories, TODAY - dt.timedelta(days=10), 10)
    dialog = setup(qtbot, repositories, DataEvents())
    assert not dialog.enough
    assert "only 10 observed days" in dialog.baseline.text()
    assert "keeping the diary first" in dialog.baseline.text()
    assert dialog.start_button.text().replace("&", "") == "Start anyway"
    assert dialog.sources.text() == "Sources: Hallegraeff-2012"
    keep_diary(repositories, TODAY - dt.timedelta(days=28), 18)
    dialog.weeks.setValue(3)  # the check follows the length
    assert dialog.enough
    assert "28" not in dialog.baseline.text() and "21 observed days" in dialog.baseline.text()


def test_starting_saves_one_experiment_and_tells_the_screens(qtbot, repositories) -> None:  # type: ignore[no-untyped-def]
    events = DataEvents()
    dialog = setup(qtbot, repositories, events, "drink-to-thirst")
    assert dialog.measure.currentData() == "drink-to-thirst"
    dialog.weeks.setValue(6)
    with qtbot.waitSignal(events.experiments_changed):
        dialog.start_button.click()
    (saved,) = repositories.experiments.list()
    assert (saved.measure_id, saved.start, saved.weeks) == ("drink-to-thirst", TODAY, 6)


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_a_second_measure_asks_before_replacing_the_running_one(
    qtbot, repositories, monkeypatch, answer
) -> None:  # type: ignore[no-untyped-def]
    repositories.experiments.start(Experiment("pace-training", TODAY - dt.timedelta(days=3)), TODAY)
    asked: list[str] = []

    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = setup(qtbot, repositories, DataEvents())
    dialog.start_button.click()
    assert "Pacing hard training" in asked[0]
    running = repositories.experiments.running(TODAY)
    assert running is not None
    expected = "stretch-before-bed" if answer == QMessageBox.StandardButton.Yes else "pace-training"
    assert running.measure_id == expected


def test_today_asks_the_adherence_question_each_morning(qtbot, repositories, settings) -> None:  # type: ignore[no-untyped-def]
    events = DataEvents()
    repositories.experiments.start(
        Experiment("stretch-before-bed", TODAY - dt.timedelta(days=2)), TODAY
    )
    screen = TodayScreen(repositories, events, settings, today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(screen)
    screen.show()
    card = screen.adherence
    assert card.isVisible()
    assert card.question.text() == "Did you stretch before bed?"
    assert "Day 3 of 28" in card.missed.text() and "not answered so far: 2" in card.missed.text()
    card.yes_button.click()
    assert not card.isVisible()
    (experiment,) = repositories.experiments.list()
    assert experiment.id is not None
    assert repositories.experiments.adherence(experiment.id) == {TODAY: True}
    screen.refresh()
    assert not card.isVisible()  # answered for today


def test_the_last_morning_shows_the_result(qtbot, repositories, settings) -> None:  # type: ignore[no-untyped-def]
    start = TODAY - dt.timedelta(days=13)
    repositories.experiments.start(Experiment("stretch-before-bed", start, 2), start)
    screen = TodayScreen(repositories, DataEvents(), settings, today=lambda: TODAY, now=lambda: NOW)
    qtbot.addWidget(screen)
    screen.show()
    screen.adherence.no_button.click()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExperimentResultDialog)
    )
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "No clear difference." in texts
    assert "cannot prove that a measure works" in texts
    assert "this works" not in texts.lower().replace("that a measure works", "")
    dialog.close()


def test_history_lists_experiments_and_stops_the_running_one(
    qtbot, repositories, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    repositories.experiments.start(
        Experiment("pace-training", TODAY - dt.timedelta(days=60), 4), TODAY - dt.timedelta(days=60)
    )
    repositories.experiments.start(
        Experiment("stretch-before-bed", TODAY - dt.timedelta(days=5)), TODAY - dt.timedelta(days=5)
    )
    tab = ExperimentsTab(repositories, DataEvents(), lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.list.count() == 2
    assert tab.list.item(0).text().startswith("Stretching your calves")
    assert tab.view.verdict.text().startswith("So far (it is still running): No clear difference.")
    assert tab.stop_button.isEnabled()
    tab.list.setCurrentRow(1)
    assert not tab.stop_button.isEnabled()  # finished long ago
    tab.list.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    tab.stop_selected()
    stopped = repositories.experiments.list()[0]
    assert stopped.stopped_on == TODAY - dt.timedelta(days=1)
    assert repositories.experiments.running(TODAY) is None
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ExperimentResultDialog)
    )
    assert "stopped early" in dialog.view.dates.text()
    dialog.close()
    with qtbot.waitSignal(tab.try_requested):
        tab.try_button.click()


def test_checklist_results_offer_to_try_advice_that_suits_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    answers = {"pattern.night": Answer("pattern.night", choice=AnswerValue.YES)}
    results = ChecklistResults(offer_experiments=True)
    qtbot.addWidget(results)
    results.show_results(evaluate(answers), None, NOW, None)
    buttons = [b for b in results.findChildren(type(results.redo_button)) if "4 weeks" in b.text()]
    assert buttons
    with qtbot.waitSignal(results.try_requested) as signal:
        buttons[0].click()
    assert signal.args == ["stretch-before-bed"]
    plain = ChecklistResults()
    qtbot.addWidget(plain)
    plain.show_results(evaluate(answers), None, NOW, None)
    assert not [b for b in plain.findChildren(type(plain.redo_button)) if "4 weeks" in b.text()]
