"""Fixtures of the Today screen tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cramp_desktop.ui.common.data_events import DataEvents


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()
