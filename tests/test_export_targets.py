"""Export targets: an export or a backup must never be written over the user's data files
(cramp.db and its -wal/-shm, backups/, settings.ini, logs/), directly or through a link."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.repositories import Repositories
from tests.storage.conftest import dump, make_episode
from tests.ui.conftest import make_app  # noqa: F401  (the app fixture, for the save dialogs)


@pytest.fixture
def filled(paths: DataPaths) -> DataPaths:
    with open_database(paths) as database:
        Repositories.for_database(database).episodes.add(make_episode(notes="keep me"))
    paths.settings.write_text("[general]\nlanguage=en\n", encoding="utf-8")
    (paths.logs / "errors.log").write_text("", encoding="utf-8")
    (paths.backups / "cramp-auto-2024-05-01.db").write_bytes(paths.database.read_bytes())
    return paths


def _data_files(paths: DataPaths) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in paths.root.rglob("*") if p.is_file()}


def run(paths: DataPaths, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cramp_desktop", "--data-dir", str(paths.root), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("command", ["export-csv", "export-pdf"])
def test_exporting_onto_the_data_file_is_refused(filled: DataPaths, command: str) -> None:
    before = dump(filled.database)
    result = run(filled, command, filled.database)
    assert result.returncode == 1
    assert "data folder" in result.stderr and "Traceback" not in result.stderr
    assert dump(filled.database) == before


def test_backup_with_force_onto_the_data_file_is_refused(filled: DataPaths) -> None:
    before = dump(filled.database)
    result = run(filled, "backup", "--force", filled.database)
    assert result.returncode == 1 and "data folder" in result.stderr
    assert dump(filled.database) == before


@pytest.mark.parametrize(
    "name", ["cramp.db-wal", "settings.ini", "backups/cramp-auto-2024-05-01.db", "logs/errors.log"]
)
def test_every_file_of_the_data_folder_is_protected(filled: DataPaths, name: str) -> None:
    files = _data_files(filled)
    result = run(filled, "export-csv", filled.root / name)
    assert result.returncode == 1, result.stdout
    assert {p: p.read_bytes() for p in files} == files


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_symbolic_link_to_the_data_file_is_refused(filled: DataPaths, tmp_path: Path) -> None:
    link = tmp_path / "report.pdf"
    link.symlink_to(filled.database)
    before = dump(filled.database)
    assert run(filled, "export-pdf", link).returncode == 1
    assert dump(filled.database) == before


def test_a_hard_link_to_the_data_file_is_refused(filled: DataPaths, tmp_path: Path) -> None:
    link = tmp_path / "episodes.csv"
    os.link(filled.database, link)
    assert filled.holds(link)
    before = dump(filled.database)
    assert run(filled, "export-csv", link).returncode == 1
    assert dump(filled.database) == before


def test_ordinary_files_elsewhere_are_allowed(filled: DataPaths, tmp_path: Path) -> None:
    assert not filled.holds(tmp_path / "new.csv")
    (tmp_path / "old.csv").write_text("x", encoding="utf-8")
    assert not filled.holds(tmp_path / "old.csv")
    result = run(filled, "export-csv", tmp_path / "old.csv")
    assert result.returncode == 0, result.stderr
    assert "keep me" in (tmp_path / "old.csv").read_text(encoding="utf-8")


def _refusals(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), ""))
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda parent, title, text, *args: told.append(text) or QMessageBox.StandardButton.Ok,
    )
    return told


def test_the_apps_save_dialogs_refuse_the_data_file(
    qtbot,
    make_app,  # noqa: F811
    paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    application = make_app()
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitUntil(lambda: application.repositories is not None, timeout=10_000)
    application.repositories.episodes.add(make_episode(notes="keep me"))
    before = dump(paths.database)
    told = _refusals(monkeypatch, paths.database)
    application.transfer.export_csv()
    application.transfer.backup_now()
    application.transfer.wait()
    assert len(told) == 2 and all("data folder" in text for text in told)
    assert dump(paths.database) == before


def test_the_report_save_dialog_refuses_the_data_file(
    qtbot,
    make_app,  # noqa: F811
    paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    from cramp_desktop.ui.report.screen import ReportScreen

    application = make_app()
    qtbot.addWidget(application.window)
    application.window.show()
    qtbot.waitUntil(lambda: application.repositories is not None, timeout=10_000)
    window = application.window
    window.show_screen("report")
    screen = window.built_screen("report")
    assert isinstance(screen, ReportScreen)
    assert isinstance(application.settings, QSettings) and isinstance(window, QWidget)
    told = _refusals(monkeypatch, paths.database)
    assert screen._ask_target() is None
    assert told and "data folder" in told[0]
