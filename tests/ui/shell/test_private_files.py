"""Every file the app writes in the data folder is private (0600) after every write, and it
writes nothing outside it: Qt's own settings (the file dialog's history) included."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from cramp_desktop.paths import DataPaths
from cramp_desktop.preferences import open_settings

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_settings_are_private_from_the_first_write(paths: DataPaths) -> None:
    paths.create()
    previous = os.umask(0o022)  # the usual umask, under which Qt would write 0644
    try:
        settings = open_settings(paths)
        assert mode(paths.settings) == 0o600
        for value in ("draft one", "draft two"):
            settings.setValue("checklist/draft", value)
            settings.sync()
            assert mode(paths.settings) == 0o600
    finally:
        os.umask(previous)


def test_settings_made_readable_by_others_are_made_private_again(paths: DataPaths) -> None:
    paths.create()
    paths.settings.write_text("[General]\nlanguage=en\n", encoding="utf-8")
    paths.settings.chmod(0o644)
    settings = open_settings(paths)
    assert mode(paths.settings) == 0o600
    assert settings.value("language") == "en"


FILE_DIALOG = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QFileDialog
from cramp_desktop.startup import keep_files_private
from cramp_desktop.paths import DataPaths

paths = DataPaths(Path(sys.argv[1])).create()
keep_files_private(paths)
app = QApplication([])
dialog = QFileDialog(None, "Export", str(paths.root.parent), "CSV files (*.csv)")
dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
dialog.show()
app.processEvents()
dialog.close()
del dialog
app.processEvents()
"""


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True, exist_ok=True)
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=120, env=environment
    )


def _written_outside(tmp_path: Path) -> list[Path]:
    config = tmp_path / "home" / ".config"
    return [p for p in config.rglob("*") if p.is_file()]


def test_the_file_dialog_history_stays_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _run(tmp_path, "-c", FILE_DIALOG, str(data))
    assert result.returncode == 0, result.stderr
    assert _written_outside(tmp_path) == []
    written = [p for p in data.rglob("*") if p.is_file()]
    assert any("QtProject" in p.name for p in written), written
    assert all(mode(p) == 0o600 for p in written)


@pytest.mark.slow
def test_a_run_of_the_app_writes_only_private_files_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _run(tmp_path, "-m", "cramp_desktop", "--data-dir", str(data), "--quit-when-shown")
    assert result.returncode == 0, result.stderr
    assert _written_outside(tmp_path) == []
    files = [p for p in data.rglob("*") if p.is_file()]
    assert paths_named(files, "settings.ini")
    assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}


def paths_named(files: list[Path], name: str) -> bool:
    return any(p.name == name for p in files)
