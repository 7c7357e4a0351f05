"""The History screen: the episode table with filters, a summary, charts, the medicine
list, the completed checklists and the experiments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import preferences
from cramp_desktop.core.episode_query import EpisodeFilter, EpisodeOrder, EpisodeSortKey
from cramp_desktop.core.episodes import Episode
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import (
    DataEvents,
    LazyPage,
    Menu,
    MenuActions,
    heading_label,
    local_now,
)
from cramp_desktop.ui.experiments import ExperimentsTab
from cramp_desktop.ui.history.assessments import AssessmentHistory
from cramp_desktop.ui.history.changes import HistoryChanges
from cramp_desktop.ui.history.commands import (
    delete_episodes,
    shortcuts,
    undo_redo_actions,
)
from cramp_desktop.ui.history.episode_table import EpisodeTable
from cramp_desktop.ui.history.filters import HistoryFilters
from cramp_desktop.ui.history.medication_editor import MedicationEditor
from cramp_desktop.ui.history.summary import HistorySummary
from cramp_desktop.ui.history.table_model import EpisodeTableModel
from cramp_desktop.ui.history.undo_buttons import UndoButtons

if TYPE_CHECKING:
    from cramp_desktop.ui.history.charts import HistoryCharts

EPISODES_TAB, SUMMARY_TAB, CHARTS_TAB, MEDICINES_TAB, CHECKLISTS_TAB, EXPERIMENTS_TAB = range(6)
# The episode filters do not apply to these (an experiment is judged on the whole diary).
UNFILTERED_TABS = (MEDICINES_TAB, CHECKLISTS_TAB, EXPERIMENTS_TAB)
UNDOABLE_TABS = (EPISODES_TAB, MEDICINES_TAB, EXPERIMENTS_TAB)  # Undo and Redo on show


class HistoryScreen(QWidget):
    """Public: `undo_stack`, `undo_action`, `redo_action`, `model`, `table`, `filters`,
    `tabs`, `summary`, `medications`, `assessments`, `experiments`, `charts()`; signals
    `log_requested` ("Log a cramp"), `read_more_requested` (an article anchor, from a
    checklist result) and `try_experiment_requested`."""

    log_requested = Signal()
    read_more_requested = Signal(str)
    try_experiment_requested = Signal()

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        settings: QSettings,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryScreen")
        self._repositories = repositories
        self._events = events
        self._settings = settings
        self._charts_stale = True
        self.undo_stack = QUndoStack(self)
        self._today: Callable[[], dt.date] = lambda: local_now().date()

        self.heading = heading_label(parent=self)
        self.log_button = QPushButton(self)
        self.log_button.clicked.connect(self.log_requested)
        self.filters = HistoryFilters(self)
        self.model = EpisodeTableModel(repositories.episodes, self)
        self.table = EpisodeTable(self.model, self)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.count_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        # The other tabs are built when first shown (or asked for): they refresh themselves
        # from then on, and the screen opens without them.
        self._summary_page = LazyPage(lambda: HistorySummary(repositories, events, self.filters))
        self._charts_page = LazyPage(self._build_charts)
        self._medications_page = LazyPage(self._build_medications)
        self._assessments_page = LazyPage(self._build_assessments)
        self._experiments_page = LazyPage(self._build_experiments)
        self.tabs = QTabWidget(self)
        self._make_actions()
        self._lay_out()
        self._retranslate()

        self.filters.filter_changed.connect(self._filter_changed)
        self.model.modelReset.connect(self._update_count)
        self.model.load_failed.connect(self._show_load_error)
        self.tabs.currentChanged.connect(self._tab_changed)
        events.episodes_changed.connect(self._data_changed)
        events.days_changed.connect(self._update_first_day)
        events.database_replaced.connect(self._database_replaced)
        self._update_first_day()
        self._restore_state()
        self._update_count()

    # -- the tabs built on first use --------------------------------------------------------
    @property
    def summary(self) -> HistorySummary:
        return self._summary_page.content()

    @property
    def medications(self) -> MedicationEditor:
        return self._medications_page.content()

    @property
    def assessments(self) -> AssessmentHistory:
        return self._assessments_page.content()

    @property
    def experiments(self) -> ExperimentsTab:
        return self._experiments_page.content()

    def _build_charts(self) -> HistoryCharts:
        from cramp_desktop.ui.history.charts import HistoryCharts  # QtCharts: when first shown

        return HistoryCharts()

    def _build_medications(self) -> MedicationEditor:
        editor = MedicationEditor(self._repositories, self._events)
        editor.changed.connect(self.changes.medication_changed)
        return editor

    def _build_assessments(self) -> AssessmentHistory:
        assessments = AssessmentHistory(self._repositories, self._events)
        assessments.read_more_requested.connect(self.read_more_requested)
        return assessments

    def _build_experiments(self) -> ExperimentsTab:
        experiments = ExperimentsTab(self._repositories, self._events, self._today)
        experiments.try_requested.connect(self.try_experiment_requested)
        experiments.stopped.connect(self.changes.experiment_stopped)
        return experiments

    # -- public -------------------------------------------------------------------------
    def charts(self) -> HistoryCharts | None:
        """The charts widget once the Charts tab has been opened."""
        return self._charts_page.content() if self._charts_page.is_built() else None

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        episode = self._episode_at(index.row())
        if episode is None:
            return
        from cramp_desktop.ui.episode import (
            LogCrampDialog,
        )

        dialog = LogCrampDialog(
            self._repositories, self._events, self._settings, episode=episode, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda changed: self.changes.episode_edited(episode, changed))
        dialog.open()

    def delete_selected(self) -> None:
        rows = self.selected_rows() or (
            [self.table.currentIndex().row()] if self.table.currentIndex().isValid() else []
        )
        episodes = [e for e in (self._episode_at(row) for row in rows) if e and e.id is not None]
        if not episodes:
            return
        first_row = rows[0]
        deleted, error = delete_episodes(
            self._repositories, self._events, [e.id for e in episodes if e.id is not None]
        )
        if deleted:
            self.changes.episodes_deleted(deleted)
        if error is not None:
            self._show_error(error)
        self._select_row(first_row)

    # -- building --------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.edit_action = QAction(self)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action = QAction(self)
        self.delete_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Delete, "Del"))
        self.delete_action.triggered.connect(self.delete_selected)
        for action in (self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        self.undo_action, self.redo_action = undo_redo_actions(self.undo_stack, self)
        self.undo_buttons = UndoButtons(
            self.undo_stack, self.undo_action, self.redo_action, self.status_label, self
        )
        self.changes = HistoryChanges(
            self.undo_stack,
            self.undo_action,
            self.status_label,
            self._repositories,
            self._events,
            self._show_error,
            self._today,
        )

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignVCenter)
        episodes = QWidget()
        episodes_layout = QVBoxLayout(episodes)
        episodes_layout.addWidget(self.table, 1)
        episodes_layout.addWidget(self.count_label)
        self.tabs.addTab(episodes, "")
        self.tabs.addTab(self._summary_page, "")
        self.tabs.addTab(self._charts_page, "")
        self.tabs.addTab(self._medications_page, "")
        self.tabs.addTab(self._assessments_page, "")
        self.tabs.addTab(self._experiments_page, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs, 1)
        self.undo_row = QWidget(self)
        undo_layout = QHBoxLayout(self.undo_row)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.status_label, 1)
        undo_layout.addWidget(self.undo_buttons)
        layout.addWidget(self.undo_row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("History"))
        self.log_button.setText(self.tr("&Log a cramp"))
        self.log_button.setAccessibleName(self.tr("Log a cramp"))
        self.table.setAccessibleName(self.tr("Episodes"))
        self.table.setAccessibleDescription(
            self.tr("Enter edits the selected episode, Delete deletes it.")
        )
        self.tabs.setAccessibleName(self.tr("History views"))
        for index, text in enumerate(
            (
                self.tr("Ep&isodes"),
                self.tr("S&ummary"),
                self.tr("Cha&rts"),
                self.tr("Me&dicines"),
                self.tr("Chec&klists"),
                self.tr("E&xperiments"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.edit_action.setText(self.tr("&Edit episode…"))
        self.delete_action.setText(self.tr("&Delete episode"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self._update_count()

    # -- reacting ----------------------------------------------------------------------------
    def _filter_changed(self, filters: EpisodeFilter) -> None:
        self.status_label.clear()
        self.model.set_filter(filters)
        self._charts_stale = True
        self._refresh_charts_if_visible()

    def _update_first_day(self) -> None:
        """Tell the filters where "All time" begins: the diary's first entry."""
        try:
            self.filters.set_first_day(self._repositories.first_diary_day())
        except StorageError as error:
            self._show_load_error(error)

    def _data_changed(self) -> None:
        self._update_first_day()
        row = self.table.currentIndex().row()
        self.model.refresh()
        if row >= 0:
            self._select_row(row)
        self._charts_stale = True
        self._refresh_charts_if_visible()

    def _database_replaced(self) -> None:
        self.undo_stack.clear()  # its episodes belong to the replaced data
        self._data_changed()

    def _tab_changed(self, index: int) -> None:
        self.filters.setVisible(index not in UNFILTERED_TABS)
        self.undo_row.setVisible(index in UNDOABLE_TABS)
        preferences.HISTORY_TAB.set(self._settings, index)
        self._refresh_charts_if_visible()

    def _refresh_charts_if_visible(self) -> None:
        charts = self.charts()
        if charts is None or not self._charts_stale or self.tabs.currentIndex() != CHARTS_TAB:
            return
        period = self.filters.chart_period()
        chart_filter = self.filters.chart_filter(period)
        try:
            total = self._repositories.episodes.count(chart_filter)
            episodes = self._repositories.episodes.page(
                0, total, EpisodeOrder(EpisodeSortKey.STARTED_AT, descending=False), chart_filter
            )
        except StorageError as error:
            self._show_error(error)
            return
        charts.show_data([e for e in episodes if isinstance(e, Episode)], period)
        self._charts_stale = False

    def _update_count(self) -> None:
        count = self.model.rowCount()
        filtered = self.model.filter() != EpisodeFilter()
        if count == 0:
            text = (
                self.tr("No episodes match the filters.")
                if filtered
                else self.tr("No episodes logged yet. Use “Log a cramp” to add one.")
            )
        elif filtered:
            text = fill(self.tr("Episodes matching the filters: %1"), [QLocale().toString(count)])
        else:
            text = fill(self.tr("Episodes: %1"), [QLocale().toString(count)])
        self.count_label.setText(text)

    def _select_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        index = self.model.index(min(row, count - 1), 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())

    def _episode_at(self, row: int) -> Episode | None:
        """The episode in `row`; None for an unreadable entry (it cannot be edited)."""
        try:
            entry = self.model.episode_at(row)
            return entry if isinstance(entry, Episode) else None
        except IndexError:
            return None
        except StorageError as error:
            self._show_error(error)
            return None

    def _show_load_error(self, error: StorageError) -> None:
        self.status_label.setText(user_text(error, QCoreApplication.translate))

    def _show_error(self, error: StorageError) -> None:
        QMessageBox.warning(self, self.tr("History"), user_text(error, QCoreApplication.translate))

    def actions_for_menus(self) -> MenuActions:
        return {Menu.EDIT: [self.undo_action, self.redo_action]}

    # -- remembered state -------------------------------------------------------------
    def _restore_state(self) -> None:
        self.table.restore(self._settings)
        self.tabs.setCurrentIndex(preferences.HISTORY_TAB.get(self._settings))
        self.undo_row.setVisible(self.tabs.currentIndex() in UNDOABLE_TABS)
