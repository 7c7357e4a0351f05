"""The Today screen's warning panels: from a logged episode, a recent checklist or how
often cramps come."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt

from cramp_desktop import preferences
from cramp_desktop.core.episodes import Symptom
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from tests.ui.today.screen_setup import NOW, TODAY, YESTERDAY, at, episode, make_screen


def test_a_logged_red_flag_shows_until_dismissed_and_again_for_a_new_entry(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    screen = make_screen(qtbot, repositories, events, settings)
    assert not screen.attention.isVisible()
    dialog = screen.open_log_dialog()
    dialog.severity.set_value(7)
    dialog.choose_start("15min")
    dialog.set_details_shown(True)
    dialog.details.symptoms.boxes[Symptom.SWELLING].setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    assert screen.attention.isVisible()
    [panel] = screen.flag_panels
    assert panel.flag.id == "calf-swelling"
    assert panel.action.text() == "See a doctor today."
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert not screen.attention.isVisible()
    assert f"calf-swelling:{repositories.episodes.all()[0].id}" in str(
        settings.value(preferences.DISMISSED_FLAGS.key)
    )
    assert not make_screen(qtbot, repositories, events, settings).attention.isVisible()
    repositories.episodes.add(episode(NOW, symptoms=frozenset({Symptom.SWELLING})))
    events.episodes_changed.emit()
    assert [p.flag.id for p in screen.flag_panels] == ["calf-swelling"]


def test_a_cramp_over_ten_minutes_needs_a_doctor_today(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    repositories.episodes.add(episode(NOW - dt.timedelta(days=3), duration_s=11 * 60))
    repositories.episodes.add(episode(NOW - dt.timedelta(days=20), duration_s=30 * 60))
    screen = make_screen(qtbot, repositories, events, settings)
    assert [p.flag.id for p in screen.flag_panels] == ["long-cramp"]
    assert screen.flag_panels[0].action.text() == "See a doctor today."


def _save_checklist(repositories: Repositories, completed: dt.datetime, **choices: str) -> None:
    from cramp_desktop.core.checklist import is_warning_question
    from cramp_desktop.core.checklist_questions import QUESTIONS
    from cramp_desktop.core.episodes import Answer, AnswerValue, Assessment

    given = {qid.replace("__", "."): AnswerValue(value) for qid, value in choices.items()}
    warnings = {q.id: AnswerValue.NO for q in QUESTIONS if is_warning_question(q)}
    answers = tuple(Answer(qid, value) for qid, value in {**warnings, **given}.items())
    repositories.assessments.save(Assessment(completed, "0.2.0", answers))


@pytest.mark.parametrize(("days_ago", "panel"), [(0, True), (6, True), (7, False), (30, False)])
def test_a_checklist_warning_sign_gets_the_panel_for_seven_days(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings,
    days_ago: int, panel: bool,
) -> None:  # fmt: skip
    completed = NOW - dt.timedelta(days=days_ago, minutes=5)
    _save_checklist(repositories, completed, warning__calf_swelling_now="yes")
    screen = make_screen(qtbot, repositories, events, settings)
    titles = [p.title.text() for p in screen.flag_panels]
    if panel:
        assert titles == ["Swelling, warmth or redness of one calf"]
        assert screen.attention.isVisible()
        [shown] = screen.flag_panels
        assert shown.action.text() == "See a doctor today."
        assert shown.origin is not None and "From your checklist of" in shown.origin.text()
        shown.dismiss_button.click()
        assert screen.flag_panels == []
    else:  # after 7 days the checklist card says "tell your doctor", never nothing
        assert titles == [] and not screen.attention.isVisible()
        assert "Tell your doctor about it" in screen.checklist_status.warning.text()


def test_a_logged_colour_change_raises_a_routine_panel(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    repositories.episodes.add(
        episode(at(YESTERDAY, 3), symptoms=frozenset({Symptom.COLOUR_CHANGE}))
    )
    screen = make_screen(qtbot, repositories, events, settings)
    [panel] = screen.flag_panels
    assert panel.title.text() == "A change in the skin colour of the leg or foot"
    assert panel.action.text() == "Make an appointment with your doctor."


@pytest.mark.parametrize(("cramp_days", "shown"), [(11, False), (12, True)])
def test_cramps_on_twelve_of_the_last_28_days_raise_a_routine_topic(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings,
    cramp_days: int, shown: bool,
) -> None:  # fmt: skip
    for n in range(cramp_days):  # every other day, the oldest 22 days back
        repositories.episodes.add(episode(at(TODAY - dt.timedelta(days=2 * n), 2)))
    screen = make_screen(qtbot, repositories, events, settings)
    frequent = [p for p in screen.flag_panels if p.flag.id == "frequent-cramps"]
    assert bool(frequent) is shown
    if shown:
        assert frequent[0].origin is not None
        assert frequent[0].origin.text() == "Your log shows cramps on 12 of the last 28 days."
