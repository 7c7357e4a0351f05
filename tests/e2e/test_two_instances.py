"""Two starts on one data folder: the second hands over to the first; data stays sound."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def start_app(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cramp_desktop", "--data-dir", str(data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        encoding="utf-8",  # what the app writes on every system (console.py)
    )


def wait_until_open(data_dir: Path, process: subprocess.Popen[str]) -> None:
    """The first app owns the folder once its database exists and its lock is taken."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        if (data_dir / "cramp.db").exists() and (data_dir / "app.lock").exists():
            time.sleep(0.5)  # let it start listening after its first paint
            return
        time.sleep(0.1)
    raise AssertionError("the first app did not open its data in time")


def test_second_start_hands_over_to_the_first(data_dir: Path) -> None:
    first = start_app(data_dir)
    try:
        wait_until_open(data_dir, first)
        second = start_app(data_dir)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already open" in out
        assert first.poll() is None  # the first one keeps running
    finally:
        first.kill()
        first.wait()


def test_a_stale_lock_from_a_killed_app_is_taken_over(data_dir: Path) -> None:
    first = start_app(data_dir)
    wait_until_open(data_dir, first)
    first.kill()
    first.wait()
    again = subprocess.run(
        [sys.executable, "-m", "cramp_desktop", "--data-dir", str(data_dir), "--smoke-test"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        encoding="utf-8",  # what the app writes on every system (console.py)
        timeout=120,
    )
    assert again.returncode == 0, again.stderr


def test_headless_commands_work_while_the_app_is_open(data_dir: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "episodes.csv"
    csv_file.write_text(
        "started_at,duration_min,severity,muscle,side,context,triggers,relief,"
        "relief_helped,sleep_disturbance,notes\n"
        "2024-03-01T02:30:00+01:00,2,6,calf,left,sleep,,stretching,yes,5,\n",
        encoding="utf-8",
    )
    first = start_app(data_dir)
    try:
        wait_until_open(data_dir, first)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "cramp_desktop",
                "--data-dir",
                str(data_dir),
                "import-csv",
                str(csv_file),
            ],
            capture_output=True,
            encoding="utf-8",  # what the app writes on every system (console.py)
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "locked" not in result.stderr
    finally:
        first.kill()
        first.wait()
    with sqlite3.connect(data_dir / "cramp.db") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM episode").fetchone() == (1,)
