"""Issue 3 item 11: an import killed part-way leaves the database intact, with all rows or none."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.database import open_database

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
]

ROWS = 10_000
KILLS = 10
HEADER = (
    "started_at,duration_min,severity,muscle,side,context,triggers,relief,"
    "relief_helped,sleep_disturbance,notes"
)


def make_csv(path: Path) -> Path:
    rng = random.Random(3)
    lines = [HEADER]
    for i in range(ROWS):
        day = 1 + i % 28
        lines.append(
            f"2024-{1 + i % 12:02d}-{day:02d}T{i % 24:02d}:{i % 60:02d}:00+01:00,"
            f"{rng.randint(1, 600) / 60:.2f},{rng.randint(0, 10)},calf,left,sleep,"
            f'heat;alcohol,stretching,yes,{rng.randint(0, 10)},"row {i}, note"'
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_import(data_dir: Path, csv_path: Path) -> subprocess.Popen[bytes]:
    command = ["-m", "cramp_desktop", "--data-dir", str(data_dir), "import-csv"]
    return subprocess.Popen(
        [sys.executable, *command, str(csv_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def check(db_path: Path) -> int:
    """Integrity ok (asserted); returns the number of episodes."""
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(connection.execute("SELECT count(*) FROM episode").fetchone()[0])


def fresh_copy(template: Path, target_root: Path) -> Path:
    """A data folder holding a copy of the empty, migrated (cleanly closed) database."""
    paths = DataPaths(target_root).create()
    shutil.copy2(template, paths.database)
    return target_root


def test_killed_imports_leave_none_or_all_rows(tmp_path: Path) -> None:
    csv_path = make_csv(tmp_path / "big.csv")
    template_paths = DataPaths(tmp_path / "template")
    open_database(template_paths).close()
    template = template_paths.database
    assert not template.with_name("cramp.db-wal").exists()

    # A full run first: it must work, and its length sets the range of kill moments.
    started = time.monotonic()
    reference = start_import(fresh_copy(template, tmp_path / "reference"), csv_path)
    _, stderr = reference.communicate(timeout=300)
    full_time = time.monotonic() - started
    assert reference.returncode == 0, stderr.decode()
    assert check(DataPaths(tmp_path / "reference").database) == ROWS

    rng = random.Random(11)
    outcomes = []
    for attempt in range(KILLS):
        data_dir = fresh_copy(template, tmp_path / f"kill-{attempt}")
        # Spread the kills over the whole run: start-up, parsing and the insert.
        delay = full_time * (attempt + rng.random()) / KILLS
        process = start_import(data_dir, csv_path)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        count = check(DataPaths(data_dir).database)
        assert count in (0, ROWS), f"kill {attempt} after {delay:.2f}s left {count} rows"
        outcomes.append((round(delay, 2), process.returncode, count))

    # Killed imports did not wedge the folder: the next import completes.
    last = DataPaths(tmp_path / f"kill-{KILLS - 1}")
    before = check(last.database)
    final = start_import(last.root, csv_path)
    _, stderr = final.communicate(timeout=300)
    assert final.returncode == 0, stderr.decode()
    assert check(last.database) == before + ROWS
    print("kill delay (s), return code, rows:", outcomes)
