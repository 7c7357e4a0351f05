"""The History screen's episode table: rows selected whole, sorted by the header where the
model can sort, and column widths that are remembered yet never cut a date or a header."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cramp_desktop import preferences
from cramp_desktop.ui.history.table_model import Column, EpisodeTableModel


class EpisodeTable(QTableView):
    """Shows `model`; `restore(settings)` brings back the saved header (widths, sort),
    which is saved again whenever the table is hidden."""

    def __init__(self, model: EpisodeTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._settings: QSettings | None = None
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 // 2)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(0)  # measure visible rows only, never all pages
        header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def restore(self, settings: QSettings) -> None:
        self._settings = settings
        header = self.horizontalHeader()
        state = preferences.HISTORY_HEADER.get(settings)
        if state is None or not header.restoreState(state):
            QTimer.singleShot(0, self._default_column_widths)
        else:  # widths saved at a smaller text size must not cut dates and headers
            QTimer.singleShot(0, self._widen_columns_to_content)
        self.setSortingEnabled(True)  # sorts the model by the (restored) indicator

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if not self._model.is_sortable(column):
            current = self._model.order()
            header = self.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self._model.sort_column(),
                Qt.SortOrder.DescendingOrder if current.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def _default_column_widths(self) -> None:
        self.resizeColumnsToContents()
        for column in (Column.TRIGGERS, Column.RELIEF):
            self.setColumnWidth(column, min(self.columnWidth(column), self._text_limit()))

    def _text_limit(self) -> int:
        """Free-text columns (triggers, relief) may be cut at about 28 characters."""
        return self.fontMetrics().averageCharWidth() * 28

    def _widen_columns_to_content(self) -> None:
        """Every column at least as wide as its header and the rows on show."""
        header = self.horizontalHeader()
        for column in range(self._model.columnCount() - 1):  # the last one stretches
            needed = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            if column in (Column.TRIGGERS, Column.RELIEF):
                needed = min(needed, self._text_limit())
            if self.columnWidth(column) < needed:
                self.setColumnWidth(column, needed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # the text size setting
            QTimer.singleShot(0, self._widen_columns_to_content)
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._settings is not None:
            preferences.HISTORY_HEADER.set(self._settings, self.horizontalHeader().saveState())
        super().hideEvent(event)
