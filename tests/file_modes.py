"""File behaviour in tests. POSIX file modes: on Windows chmod sets only the read-only
flag, so a mode check there would test nothing (or fail). And Windows' refusal to
replace a file another program holds open, emulated."""

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


def hold_open_like_windows(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Emulate Windows with `target` open in Excel or a PDF viewer: replacing it is
    refused (a sharing violation, which Python raises as PermissionError)."""
    replace = os.replace

    def refusing(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> None:
        if Path(destination) == target:
            raise PermissionError(13, "Access is denied", str(destination))
        replace(source, destination)

    monkeypatch.setattr(os, "replace", refusing)
