"""File menu work on the user's data: CSV import and export, back up now, restore.

Slow steps run in a BackgroundTask behind a progress dialog; an import is all or
nothing, and a restore keeps a copy of what it replaces.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from cramp_desktop.core.csv_problems import CsvImportError, CsvProblem
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.errors import StorageError, user_text
from cramp_desktop.ui.common.background import BackgroundTask
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.common.data_file_guard import refuse_data_file

if TYPE_CHECKING:  # SQLAlchemy is loaded after the first paint, not by the File menu
    from cramp_desktop.storage.repositories import Repositories

FOLDER_KEY = "files/last_folder"
MAX_PROBLEMS_SHOWN = 20
log = logging.getLogger(__name__)


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
        """Run `work` in the background; `file`: the backup the user chose, named if it fails."""
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
            self._show_import_problems(error.details)
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
            from cramp_desktop.core.csv_io import iter_episodes

            # A stream saved in one transaction: all rows or none (CsvImportError lists
            # every problem, and nothing is saved).
            return repositories.episodes.add_stream(iter_episodes(source))

        def done(count: int) -> None:
            self._events.episodes_changed.emit()
            self._status(
                QCoreApplication.translate("DataTransfer", "Episodes imported: %1.").replace(
                    "%1", str(count)
                )
            )

        self._run(QCoreApplication.translate("DataTransfer", "Importing episodes…"), work, done)

    def _show_import_problems(self, details: list[CsvProblem]) -> None:
        problems = [problem.text(QCoreApplication.translate) for problem in details]
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("DataTransfer", "Nothing was imported"))
        box.setText(
            QCoreApplication.translate(
                "DataTransfer",
                "The file has problems, so nothing was imported. Fix these rows and try again:",
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
            from cramp_desktop.core.csv_io import write_episodes_file

            write_episodes_file(episodes, target)
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
            lambda: _backup(self._paths.database, target),
            done,
            file=target,
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


def _backup(database: Path, target: Path) -> None:
    from cramp_desktop.storage.backups import backup_to  # loaded when first used

    backup_to(database, target)
