"""The Today screen on a real database: the "Last night?" card, tiles, red flags, keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QScrollBar, QWidget

from cramp_desktop import preferences
from cramp_desktop.core.episodes import Context, Episode, Muscle, Side, Symptom, Trigger
from cramp_desktop.core.stats import Period, period_stats
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.today.screen import TodayScreen

NOW = dt.datetime(2024, 6, 12, 9, 30).astimezone()
TODAY = NOW.date()
YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


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


def test_no_cramps_records_the_night_and_the_card_stays_hidden_that_day(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    screen = make_screen(qtbot, repositories, events, settings)
    card = screen.last_night
    assert card.isVisible()
    card.thanks_ms = 10
    with qtbot.waitSignal(events.days_changed):
        qtbot.mouseClick(card.no_button, Qt.MouseButton.LeftButton)
    assert repositories.days.get(TODAY) is not None
    assert card.thanks.isVisible() and card.thanks.text() == "Thanks — recorded."
    qtbot.waitUntil(lambda: not card.isVisible())
    again = make_screen(qtbot, repositories, events, settings)
    assert not again.last_night.isVisible()


def test_the_card_is_not_asked_when_the_night_is_already_logged_or_still_going_on(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    early = make_screen(qtbot, repositories, events, settings, now=at(TODAY, 3, 30))
    assert not early.last_night.isVisible()
    repositories.episodes.add(episode(at(YESTERDAY, 23, 10)))
    logged = make_screen(qtbot, repositories, events, settings)
    assert not logged.last_night.isVisible()


def test_not_now_hides_the_card_until_the_next_day(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    screen = make_screen(qtbot, repositories, events, settings)
    qtbot.mouseClick(screen.last_night.later_button, Qt.MouseButton.LeftButton)
    assert not screen.last_night.isVisible()
    assert not make_screen(qtbot, repositories, events, settings).last_night.isVisible()
    tomorrow = make_screen(qtbot, repositories, events, settings, now=NOW + dt.timedelta(days=1))
    assert tomorrow.last_night.isVisible()


def test_had_cramps_creates_that_many_night_episodes_at_once(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    screen = make_screen(qtbot, repositories, events, settings)
    card = screen.last_night
    qtbot.mouseClick(card.had_button, Qt.MouseButton.LeftButton)
    assert card.form.isVisible() and QApplication.focusWidget() is card.count
    card.count.selectAll()
    qtbot.keyClicks(card.count, "3")
    card.worst.setFocus()
    card.worst.selectAll()
    qtbot.keyClicks(card.worst, "6")
    card.longest.setValue(2.5)
    card.sleep.setValue(7)
    with qtbot.waitSignal(events.episodes_changed):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    episodes = repositories.episodes.all()
    assert [e.started_at for e in episodes] == [at(TODAY, 2, 0), at(TODAY, 2, 20), at(TODAY, 2, 40)]
    assert {(e.severity, e.duration_s, e.sleep_disturbance) for e in episodes} == {(6, 150, 7)}
    assert all(e.context == Context.SLEEP and e.logged_late for e in episodes)
    assert card.thanks.isVisible()
    assert screen.tiles[0].episodes.text() == "3"


def test_had_cramps_without_a_severity_says_what_to_fix_and_saves_nothing(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    screen = make_screen(qtbot, repositories, events, settings)
    card = screen.last_night
    qtbot.mouseClick(card.had_button, Qt.MouseButton.LeftButton)
    card.longest.setValue(2000)  # over 24 hours
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert "0 to 10" in card.messages["severity"].text()
    assert "24 hours" in card.messages["duration_s"].text()
    assert repositories.episodes.count() == 0
    assert card.form.isVisible()


def test_tiles_show_the_figures_of_core_stats(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    seeded = [episode(at(TODAY - dt.timedelta(days=d), 3)) for d in (0, 1, 1, 3, 9, 10, 12, 20)]
    repositories.episodes.add_many(seeded)
    for days_back in (2, 4, 8):
        repositories.days.mark_no_cramps(TODAY - dt.timedelta(days=days_back))
    screen = make_screen(qtbot, repositories, events, settings)
    records = repositories.days.between(TODAY - dt.timedelta(days=59), TODAY)
    week, month = screen.tiles
    for tile, days in ((week, 7), (month, 30)):
        stats = period_stats(seeded, records, Period.ending(TODAY, days))
        assert tile.episodes.text() == str(stats.episodes)
        assert tile.cramp_days.text() == str(stats.cramp_days)
        assert tile.logged.text() == f"Days logged: {stats.days_logged} of {days}"
    assert week.episodes.text() == "4"
    assert week.change.text() == "1 more than the 7 days before."  # 4 against 3
    assert month.change.text() == "No data for the 30 days before."
    repositories.episodes.add(episode(at(TODAY, 8)))
    events.episodes_changed.emit()
    assert week.episodes.text() == "5"


def test_tile_wording_for_fewer_and_the_same(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    repositories.episodes.add_many(
        [episode(at(TODAY - dt.timedelta(days=d), 3)) for d in (8, 9, 10, 2)]
    )
    week = make_screen(qtbot, repositories, events, settings).tiles[0]
    assert week.change.text() == "2 fewer than the 7 days before."
    repositories.episodes.add_many([episode(at(TODAY - dt.timedelta(days=1), 3))] * 2)
    events.episodes_changed.emit()
    assert week.change.text() == "Same as the 7 days before."


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


def test_the_log_button_opens_the_dialog_and_names_its_shortcut(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    screen = make_screen(qtbot, repositories, events, settings)
    assert "Ctrl+N" in screen.log_button.toolTip()
    qtbot.mouseClick(screen.log_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(QWidget, "LogCrampDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.severity.spin)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert screen.tiles[0].episodes.text() == "1"


def test_links_ask_for_other_screens(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    screen = make_screen(qtbot, repositories, events, settings)
    with qtbot.waitSignal(screen.request_screen) as requested:
        qtbot.mouseClick(screen.checklist_status.button, Qt.MouseButton.LeftButton)
    assert requested.args == ["checklist"]
    assert "not filled in" in screen.checklist_status.status.text()
    with qtbot.waitSignal(screen.request_screen) as requested:
        qtbot.mouseClick(screen.history_button, Qt.MouseButton.LeftButton)
    assert requested.args == ["history"]


def test_tab_reaches_every_control_and_each_has_a_name(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    repositories.episodes.add(episode(NOW - dt.timedelta(days=1), duration_s=15 * 60))
    screen = make_screen(qtbot, repositories, events, settings)
    qtbot.mouseClick(screen.last_night.had_button, Qt.MouseButton.LeftButton)
    focusable = [
        w
        for w in screen.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(screen)
        and not isinstance(w, QScrollBar)
        and not w.objectName().startswith("qt_")
        and type(w).__name__ != "QScrollArea"
    ]
    assert [type(w).__name__ for w in focusable if not w.accessibleName()] == []
    reached = set()
    for _ in range(3 * len(focusable)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert set(focusable) <= reached


def tick(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click the box's text, as a user would (the box itself is wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.sizeHint().width() // 2, 8))


def test_no_cramps_with_the_picker_never_opened_records_no_factors_and_keeps_stored_ones(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    assert card.factors.toggle.isVisible() and not card.factors.panel.isVisible()
    with qtbot.waitSignal(events.days_changed):
        qtbot.mouseClick(card.no_button, Qt.MouseButton.LeftButton)
    record = repositories.days.get(TODAY)
    assert record is not None and record.triggers == frozenset()
    repositories.days.mark_no_cramps(TODAY, {Trigger.ALCOHOL})  # e.g. from another window
    card.record_no_cramps()
    assert repositories.days.get(TODAY).triggers == {Trigger.ALCOHOL}  # type: ignore[union-attr]


def test_no_cramps_stores_the_ticked_factors_with_the_night(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    qtbot.mouseClick(card.factors.toggle, Qt.MouseButton.LeftButton)
    assert card.factors.panel.isVisible()
    assert "patterns" in card.factors.why.text() and "cause" not in card.factors.why.text()
    assert set(card.factors.boxes) == set(Trigger) - {Trigger.OTHER, Trigger.NEW_MEDICINE}
    for code in (Trigger.HEAT, Trigger.CAFFEINE):
        tick(qtbot, card.factors.boxes[code])
    qtbot.mouseClick(card.no_button, Qt.MouseButton.LeftButton)
    record = repositories.days.get(TODAY)
    assert record is not None and record.triggers == {Trigger.HEAT, Trigger.CAFFEINE}
    assert repositories.days.get(YESTERDAY) is None


def test_an_opened_picker_with_nothing_ticked_replaces_stored_factors_with_none(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    qtbot.mouseClick(card.factors.toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.factors.toggle, Qt.MouseButton.LeftButton)  # folded again
    repositories.days.mark_no_cramps(TODAY, {Trigger.ALCOHOL})
    card.record_no_cramps()
    assert repositories.days.get(TODAY).triggers == frozenset()  # type: ignore[union-attr]


def test_had_cramps_gives_every_created_episode_the_ticked_factors(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    qtbot.mouseClick(card.factors.toggle, Qt.MouseButton.LeftButton)
    tick(qtbot, card.factors.boxes[Trigger.HARD_EXERCISE])
    qtbot.mouseClick(card.had_button, Qt.MouseButton.LeftButton)
    card.count.setValue(2)
    card.worst.setValue(4)
    with qtbot.waitSignal(events.episodes_changed):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    episodes = repositories.episodes.all()
    assert [e.triggers for e in episodes] == [frozenset({Trigger.HARD_EXERCISE})] * 2
    assert repositories.days.get(TODAY) is None


def test_the_picker_is_folded_and_cleared_when_the_card_is_asked_again(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    card.thanks_ms = 10
    qtbot.mouseClick(card.factors.toggle, Qt.MouseButton.LeftButton)
    tick(qtbot, card.factors.boxes[Trigger.HEAT])
    qtbot.mouseClick(card.no_button, Qt.MouseButton.LeftButton)
    assert not card.factors.isVisible()
    repositories.days.remove(TODAY)  # so the card asks again after its thanks
    qtbot.waitUntil(lambda: card.question.isVisible())
    assert card.isVisible() and not card.factors.panel.isVisible()
    assert card.factors.ticked() == frozenset() and card.factors.chosen() is None


def test_keyboard_only_factors_then_no_cramps(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    screen = make_screen(qtbot, repositories, events, settings)
    card, toggle = screen.last_night, screen.last_night.factors.toggle
    for _ in range(30):
        if QApplication.focusWidget() is toggle:
            break
        qtbot.keyClick(QApplication.focusWidget() or screen, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is toggle
    qtbot.keyClick(toggle, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is card.no_button  # folded: one extra stop only
    qtbot.keyClick(card.no_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert card.factors.panel.isVisible()
    reached: list[QWidget] = []
    while QApplication.focusWidget() is not card.no_button and len(reached) < 20:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if QApplication.focusWidget() is card.factors.boxes[Trigger.HEAT]:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert reached == [*card.factors.boxes.values(), card.no_button]
    with qtbot.waitSignal(events.days_changed):
        qtbot.keyClick(card.no_button, Qt.Key.Key_Space)
    assert repositories.days.get(TODAY).triggers == {Trigger.HEAT}  # type: ignore[union-attr]


def test_the_picker_has_names_a_mnemonic_and_a_reason(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    card = make_screen(qtbot, repositories, events, settings).last_night
    toggle = card.factors.toggle
    assert toggle.accessibleName() == "Add what happened yesterday (optional)"
    assert "patterns" in toggle.accessibleDescription()
    card.factors.set_open(True)
    names = {box.accessibleName() for box in card.factors.boxes.values()}
    assert {"Heat or heavy sweating", "Caffeine", "Hard exercise"} <= names
    assert all(box.accessibleDescription() for box in card.factors.boxes.values())
    assert toggle.shortcut().toString() == "Alt+Y"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not card.factors.panel.isVisible())  # a mnemonic animates a click


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


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_saves_the_had_cramps_form_from_any_field(  # type: ignore[no-untyped-def]
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings, key: Qt.Key
) -> None:
    screen = make_screen(qtbot, repositories, events, settings)
    card = screen.last_night
    qtbot.keyClick(card.had_button, Qt.Key.Key_Space)
    card.worst.setFocus()
    card.worst.selectAll()
    qtbot.keyClicks(card.worst, "4")
    card.side.setFocus()
    with qtbot.waitSignal(events.episodes_changed):
        qtbot.keyClick(card.side, key)
    assert [e.severity for e in repositories.episodes.all()] == [4]
