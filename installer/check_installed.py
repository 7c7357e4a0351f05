"""Check the app as users get it, from the installer or disk image the workflow built.

    python installer/check_installed.py windows dist/LegCrampCompanion-<v>-setup.exe
    python installer/check_installed.py macos dist/LegCrampCompanion-<v>-macos-arm64.dmg

Windows: installs silently for this user, runs the bundle check on the installed folder
(the frozen smoke test, commands through cramp-desktop-cli.exe), runs one command with
the default data folder, checks the Start-menu shortcut and the uninstall entry, then
uninstalls silently and checks that the program is gone and the data folder kept.
macOS: mounts the DMG, copies the app to a temporary Applications folder, checks its
Info.plist and signature (Developer ID and hardened runtime when MACOS_SIGN_IDENTITY is
set, else PyInstaller's ad-hoc one) and runs the bundle check there. Runs on CI only
(.github/workflows/build-installers.yml); tests cover the parts any system can check.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import check_bundle
from app_info import APP_NAME, BUNDLE_ID, CONSOLE_EXE_NAME, DATA_DIR_NAME, EXE_NAME, read_version

UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{DATA_DIR_NAME}"
UNINSTALL_WAIT_S = 120


class CheckFailed(Exception):
    pass


# ---------------------------------------------------------------- Windows


def windows_locations(env: dict[str, str]) -> dict[str, Path]:
    """Where the installer puts things for this user (see cramp-desktop.nsi)."""
    local, roaming = Path(env["LOCALAPPDATA"]), Path(env["APPDATA"])
    return {
        "program": local / "Programs" / APP_NAME,
        "shortcut": roaming / "Microsoft/Windows/Start Menu/Programs" / f"{APP_NAME}.lnk",
        "data": local / DATA_DIR_NAME,
    }


def check_uninstall_entry(values: dict[str, Any], program: Path, version: str) -> None:
    """The Settings → Apps entry the installer wrote (values of the uninstall key)."""
    expected = {
        "DisplayName": APP_NAME,
        "DisplayVersion": version,
        "InstallLocation": str(program),
        "UninstallString": f'"{program / "uninstall.exe"}"',
        "QuietUninstallString": f'"{program / "uninstall.exe"}" /S',
    }
    wrong = {  # Windows paths compare without regard to case
        name: values.get(name)
        for name, value in expected.items()
        if str(values.get(name, "")).casefold() != value.casefold()
    }
    if wrong:
        raise CheckFailed(f"uninstall entry: expected {expected}, found {wrong}")


def _registry_values(key: str) -> dict[str, Any] | None:
    import winreg  # type: ignore[import-not-found,unused-ignore]

    try:
        handle = winreg.OpenKey(winreg.HKEY_CURRENT_USER, key)
    except OSError:
        return None
    values: dict[str, Any] = {}
    with handle:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(handle, index)
            except OSError:
                return values
            values[name] = value
            index += 1


def _run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    print("$ " + " ".join(command), flush=True)
    result = subprocess.run(
        command, capture_output=True, encoding="utf-8", errors="replace", timeout=600, **kwargs
    )
    if result.returncode != 0:
        raise CheckFailed(f"exit {result.returncode}\n{result.stdout}{result.stderr}")
    return result


def check_windows(setup: Path) -> None:
    places = windows_locations(dict(os.environ))
    program, version = places["program"], read_version()
    _run([str(setup), "/S"])
    for name in (f"{EXE_NAME}.exe", f"{CONSOLE_EXE_NAME}.exe", "uninstall.exe"):
        if not (program / name).is_file():
            raise CheckFailed(f"not installed: {program / name}")
    if check_bundle.main([str(program)]) != 0:
        raise CheckFailed("the installed app failed the bundle check")
    # One command as a user types it: the console program, the default data folder.
    env = {key: value for key, value in os.environ.items() if key != "CRAMP_DESKTOP_DATA_DIR"}
    with tempfile.TemporaryDirectory() as temp:
        target = Path(temp) / "Łódź.csv"
        output = _run(
            [str(program / f"{CONSOLE_EXE_NAME}.exe"), "export-csv", str(target)], env=env
        )
        if str(target) not in output.stdout or not target.is_file():
            raise CheckFailed(f"export-csv printed {output.stdout!r}")
    if not (places["data"] / "cramp.db").is_file():
        raise CheckFailed(f"the command made no data in {places['data']}")
    if not places["shortcut"].is_file():
        raise CheckFailed(f"no Start-menu shortcut at {places['shortcut']}")
    values = _registry_values(UNINSTALL_KEY)
    if values is None:
        raise CheckFailed(f"no uninstall entry HKCU\\{UNINSTALL_KEY}")
    check_uninstall_entry(values, program, version)
    # The uninstaller copies itself to %TEMP% and returns at once: wait for its work.
    _run([str(program / "uninstall.exe"), "/S"])
    deadline = time.monotonic() + UNINSTALL_WAIT_S
    while (program / f"{EXE_NAME}.exe").exists() and time.monotonic() < deadline:
        time.sleep(1)
    time.sleep(2)
    left = [path for path in (program, places["shortcut"]) if path.exists()]
    if left or _registry_values(UNINSTALL_KEY) is not None:
        raise CheckFailed(f"left after uninstalling: {left or 'the uninstall entry'}")
    if not (places["data"] / "cramp.db").is_file():
        raise CheckFailed(f"the uninstaller removed the data in {places['data']}")
    print("installed app: install, smoke test, command, shortcut, entry, uninstall: passed")


# ---------------------------------------------------------------- macOS


def check_info_plist(app: Path, version: str) -> None:
    with (app / "Contents" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    expected = {
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleExecutable": EXE_NAME,
        "LSMinimumSystemVersion": "13.0",
        "NSHighResolutionCapable": True,
    }
    wrong = {key: plist.get(key) for key, value in expected.items() if plist.get(key) != value}
    if wrong:
        raise CheckFailed(f"Info.plist: expected {expected}, found {wrong}")


def signature_problem(codesign_details: str, identity: str | None) -> str | None:
    """What is wrong with the signature `codesign -dv --verbose=2` describes (its stderr);
    None when it is what this build should have."""
    if identity:
        if f"Authority={identity}" not in codesign_details:
            return f"not signed by {identity}"
        if not re.search(r"flags=0x[0-9a-f]*\([^)]*runtime", codesign_details):
            return "signed without the hardened runtime"
        return None
    if "Signature=adhoc" not in codesign_details:
        return "neither signed nor ad-hoc signed"
    return None


def check_macos(dmg: Path) -> None:
    version = read_version()
    with tempfile.TemporaryDirectory(prefix="cramp-dmg-") as temp:
        mount, applications = Path(temp) / "mount", Path(temp) / "Applications"
        mount.mkdir()
        applications.mkdir()
        _run(["hdiutil", "attach", "-nobrowse", "-readonly", "-mountpoint", str(mount), str(dmg)])
        try:
            if not (mount / "Applications").is_symlink():
                raise CheckFailed("the DMG has no link to Applications to drag the app onto")
            _run(["ditto", str(mount / f"{APP_NAME}.app"), str(applications / f"{APP_NAME}.app")])
        finally:
            _run(["hdiutil", "detach", str(mount)])
        app = applications / f"{APP_NAME}.app"
        check_info_plist(app, version)
        _run(["codesign", "--verify", "--deep", "--strict", str(app)])
        details = _run(["codesign", "-dv", "--verbose=2", str(app)]).stderr
        problem = signature_problem(details, os.environ.get("MACOS_SIGN_IDENTITY") or None)
        if problem:
            raise CheckFailed(f"signature: {problem}\n{details}")
        if check_bundle.main([str(app)]) != 0:
            raise CheckFailed("the app copied from the DMG failed the bundle check")
        shutil.rmtree(app)
    print("installed app: DMG, Info.plist, signature, smoke test: passed")


def main(argv: list[str]) -> int:
    checks = {"windows": check_windows, "macos": check_macos}
    if len(argv) != 2 or argv[0] not in checks:
        print("usage: check_installed.py windows SETUP.exe | macos IMAGE.dmg", file=sys.stderr)
        return 2
    try:
        checks[argv[0]](Path(argv[1]))
    except (CheckFailed, subprocess.TimeoutExpired) as error:
        print(f"check_installed: FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
