"""Open cramp.db: check it, back it up and upgrade it if needed, and set up the engine.

Start-up order (see open_database): private folders; quick integrity check with sqlite3
(a damaged file is renamed, never deleted); refuse a database from a newer app version
without touching it; back up with the SQLite backup API and run Alembic in ONE
transaction if an upgrade is due; then an engine with WAL (the rollback journal on a
network share or in a synced folder), foreign keys and a busy timeout.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from cramp_desktop.paths import DataPaths, make_private_file, unique_path
from cramp_desktop.storage import backups
from cramp_desktop.storage.errors import (
    BackupError,
    DamagedDatabaseError,
    DatabaseUnavailableError,
    MigrationError,
    NewerDatabaseError,
)
from cramp_desktop.storage.file_system import journal_mode, sharing_of
from cramp_desktop.storage.schema import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    DatabaseState,
    inspect_database,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

_log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
MIGRATIONS_LOCATION = str(Path(__file__).resolve().parent / "migrations")


class Database:
    """The engine and the session factory of one open cramp.db; `sharing` says where it
    lives (not LOCAL: no write-ahead log, see storage/file_system.py)."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self.sharing = sharing_of(path.parent)
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        """Close every pooled connection (the last one checkpoints and removes -wal)."""
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def create_sqlite_engine(db_path: Path, *, foreign_keys: bool = True, **kwargs: Any) -> Engine:
    """An engine following SQLAlchemy's recipe for real SQLite transactions (and DDL).

    The sqlite3 driver's own transaction handling is switched off (isolation_level=None)
    and SQLAlchemy emits BEGIN itself, so DDL is transactional too. Pragmas are set on
    each new connection, outside any transaction (foreign_keys cannot change inside one).
    """
    url = URL.create("sqlite", database=str(db_path))
    engine = create_engine(url, **kwargs)
    journal = journal_mode(db_path)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            cursor.execute(f"PRAGMA journal_mode = {journal}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _alembic_config(connection: Connection, location: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", location)
    config.attributes["connection"] = connection
    return config


def script_revisions(location: str) -> tuple[str, tuple[str, ...]]:
    """(head, all revisions oldest first) of the migration scripts at `location`."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", location)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    if head is None:
        raise RuntimeError(f"No migration scripts in {location}")
    revisions = tuple(rev.revision for rev in reversed(list(script.walk_revisions())))
    return head, revisions


def migrate(db_path: Path, *, location: str = MIGRATIONS_LOCATION, revision: str = "head") -> None:
    """Upgrade `db_path` to `revision` (the newest by default) in ONE transaction (all
    steps or none).

    Foreign keys are off on this connection (set before BEGIN, as they cannot change
    inside a transaction) because batch migrations copy tables; before committing,
    `PRAGMA foreign_key_check` must come back empty.
    """
    from alembic import command

    engine = create_sqlite_engine(db_path, foreign_keys=False, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection, location), revision)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key check failed: {problems[:5]}")
    finally:
        engine.dispose()


def _damaged(paths: DataPaths, kept: Path | None = None) -> DamagedDatabaseError:
    """The file set aside (now, or earlier while the user has not chosen yet)."""
    if kept is None:
        kept = backups.quarantine(paths.database)
        backups.mark_damage_pending(paths, kept)
        _log.error("Damaged database renamed to %s", kept.name)
    newest = backups.newest_backup(paths)
    offer = (
        f" The newest backup is {newest}; you can restore it."
        if newest
        else " No backup was found, so the app will start with empty data."
    )
    return DamagedDatabaseError(
        f"Your data file was damaged and could not be read. It has been kept as {kept}." + offer,
        damaged_path=kept,
        newest_backup=newest,
    )


def _upgrade(paths: DataPaths, revision: str, location: str) -> None:
    name = f"cramp-pre-migration-{revision}-{backups.timestamp()}.db"
    try:
        backup = backups.backup_to(paths.database, unique_path(paths.backups / name))
    except BackupError as error:
        raise MigrationError(
            "Your data could not be backed up before updating it for this version of "
            f"Leg Cramp Companion, so it was not changed. {error.message}",
            backup=None,
        ) from error
    try:
        migrate(paths.database, location=location)
    except Exception as error:
        _log.exception("Migration from revision %s failed and was rolled back", revision)
        raise MigrationError(
            "Your data could not be updated for this version of Leg Cramp Companion. "
            f"It was left as it was, and a copy is kept in {backup}.",
            backup=backup,
        ) from error


def _make_private(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        make_private_file(db_path.with_name(db_path.name + suffix))


def open_database(paths: DataPaths, *, migrations_location: str | None = None) -> Database:
    """Open (creating or upgrading as needed) the database in `paths`.

    Raises DamagedDatabaseError (file renamed and kept, newest backup named),
    NewerDatabaseError (file untouched), MigrationError (file as it was) or
    DatabaseUnavailableError (locked or not accessible).
    """
    paths.create()
    db_path = paths.database
    if migrations_location is None:
        location, head, known = MIGRATIONS_LOCATION, HEAD_REVISION, KNOWN_REVISIONS
    else:
        location = migrations_location
        head, known = script_revisions(location)

    pending = backups.pending_damage(paths)
    if pending is not None:  # never start empty before the user has chosen to
        raise _damaged(paths, pending)
    state, revision = inspect_database(db_path, head=head, known=known)
    if state is DatabaseState.DAMAGED:
        raise _damaged(paths)
    if state is DatabaseState.NEWER_THAN_APP:
        raise NewerDatabaseError(
            "Your data was saved by a newer version of Leg Cramp Companion. Install the "
            "newest version to open it; your data has not been changed.",
            revision=str(revision),
        )
    if state is DatabaseState.UPGRADE_NEEDED:
        _upgrade(paths, str(revision), location)
    elif state is DatabaseState.NEW:
        if not db_path.exists():
            backups.create_private_empty(db_path)
        make_private_file(db_path)
        try:
            migrate(db_path, location=location)
        except Exception as error:
            _log.exception("Creating the database schema failed")
            raise MigrationError(
                "A new data file could not be set up. Check that the data folder "
                f"{paths.root} is writable and the disk is not full.",
                backup=None,
            ) from error

    engine = create_sqlite_engine(db_path)
    try:
        with engine.connect():  # opens the first connection: WAL files now exist
            pass
    except DBAPIError as error:
        engine.dispose()
        raise DatabaseUnavailableError(
            f"Your data file {db_path} could not be opened. It may be in use by another "
            "program, or the disk may be full or read-only."
        ) from error
    _make_private(db_path)
    return Database(engine, db_path)
