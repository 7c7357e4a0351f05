"""The History filter bar: date range with presets, muscle, side, severity and notes search."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cramp_desktop.core.episode_query import EpisodeFilter
from cramp_desktop.core.episodes import Muscle, Side
from cramp_desktop.core.local_time import local_midnight
from cramp_desktop.core.stats import Period
from cramp_desktop.ui.common import code_label, from_qdate

SEARCH_DELAY_MS = 300
CHART_DEFAULT_DAYS = 90
_ALL, _LAST_30, _LAST_90, _CUSTOM = range(4)
_PRESET_DAYS = {_LAST_30: 30, _LAST_90: 90}


def day_start(day: dt.date) -> dt.datetime:
    """Local midnight at the start of `day`, timezone-aware."""
    return local_midnight(day)


class HistoryFilters(QWidget):
    """Emits `filter_changed` (an EpisodeFilter) whenever the user changes a filter."""

    filter_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._updating = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit)

        self.preset = QComboBox(self)
        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        self.muscle = QComboBox(self)
        self.muscle.addItem("", None)
        for muscle in Muscle:
            self.muscle.addItem(code_label(muscle), muscle)
        self.side = QComboBox(self)
        self.side.addItem("", None)
        for side in Side:
            self.side.addItem(code_label(side), side)
        self.min_severity = self._severity_spin(0)
        self.max_severity = self._severity_spin(10)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self)
        self._labels = {
            name: QLabel(self) for name in ("period", "to", "muscle", "severity", "dash", "search")
        }
        self._labels["period"].setBuddy(self.preset)
        self._labels["muscle"].setBuddy(self.muscle)
        self._labels["severity"].setBuddy(self.min_severity)
        self._labels["search"].setBuddy(self.search)
        self._lay_out()
        self._retranslate()
        self.preset.setCurrentIndex(_ALL)
        self._apply_preset(_ALL)

        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.start_edit.dateChanged.connect(self._dates_edited)
        self.end_edit.dateChanged.connect(self._dates_edited)
        self.muscle.currentIndexChanged.connect(self._emit)
        self.side.currentIndexChanged.connect(self._emit)
        self.min_severity.valueChanged.connect(self._severity_changed)
        self.max_severity.valueChanged.connect(self._severity_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._emit)  # Enter skips the wait
        self.clear_button.clicked.connect(self.clear)

    # -- public ---------------------------------------------------------------------
    def current_filter(self) -> EpisodeFilter:
        muscle = self.muscle.currentData()
        side = self.side.currentData()
        start = end = None
        if self.preset.currentIndex() != _ALL:
            start = day_start(from_qdate(self.start_edit.date()))
            end = day_start(from_qdate(self.end_edit.date()) + dt.timedelta(days=1))
        return EpisodeFilter(
            start=start,
            end=end,
            muscles=frozenset({Muscle(muscle)}) if muscle else frozenset(),
            sides=frozenset({Side(side)}) if side else frozenset(),
            min_severity=self.min_severity.value() or None,
            max_severity=None if self.max_severity.value() == 10 else self.max_severity.value(),
            text=self.search.text().strip(),
        )

    def chart_period(self, today: dt.date | None = None) -> Period:
        """The chosen date range, or the last 90 days when "All time" is chosen."""
        if self.preset.currentIndex() == _ALL:
            return Period.ending(today or dt.date.today(), CHART_DEFAULT_DAYS)
        return Period(from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date()))

    def chart_filter(self, period: Period) -> EpisodeFilter:
        """The current filter with its dates replaced by `period` (for the charts)."""
        return dataclasses.replace(
            self.current_filter(),
            start=day_start(period.first),
            end=day_start(period.last + dt.timedelta(days=1)),
        )

    def clear(self) -> None:
        self._updating = True
        self.preset.setCurrentIndex(_ALL)
        self._apply_preset(_ALL)
        self.muscle.setCurrentIndex(0)
        self.side.setCurrentIndex(0)
        self.min_severity.setValue(0)
        self.max_severity.setValue(10)
        self.search.clear()
        self._updating = False
        self._emit()

    # -- building ------------------------------------------------------------------------
    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMaximumDate(QDate.currentDate().addYears(1))
        return edit

    def _severity_spin(self, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 10)
        spin.setValue(value)
        return spin

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        dates = QHBoxLayout()
        for widget in (self.preset, self.start_edit, self._labels["to"], self.end_edit):
            dates.addWidget(widget)
        dates.addStretch(1)
        grid.addWidget(self._labels["period"], 0, 0)
        grid.addLayout(dates, 0, 1)
        grid.addWidget(self._labels["search"], 0, 2)
        grid.addWidget(self.search, 0, 3)
        others = QHBoxLayout()
        others.addWidget(self.muscle)
        others.addWidget(self.side)
        others.addSpacing(12)
        for item in (self._labels["severity"], self.min_severity, self._labels["dash"]):
            others.addWidget(item)
        others.addWidget(self.max_severity)
        others.addStretch(1)
        grid.addWidget(self._labels["muscle"], 1, 0)
        grid.addLayout(others, 1, 1)
        grid.addWidget(self.clear_button, 1, 3, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        presets = (
            self.tr("All time"),
            self.tr("Last 30 days"),
            self.tr("Last 90 days"),
            self.tr("Custom range"),
        )
        for index, text in enumerate(presets):
            if index < self.preset.count():
                self.preset.setItemText(index, text)
            else:
                self.preset.addItem(text)
        self.muscle.setItemText(0, self.tr("All muscles"))
        self.side.setItemText(0, self.tr("Both sides"))
        texts = {
            "period": self.tr("&Period:"),
            "to": self.tr("to"),
            "muscle": self.tr("&Muscle:"),
            "severity": self.tr("Severit&y:"),
            "dash": "–",
            "search": self.tr("Search &notes:"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.search.setPlaceholderText(self.tr("Words in your notes"))
        self.clear_button.setText(self.tr("Clear fil&ters"))
        names = {
            self.preset: self.tr("Period"),
            self.start_edit: self.tr("From date"),
            self.end_edit: self.tr("To date"),
            self.muscle: self.tr("Muscle"),
            self.side: self.tr("Side"),
            self.min_severity: self.tr("Lowest severity"),
            self.max_severity: self.tr("Highest severity"),
            self.search: self.tr("Search notes"),
            self.clear_button: self.tr("Clear filters"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)

    # -- reacting -------------------------------------------------------------------------
    def _apply_preset(self, index: int) -> None:
        today = QDate.currentDate()
        previous, self._updating = self._updating, True
        if index in _PRESET_DAYS:
            self.start_edit.setDate(today.addDays(1 - _PRESET_DAYS[index]))
            self.end_edit.setDate(today)
        elif index == _ALL:
            self.start_edit.setDate(today.addDays(1 - CHART_DEFAULT_DAYS))
            self.end_edit.setDate(today)
        self._updating = previous

    def _preset_chosen(self, index: int) -> None:
        self._apply_preset(index)
        self._emit()

    def _dates_edited(self) -> None:
        if self._updating:
            return
        if self.end_edit.date() < self.start_edit.date():
            self._updating = True
            sender = self.sender()
            other = self.end_edit if sender is self.start_edit else self.start_edit
            other.setDate(sender.date())  # type: ignore[attr-defined]
            self._updating = False
        self._updating = True
        self.preset.setCurrentIndex(_CUSTOM)
        self._updating = False
        self._emit()

    def _severity_changed(self) -> None:
        if self._updating:
            return
        if self.min_severity.value() > self.max_severity.value():
            self._updating = True
            if self.sender() is self.min_severity:
                self.max_severity.setValue(self.min_severity.value())
            else:
                self.min_severity.setValue(self.max_severity.value())
            self._updating = False
        self._emit()

    def _emit(self) -> None:
        if self._updating:
            return
        self._search_timer.stop()
        self.filter_changed.emit(self.current_filter())
