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

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPointF,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cramp_desktop import preferences
from cramp_desktop.core.translation import fill
from cramp_desktop.paths import DataPaths, unique_path
from cramp_desktop.report.model import ReportOptions
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
from cramp_desktop.ui.report.worker import ReportJob, ReportWorker

PREVIEW_DELAY_MS = 400  # after the last change, so typing a name does not render per key
PREVIEW_PAGE, MESSAGE_PAGE = range(2)


def report_file_name(today: dt.date) -> str:
    return f"leg-cramp-report-{today.isoformat()}.pdf"


class ReportScreen(QWidget):
    """Public: `options_panel`, `save_to(path, open_after=False)`, `start_save()` (asks for
    a file; Ctrl+E), `open_report()`, `cancel()`, `refresh_preview()`, `stop_work()`,
    `is_busy()`, `last_saved`, `preview_pages` (of the preview shown), `previews_made`,
    `document` (the preview's QPdfDocument). It is the ReportListener of its `worker`."""

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
        self._pdf = QByteArray()
        self._buffer: QBuffer | None = None
        self.last_saved: Path | None = None
        self.preview_pages = self.previews_made = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
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
            settings, language, lambda: self._now().date(), self
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

        self.preview_heading = heading_label(scale=1.2, parent=self)
        self.preview_note = body_label(parent=self)
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)
        self.pdf_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.preview_message = body_label(parent=self)
        self.preview_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_stack = QStackedWidget(self)
        self.preview_stack.addWidget(self.pdf_view)
        self.preview_stack.addWidget(self.preview_message)
        self.preview_stack.setCurrentIndex(MESSAGE_PAGE)  # until the first preview is made
        self._lay_out()

    def _lay_out(self) -> None:
        self.options_area = QScrollArea(self)
        self.options_area.setWidgetResizable(True)
        self.options_area.setFrameShape(QFrame.Shape.NoFrame)
        self.options_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields
        self.options_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.options_area.setWidget(self.options_panel)
        self.options_panel.setContentsMargins(0, 0, 12, 8)
        preview = QVBoxLayout()
        preview.setContentsMargins(0, 0, 32, 0)
        preview.addWidget(self.preview_heading)
        preview.addWidget(self.preview_note)
        preview.addWidget(self.preview_stack, 1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.options_area, 2)
        body.addLayout(preview, 3)
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
        self.preview_heading.setText(self.tr("Preview"))
        named(self.pdf_view, self.tr("Report preview"), self.tr("Scroll with the arrow keys"))
        if self.document.pageCount() == 0 and self.preview_stack.currentIndex() == MESSAGE_PAGE:
            self.preview_message.setText(self.tr("The preview of your report appears here."))
        self._show_page_count()

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
            self._timer.start(0 if self.document.pageCount() == 0 else PREVIEW_DELAY_MS)

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
            self._show_message(problem)
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
    def job_started(self, job: ReportJob) -> None:
        self.job_status.started(job)

    def work_done(self) -> None:
        self.job_status.finished()

    def job_failed(self, job: ReportJob, error: Exception) -> None:
        text = error_text(error, job)
        if job.is_preview:
            self._show_message(text)
            self._stale = True
        else:
            self.status.setText(text)

    # -- showing results -----------------------------------------------------------------
    def preview_made(self, pdf: bytes, pages: int) -> None:
        navigator = self.pdf_view.pageNavigator()
        page = navigator.currentPage() if self.document.pageCount() else 0
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._pdf = QByteArray(pdf)
        self._buffer = QBuffer(self._pdf, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.preview_stack.setCurrentIndex(PREVIEW_PAGE)
        if 0 < page < self.document.pageCount():
            navigator.jump(page, QPointF(), navigator.currentZoom())
        self.preview_pages = pages
        self.previews_made += 1
        self._show_page_count()

    def _show_page_count(self) -> None:
        pages = self.document.pageCount()
        if self.preview_stack.currentIndex() != PREVIEW_PAGE or pages == 0:
            self.preview_note.setText("")
            return
        self.preview_note.setText(
            fill(self.tr("Pages: %1. This is exactly what will be saved."), (str(pages),))
        )

    def _show_message(self, text: str) -> None:
        self.preview_message.setText(text)
        self.preview_stack.setCurrentIndex(MESSAGE_PAGE)
        self._show_page_count()

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
