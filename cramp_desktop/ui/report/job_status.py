"""The lifecycle of a report job as the Report screen shows it: the progress bar (polled
while a job runs), Cancel, Save and Open held back while saving, and the status texts
for a job that was saved, stopped or failed.

The texts keep the screen's translation context, written out ("ReportScreen") for lupdate.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from cramp_desktop.core.files import held_open_text, is_held_open
from cramp_desktop.core.translation import fill
from cramp_desktop.report.document import ReportCancelled
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.ui.report.worker import ReportJob

log = logging.getLogger("cramp_desktop")

PROGRESS_POLL_MS = 100


class JobStatus:
    """Shows the job `current()` returns in `progress_bar` and `cancel_button` (made here)
    and in `status`; `actions` (Save, Open) are disabled while a report is being saved."""

    def __init__(
        self,
        parent: QWidget,
        current: Callable[[], ReportJob | None],
        status: QLabel,
        actions: list[QPushButton],
    ) -> None:
        self._current = current
        self._status = status
        self._actions = actions
        self.progress_bar = QProgressBar(parent)
        self.progress_bar.setRange(0, 100)
        self.cancel_button = QPushButton(parent)
        self._timer = QTimer(parent)
        self._timer.setInterval(PROGRESS_POLL_MS)
        self._timer.timeout.connect(self._show_progress)
        self.show(None)

    def started(self, job: ReportJob) -> None:
        self.show(job)
        self._timer.start()

    def finished(self) -> None:
        self._timer.stop()
        self.show(None)

    def show(self, job: ReportJob | None) -> None:
        busy = job is not None
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress_bar.setValue(0)
        saving = job is not None and not job.is_preview
        for button in self._actions:
            button.setEnabled(not saving)
        if saving:
            self._status.setText(QCoreApplication.translate("ReportScreen", "Saving the report…"))
        if busy:
            self.progress_bar.setFormat(
                QCoreApplication.translate("ReportScreen", "Saving… %p%")
                if saving
                else QCoreApplication.translate("ReportScreen", "Making the preview… %p%")
            )

    def _show_progress(self) -> None:
        job = self._current()
        if job is not None:
            self.progress_bar.setValue(int(job.progress * 100))


def saved_text(target: Path, pages: int, opened: bool = True) -> str:
    if opened:
        template = QCoreApplication.translate("ReportScreen", "Saved to %1 (pages: %2).")
    else:
        template = QCoreApplication.translate(
            "ReportScreen", "Saved to %1, but no PDF viewer opened it. Open it from your files."
        )
    return fill(template, (str(target), str(pages)))


def error_text(error: Exception, job: ReportJob) -> str:
    """What to tell the user about a job that failed; the details of an unexpected
    problem go to the log."""
    if isinstance(error, ReportCancelled):
        if job.is_preview:
            return QCoreApplication.translate(
                "ReportScreen", "The preview was stopped. Change an option to make it again."
            )
        return QCoreApplication.translate("ReportScreen", "Cancelled. Nothing was saved.")
    if isinstance(error, StorageError):
        log.warning("report: %s", error.message)
        return user_text(error, QCoreApplication.translate)
    if job.target is not None and is_held_open(error, job.target):
        return held_open_text(job.target, QCoreApplication.translate)
    if isinstance(error, OSError) and job.target is not None:
        reason = error.strerror or str(error)
        template = QCoreApplication.translate(
            "ReportScreen", "The report could not be saved to %1: %2."
        )
        return fill(template, (str(job.target), reason))
    log.error(
        "report failed\n%s",
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    )
    return QCoreApplication.translate(
        "ReportScreen", "The report could not be made because of an unexpected problem."
    )
