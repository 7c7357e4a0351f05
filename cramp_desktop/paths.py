"""Where the user's data lives, and how it is kept private on POSIX."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "CRAMP_DESKTOP_DATA_DIR"
APP_DIR_NAME = "LegCrampCompanion"

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir wins over CRAMP_DESKTOP_DATA_DIR, which wins over the platform default."""
    if override:
        return Path(override).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def make_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(PRIVATE_DIR_MODE)
    return path


def make_private_file(path: Path) -> None:
    """Restrict an existing file to its owner (no-op where POSIX modes do not apply)."""
    if os.name == "posix" and path.exists():
        current = stat.S_IMODE(path.stat().st_mode)
        if current != PRIVATE_FILE_MODE:
            path.chmod(PRIVATE_FILE_MODE)


def unique_path(path: Path) -> Path:
    """`path`, or `path` with -2, -3... before the suffix if the name is taken."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


@dataclass(frozen=True)
class DataPaths:
    """The files inside one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "cramp.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def settings(self) -> Path:
        """The app's preferences (QSettings, INI format), kept beside the data."""
        return self.root / "settings.ini"

    def create(self) -> DataPaths:
        """Create the directories, private to the user."""
        for folder in (self.root, self.backups, self.logs):
            make_private_dir(folder)
        return self
