"""Test set-up: Qt offscreen, and every test gets its own data directory and settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import hypothesis
import pytest

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.database import Database, open_database
from cramp_desktop.storage.repositories import Repositories

# Property tests check what is true, not how fast it is: on a busy machine (CI, parallel
# builds) drawing inputs can take longer than Hypothesis' timing checks allow.
hypothesis.settings.register_profile(
    "any-machine", deadline=None, suppress_health_check=[hypothesis.HealthCheck.too_slow]
)
hypothesis.settings.load_profile("any-machine")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show windows on a real display")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Keep QSettings of tests out of the developer's real settings.
    os.environ.setdefault("XDG_CONFIG_HOME", str(Path(config.rootpath) / "build" / "test-config"))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test's own data directory, through the same override users have."""
    directory = tmp_path / "data"
    monkeypatch.setenv("CRAMP_DESKTOP_DATA_DIR", str(directory))
    return directory


@pytest.fixture
def paths(data_dir: Path) -> DataPaths:
    return DataPaths(data_dir)


@pytest.fixture
def database(paths: DataPaths) -> Iterator[Database]:
    """A real, migrated SQLite database in the test's data directory."""
    db = open_database(paths)
    yield db
    db.close()


@pytest.fixture
def repositories(database: Database) -> Repositories:
    return Repositories.for_database(database)
