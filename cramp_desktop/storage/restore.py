"""Restore a backup logically: nothing of the chosen file runs, only its checked rows come in.

A backup is an SQLite file, and SQLite files can carry SQL of their own (triggers,
views) or a changed schema. So the file is opened read-only and compared with a fresh
database that our own migrations build at the file's revision: every table, column,
index and constraint must be exactly ours, and nothing else may be there. Every row is
then checked through `stored_rows` (core's codes, ranges and dates) and written into
that fresh database, which is upgraded to the newest revision and finally copied into
cramp.db with the SQLite backup API (the app and commands may hold cramp.db open, so it
is never renamed over). A copy of the replaced data is kept in backups/.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from cramp_desktop.paths import DataPaths, make_private_file
from cramp_desktop.storage import stored_rows
from cramp_desktop.storage.backups import (
    BACKUP_SUFFIX,
    backup_to,
    clear_pending_damage,
    create_private_empty,
    quarantine,
    timestamp,
    unique_path,
)
from cramp_desktop.storage.errors import BackupError, RestoreError, RestoreReason, StorageError
from cramp_desktop.storage.file_system import journal_mode
from cramp_desktop.storage.schema import (
    VERSION_TABLE,
    DatabaseState,
    connect_read_only,
    inspect_database,
)

_BATCH = 2000
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14
_SPACES = re.compile(r"\s+")


def restore_from(paths: DataPaths, source: Path) -> Path | None:
    """Replace the data with the backup `source`, keeping a backup of the current data.

    The source is checked and rebuilt first; a bad source raises RestoreError and
    changes nothing. Returns the safety backup of the replaced data (None if there was
    no data yet). Works while the app's Database is open (the backup API writes through
    SQLite, so WAL readers stay consistent).
    """
    source = Path(source)
    _check_source_path(paths, source)
    paths.create()
    database = paths.database
    try:
        current_state, _ = inspect_database(database)
    except StorageError as error:
        raise RestoreError(
            f"{error.message} Nothing was changed.", reason="unavailable", source=source
        ) from error
    # In the data folder (private, and nothing is written anywhere else).
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=paths.root) as scratch:
        rebuilt = Path(scratch) / "rebuilt.db"
        page_size = _page_size(database) if current_state is not DatabaseState.DAMAGED else None
        rebuild(source, rebuilt, page_size=page_size)
        safety = _set_aside_current(paths, source, current_state)
        _copy_into(rebuilt, database, source, safety)
    clear_pending_damage(paths)  # restoring is one of the two choices after damage
    return safety


def _check_source_path(paths: DataPaths, source: Path) -> None:
    if not source.exists():
        raise RestoreError(
            f"The backup file {source} does not exist.", reason="missing", source=source
        )
    if not source.is_file():
        raise RestoreError(f"{source} is not a file.", reason="not-a-file", source=source)
    if paths.database.exists() and os.path.samefile(source, paths.database):
        raise RestoreError(
            "The file chosen is the data file in use; choose a backup file.",
            reason="in-use",
            source=source,
        )


def rebuild(source: Path, target: Path, *, page_size: int | None = None) -> None:
    """Build `target` (which must not exist) from the checked rows of `source`, upgraded
    to the newest revision. Raises RestoreError saying what is wrong with `source`."""
    from cramp_desktop.storage.database import migrate  # Alembic: only when restoring

    revision = _source_revision(source)
    try:
        create_private_empty(target)
        if page_size:
            with closing(sqlite3.connect(target, isolation_level=None)) as connection:
                connection.execute(f"PRAGMA page_size = {int(page_size)}")
                connection.execute("VACUUM")  # fixes the page size of the still empty file
        migrate(target, revision=revision)
        _fill(source, target)
        migrate(target)  # to the newest revision, if the backup is older
    except RestoreError:
        raise
    except sqlite3.Error as error:
        reason: RestoreReason = "copy-failed" if _is_write_failure(error) else "unreadable"
        raise RestoreError(
            f"Rebuilding {source} failed ({error}).", reason=reason, source=source
        ) from error
    except Exception as error:  # OSError, or a migration that could not write
        raise RestoreError(
            f"Rebuilding {source} failed ({error}).", reason="copy-failed", source=source
        ) from error


def _fill(source: Path, target: Path) -> None:
    with (
        closing(connect_read_only(source)) as reader,
        closing(sqlite3.connect(target, isolation_level=None)) as writer,
    ):
        if _schema(reader) != _schema(writer):
            raise RestoreError(
                f"{source} has database objects our migrations do not make.",
                reason="foreign-schema",
                source=source,
            )
        writer.execute("BEGIN")
        for table in _tables(writer):
            _copy_rows(reader, writer, table, source)
        if writer.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise RestoreError(
                f"{source}: answers refer to checklists that are not there.",
                reason="invalid-rows",
                source=source,
            )
        writer.execute("COMMIT")


def _is_write_failure(error: sqlite3.Error) -> bool:
    """Disk full, an I/O error or a read-only place: the rebuilt copy could not be written."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    return code in (_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN)


def _source_revision(source: Path) -> str:
    try:
        state, revision = inspect_database(source)
    except StorageError as error:
        raise RestoreError(
            f"The backup file {source} could not be read.", reason="unreadable", source=source
        ) from error
    if state is DatabaseState.NEWER_THAN_APP:
        raise RestoreError(
            f"The backup file {source} was made by a newer version of Leg Cramp Companion.",
            reason="newer",
            source=source,
        )
    if state not in (DatabaseState.CURRENT, DatabaseState.UPGRADE_NEEDED) or revision is None:
        raise RestoreError(
            f"The file {source} is not a usable Leg Cramp Companion backup.",
            reason="not-a-backup",
            source=source,
        )
    return revision


def _schema(connection: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    """Every object of the file (tables, indexes, triggers, views), SQL as written."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        (kind, name, table, _SPACES.sub(" ", sql or "").strip()) for kind, name, table, sql in rows
    }


def _tables(connection: sqlite3.Connection) -> list[str]:
    """Our tables in the order the migrations made them (a parent before its children)."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != ? ORDER BY rowid",
        (VERSION_TABLE,),
    ).fetchall()
    return [str(name) for (name,) in rows]


def _copy_rows(
    reader: sqlite3.Connection, writer: sqlite3.Connection, table: str, source: Path
) -> None:
    if table not in stored_rows.ROW_GUARDS:
        raise RestoreError(
            f"No check exists for the table {table}; it cannot be restored.",
            reason="not-a-backup",
            source=source,
        )
    cursor = reader.execute(f'SELECT * FROM "{table}"')  # the name is one of ours
    columns = [description[0] for description in cursor.description]
    insert = (
        f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
    )
    while batch := cursor.fetchmany(_BATCH):
        for values in batch:
            try:
                stored_rows.check_row(table, dict(zip(columns, values, strict=True)))
            except stored_rows.RowProblem as problem:
                raise RestoreError(
                    f"{source}: {problem}",
                    reason="invalid-rows",
                    source=source,
                    detail=str(problem),
                ) from None
        writer.executemany(insert, batch)


def _page_size(database: Path) -> int | None:
    """The page size of the current data file: the backup API cannot copy into a WAL
    file with another page size (SQLite then says the file is read-only)."""
    if not database.is_file() or database.stat().st_size == 0:
        return None
    try:
        with closing(connect_read_only(database)) as connection:
            return int(connection.execute("PRAGMA page_size").fetchone()[0])
    except sqlite3.Error:
        return None


def _set_aside_current(paths: DataPaths, source: Path, state: DatabaseState) -> Path | None:
    """Keep a damaged file under a new name, or a healthy one as a safety backup."""
    database = paths.database
    if state is DatabaseState.DAMAGED:
        try:
            quarantine(database)  # kept under a new name, never deleted
        except OSError as error:
            raise RestoreError(
                f"The damaged data file could not be set aside ({error}). Nothing was changed.",
                reason="unavailable",
                source=source,
            ) from error
    if not (database.is_file() and database.stat().st_size > 0):
        return None
    name = f"cramp-before-restore-{timestamp()}{BACKUP_SUFFIX}"
    try:
        return backup_to(database, unique_path(paths.backups / name))
    except BackupError as error:
        raise RestoreError(
            "The current data could not be backed up before restoring, so nothing was "
            f"changed ({error.message})",
            reason="no-safety-copy",
            source=source,
        ) from error


def _copy_into(rebuilt: Path, database: Path, source: Path, safety: Path | None) -> None:
    try:
        if not database.exists():
            create_private_empty(database)
        with (
            closing(connect_read_only(rebuilt)) as reader,
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
