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


def make_new_files_private() -> None:
    """Every file this process creates from now on is private, whoever creates it (Qt's
    own writes included): the process umask becomes 077."""
    if os.name == "posix":
        os.umask(0o077)


def create_private_file(path: Path) -> None:
    """Make sure `path` exists and is readable only by its owner; its content is kept."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE)
    os.close(descriptor)
    make_private_file(path)


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
    def damage_pending(self) -> Path:
        """Names a damaged data file that was set aside while the user has not yet chosen
        (in the app) to restore a backup or start with empty data."""
        return self.root / "damaged-file-pending"

    @property
    def settings(self) -> Path:
        """The app's preferences (QSettings, INI format), kept beside the data."""
        return self.root / "settings.ini"

    def holds(self, target: Path) -> bool:
        """True if writing `target` would write into the data folder: it lies inside it
        (through any symbolic link), or it is, by a hard link, one of its files. Exports
        and backups refuse such targets, so they can never replace the user's data."""
        try:
            root = self.root.resolve()
            if Path(target).resolve().is_relative_to(root):
                return True
            if not Path(target).is_file() or not root.is_dir():
                return False
            return any(os.path.samefile(target, own) for own in root.rglob("*") if own.is_file())
        except OSError:
            return False

    def create(self) -> DataPaths:
        """Create the directories, private to the user."""
        for folder in (self.root, self.backups, self.logs):
            make_private_dir(folder)
        return self
