"""Linux desktop integration: the desktop file Qt names, AppStream metadata that
appstreamcli accepts, and install.sh / uninstall.sh run for real in a scratch home."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from cramp_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))

import linux_desktop  # noqa: E402
import make_icons  # noqa: E402

LINUX = ROOT / "installer" / "linux"
DESKTOP = LINUX / linux_desktop.DESKTOP_FILE
METAINFO = LINUX / linux_desktop.METAINFO


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_is_the_one_qt_announces() -> None:
    entry = desktop_entry()
    app_source = (ROOT / "cramp_desktop" / "app.py").read_text(encoding="utf-8")
    (announced,) = re.findall(r'setDesktopFileName\("([^"]+)"\)', app_source)
    assert DESKTOP.stem == announced == linux_desktop.ICON_NAME
    assert entry["Type"] == "Application" and entry["Name"] == "Leg Cramp Companion"
    assert entry["Exec"] == entry["TryExec"] == "cramp-desktop"
    assert entry["Icon"] == linux_desktop.ICON_NAME and entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == announced
    for language in ("de", "es", "fr"):
        assert entry[f"Comment[{language}]"] and entry[f"GenericName[{language}]"]
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(DESKTOP)], check=True)


def test_the_appstream_metadata_is_valid_and_current() -> None:
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream; .ci/run does)")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("launchable") == DESKTOP.name
    releases = component.findall("releases/release")
    assert releases[0].get("version") == __version__, "the newest release comes first"
    with (ROOT / "pyproject.toml").open("rb") as handle:
        assert component.findtext("project_license") == tomllib.load(handle)["project"]["license"]
    assert component.find("content_rating") is not None
    assert component.find("screenshots/screenshot/image") is not None
    shot = component.findtext("screenshots/screenshot/image") or ""
    assert (ROOT / shot.split("/main/", 1)[1]).is_file(), "the screenshot is in the repository"


@pytest.fixture
def bundle(qapp: Any, tmp_path: Path) -> Path:
    """A one-folder build as make dist leaves it on Linux, with a stand-in program."""
    folder = tmp_path / "dist" / "cramp-desktop"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "cramp-desktop"
    program.write_text('#!/bin/sh\necho "Leg Cramp Companion $*"\n', encoding="utf-8")
    program.chmod(0o755)
    icons = tmp_path / "icons"
    make_icons.make_icons(icons)
    linux_desktop.add_desktop_files(folder, icons)
    return folder


def run_script(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "CRAMP_DESKTOP_"))
    }
    env["HOME"] = str(home)
    return subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True)


def test_install_puts_everything_under_local_and_uninstall_takes_it_away(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home with space"
    records = home / ".local" / "share" / "LegCrampCompanion" / "cramp.db"
    records.parent.mkdir(parents=True)
    records.write_bytes(b"my records")
    installed = run_script(bundle / "install.sh", home)
    assert installed.returncode == 0, installed.stderr
    app_dir = home / ".local" / "lib" / "cramp-desktop"
    share = home / ".local" / "share"
    command = home / ".local" / "bin" / "cramp-desktop"
    assert subprocess.run([str(command), "--version"], capture_output=True, text=True).stdout == (
        "Leg Cramp Companion --version\n"
    )
    desktop = (share / "applications" / "cramp-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app_dir}/cramp-desktop"' in desktop.splitlines()
    assert (share / "metainfo" / linux_desktop.METAINFO).is_file()
    for size in linux_desktop.HICOLOR_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/cramp-desktop.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/cramp-desktop.svg").is_file()
    assert f"{app_dir}/uninstall.sh" in installed.stdout

    again = run_script(bundle / "install.sh", home)  # an update replaces it in place
    assert again.returncode == 0, again.stderr

    removed = run_script(app_dir / "uninstall.sh", home)
    assert removed.returncode == 0, removed.stderr
    assert not app_dir.exists() and not command.is_symlink()
    leftovers = [p for p in share.rglob("*") if p.is_file() and "LegCrampCompanion" not in p.parts]
    assert leftovers == []
    assert records.read_bytes() == b"my records", "the records are never touched"
    assert str(records.parent) in removed.stdout
