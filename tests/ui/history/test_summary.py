"""The History "Summary" tab on a real database; expected figures are worked out by hand."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cramp_desktop.core.episodes import Context, Episode, Muscle, Side, Trigger
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.history.screen import SUMMARY_TAB, HistoryScreen

CAFFEINE = frozenset({Trigger.CAFFEINE})
DISCLAIMER = (
    "These are associations in your own log, not proof of a cause. Discuss them with your doctor."
)


def at(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2024, month, day, hour, minute).astimezone()


def short(month: int, day: int) -> str:
    return QLocale().toString(QDate(2024, month, day), QLocale.FormatType.ShortFormat)


def cramp(
    when: dt.datetime,
    seconds: int,
    severity: int,
    muscle: Muscle = Muscle.CALF,
    side: Side = Side.LEFT,
    context: Context = Context.SLEEP,
    disturbance: int | None = None,
    triggers: frozenset[Trigger] = frozenset(),
) -> Episode:
    return Episode(
        started_at=when,
        duration_s=seconds,
        severity=severity,
        muscle=muscle,
        side=side,
        context=context,
        sleep_disturbance=disturbance,
        triggers=triggers,
    )


# The chosen period: 1-14 March 2024 (14 days); the previous one: 16-29 February 2024.
CURRENT = [
    cramp(at(3, 2, 2), 90, 6, disturbance=7, triggers=CAFFEINE),
    cramp(at(3, 2, 3), 30, 4, disturbance=5, triggers=CAFFEINE),
    cramp(at(3, 5, 2, 30), 150, 8, Muscle.FOOT, Side.RIGHT, triggers=CAFFEINE),
    cramp(at(3, 7, 14), 45, 3, side=Side.BOTH, context=Context.REST),
    cramp(at(3, 9, 2, 10), 600, 7, Muscle.THIGH_BACK, disturbance=6, triggers=CAFFEINE),
]
NO_CRAMP_DAYS = [dt.date(2024, 3, day) for day in (1, 3, 4, 10)]
PREVIOUS = [
    cramp(at(2, 20, 1), 120, 5),
    cramp(at(2, 21, 23), 60, 9, side=Side.RIGHT, context=Context.REST),
    cramp(at(2, 25, 4), 240, 6),
    cramp(at(2, 25, 5), 60, 2, Muscle.SHIN),
    cramp(at(2, 28, 2), 300, 7, Muscle.FOOT),
    cramp(at(2, 29, 3), 30, 4, side=Side.BOTH),
]
OUTSIDE = [cramp(at(2, 10, 2), 60, 10, Muscle.TOES), cramp(at(3, 20, 2), 60, 10, Muscle.TOES)]


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


@pytest.fixture
def make_screen(qtbot: QtBot, repositories: Repositories, events: DataEvents, tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(first: dt.date | None = None, last: dt.date | None = None) -> HistoryScreen:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        screen = HistoryScreen(repositories, events, settings)
        qtbot.addWidget(screen)
        screen.resize(1000, 800)
        screen.show()
        qtbot.waitExposed(screen)
        if first is not None and last is not None:
            screen.filters.start_edit.setDate(QDate(first))
            screen.filters.end_edit.setDate(QDate(last))
        screen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
        return screen

    return make


def march(make_screen, repositories: Repositories) -> HistoryScreen:  # type: ignore[no-untyped-def]
    repositories.episodes.add_many(CURRENT + PREVIOUS + OUTSIDE)
    for day in NO_CRAMP_DAYS:
        repositories.days.mark_no_cramps(day)
    return make_screen(dt.date(2024, 3, 1), dt.date(2024, 3, 14))  # type: ignore[no-any-return]


def label_texts(screen: HistoryScreen) -> list[str]:
    return [label.text() for label in screen.summary.findChildren(QLabel) if label.isVisible()]


def test_summary_is_the_second_tab_and_opens_with_alt_u(  # type: ignore[no-untyped-def]
    make_screen, repositories: Repositories, qtbot: QtBot
) -> None:
    screen = march(make_screen, repositories)
    assert screen.tabs.tabText(SUMMARY_TAB) == "S&ummary"
    assert screen.tabs.widget(SUMMARY_TAB).isAncestorOf(screen.summary)
    qtbot.keyClick(screen, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert screen.tabs.currentIndex() == SUMMARY_TAB
    assert "Overview" in label_texts(screen)


def test_figures_against_the_previous_period(make_screen, repositories: Repositories) -> None:  # type: ignore[no-untyped-def]
    screen = march(make_screen, repositories)
    screen.tabs.setCurrentIndex(SUMMARY_TAB)
    lines = screen.summary.plain_text().splitlines()
    previous = "the previous 14 days"
    expected = [
        f"Compared with the previous 14 days, {short(2, 16)} to {short(2, 29)}.",
        f"Episodes: 5; 1 fewer than {previous}",
        # Both periods are kept on all 14 days: the gaps (6, 8, 11-19 March; 10-19, 22-24,
        # 26-27 February) are all shorter than 14 days.
        f"Episodes per week: 2.5; 0.5 fewer than {previous}",  # 5 / 14 * 7 against 6 / 14 * 7
        f"Cramp days: 4; 1 fewer than {previous}",  # 2, 5, 7, 9 March against 5 days
        f"Cramp days per week: 2; 0.5 fewer than {previous}",  # 4 / 14 * 7 against 5 / 14 * 7
        f"Nights with cramps: 3; 1 fewer than {previous}",  # 2, 5, 9 March against 4
        f"Median severity: 6 out of 10; 0.5 higher than {previous}",  # 6 against 5.5
        f"Highest severity: 8 out of 10; 1 lower than {previous}",
        "Median duration: 1 min 30 s; no change",  # 90 s both times
        f"Longest duration: 10 min; 5 min longer than {previous}",
        f"Woke you from sleep: 80% of episodes; 3 percentage points lower than {previous}",
        "Mean sleep disturbance: 6 out of 10; no data for the previous period",
        "Diary kept: 14 of 14 days (“no cramps” days: 4; days without any entry, counted as "
        "days without cramps: 6); no change",  # 8 days logged, 6 in short gaps
        "Calf: 3 (60% of episodes)",
        "Foot or sole: 1 (20% of episodes)",
        "Back of thigh: 1 (20% of episodes)",
        "Left: 3 (60% of episodes)",
        "Both legs: 1 (20% of episodes)",
        "02:00 to 03:00: 3 (60% of episodes)",
        "03:00 to 04:00: 1 (20% of episodes)",
        "14:00 to 15:00: 1 (20% of episodes)",
    ]
    for line in expected:
        assert line in lines
    assert "Toes" not in screen.summary.plain_text()  # outside both periods
    assert "Shin" not in screen.summary.plain_text()  # only in the previous period
    shown = label_texts(screen)
    assert {"1 fewer than the previous 14 days", "1 min 30 s", "10 min", "80% of episodes"} <= set(
        shown
    )


def test_association_needs_three_days_without_cramps_with_and_without(  # type: ignore[no-untyped-def]
    make_screen, repositories: Repositories, events: DataEvents
) -> None:
    repositories.episodes.add_many(CURRENT)
    for day in NO_CRAMP_DAYS[:2]:
        repositories.days.mark_no_cramps(day, [Trigger.ALCOHOL])
    for day in NO_CRAMP_DAYS[2:]:
        repositories.days.mark_no_cramps(day)
    screen = make_screen(dt.date(2024, 3, 1), dt.date(2024, 3, 14))
    screen.tabs.setCurrentIndex(SUMMARY_TAB)
    text = screen.summary.plain_text()
    # Caffeine is named on 3 cramp days only; alcohol on 2 days without cramps: neither is
    # enough (3 days without cramps with it, and 3 without it).
    assert "On days marked" not in text
    assert "There is not enough data yet to look for patterns" in text
    assert "Answer “No cramps” on the Today screen's morning card" in text
    assert "Episodes: 5" in text.splitlines()  # nothing before 1 March: no comparison
    assert "Compared with" not in text

    repositories.days.mark_no_cramps(dt.date(2024, 3, 6), [Trigger.ALCOHOL])
    repositories.days.mark_no_cramps(dt.date(2024, 3, 8))
    events.days_changed.emit()
    # Recorded days 1-10 March. Alcohol: 1, 3, 6 March, no cramps. Without it: 2, 4, 5,
    # 7, 8, 9, 10 March, cramps on 2, 5, 7, 9.
    alcohol = (
        "On days marked “Alcohol” you logged cramps on 0 of 3 days; on other recorded days, 4 of 7."
    )
    assert alcohol in label_texts(screen)
    assert "Caffeine" not in screen.summary.plain_text()
    assert DISCLAIMER in label_texts(screen)
    for line in screen.summary.plain_text().splitlines():
        if "cause" in line.lower():
            assert line == DISCLAIMER


def test_not_enough_data_for_patterns(make_screen, repositories: Repositories) -> None:  # type: ignore[no-untyped-def]
    repositories.episodes.add_many(CURRENT[:2])  # one cramp day: 2 March
    repositories.days.mark_no_cramps(dt.date(2024, 3, 1), [Trigger.CAFFEINE])
    screen = make_screen(dt.date(2024, 3, 1), dt.date(2024, 3, 14))
    screen.tabs.setCurrentIndex(SUMMARY_TAB)
    texts = label_texts(screen)
    assert any(text.startswith("There is not enough data yet") for text in texts)
    assert not any(text.startswith("On days marked") for text in texts)
    assert DISCLAIMER not in texts
    # Nothing after 2 March, to this day: 3-14 March are not kept.
    assert (
        "Diary kept: 2 of 14 days (“no cramps” days: 1; days without any entry, counted as "
        "days without cramps: 0)"
    ) in screen.summary.plain_text()


def test_empty_database_is_friendly(make_screen) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen()
    screen.tabs.setCurrentIndex(SUMMARY_TAB)
    texts = label_texts(screen)
    assert any(text.startswith("Nothing is logged for this period yet") for text in texts)
    assert not any(text.startswith(("Compared with", "Not compared")) for text in texts)
    assert "Overview" not in texts


def test_refreshes_when_data_or_filters_change(  # type: ignore[no-untyped-def]
    make_screen, repositories: Repositories, events: DataEvents
) -> None:
    screen = march(make_screen, repositories)
    screen.tabs.setCurrentIndex(SUMMARY_TAB)
    repositories.episodes.add(cramp(at(3, 12, 2), 60, 5))
    events.episodes_changed.emit()
    assert "Episodes: 6; no change" in screen.summary.plain_text().splitlines()

    note = "the muscle, side, severity and search filters apply to the Episodes and Charts"
    assert note not in screen.summary.plain_text()
    screen.filters.muscle.setCurrentIndex(screen.filters.muscle.findData(Muscle.FOOT))
    assert note in screen.summary.plain_text()  # the figures still count every episode
    assert "Episodes: 6; no change" in screen.summary.plain_text().splitlines()

    screen.filters.end_edit.setDate(QDate(2024, 3, 5))  # 5 days against 25-29 February
    lines = screen.summary.plain_text().splitlines()
    assert "Episodes: 3; 1 fewer than the previous 5 days" in lines


def test_accessible_names_and_copy(  # type: ignore[no-untyped-def]
    make_screen, repositories: Repositories, qtbot: QtBot
) -> None:
    screen = march(make_screen, repositories)
    screen.tabs.setCurrentIndex(SUMMARY_TAB)
    summary = screen.summary
    assert summary.scroll_area.accessibleName() == "Summary"
    assert summary.copy_button.accessibleName() == "Copy summary"
    names = {label.accessibleName() for label in summary.findChildren(QLabel)}
    assert "Episodes: 5" in names
    assert "Episodes, change: 1 fewer than the previous 14 days" in names
    assert "By muscle, Calf: 3 (60% of episodes)" in names
    for label in summary.findChildren(QLabel):
        assert label.accessibleName()
        assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    qtbot.mouseClick(summary.copy_button, Qt.MouseButton.LeftButton)
    assert "Episodes: 5; 1 fewer than the previous 14 days" in QGuiApplication.clipboard().text()
