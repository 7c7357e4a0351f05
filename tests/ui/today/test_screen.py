"""The Today screen on a real database: the "Last night?" card, tiles, links, keyboard (the
card's factor picker: test_night_factors.py; warning panels: test_warning_panels.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QScrollBar, QWidget

from cramp_desktop.core.episodes import Context
from cramp_desktop.core.stats import Period, period_stats
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from tests.ui.today.screen_setup import NOW, TODAY, YESTERDAY, at, episode, make_screen


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
    records = repositories.days.between(TODAY - dt.timedelta(days=80), TODAY)
    week, month = screen.tiles
    for tile, days in ((week, 7), (month, 30)):
        stats = period_stats(seeded, records, Period.ending(TODAY, days), known_until=TODAY)
        assert tile.episodes.text() == str(stats.episodes)
        assert tile.cramp_days.text() == str(stats.cramp_days)
        assert tile.logged.text() == f"Diary kept on {stats.observed_days} of {days} days"
    # Counted by hand. This week: entries 0-4 days back, then a 3-day gap to the "no
    # cramps" of 8 days back: all 7 days kept, 4 cramps. The week before (7-13 days back):
    # gaps of 1 and 7 days, all kept, 3 cramps.
    assert week.episodes.text() == "4"
    assert week.logged.text() == "Diary kept on 7 of 7 days"
    assert week.change.text() == "4.0 cramps a week, against 3.0 in the 7 days before."
    # The diary began 20 days ago: 21 of these 30 days kept, none of the 30 before.
    assert month.logged.text() == "Diary kept on 21 of 30 days"
    assert month.change.text() == "Not compared: the diary was kept on 0 of the 30 days before."
    repositories.episodes.add(episode(at(TODAY, 8)))
    events.episodes_changed.emit()
    assert week.episodes.text() == "5"


def test_tile_rates_are_over_the_days_kept(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    repositories.episodes.add_many(
        [episode(at(TODAY - dt.timedelta(days=d), 3)) for d in (8, 9, 10, 11, 2)]
    )
    week = make_screen(qtbot, repositories, events, settings).tiles[0]
    # This week: 1 cramp, all 7 days kept (3-7 days back is a 5-day gap). The week before:
    # kept 7-11 days back (the diary began 11 days ago), 4 cramps in 5 days: 5.6 a week.
    assert week.change.text() == "1.0 cramps a week, against 5.6 in the 7 days before."


def test_a_diary_not_kept_lately_says_so_instead_of_counting_zeros(
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    # Cramps every other day from 59 to 31 days ago, nothing since (a 30-day gap).
    repositories.episodes.add_many(
        [episode(at(TODAY - dt.timedelta(days=d), 3)) for d in range(31, 60, 2)]
    )
    week, month = make_screen(qtbot, repositories, events, settings).tiles
    assert month.episodes.text() == "0"
    assert month.change.text() == "Nothing logged in these days."
    assert month.logged.text() == "Diary kept on 0 of 30 days"
    assert week.change.text() == "Nothing logged in these days."


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


def test_tab_order_follows_what_is_drawn_red_flags_first(  # type: ignore[no-untyped-def]
    qtbot, repositories: Repositories, events: DataEvents, settings: QSettings
) -> None:
    repositories.episodes.add(episode(NOW - dt.timedelta(days=1), duration_s=15 * 60))
    screen = make_screen(qtbot, repositories, events, settings)
    stops = [
        w
        for w in screen.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(screen)
        and not isinstance(w, QScrollBar)
    ]
    first = min(
        stops, key=lambda w: (w.mapTo(screen, QPoint(0, 0)).y(), w.mapTo(screen, QPoint(0, 0)).x())
    )
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [first]
    for _ in range(len(stops) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    tops = [w.mapTo(screen, QPoint(0, 0)).y() for w in visited]
    assert tops == sorted(tops), [type(w).__name__ + " " + w.accessibleName() for w in visited]
    assert visited[0].accessibleName().startswith("Dismiss")
