"""The History screen driven with the keyboard and mouse on a real database."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cramp_desktop.core.episode_query import EpisodeFilter, EpisodeOrder, EpisodeSortKey
from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.history.screen import CHARTS_TAB, MEDICINES_TAB, HistoryScreen
from cramp_desktop.ui.history.table_model import Column

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MUSCLES = (Muscle.CALF, Muscle.FOOT, Muscle.THIGH_BACK)


def seed(repositories: Repositories, count: int = 12) -> list[Episode]:
    now = dt.datetime.now().astimezone().replace(second=0, microsecond=0)
    episodes = [
        Episode(
            started_at=now - dt.timedelta(days=2 * n + 1, hours=n % 5),
            duration_s=60 + 30 * n,
            severity=n % 11,
            muscle=MUSCLES[n % 3],
            side=Side.RIGHT if n % 4 == 1 else Side.LEFT,
            context=Context.SLEEP,
            notes="after the long walk" if n in (2, 7) else f"night {n}",
        )
        for n in range(count)
    ]
    return repositories.episodes.add_many(episodes)


@pytest.fixture
def make_screen(qtbot: QtBot, repositories: Repositories, events: DataEvents, settings: QSettings):  # type: ignore[no-untyped-def]
    def make() -> HistoryScreen:
        screen = HistoryScreen(repositories, events, settings)
        qtbot.addWidget(screen)
        screen.resize(1100, 700)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
        return screen

    return make


def shown_ids(screen: HistoryScreen) -> list[int | None]:
    return [screen.model.episode_at(row).id for row in range(screen.model.rowCount())]


def test_shows_newest_first_with_a_count(make_screen, repositories: Repositories) -> None:  # type: ignore[no-untyped-def]
    episodes = seed(repositories)
    screen = make_screen()
    assert shown_ids(screen) == [e.id for e in episodes]  # seeded newest first
    assert screen.count_label.text() == "Episodes: 12"
    assert screen.table.horizontalHeader().sortIndicatorSection() == Column.DATE


def test_filter_by_muscle_and_search_notes(  # type: ignore[no-untyped-def]
    make_screen, repositories: Repositories, qtbot: QtBot
) -> None:
    episodes = seed(repositories)
    screen = make_screen()
    combo = screen.filters.muscle
    combo.setCurrentIndex(combo.findData(Muscle.FOOT))
    assert shown_ids(screen) == [e.id for e in episodes if e.muscle == Muscle.FOOT]
    assert screen.count_label.text() == "Episodes matching the filters: 4"

    screen.filters.clear_button.click()
    qtbot.keyClicks(screen.filters.search, "LONG walk")
    assert screen.model.rowCount() == 12  # the search waits for a pause in typing
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    assert shown_ids(screen) == [episodes[2].id, episodes[7].id]


def test_filter_by_side(make_screen, repositories: Repositories) -> None:  # type: ignore[no-untyped-def]
    episodes = seed(repositories)
    screen = make_screen()
    combo = screen.filters.side
    assert combo.isVisibleTo(screen)
    combo.setCurrentIndex(combo.findData(Side.RIGHT))
    wanted = sorted(e.id for e in episodes if e.side == Side.RIGHT)
    assert wanted and sorted(shown_ids(screen)) == wanted


def test_severity_and_date_filters(make_screen, repositories: Repositories) -> None:  # type: ignore[no-untyped-def]
    episodes = seed(repositories)
    screen = make_screen()
    screen.filters.min_severity.setValue(5)
    screen.filters.max_severity.setValue(7)
    assert sorted(e.severity for e in map(screen.model.episode_at, range(3))) == [5, 6, 7]
    screen.filters.clear()
    screen.filters.preset.setCurrentIndex(1)  # last 30 days
    cutoff = dt.date.today() - dt.timedelta(days=29)
    expected = [e.id for e in episodes if e.started_at.date() >= cutoff]
    assert shown_ids(screen) == expected
    assert screen.model.filter().start is not None


def test_delete_undo_redo_with_the_keyboard(  # type: ignore[no-untyped-def]
    make_screen, repositories: Repositories, events: DataEvents, qtbot: QtBot
) -> None:
    episodes = seed(repositories)
    screen = make_screen()
    table = screen.table
    table.setFocus()
    table.selectRow(1)
    target = episodes[1]
    with qtbot.waitSignal(events.episodes_changed):
        qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert repositories.episodes.get(target.id or 0) is None
    assert target.id not in shown_ids(screen)
    assert screen.model.rowCount() == 11
    assert screen.table.currentIndex().row() == 1  # the next episode is ready for Delete

    with qtbot.waitSignal(events.episodes_changed):
        qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    restored = repositories.episodes.get(target.id or 0)
    assert restored is not None
    assert (restored.started_at, restored.notes, restored.created_at) == (
        target.started_at,
        target.notes,
        target.created_at,
    )
    assert shown_ids(screen)[1] == target.id

    with qtbot.waitSignal(events.episodes_changed):
        qtbot.keyClick(table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert repositories.episodes.get(target.id or 0) is None
    assert screen.undo_stack.canUndo()


def test_outside_changes_refresh_keeping_filter_and_sort(  # type: ignore[no-untyped-def]
    make_screen, repositories: Repositories, events: DataEvents, qtbot: QtBot
) -> None:
    seed(repositories)
    screen = make_screen()
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.SEVERITY) + header.sectionSize(Column.SEVERITY) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )
    assert screen.model.order() == EpisodeOrder(EpisodeSortKey.SEVERITY, descending=False)
    screen.filters.muscle.setCurrentIndex(screen.filters.muscle.findData(Muscle.CALF))
    before = screen.model.rowCount()
    added = repositories.episodes.add(
        Episode(
            started_at=dt.datetime.now().astimezone() - dt.timedelta(hours=1),
            duration_s=60,
            severity=0,
            muscle=Muscle.CALF,
            side=Side.RIGHT,
            context=Context.REST,
        )
    )
    events.episodes_changed.emit()
    assert screen.model.rowCount() == before + 1
    shown = [screen.model.episode_at(row) for row in range(screen.model.rowCount())]
    assert added.id in [e.id for e in shown]
    assert [e.severity for e in shown] == sorted(e.severity for e in shown)
    assert {e.muscle for e in shown} == {Muscle.CALF}
    assert screen.model.filter().muscles == frozenset({Muscle.CALF})


def test_unsortable_header_keeps_the_order(make_screen, repositories: Repositories) -> None:  # type: ignore[no-untyped-def]
    seed(repositories)
    screen = make_screen()
    header = screen.table.horizontalHeader()
    screen.table.sortByColumn(Column.NOTES, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == Column.DATE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_enter_opens_the_edit_dialog(make_screen, repositories: Repositories, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    log_dialog = pytest.importorskip("cramp_desktop.ui.episode.log_dialog")
    episodes = seed(repositories)
    screen = make_screen()
    screen.table.setFocus()
    screen.table.selectRow(2)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialogs = screen.findChildren(log_dialog.LogCrampDialog)
    assert len(dialogs) == 1
    assert dialogs[0].isVisible()
    assert dialogs[0]._episode == episodes[2]
    dialogs[0].reject()


def test_log_button_and_tabs(make_screen, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    screen = make_screen()
    with qtbot.waitSignal(screen.log_requested):
        qtbot.mouseClick(screen.log_button, Qt.MouseButton.LeftButton)
    assert screen.charts() is None  # QtCharts loads only when the tab opens
    screen.tabs.setCurrentIndex(CHARTS_TAB)
    assert screen.charts() is not None
    assert screen.charts().is_empty()
    screen.tabs.setCurrentIndex(MEDICINES_TAB)
    assert not screen.filters.isVisible()
    assert screen.model.filter() == EpisodeFilter()


def test_every_interactive_widget_has_an_accessible_name(make_screen, repositories) -> None:  # type: ignore[no-untyped-def]
    seed(repositories)
    screen = make_screen()
    unnamed = []
    for tab in range(screen.tabs.count()):
        screen.tabs.setCurrentIndex(tab)
        unnamed += [
            f"{type(w).__name__} {w.objectName()}"
            for w in screen.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and w.isVisibleTo(screen)
            and not w.accessibleName()
            and type(w).__name__ not in {"QScrollBar", "QWidget", "QStackedWidget"}
            and not w.objectName().startswith("qt_")
        ]
    assert unnamed == []


def test_columns_fit_their_content_at_130_percent_despite_saved_widths(  # type: ignore[no-untyped-def]
    qtbot: QtBot, make_screen, repositories: Repositories
) -> None:
    from PySide6.QtGui import QFont

    seed(repositories)
    screen = make_screen()
    for column in range(screen.model.columnCount()):
        screen.table.setColumnWidth(column, 20)  # narrow widths, saved when hidden
    screen.hide()
    base = QFont(QApplication.font())
    larger = QFont(base)
    larger.setPointSizeF(base.pointSizeF() * 1.3)
    QApplication.setFont(larger)
    try:
        again = make_screen()
        header = again.table.horizontalHeader()

        def cut() -> list[int]:
            return [
                column
                for column in (Column.DATE, Column.SEVERITY, Column.MUSCLE, Column.SIDE)
                if again.table.columnWidth(column)
                < max(again.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            ]

        qtbot.waitUntil(lambda: cut() == [])
        assert again.table.columnWidth(Column.DATE) > 60  # not the saved 20 px
    finally:
        QApplication.setFont(base)


def test_an_edit_is_undone_and_redone_with_the_buttons_and_the_status_line_follows(  # type: ignore[no-untyped-def]
    make_screen, repositories: Repositories, events: DataEvents, qtbot: QtBot
) -> None:
    from cramp_desktop.ui.episode.log_dialog import LogCrampDialog

    seed(repositories, count=3)
    screen = make_screen()
    screen.table.setFocus()
    screen.table.selectRow(0)
    before = screen.model.episode_at(0)
    assert not screen.undo_buttons.undo_button.isEnabled()
    screen.edit_current()
    dialog = screen.findChild(LogCrampDialog)
    qtbot.waitExposed(dialog)
    dialog.severity.spin.setValue(10 if before.severity != 10 else 1)
    with qtbot.waitSignal(events.episodes_changed):
        dialog.accept()
    changed = repositories.episodes.get(before.id or 0)
    assert changed is not None and changed.severity != before.severity
    assert screen.status_label.text().startswith("Episode changed.")

    with qtbot.waitSignal(events.episodes_changed):
        qtbot.mouseClick(screen.undo_buttons.undo_button, Qt.MouseButton.LeftButton)
    assert repositories.episodes.get(before.id or 0).severity == before.severity
    assert screen.status_label.text() == "Undone: Change episode."
    assert screen.undo_buttons.redo_button.isEnabled()

    with qtbot.waitSignal(events.episodes_changed):
        qtbot.mouseClick(screen.undo_buttons.redo_button, Qt.MouseButton.LeftButton)
    assert repositories.episodes.get(before.id or 0).severity == changed.severity
    assert screen.status_label.text() == "Redone: Change episode."
