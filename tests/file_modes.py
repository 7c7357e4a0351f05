"""POSIX file modes in tests: on Windows chmod sets only the read-only flag, so a mode
check there would test nothing (or fail); its privacy comes from the folder's ACL."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cramp_desktop.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE

POSIX = os.name == "posix"
posix_only = pytest.mark.skipif(not POSIX, reason="POSIX file modes only")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private_file(path: Path) -> None:
    """The file exists and, where POSIX modes apply, only its owner may read it."""
    assert path.is_file(), path
    if POSIX:
        assert mode(path) == PRIVATE_FILE_MODE, f"{path}: {oct(mode(path))}"


def assert_private_dir(path: Path) -> None:
    assert path.is_dir(), path
    if POSIX:
        assert mode(path) == PRIVATE_DIR_MODE, f"{path}: {oct(mode(path))}"
