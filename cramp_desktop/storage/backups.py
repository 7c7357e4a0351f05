"""Backups of cramp.db with the SQLite backup API (a file copy would miss the -wal file).

Only the standard sqlite3 module is used, so backups work before SQLAlchemy is loaded.
Backup files are single self-contained files (rollback journal, not WAL), mode 0600.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from contextlib import closing
from pathlib import Path

from cramp_desktop.paths import PRIVATE_FILE_MODE, DataPaths, make_private_file, unique_path
from cramp_desktop.storage.errors import BackupError, RestoreError, StorageError
from cramp_desktop.storage.file_system import journal_mode
from cramp_desktop.storage.schema import DatabaseState, connect_read_only, inspect_database

_log = logging.getLogger(__name__)

AUTO_PREFIX = "cramp-auto-"
_AUTO_NAME = re.compile(r"^cramp-auto-\d{4}-\d{2}-\d{2}\.db$")
_BACKUP_SUFFIX = ".db"


def timestamp(now: dt.datetime | None = None) -> str:
    """Local time as YYYYmmdd-HHMMSS, used in backup and damaged-file names."""
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def create_private_empty(path: Path) -> None:
    """Create an empty file readable only by the user (SQLite reuses its mode for -wal)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(descriptor)
    make_private_file(path)


def quarantine(db_path: Path, *, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) to cramp.db.damaged-<timestamp>.

    The file is kept, never deleted: someone may be able to rescue data from it.
    """
    db_path = Path(db_path)
    target = db_path.with_name(f"{db_path.name}.damaged-{timestamp(now)}")
    number = 1
    while any(target.with_name(target.name + s).exists() for s in ("", "-wal", "-shm")):
        number += 1
        target = db_path.with_name(f"{db_path.name}.damaged-{timestamp(now)}-{number}")
    for suffix in ("-wal", "-shm", ""):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def put_back(damaged: Path, db_path: Path) -> bool:
    """Undo `quarantine` when the user decided nothing (quit), so the next start asks
    again instead of silently beginning with empty data. False if a data file exists."""
    if db_path.exists():
        return False
    for suffix in ("-wal", "-shm", ""):
        companion = damaged.with_name(damaged.name + suffix)
        if companion.exists():
            os.replace(companion, db_path.with_name(db_path.name + suffix))
    return True


def backup_to(db_path: Path, target_path: Path) -> Path:
    """Copy a consistent snapshot of `db_path` to `target_path` (replaced if it exists).

    Written to a temporary file first and renamed into place, so a failed backup never
    leaves a half-written file under the target's name.
    """
    source_path, target = Path(db_path), Path(target_path)
    if not source_path.is_file():
        raise BackupError(f"There is no data file at {source_path} to back up.")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        create_private_empty(partial)
        with (
            closing(connect_read_only(source_path)) as source,
            closing(sqlite3.connect(partial, isolation_level=None)) as destination,
        ):
            source.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup to {target} could not be written ({error}).") from error
    make_private_file(target)
    return target


def automatic_backups(paths: DataPaths) -> list[Path]:
    """The automatic daily backups, oldest first (their names sort by date)."""
    if not paths.backups.is_dir():
        return []
    return sorted(p for p in paths.backups.iterdir() if _AUTO_NAME.match(p.name) and p.is_file())


def automatic_daily_backup(
    paths: DataPaths, keep: int = 7, *, today: dt.date | None = None
) -> Path | None:
    """Make today's automatic backup if there is none yet, then keep only the newest `keep`.

    Returns the new backup, or None when today's exists or there is no database yet.
    Only files named cramp-auto-YYYY-MM-DD.db are ever deleted.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    day = today or dt.date.today()
    created: Path | None = None
    target = paths.backups / f"{AUTO_PREFIX}{day.isoformat()}{_BACKUP_SUFFIX}"
    if paths.database.is_file() and paths.database.stat().st_size > 0 and not target.exists():
        created = backup_to(paths.database, target)
    autos = automatic_backups(paths)
    for old in autos[: max(0, len(autos) - keep)]:
        try:
            old.unlink(missing_ok=True)
        except OSError as error:  # Windows: another program (a sync client) holds it open
            _log.warning("old automatic backup %s kept for now: %s", old.name, error.strerror)
    return created


def is_healthy_backup(path: Path) -> bool:
    """True if `path` is an intact database of this app that it can open."""
    try:
        state, _ = inspect_database(path)
    except StorageError:  # locked or unreadable: not usable right now
        return False
    return state in (DatabaseState.CURRENT, DatabaseState.UPGRADE_NEEDED)


def newest_backup(paths: DataPaths) -> Path | None:
    """The most recent backup (any kind) that passes the integrity check, or None."""
    if not paths.backups.is_dir():
        return None
    candidates = [p for p in paths.backups.iterdir() if p.is_file() and p.suffix == _BACKUP_SUFFIX]
    candidates.sort(key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)
    for candidate in candidates:
        if is_healthy_backup(candidate):
            return candidate
    return None


def _check_restore_source(paths: DataPaths, source: Path) -> None:
    if not source.is_file():
        raise RestoreError(
            f"The backup file {source} does not exist.", reason="missing", source=source
        )
    if paths.database.exists() and source.resolve() == paths.database.resolve():
        raise RestoreError(
            "The file chosen is the data file in use; choose a backup file.",
            reason="in-use",
            source=source,
        )
    try:
        state, _ = inspect_database(source)
    except StorageError as error:
        raise RestoreError(
            f"The backup file {source} could not be read.", reason="unreadable", source=source
        ) from error
    if state is DatabaseState.NEWER_THAN_APP:
        raise RestoreError(
            f"The backup file {source} was made by a newer version of Leg Cramp Companion. "
            "Update the app, then restore it.",
            reason="newer",
            source=source,
        )
    if state not in (DatabaseState.CURRENT, DatabaseState.UPGRADE_NEEDED):
        raise RestoreError(
            f"The file {source} is not a usable Leg Cramp Companion backup "
            "(it is damaged, empty or from another program). Nothing was changed.",
            reason="not-a-backup",
            source=source,
        )


def restore_from(paths: DataPaths, source: Path) -> Path | None:
    """Replace the data with the backup `source`, keeping a backup of the current data.

    The source is checked first; a bad source raises RestoreError and changes nothing.
    Returns the safety backup of the replaced data (None if there was no data yet).
    Works while the app's Database is open (the backup API writes through SQLite, so WAL
    readers stay consistent); if the backup has an older revision, close the Database and
    call open_database again so the usual start-up steps upgrade it.
    """
    source = Path(source)
    _check_restore_source(paths, source)
    paths.create()
    safety: Path | None = None
    database = paths.database
    try:
        current_state, _ = inspect_database(database)
    except StorageError as error:
        raise RestoreError(
            f"{error.message} Nothing was changed.", reason="unavailable", source=source
        ) from error
    if current_state is DatabaseState.DAMAGED:
        try:
            quarantine(database)  # kept under a new name, never deleted
        except OSError as error:
            raise RestoreError(
                f"The damaged data file could not be set aside ({error}). Nothing was changed.",
                reason="unavailable",
                source=source,
            ) from error
    if database.is_file() and database.stat().st_size > 0:
        name = f"cramp-before-restore-{timestamp()}{_BACKUP_SUFFIX}"
        try:
            safety = backup_to(database, unique_path(paths.backups / name))
        except BackupError as error:
            raise RestoreError(
                f"The current data could not be backed up before restoring, so nothing was "
                f"changed ({error.message})",
                reason="no-safety-copy",
                source=source,
            ) from error
    try:
        if not database.exists():
            create_private_empty(database)
        with (
            closing(connect_read_only(source)) as reader,
            closing(sqlite3.connect(database, isolation_level=None, timeout=5.0)) as writer,
        ):
            reader.backup(writer)
            writer.execute(f"PRAGMA journal_mode={journal_mode(database)}")
    except (sqlite3.Error, OSError) as error:
        raise RestoreError(
            f"Restoring from {source} failed ({error}). "
            + (f"Your previous data is kept in {safety}." if safety else ""),
            reason="copy-failed",
            source=source,
        ) from error
    for suffix in ("", "-wal", "-shm"):
        make_private_file(database.with_name(database.name + suffix))
    return safety
