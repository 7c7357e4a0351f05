"""File menu work on the user's data: CSV import and export, everything as JSON (import
and export), back up now, restore.

Slow steps run in a BackgroundTask behind a progress dialog; an import is all or
nothing, and a restore or a replacing JSON import keeps a copy of what it replaces.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox

from cramp_desktop.core.translation import fill
from cramp_desktop.paths import DataPaths
from cramp_desktop.ui.common import DataEvents
from cramp_desktop.ui.shell.file_work import FileWork

if TYPE_CHECKING:  # SQLAlchemy is loaded after the first paint, not by the File menu
    from cramp_desktop.core.json_format import UserData
    from cramp_desktop.storage.database import Database
    from cramp_desktop.storage.repositories import Repositories


class DataTransfer(FileWork):
    """The File menu's CSV import and export, everything as JSON, back up now and restore."""

    def __init__(
        self,
        window: QMainWindow,
        paths: DataPaths,
        settings: QSettings,
        events: DataEvents,
        repositories: Callable[[], Repositories | None],
        restore: Callable[[Path], None],
        database: Callable[[], Database | None] = lambda: None,
    ) -> None:
        super().__init__(window, paths, settings)
        self._events = events
        self._repositories = repositories
        self._restore = restore
        self._database = database

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
                fill(
                    QCoreApplication.translate("DataTransfer", "Episodes imported: %1."),
                    [str(count)],
                )
            )

        self._run(QCoreApplication.translate("DataTransfer", "Importing episodes…"), work, done)

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

            # The byte order mark makes Excel on Windows read UTF-8 (not "MÃ¼digkeit").
            write_episodes_file(episodes, target, bom=True)
            return len(episodes)

        def done(count: int) -> None:
            self._status(
                fill(
                    QCoreApplication.translate("DataTransfer", "Episodes exported: %1, to %2."),
                    [str(count), target.name],
                )
            )

        self._run(
            QCoreApplication.translate("DataTransfer", "Exporting episodes…"),
            work,
            done,
            file=target,
        )

    # -- everything as JSON ------------------------------------------------------------
    def export_json(self) -> None:
        database = self._database()
        name = f"leg-cramp-companion-{dt.date.today().isoformat()}.json"
        target = self._save_name(
            QCoreApplication.translate("DataTransfer", "Export everything"),
            name,
            QCoreApplication.translate("DataTransfer", "JSON files (*.json)"),
        )
        if database is None or target is None:
            return
        self.export_json_file(database, target)

    def export_json_file(self, database: Database, target: Path) -> None:
        def work() -> int:
            from cramp_desktop import __version__
            from cramp_desktop.core.json_format import write_file
            from cramp_desktop.storage.transfer import read_everything

            now = dt.datetime.now().astimezone()
            return write_file(
                read_everything(database), target, app_version=__version__, exported_at=now
            )

        def done(count: int) -> None:
            self._status(
                fill(
                    QCoreApplication.translate("DataTransfer", "Records exported: %1, to %2."),
                    (str(count), target.name),
                )
            )

        self._run(
            QCoreApplication.translate("DataTransfer", "Exporting everything…"),
            work,
            done,
            file=target,
        )

    def import_json(self) -> None:
        database = self._database()
        source = self._open_name(
            QCoreApplication.translate("DataTransfer", "Import everything"),
            QCoreApplication.translate("DataTransfer", "JSON files (*.json);;All files (*)"),
        )
        if database is None or source is None:
            return
        self.import_json_file(database, source)

    def import_json_file(self, database: Database, source: Path) -> None:
        """Read and check the whole file first; if there are records already, ask before
        replacing them (a backup of them is kept first)."""

        def read() -> tuple[UserData, int]:
            from cramp_desktop.core.json_reading import read_document
            from cramp_desktop.storage.transfer import record_count

            data = read_document(source.read_bytes(), now=dt.datetime.now().astimezone())
            return data, record_count(database)

        def checked(result: tuple[UserData, int]) -> None:
            data, existing = result
            if existing and not self._confirm_replace(existing, data.record_count, source):
                return
            self._store_json(database, data, replace=bool(existing))

        self._run(QCoreApplication.translate("DataTransfer", "Checking the file…"), read, checked)

    def _confirm_replace(self, existing: int, incoming: int, source: Path) -> bool:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("DataTransfer", "Replace your data?"))
        box.setText(
            fill(
                QCoreApplication.translate(
                    "DataTransfer",
                    "You already have %1 records. Replace all of them with the %2 records "
                    "in “%3”? A copy of your current data is kept in the backups folder first.",
                ),
                (str(existing), str(incoming), source.name),
            )
        )
        replace = box.addButton(
            QCoreApplication.translate("DataTransfer", "&Replace"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace

    def _store_json(self, database: Database, data: UserData, *, replace: bool) -> None:
        def work() -> Path | None:
            from cramp_desktop.storage.transfer import import_everything

            return import_everything(self._paths, database, data, replace=replace)

        def done(kept: Path | None) -> None:
            self._events.database_replaced.emit()
            message = fill(
                QCoreApplication.translate("DataTransfer", "Records imported: %1."),
                (str(data.record_count),),
            )
            if kept is not None:
                kept_text = QCoreApplication.translate(
                    "DataTransfer", "Your previous data was kept as %1."
                )
                message = f"{message} {fill(kept_text, (kept.name,))}"
            self._status(message)

        self._run(QCoreApplication.translate("DataTransfer", "Importing everything…"), work, done)

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
                fill(
                    QCoreApplication.translate("DataTransfer", "Backup saved to %1."), [str(target)]
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
            fill(
                QCoreApplication.translate(
                    "DataTransfer",
                    "Replace your current data with the backup “%1”? A copy of your current data "
                    "is kept in the backups folder first.",
                ),
                [source.name],
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._restore(source)


def _backup(database: Path, target: Path) -> None:
    from cramp_desktop.storage.backups import backup_to  # loaded when first used

    backup_to(database, target)
