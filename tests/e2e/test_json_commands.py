"""export-json and import-json on real data folders: export then import into an empty
folder gives back every table row for row; an import is all or nothing, never replaces
records unless asked to, and then keeps a backup of them first."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from cramp_desktop.cli import main
from cramp_desktop.core.json_format import FORMAT_VERSION
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.repositories import Repositories
from tests.core.test_json_format import VALIDATOR, random_data

IGNORED_TABLES = {"alembic_version"}


@pytest.fixture(autouse=True)
def _application(qapp):  # type: ignore[no-untyped-def]
    """Commands run in-process translate with the test's QApplication (they would make a
    QCoreApplication of their own otherwise, and Qt allows one per process)."""
    return qapp


def fill(data_dir: Path, seed: int = 11) -> None:
    """Every kind of record, entered through the repositories as the app does."""
    data = random_data(seed)
    with open_database(DataPaths(data_dir)) as database:
        repositories = Repositories.for_database(database)
        repositories.episodes.add_many(data.episodes)
        for record in data.day_records:
            repositories.days.mark_no_cramps(record.day, record.triggers)
        for medication in data.medications:
            repositories.medications.add(medication)
        for assessment in data.assessments:
            repositories.assessments.save(assessment)
        for record in data.experiments:
            today = record.experiment.start
            saved = repositories.experiments.start(record.experiment, today)
            assert saved.id is not None
            for day, done in record.adherence:
                repositories.experiments.set_adherence(saved.id, day, done)
        for reminder in data.reminder_times:
            repositories.reminders.save(reminder)


def every_table(data_dir: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the database, whatever tables it has: surrogate ids
    left out, a foreign key replaced by the row it points to, rows sorted."""
    with closing(sqlite3.connect(DataPaths(data_dir).database)) as connection:
        names = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if name not in IGNORED_TABLES
        ]

        def rows_of(table: str) -> dict[object, tuple[object, ...]]:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            links = {
                link[3]: link[2] for link in connection.execute(f"PRAGMA foreign_key_list({table})")
            }
            rows = {}
            for values in connection.execute(f"SELECT * FROM {table}"):
                record = dict(zip(columns, values, strict=True))
                content = tuple(
                    (column, rows_of(links[column])[value] if column in links else value)
                    for column, value in record.items()
                    if column != "id"
                )
                rows[record.get("id")] = content
            return rows

        return {name: sorted(rows_of(name).values(), key=repr) for name in names}


def test_export_then_import_into_an_empty_folder_gives_back_every_table(tmp_path: Path) -> None:
    source, copy = tmp_path / "source", tmp_path / "copy"
    fill(source)
    export = tmp_path / "everything.json"
    assert main(["--data-dir", str(source), "export-json", str(export)]) == 0
    assert export.stat().st_mode & 0o777 == 0o600
    document = json.loads(export.read_text(encoding="utf-8"))
    assert VALIDATOR.is_valid(document)
    assert main(["--data-dir", str(copy), "import-json", str(export)]) == 0
    original, restored = every_table(source), every_table(copy)
    assert set(original) >= {"episode", "day_record", "medication", "assessment"}
    assert all(original[name] for name in original), "every table holds rows to compare"
    assert restored == original
    # and once more: the copy exports the same document
    again = tmp_path / "again.json"
    assert main(["--data-dir", str(copy), "export-json", str(again)]) == 0
    document_again = json.loads(again.read_text(encoding="utf-8"))
    del document["exported_at"], document_again["exported_at"]
    assert document_again == document


def test_a_folder_with_records_is_only_replaced_when_asked_and_backed_up_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    fill(source, seed=1)
    fill(target, seed=2)
    export = tmp_path / "everything.json"
    assert main(["--data-dir", str(source), "export-json", str(export)]) == 0
    before = every_table(target)
    capsys.readouterr()
    assert main(["--data-dir", str(target), "import-json", str(export)]) == 1
    error = capsys.readouterr().err
    assert "already holds" in error and "--replace" in error
    assert "Nothing was imported" in error
    assert every_table(target) == before
    assert main(["--data-dir", str(target), "import-json", str(export), "--replace"]) == 0
    output = capsys.readouterr().out
    assert every_table(target) == every_table(source)
    backups = list((target / "backups").glob("cramp-before-import-*.db"))
    assert len(backups) == 1 and str(backups[0]) in output
    kept = tmp_path / "kept"
    (kept).mkdir()
    backups[0].rename(kept / "cramp.db")
    assert every_table(kept) == before


def test_a_file_with_a_problem_changes_nothing_and_says_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    fill(source)
    fill(target, seed=5)
    export = tmp_path / "everything.json"
    assert main(["--data-dir", str(source), "export-json", str(export)]) == 0
    document = json.loads(export.read_text(encoding="utf-8"))
    document["episodes"][12]["severity"] = 12
    document["medications"][0]["kind"] = "vitamin"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = every_table(target)
    capsys.readouterr()
    assert main(["--data-dir", str(target), "import-json", str(bad), "--replace"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "episodes[12].severity: Choose a severity from 0 to 10."
    assert lines[1].startswith("medications[0].kind: unknown code 'vitamin'; use one of: ")
    assert lines[2] == f"cramp-desktop: Nothing was imported from {bad}."
    assert every_table(target) == before
    assert not (target / "backups").exists() or not list(
        (target / "backups").glob("cramp-before-import-*")
    )
    document["format_version"] = FORMAT_VERSION + 1
    bad.write_text(json.dumps(document), encoding="utf-8")
    assert main(["--data-dir", str(target), "import-json", str(bad), "--replace"]) == 1
    assert "made by a newer version of the app" in capsys.readouterr().err
    assert every_table(target) == before


@pytest.mark.slow
def test_the_commands_run_as_a_user_runs_them_in_another_language(tmp_path: Path) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    fill(source)
    export = tmp_path / "everything.json"

    def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "cramp_desktop", "--data-dir", str(data_dir), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    exported = run(source, "--lang", "de", "export-json", str(export))
    assert exported.returncode == 0, exported.stderr
    assert run(target, "import-json", str(export)).returncode == 0
    refused = run(target, "--lang", "de", "import-json", str(export))
    assert refused.returncode == 1
    assert "--replace" in refused.stderr and "already holds" not in refused.stderr
    assert every_table(target) == every_table(source)
