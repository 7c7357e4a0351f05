"""Start-up checks: damaged files are kept and reported; newer databases are left untouched."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage import backups, schema
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.errors import DamagedDatabaseError, NewerDatabaseError, StorageError
from cramp_desktop.storage.repositories import EpisodeRepository
from tests.storage.conftest import make_episode

DAMAGED_NAME = re.compile(r"^cramp\.db\.damaged-\d{8}-\d{6}$")


def _healthy_database_with_rows(paths: DataPaths, rows: int = 200) -> None:
    with open_database(paths) as database:
        repository = EpisodeRepository(database)
        repository.add_many([make_episode(notes="x" * 500) for _ in range(rows)])


def _truncate(paths: DataPaths) -> None:
    _healthy_database_with_rows(paths)
    data = paths.database.read_bytes()
    assert len(data) > 8192
    paths.database.write_bytes(data[: len(data) // 2])


def _random_bytes(paths: DataPaths) -> None:
    paths.create()
    paths.database.write_bytes(os.urandom(10_000))


def _text_file(paths: DataPaths) -> None:
    paths.create()
    paths.database.write_text("These are my notes about cramps.\n" * 50)


DAMAGE = {"truncated": _truncate, "random-bytes": _random_bytes, "text-file": _text_file}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_file_is_renamed_never_deleted(
    paths: DataPaths, damage: Callable[[DataPaths], None]
) -> None:
    damage(paths)
    content = paths.database.read_bytes()
    assert schema.classify(paths.database) is schema.DatabaseState.DAMAGED

    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(paths)

    error = raised.value
    assert not paths.database.exists()
    assert DAMAGED_NAME.match(error.damaged_path.name)
    assert error.damaged_path.read_bytes() == content
    assert error.newest_backup is None
    assert str(error.damaged_path) in error.message
    assert "Traceback" not in error.message
    # Until the user has chosen, every later open names the same kept file again ...
    with pytest.raises(DamagedDatabaseError) as again:
        open_database(paths)
    assert again.value.damaged_path == error.damaged_path
    assert not paths.database.exists()
    # ... and once they chose empty data, it begins with a fresh, empty database.
    backups.clear_pending_damage(paths)
    with open_database(paths) as database:
        assert EpisodeRepository(database).count() == 0


@pytest.mark.parametrize("damage", [_truncate, _text_file], ids=["truncated", "text-file"])
def test_damage_report_names_the_newest_good_backup(
    paths: DataPaths, damage: Callable[[DataPaths], None]
) -> None:
    _healthy_database_with_rows(paths, rows=3)
    older = backups.backup_to(paths.database, paths.backups / "cramp-auto-2024-01-01.db")
    newest = backups.backup_to(paths.database, paths.backups / "cramp-auto-2024-01-02.db")
    os.utime(older, (1_700_000_000, 1_700_000_000))
    broken = paths.backups / "cramp-auto-2024-01-03.db"
    broken.write_text("not a database")  # newest by time, but unusable
    paths.database.unlink()
    damage(paths)

    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(paths)

    assert raised.value.newest_backup == newest
    assert str(newest) in raised.value.message


def test_wal_and_shm_are_renamed_with_the_damaged_file(paths: DataPaths) -> None:
    _random_bytes(paths)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").write_bytes(b"leftover")

    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(paths)

    kept = raised.value.damaged_path
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{paths.database}{suffix}").exists()
        assert Path(f"{kept}{suffix}").exists()
    # The -wal may hold the last changes: kept as it was. (SQLite rebuilds -shm, an index.)
    assert Path(f"{kept}-wal").read_bytes() == b"leftover"


def test_foreign_sqlite_database_is_not_taken_over(paths: DataPaths) -> None:
    paths.create()
    with closing(sqlite3.connect(paths.database)) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
        connection.commit()
    with pytest.raises(DamagedDatabaseError) as raised:
        open_database(paths)
    assert "photos" in _table_names(raised.value.damaged_path)


def _table_names(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}


def test_newer_database_is_refused_and_left_byte_identical(paths: DataPaths) -> None:
    _healthy_database_with_rows(paths, rows=5)
    with closing(sqlite3.connect(paths.database)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    os.utime(paths.database, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    content = paths.database.read_bytes()
    stat = paths.database.stat()

    with pytest.raises(NewerDatabaseError) as raised:
        open_database(paths)

    assert raised.value.revision == "9999"
    assert "newer version" in raised.value.message
    assert isinstance(raised.value, StorageError)
    assert paths.database.read_bytes() == content
    assert paths.database.stat().st_mtime_ns == stat.st_mtime_ns
    assert paths.database.stat().st_size == stat.st_size
    assert list(paths.backups.iterdir()) == []  # no migration backup either
    assert schema.read_revision(paths.database) == "9999"
