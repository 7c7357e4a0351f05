"""The History "Summary" tab: core.stats figures for the chosen period against the period
before it, and possible patterns (associations, never causes) once there is enough data."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.episode_query import EpisodeFilter
from cramp_desktop.core.stats import MIN_DAYS, Association, Period, PeriodStats, period_stats
from cramp_desktop.core.stats import trigger_associations as associations_of
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import (
    DataEvents,
    body_label,
    code_label,
    heading_label,
    named,
    scale_font,
    short_date,
)
from cramp_desktop.ui.history.filters import HistoryFilters, day_start

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


def _fill(text: str, *values: object) -> str:
    """`text` with %1, %2, ... replaced by `values` (whole numbers formatted per locale)."""
    for index, value in enumerate(values, start=1):
        shown = QLocale().toString(value) if isinstance(value, int) else str(value)
        text = text.replace(f"%{index}", shown)
    return text


def _number(value: float, decimals: int = 1) -> str:
    """Whole numbers without decimals ("4"), others with `decimals` ("4.5"), per locale."""
    rounded = round(value, decimals)
    if rounded == int(rounded):
        return QLocale().toString(int(rounded))
    return QLocale().toString(rounded, "f", decimals)


def _hour(hour: int) -> str:
    return QLocale().toString(QTime(hour % 24, 0), QLocale.FormatType.ShortFormat)


class HistorySummary(QWidget):
    """Figures for `filters.chart_period()` (the last 90 days by default) and the period of
    equal length before it. Reloads itself when shown after the filters or the data changed.
    Public: `refresh()`, `plain_text()`, `copy_button`, `scroll_area`."""

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        filters: HistoryFilters,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HistorySummary")
        self._repositories = repositories
        self._filters = filters
        self._stale = True
        self._lines: list[str] = []
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self._copy)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.viewport().setAutoFillBackground(False)  # the tab page's background
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        self._retranslate()
        filters.filter_changed.connect(self._mark_stale)
        for signal in (events.episodes_changed, events.days_changed, events.database_replaced):
            signal.connect(self._mark_stale)

    # -- public ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the chosen period and the one before it, and show their figures."""
        self._lines = []
        period = self._filters.chart_period()
        previous = period.previous()
        try:  # a day's margin each side: stats keep each episode on its own wall-clock day
            episodes = self._repositories.episodes.between(
                day_start(previous.first - dt.timedelta(days=1)),
                day_start(period.last + dt.timedelta(days=2)),
            )
            days = self._repositories.days.between(previous.first, period.last)
        except StorageError as error:
            self._show([self._label(user_text(error, QCoreApplication.translate))])
            return
        self._stale = False
        now = period_stats(episodes, days, period)
        before = period_stats(episodes, days, previous)
        sections = [self._intro(period, previous)]
        if now.days_logged == 0:
            empty = self.tr(
                "Nothing is logged for this period yet. Log cramps when they happen, and mark "
                "nights without cramps on the Today screen: the summary will appear here."
            )
            sections.append(self._label(empty))
        else:
            sections += [self._overview(now, before), *self._splits(now)]
            sections.append(self._patterns(associations_of(episodes, days, period)))
        self._show(sections)

    def plain_text(self) -> str:
        """Everything the tab shows, one item a line (also what "Copy summary" copies)."""
        return "\n".join(self._lines)

    # -- sections ----------------------------------------------------------------------
    def _intro(self, period: Period, previous: Period) -> QWidget:
        dates = (short_date(period.first), short_date(period.last))
        box, layout = self._section(_fill(self.tr("%1 to %2"), *dates))
        text = self.tr("Compared with the previous %1 days, %2 to %3.")
        if previous.days == 1:
            text = self.tr("Compared with the day before, %2.")
        dates = (short_date(previous.first), short_date(previous.last))
        layout.addWidget(self._label(_fill(text, previous.days, *dates)))
        current = self._filters.current_filter()
        if current != EpisodeFilter(start=current.start, end=current.end):
            note = self.tr(
                "The summary counts every episode in this period; the muscle, side, severity "
                "and search filters apply to the Episodes and Charts tabs only."
            )
            layout.addWidget(self._label(note))
        return box

    def _overview(self, now: PeriodStats, before: PeriodStats) -> QWidget:
        box, layout = self._section(self.tr("Overview"))
        grid = self._grid(layout)
        for column, text in enumerate(
            (self.tr("Measure"), self.tr("This period"), self.tr("Change"))
        ):
            grid.addWidget(self._label(text, bold=True, record=False), 0, column)
        logged = (now.days_logged, now.period.days, now.no_cramp_days)
        days_logged = _fill(self.tr("%1 of %2 days (“no cramps” days: %3)"), *logged)
        rows = [
            (self.tr("Episodes"), "episodes", "count"),
            (self.tr("Episodes per week"), "episodes_per_week", "count"),
            (self.tr("Cramp days"), "cramp_days", "count"),
            (self.tr("Nights with cramps"), "nights_with_cramps", "count"),
            (self.tr("Median severity"), "median_severity", "severity"),
            (self.tr("Highest severity"), "max_severity", "severity"),
            (self.tr("Median duration"), "median_duration_s", "duration"),
            (self.tr("Longest duration"), "max_duration_s", "duration"),
            (self.tr("Woke you from sleep"), "woke_share", "share"),
            (self.tr("Mean sleep disturbance"), "mean_sleep_disturbance", "severity"),
            (self.tr("Days logged"), "days_logged", "count"),
        ]
        for row, (caption, name, kind) in enumerate(rows, start=1):
            value = getattr(now, name)
            value_text = days_logged if name == "days_logged" else self._value(value, kind, name)
            change = self._change(value, getattr(before, name), kind, before)
            self._lines.append(f"{caption}: {value_text}; {change}")
            grid.addWidget(self._label(caption, record=False), row, 0)
            grid.addWidget(self._label(value_text, f"{caption}: {value_text}", False), row, 1)
            change_name = _fill(self.tr("%1, change: %2"), caption, change)
            grid.addWidget(self._label(change, change_name, False), row, 2)
        note = self.tr(
            "Numbers can go up and down by chance; a change does not show that something "
            "you tried worked."
        )
        layout.addWidget(self._label(note))
        return box

    def _splits(self, now: PeriodStats) -> list[QWidget]:
        total = max(now.episodes, 1)
        muscles = [(code_label(m), n) for m, n in now.by_muscle.items() if n]
        sides = [(code_label(s), n) for s, n in now.by_side.items() if n]
        busiest = sorted((h for h in range(24) if now.by_hour[h]), key=lambda h: -now.by_hour[h])
        to = self.tr("%1 to %2")
        hours = [(_fill(to, _hour(h), _hour(h + 1)), now.by_hour[h]) for h in busiest[:3]]
        sections = []
        for title, rows in (
            (self.tr("By muscle"), muscles),
            (self.tr("By side"), sides),
            (self.tr("Busiest hours of the day"), hours),
        ):
            if not rows:
                continue
            box, layout = self._section(title)
            grid = self._grid(layout)
            for row, (caption, count) in enumerate(rows):
                value = _fill(self.tr("%1 (%2% of episodes)"), count, round(100 * count / total))
                self._lines.append(f"{caption}: {value}")
                grid.addWidget(self._label(caption, record=False), row, 0)
                grid.addWidget(self._label(value, f"{title}, {caption}: {value}", False), row, 1)
            sections.append(box)
        return sections

    def _patterns(self, associations: list[Association]) -> QWidget:
        box, layout = self._section(self.tr("Possible patterns"))
        for item in associations:
            text = self.tr(
                "On days marked “%1” you logged cramps on %2 of %3 days; "
                "on other logged days, %4 of %5."
            )
            counts = (item.cramp_days_with, item.days_with, item.cramp_days_without)
            layout.addWidget(
                self._label(_fill(text, code_label(item.trigger), *counts, item.days_without))
            )
        if associations:
            disclaimer = self.tr(
                "These are associations in your own log, not proof of a cause. "
                "Discuss them with your doctor."
            )
            layout.addWidget(self._label(disclaimer, bold=True))
        else:
            text = self.tr(
                "There is not enough data yet to look for patterns: a possible trigger needs "
                "at least %1 logged days with it and %1 without it in this period."
            )
            layout.addWidget(self._label(_fill(text, MIN_DAYS)))
        return box

    # -- wording -----------------------------------------------------------------------
    def _value(self, value: float | None, kind: str, name: str) -> str:
        if value is None:
            if name == "mean_sleep_disturbance":
                return self.tr("not recorded")
            return self.tr("no episodes")
        if kind == "severity":
            return _fill(self.tr("%1 out of 10"), _number(value))
        if kind == "duration":
            return self._duration(value)
        if kind == "share":
            return _fill(self.tr("%1% of episodes"), round(100 * value))
        return _number(value)

    def _duration(self, seconds: float) -> str:
        total = round(seconds)
        if total < 60:
            return _fill(self.tr("%1 s"), total)
        if total < 3600:
            text = self.tr("%1 min %2 s") if total % 60 else self.tr("%1 min")
            return _fill(text, total // 60, total % 60)
        text = self.tr("%1 h %2 min") if total % 3600 // 60 else self.tr("%1 h")
        return _fill(text, total // 3600, total % 3600 // 60)

    def _change(self, now: float | None, before: float | None, kind: str, old: PeriodStats) -> str:
        if now is None:
            return ""
        if before is None or old.days_logged == 0:
            return self.tr("no data for the previous period")
        if kind == "share":
            now, before = round(100 * now), round(100 * before)
        difference = now - before
        shown = self._duration(abs(difference)) if kind == "duration" else _number(abs(difference))
        if difference == 0:
            return self.tr("no change")
        days = old.period.days
        period = _fill(self.tr("the previous %1 days"), days)
        if days == 1:
            period = self.tr("the day before")
        if shown in (_number(0), self._duration(0)):
            return _fill(self.tr("about the same as %1"), period)
        words = {
            "count": (self.tr("%1 more than %2"), self.tr("%1 fewer than %2")),
            "severity": (self.tr("%1 higher than %2"), self.tr("%1 lower than %2")),
            "duration": (self.tr("%1 longer than %2"), self.tr("%1 shorter than %2")),
            "share": (
                self.tr("%1 percentage points higher than %2"),
                self.tr("%1 percentage points lower than %2"),
            ),
        }[kind]
        return _fill(words[0 if difference > 0 else 1], shown, period)

    # -- building blocks -----------------------------------------------------------------
    def _section(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = named(heading_label(title, scale=1.15), title)
        heading.setTextInteractionFlags(_SELECTABLE)
        layout.addWidget(heading)
        self._lines.append(title)
        return box, layout

    def _grid(self, layout: QVBoxLayout) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 3)
        for column, stretch in enumerate((2, 2, 4)):  # room to spare: wrap only when narrow
            grid.setColumnStretch(column, stretch)
        layout.addLayout(grid)
        return grid

    def _label(self, text: str, name: str = "", record: bool = True, bold: bool = False) -> QLabel:
        label = named(body_label(text), name or text)
        label.setTextInteractionFlags(_SELECTABLE)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if bold:
            scale_font(label, 1.0, bold=True)
        if record:
            self._lines.append(text)
        return label

    def _show(self, sections: list[QWidget]) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(self.fontMetrics().lineSpacing())
        for section in sections:
            layout.addWidget(section)
        layout.addStretch(1)
        self.scroll_area.setWidget(body)  # deletes the previous body
        body.setAutoFillBackground(False)

    def _mark_stale(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._mark_stale()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.copy_button.setText(self.tr("&Copy summary"))
        self.copy_button.setAccessibleName(self.tr("Copy summary"))
        self.scroll_area.setAccessibleName(self.tr("Summary"))
