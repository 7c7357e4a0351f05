"""Charts of the History screen (QtCharts is imported only here, when the tab first opens)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMargins, Qt, QTime
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from cramp_desktop.core.episodes import Episode
from cramp_desktop.core.stats import (
    Period,
    count_axis,
    period_stats,
    severity_series,
    weekly_counts,
)
from cramp_desktop.core.translation import fill
from cramp_desktop.locales import day_month
from cramp_desktop.ui.common import body_label, heading_label, short_date, to_qdate


def _number(value: int) -> str:
    return QLocale().toString(value)


def _hour(hour: int) -> str:
    return QLocale().toString(QTime(hour % 24, 0), QLocale.FormatType.ShortFormat)


class HistoryCharts(QWidget):
    """Episodes per week, severity over time and time of day for a period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryCharts")
        self._episodes: list[Episode] = []
        self._period: Period | None = None
        self._live: dict[QChartView, QChart] = {}
        self.period_label = heading_label(scale=1.15, parent=self)
        self.note_label = body_label(parent=self)
        self.empty_label = body_label(parent=self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.weekly_view = self._view()
        self.severity_view = self._view()
        self.hourly_view = self._view()
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        for view in (self.weekly_view, self.severity_view, self.hourly_view):
            charts_layout.addWidget(view)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(charts)
        scroll.setAccessibleName(self.tr("Charts"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.pages, 1)

    # -- public ----------------------------------------------------------------------
    def show_data(self, episodes: Sequence[Episode], period: Period) -> None:
        """Draw the charts for `episodes` (already filtered) over `period`."""
        self._episodes = list(episodes)
        self._period = period
        self._rebuild()

    def is_empty(self) -> bool:
        return self.pages.currentIndex() == 0

    # -- building --------------------------------------------------------------------
    def _view(self) -> QChartView:
        view = QChartView(self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers can reach the summary
        view.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        return view

    def _rebuild(self) -> None:
        period = self._period
        if period is None:
            return
        self.period_label.setText(
            fill(self.tr("%1 to %2"), (short_date(period.first), short_date(period.last)))
        )
        self.note_label.setText(self.tr("The charts show the episodes that match the filters."))
        in_period = [
            e for e in self._episodes if period.first <= e.started_at.date() <= period.last
        ]
        if not in_period:
            self.empty_label.setText(
                self.tr("No episodes in this period, so there is nothing to chart yet.")
            )
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        self._weekly_chart(in_period, period)
        self._severity_chart(in_period, period)
        self._hourly_chart(in_period, period)

    def _weekly_chart(self, episodes: list[Episode], period: Period) -> None:
        weeks = weekly_counts(episodes, period)
        bars = QBarSet(self.tr("Episodes"))
        bars.append([float(count) for _, count in weeks])
        categories = [day_month(QLocale(), first) for first, _ in weeks]
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        busiest_start, busiest = max(weeks, key=lambda week: week[1])
        summary = " ".join(
            (
                fill(
                    self.tr("Episodes from %1 to %2: %3."),
                    (short_date(period.first), short_date(period.last), _number(len(episodes))),
                ),
                fill(
                    self.tr("The busiest week began on %1 (episodes: %2)."),
                    (short_date(busiest_start), _number(busiest)),
                ),
            )
        )
        self._show_bars(
            self.weekly_view,
            self.tr("Episodes per week"),
            self.tr("Week starting"),
            bars,
            x_axis,
            summary,
        )

    def _hourly_chart(self, episodes: list[Episode], period: Period) -> None:
        by_hour = period_stats(episodes, (), period).by_hour
        bars = QBarSet(self.tr("Episodes"))
        bars.append([float(count) for count in by_hour])
        x_axis = QBarCategoryAxis()
        x_axis.append([str(hour) for hour in range(24)])
        peak = max(range(24), key=lambda hour: by_hour[hour])
        summary = fill(
            self.tr("Most episodes started between %1 and %2 (episodes: %3)."),
            (_hour(peak), _hour(peak + 1), _number(by_hour[peak])),
        )
        self._show_bars(
            self.hourly_view,
            self.tr("Time of day"),
            self.tr("Hour of the day"),
            bars,
            x_axis,
            summary,
        )

    def _severity_chart(self, episodes: list[Episode], period: Period) -> None:
        points = severity_series(episodes, period)
        series = QScatterSeries()
        series.setName(self.tr("Severity"))
        size = max(8.0, self.fontMetrics().height() * 0.6)
        series.setMarkerSize(size)
        for moment, severity in points:
            series.append(float(moment.timestamp() * 1000), float(severity))
        chart = self._chart(self.tr("Severity over time"))
        chart.addSeries(series)
        x_axis = QDateTimeAxis()
        x_axis.setFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        start = QDateTime(to_qdate(period.first), QTime(0, 0))
        end = QDateTime(to_qdate(period.last).addDays(1), QTime(0, 0))
        x_axis.setRange(start, end)
        x_axis.setTickCount(5)
        y_axis = QValueAxis()
        y_axis.setRange(0, 10)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Severity (0–10)"))
        x_axis.setTitleText(self.tr("Date"))
        self._attach(chart, series, x_axis, y_axis)
        series.setColor(self.palette().color(QPalette.ColorRole.Highlight))
        series.setBorderColor(self.palette().color(QPalette.ColorRole.Text))
        values = [severity for _, severity in points]
        latest_at, latest = points[-1]
        summary = " ".join(
            (
                fill(
                    self.tr("Severity ranged from %1 to %2 out of 10."),
                    (_number(min(values)), _number(max(values))),
                ),
                fill(
                    self.tr("The latest, on %1, was %2."),
                    (short_date(latest_at.date()), _number(latest)),
                ),
            )
        )
        self._finish(self.severity_view, chart, self.tr("Severity over time"), summary)

    # -- shared styling ------------------------------------------------------------------
    def _show_bars(
        self,
        view: QChartView,
        title: str,
        x_title: str,
        bars: QBarSet,
        x_axis: QBarCategoryAxis,
        summary: str,
    ) -> None:
        palette = self.palette()
        bars.setColor(palette.color(QPalette.ColorRole.Highlight))
        bars.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        series = QBarSeries()
        series.append(bars)
        chart = self._chart(title)
        chart.addSeries(series)
        top, step = count_axis(max((bars.at(i) for i in range(bars.count())), default=0))
        y_axis = QValueAxis()
        y_axis.setRange(0, top)
        y_axis.setTickCount(top // step + 1)  # a tick on every step, 0 and top included
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Episodes"))
        x_axis.setTitleText(x_title)
        self._attach(chart, series, x_axis, y_axis)
        self._finish(view, chart, title, summary)

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        palette = self.palette()
        chart.setBackgroundBrush(palette.base())
        chart.setBackgroundPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        chart.setTitleBrush(palette.text())
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(self.font().pointSizeF() * 1.1)
        chart.setTitleFont(title_font)
        return chart

    def _attach(
        self, chart: QChart, series: QAbstractSeries, x_axis: QAbstractAxis, y_axis: QValueAxis
    ) -> None:
        palette = self.palette()
        text, grid = palette.text(), palette.color(QPalette.ColorRole.Mid)
        for axis, alignment in (
            (x_axis, Qt.AlignmentFlag.AlignBottom),
            (y_axis, Qt.AlignmentFlag.AlignLeft),
        ):
            axis.setLabelsBrush(text)
            axis.setTitleBrush(text)
            axis.setLabelsFont(self.font())
            if isinstance(axis, QBarCategoryAxis) and axis.count() > 12:
                small = QFont(self.font())  # many bars: slightly smaller labels still fit
                small.setPointSizeF(self.font().pointSizeF() * 0.85)
                axis.setLabelsFont(small)
            axis.setTitleFont(self.font())
            axis.setGridLineColor(grid)
            axis.setLinePenColor(palette.color(QPalette.ColorRole.Text))
            chart.addAxis(axis, alignment)
            series.attachAxis(axis)

    def _finish(self, view: QChartView, chart: QChart, title: str, summary: str) -> None:
        view.setChart(chart)
        self._live[view] = chart  # the view does not own its chart; the old one goes now
        view.setAccessibleName(title)
        view.setAccessibleDescription(summary)
        view.setToolTip(summary)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.LanguageChange,
            QEvent.Type.FontChange,
        ):
            self._rebuild()
        super().changeEvent(event)
