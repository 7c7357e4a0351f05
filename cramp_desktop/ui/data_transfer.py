"""File menu work on the user's data: CSV import and export, back up now, restore.

Slow steps run in a BackgroundTask behind a progress dialog; an import is all or
nothing, and a restore keeps a copy of what it replaces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from cramp_desktop.core import csv_io
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.backups import backup_to
from cramp_desktop.storage.errors import StorageError
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.background import BackgroundTask
from cramp_desktop.ui.data_events import DataEvents

FOLDER_KEY = "files/last_folder"
MAX_PROBLEMS_SHOWN = 20


class DataTransfer(QObject):
    def __init__(
        self,
        window: QMainWindow,
        paths: DataPaths,
        settings: QSettings,
        events: DataEvents,
        repositories: Callable[[], Repositories | None],
        restore: Callable[[Path], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._paths = paths
        self._settings = settings
        self._events = events
        self._repositories = repositories
        self._restore = restore
        self._task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None

    # -- files ---------------------------------------------------------------------
    def _folder(self) -> str:
        default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(self._settings.value(FOLDER_KEY, default))

    def _remember_folder(self, chosen: str) -> None:
        self._settings.setValue(FOLDER_KEY, str(Path(chosen).parent))

    def _save_name(self, title: str, file_name: str, filter_text: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, title, str(Path(self._folder()) / file_name), filter_text
        )
        if not chosen:
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
    ) -> None:
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
        task.failed.connect(lambda error: self._failed(progress, error))
        self._task, self._progress = task, progress
        task.start()

    def _finish(self, progress: QProgressDialog, done: Callable[[Any], None], result: Any) -> None:
        cancelled = progress.wasCanceled()
        progress.close()
        if not cancelled:
            done(result)

    def _failed(self, progress: QProgressDialog, error: Exception) -> None:
        progress.close()
        if isinstance(error, csv_io.CsvImportError):
            self._show_import_problems(error.problems)
        elif isinstance(error, StorageError):
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("DataTransfer", "Nothing was changed"),
                error.message,
            )
        elif isinstance(error, OSError):
            QMessageBox.warning(
                self._window,
                QCoreApplication.translate("DataTransfer", "Nothing was changed"),
                QCoreApplication.translate(
                    "DataTransfer", "The file could not be used: %1"
                ).replace("%1", error.strerror or str(error)),
            )
        else:
            raise error

    def wait(self) -> None:
        """Block until background work is done (for tests and shutdown)."""
        if self._task is not None:
            self._task.wait()

    # -- CSV -------------------------------------------------------------------------
    def import_csv(self) -> None:
        repositories = self._repositories()
        source = self._open_name(
            QCoreApplication.translate("DataTransfer", "Import episodes"),
            QCoreApplication.translate("DataTransfer", "CSV files (*.csv);;All files (*)"),
        )
        if repositories is None or source is None:
            return
        self.import_file(repositories, source)

    def import_file(self, repositories: Repositories, source: Path) -> None:
        def work() -> int:
            episodes = csv_io.read_episodes(source)  # raises CsvImportError listing every row
            repositories.episodes.add_many(episodes)  # one transaction: all rows or none
            return len(episodes)

        def done(count: int) -> None:
            self._events.episodes_changed.emit()
            self._status(
                QCoreApplication.translate("DataTransfer", "Episodes imported: %1.").replace(
                    "%1", str(count)
                )
            )

        self._run(QCoreApplication.translate("DataTransfer", "Importing episodes…"), work, done)

    def _show_import_problems(self, problems: list[str]) -> None:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("DataTransfer", "Nothing was imported"))
        box.setText(
            QCoreApplication.translate(
                "DataTransfer",
                "The file has problems, so nothing was imported. Fix these rows and try again:",
            )
        )
        box.setInformativeText("\n".join(problems[:MAX_PROBLEMS_SHOWN]))
        if len(problems) > MAX_PROBLEMS_SHOWN:
            box.setDetailedText("\n".join(problems))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def export_csv(self) -> None:
        repositories = self._repositories()
        name = f"leg-cramps-{dt.date.today().isoformat()}.csv"
        target = self._save_name(
            QCoreApplication.translate("DataTransfer", "Export episodes"),
            name,
            QCoreApplication.translate("DataTransfer", "CSV files (*.csv)"),
        )
        if repositories is None or target is None:
            return
        self.export_file(repositories, target)

    def export_file(self, repositories: Repositories, target: Path) -> None:
        def work() -> int:
            episodes = repositories.episodes.all()
            csv_io.write_episodes_file(episodes, target)
            return len(episodes)

        def done(count: int) -> None:
            self._status(
                QCoreApplication.translate("DataTransfer", "Episodes exported: %1, to %2.")
                .replace("%1", str(count))
                .replace("%2", target.name)
            )

        self._run(QCoreApplication.translate("DataTransfer", "Exporting episodes…"), work, done)

    # -- backup and restore ------------------------------------------------------------
    def backup_now(self) -> None:
        name = f"leg-cramp-backup-{dt.date.today().isoformat()}.db"
        target = self._save_name(
            QCoreApplication.translate("DataTransfer", "Back up your data"),
            name,
            QCoreApplication.translate("DataTransfer", "Backups (*.db)"),
        )
        if target is None:
            return

        def done(_: object) -> None:
            self._status(
                QCoreApplication.translate("DataTransfer", "Backup saved to %1.").replace(
                    "%1", str(target)
                )
            )

        self._run(
            QCoreApplication.translate("DataTransfer", "Backing up…"),
            lambda: backup_to(self._paths.database, target),
            done,
        )

    def restore_backup(self) -> None:
        source = self._open_name(
            QCoreApplication.translate("DataTransfer", "Restore from a backup"),
            QCoreApplication.translate("DataTransfer", "Backups (*.db);;All files (*)"),
        )
        if source is None:
            return
        answer = QMessageBox.question(
            self._window,
            QCoreApplication.translate("DataTransfer", "Replace your data?"),
            QCoreApplication.translate(
                "DataTransfer",
                "Replace your current data with the backup “%1”? A copy of your current data "
                "is kept in the backups folder first.",
            ).replace("%1", source.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._restore(source)

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 10_000)
