"""Backups with the SQLite backup API, daily rotation, and restore."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage import backups, schema
from cramp_desktop.storage.database import Database, open_database
from cramp_desktop.storage.errors import BackupError, RestoreError
from cramp_desktop.storage.repositories import EpisodeRepository
from cramp_desktop.storage.restore import restore_from
from tests.storage.conftest import dump, make_episode


def _notes(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT notes FROM episode ORDER BY id")]


def test_backup_includes_changes_still_in_the_wal(paths: DataPaths, database: Database) -> None:
    EpisodeRepository(database).add(make_episode(notes="only in the wal so far"))
    with database.engine.connect() as connection:  # keep a reader so nothing checkpoints
        connection.exec_driver_sql("SELECT 1").scalar()
        assert Path(f"{paths.database}-wal").stat().st_size > 0
        target = backups.backup_to(paths.database, paths.root / "copy.db")
    assert _notes(target) == ["only in the wal so far"]
    assert schema.classify(target) is schema.DatabaseState.CURRENT
    assert not Path(f"{target}-wal").exists()  # a single self-contained file
    assert not list(paths.root.glob("*.partial"))


def test_backup_of_missing_database_fails_clearly(paths: DataPaths) -> None:
    with pytest.raises(BackupError, match="no data file"):
        backups.backup_to(paths.database, paths.root / "copy.db")


def test_daily_backup_once_a_day_and_rotation_keeps_n(paths: DataPaths, database: Database) -> None:
    paths.backups.mkdir(parents=True, exist_ok=True)
    other = paths.backups / "cramp-pre-migration-0001-20200101-000000.db"
    other.write_bytes(b"not ours to rotate")
    manual = paths.backups / "my-own-copy.db"
    manual.write_bytes(b"also not ours")

    start = dt.date(2024, 3, 1)
    for day in range(6):
        made = backups.automatic_daily_backup(paths, keep=3, today=start + dt.timedelta(days=day))
        assert made is not None
    assert backups.automatic_daily_backup(paths, keep=3, today=start + dt.timedelta(days=5)) is None

    names = [p.name for p in backups.automatic_backups(paths)]
    assert names == [
        "cramp-auto-2024-03-04.db",
        "cramp-auto-2024-03-05.db",
        "cramp-auto-2024-03-06.db",
    ]
    assert other.read_bytes() == b"not ours to rotate"
    assert manual.read_bytes() == b"also not ours"


def test_a_backup_held_open_is_pruned_next_time(
    paths: DataPaths, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows cannot delete a file another program (a sync client, a virus scanner)
    holds open: the start-up must go on, and a later run removes it."""
    start = dt.date(2024, 3, 1)
    for day in range(2):
        backups.automatic_daily_backup(paths, keep=2, today=start + dt.timedelta(days=day))
    held = paths.backups / "cramp-auto-2024-03-01.db"
    unlink = Path.unlink

    def refusing(self: Path, missing_ok: bool = False) -> None:
        if self == held:
            raise PermissionError(13, "The process cannot access the file", str(self))
        unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refusing)
    made = backups.automatic_daily_backup(paths, keep=2, today=dt.date(2024, 3, 3))
    assert made is not None and held.is_file()
    monkeypatch.setattr(Path, "unlink", unlink)
    backups.automatic_daily_backup(paths, keep=2, today=dt.date(2024, 3, 3))
    assert [p.name for p in backups.automatic_backups(paths)] == [
        "cramp-auto-2024-03-02.db",
        "cramp-auto-2024-03-03.db",
    ]


def test_no_daily_backup_without_a_database(paths: DataPaths) -> None:
    paths.create()
    assert backups.automatic_daily_backup(paths, keep=2) is None
    assert list(paths.backups.iterdir()) == []


def test_newest_backup_skips_broken_files(paths: DataPaths, database: Database) -> None:
    assert backups.newest_backup(paths) is None
    good = backups.backup_to(paths.database, paths.backups / "cramp-auto-2024-01-01.db")
    os.utime(good, (1_700_000_000, 1_700_000_000))
    (paths.backups / "cramp-auto-2024-01-02.db").write_bytes(os.urandom(4096))
    assert backups.newest_backup(paths) == good


def test_restore_replaces_data_and_keeps_a_backup_of_it(paths: DataPaths) -> None:
    with open_database(paths) as database:
        EpisodeRepository(database).add(make_episode(notes="old"))
        saved = backups.backup_to(paths.database, paths.root / "saved.db")
        EpisodeRepository(database).add(make_episode(notes="newer, replaced by restore"))
    before_restore = dump(paths.database)

    safety = restore_from(paths, saved)

    assert safety is not None
    assert safety.parent == paths.backups
    assert safety.name.startswith("cramp-before-restore-")
    assert dump(safety) == before_restore
    assert _notes(paths.database) == ["old"]
    with open_database(paths) as database:
        assert [e.notes for e in EpisodeRepository(database).all()] == ["old"]
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_restore_while_the_database_is_open(paths: DataPaths, database: Database) -> None:
    repository = EpisodeRepository(database)
    repository.add(make_episode(notes="in backup"))
    saved = backups.backup_to(paths.database, paths.root / "saved.db")
    repository.add(make_episode(notes="after backup"))

    restore_from(paths, saved)

    assert [e.notes for e in repository.all()] == ["in backup"]


def _bad_sources(paths: DataPaths) -> dict[str, Path]:
    folder = paths.root / "sources"
    folder.mkdir()
    text = folder / "text.db"
    text.write_text("hello")
    empty = folder / "empty.db"
    empty.touch()
    newer = backups.backup_to(paths.database, folder / "newer.db")
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
        connection.commit()
    foreign = folder / "foreign.db"
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER)")
    truncated = folder / "truncated.db"
    good = backups.backup_to(paths.database, folder / "good.db").read_bytes()
    truncated.write_bytes(good[: len(good) // 2])
    return {
        "text": text,
        "empty": empty,
        "newer": newer,
        "foreign": foreign,
        "truncated": truncated,
        "missing": folder / "missing.db",
        "itself": paths.database,
    }


def test_restore_rejects_bad_sources_and_changes_nothing(paths: DataPaths) -> None:
    with open_database(paths) as database:
        EpisodeRepository(database).add_many([make_episode(notes=str(i)) for i in range(50)])
    before = dump(paths.database)
    reasons = {"text": "not-a-backup", "empty": "not-a-backup", "newer": "newer",
               "foreign": "not-a-backup", "truncated": "not-a-backup", "missing": "missing",
               "itself": "in-use"}  # fmt: skip
    for name, source in _bad_sources(paths).items():
        with pytest.raises(RestoreError) as raised:
            restore_from(paths, source)
        assert "Traceback" not in raised.value.message, name
        assert raised.value.reason == reasons[name], name
        assert dump(paths.database) == before, name
    assert list(paths.backups.iterdir()) == []


def test_restore_into_an_empty_data_folder(paths: DataPaths, tmp_path: Path) -> None:
    other = DataPaths(tmp_path / "other")
    with open_database(other) as database:
        EpisodeRepository(database).add(make_episode(notes="from elsewhere"))
    source = backups.backup_to(other.database, tmp_path / "export.db")

    assert restore_from(paths, source) is None
    assert _notes(paths.database) == ["from elsewhere"]


def test_restore_over_a_damaged_database_keeps_the_damaged_file(paths: DataPaths) -> None:
    with open_database(paths) as database:
        EpisodeRepository(database).add(make_episode(notes="good"))
    saved = backups.backup_to(paths.database, paths.root / "saved.db")
    paths.database.write_text("garbage")

    assert restore_from(paths, saved) is None
    assert _notes(paths.database) == ["good"]
    kept = list(paths.root.glob("cramp.db.damaged-*"))
    assert [p.read_text() for p in kept if not p.name.endswith(("-wal", "-shm"))] == ["garbage"]


def _backup_elsewhere(tmp_path: Path, notes: list[str]) -> Path:
    other = DataPaths(tmp_path / "other")
    with open_database(other) as database:
        EpisodeRepository(database).add_many([make_episode(notes=text) for text in notes])
    return backups.backup_to(other.database, tmp_path / "export.db")


def test_restore_when_the_current_data_cannot_be_opened_is_unavailable(
    paths: DataPaths, tmp_path: Path
) -> None:
    source = _backup_elsewhere(tmp_path, ["from elsewhere"])
    paths.create()
    paths.database.mkdir()  # something SQLite cannot open sits where the data file belongs
    with pytest.raises(RestoreError) as raised:
        restore_from(paths, source)
    assert raised.value.reason == "unavailable"
    assert paths.database.is_dir() and list(paths.backups.iterdir()) == []


RESTORE_WITH_A_FILE_SIZE_LIMIT = """
import resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
limit = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.restore import restore_from
from cramp_desktop.storage.errors import RestoreError
try:
    restore_from(DataPaths(Path(sys.argv[1])), Path(sys.argv[2]))
except RestoreError as error:
    print(error.reason)
"""


@pytest.mark.skipif(os.name != "posix", reason="needs RLIMIT_FSIZE")
def test_a_restore_that_runs_out_of_room_is_copy_failed_and_keeps_the_data(
    paths: DataPaths, tmp_path: Path
) -> None:
    """A file size limit stands in for a full disk: the safety copy of the small current
    data fits, the large backup does not."""
    with open_database(paths) as database:
        EpisodeRepository(database).add(make_episode(notes="mine"))
    source = _backup_elsewhere(tmp_path, ["x" * 2000] * 600)
    limit = source.stat().st_size // 2
    assert paths.database.stat().st_size < limit
    result = subprocess.run(
        [sys.executable, "-c", RESTORE_WITH_A_FILE_SIZE_LIMIT, paths.root, source, str(limit)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip() == "copy-failed", result.stderr
    assert _notes(paths.database) == ["mine"]
    # The backup is rebuilt beside the data before anything is touched: the failed
    # rebuild leaves no file behind and the data as it was.
    assert not list(paths.root.glob(".restore-*"))
    assert not list(paths.backups.glob("cramp-before-restore-*.db"))
