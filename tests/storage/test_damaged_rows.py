"""Damaged rows: a file that passes `quick_check` but holds a value no version of the app
writes (one flipped byte: `thigh-fxont`). Every read goes through one row guard: the entry
is named by date and field, shown as "unreadable entry" in History, left out of reports
with a count, and nothing crashes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from cramp_desktop.core.episodes import Medication, MedicationKind, Muscle, UnreadableEntry
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.repositories import Repositories
from cramp_desktop.storage.schema import integrity_problems
from cramp_desktop.ui.history.table_model import Column, EpisodeTableModel
from tests.storage.conftest import make_episode

DAMAGED_DAY = "2024-05-01"


@pytest.fixture
def flipped(paths: DataPaths) -> DataPaths:
    """Two episodes; in the file itself one byte of the second's muscle is flipped."""
    with open_database(paths) as database:
        repositories = Repositories.for_database(database)
        repositories.episodes.add(make_episode(hour=10, muscle=Muscle.CALF, notes="fine"))
        repositories.episodes.add(make_episode(hour=22, muscle=Muscle.THIGH_FRONT, notes="hit"))
        repositories.medications.add(Medication("Ramipril", MedicationKind.DIURETIC))
    data = paths.database.read_bytes()
    assert data.count(b"thigh-front") == 1
    paths.database.write_bytes(data.replace(b"thigh-front", b"thigh-fxont"))
    with closing(sqlite3.connect(paths.database)) as connection:
        assert integrity_problems(connection) == []  # quick_check cannot see it
    return paths


def test_the_guard_names_the_entry_by_date_and_field(flipped: DataPaths) -> None:
    with open_database(flipped) as database:
        episodes = Repositories.for_database(database).episodes
        assert [e.notes for e in episodes.all()] == ["fine"]
        [entry] = episodes.unreadable()
        assert entry.field == "muscle" and entry.day is not None
        assert entry.day.isoformat() == DAMAGED_DAY
        page = episodes.page(0, 10)
        assert sum(isinstance(e, UnreadableEntry) for e in page) == 1 and len(page) == 2
        assert episodes.get(entry.id or 0) is None  # cannot be opened for editing


@pytest.mark.parametrize(
    ("statement", "field"),
    [
        ("UPDATE episode SET started_at_utc = 'not a time' WHERE notes = 'hit'", "started_at_utc"),
        ("UPDATE episode SET severity = 'x' WHERE notes = 'hit'", "severity"),
        ("UPDATE episode SET utc_offset_min = 100000 WHERE notes = 'hit'", "utc_offset_min"),
    ],
)
def test_other_invalid_values_are_unreadable_entries_too(
    paths: DataPaths, statement: str, field: str
) -> None:
    with open_database(paths) as database:
        repositories = Repositories.for_database(database)
        repositories.episodes.add(make_episode(notes="fine"))
        repositories.episodes.add(make_episode(notes="hit"))
    with closing(sqlite3.connect(paths.database, isolation_level=None)) as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute(statement)
    with open_database(paths) as database:
        episodes = Repositories.for_database(database).episodes
        assert [e.notes for e in episodes.all()] == ["fine"]
        assert [e.field for e in episodes.unreadable()] == [field]
        assert len(episodes.page(0, 10)) == 2


def test_a_medicine_with_an_invalid_kind_is_left_out(paths: DataPaths) -> None:
    with open_database(paths) as database:
        Repositories.for_database(database).medications.add(
            Medication("Ramipril", MedicationKind.DIURETIC)
        )
    with closing(sqlite3.connect(paths.database, isolation_level=None)) as connection:
        connection.execute("UPDATE medication SET kind = 'diurxtic'")
    with open_database(paths) as database:
        assert Repositories.for_database(database).medications.list() == []


def run(paths: DataPaths, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cramp_desktop", "--data-dir", str(paths.root), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_export_csv_leaves_it_out_and_says_which(flipped: DataPaths, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    result = run(flipped, "export-csv", target)
    assert result.returncode == 0, result.stderr
    assert DAMAGED_DAY in result.stderr and "muscle" in result.stderr
    assert "Traceback" not in result.stderr
    text = target.read_text(encoding="utf-8")
    assert "fine" in text and "hit" not in text


@pytest.mark.slow
def test_export_pdf_leaves_it_out_with_a_count(flipped: DataPaths, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    result = run(flipped, "export-pdf", target, "--from", "2024-04-01", "--to", "2024-05-31")
    assert result.returncode == 0, result.stderr
    text = " ".join((page.extract_text() or "") for page in PdfReader(target).pages)
    assert "Left out: 1 entries" in " ".join(text.split())


def test_history_shows_an_unreadable_entry(qtbot: QtBot, flipped: DataPaths) -> None:
    with open_database(flipped) as database:
        model = EpisodeTableModel(Repositories.for_database(database).episodes)
        notes = [model.index(row, Column.NOTES).data() for row in range(model.rowCount())]
        assert notes.count("Unreadable entry") == 1 and "fine" in notes
        row = notes.index("Unreadable entry")
        assert model.index(row, Column.DATE).data()  # its date is shown
        assert model.index(row, Column.MUSCLE).data() is None


def test_the_app_starts_on_a_file_with_an_unreadable_entry(
    qtbot: QtBot,
    make_app,  # noqa: F811
    flipped: DataPaths,
) -> None:  # type: ignore[no-untyped-def]
    application = make_app()
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitUntil(lambda: application.repositories is not None, timeout=10_000)
    for key in ("today", "history", "report"):
        application.window.show_screen(key)
    assert application.repositories.medications.list()[0].name == "Ramipril"


from tests.ui.conftest import make_app  # noqa: E402, F401  (the app fixture)
