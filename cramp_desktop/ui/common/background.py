"""Run slow work (imports, exports, reports) off the GUI thread and hear back on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class BackgroundTask(QThread):
    """Runs `work()` in a thread; `succeeded(result)` or `failed(error)` arrive on the GUI thread.

    The work must open its own database sessions (repositories do, one per call) and must
    not touch widgets.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which explains it
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
