"""Errors of the storage layer, each with a message a user can understand.

The class is the category the UI translates by; `message` is plain English for logs and
the command line. No traceback ever reaches the user: callers catch `StorageError`.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar


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
    """A restore was refused or failed; the current data was not changed."""

    category = "restore"


class RecordNotFoundError(StorageError):
    """The entry no longer exists (deleted meanwhile)."""

    category = "not-found"


class InvalidRecordError(StorageError):
    """The entry breaks a rule of the database (for example a severity above 10)."""

    category = "invalid"
