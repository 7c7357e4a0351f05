"""A damaged data file set aside by a command: later commands must not quietly start with
empty data, and the app asks at its next start (restore the newest backup or start empty)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.ui.shell.storage_dialogs import open_storage_interactively
from tests.ui.shell.test_storage_dialogs import (
    MakeAnswerer,
    answerer,  # noqa: F401  (fixture)
    click,
    damage_with_a_backup,
    damaged_files,
    window,  # noqa: F401  (fixture)
)

pytestmark = pytest.mark.slow
CSV = (
    "started_at,duration_min,severity,muscle,side,context,triggers,relief,relief_helped,"
    "sleep_disturbance,notes\n2024-05-01T23:40+02:00,1,5,calf,left,sleep,,,,,new\n"
)


def run(paths: DataPaths, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cramp_desktop", "--data-dir", str(paths.root), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_commands_refuse_until_the_user_has_chosen(paths: DataPaths, tmp_path: Path) -> None:
    backup = damage_with_a_backup(paths, tmp_path)
    source = tmp_path / "new.csv"
    source.write_text(CSV, encoding="utf-8")
    first = run(paths, "import-csv", source)
    [kept] = damaged_files(paths)
    for result in (
        first,
        run(paths, "import-csv", source),
        run(paths, "export-csv", tmp_path / "o.csv"),
    ):
        assert result.returncode == 1, result.stdout
        assert kept.name in result.stderr and str(backup) in result.stderr
        assert "Nothing was done" in result.stderr and "Traceback" not in result.stderr
        assert not paths.database.exists(), "a command started with empty data"
    assert damaged_files(paths) == [kept]  # set aside once, never again


def test_the_app_asks_at_its_next_start_and_empty_data_is_a_choice(
    window: QMainWindow,  # noqa: F811
    answerer: MakeAnswerer,  # noqa: F811
    paths: DataPaths,
    tmp_path: Path,
) -> None:
    damage_with_a_backup(paths, tmp_path)
    assert run(paths, "export-csv", tmp_path / "o.csv").returncode == 1
    [kept] = damaged_files(paths)
    boxes = answerer([click("Start with empty data")])
    database = open_storage_interactively(window, paths)
    assert database is not None
    with database:
        assert Repositories.for_database(database).episodes.all() == []
    assert len(boxes.seen) == 1 and kept.name in boxes.seen[0]
    # Chosen: commands work again, on the empty data.
    assert run(paths, "export-csv", tmp_path / "o.csv").returncode == 0


def test_restoring_in_the_app_after_a_command_brings_the_backup_back(
    window: QMainWindow,  # noqa: F811
    answerer: MakeAnswerer,  # noqa: F811
    paths: DataPaths,
    tmp_path: Path,
) -> None:
    damage_with_a_backup(paths, tmp_path)
    assert run(paths, "export-csv", tmp_path / "o.csv").returncode == 1
    answerer([click("Restore backup")])
    database = open_storage_interactively(window, paths)
    assert database is not None
    with database:
        notes = [e.notes for e in Repositories.for_database(database).episodes.all()]
    assert notes == ["from the backup"]
    assert run(paths, "export-csv", tmp_path / "o.csv").returncode == 0
