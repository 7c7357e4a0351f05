"""The episode table model against a real SQLite database, without a window."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from cramp_desktop.core.episode_query import EpisodeFilter, EpisodeOrder, EpisodeSortKey
from cramp_desktop.core.episodes import Context, Episode, Muscle, Side, Trigger
from cramp_desktop.core.labels import LABEL_CONTEXT, MINUTES_SECONDS
from cramp_desktop.storage.repositories import EpisodeRepository, Repositories
from cramp_desktop.ui.history.table_model import (
    PAGE_SIZE,
    Column,
    EpisodeTableModel,
)

ZONE = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2025, 1, 1, 22, 30, tzinfo=ZONE)
MUSCLES = list(Muscle)


def make_episode(number: int) -> Episode:
    return Episode(
        started_at=START + dt.timedelta(hours=7 * number),
        duration_s=30 + (number * 37) % 600,
        severity=number % 11,
        muscle=MUSCLES[number % len(MUSCLES)],
        side=Side.LEFT if number % 2 else Side.RIGHT,
        context=Context.SLEEP,
        triggers=frozenset({Trigger.ALCOHOL, Trigger.CAFFEINE}) if number % 3 == 0 else frozenset(),
        notes=f"note {number}\nsecond line" if number % 5 == 0 else "",
    )


class CountingEpisodes:
    """The real repository, counting the calls the model makes (not a mock)."""

    def __init__(self, real: EpisodeRepository) -> None:
        self.real = real
        self.counts = 0
        self.pages: list[tuple[int, int]] = []

    def count(self, filters: EpisodeFilter | None = None) -> int:
        self.counts += 1
        return self.real.count(filters)

    def page(self, offset: int, limit: int, *args: Any, **kwargs: Any) -> list[Episode]:
        self.pages.append((offset, limit))
        return self.real.page(offset, limit, *args, **kwargs)


@pytest.fixture
def seeded(repositories: Repositories) -> Repositories:
    repositories.episodes.add_many([make_episode(n) for n in range(450)])
    return repositories


def column_texts(model: EpisodeTableModel, column: Column) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_model_passes_qt_model_tester(qapp: QApplication, repositories: Repositories) -> None:
    repositories.episodes.add_many([make_episode(n) for n in range(30)])
    model = EpisodeTableModel(repositories.episodes)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.sort(Column.SEVERITY, Qt.SortOrder.AscendingOrder)
    model.set_filter(EpisodeFilter(muscles=frozenset({Muscle.CALF})))
    model.refresh()
    assert model.rowCount() == repositories.episodes.count(model.filter())


def test_opening_5000_episodes_reads_only_the_pages_shown(
    qapp: QApplication, repositories: Repositories
) -> None:
    repositories.episodes.add_many([make_episode(n) for n in range(5000)])
    source = CountingEpisodes(repositories.episodes)
    model = EpisodeTableModel(source)
    assert model.rowCount() == 5000
    for row in range(40):  # what a view shows on its first screen
        for column in Column:
            model.data(model.index(row, column))
    assert source.pages == [(0, PAGE_SIZE)]
    model.data(model.index(4999, Column.DATE))  # jump to the end: one more page
    assert source.pages == [(0, PAGE_SIZE), (4999 // PAGE_SIZE * PAGE_SIZE, PAGE_SIZE)]
    assert source.counts == 1


def test_rows_follow_the_repository_order_across_pages(
    qapp: QApplication, seeded: Repositories
) -> None:
    model = EpisodeTableModel(seeded.episodes)
    expected = seeded.episodes.page(0, 450)  # newest first
    assert [model.episode_at(row).id for row in range(450)] == [e.id for e in expected]
    with pytest.raises(IndexError):
        model.episode_at(450)


@pytest.mark.parametrize(
    ("column", "key"),
    [
        (Column.DATE, EpisodeSortKey.STARTED_AT),
        (Column.DURATION, EpisodeSortKey.DURATION),
        (Column.SEVERITY, EpisodeSortKey.SEVERITY),
        (Column.MUSCLE, EpisodeSortKey.MUSCLE),
        (Column.SIDE, EpisodeSortKey.SIDE),
        (Column.SLEEP, EpisodeSortKey.SLEEP_DISTURBANCE),
    ],
)
@pytest.mark.parametrize("qt_order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_goes_through_the_repository(
    qapp: QApplication,
    seeded: Repositories,
    column: Column,
    key: EpisodeSortKey,
    qt_order: Qt.SortOrder,
) -> None:
    model = EpisodeTableModel(seeded.episodes)
    model.sort(column, qt_order)
    order = EpisodeOrder(key, descending=qt_order == Qt.SortOrder.DescendingOrder)
    assert model.order() == order
    expected = seeded.episodes.page(0, 450, order)
    assert [model.episode_at(row).id for row in range(450)] == [e.id for e in expected]


def test_unsortable_columns_keep_the_order(qapp: QApplication, seeded: Repositories) -> None:
    model = EpisodeTableModel(seeded.episodes)
    model.sort(Column.NOTES, Qt.SortOrder.AscendingOrder)
    assert model.order() == EpisodeOrder()
    assert not model.is_sortable(Column.NOTES)


def test_filters_match_the_repository(qapp: QApplication, seeded: Repositories) -> None:
    model = EpisodeTableModel(seeded.episodes)
    filters = EpisodeFilter(
        start=START + dt.timedelta(days=10),
        end=START + dt.timedelta(days=80),
        muscles=frozenset({Muscle.CALF, Muscle.FOOT}),
        min_severity=3,
        max_severity=8,
    )
    model.set_filter(filters)
    expected = seeded.episodes.page(0, 1000, None, filters)
    assert 0 < model.rowCount() == len(expected) < 450
    assert [model.episode_at(row).id for row in range(model.rowCount())] == [e.id for e in expected]
    model.set_filter(EpisodeFilter(text="NOTE 45"))
    assert [model.episode_at(0).notes] == ["note 45\nsecond line"]
    assert model.rowCount() == 1


def test_cells_show_translated_labels_and_locale_formats(
    qapp: QApplication, repositories: Repositories
) -> None:
    repositories.episodes.add(make_episode(0))
    model = EpisodeTableModel(repositories.episodes)
    cell = {column: model.data(model.index(0, column)) for column in Column}
    assert cell[Column.MUSCLE] == "Calf"
    assert cell[Column.SIDE] == "Right"
    assert cell[Column.CONTEXT] == "Woke me from sleep"
    assert cell[Column.TRIGGERS] == "Alcohol, Caffeine"
    assert cell[Column.NOTES] == "note 0"  # the first line only
    assert cell[Column.DURATION] == "30 s"
    assert cell[Column.SLEEP] == ""
    assert "22" in cell[Column.TIME] or "10" in cell[Column.TIME]
    assert model.data(model.index(0, Column.NOTES), Qt.ItemDataRole.ToolTipRole) == (
        "note 0\nsecond line"
    )
    assert model.headerData(Column.SEVERITY, Qt.Orientation.Horizontal) == "Severity"
    assert model.data(QModelIndex()) is None


class GermanDurations(QTranslator):
    """A stand-in translation of the shared duration label, without a .qm file."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source) == (LABEL_CONTEXT, MINUTES_SECONDS):
            return "%1 Min. %2 Sek."
        return None

    def isEmpty(self) -> bool:
        return False  # else Qt skips a translator with no .qm loaded


def test_durations_use_the_shared_translated_labels(
    qapp: QApplication, repositories: Repositories
) -> None:
    for seconds in (45, 120, 125):
        repositories.episodes.add(dataclasses.replace(make_episode(0), duration_s=seconds))
    model = EpisodeTableModel(repositories.episodes)
    model.sort(Column.DURATION, Qt.SortOrder.AscendingOrder)

    def durations() -> list[str]:
        return [model.data(model.index(row, Column.DURATION)) for row in range(3)]

    assert durations() == ["45 s", "2 min", "2 min 05 s"]  # seconds after minutes: 2 digits
    german = GermanDurations()
    QCoreApplication.installTranslator(german)
    try:
        assert durations()[2] == "2 Min. 05 Sek."
    finally:
        QCoreApplication.removeTranslator(german)


def test_refresh_sees_new_rows(qapp: QApplication, repositories: Repositories) -> None:
    model = EpisodeTableModel(repositories.episodes)
    assert model.rowCount() == 0
    repositories.episodes.add(make_episode(1))
    assert model.rowCount() == 0  # cached until told
    model.refresh()
    assert model.rowCount() == 1
