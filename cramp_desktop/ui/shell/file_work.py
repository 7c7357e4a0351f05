"""Work on a file the user chooses, for the File menu: the file dialogs (starting in the
folder used last), the work run in the background behind a progress dialog, and what the
user is told when it fails (nothing was changed, and why; an import's problems listed)."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from cramp_desktop import preferences
from cramp_desktop.core.csv_problems import CsvImportError
from cramp_desktop.core.files import held_open_text, is_held_open
from cramp_desktop.core.json_reading import JsonImportError
from cramp_desktop.core.translation import fill
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.ui.common import BackgroundTask, refuse_data_file

MAX_PROBLEMS_SHOWN = 20
log = logging.getLogger(__name__)


class FileWork(QObject):
    """For subclasses: choose a file (`_open_name`, `_save_name`: never one of the data
    folder's own), `_run` the work on it and tell the user in the status bar (`_status`)."""

    def __init__(self, window: QMainWindow, paths: DataPaths, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._paths = paths
        self._settings = settings
        self._task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None

    # -- files ---------------------------------------------------------------------
    def _folder(self) -> str:
        default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return preferences.FILES_FOLDER.get(self._settings) or default

    def _remember_folder(self, chosen: str) -> None:
        preferences.FILES_FOLDER.set(self._settings, str(Path(chosen).parent))

    def _save_name(self, title: str, file_name: str, filter_text: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, title, str(Path(self._folder()) / file_name), filter_text
        )
        if not chosen or refuse_data_file(self._window, self._paths, Path(chosen)):
            return None
        self._remember_folder(chosen)
        return Path(chosen)

    def _open_name(self, title: str, filter_text: str) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(self._window, title, self._folder(), filter_text)
        if not chosen:
            return None
        self._remember_folder(chosen)
        return Path(chosen)

    # -- background work with a progress dialog ------------------------------------
    def _run(
        self,
        label: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        cancellable: bool = False,
        file: Path | None = None,
    ) -> None:
        """Run `work` in the background; `file`: the file the user chose, named if it fails."""
        progress = QProgressDialog(
            label,
            QCoreApplication.translate("DataTransfer", "Cancel") if cancellable else "",
            0,
            0,
            self._window,
        )
        progress.setWindowTitle(QCoreApplication.translate("DataTransfer", "Please wait"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        if not cancellable:
            progress.setCancelButton(None)
        task = BackgroundTask(work, self)
        task.succeeded.connect(lambda result: self._finish(progress, done, result))
        task.failed.connect(lambda error: self._failed(progress, error, file))
        self._task, self._progress = task, progress
        task.start()

    def _finish(self, progress: QProgressDialog, done: Callable[[Any], None], result: Any) -> None:
        cancelled = progress.wasCanceled()
        progress.close()
        if not cancelled:
            done(result)

    def _failed(self, progress: QProgressDialog, error: Exception, file: Path | None) -> None:
        progress.close()
        if isinstance(error, CsvImportError):
            self._show_import_problems(
                [problem.text(QCoreApplication.translate) for problem in error.details]
            )
        elif isinstance(error, JsonImportError):
            self._show_import_problems(error.lines(QCoreApplication.translate))
        elif isinstance(error, StorageError):
            log.warning("%s", error.message)
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("DataTransfer", "Nothing was changed"),
                user_text(
                    error,
                    QCoreApplication.translate,
                    file_name=None if file is None else file.name,
                ),
            )
        elif file is not None and is_held_open(error, file):
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("DataTransfer", "Nothing was changed"),
                held_open_text(file, QCoreApplication.translate),
            )
        elif isinstance(error, OSError):
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("DataTransfer", "Nothing was changed"),
                fill(
                    QCoreApplication.translate("DataTransfer", "The file could not be used: %1"),
                    [error.strerror or str(error)],
                ),
            )
        else:
            raise error

    def wait(self) -> None:
        """Block until background work is done (for tests and shutdown)."""
        if self._task is not None:
            self._task.wait()

    def _show_import_problems(self, problems: list[str]) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("DataTransfer", "Nothing was imported"))
        box.setText(
            QCoreApplication.translate(
                "DataTransfer",
                "The file has problems, so nothing was imported. Fix these and try again:",
            )
        )
        # A list, so a problem that wraps is still told apart from the next one.
        items = "".join(
            f"<li>{html.escape(problem)}</li>" for problem in problems[:MAX_PROBLEMS_SHOWN]
        )
        box.setInformativeText(f"<ul>{items}</ul>")
        if len(problems) > MAX_PROBLEMS_SHOWN:
            box.setDetailedText("\n".join(problems))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 10_000)
