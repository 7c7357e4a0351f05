"""The app's log file: errors only, private, and kept small by rotating at start-up."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from cramp_desktop import startup
from cramp_desktop.paths import DataPaths


@pytest.fixture
def paths(tmp_path: Path):  # type: ignore[no-untyped-def]
    created = DataPaths(tmp_path / "data").create()
    yield created
    for handler in list(startup.log.handlers):
        startup.log.removeHandler(handler)
        handler.close()


def test_a_big_log_is_rotated_at_start_up_and_the_oldest_dropped(paths: DataPaths) -> None:
    log_file = paths.logs / "app.log"
    for suffix, text in (("", "newest"), (".1", "older"), (".2", "oldest")):
        size = startup.LOG_MAX_BYTES if suffix == "" else 10
        (paths.logs / f"app.log{suffix}").write_text(text.ljust(size, "x"), encoding="utf-8")
    startup.setup_logging(paths)
    startup.log.error("after the rotation")
    for handler in startup.log.handlers:
        handler.flush()
    assert (paths.logs / "app.log.1").read_text(encoding="utf-8").startswith("newest")
    assert (paths.logs / "app.log.2").read_text(encoding="utf-8").startswith("older")
    assert not (paths.logs / "app.log.3").exists()
    assert "after the rotation" in log_file.read_text(encoding="utf-8")
    if os.name == "posix":
        assert log_file.stat().st_mode & 0o077 == 0


def test_a_small_log_is_appended_to(paths: DataPaths) -> None:
    log_file = paths.logs / "app.log"
    log_file.write_text("earlier line\n", encoding="utf-8")
    startup.setup_logging(paths)
    startup.log.log(logging.ERROR, "new line")
    for handler in startup.log.handlers:
        handler.flush()
    assert log_file.read_text(encoding="utf-8").splitlines()[0] == "earlier line"
    assert not (paths.logs / "app.log.1").exists()
