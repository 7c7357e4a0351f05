"""The History "Checklists" tab: every completed checklist, newest first, and the results
of the selected one compared with the checklist before it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop.core.checklist import Evaluation, evaluation_from_assessment
from cramp_desktop.core.episodes import Assessment
from cramp_desktop.core.translation import fill
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.checklist import ChecklistResults, findings_summary
from cramp_desktop.ui.common import DataEvents, body_label, format_date, heading_label, named

ID_ROLE = Qt.ItemDataRole.UserRole
RESULTS_CHARS = 85  # the results' readable width; with less room they go below the list
log = logging.getLogger(__name__)


class AssessmentHistory(QWidget):
    """Public: `refresh()`, `list`, `results`, `splitter`, `empty_label`,
    `selected_assessment()`; signal `read_more_requested` (an article anchor)."""

    read_more_requested = Signal(str)

    def __init__(
        self, repositories: Repositories, events: DataEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AssessmentHistory")
        self._repositories = repositories
        self._stale = True
        self._assessments: list[Assessment] = []

        self.list_heading = heading_label(scale=1.15)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(self.fontMetrics().lineSpacing() // 4)
        self.list.currentRowChanged.connect(self._show_row)
        self.results = ChecklistResults()
        self.results.read_more_requested.connect(self.read_more_requested)
        self.empty_label = body_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        list_side = QWidget()
        column = QVBoxLayout(list_side)
        column.setContentsMargins(8, 12, 4, 8)
        column.setSpacing(8)
        column.addWidget(self.list_heading)
        column.addWidget(self.list, 1)
        list_side.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.results)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False
        empty_page = QWidget()
        empty = QVBoxLayout(empty_page)
        empty.setContentsMargins(16, 16, 16, 16)
        empty.addWidget(self.empty_label)
        empty.addStretch(1)
        self._pages = QStackedWidget()
        self._pages.addWidget(empty_page)
        self._pages.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pages)
        self._retranslate()
        for signal in (events.assessments_changed, events.database_replaced):
            signal.connect(self._mark_stale)

    # -- public ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the completed checklists again. A newly completed checklist is selected;
        otherwise the selection stays where it was (if that checklist still exists)."""
        selected = self.selected_assessment()
        known = {assessment.id for assessment in self._assessments}
        try:
            assessments = self._repositories.assessments.list()
        except StorageError as error:
            log.warning("Completed checklists: %s", error.message)
            self._show_empty(user_text(error, QCoreApplication.translate))
            return
        self._stale = False
        self._assessments = assessments
        if not assessments:
            self._show_empty(self._empty_text())
            return
        self.list.blockSignals(True)
        self.list.clear()
        for assessment in assessments:
            self.list.addItem(self._item(assessment, evaluation_from_assessment(assessment)))
        ids = [a.id for a in assessments]
        keep = selected is not None and selected.id in ids and ids[0] in known
        row = ids.index(selected.id) if keep and selected is not None else 0
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._pages.setCurrentWidget(self.splitter)
        self._show_row(row)

    def selected_assessment(self) -> Assessment | None:
        row = self.list.currentRow()
        return self._assessments[row] if 0 <= row < len(self._assessments) else None

    # -- showing -----------------------------------------------------------------------
    def _item(self, assessment: Assessment, evaluation: Evaluation) -> QListWidgetItem:
        day = format_date(assessment.completed_at.date())
        summary = findings_summary(evaluation)
        item = QListWidgetItem(f"{day}\n{summary}")
        item.setData(ID_ROLE, assessment.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{day}: {summary}")
        item.setToolTip(fill(self.tr("Filled in with version %1"), [assessment.app_version]))
        return item

    def _size_list(self) -> None:
        """Beside the results: wide enough for the list's lines; above them: a few rows."""
        if self.splitter.orientation() == Qt.Orientation.Horizontal:
            first, total = self._list_width(), self.width()
        else:
            rows = min(self.list.count(), 4) * 2 + 1  # two lines per checklist, and a heading
            first, total = self.list.fontMetrics().lineSpacing() * rows + 48, self.height()
        self.splitter.setSizes([first, max(total - first, first)])

    def _list_width(self) -> int:
        """Wide enough for the list's longest line (within reason), plus a scroll bar."""
        metrics = self.list.fontMetrics()
        lines = [
            line
            for row in range(self.list.count())
            for line in self.list.item(row).text().splitlines()
        ]
        longest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        longest = max(longest, metrics.averageCharWidth() * 30)
        chrome = 2 * metrics.height() + self.list.verticalScrollBar().sizeHint().width() + 24
        return min(longest, metrics.averageCharWidth() * 60) + chrome

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self._assessments):
            self.results.clear()
            return
        previous = self._assessments[row + 1] if row + 1 < len(self._assessments) else None
        self.results.show_assessments(self._assessments[row], previous)

    def _show_empty(self, text: str) -> None:
        self._assessments = []
        self.list.clear()
        self.results.clear()
        self.empty_label.setText(text)
        self._pages.setCurrentIndex(0)

    def _empty_text(self) -> str:
        return self.tr("No checklist done yet. Your completed checklists will be listed here.")

    # -- reacting ----------------------------------------------------------------------
    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        if not self._sized and self._assessments:
            self._sized = True  # once: then the user's splitter position stays
            self._size_list()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        needed = self._list_width() + self.fontMetrics().averageCharWidth() * RESULTS_CHARS
        narrow = event.size().width() < needed
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self._size_list()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._mark_stale()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.list_heading.setText(self.tr("Completed checklists"))
        named(self.list_heading, self.list_heading.text())
        named(
            self.list,
            self.tr("Completed checklists"),
            self.tr("Newest first. Select one to see its results below or beside the list."),
        )
        if not self._assessments:
            self.empty_label.setText(self._empty_text())
