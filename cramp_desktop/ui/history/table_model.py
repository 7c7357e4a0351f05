"""The History table's model: episodes read from the repository one page at a time.

Only the pages the view actually shows are read (a sparse cache keyed by page number),
so opening tens of thousands of episodes costs one count and one or two page queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum, StrEnum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from cramp_desktop.core.episode_query import EpisodeFilter, EpisodeOrder, EpisodeSortKey
from cramp_desktop.core.episodes import Episode, Relief, Trigger, UnreadableEntry
from cramp_desktop.core.labels import duration_text
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.storage.errors import StorageError
from cramp_desktop.ui.common import code_label, in_computer_zone, offset_text

PAGE_SIZE = 200
MAX_CACHED_PAGES = 20
NOTES_PREVIEW_CHARS = 120
TOOLTIP_CHARS = 600
_CONTEXT = "EpisodeTableModel"
_Index = QModelIndex | QPersistentModelIndex


class EpisodeSource(Protocol):
    """What the model needs from storage.episodes (the real repository in the app)."""

    def count(self, filters: EpisodeFilter | None = None) -> int: ...

    def page(
        self,
        offset: int,
        limit: int,
        order: EpisodeOrder | None = None,
        filters: EpisodeFilter | None = None,
    ) -> list[Episode | UnreadableEntry]: ...


class Column(IntEnum):
    DATE = 0
    TIME = 1
    DURATION = 2
    SEVERITY = 3
    MUSCLE = 4
    SIDE = 5
    CONTEXT = 6
    SLEEP = 7
    TRIGGERS = 8
    RELIEF = 9
    NOTES = 10


HEADERS = {
    Column.DATE: QT_TRANSLATE_NOOP("EpisodeTableModel", "Date"),
    Column.TIME: QT_TRANSLATE_NOOP("EpisodeTableModel", "Time"),
    Column.DURATION: QT_TRANSLATE_NOOP("EpisodeTableModel", "Duration"),
    Column.SEVERITY: QT_TRANSLATE_NOOP("EpisodeTableModel", "Severity"),
    Column.MUSCLE: QT_TRANSLATE_NOOP("EpisodeTableModel", "Muscle"),
    Column.SIDE: QT_TRANSLATE_NOOP("EpisodeTableModel", "Side"),
    Column.CONTEXT: QT_TRANSLATE_NOOP("EpisodeTableModel", "When"),
    Column.SLEEP: QT_TRANSLATE_NOOP("EpisodeTableModel", "Sleep"),
    Column.TRIGGERS: QT_TRANSLATE_NOOP("EpisodeTableModel", "Triggers"),
    Column.RELIEF: QT_TRANSLATE_NOOP("EpisodeTableModel", "Relief"),
    Column.NOTES: QT_TRANSLATE_NOOP("EpisodeTableModel", "Notes"),
}
HEADER_TIPS = {
    Column.SEVERITY: QT_TRANSLATE_NOOP("EpisodeTableModel", "Severity from 0 (none) to 10 (worst)"),
    Column.CONTEXT: QT_TRANSLATE_NOOP("EpisodeTableModel", "What you were doing when it started"),
    Column.SLEEP: QT_TRANSLATE_NOOP("EpisodeTableModel", "Sleep disturbance from 0 to 10"),
    Column.TRIGGERS: QT_TRANSLATE_NOOP(
        "EpisodeTableModel", "Possible triggers in the 24 hours before"
    ),
}
SORT_KEYS = {
    Column.DATE: EpisodeSortKey.STARTED_AT,
    Column.TIME: EpisodeSortKey.STARTED_AT,
    Column.DURATION: EpisodeSortKey.DURATION,
    Column.SEVERITY: EpisodeSortKey.SEVERITY,
    Column.MUSCLE: EpisodeSortKey.MUSCLE,
    Column.SIDE: EpisodeSortKey.SIDE,
    Column.CONTEXT: EpisodeSortKey.CONTEXT,
    Column.SLEEP: EpisodeSortKey.SLEEP_DISTURBANCE,
}
_NUMBERS = (Column.DURATION, Column.SEVERITY, Column.SLEEP)
# data() is asked thousands of times per screenful (size hints, painting, tooltips):
# plain ints and tuples instead of building enums and flags on every call.
_COLUMNS = tuple(Column)
_ALIGNMENTS = tuple(
    int(
        (Qt.AlignmentFlag.AlignRight if column in _NUMBERS else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignVCenter
    )
    for column in Column
)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)


def codes_text(codes: Iterable[StrEnum], kind: type[StrEnum]) -> str:
    """Translated labels in the order the codes are declared (stable between rows)."""
    chosen = set(codes)
    return ", ".join(code_label(code) for code in kind if code in chosen)


class EpisodeTableModel(QAbstractTableModel):
    """Rows are episodes matching `filter()` in `order()`; read lazily from `source`.

    `load_failed` carries the StorageError when reading fails (the table shows no rows).
    """

    load_failed = Signal(object)

    def __init__(self, source: EpisodeSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = EpisodeFilter()
        self._order = EpisodeOrder()
        self._sort_column = Column.DATE
        self._pages: dict[int, list[Episode | UnreadableEntry]] = {}
        self._count = self._read_count()

    # -- state ---------------------------------------------------------------------
    def filter(self) -> EpisodeFilter:
        return self._filter

    def order(self) -> EpisodeOrder:
        return self._order

    def sort_column(self) -> int:
        return int(self._sort_column)

    def set_filter(self, filters: EpisodeFilter) -> None:
        if filters != self._filter:
            self._filter = filters
            self.refresh()

    def refresh(self) -> None:
        """Re-read the count and drop cached pages (after any change to the data)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._read_count()
        self.endResetModel()

    def episode_at(self, row: int) -> Episode | UnreadableEntry:
        if not 0 <= row < self._count:
            raise IndexError(row)
        page = self._page(row // PAGE_SIZE)
        return page[row % PAGE_SIZE]

    def is_sortable(self, column: int) -> bool:
        return column in SORT_KEYS

    # -- Qt model interface -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in Column._value2member_map_:
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EpisodeTableModel", HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in HEADER_TIPS:
            return QCoreApplication.translate("EpisodeTableModel", HEADER_TIPS[column])
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        row = index.row()
        if not index.isValid() or not 0 <= row < self._count:
            return None
        if role == _ALIGNMENT:
            return _ALIGNMENTS[index.column()]
        if role != _DISPLAY and role != _TOOLTIP:
            return None
        column = _COLUMNS[index.column()]
        try:
            episode = self.episode_at(row)
        except IndexError:  # the data shrank under us; a refresh is on its way
            return None
        except StorageError as error:
            self.load_failed.emit(error)
            return None
        if isinstance(episode, UnreadableEntry):
            return self._unreadable(episode, column, role)
        if role == _TOOLTIP:
            return self._tooltip(episode, column)
        return self._display(episode, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return  # triggers, relief and notes have no stored order
        descending = order == Qt.SortOrder.DescendingOrder
        new_order = EpisodeOrder(SORT_KEYS[Column(column)], descending)
        self._sort_column = Column(column)
        if new_order != self._order:
            self._order = new_order
            self.refresh()

    # -- helpers -----------------------------------------------------------------------
    def _read_count(self) -> int:
        try:
            return self._source.count(self._filter)
        except StorageError as error:
            self.load_failed.emit(error)
            return 0

    def _page(self, number: int) -> list[Episode | UnreadableEntry]:
        page = self._pages.get(number)
        if page is None:
            if len(self._pages) >= MAX_CACHED_PAGES:
                self._pages.pop(next(iter(self._pages)))
            page = self._source.page(number * PAGE_SIZE, PAGE_SIZE, self._order, self._filter)
            self._pages[number] = page
        return page

    def _display(self, episode: Episode, column: Column) -> str:
        locale = QLocale()
        started = episode.started_at
        if column == Column.DATE:
            date = QDate(started.year, started.month, started.day)
            return locale.toString(date, QLocale.FormatType.ShortFormat)
        if column == Column.TIME:
            time = QTime(started.hour, started.minute)
            shown = locale.toString(time, QLocale.FormatType.ShortFormat)
            # Logged in another time zone: say so, as the time is that zone's clock.
            return shown if in_computer_zone(started) else f"{shown} ({offset_text(started)})"
        if column == Column.DURATION:
            return duration_text(episode.duration_s, QCoreApplication.translate, locale.toString)
        if column == Column.SEVERITY:
            return locale.toString(episode.severity)
        if column == Column.MUSCLE:
            return code_label(episode.muscle)
        if column == Column.SIDE:
            return code_label(episode.side)
        if column == Column.CONTEXT:
            return code_label(episode.context)
        if column == Column.SLEEP:
            value = episode.sleep_disturbance
            return "" if value is None else locale.toString(value)
        if column == Column.TRIGGERS:
            return codes_text(episode.triggers, Trigger)
        if column == Column.RELIEF:
            return codes_text(episode.relief, Relief)
        first_line = episode.notes.strip().split("\n", 1)[0]
        return first_line[:NOTES_PREVIEW_CHARS]

    @staticmethod
    def _unreadable(entry: UnreadableEntry, column: Column, role: int) -> str | None:
        """Its date if known, and in Notes what is wrong; the rest stays empty."""
        if column == Column.DATE and entry.day is not None:
            date = QDate(entry.day.year, entry.day.month, entry.day.day)
            return QLocale().toString(date, QLocale.FormatType.ShortFormat)
        if column != Column.NOTES:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(
                QCoreApplication.translate(
                    "EpisodeTableModel",
                    "This entry holds a value the app cannot read (in “%1”), perhaps because "
                    "the file was damaged. It is left out of figures and reports.",
                ),
                [entry.field],
            )
        return QCoreApplication.translate("EpisodeTableModel", "Unreadable entry")

    def _tooltip(self, episode: Episode, column: Column) -> str | None:
        if column == Column.NOTES and episode.notes.strip():
            notes = episode.notes.strip()
            return notes if len(notes) <= TOOLTIP_CHARS else notes[:TOOLTIP_CHARS] + "…"
        text = self._display(episode, column)
        return text if column in (Column.TRIGGERS, Column.RELIEF) and text else None
