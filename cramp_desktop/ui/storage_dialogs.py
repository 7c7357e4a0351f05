"""Opening the database at start-up, and telling the user in plain words when it cannot be."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.backups import automatic_daily_backup, restore_from
from cramp_desktop.storage.database import Database, open_database
from cramp_desktop.storage.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    StorageError,
    user_text,
)

AUTOMATIC_BACKUPS_KEPT = 14
log = logging.getLogger(__name__)


def open_storage_interactively(
    parent: QMainWindow, paths: DataPaths, *, interactive: bool = True
) -> Database | None:
    """Open (and if needed upgrade) the database; None means the app cannot go on."""
    while True:
        try:
            database = open_database(paths)
        except DamagedDatabaseError as error:
            log.warning("damaged database kept as %s", error.damaged_path.name)
            if not interactive or not _recover_from_damage(parent, paths, error):
                _report(
                    parent,
                    interactive,
                    QCoreApplication.translate("StorageDialogs", "Your data file is damaged."),
                    user_text(error, QCoreApplication.translate),
                )
                return None
            continue  # a backup was restored, or the user chose to start afresh
        except NewerDatabaseError as error:
            log.warning("data not opened: %s", error.message)
            _report(
                parent,
                interactive,
                QCoreApplication.translate(
                    "StorageDialogs",
                    "Your data was saved by a newer version of Leg Cramp Companion. "
                    "Please install the newest version to open it. Your data has not been changed.",
                ),
                "",  # the summary says it all
            )
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


def _recover_from_damage(parent: QWidget, paths: DataPaths, error: DamagedDatabaseError) -> bool:
    """Offer the newest backup; True when the app should try opening again."""
    kept = QCoreApplication.translate(
        "StorageDialogs", "The damaged file was kept as “%1” in your data folder."
    ).replace("%1", error.damaged_path.name)
    intro = QCoreApplication.translate(
        "StorageDialogs",
        "Your data file could not be read. It may have been damaged, for example by a "
        "power cut or a full disk.",
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("StorageDialogs", "Your data file is damaged"))
    box.setText(intro)
    if error.newest_backup is not None:
        box.setInformativeText(
            kept
            + "\n\n"
            + QCoreApplication.translate(
                "StorageDialogs", "Restore your newest backup, “%1”?"
            ).replace("%1", error.newest_backup.name)
        )
        restore = box.addButton(
            QCoreApplication.translate("StorageDialogs", "Restore backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        box.setInformativeText(
            kept
            + "\n\n"
            + QCoreApplication.translate("StorageDialogs", "There is no backup to restore.")
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
        try:
            restore_from(paths, error.newest_backup)
        except StorageError as restore_error:
            log.warning("restore failed: %s", restore_error.message)
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("StorageDialogs", "Restore failed"),
                user_text(
                    restore_error,
                    QCoreApplication.translate,
                    file_name=error.newest_backup.name,
                ),
            )
            return False
        return True
    return clicked is fresh


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
        QCoreApplication.translate(
            "StorageDialogs",
            "Something unexpected went wrong. Your saved data is safe. Details were written to "
            "the log file in “%1”.",
        ).replace("%1", str(logs_dir)),
    )
