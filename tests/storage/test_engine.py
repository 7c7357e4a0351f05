"""Engine settings (WAL, foreign keys, busy timeout, transactional DDL) and file privacy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage import backups
from cramp_desktop.storage.database import Database, open_database
from tests.file_modes import mode, posix_only


def _pragma(database: Database, name: str) -> object:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_wal_foreign_keys_and_busy_timeout_are_on(database: Database) -> None:
    assert _pragma(database, "journal_mode") == "wal"
    assert _pragma(database, "foreign_keys") == 1
    assert _pragma(database, "busy_timeout") == 5000


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), database.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO assessment_answer (assessment_id, question_id) VALUES (12345, 'q1')"
        )


def test_ddl_rolls_back_with_the_transaction(database: Database) -> None:
    with pytest.raises(RuntimeError), database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (id INTEGER)")
        raise RuntimeError("roll back")
    with database.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'scratch'"
        ).scalar()
    assert found == 0


@posix_only
def test_data_folder_and_files_are_private(paths: DataPaths) -> None:
    old_umask = os.umask(0o022)
    try:
        with open_database(paths) as database:
            with database.engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM episode").scalar()
                for folder in (paths.root, paths.backups, paths.logs):
                    assert mode(folder) == 0o700, folder
                for suffix in ("", "-wal", "-shm"):
                    file = Path(f"{paths.database}{suffix}")
                    assert file.exists(), file
                    assert mode(file) == 0o600, file
            made = backups.automatic_daily_backup(paths)
            assert made is not None and mode(made) == 0o600
            exported = backups.backup_to(paths.database, paths.root / "manual.db")
            assert mode(exported) == 0o600
    finally:
        os.umask(old_umask)


@posix_only
def test_loose_modes_of_an_existing_database_are_tightened(paths: DataPaths) -> None:
    open_database(paths).close()
    paths.root.chmod(0o755)
    paths.database.chmod(0o644)
    open_database(paths).close()
    assert mode(paths.root) == 0o700
    assert mode(paths.database) == 0o600


def test_startup_check_imports_neither_sqlalchemy_nor_alembic() -> None:
    code = (
        "import sys, pathlib\n"
        "from cramp_desktop.storage import schema, backups\n"
        "schema.classify(pathlib.Path(sys.argv[1]))\n"
        "bad = [m for m in ('sqlalchemy', 'alembic') if m in sys.modules]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "missing.db"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_opening_a_current_database_does_not_import_alembic(paths: DataPaths) -> None:
    open_database(paths).close()
    code = (
        "import sys, pathlib\n"
        "from cramp_desktop.paths import DataPaths\n"
        "from cramp_desktop.storage.database import open_database\n"
        "open_database(DataPaths(pathlib.Path(sys.argv[1]))).close()\n"
        "sys.exit(1 if 'alembic' in sys.modules else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(paths.root)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
