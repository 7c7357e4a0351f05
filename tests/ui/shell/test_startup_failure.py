"""Start-up failures reach a user who has no console (the installed Windows app)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from cramp_desktop import startup
from cramp_desktop.app import run_gui
from cramp_desktop.cli import GuiOptions
from cramp_desktop.options import EXIT_BAD_INPUT
from cramp_desktop.paths import DataPaths
from cramp_desktop.ui.shell import startup_failure
from cramp_desktop.ui.shell.startup_failure import (
    OTHER_COPY_SILENT,
    report_startup_failure,
    shows_dialogs,
)


def options(data_dir: Path | None = None, **flags: bool) -> GuiOptions:
    values = {"smoke_test": False, "quit_when_shown": False, **flags}
    return GuiOptions(data_dir=data_dir, language=None, **values)


@pytest.mark.parametrize(
    ("flags", "platform", "expected"),
    [
        ({}, "windows", True),
        ({}, "cocoa", True),
        ({}, "xcb", True),
        ({}, "offscreen", False),
        ({"smoke_test": True}, "windows", False),
        ({"quit_when_shown": True}, "cocoa", False),
    ],
)
def test_dialogs_only_where_someone_can_answer(
    flags: dict[str, bool], platform: str, expected: bool
) -> None:
    assert shows_dialogs(options(**flags), platform) is expected


def test_the_failure_is_shown_in_the_users_language(
    qapp: QApplication,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = DataPaths(data_dir).create()
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    settings.setValue("language", "de")
    settings.sync()
    monkeypatch.setattr(startup_failure, "_HEADLESS_PLATFORMS", ())  # as if on a desktop
    shown: list[str] = []

    def read_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                shown.append(widget.text())
                widget.done(0)

    closer = QTimer()
    closer.timeout.connect(read_and_close)
    closer.start(50)
    report_startup_failure(options(data_dir), paths, OTHER_COPY_SILENT, (str(data_dir),))
    closer.stop()
    assert len(shown) == 1
    assert shown[0].startswith(f"Leg Cramp Companion ist bereits mit dem Datenordner {data_dir}")
    error = capsys.readouterr().err
    assert error.startswith(
        f"cramp-desktop: Leg Cramp Companion is already open with the data folder {data_dir}"
    )
    assert qapp.translate("StartupFailure", OTHER_COPY_SILENT) == OTHER_COPY_SILENT  # removed


def test_an_unusable_data_folder_ends_the_start_with_a_reason(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    assert run_gui(options(blocker / "data")) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"cramp-desktop: The app cannot use the data folder {blocker / 'data'}")


def test_an_error_in_an_unattended_run_is_logged_and_ends_it_with_a_failure(
    qapp: QApplication, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = DataPaths(data_dir).create()
    startup.setup_logging(paths)
    hook = startup.unexpected_error_hook(options(data_dir, smoke_test=True), paths, qapp)

    def fail_in_a_slot() -> None:
        try:
            raise ValueError("a programming error")
        except ValueError as error:
            hook(ValueError, error, error.__traceback__)

    try:
        QTimer.singleShot(0, fail_in_a_slot)
        assert qapp.exec() == EXIT_BAD_INPUT
    finally:
        for handler in list(startup.log.handlers):
            startup.log.removeHandler(handler)
            handler.close()
    assert f"details are in {paths.logs}" in capsys.readouterr().err
    logged = (paths.logs / "app.log").read_text(encoding="utf-8")
    assert "ValueError: a programming error" in logged
