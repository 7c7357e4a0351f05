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
from cramp_desktop.cli import main
from cramp_desktop.console import use_utf8_streams
from cramp_desktop.core.files import held_open_text, is_held_open
from cramp_desktop.core.translation import untranslated
from cramp_desktop.storage.schema import connect_read_only, sqlite_uri
from cramp_desktop.ui.shell.i18n import choose_language, system_languages
from tests.file_modes import hold_open_like_windows

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
    os.chmod(note, 0o644)  # loose modes, as another program might leave them
    os.chmod(created.root, 0o755)
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


# ---------------------------------------------------------------- a file held open


def test_a_file_held_open_is_told_apart_from_other_failures(tmp_path: Path) -> None:
    target = tmp_path / "episodes.csv"
    denied = PermissionError(13, "Access is denied")
    assert not is_held_open(denied, target)  # nothing to replace: the folder is the problem
    target.write_text("x")
    assert is_held_open(denied, target)
    assert not is_held_open(OSError(28, "No space left on device"), target)
    text = held_open_text(target, untranslated)
    assert text.startswith(f"{target} is open in another program")


@pytest.mark.parametrize("command", ["export-csv", "export-pdf"])
def test_a_command_over_a_file_open_elsewhere_says_to_close_it(
    qapp: object,  # the command runs in this process: it must not create a QCoreApplication
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / f"open elsewhere.{command[-3:]}"
    target.write_text("open in another program")
    hold_open_like_windows(monkeypatch, target)
    assert main([command, str(target)]) == 1
    error = capsys.readouterr().err
    assert error == (
        f"cramp-desktop: {target} is open in another program, so it could not be replaced. "
        "Close the file in the other program, then try again.\n"
    )
    assert target.read_text() == "open in another program"


# ---------------------------------------------------------------- the app's language


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        # Windows: display language French, regional format German (name() comes last).
        (["fr-CA", "fr", "en-US", "de_DE"], "fr"),
        # macOS: preferred languages Italian (not offered), then Spanish.
        (["it-IT", "es-419", "en_GB"], "es"),
        (["ja-JP", "ja_JP"], "en"),
        ([], "en"),
    ],
)
def test_the_display_language_wins_over_the_regional_format(
    system: list[str], expected: str
) -> None:
    assert choose_language(None, None, system) == expected
    assert choose_language("de", None, system) == "de"
    assert choose_language(None, "fr", system) == "fr"


def test_the_systems_languages_start_with_the_display_languages(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    languages = system_languages()
    assert languages[: len(QLocale.system().uiLanguages())] == QLocale.system().uiLanguages()
    assert languages[-1] == QLocale.system().name()
