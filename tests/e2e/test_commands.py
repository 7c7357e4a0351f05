"""import-csv, export-csv, backup and restore as users run them: real subprocesses, real files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from cramp_desktop.core.episodes import Episode
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.repositories import Repositories
from tests.file_modes import assert_private_file

pytestmark = pytest.mark.slow

HEADER = (
    "started_at;duration_min;severity;muscle;side;context;triggers;relief;"
    "relief_helped;sleep_disturbance;notes"
)
GOOD_ROWS = [
    '2024-05-01T23:40:00+02:00;1,5;7;calf;left;sleep;"heat;alcohol";stretching;yes;6;'
    '"woke up; walked\nit off, ""finally"""',
    "2024-05-03T06:10;2;4;foot;both;rest;;;;;Ж ąż 漢字",
    "2024-05-04T18:00Z;0.5;2;thigh-back;right;after-exercise;hard-exercise;drink;partly;;",
]


def run(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "cramp_desktop",
            "--data-dir",
            str(data_dir),
            *map(str, args),
        ],
        capture_output=True,
        encoding="utf-8",  # what the app writes on every system (console.py)
        timeout=120,
    )


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("utf-8-sig"))
    return path


def stored(data_dir: Path) -> list[Episode]:
    with open_database(DataPaths(data_dir)) as database:
        return Repositories.for_database(database).episodes.all()


def comparable(episodes: list[Episode]) -> list[Episode]:
    return [replace(e, id=None, created_at=None, updated_at=None) for e in episodes]


def row_count(data_dir: Path) -> int:
    with closing(sqlite3.connect(DataPaths(data_dir).database)) as connection:
        return int(connection.execute("SELECT count(*) FROM episode").fetchone()[0])


def test_import_of_a_good_file_stores_every_row(data_dir: Path, tmp_path: Path) -> None:
    result = run(data_dir, "import-csv", write_csv(tmp_path / "in.csv", GOOD_ROWS))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Episodes imported: 3."
    episodes = stored(data_dir)
    assert [e.muscle.value for e in episodes] == ["calf", "foot", "thigh-back"]
    assert episodes[0].notes == 'woke up; walked\nit off, "finally"'
    assert episodes[0].duration_s == 90
    assert episodes[1].notes == "Ж ąż 漢字"
    assert not any(e.logged_late for e in episodes)


def test_one_bad_row_rejects_the_whole_file(data_dir: Path, tmp_path: Path) -> None:
    assert run(data_dir, "import-csv", write_csv(tmp_path / "a.csv", GOOD_ROWS)).returncode == 0
    bad = [*GOOD_ROWS[:2], "2024-05-05T10:00;1;12;calf;left;rest;;;;;", GOOD_ROWS[2]]
    result = run(data_dir, "import-csv", write_csv(tmp_path / "b.csv", bad))
    assert result.returncode == 1
    # Row 2 has a quoted newline: the bad row is the 4th record, as a spreadsheet shows it.
    assert result.stderr.splitlines()[0] == "row 4: severity: Choose a severity from 0 to 10."
    assert "Nothing was imported" in result.stderr
    assert "Traceback" not in result.stderr
    assert row_count(data_dir) == 3


def test_import_of_a_missing_file_is_one_line(data_dir: Path, tmp_path: Path) -> None:
    result = run(data_dir, "import-csv", tmp_path / "nope.csv")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("nope.csv: there is no such file.")
    assert len(result.stderr.strip().splitlines()) == 1
    assert not DataPaths(data_dir).database.exists()  # nothing written, not even a database


def test_export_then_import_into_a_fresh_folder_gives_equal_episodes(
    data_dir: Path, tmp_path: Path
) -> None:
    assert run(data_dir, "import-csv", write_csv(tmp_path / "in.csv", GOOD_ROWS)).returncode == 0
    exported = tmp_path / "out.csv"
    result = run(data_dir, "export-csv", exported)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Episodes exported to {exported}: 3."
    assert_private_file(exported)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
    fresh = tmp_path / "fresh"
    result = run(fresh, "import-csv", exported)
    assert result.returncode == 0, result.stderr
    assert comparable(stored(fresh)) == comparable(stored(data_dir))


def test_backup_then_restore_round_trip(data_dir: Path, tmp_path: Path) -> None:
    assert run(data_dir, "import-csv", write_csv(tmp_path / "a.csv", GOOD_ROWS)).returncode == 0
    backup = tmp_path / "saved.db"
    result = run(data_dir, "backup", backup)
    assert result.returncode == 0, result.stderr
    again = run(data_dir, "backup", backup)
    assert again.returncode == 1 and "--force" in again.stderr
    assert run(data_dir, "backup", backup, "--force").returncode == 0

    assert run(data_dir, "import-csv", write_csv(tmp_path / "b.csv", GOOD_ROWS[:1])).returncode == 0
    assert row_count(data_dir) == 4
    result = run(data_dir, "restore", backup)
    assert result.returncode == 0, result.stderr
    assert row_count(data_dir) == 3
    kept = Path(result.stdout.split("kept in ", 1)[1].strip().rstrip("."))
    assert kept.is_file() and kept.parent == DataPaths(data_dir).backups
    with closing(sqlite3.connect(kept)) as connection:
        assert connection.execute("SELECT count(*) FROM episode").fetchone()[0] == 4


def test_restore_of_a_text_file_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    assert run(data_dir, "import-csv", write_csv(tmp_path / "a.csv", GOOD_ROWS)).returncode == 0
    before = comparable(stored(data_dir))
    text_file = write_csv(tmp_path / "not-a-backup.db", GOOD_ROWS)
    result = run(data_dir, "restore", text_file)
    assert result.returncode == 1
    assert f"“{text_file}” is not a usable Leg Cramp Companion backup" in result.stderr
    assert "Choose another file" in result.stderr
    assert "from another program" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert comparable(stored(data_dir)) == before


def test_usage_mistakes_exit_2(data_dir: Path) -> None:
    result = run(data_dir, "import-csv")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_export_into_a_missing_folder_is_one_line(data_dir: Path, tmp_path: Path) -> None:
    result = run(data_dir, "export-csv", tmp_path / "no-such-folder" / "out.csv")
    assert result.returncode == 1
    assert "cannot be written" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_placeholder_in_a_file_name_is_printed_as_typed(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "100%2 sure %1" / "out.csv"
    result = run(data_dir, "export-csv", target)
    assert result.returncode == 1
    assert f"cramp-desktop: {target} cannot be written (" in result.stderr


def test_messages_follow_the_chosen_language(tmp_path: Path) -> None:
    result = run(tmp_path / "data", "--lang", "de", "import-csv", tmp_path / "nope.csv")
    assert result.returncode == 1
    assert "there is no such file" not in result.stderr
    assert "nope.csv" in result.stderr


def test_import_problems_are_told_in_the_chosen_language(data_dir: Path, tmp_path: Path) -> None:
    bad = [
        GOOD_ROWS[0],
        "2024-05-05T10:00;1;12;calf;left;rest;;;;;",
        GOOD_ROWS[1].replace("foot", "knee"),
    ]
    result = run(data_dir, "--lang", "de", "import-csv", write_csv(tmp_path / "b.csv", bad))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "Zeile 3: severity: Wählen Sie eine Stärke von 0 bis 10."
    assert lines[1].startswith("Zeile 4: muscle: unbekannter Code „knee“; verwenden Sie einen ")
    assert lines[2] == f"cramp-desktop: Aus {tmp_path / 'b.csv'} wurde nichts importiert."
    assert len(lines) == 3
    assert not DataPaths(data_dir).database.exists()  # refused before the data was opened


def test_storage_errors_are_told_in_the_chosen_language(data_dir: Path, tmp_path: Path) -> None:
    text_file = write_csv(tmp_path / "not-a-backup.db", GOOD_ROWS)
    result = run(data_dir, "--lang", "fr", "restore", text_file)
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"cramp-desktop: «\u00a0{text_file}\u00a0» n'est pas une sauvegarde utilisable"
    )
    assert "Rien n'a été modifié." in result.stderr
    assert "usable" not in result.stderr and "Nothing" not in result.stderr
