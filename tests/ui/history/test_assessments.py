"""The History "Checklists" tab on a real database: the list of completed checklists,
the selected one's results compared with the one before, the empty state, refreshing."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cramp_desktop.core.checklist import is_warning_question
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.episodes import Answer, AnswerValue, Assessment
from cramp_desktop.storage.database import Database
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.common.local_time import format_date
from cramp_desktop.ui.history.assessments import AssessmentHistory
from cramp_desktop.ui.history.screen import CHECKLISTS_TAB, HistoryScreen

YES, NO = AnswerValue.YES, AnswerValue.NO
MARCH = dt.datetime(2024, 3, 2, 20, 15).astimezone()
JUNE = dt.datetime(2024, 6, 12, 9, 30).astimezone()
APRIL = dt.datetime(2024, 4, 20, 18, 0).astimezone()
EMPTY_TEXT = "No checklist done yet. Your completed checklists will be listed here."


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


def save(
    repositories: Repositories, when: dt.datetime, version: str = "0.1.0", **choices: AnswerValue
) -> Assessment:
    """Saved with these answers; the warning questions they do not name answered "no"."""
    given = {qid.replace("__", "."): choice for qid, choice in choices.items()}
    warnings = {q.id: NO for q in QUESTIONS if is_warning_question(q)}
    answers = tuple(Answer(qid, choice) for qid, choice in {**warnings, **given}.items())
    return repositories.assessments.save(Assessment(when, version, answers))


def seed(repositories: Repositories) -> None:
    save(repositories, MARCH, pattern__night=YES, fluids__salty_meals=YES)
    save(repositories, JUNE, "0.2.0", pattern__night=YES, warning__calf_swelling_now=YES)
    every_no = {
        name: NO
        for name in ("warning__breathless_now", "warning__calf_swelling_now", "pattern__night")
    }
    save(repositories, APRIL, **every_no)


def make_history(qtbot: QtBot, repositories: Repositories, events: DataEvents) -> AssessmentHistory:
    history = AssessmentHistory(repositories, events)
    qtbot.addWidget(history)
    history.resize(1300, 800)
    history.show()
    qtbot.waitExposed(history)
    return history


def label_texts(history: AssessmentHistory) -> list[str]:
    return [label.text() for label in history.results.findChildren(QLabel)]


def test_empty_state(qtbot: QtBot, repositories: Repositories, events: DataEvents) -> None:
    history = make_history(qtbot, repositories, events)
    assert history.empty_label.isVisible()
    assert history.empty_label.text() == EMPTY_TEXT
    assert not history.list.isVisible()


def test_lists_newest_first_and_shows_the_selected_results(
    qtbot: QtBot, repositories: Repositories, events: DataEvents
) -> None:
    seed(repositories)
    history = make_history(qtbot, repositories, events)
    assert not history.empty_label.isVisible() and history.list.isVisible()
    items = [history.list.item(row) for row in range(history.list.count())]
    assert [item.text().splitlines()[0] for item in items] == [
        format_date(JUNE.date()),
        format_date(APRIL.date()),
        format_date(MARCH.date()),
    ]
    assert [item.text().splitlines()[1] for item in items] == [
        "Warning signs: 1 · Findings: 1",
        "No concern found",
        "Findings: 2",
    ]
    assert items[0].toolTip() == "Filled in with version 0.2.0"
    # The newest is selected and compared with the one before it (April: nothing found).
    assert history.list.currentRow() == 0
    selected = history.selected_assessment()
    assert selected is not None and selected.completed_at == JUNE
    assert list(history.results.finding_widgets) == ["calf-swelling", "night-cramps"]
    assert f"What changed since {format_date(APRIL.date())}" in label_texts(history)

    history.list.setFocus()
    qtbot.keyClick(history.list, Qt.Key.Key_End)  # the oldest: the first checklist
    assert history.list.currentRow() == 2
    assert list(history.results.finding_widgets) == ["night-cramps", "salty-without-fluid"]
    assert "This is your first checklist." in label_texts(history)
    qtbot.keyClick(history.list, Qt.Key.Key_Up)
    assert list(history.results.finding_widgets) == ["no-concern"]
    assert "No longer found" in label_texts(history)


def test_dates_are_the_wall_clock_dates_where_the_checklists_were_filled_in(
    qtbot: QtBot, repositories: Repositories, events: DataEvents
) -> None:
    # Just after midnight at UTC+14: still the day before in every other time zone.
    kiribati = dt.timezone(dt.timedelta(hours=14))
    first = save(repositories, dt.datetime(2024, 3, 3, 0, 20, tzinfo=kiribati))
    save(repositories, dt.datetime(2024, 3, 10, 0, 30, tzinfo=kiribati))
    history = make_history(qtbot, repositories, events)
    assert history.list.item(0).text().splitlines()[0] == format_date(dt.date(2024, 3, 10))
    time = QLocale().toString(QTime(0, 30), QLocale.FormatType.ShortFormat)
    completed = f"Completed on {format_date(dt.date(2024, 3, 10))} at {time}."
    assert history.results.date_label.text() == completed
    assert f"What changed since {format_date(first.completed_at.date())}" in label_texts(history)
    assert first.completed_at.date() == dt.date(2024, 3, 3)


def test_a_read_failure_is_said_in_the_users_words(
    qtbot: QtBot, repositories: Repositories, events: DataEvents, database: Database
) -> None:
    with sqlite3.connect(database.path) as connection:
        connection.execute("ALTER TABLE assessment RENAME TO assessment_gone")
    with pytest.raises(StorageError) as failure:
        repositories.assessments.list()
    history = make_history(qtbot, repositories, events)
    assert history.empty_label.isVisible()
    assert history.empty_label.text() == user_text(failure.value)


def test_refreshes_when_a_checklist_is_saved_and_keeps_the_selection(
    qtbot: QtBot, repositories: Repositories, events: DataEvents
) -> None:
    history = make_history(qtbot, repositories, events)
    save(repositories, MARCH, pattern__night=YES)
    events.assessments_changed.emit()
    assert history.list.count() == 1 and history.list.isVisible()
    save(repositories, JUNE, warning__breathless_now=YES)
    events.assessments_changed.emit()
    assert history.list.count() == 2
    assert history.list.currentRow() == 0  # the newest
    history.list.setCurrentRow(1)
    save(repositories, APRIL)
    events.database_replaced.emit()
    selected = history.selected_assessment()
    assert history.list.count() == 3 and selected is not None
    assert selected.completed_at == MARCH  # still the one the user chose
    assert list(history.results.finding_widgets) == ["night-cramps"]


def test_stale_while_hidden_refreshes_when_shown(
    qtbot: QtBot, repositories: Repositories, events: DataEvents
) -> None:
    history = make_history(qtbot, repositories, events)
    history.hide()
    save(repositories, JUNE, pattern__night=YES)
    events.assessments_changed.emit()
    assert history.list.count() == 0  # not read while hidden
    history.show()
    assert history.list.count() == 1


def test_read_more_is_passed_on(
    qtbot: QtBot, repositories: Repositories, events: DataEvents
) -> None:
    save(repositories, JUNE, pattern__night=YES)
    history = make_history(qtbot, repositories, events)
    with qtbot.waitSignal(history.read_more_requested) as signal:
        qtbot.mouseClick(
            history.results.read_more_buttons["night-cramps"], Qt.MouseButton.LeftButton
        )
    assert signal.args == ["managing-cramps"]


def test_narrow_puts_the_results_below_the_list(
    qtbot: QtBot, repositories: Repositories, events: DataEvents
) -> None:
    save(repositories, JUNE, pattern__night=YES)
    history = make_history(qtbot, repositories, events)
    assert history.splitter.orientation() == Qt.Orientation.Horizontal
    history.resize(500, 800)
    qtbot.waitUntil(lambda: history.splitter.orientation() == Qt.Orientation.Vertical)


def test_history_screen_has_a_checklists_tab(
    qtbot: QtBot, repositories: Repositories, events: DataEvents, tmp_path: Path
) -> None:
    save(repositories, JUNE, pattern__night=YES)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    screen = HistoryScreen(repositories, events, settings)
    qtbot.addWidget(screen)
    screen.resize(1300, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    assert screen.tabs.widget(CHECKLISTS_TAB).isAncestorOf(screen.assessments)
    assert screen.tabs.tabText(CHECKLISTS_TAB) == "Chec&klists"
    qtbot.keyClick(screen, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert screen.tabs.currentIndex() == CHECKLISTS_TAB
    assert not screen.filters.isVisible()  # episode filters do not apply to checklists
    assert screen.assessments.list.count() == 1
    with qtbot.waitSignal(screen.read_more_requested) as signal:
        qtbot.mouseClick(
            screen.assessments.results.read_more_buttons["night-cramps"],
            Qt.MouseButton.LeftButton,
        )
    assert signal.args == ["managing-cramps"]
