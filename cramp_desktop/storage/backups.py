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

from cramp_desktop.paths import PRIVATE_FILE_MODE, DataPaths, make_private_file
from cramp_desktop.paths import unique_path as unique_path  # moved to paths.py
from cramp_desktop.storage.errors import BackupError, StorageError
from cramp_desktop.storage.schema import DatabaseState, connect_read_only, inspect_database

_log = logging.getLogger(__name__)

AUTO_PREFIX = "cramp-auto-"
_AUTO_NAME = re.compile(r"^cramp-auto-\d{4}-\d{2}-\d{2}\.db$")
BACKUP_SUFFIX = ".db"


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


def mark_damage_pending(paths: DataPaths, damaged: Path) -> None:
    """Remember the set-aside file until the user chooses: no command may start empty."""
    descriptor = os.open(
        paths.damage_pending, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE
    )
    with open(descriptor, "w", encoding="utf-8") as stream:
        stream.write(damaged.name)
    make_private_file(paths.damage_pending)


def pending_damage(paths: DataPaths) -> Path | None:
    """The damaged file the user has not decided about yet, or None. A marker is stale
    once there is a data file again (a backup was restored, or the file put back)."""
    marker = paths.damage_pending
    if not marker.is_file():
        return None
    if paths.database.is_file() and paths.database.stat().st_size > 0:
        marker.unlink(missing_ok=True)
        return None
    try:
        name = marker.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        name = ""
    return paths.root / (name or marker.name)


def clear_pending_damage(paths: DataPaths) -> None:
    """The user chose (restore or start empty): commands may use the data again."""
    paths.damage_pending.unlink(missing_ok=True)


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
    target = paths.backups / f"{AUTO_PREFIX}{day.isoformat()}{BACKUP_SUFFIX}"
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
    candidates = [p for p in paths.backups.iterdir() if p.is_file() and p.suffix == BACKUP_SUFFIX]
    candidates.sort(key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)
    for candidate in candidates:
        if is_healthy_backup(candidate):
            return candidate
    return None
