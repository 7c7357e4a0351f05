"""installer/check_installed.py: what the workflow checks on real Windows and macOS,
exercised here on the parts any system can run (paths, registry values, Info.plist,
codesign's description)."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path, PureWindowsPath

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "installer") not in sys.path:
    sys.path.insert(0, str(ROOT / "installer"))

import check_installed  # noqa: E402
from app_info import read_version  # noqa: E402

WINDOWS_ENV = {
    "LOCALAPPDATA": r"C:\Users\Ana\AppData\Local",
    "APPDATA": r"C:\Users\Ana\AppData\Roaming",
}


def test_windows_places_follow_the_nsis_script() -> None:
    places = check_installed.windows_locations(WINDOWS_ENV)
    as_windows = {name: PureWindowsPath(str(path)) for name, path in places.items()}
    assert as_windows["program"] == PureWindowsPath(
        r"C:\Users\Ana\AppData\Local\Programs\Leg Cramp Companion"
    )
    assert as_windows["data"] == PureWindowsPath(r"C:\Users\Ana\AppData\Local\LegCrampCompanion")
    assert as_windows["shortcut"].name == "Leg Cramp Companion.lnk"
    assert "Start Menu" in as_windows["shortcut"].parts
    nsis = (ROOT / "installer" / "windows" / "cramp-desktop.nsi").read_text(encoding="utf-8")
    assert 'CreateShortCut "$SMPROGRAMS\\${APP_NAME}.lnk"' in nsis
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in nsis


def test_the_uninstall_entry_must_name_the_version_and_the_uninstaller() -> None:
    program = Path("C:/Users/Ana/AppData/Local/Programs/Leg Cramp Companion")
    uninstaller = f'"{program / "uninstall.exe"}"'
    values = {
        "DisplayName": "Leg Cramp Companion",
        "DisplayVersion": read_version(),
        "InstallLocation": str(program).upper(),  # Windows paths ignore case
        "UninstallString": uninstaller,
        "QuietUninstallString": f"{uninstaller} /S",
        "Publisher": "Leg Cramp Companion developers",
    }
    check_installed.check_uninstall_entry(values, program, read_version())
    with pytest.raises(check_installed.CheckFailed, match="DisplayVersion"):
        check_installed.check_uninstall_entry(values | {"DisplayVersion": "0.0.1"}, program, "9")
    without_quiet = {k: v for k, v in values.items() if k != "QuietUninstallString"}
    with pytest.raises(check_installed.CheckFailed, match="QuietUninstallString"):
        check_installed.check_uninstall_entry(without_quiet, program, read_version())


def _app(tmp_path: Path, **changes: object) -> Path:
    app = tmp_path / "Leg Cramp Companion.app"
    (app / "Contents").mkdir(parents=True)
    plist = {
        "CFBundleIdentifier": "org.legcrampcompanion.desktop",
        "CFBundleName": "Leg Cramp Companion",
        "CFBundleShortVersionString": read_version(),
        "CFBundleExecutable": "cramp-desktop",
        "LSMinimumSystemVersion": "13.0",
        "NSHighResolutionCapable": True,
    } | changes
    with (app / "Contents" / "Info.plist").open("wb") as handle:
        plistlib.dump(plist, handle)
    return app


def test_info_plist_is_checked(tmp_path: Path) -> None:
    check_installed.check_info_plist(_app(tmp_path), read_version())
    with pytest.raises(check_installed.CheckFailed, match="CFBundleShortVersionString"):
        check_installed.check_info_plist(
            _app(tmp_path / "old", CFBundleShortVersionString="0.0.1"), read_version()
        )


SIGNED = """Executable=/tmp/Leg Cramp Companion.app/Contents/MacOS/cramp-desktop
Identifier=org.legcrampcompanion.desktop
CodeDirectory v=20500 size=1234 flags=0x10000(runtime) hashes=27+7 location=embedded
Authority=Developer ID Application: Ana Example (TEAM123456)
Authority=Developer ID Certification Authority
Authority=Apple Root CA
"""
ADHOC = """Executable=/tmp/Leg Cramp Companion.app/Contents/MacOS/cramp-desktop
CodeDirectory v=20400 size=1234 flags=0x2(adhoc) hashes=27+7 location=embedded
Signature=adhoc
"""
IDENTITY = "Developer ID Application: Ana Example (TEAM123456)"


def test_the_signature_matches_what_the_build_should_have() -> None:
    assert check_installed.signature_problem(SIGNED, IDENTITY) is None
    assert check_installed.signature_problem(ADHOC, None) is None
    assert check_installed.signature_problem(ADHOC, IDENTITY) == f"not signed by {IDENTITY}"
    no_runtime = SIGNED.replace("flags=0x10000(runtime)", "flags=0x0(none)")
    assert check_installed.signature_problem(no_runtime, IDENTITY) == (
        "signed without the hardened runtime"
    )
    assert check_installed.signature_problem("code object is not signed at all", None)


def test_usage_mistakes_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_installed.main(["linux", "x"]) == 2
    assert "usage" in capsys.readouterr().err
