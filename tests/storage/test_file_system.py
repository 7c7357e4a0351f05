"""Network shares and synced folders: detected on each system's path forms, and the
database there uses the rollback journal instead of WAL."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from cramp_desktop.paths import DataPaths
from cramp_desktop.storage import backups
from cramp_desktop.storage.database import open_database
from cramp_desktop.storage.file_system import DRIVE_REMOTE, Sharing, journal_mode, sharing_of
from cramp_desktop.storage.restore import restore_from

DRIVE_FIXED = 3


def drive_types(root: str) -> int:
    return DRIVE_REMOTE if root.upper() == "Z:\\" else DRIVE_FIXED


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        (r"C:\Users\Ana\AppData\Local\LegCrampCompanion", Sharing.LOCAL),
        (r"\\nas\share\LegCrampCompanion", Sharing.NETWORK),
        (r"Z:\LegCrampCompanion", Sharing.NETWORK),  # a mapped network drive
        (r"C:\Users\Ana\OneDrive\Documents\cramps", Sharing.CLOUD),
        (r"C:\Users\Ana\OneDrive - Contoso\cramps", Sharing.CLOUD),
        (r"D:\Dropbox\cramps", Sharing.CLOUD),
        (r"C:\Users\Ana\Documents\Boxes of notes", Sharing.LOCAL),
    ],
)
def test_windows_folders(folder: str, expected: Sharing) -> None:
    found = sharing_of(PureWindowsPath(folder), windows=True, drive_type=drive_types)
    assert found is expected


MOUNTS = "\n".join(
    [
        "/dev/sda1 / ext4 rw 0 0",
        "//nas/share /mnt/nas cifs rw 0 0",
        "nas:/export /media/my\\040share nfs4 rw 0 0",
        "tmpfs /tmp tmpfs rw 0 0",
    ]
)


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("/home/ana/.local/share/LegCrampCompanion", Sharing.LOCAL),
        ("/mnt/nas/LegCrampCompanion", Sharing.NETWORK),
        ("/mnt/nas", Sharing.NETWORK),
        ("/media/my share/cramps", Sharing.NETWORK),
        ("/mnt/nasty", Sharing.LOCAL),
        ("/home/ana/Dropbox/cramps", Sharing.CLOUD),
        ("/home/ana/Nextcloud/cramps", Sharing.CLOUD),
        # macOS: iCloud Drive and the File Provider clients.
        ("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/cramps", Sharing.CLOUD),
        ("/Users/ana/Library/CloudStorage/OneDrive-Personal/cramps", Sharing.CLOUD),
        ("/Users/ana/Library/Application Support/LegCrampCompanion", Sharing.LOCAL),
    ],
)
def test_posix_folders(folder: str, expected: Sharing) -> None:
    assert sharing_of(PurePosixPath(folder), windows=False, mounts=MOUNTS) is expected


def test_a_synced_folder_keeps_the_rollback_journal(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "Dropbox" / "cramps")
    assert journal_mode(paths.database) == "DELETE"
    with open_database(paths) as database:
        assert database.sharing is Sharing.CLOUD
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert not paths.database.with_name("cramp.db-wal").exists()
        copy = backups.backup_to(paths.database, tmp_path / "copy.db")
    restore_from(paths, copy)
    with closing(sqlite3.connect(paths.database)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_this_computers_folders_keep_wal(paths: DataPaths) -> None:
    assert journal_mode(paths.database) == "WAL"
