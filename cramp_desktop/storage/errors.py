"""Errors of the storage layer, and what to tell the user about each.

`message` is plain English with the details, for logs. Users see `user_text(error,
QCoreApplication.translate)`: a text per category (the class), translated, in the
app and on the command line alike. It lives here, beside the categories it covers, as
plain Python (the translation markers need no Qt). No traceback ever reaches the user:
callers catch `StorageError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, fill, untranslated

STORAGE_ERRORS_CONTEXT = "StorageErrors"
RestoreReason = Literal[
    "missing",
    "not-a-file",
    "in-use",
    "unreadable",
    "newer",
    "not-a-backup",
    "foreign-schema",
    "invalid-rows",
    "no-safety-copy",
    "unavailable",
    "copy-failed",
]


class StorageError(Exception):
    """Base class: something went wrong while keeping the user's data."""

    category: ClassVar[str] = "storage"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseUnavailableError(StorageError):
    """The database exists but cannot be opened right now (locked, no access, disk error)."""

    category = "unavailable"


class DamagedDatabaseError(StorageError):
    """The database file was damaged; it has been renamed (kept) and a new one can start."""

    category = "damaged"

    def __init__(self, message: str, *, damaged_path: Path, newest_backup: Path | None) -> None:
        super().__init__(message)
        self.damaged_path = damaged_path
        self.newest_backup = newest_backup


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of the app; it was left untouched."""

    category = "newer"

    def __init__(self, message: str, *, revision: str) -> None:
        super().__init__(message)
        self.revision = revision


class MigrationError(StorageError):
    """Updating the database to this version failed; the database was left as it was."""

    category = "migration"

    def __init__(self, message: str, *, backup: Path | None) -> None:
        super().__init__(message)
        self.backup = backup


class BackupError(StorageError):
    """A backup could not be made or a backup file is not usable."""

    category = "backup"


class RestoreError(BackupError):
    """A restore of `source` was refused or failed; the current data was not changed.
    `reason` says which case, so the user is told what to fix (see RESTORE_REASONS)."""

    category = "restore"

    def __init__(
        self, message: str, *, reason: RestoreReason, source: Path, detail: str = ""
    ) -> None:
        super().__init__(message)
        self.reason: RestoreReason = reason
        self.source = source
        self.detail = detail  # which entry and field, for "invalid-rows"


class RecordNotFoundError(StorageError):
    """The entry no longer exists (deleted meanwhile)."""

    category = "not-found"


class OtherExperimentRunningError(StorageError):
    """A stopped experiment cannot run again while another one runs."""

    category = "other-experiment-running"


class InvalidRecordError(StorageError):
    """The entry breaks a rule of the database (for example a severity above 10)."""

    category = "invalid"


_TEXTS = {  # by category; the categories with file names are composed in user_text()
    "unavailable": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Your data could not be opened or saved just now. Another program may be using it, "
        "or the disk may be full or read-only. Nothing was changed; please try again in a "
        "moment.",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Your data was saved by a newer version of Leg Cramp Companion. Install the newest "
        "version to open it; your data has not been changed.",
    ),
    "not-found": QT_TRANSLATE_NOOP(
        "StorageErrors", "This entry no longer exists. It may have been deleted meanwhile."
    ),
    "other-experiment-running": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Another experiment is running now, and only one can run at a time. Stop it first, "
        "then undo again.",
    ),
    "invalid": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "The entry could not be saved because a value is out of range or missing.",
    ),
    "storage": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Something went wrong while keeping your data. Nothing was changed; please try again.",
    ),
}
_DAMAGED_KEPT = QT_TRANSLATE_NOOP(
    "StorageErrors",
    "Your data file was damaged and could not be read. It has been kept as “%1” in your "
    "data folder.",
)
_DAMAGED_BACKUP_FOUND = QT_TRANSLATE_NOOP(
    "StorageErrors", "Your newest backup, “%1”, can be restored."
)
_DAMAGED_NO_BACKUP = QT_TRANSLATE_NOOP(
    "StorageErrors", "No backup was found, so Leg Cramp Companion will start with empty data."
)
_MIGRATION_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "StorageErrors",
    "Your data could not be updated for this version of Leg Cramp Companion. It was left "
    "as it was, and a copy is kept as “%1” in the backups folder.",
)
_MIGRATION_NO_BACKUP = QT_TRANSLATE_NOOP(
    "StorageErrors",
    "Your data could not be prepared for this version of Leg Cramp Companion, so it was not "
    "changed. Check that the data folder can be written to and that the disk is not full.",
)
_BACKUP_OF_FILE = QT_TRANSLATE_NOOP(
    "StorageErrors",
    "The backup “%1” could not be made. Check that its folder can be written to and that "
    "the disk is not full. Your data was not changed.",
)
_BACKUP = QT_TRANSLATE_NOOP(
    "StorageErrors",
    "A backup could not be made. Check that the folder can be written to and that the disk "
    "is not full. Your data was not changed.",
)
# Why a restore was refused, each with what to do; "%1" is the chosen file's name.
RESTORE_REASONS: dict[RestoreReason, str] = {
    "missing": QT_TRANSLATE_NOOP(
        "StorageErrors", "“%1” does not exist. Choose another file. Nothing was changed."
    ),
    "not-a-file": QT_TRANSLATE_NOOP(
        "StorageErrors", "“%1” is a folder, not a backup file. Choose a file. Nothing was changed."
    ),
    "in-use": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "“%1” is the data file the app is using, not a backup. Choose a backup file. "
        "Nothing was changed.",
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "“%1” could not be read. Check that the file is still there and that you may open "
        "it. Nothing was changed.",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "“%1” was made by a newer version of Leg Cramp Companion. Update the app, then "
        "restore it. Nothing was changed.",
    ),
    "not-a-backup": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "“%1” is not a usable Leg Cramp Companion backup: it is damaged, empty or from "
        "another program. Choose another file. Nothing was changed.",
    ),
    "foreign-schema": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "“%1” was not restored: it contains database parts that Leg Cramp Companion never "
        "makes (changed tables, triggers or views), so it may have been altered. Choose "
        "another backup. Nothing was changed.",
    ),
    "invalid-rows": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "“%1” was not restored: an entry in it holds a value that is not valid (%2). The "
        "file may be damaged or altered. Choose another backup. Nothing was changed.",
    ),
    "no-safety-copy": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "Your current data could not be copied before restoring “%1”, so nothing was "
        "changed. Check that there is free space on the disk, then try again.",
    ),
    "unavailable": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "“%1” was not restored because your current data could not be opened just now. "
        "Another program may be using your data, or you may not have access to it. Nothing "
        "was changed; please try again in a moment.",
    ),
    "copy-failed": QT_TRANSLATE_NOOP(
        "StorageErrors",
        "“%1” could not be copied into your data folder, for example because the disk is "
        "full. Check that there is free space on the disk, then try again. The data you had "
        "before is kept.",
    ),
}


def user_text(
    error: StorageError, translate: Translate = untranslated, *, file_name: str | None = None
) -> str:
    """What to tell the user about `error`, translated with `translate`
    (QCoreApplication.translate). `file_name`: the backup being made or restored, as the
    user chose it (backup errors name it; restore errors name their source by default)."""

    def text(template: str, *values: str) -> str:
        return fill(translate(STORAGE_ERRORS_CONTEXT, template), values)

    if isinstance(error, DamagedDatabaseError):
        kept = damaged_file_text(error, translate)
        if error.newest_backup is None:
            return f"{kept} {text(_DAMAGED_NO_BACKUP)}"
        return f"{kept} {text(_DAMAGED_BACKUP_FOUND, error.newest_backup.name)}"
    if isinstance(error, MigrationError):
        if error.backup is None:
            return text(_MIGRATION_NO_BACKUP)
        return text(_MIGRATION_WITH_BACKUP, error.backup.name)
    if isinstance(error, RestoreError):  # before BackupError, its base class
        return text(RESTORE_REASONS[error.reason], file_name or error.source.name, error.detail)
    if isinstance(error, BackupError):
        return text(_BACKUP) if file_name is None else text(_BACKUP_OF_FILE, file_name)
    return text(_TEXTS.get(error.category, _TEXTS["storage"]))


def damaged_file_text(error: DamagedDatabaseError, translate: Translate = untranslated) -> str:
    """That the data file was damaged and where it is kept (the first sentence of
    user_text for a damaged file, for dialogs that go on to offer a choice)."""
    template = translate(STORAGE_ERRORS_CONTEXT, _DAMAGED_KEPT)
    return fill(template, [error.damaged_path.name])
