"""The command line as users, installers and tests call it, in real subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cramp_desktop import __version__


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "cramp_desktop", *args],
        env=env,
        capture_output=True,
        encoding="utf-8",  # what the app writes on every system (console.py)
        timeout=timeout,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cramp-desktop {__version__}"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["--lang", "xx"], "unknown language 'xx'"),
        (["--data-dir"], "expected one argument"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_2(args: list[str], expected: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    result = run_cli("--data-dir", str(a_file))
    assert result.returncode == 2
    assert "is a file, not a folder" in result.stderr


@pytest.mark.slow
def test_smoke_test_opens_every_screen_and_creates_the_database(data_dir: Path) -> None:
    result = run_cli("--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "all 5 screens opened" in result.stdout
    assert (data_dir / "cramp.db").is_file()
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_smoke_test_uses_the_data_dir_argument(tmp_path: Path, data_dir: Path) -> None:
    chosen = tmp_path / "chosen"
    result = run_cli("--smoke-test", "--data-dir", str(chosen))
    assert result.returncode == 0, result.stderr
    assert (chosen / "cramp.db").is_file()
    assert not data_dir.exists()


@pytest.mark.slow
def test_smoke_test_fails_cleanly_on_a_newer_database(data_dir: Path) -> None:
    import sqlite3

    data_dir.mkdir(parents=True)
    with sqlite3.connect(data_dir / "cramp.db") as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    before = (data_dir / "cramp.db").read_bytes()
    result = run_cli("--smoke-test")
    assert result.returncode == 1
    assert "newer version" in result.stderr
    assert "Traceback" not in result.stderr
    assert (data_dir / "cramp.db").read_bytes() == before


def test_quit_when_shown_exits_0(data_dir: Path) -> None:
    result = run_cli("--quit-when-shown")
    assert result.returncode == 0, result.stderr


def test_the_window_is_built_without_the_slow_libraries() -> None:
    """Start-up paints first: SQLAlchemy, Alembic, reportlab, QtCharts and QtPdf load later."""
    code = (
        "import sys\n"
        "import cramp_desktop.cli, cramp_desktop.app\n"
        "slow = ('sqlalchemy', 'alembic', 'reportlab', 'PySide6.QtCharts', 'PySide6.QtPdf',\n"
        "        'uharfbuzz', 'bidi')\n"
        "print([name for name in slow if name in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_the_first_paint_creates_no_enums_of_the_qt_namespace_or_qstyle(tmp_path: Path) -> None:
    """PySide creates the Python enums of a class when it is first used: those of Qt's
    namespace and of QStyle cost the start-up tens of milliseconds, so they come after
    the first paint (and the commands' parsers are not built for the GUI)."""
    code = (
        "import sys\n"
        "import PySide6.QtCore as core, PySide6.QtWidgets as widgets\n"
        "from cramp_desktop.ui.shell.main_window import MainWindow\n"
        "seen = []\n"
        "after_first_paint = MainWindow._after_first_paint\n"
        "def record(window):\n"
        "    used = (('Qt', core), ('QStyle', widgets), ('QMessageBox', widgets))\n"
        "    seen.append(sorted(name for name, module in used if name in module.__dict__))\n"
        "    seen.append('cramp_desktop.commands' in sys.modules)\n"
        "    after_first_paint(window)\n"
        "MainWindow._after_first_paint = record\n"
        "from cramp_desktop.cli import main\n"
        f"status = main(['--quit-when-shown', '--data-dir', {str(tmp_path)!r}])\n"
        "print(status, seen)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.stdout.strip() == "0 [[], False]", result.stdout + result.stderr


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["export-pdf", "--help"]])
def test_version_and_help_load_no_qt(args: list[str]) -> None:
    code = (
        "import sys\n"
        "import cramp_desktop.cli\n"
        "try:\n"
        f"    cramp_desktop.cli.main({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print([name for name in sys.modules if name.startswith('PySide6')])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_a_command_puts_the_language_and_locale_back(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Commands translate their messages for their own run only (tests run them inside
    the test's QApplication)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from cramp_desktop.cli import main

    locale_before = QLocale().name()
    missing = tmp_path / "nope.csv"
    args = ["--data-dir", str(tmp_path / "d"), "--lang", "de", "import-csv", str(missing)]
    assert main(args) == 1
    german = capsys.readouterr().err
    assert str(missing) in german and "there is no such file" not in german
    assert QLocale().name() == locale_before
    source = "%1: there is no such file."
    assert QCoreApplication.translate("Commands", source) == source


def test_the_saved_language_of_the_data_folder_is_used(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlanguage=fr\n")
    result = run_cli("--data-dir", str(data), "import-csv", str(tmp_path / "nope.csv"))
    assert result.returncode == 1
    assert "nope.csv" in result.stderr and "there is no such file" not in result.stderr
