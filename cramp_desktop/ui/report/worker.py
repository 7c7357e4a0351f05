"""Make report previews and save reports off the GUI thread, one at a time.

A save stops a preview being made and goes first; a preview asked for while another job
runs is made once that job ends. Every job can be cancelled: the flag is checked while
the report is laid out, and a cancelled save writes nothing.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject

from cramp_desktop.report.collect import collect_report_data
from cramp_desktop.report.document import ReportCancelled, build_report, render_report
from cramp_desktop.report.model import ReportOptions
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.common import BackgroundTask


@dataclass
class ReportJob:
    number: int
    target: Path | None  # None: a preview
    open_after: bool = False
    cancel: threading.Event = field(default_factory=threading.Event)
    progress: float = 0.0  # 0..1, written by the worker thread, read by the GUI's timer
    task: BackgroundTask | None = None

    @property
    def is_preview(self) -> bool:
        return self.target is None


class ReportListener(Protocol):
    """What the worker tells the screen, always on the GUI thread."""

    def job_started(self, job: ReportJob) -> None: ...
    def preview_made(self, pdf: bytes, pages: int) -> None: ...
    def report_saved(self, job: ReportJob, pages: int) -> None: ...
    def job_failed(self, job: ReportJob, error: Exception) -> None: ...  # ReportCancelled too
    def work_done(self) -> None: ...


class ReportWorker(QObject):
    """Public: `preview()`, `save(target, open_after)`, `cancel()`, `stop()`, `current`
    (the running job or None, with its `progress`).

    It calls its listener on the GUI thread, and progress is polled by a timer rather than
    signalled: reportlab reports progress for every paragraph, far more often than a
    progress bar can show.
    """

    def __init__(
        self,
        repositories: Repositories,
        options: Callable[[], ReportOptions | None],  # None: the choices cannot be made
        now: Callable[[], dt.datetime],
        listener: ReportListener,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._repositories = repositories
        self._options = options
        self._now = now
        self._listener = listener
        self.current: ReportJob | None = None
        self._queued: ReportJob | None = None
        self._preview_wanted = False
        self._numbers = 0

    def preview(self) -> None:
        """Make a preview now, or (replacing a preview being made) once the job ends."""
        if self.current is None:
            self._start(self._job(None))
            return
        self._preview_wanted = True
        if self.current.is_preview:
            self.current.cancel.set()

    def save(self, target: Path, open_after: bool = False) -> None:
        job = self._job(Path(target), open_after)
        if self.current is None:
            self._start(job)
            return
        if self.current.is_preview:  # saving matters more; the preview is made again after
            self.current.cancel.set()
            self._preview_wanted = True
        self._queued = job

    def cancel(self) -> None:
        """Stop the running job and drop any waiting one."""
        self._queued = None
        self._preview_wanted = False
        if self.current is not None:
            self.current.cancel.set()

    def stop(self) -> None:
        """Cancel and wait until the thread is done (before quitting or deleting)."""
        self.cancel()
        if self.current is not None and self.current.task is not None:
            self.current.task.wait()

    # -- running -------------------------------------------------------------------------
    def _job(self, target: Path | None, open_after: bool = False) -> ReportJob:
        self._numbers += 1
        return ReportJob(self._numbers, target, open_after)

    def _start(self, job: ReportJob) -> None:
        options = self._options()
        if options is None:
            self._listener.work_done()
            return
        # The task is not a child of this object: if this is destroyed while the thread
        # runs, the task lives on until the thread ends, and its signals to this object
        # are disconnected with it.
        task = BackgroundTask(self._work(job, options, self._now()), QCoreApplication.instance())
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.finished.connect(task.deleteLater)
        job.task = task
        self.current = job
        self._listener.job_started(job)
        task.start()

    def _work(self, job: ReportJob, options: ReportOptions, now: dt.datetime) -> Callable[[], Any]:
        repositories = self._repositories

        def progress(fraction: float) -> None:
            job.progress = fraction

        def work() -> tuple[bytes, int] | int:
            if job.cancel.is_set():
                raise ReportCancelled
            data = collect_report_data(repositories, options, now)
            if job.target is None:
                return render_report(data, progress=progress, cancelled=job.cancel.is_set)
            return build_report(data, job.target, progress=progress, cancelled=job.cancel.is_set)

        return work

    def _on_succeeded(self, result: Any) -> None:
        job, self.current = self.current, None
        if job is None:
            return
        if job.is_preview:
            pdf, pages = result
            self._listener.preview_made(pdf, pages)
        else:
            self._listener.report_saved(job, int(result))
        self._next()

    def _on_failed(self, error: Exception) -> None:
        job, self.current = self.current, None
        if job is None:
            return
        replaced = isinstance(error, ReportCancelled) and job.is_preview and self._preview_wanted
        if not replaced:  # a preview stopped to make a newer one is no news
            self._listener.job_failed(job, error)
        self._next()

    def _next(self) -> None:
        queued, self._queued = self._queued, None
        if queued is not None:
            self._start(queued)
        elif self._preview_wanted:
            self._preview_wanted = False
            self._start(self._job(None))
        else:
            self._listener.work_done()
