"""Start at login, per user, the way each system does it; its state is read from the system.

- Windows: a value named APP_ID under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run
  (the uninstaller deletes it too);
- macOS: a LaunchAgent, ~/Library/LaunchAgents/<LAUNCH_AGENT_LABEL>.plist, with RunAtLoad;
- Linux and other XDG desktops: $XDG_CONFIG_HOME/autostart/cramp-desktop.desktop.

Nothing is stored with the user's data: a backup restored on another computer cannot
claim start at login is on there. Turning it off removes the entry.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

APP_ID = "LegCrampCompanion"
LAUNCH_AGENT_LABEL = "org.legcrampcompanion.app"
DESKTOP_FILE = "cramp-desktop.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this app: the frozen program, or this Python running the package;
    with --data-dir when the data lives somewhere other than the default."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "cramp_desktop"]
    return command + (["--data-dir", str(data_dir)] if data_dir is not None else [])


class RunKey(Protocol):
    """The per-user Run key: winreg on Windows, a dictionary in tests."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


def _winreg() -> Any:  # pragma: no cover - needs Windows
    return importlib.import_module("winreg")


class WindowsRunKey:  # pragma: no cover - needs Windows
    def get(self, name: str) -> str | None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                return str(winreg.QueryValueEx(key, name)[0])
        except OSError:
            return None

    def set(self, name: str, value: str) -> None:
        winreg = _winreg()
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        winreg = _winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...
    def enable(self) -> None: ...
    def disable(self) -> None: ...


class WindowsAutostart:
    def __init__(self, command: Sequence[str], run_key: RunKey) -> None:
        self.command = list(command)
        self._key = run_key

    @property
    def value(self) -> str:
        return " ".join(f'"{part}"' if " " in part else part for part in self.command)

    def is_enabled(self) -> bool:
        return self._key.get(APP_ID) is not None

    def enable(self) -> None:
        self._key.set(APP_ID, self.value)

    def disable(self) -> None:
        self._key.delete(APP_ID)


class _FileAutostart:
    """An entry that is one private file: on while the file exists."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def content(self) -> bytes:
        raise NotImplementedError

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_bytes(self.content())
        if os.name == "posix":
            temporary.chmod(0o600)
        temporary.replace(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


class MacAutostart(_FileAutostart):
    def __init__(self, command: Sequence[str], home: Path) -> None:
        super().__init__(home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist")
        self.command = list(command)

    def content(self) -> bytes:
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        return plistlib.dumps(agent)


class XdgAutostart(_FileAutostart):
    def __init__(self, command: Sequence[str], config_home: Path) -> None:
        super().__init__(config_home / "autostart" / DESKTOP_FILE)
        self.command = list(command)

    def content(self) -> bytes:
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Leg Cramp Companion",
            f"Exec={shlex.join(self.command)}",
            "Icon=cramp-desktop",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
        ]
        return ("\n".join(lines) + "\n").encode("utf-8")


def for_this_system(
    command: Sequence[str],
    *,
    platform: str = sys.platform,
    home: Path | None = None,
    run_key: RunKey | None = None,
) -> Autostart:
    """The autostart entry of this computer (`platform`, `home` and `run_key` for tests)."""
    home = home or Path.home()
    if platform == "win32":
        return WindowsAutostart(command, run_key or WindowsRunKey())
    if platform == "darwin":
        return MacAutostart(command, home)
    config = os.environ.get("XDG_CONFIG_HOME") if home == Path.home() else None
    return XdgAutostart(command, Path(config) if config else home / ".config")
