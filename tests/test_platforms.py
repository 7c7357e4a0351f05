"""What differs on Windows and macOS, emulated on any system: Windows path forms, a cp1252
console, os.name and sys.platform. The GitHub workflow runs the real thing."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path, PureWindowsPath

import pytest

from cramp_desktop import paths
from cramp_desktop.console import use_utf8_streams
from cramp_desktop.storage.schema import connect_read_only, sqlite_uri

# ---------------------------------------------------------------- private files


def test_on_windows_no_posix_mode_is_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod on Windows only flips the read-only flag: the helpers must not use it there."""
    calls: list[Path] = []
    monkeypatch.setattr(Path, "chmod", lambda self, mode: calls.append(self))
    monkeypatch.setattr(os, "name", "nt")
    created = paths.DataPaths(tmp_path / "data").create()
    note = created.root / "note.txt"
    note.write_text("x")
    paths.make_private_file(note)
    assert calls == []
    assert created.backups.is_dir() and created.logs.is_dir()
    monkeypatch.setattr(os, "name", "posix")
    paths.make_private_file(note)
    paths.make_private_dir(created.root)
    assert calls == [note, created.root]


# ---------------------------------------------------------------- SQLite URIs


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (
            r"C:\Users\Ana\AppData\Local\LegCrampCompanion\cramp.db",
            "file:///C:/Users/Ana/AppData/Local/LegCrampCompanion/cramp.db",
        ),
        (r"\\nas\share\Łódź\cramp.db", "file:////nas/share/%C5%81%C3%B3d%C5%BA/cramp.db"),
        (r"\\?\UNC\nas\share\cramp.db", "file:////nas/share/cramp.db"),
        (r"\\?\D:\my data\#1?%.db", "file:///D:/my%20data/%231%3F%25.db"),
        (r"Z:\cramp.db", "file:///Z:/cramp.db"),
    ],
)
def test_windows_paths_give_uris_sqlite_accepts_there(path: str, uri: str) -> None:
    built = sqlite_uri(PureWindowsPath(path), windows=True)
    assert built == uri
    # Windows SQLite refuses any authority but an empty one or "localhost".
    assert built.startswith("file:///")


def test_a_path_with_uri_characters_opens_read_only(tmp_path: Path) -> None:
    folder = tmp_path / "my data #1 ?x=%20 Ł"
    folder.mkdir()
    db = folder / "cramp.db"
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
    with closing(connect_read_only(db)) as connection:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            connection.execute("INSERT INTO t VALUES (1)")
    assert sqlite_uri(db).startswith("file:///")


# ---------------------------------------------------------------- command output


def test_streams_become_utf8_and_a_missing_stream_is_skipped() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    use_utf8_streams((stream, None))
    print("Łódź \udcff", file=stream, flush=True)
    assert raw.getvalue() == "Łódź ?\n".encode()


def test_redirected_output_in_cp1252_does_not_fail(tmp_path: Path) -> None:
    """Windows encodes a redirected stdout as cp1252: a file name with Ł must not end in
    UnicodeEncodeError and exit 1 after the file was written."""
    target = tmp_path / "Łukasz.csv"
    output = tmp_path / "output.txt"
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "QT_QPA_PLATFORM": "offscreen"}
    with output.open("wb") as redirected:
        result = subprocess.run(
            [sys.executable, "-m", "cramp_desktop", "export-csv", str(target)],
            env=env,
            stdout=redirected,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert target.is_file()
    assert str(target) in output.read_bytes().decode("utf-8")
