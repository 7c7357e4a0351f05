"""The Report screen: choose what goes into the doctor report, see a live preview, save it
or open it in the system's PDF viewer.

Built only when first shown: this module loads reportlab and QtPdf. The preview and the
export run in a BackgroundTask with a progress bar and Cancel (job_status.py); at most one
runs at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import preferences
from cramp_desktop.core.translation import fill
from cramp_desktop.paths import DataPaths, unique_path
from cramp_desktop.report.model import ReportOptions
from cramp_desktop.storage.errors import StorageError
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import (
    DataEvents,
    announce,
    body_label,
    heading_label,
    local_now,
    named,
    refuse_data_file,
    shortcut_text,
)
from cramp_desktop.ui.report.job_status import JobStatus, error_text, saved_text
from cramp_desktop.ui.report.options import ReportOptionsPanel
from cramp_desktop.ui.report.preview import SPACING as PREVIEW_SPACING
from cramp_desktop.ui.report.preview import ReportPreview
from cramp_desktop.ui.report.worker import ReportJob, ReportWorker

PREVIEW_DELAY_MS = 400  # after the last change, so typing a name does not render per key


def report_file_name(today: dt.date) -> str:
    return f"leg-cramp-report-{today.isoformat()}.pdf"


class ReportScreen(QWidget):
    """Public: `options_panel`, `save_to(path, open_after=False)`, `start_save()` (asks for
    a file; Ctrl+E), `open_report()`, `cancel()`, `refresh_preview()`, `stop_work()`,
    `is_busy()`, `last_saved`, `preview` (ReportPreview). It is the ReportListener of its
    `worker`."""

    def __init__(
        self,
        repositories: Repositories,
        events: DataEvents,
        settings: QSettings,
        language: str,
        *,
        now: Callable[[], dt.datetime] | None = None,
        open_url: Callable[[QUrl], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReportScreen")
        self._settings = settings
        self._now = now or local_now
        self._open_url = open_url or QDesktopServices.openUrl
        self._stale = True  # the preview does not show the current data or options
        self.last_saved: Path | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._repositories = repositories
        self.worker = ReportWorker(repositories, self._current_options, self._now, self, self)
        self._build(settings, language)
        self._retranslate()
        self.options_panel.changed.connect(self._schedule)
        for signal in (
            events.episodes_changed,
            events.days_changed,
            events.medications_changed,
            events.assessments_changed,
            events.database_replaced,
        ):
            signal.connect(self._schedule)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.stop_work)

    # -- building ----------------------------------------------------------------------
    def _build(self, settings: QSettings, language: str) -> None:
        self.heading = heading_label(parent=self)
        self.intro = body_label(parent=self)
        self.options_panel = ReportOptionsPanel(
            settings,
            language,
            lambda: self._now().date(),
            self,
            first_day=self._first_diary_day,
        )
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.start_save)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_report)
        self.status = body_label(parent=self)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.job_status = JobStatus(
            self, lambda: self.worker.current, self.status, [self.save_button, self.open_button]
        )
        self.progress_bar = self.job_status.progress_bar
        self.cancel_button = self.job_status.cancel_button
        self.cancel_button.clicked.connect(self.cancel)

        self.preview = ReportPreview(self)
        self._lay_out()

    def _lay_out(self) -> None:
        self.options_area = QScrollArea(self)
        self.options_area.setWidgetResizable(True)
        self.options_area.setFrameShape(QFrame.Shape.NoFrame)
        self.options_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        self.options_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.options_area.setWidget(self.options_panel)
        self.options_panel.setContentsMargins(0, 0, 12, 8)
        body = QHBoxLayout()
        body.setSpacing(PREVIEW_SPACING)
        body.addWidget(self.options_area, 2)
        body.addWidget(self.preview, 3)
        # The actions stay in view below both, whatever the text size.
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.save_button)
        actions.addWidget(self.open_button)
        actions.addSpacing(12)
        actions.addWidget(self.progress_bar, 1)
        actions.addWidget(self.cancel_button)
        actions.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 0, 20)
        layout.setSpacing(12)
        for widget in (self.heading, self.intro):
            widget.setContentsMargins(0, 0, 32, 0)
            layout.addWidget(widget)
        layout.addLayout(body, 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(0, 0, 32, 0)
        footer.addLayout(actions)
        footer.addWidget(self.status)
        layout.addLayout(footer)
        self._fit_options_width()

    def _fit_options_width(self) -> None:
        # As wide as the options need in this language and text size (the area scrolls
        # only vertically); the preview takes the rest.
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = self.options_panel.minimumSizeHint().width() + scroll_bar + 4
        self.options_area.setMinimumWidth(wanted)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Report for your doctor"))
        self.setAccessibleName(self.tr("Report"))
        self.intro.setText(
            self.tr(
                "A PDF of your log to bring to your doctor: a one-page summary first, then "
                "the details you choose. It stays on this computer until you share it."
            )
        )
        named(
            self.save_button,
            self.tr("Save PDF"),
            fill(
                self.tr("Choose where to save the report (%1)"),
                (shortcut_text("Ctrl+E"),),
            ),
        )
        self.save_button.setText(self.tr("Save P&DF…"))
        named(
            self.open_button,
            self.tr("Open in viewer"),
            self.tr("Save the report and open it in your PDF viewer"),
        )
        self.open_button.setText(self.tr("Open in vie&wer"))
        named(self.cancel_button, self.tr("Cancel")).setText(self.tr("&Cancel"))
        named(self.progress_bar, self.tr("Progress of the report"))
        named(self.options_area, self.tr("Report choices"))
        # A status line's name is what it says; what it is goes in the description.
        self.status.setAccessibleDescription(self.tr("Report status"))
        self.preview.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fit_options_width()
        elif kind == QEvent.Type.FontChange:
            self._fit_options_width()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.options_panel.refresh_dates()
        if self._stale:
            self._timer.start(0 if self.preview.document.pageCount() == 0 else PREVIEW_DELAY_MS)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DeferredDelete:
            self.stop_work()  # a running thread must not outlive its screen's C++ object
        return super().event(event)

    # -- public actions ----------------------------------------------------------------
    def refresh_preview(self) -> None:
        """Make the preview now (in the worker), replacing any preview being made."""
        self._timer.stop()
        problem = self.options_panel.problem()
        if problem:
            self.preview.show_message(problem)
            return
        self._stale = False
        self.worker.preview()

    def start_save(self) -> None:
        """Ask where to save (the folder is remembered), then save there."""
        target = self._ask_target()
        if target is not None:
            self.save_to(target)

    def open_report(self) -> None:
        """Save the report and open it: beside the file saved last, under a new name (a
        viewer may still hold the old one open, and Windows cannot replace it), else
        where the user picks."""
        target = unique_path(self.last_saved) if self.last_saved else self._ask_target()
        if target is not None:
            self.save_to(target, open_after=True)

    def save_to(self, target: Path, open_after: bool = False) -> None:
        """Write the report with the current choices to `target` (in the worker)."""
        problem = self.options_panel.problem()
        if problem:
            self.status.setText(problem)
            announce(self.status, problem, assertive=True)
            return
        self.worker.save(target, open_after)

    def cancel(self) -> None:
        """Stop the preview or export being made; nothing is written."""
        self.worker.cancel()

    def stop_work(self) -> None:
        """Cancel and wait for the worker (before quitting or deleting the screen)."""
        self._timer.stop()
        self.worker.stop()

    def is_busy(self) -> bool:
        return self.worker.current is not None

    def _current_options(self) -> ReportOptions | None:
        return None if self.options_panel.problem() else self.options_panel.options()

    # -- what the worker reports (ReportListener) -------------------------------------------
    def _first_diary_day(self) -> dt.date | None:
        try:
            return self._repositories.first_diary_day()
        except StorageError:  # "All time" then begins today; the preview says what failed
            return None

    def job_started(self, job: ReportJob) -> None:
        self.job_status.started(job)
        self.preview.bar.set_busy(job.is_preview)

    def work_done(self) -> None:
        self.job_status.finished()
        self.preview.bar.set_busy(False)

    def job_failed(self, job: ReportJob, error: Exception) -> None:
        text = error_text(error, job)
        if job.is_preview:
            self.preview.show_message(text)
            self._stale = True
        else:
            self.status.setText(text)

    # -- showing results -----------------------------------------------------------------
    def preview_made(self, pdf: bytes, pages: int) -> None:
        self.preview.show_pdf(pdf, pages)

    def report_saved(self, job: ReportJob, pages: int) -> None:
        target = job.target
        assert target is not None
        self.last_saved = target
        self.status.setText(saved_text(target, pages))
        if job.open_after and not self._open_url(QUrl.fromLocalFile(str(target))):
            self.status.setText(saved_text(target, pages, opened=False))
        announce(self.status, self.status.text())

    # -- files and changes -----------------------------------------------------------------
    def _ask_target(self) -> Path | None:
        documents = QStandardPaths.StandardLocation.DocumentsLocation
        folder = preferences.REPORT_FOLDER.get(self._settings) or QStandardPaths.writableLocation(
            documents
        )
        suggested = Path(folder) / report_file_name(self._now().date())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        # settings.ini lives in the data folder, so its folder is the one to protect.
        if refuse_data_file(self, DataPaths(Path(self._settings.fileName()).parent), target):
            return None
        preferences.REPORT_FOLDER.set(self._settings, str(target.parent))
        return target

    def _schedule(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()
