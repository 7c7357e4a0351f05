"""read_revision and the classification of database files, with the sqlite3 module only."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage import schema
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.schema import DatabaseState


def _set_revision(paths: DataPaths, revision: str) -> None:
    with closing(sqlite3.connect(paths.database)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()


def test_missing_and_empty_files_are_new(paths: DataPaths) -> None:
    assert schema.read_revision(paths.database) is None
    assert schema.classify(paths.database) is DatabaseState.NEW
    paths.create()
    paths.database.touch()
    assert schema.read_revision(paths.database) is None
    assert schema.classify(paths.database) is DatabaseState.NEW


def test_sqlite_file_without_tables_is_new(paths: DataPaths) -> None:
    paths.create()
    with closing(sqlite3.connect(paths.database)) as connection:
        connection.execute("PRAGMA user_version = 1")
    assert paths.database.stat().st_size > 0
    assert schema.classify(paths.database) is DatabaseState.NEW


def test_current_database(paths: DataPaths) -> None:
    open_database(paths).close()
    assert schema.read_revision(paths.database) == schema.HEAD_REVISION
    assert schema.classify(paths.database) is DatabaseState.CURRENT


def test_unknown_revision_means_newer_than_the_app(paths: DataPaths) -> None:
    open_database(paths).close()
    _set_revision(paths, "abc123")
    assert schema.read_revision(paths.database) == "abc123"
    assert schema.classify(paths.database) is DatabaseState.NEWER_THAN_APP


def test_known_older_revision_needs_an_upgrade(paths: DataPaths) -> None:
    open_database(paths).close()
    head = schema.HEAD_REVISION
    state, revision = schema.inspect_database(paths.database, head="9999", known=(head, "9999"))
    assert (state, revision) == (DatabaseState.UPGRADE_NEEDED, head)


def test_not_a_database_is_damaged_and_read_revision_raises(paths: DataPaths) -> None:
    paths.create()
    paths.database.write_text("hello\n" * 100)
    assert schema.classify(paths.database) is DatabaseState.DAMAGED
    with pytest.raises(sqlite3.DatabaseError):
        schema.read_revision(paths.database)


def test_read_revision_never_writes(paths: DataPaths) -> None:
    open_database(paths).close()
    with (
        pytest.raises(sqlite3.OperationalError, match="readonly"),
        closing(schema.connect_read_only(paths.database)) as connection,
    ):
        connection.execute("DELETE FROM alembic_version")


@pytest.mark.parametrize(
    ("revision", "has_tables", "expected"),
    [
        (None, False, DatabaseState.NEW),
        (None, True, DatabaseState.DAMAGED),
        (schema.HEAD_REVISION, True, DatabaseState.CURRENT),
        ("0001", True, DatabaseState.UPGRADE_NEEDED),
        ("zzzz", True, DatabaseState.NEWER_THAN_APP),
    ],
)
def test_classify_revision(revision: str | None, has_tables: bool, expected: DatabaseState) -> None:
    assert schema.classify_revision(revision, has_tables=has_tables) is expected
