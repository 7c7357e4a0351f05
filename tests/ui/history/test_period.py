"""One period everywhere: History's presets are the Report's, "All time" means all (the date
fields show it), Summary and Charts follow the choice, and Today, History and the report
print the same figures for the same period."""
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.core.periods import PRESETS, preset_index
from cramp_desktop.core.stats import Period
from cramp_desktop.report.collect import collect_report_data
from cramp_desktop.report.document import render_report
from cramp_desktop.report.model import ReportOptions, ReportSection
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.history.screen import CHARTS_TAB, SUMMARY_TAB, HistoryScreen
from cramp_desktop.ui.report.options import ReportOptionsPanel
from cramp_desktop.ui.today.screen import TodayScreen
from tests.report.conftest import pdf_pages

TODAY = dt.date.today()


def back(days: int, hour: int = 3) -> dt.datetime:
    return dt.datetime.combine(TODAY - dt.timedelta(days=days), dt.time(hour, 5)).astimezone()


def cramp(days_back: int, hour: int = 3) -> Episode:
    return Episode(
        started_at=back(days_back, hour),
        duration_s=60,
        severity=5,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
    )


def gapped_diary(repositories: Repositories) -> None:
    """Cramps 200-122 days ago every third day; 59-41 days ago every other day; a gap of 22
    days; then 18-2 days ago every fourth day (two 2 days ago), a "no cramps" 5 days ago."""
    days = [*range(200, 119, -3), *range(59, 39, -2), *range(18, -1, -4)]
    repositories.episodes.add_many([cramp(d) for d in days] + [cramp(2, hour=22)])
    repositories.days.mark_no_cramps(TODAY - dt.timedelta(days=5))


def figure(lines: list[str], caption: str) -> str:
    """The value of a summary line "caption: value; change"."""
    line = next(line for line in lines if line.startswith(f"{caption}: "))
    return line.removeprefix(f"{caption}: ").split(";")[0]


def history(qtbot: QtBot, repositories: Repositories, tmp_path: Path) -> HistoryScreen:
    settings = QSettings(str(tmp_path / "history.ini"), QSettings.Format.IniFormat)
    screen = HistoryScreen(repositories, DataEvents(), settings)
    qtbot.addWidget(screen)
    screen.resize(1000, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_the_same_presets_in_history_and_the_report(
    qtbot: QtBot, repositories: Repositories, tmp_path: Path
) -> None:
    screen = history(qtbot, repositories, tmp_path)
    settings = QSettings(str(tmp_path / "report.ini"), QSettings.Format.IniFormat)
    panel = ReportOptionsPanel(settings, "en", lambda: TODAY)
    qtbot.addWidget(panel)
    texts = [screen.filters.preset.itemText(i) for i in range(screen.filters.preset.count())]
    assert texts == [panel.range_box.itemText(i) for i in range(panel.range_box.count())]
    assert texts == [
        "Last 2 weeks",
        "Last 30 days",
        "Last 90 days",
        "Last 12 months",
        "All time",
        "Custom range",
    ]
    assert [p.label for p in PRESETS] == texts
    # The side filter's "any" is not called "Both sides": "Both legs" is one of its choices.
    sides = [screen.filters.side.itemText(i) for i in range(screen.filters.side.count())]
    assert sides[0] == "Any side" and "Both legs" in sides and "Both sides" not in sides


def test_all_time_means_all_in_summary_charts_and_date_fields(
    qtbot: QtBot, repositories: Repositories, tmp_path: Path
) -> None:
    gapped_diary(repositories)
    screen = history(qtbot, repositories, tmp_path)
    filters = screen.filters
    assert filters.preset.currentText() == "All time"
    first = TODAY - dt.timedelta(days=200)
    assert filters.start_edit.date().toPython() == first  # the range in force
    assert filters.end_edit.date().toPython() == TODAY
    assert filters.chart_period() == Period(first, TODAY)
    screen.tabs.setCurrentIndex(SUMMARY_TAB)
    short = QLocale().toString(filters.start_edit.date(), QLocale.FormatType.ShortFormat)
    assert screen.summary.plain_text().splitlines()[0].startswith(short)
    assert "Episodes: 43" in screen.summary.plain_text().splitlines()  # 27 + 10 + 5 + 1
    screen.tabs.setCurrentIndex(CHARTS_TAB)
    charts = screen.charts()
    assert charts is not None
    assert "43" in charts.weekly_view.accessibleDescription()
    # A preset moves the dates, and the summary and the charts with them.
    filters.preset.setCurrentIndex(preset_index("30"))
    assert filters.start_edit.date().toPython() == TODAY - dt.timedelta(days=29)
    assert "6" in charts.weekly_view.accessibleDescription()  # 18, 14, 10, 6, 2 (twice), 0
    screen.tabs.setCurrentIndex(SUMMARY_TAB)
    assert figure(screen.summary.plain_text().splitlines(), "Episodes") == "6"


def test_today_history_and_the_report_agree_to_the_digit(
    qtbot: QtBot, repositories: Repositories, tmp_path: Path
) -> None:
    gapped_diary(repositories)
    settings = QSettings(str(tmp_path / "today.ini"), QSettings.Format.IniFormat)
    today = TodayScreen(repositories, DataEvents(), settings, today=lambda: TODAY)
    qtbot.addWidget(today)
    month = today.tiles[1]
    screen = history(qtbot, repositories, tmp_path)
    screen.filters.preset.setCurrentIndex(preset_index("30"))
    screen.tabs.setCurrentIndex(SUMMARY_TAB)
    summary = screen.summary.plain_text().splitlines()
    options = ReportOptions(Period.ending(TODAY, 30), sections=frozenset({ReportSection.SUMMARY}))
    now = dt.datetime.combine(TODAY, dt.time(12, 0)).astimezone()
    data = collect_report_data(repositories, options, now)
    page = " ".join(" ".join(pdf_pages(render_report(data)[0])).split())
    # Counted by hand: the last 30 days hold 6 cramps on 5 days (18, 14, 10, 6, 2 days ago,
    # two on the 2nd), a "no cramps" 5 days ago; kept from 18 days ago to today (19 days;
    # 29-19 days ago lie in the 22-day gap). Per week: 6 / 19 * 7 = 2.2; 5 / 19 * 7 = 1.8.
    assert (month.episodes.text(), month.cramp_days.text()) == ("6", "5")
    assert month.logged.text() == "Diary kept on 19 of 30 days"
    assert (figure(summary, "Episodes"), figure(summary, "Cramp days")) == ("6", "5")
    assert figure(summary, "Episodes per week") == "2.2"
    assert figure(summary, "Cramp days per week") == "1.8"
    assert any(line.startswith("Diary kept: 19 of 30 days") for line in summary)
    assert (
        "Episodes 6 10 Cramp days 5 10 Episodes per week 2.2 3.7 Cramp days per week 1.8 3.7"
        in (page)
    )
    assert ": 19 of 30 days." in page
    # The 30 days before are kept on 19 of them (59-41 days ago), 10 cramps: 3.7 a week.
    assert month.change.text() == "2.2 cramps a week, against 3.7 in the 30 days before."
    assert "Episodes per week: 2.2; 1.5 fewer than the previous 30 days" in summary
