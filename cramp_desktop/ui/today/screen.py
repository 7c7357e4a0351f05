"""Today, the home screen: anything in recent entries that needs a doctor, the "Last night?"
card, a big "Log a cramp" button, the last 7 and 30 days, and the checklist status."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import preferences
from cramp_desktop.core.episodes import Episode
from cramp_desktop.core.red_flags import FREQUENT_WINDOW_DAYS, episode_red_flags
from cramp_desktop.core.stats import Period, PeriodStats, comparable, period_stats
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.errors import StorageError
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.checklist import ChecklistStatus
from cramp_desktop.ui.common import (
    DataEvents,
    FieldMessage,
    at_local,
    body_label,
    format_date,
    heading_label,
    local_now,
    named,
    scale_font,
    width_capped,
)
from cramp_desktop.ui.episode import LogCrampDialog
from cramp_desktop.ui.experiments import AdherenceCard
from cramp_desktop.ui.today.flag_panels import FLAG_DAYS, FlagPanel, flag_panels
from cramp_desktop.ui.today.last_night_card import LastNightCard

TILE_DAYS = (7, 30)
LOG_SHORTCUT = "Ctrl+N"


class PeriodTile(QFrame):
    """Cramps and cramp days in the last `days` days, and cramps a week (over the days the
    diary was kept) against the days before when both are kept well enough to compare."""

    def __init__(self, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days = days
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading_label(scale=1.2)
        self.episodes_caption = body_label()
        self.episodes = heading_label(scale=1.8, heading=False)
        self.cramp_days_caption = body_label()
        self.cramp_days = heading_label(scale=1.8, heading=False)
        self.change = body_label()
        self.logged = body_label()
        grid = QGridLayout(self)
        grid.setContentsMargins(20, 16, 20, 16)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.episodes_caption, 1, 0)
        grid.addWidget(self.cramp_days_caption, 1, 1)
        grid.addWidget(self.episodes, 2, 0)
        grid.addWidget(self.cramp_days, 2, 1)
        grid.addWidget(self.change, 3, 0, 1, 2)
        grid.addWidget(self.logged, 4, 0, 1, 2)
        grid.setRowStretch(5, 1)

    def show_stats(self, current: PeriodStats, previous: PeriodStats) -> None:
        locale, days = QLocale(), str(self.days)
        self.title.setText(fill(self.tr("Last %1 days"), [days]))
        self.episodes_caption.setText(self.tr("Cramps"))
        self.cramp_days_caption.setText(self.tr("Cramp days"))
        self.episodes.setText(locale.toString(current.episodes))
        self.cramp_days.setText(locale.toString(current.cramp_days))
        self.change.setText(self._change(current, previous))
        self.logged.setText(
            fill(
                self.tr("Diary kept on %1 of %2 days"),
                (locale.toString(current.observed_days), days),
            )
        )
        self.setAccessibleName(self.title.text())  # then the description below
        self.setAccessibleDescription(
            " ".join(
                label.text()
                for label in (self.episodes_caption, self.episodes, self.cramp_days_caption)
            )
            + f" {self.cramp_days.text()}. {self.change.text()} {self.logged.text()}"
        )

    def _change(self, current: PeriodStats, previous: PeriodStats) -> str:
        days = str(self.days)
        if current.observed_days == 0:
            return self.tr("Nothing logged in these days.")
        if not current.coverage.mostly_observed:
            return fill(self.tr("Too few days kept to compare with the %1 days before."), [days])
        if not comparable(current, previous):
            text = self.tr("Not compared: the diary was kept on %1 of the %2 days before.")
            return fill(text, (QLocale().toString(previous.observed_days), days))
        rates = (current.episodes_per_week or 0.0, previous.episodes_per_week or 0.0)
        text = self.tr("%1 cramps a week, against %2 in the %3 days before.")
        return fill(text, (*(QLocale().toString(rate, "f", 1) for rate in rates), days))


class TodayScreen(QWidget):
    """The home screen. Public: `open_log_dialog()` (the window's Ctrl+N calls it),
    `refresh()`, and `request_screen` (a screen key such as "checklist" or "history")."""

    request_screen = Signal(str)

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        settings: QSettings,
        *,
        today: Callable[[], dt.date] | None = None,
        now: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TodayScreen")
        self._repositories = repositories
        self._events = events
        self._settings = settings
        self._now = now or local_now
        self._today = today or (lambda: self._now().date())
        self._build()
        self._retranslate()
        # Not database_replaced: the window builds its screens anew before that is emitted.
        for signal in (
            events.episodes_changed,
            events.days_changed,
            events.assessments_changed,
            events.experiments_changed,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.heading = heading_label(scale=1.6)
        self.date_label = body_label()
        self.attention = QFrame()
        self.attention_heading = heading_label(scale=1.3)
        self.attention_note = body_label()
        self._flag_column = QVBoxLayout()
        self._flag_column.setSpacing(12)
        attention = QVBoxLayout(self.attention)
        attention.setContentsMargins(0, 0, 0, 0)
        attention.addWidget(self.attention_heading)
        attention.addWidget(self.attention_note)
        attention.addLayout(self._flag_column)
        self.flag_panels: list[FlagPanel] = []
        self.last_night = LastNightCard(
            self._repositories, self._events, self._settings, today=self._today, now=self._now
        )
        self.adherence = AdherenceCard(self._repositories, self._events, self._today)
        self.log_button = QPushButton()
        self.last_night.answered.connect(lambda: self.log_button.setFocus())
        scale_font(self.log_button, 1.4, bold=True)
        self.log_button.setMinimumHeight(self.log_button.fontMetrics().height() * 3)
        self.log_button.clicked.connect(self.open_log_dialog)
        self.tiles = [PeriodTile(days) for days in TILE_DAYS]
        self.checklist_status = ChecklistStatus(self._repositories, self._now, self._settings)
        self.checklist_status.open_checklist.connect(lambda: self.request_screen.emit("checklist"))
        self.history_button = QPushButton()
        self.history_button.clicked.connect(lambda: self.request_screen.emit("history"))
        self.read_problem = FieldMessage()

        tiles = QHBoxLayout()
        tiles.setSpacing(16)
        for tile in self.tiles:
            tiles.addWidget(tile, 1)
        links = QHBoxLayout()
        links.addWidget(self.history_button)
        links.addStretch(1)
        content = QWidget()
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * 110)
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(20)
        column.addWidget(self.heading)
        column.addWidget(self.date_label)
        column.addWidget(self.read_problem)
        for widget in (self.attention, self.last_night, self.adherence, self.log_button):
            column.addWidget(widget)
        column.addLayout(tiles)
        column.addWidget(self.checklist_status)
        column.addLayout(links)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(width_capped(content))
        # Not a Tab stop of its own: Tab reaches every control inside, and the area
        # scrolls each into view.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Today"))
        self.setAccessibleName(self.tr("Today"))
        self.attention_heading.setText(self.tr("Needs attention"))
        self.attention_note.setText(
            fill(
                self.tr(
                    "Your entries of the last %1 days, or your latest checklist, mention "
                    "something a doctor should know about. This is not a diagnosis."
                ),
                [str(FLAG_DAYS)],
            )
        )
        keys = QKeySequence(LOG_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        named(self.log_button, self.tr("Log a cramp")).setText(self.tr("Log a cramp"))
        self.log_button.setToolTip(fill(self.tr("Log a cramp (%1)"), [keys]))
        named(self.history_button, self.tr("See your history")).setText(
            self.tr("See your his&tory")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        with contextlib.suppress(StorageError):  # refresh() says so when the data is read
            self.checklist_status.refresh()  # a checklist may have been begun or finished

    # -- actions ----------------------------------------------------------------------
    def open_log_dialog(self) -> LogCrampDialog:
        """Open the log dialog (window-modal, not blocking) and return it."""
        dialog = LogCrampDialog(
            self._repositories, self._events, self._settings, now=self._now, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_save)
        dialog.open()
        return dialog

    def _after_save(self, episode: Episode) -> None:
        if episode_red_flags(episode) and self.attention.isVisibleTo(self):
            self.scroll_area.ensureWidgetVisible(self.attention)

    def dismiss_flag(self, key: str) -> None:
        keys = self._dismissed_flags() | {key}
        preferences.DISMISSED_FLAGS.set(self._settings, frozenset(keys))
        self.refresh()
        self.log_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dismissed_flags(self) -> set[str]:
        return set(preferences.DISMISSED_FLAGS.get(self._settings))

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        today = self._today()
        self.date_label.setText(format_date(today))
        try:
            self.checklist_status.refresh()
            self._show_flags(today)
            self.last_night.refresh()
            self.adherence.refresh()
            self._show_tiles(today)
        except StorageError:
            self.read_problem.show_message(
                self.tr("Your data could not be read just now. It will show again when it can.")
            )
            return
        self.read_problem.clear()

    def _show_flags(self, today: dt.date) -> None:
        days = max(FLAG_DAYS, FREQUENT_WINDOW_DAYS)
        start = at_local(today - dt.timedelta(days=days - 1), dt.time(0))
        end = at_local(today + dt.timedelta(days=1), dt.time(0))
        dismissed = self._dismissed_flags()
        episodes = self._repositories.episodes.between(start, end)
        checklist = self.checklist_status.latest()
        for panel in self.flag_panels:
            panel.deleteLater()
        self.flag_panels = []
        for panel in flag_panels(episodes, today, checklist, self._now()):
            if panel.key in dismissed:
                panel.deleteLater()
                continue
            panel.dismissed.connect(self.dismiss_flag)
            self._flag_column.addWidget(panel)
            self.flag_panels.append(panel)
        self.attention.setVisible(bool(self.flag_panels))

    def _show_tiles(self, today: dt.date) -> None:
        longest = max(TILE_DAYS)
        # Both periods of the longest tile, and the days before that measure their gaps.
        first = Period.ending(today, 2 * longest).reach().first
        episodes = self._repositories.episodes.between(
            at_local(first - dt.timedelta(days=1), dt.time(0)),
            at_local(today + dt.timedelta(days=2), dt.time(0)),
        )
        records = self._repositories.days.between(first, today)
        for tile in self.tiles:
            period = Period.ending(today, tile.days)
            tile.show_stats(
                period_stats(episodes, records, period, known_until=today),
                period_stats(episodes, records, period.previous(), known_until=today),
            )
