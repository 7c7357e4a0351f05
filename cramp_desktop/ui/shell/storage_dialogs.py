"""Opening the database at start-up, and telling the user in plain words when it cannot be."""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from cramp_desktop import preferences
from cramp_desktop.core.translation import fill
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.backups import (
    automatic_daily_backup,
    clear_pending_damage,
    put_back,
)
from cramp_desktop.storage.database import Database, open_database
from cramp_desktop.storage.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    StorageError,
    damaged_file_text,
    user_text,
)
from cramp_desktop.storage.restore import restore_from

AUTOMATIC_BACKUPS_KEPT = 14
log = logging.getLogger(__name__)


class Recovery(Enum):
    """What the user's answer to a damaged data file leads to."""

    RETRY = "retry"  # a backup was restored, or the user chose to start with empty data
    QUIT = "quit"
    FAILED = "failed"  # the restore failed; the user has been told why


def open_storage_interactively(
    parent: QMainWindow, paths: DataPaths, *, interactive: bool = True
) -> Database | None:
    """Open (and if needed upgrade) the database; None means the app cannot go on."""
    while True:
        try:
            database = open_database(paths)
        except DamagedDatabaseError as error:
            log.warning("damaged database kept as %s", error.damaged_path.name)
            if not interactive:
                _stop_for_damage(error)
                return None
            if _recover_from_damage(parent, paths, error) is Recovery.RETRY:
                continue
            if put_back(error.damaged_path, paths.database):  # asked again at the next start
                clear_pending_damage(paths)
            return None
        except NewerDatabaseError as error:
            log.warning("data not opened: %s", error.message)
            _report(parent, interactive, user_text(error, QCoreApplication.translate), "")
            return None
        except StorageError as error:
            log.warning("data not opened: %s", error.message)
            _report(
                parent,
                interactive,
                QCoreApplication.translate("StorageDialogs", "Your data could not be opened."),
                user_text(error, QCoreApplication.translate),
            )
            return None
        try:
            automatic_daily_backup(paths, keep=AUTOMATIC_BACKUPS_KEPT)
        except StorageError as error:  # the data is fine; tell the user the copy failed
            log.warning("automatic backup failed: %s", error)
            parent.statusBar().showMessage(
                QCoreApplication.translate(
                    "StorageDialogs", "Today's automatic backup could not be made."
                )
            )
        return database


def _stop_for_damage(error: DamagedDatabaseError) -> None:
    """Without a user to ask (the smoke test), stop and say where the damaged file is."""
    stopping = fill(
        QCoreApplication.translate(
            "StorageDialogs",
            "Leg Cramp Companion stops because your data file is damaged; it has been kept as "
            "“%1” in your data folder.",
        ),
        [error.damaged_path.name],
    )
    print(f"cramp-desktop: {stopping}", file=sys.stderr)


def _recover_from_damage(
    parent: QWidget, paths: DataPaths, error: DamagedDatabaseError
) -> Recovery:
    """Offer the newest backup, empty data or quitting."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("StorageDialogs", "Your data file is damaged"))
    box.setText(damaged_file_text(error, QCoreApplication.translate))
    if error.newest_backup is not None:
        box.setInformativeText(
            fill(
                QCoreApplication.translate("StorageDialogs", "Restore your newest backup, “%1”?"),
                [error.newest_backup.name],
            )
        )
        restore = box.addButton(
            QCoreApplication.translate("StorageDialogs", "Restore backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate("StorageDialogs", "There is no backup to restore.")
        )
        restore = None
    fresh = box.addButton(
        QCoreApplication.translate("StorageDialogs", "Start with empty data"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("StorageDialogs", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore or fresh)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore and error.newest_backup is not None:
        return _restore_newest(parent, paths, error.newest_backup)
    if clicked is fresh:
        clear_pending_damage(paths)
        return Recovery.RETRY
    return Recovery.QUIT


def _restore_newest(parent: QWidget, paths: DataPaths, backup: Path) -> Recovery:
    try:
        restore_from(paths, backup)
    except StorageError as restore_error:
        log.warning("restore failed: %s", restore_error.message)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("StorageDialogs", "Restore failed"),
            user_text(restore_error, QCoreApplication.translate, file_name=backup.name),
            parent=parent,
        )
        box.setInformativeText(
            QCoreApplication.translate("StorageDialogs", "Leg Cramp Companion will now close.")
        )
        box.exec()
        return Recovery.FAILED
    return Recovery.RETRY


def _report(parent: QWidget, interactive: bool, summary: str, detail: str) -> None:
    if interactive:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("StorageDialogs", "Leg Cramp Companion"),
            summary,
            parent=parent,
        )
        box.setInformativeText(detail)
        box.exec()
    else:
        print(f"cramp-desktop: {summary} {detail}".rstrip(), file=sys.stderr)


def show_unexpected_error(logs_dir: Path) -> None:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("StorageDialogs", "Something went wrong"),
        fill(
            QCoreApplication.translate(
                "StorageDialogs",
                "Something unexpected went wrong. Your saved data is safe. Details were written to "
                "the log file in “%1”.",
            ),
            [str(logs_dir)],
        ),
    )


def explain_shared_folder(parent: QWidget, database: Database, settings: QSettings) -> bool:
    """Once per data folder: why saving is slower on a network drive or in a synced
    folder (no write-ahead log there). True when the note was shown now."""
    from cramp_desktop.storage.file_system import Sharing

    if database.sharing is Sharing.LOCAL or preferences.SHARED_FOLDER_EXPLAINED.get(settings):
        return False
    if database.sharing is Sharing.NETWORK:
        text = QCoreApplication.translate(
            "StorageDialogs",
            "Your data folder %1 is on a network drive. The app saves your data there in a "
            "slower way that is safe on network drives. Keep the folder on this computer if "
            "you can, and never open it from two computers at the same time.",
        )
    else:
        text = QCoreApplication.translate(
            "StorageDialogs",
            "Your data folder %1 is in a folder that a cloud service synchronises. The app "
            "saves your data there in a slower way, so that the copy being synchronised is "
            "always complete. Do not open the data from two computers at the same time: the "
            "service may then make conflicting copies.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("StorageDialogs", "About your data folder"),
        fill(text, (str(database.path.parent),)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    preferences.SHARED_FOLDER_EXPLAINED.set(settings, True)
    return True
