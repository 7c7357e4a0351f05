"""Start at login: the Linux entry written and removed in a temporary home; the Windows Run
value and the macOS LaunchAgent checked by path and content (emulated)."""

from __future__ import annotations

import configparser
import plistlib
import shlex
import sys
from pathlib import Path

import pytest

from cramp_desktop import autostart
from cramp_desktop.autostart import (
    APP_ID,
    LAUNCH_AGENT_LABEL,
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    for_this_system,
    launch_command,
)

COMMAND = ["/opt/Leg Cramp/cramp-desktop", "--data-dir", "/home/ann/My data"]


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_linux_entry_is_written_private_and_removed(tmp_path: Path) -> None:
    entry = for_this_system(COMMAND, platform="linux", home=tmp_path)
    assert isinstance(entry, XdgAutostart)
    assert not entry.is_enabled()
    entry.enable()
    path = tmp_path / ".config" / "autostart" / "cramp-desktop.desktop"
    assert entry.is_enabled() and path.is_file()
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o777 == 0o600
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(path, encoding="utf-8")
    section = desktop["Desktop Entry"]
    assert section["Type"] == "Application"
    assert shlex.split(section["Exec"]) == COMMAND
    entry.enable()  # twice: still one entry
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    entry.disable()
    assert not path.exists() and not entry.is_enabled()
    entry.disable()  # already off: nothing to do


def test_the_state_is_read_from_the_system_each_time(tmp_path: Path) -> None:
    first = for_this_system(COMMAND, platform="linux", home=tmp_path)
    first.enable()
    assert for_this_system(["other"], platform="linux", home=tmp_path).is_enabled()
    (tmp_path / ".config" / "autostart" / "cramp-desktop.desktop").unlink()  # removed by hand
    assert not first.is_enabled()


def test_macos_launch_agent_path_and_content(tmp_path: Path) -> None:
    entry = for_this_system(COMMAND, platform="darwin", home=tmp_path)
    assert isinstance(entry, MacAutostart)
    entry.enable()
    path = tmp_path / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == LAUNCH_AGENT_LABEL
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    assert entry.is_enabled()
    entry.disable()
    assert not path.exists()


def test_windows_run_value_name_and_quoting() -> None:
    key = FakeRunKey()
    entry = for_this_system(COMMAND, platform="win32", run_key=key)
    assert isinstance(entry, WindowsAutostart)
    assert not entry.is_enabled()
    entry.enable()
    assert key.values == {APP_ID: '"/opt/Leg Cramp/cramp-desktop" --data-dir "/home/ann/My data"'}
    assert entry.is_enabled()
    entry.disable()
    assert key.values == {} and not entry.is_enabled()


def test_the_windows_uninstaller_removes_the_run_value() -> None:
    script = Path(autostart.__file__).parents[1] / "installer" / "windows" / "cramp-desktop.nsi"
    text = script.read_text(encoding="utf-8")
    uninstall = text[text.index('Section "Uninstall"') :]
    assert (
        'DeleteRegValue HKCU "Software\\Microsoft\\Windows\\CurrentVersion\\Run" '
        '"${DATA_DIR_NAME}"' in uninstall
    )
    assert f'!define DATA_DIR_NAME "{APP_ID}"' in text


@pytest.mark.parametrize("frozen", [False, True])
def test_launch_command(monkeypatch: pytest.MonkeyPatch, frozen: bool, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", frozen, raising=False)
    command = launch_command(tmp_path)
    assert command[0] == sys.executable
    assert command[-2:] == ["--data-dir", str(tmp_path)]
    assert ("-m" in command) is not frozen
    assert launch_command()[-1] != "--data-dir"
