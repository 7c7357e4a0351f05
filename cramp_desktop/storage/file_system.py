"""Is the data folder on this computer, on a network share, or in a synced cloud folder?

SQLite's write-ahead log needs shared memory that network file systems do not provide,
and sync clients copy cramp.db without its -wal file: in both cases the app uses the
rollback journal (slower, safe there) and tells the user once why.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath


class Sharing(StrEnum):
    LOCAL = "local"
    NETWORK = "network"  # a network share (SMB, NFS, ...) or a mapped network drive
    CLOUD = "cloud"  # a folder a sync client copies (OneDrive, iCloud Drive, Dropbox, ...)


# Linux /proc/mounts types of network file systems.
NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "ncpfs", "9p", "ceph", "glusterfs"}
    | {"lustre", "fuse.sshfs", "fuse.davfs2", "davfs", "fuse.rclone", "fuse.s3fs"}
)
# Folder names sync clients create, compared case-insensitively from the start of a part.
_CLOUD_FOLDER = re.compile(
    r"^(onedrive|dropbox|google ?drive|icloud ?drive|nextcloud|owncloud|pcloud ?drive)\b",
    re.IGNORECASE,
)
# macOS keeps iCloud Drive and the File Provider clients (OneDrive, Dropbox, Google
# Drive...) under ~/Library.
_MACOS_CLOUD = (("Library", "Mobile Documents"), ("Library", "CloudStorage"))
DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined,unused-ignore]


def _linux_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:  # not Linux, or hidden: assume local
        return ""


def _file_system_type(folder: PurePosixPath, mounts: str) -> str | None:
    """The type of the mount (from /proc/mounts text) that holds `folder`."""
    best, kind = -1, None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePosixPath(fields[1].replace("\\040", " "))
        holds = folder == point or point in folder.parents
        if holds and len(point.parts) > best:
            best, kind = len(point.parts), fields[2]
    return kind


def _is_cloud_folder(folder: PurePath) -> bool:
    parts = folder.parts
    if any(_CLOUD_FOLDER.match(part) for part in parts):
        return True
    pairs = set(itertools.pairwise(parts))
    return any(pair in pairs for pair in _MACOS_CLOUD)


def sharing_of(
    folder: PurePath,
    *,
    windows: bool | None = None,
    mounts: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> Sharing:
    """Where `folder` (absolute) lives. `windows`, `mounts` (the text of /proc/mounts)
    and `drive_type` default to this system's; tests pass other systems'."""
    if windows is None:
        windows = os.name == "nt"
    if windows:
        path = PureWindowsPath(folder)
        drive = path.drive
        if drive.startswith(("\\\\", "//")):  # \\nas\share
            return Sharing.NETWORK
        if drive and (drive_type or _windows_drive_type)(drive + "\\") == DRIVE_REMOTE:
            return Sharing.NETWORK
        return Sharing.CLOUD if _is_cloud_folder(path) else Sharing.LOCAL
    path_posix = PurePosixPath(folder)
    kind = _file_system_type(path_posix, _linux_mounts() if mounts is None else mounts)
    if kind in NETWORK_FILE_SYSTEMS:
        return Sharing.NETWORK
    return Sharing.CLOUD if _is_cloud_folder(path_posix) else Sharing.LOCAL


def journal_mode(db_path: Path) -> str:
    """WAL on this computer's disks; the rollback journal on a network share or in a
    synced folder, where WAL's shared memory and its -wal file do not work."""
    return "WAL" if sharing_of(db_path.parent) is Sharing.LOCAL else "DELETE"
