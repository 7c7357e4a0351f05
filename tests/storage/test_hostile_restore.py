"""Hostile restore files: a backup may carry SQL of its own, a changed schema, values no
app version writes, or odd page sizes. Restore rebuilds it from checked rows only."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from cramp_desktop.core.episodes import (
    Answer,
    AnswerValue,
    Assessment,
    Medication,
    MedicationKind,
    Trigger,
)
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.backups import backup_to
from cramp_desktop.storage.database import migrate, open_database
from cramp_desktop.storage.errors import RestoreError, user_text
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.storage.restore import restore_from
from cramp_desktop.storage.stored_rows import ROW_GUARDS
from tests.storage.conftest import dump, make_episode

TRIGGER = (
    "CREATE TRIGGER wipe AFTER INSERT ON episode BEGIN DELETE FROM episode WHERE id <> NEW.id; END"
)


def _backup_with(tmp_path: Path, notes: list[str], name: str = "backup.db") -> Path:
    """A genuine backup made by the app (its own data folder) with one episode per note,
    plus a medicine, a day record and a checklist."""
    source_paths = DataPaths(tmp_path / "other")
    with open_database(source_paths) as database:
        repositories = Repositories.for_database(database)
        repositories.episodes.add_many([make_episode(notes=note) for note in notes])
        repositories.days.mark_no_cramps(dt.date(2024, 5, 2), [Trigger.HEAT])
        repositories.medications.add(Medication("Ramipril", MedicationKind.OTHER))
        repositories.assessments.save(
            Assessment(
                completed_at=dt.datetime(2024, 5, 3, 9, tzinfo=dt.UTC),
                app_version="0.1.0",
                answers=(Answer("legs.numbness", choice=AnswerValue.NO),),
            )
        )
        return backup_to(database.path, tmp_path / name)


def _alter(path: Path, *statements: str) -> Path:
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for statement in statements:
            connection.execute(statement)
    return path


def _current_notes(paths: DataPaths) -> list[str]:
    with open_database(paths) as database:
        return sorted(e.notes for e in Repositories.for_database(database).episodes.all())


@pytest.fixture
def current(paths: DataPaths) -> DataPaths:
    with open_database(paths) as database:
        Repositories.for_database(database).episodes.add(make_episode(notes="mine"))
    return paths


def _refused(paths: DataPaths, source: Path) -> RestoreError:
    before = dump(paths.database)
    with pytest.raises(RestoreError) as raised:
        restore_from(paths, source)
    assert dump(paths.database) == before, "a refused restore changed the data"
    assert not list(paths.root.glob(".restore-*")), "the rebuilt copy was left behind"
    return raised.value


def test_a_genuine_backup_comes_back_whole(current: DataPaths, tmp_path: Path) -> None:
    source = _backup_with(tmp_path, ["one", "two"])
    safety = restore_from(current, source)
    assert safety is not None
    with open_database(current) as database:
        repositories = Repositories.for_database(database)
        assert sorted(e.notes for e in repositories.episodes.all()) == ["one", "two"]
        assert [m.name for m in repositories.medications.list()] == ["Ramipril"]
        record = repositories.days.get(dt.date(2024, 5, 2))
        assert record is not None and record.triggers == {Trigger.HEAT}
        latest = repositories.assessments.latest()
        assert latest is not None and latest.answers[0].choice is AnswerValue.NO


def test_a_backup_carrying_a_trigger_is_refused_and_runs_nothing(
    current: DataPaths, tmp_path: Path
) -> None:
    source = _alter(_backup_with(tmp_path, ["a", "b"]), TRIGGER)
    error = _refused(current, source)
    assert error.reason == "foreign-schema"
    assert "never makes" in user_text(error)
    # The attack: the next import would have deleted every other episode.
    with open_database(current) as database:
        Repositories.for_database(database).episodes.add(make_episode(notes="new"))
    assert _current_notes(current) == ["mine", "new"]


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE VIEW everything AS SELECT * FROM episode",
        "CREATE INDEX ix_extra ON episode (notes)",
        "CREATE TABLE extra (x)",
        "ALTER TABLE episode DROP COLUMN notes",
        "ALTER TABLE medication ADD COLUMN dose TEXT",
        "DROP INDEX ix_episode_started_at_utc",
    ],
)
def test_any_schema_object_that_is_not_exactly_ours_is_refused(
    current: DataPaths, tmp_path: Path, statement: str
) -> None:
    source = _alter(_backup_with(tmp_path, ["a"]), statement)
    assert _refused(current, source).reason == "foreign-schema"


def test_after_a_refused_dropped_column_backup_commands_still_work(
    current: DataPaths, tmp_path: Path
) -> None:
    source = _alter(_backup_with(tmp_path, ["a"]), "ALTER TABLE episode DROP COLUMN notes")
    result = subprocess.run(
        [sys.executable, "-m", "cramp_desktop", "--data-dir", current.root, "restore", source],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Nothing was changed" in result.stderr and "Traceback" not in result.stderr
    exported = tmp_path / "out.csv"
    result = subprocess.run(
        [sys.executable, "-m", "cramp_desktop", "--data-dir", current.root, "export-csv", exported],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "mine" in exported.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("statement", "field"),
    [
        ("UPDATE episode SET muscle = 'thigh-fxont'", "muscle"),
        ("UPDATE episode SET severity = 11", "severity"),
        ("UPDATE episode SET severity = 'high'", "severity"),
        ("UPDATE episode SET duration_s = 999999999", "duration_s"),
        ("UPDATE episode SET utc_offset_min = 15 * 60", "utc_offset_min"),
        ("UPDATE episode SET started_at_utc = '2024-02-30 10:00:00.000000'", "started_at_utc"),
        ("UPDATE episode SET triggers = 'heat;lava'", "triggers"),
        ("UPDATE episode SET notes = x'00ff'", "notes"),
        ("UPDATE episode SET logged_late = 7", "logged_late"),
        ("UPDATE day_record SET day = 'yesterday'", "day"),
        ("UPDATE medication SET kind = 'poison'", "kind"),
        (
            "UPDATE medication SET stopped_on = '1999-01-01', started_on = '2000-01-01'",
            "stopped_on",
        ),
        ("UPDATE assessment_answer SET choice = 'maybe'", "choice"),
        ("UPDATE assessment_answer SET scale = 42", "scale"),
    ],
)
def test_values_no_app_writes_are_refused_by_entry_and_field(
    current: DataPaths, tmp_path: Path, statement: str, field: str
) -> None:
    source = _alter(
        _backup_with(tmp_path, ["a"]), "PRAGMA ignore_check_constraints = ON", statement
    )
    error = _refused(current, source)
    assert error.reason == "invalid-rows"
    assert error.detail.endswith(f": {field}")
    assert error.detail in user_text(error)


def test_an_episode_with_a_bad_code_is_named_by_its_date(
    current: DataPaths, tmp_path: Path
) -> None:
    source = _alter(_backup_with(tmp_path, ["a"]), "UPDATE episode SET muscle = 'thigh-fxont'")
    assert _refused(current, source).detail == "episode row 1 (2024-05-01): muscle"


def test_answers_of_a_missing_checklist_are_refused(current: DataPaths, tmp_path: Path) -> None:
    source = _alter(_backup_with(tmp_path, ["a"]), "DELETE FROM assessment")
    assert _refused(current, source).reason == "invalid-rows"


@pytest.mark.parametrize("page_size", [512, 65536])
def test_backups_with_unusual_page_sizes_are_restored(
    current: DataPaths, tmp_path: Path, page_size: int
) -> None:
    """The backup API refuses to copy into a WAL file of another page size (SQLite says
    "read-only", which once reached users as "disk is full")."""
    source = _backup_with(tmp_path, ["a", "b"])
    _alter(source, f"PRAGMA page_size = {page_size}", "VACUUM")
    with closing(sqlite3.connect(source)) as connection:
        assert connection.execute("PRAGMA page_size").fetchone()[0] == page_size
    restore_from(current, source)
    assert _current_notes(current) == ["a", "b"]


def test_a_folder_is_not_a_backup_file(current: DataPaths, tmp_path: Path) -> None:
    error = _refused(current, tmp_path)
    assert error.reason == "not-a-file"
    assert "is a folder" in user_text(error)


def test_a_link_to_the_data_file_is_the_data_file(current: DataPaths, tmp_path: Path) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(current.database)
    assert _refused(current, link).reason == "in-use"


def test_the_file_chosen_is_never_written(current: DataPaths, tmp_path: Path) -> None:
    source = _backup_with(tmp_path, ["a"])
    kept = tmp_path / "untouched.db"
    shutil.copyfile(source, kept)
    restore_from(current, source)
    assert source.read_bytes() == kept.read_bytes()


def test_every_table_our_migrations_build_has_a_row_guard(tmp_path: Path) -> None:
    """The restore contract: a table without a guard cannot be restored, so a migration
    that adds a table must add its guard (and columns) to stored_rows.ROW_GUARDS."""
    fresh = tmp_path / "fresh.db"
    migrate(fresh)
    with closing(sqlite3.connect(fresh)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        for table in tables:
            columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
            assert table in ROW_GUARDS, f"no row guard for table {table}"
            assert ROW_GUARDS[table].columns == columns, table
