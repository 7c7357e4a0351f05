from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cramp_desktop.app import CrampApplication
from cramp_desktop.options import GuiOptions
from cramp_desktop.paths import DataPaths
from cramp_desktop.ui.common.data_events import DataEvents
from cramp_desktop.ui.shell.appearance import Appearance


@pytest.fixture
def make_app(qapp: QApplication, data_dir: Path) -> Iterator[Callable[[], CrampApplication]]:
    """Build the real application (window, settings, storage) on the test's data folder."""
    built: list[CrampApplication] = []

    def make() -> CrampApplication:
        options = GuiOptions(
            data_dir=data_dir, language=None, smoke_test=False, quit_when_shown=False
        )
        application = CrampApplication(qapp, options, DataPaths(data_dir).create())
        built.append(application)
        return application

    yield make
    for application in built:
        application.window.close()
        application.shutdown()
        application.appearance.apply(Appearance())


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A settings.ini of the test's own (a screen's preferences)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()
