"""The History charts: values from core.stats, axes from zero with whole-number ticks."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QChartView, QScatterSeries, QValueAxis
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.core.stats import Period, period_stats, weekly_counts
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.history.charts import HistoryCharts
from cramp_desktop.ui.history.screen import CHARTS_TAB, HistoryScreen


def seed(repositories: Repositories, count: int = 40) -> list[Episode]:
    now = dt.datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
    return repositories.episodes.add_many(
        [
            Episode(
                started_at=now - dt.timedelta(days=(n * 7) % 80, hours=(n * 5) % 24),
                duration_s=90,
                severity=(n * 3) % 11,
                muscle=Muscle.CALF if n % 2 else Muscle.FOOT,
                side=Side.BOTH,
                context=Context.SLEEP,
            )
            for n in range(count)
        ]
    )


@pytest.fixture
def screen(qtbot: QtBot, repositories: Repositories, tmp_path: Path) -> HistoryScreen:
    seed(repositories)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    widget = HistoryScreen(repositories, DataEvents(), settings)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    widget.tabs.setCurrentIndex(CHARTS_TAB)
    return widget


def value_axis(view: QChartView) -> QValueAxis:
    [axis] = view.chart().axes(Qt.Orientation.Vertical)
    assert isinstance(axis, QValueAxis)
    return axis


def bar_values(view: QChartView) -> list[float]:
    [series] = view.chart().series()
    assert isinstance(series, QBarSeries)
    [bars] = series.barSets()
    return [bars.at(i) for i in range(bars.count())]


def assert_whole_number_ticks(axis: QValueAxis) -> None:
    assert axis.min() == 0
    assert axis.labelFormat() == "%d"
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    assert step == int(step) and step >= 1


def test_bars_equal_core_stats_for_all_time(
    screen: HistoryScreen, repositories: Repositories
) -> None:
    charts = screen.charts()
    assert charts is not None and not charts.is_empty()
    episodes = repositories.episodes.all()
    # "All time" (the default) runs from the diary's first day to today.
    period = Period(min(e.started_at.date() for e in episodes), dt.date.today())
    assert screen.filters.chart_period() == period
    weekly = weekly_counts(episodes, period)
    assert bar_values(charts.weekly_view) == [float(count) for _, count in weekly]
    hourly = period_stats(episodes, (), period).by_hour
    assert bar_values(charts.hourly_view) == [float(count) for count in hourly]
    for view in (charts.weekly_view, charts.hourly_view):
        assert_whole_number_ticks(value_axis(view))
        assert value_axis(view).max() >= max(bar_values(view))
    severity = value_axis(charts.severity_view)
    assert (severity.min(), severity.max()) == (0, 10)
    [points] = charts.severity_view.chart().series()
    assert isinstance(points, QScatterSeries)
    assert points.count() == 40


def test_charts_follow_the_filters_and_describe_themselves(screen: HistoryScreen) -> None:
    charts = screen.charts()
    assert charts is not None
    assert "40" in charts.weekly_view.accessibleDescription()
    assert charts.weekly_view.accessibleName() == "Episodes per week"
    combo = screen.filters.muscle
    combo.setCurrentIndex(combo.findData(Muscle.CALF))
    assert sum(bar_values(charts.weekly_view)) == 20
    assert "20" in charts.weekly_view.accessibleDescription()


def test_empty_state_without_data(qtbot: QtBot) -> None:
    charts = HistoryCharts()
    qtbot.addWidget(charts)
    charts.show()
    charts.show_data([], Period.ending(dt.date(2025, 3, 31), 90))
    assert charts.is_empty()
    assert charts.empty_label.isVisible()
    assert "nothing to chart" in charts.empty_label.text()


@pytest.mark.parametrize(("busiest", "top", "ticks"), [(1, 1, 2), (4, 4, 5), (13, 15, 4)])
def test_a_count_axis_ticks_every_whole_step(
    qtbot: QtBot, busiest: int, top: int, ticks: int
) -> None:
    charts = HistoryCharts()
    qtbot.addWidget(charts)
    period = Period(dt.date(2025, 3, 3), dt.date(2025, 3, 16))
    night = dt.datetime(2025, 3, 4, 2, 0).astimezone()
    busy_week = [
        Episode(night + dt.timedelta(minutes=n), 60, 5, Muscle.CALF, Side.LEFT, Context.SLEEP)
        for n in range(busiest)
    ]
    charts.show_data(busy_week, period)
    assert bar_values(charts.weekly_view) == [float(busiest), 0.0]
    axis = value_axis(charts.weekly_view)
    assert (axis.max(), axis.tickCount()) == (top, ticks)  # 13 -> 0, 5, 10, 15
    assert_whole_number_ticks(axis)


def test_history_screen_module_does_not_load_qtcharts() -> None:
    code = "import sys, cramp_desktop.ui.history.screen; print('PySide6.QtCharts' in sys.modules)"
    import subprocess

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
