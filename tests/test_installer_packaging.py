"""The installers: icons, the NSIS script, the GitHub workflow and the platform locks.

Fast checks only; `make windows-installer` compiles the NSIS script for real and the
workflow builds the installers (neither runs in the tests).
"""

from __future__ import annotations

import re
import struct
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
if str(INSTALLER) not in sys.path:  # the installer scripts import each other by name
    sys.path.insert(0, str(INSTALLER))

import app_info  # noqa: E402
import make_icons  # noqa: E402

# ---------------------------------------------------------------- icons


def test_icons_are_valid_ico_and_icns(qapp: Any, tmp_path: Path) -> None:
    ico, icns, png, *hicolor = make_icons.make_icons(tmp_path)
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    reader = QImageReader(str(ico))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.append(reader.read().width())
    assert sorted(sizes) == sorted(make_icons.ICO_SIZES)

    data = icns.read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kinds.append(data[offset : offset + 4].decode())
        offset += struct.unpack_from(">I", data, offset + 4)[0]
    assert offset == len(data)
    assert {"ic07", "ic08", "ic09", "ic10"} <= set(kinds)
    assert QImage(str(png)).width() == 256
    # Linux: the hicolor theme, 16 to 512 px and scalable, named as the desktop file's Icon=
    for size in make_icons.HICOLOR_SIZES:
        image = QImage(str(tmp_path / f"hicolor/{size}x{size}/apps/cramp-desktop.png"))
        assert (image.width(), image.height()) == (size, size)
    assert min(make_icons.HICOLOR_SIZES) == 16 and max(make_icons.HICOLOR_SIZES) == 512
    svg = tmp_path / "hicolor/scalable/apps/cramp-desktop.svg"
    assert svg in hicolor and svg.read_bytes().lstrip().startswith(b"<")


# ---------------------------------------------------------------- Windows installer


NSIS = INSTALLER / "windows" / "cramp-desktop.nsi"
NSIS_STRINGS = INSTALLER / "windows" / "strings.nsh"
INSTALLER_LANGUAGES = ("English", "German", "Spanish", "French")


def test_nsis_script_has_four_languages_with_every_text() -> None:
    script = NSIS.read_text(encoding="utf-8")
    strings = NSIS_STRINGS.read_bytes()
    assert strings.startswith(b"\xef\xbb\xbf"), "makensis reads UTF-8 only with a BOM"
    for language in INSTALLER_LANGUAGES:
        assert f'!insertmacro MUI_LANGUAGE "{language}"' in script
    used = set(re.findall(r"\$\((\w+)\)", script))
    assert used
    defined = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", strings.decode("utf-8-sig"), re.M)
    for name in used:
        languages = {language for string, language in defined if string == name}
        assert languages == {language.upper() for language in INSTALLER_LANGUAGES}, name


def test_nsis_installs_per_user_and_never_deletes_the_data() -> None:
    script = NSIS.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in script
    assert 'InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"' in script
    assert f'!define DATA_DIR_NAME "{app_info.DATA_DIR_NAME}"' in script
    assert f'!define APP_NAME "{app_info.APP_NAME}"' in script
    removals = [
        line.strip() for line in script.splitlines() if re.match(r"\s*(RMDir|Delete)\b", line)
    ]
    assert removals
    assert not [line for line in removals if "DATA_DIR_NAME" in line or "$LOCALAPPDATA" in line]
    assert 'RMDir /r "$INSTDIR"' not in removals


def test_nsis_installs_and_removes_the_console_program() -> None:
    script = NSIS.read_text(encoding="utf-8")
    assert f'!define CONSOLE_EXE_NAME "{app_info.CONSOLE_EXE_NAME}.exe"' in script
    assert f'!define EXE_NAME "{app_info.EXE_NAME}.exe"' in script
    install, uninstall = script.split('Section "Uninstall"')
    for part in (install, uninstall):  # an upgrade replaces it; the uninstaller removes it
        assert 'Delete "$INSTDIR\\${CONSOLE_EXE_NAME}"' in part


# ---------------------------------------------------------------- workflow and locks


def test_workflow_builds_on_windows_and_both_macs() -> None:
    workflow = yaml.safe_load(
        (ROOT / ".github" / "workflows" / "build-installers.yml").read_text(encoding="utf-8")
    )
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    assert triggers["push"]["tags"] == ["v*"] and "workflow_dispatch" in triggers
    jobs = workflow["jobs"]
    runners = [jobs["windows"]["runs-on"]]
    runners += [entry["runner"] for entry in jobs["macos"]["strategy"]["matrix"]["include"]]
    assert runners == ["windows-latest", "macos-14", "macos-15-intel"]
    assert jobs["linux"]["runs-on"].startswith("ubuntu-")
    for job in (jobs["windows"], jobs["macos"], jobs["linux"]):
        commands = "\n".join(step.get("run", "") for step in job["steps"])
        assert "--require-hashes -r requirements.lock" in commands
        assert "python -m pytest" in commands
        # The .qm files are built before the tests and the bundle (they are not committed).
        assert commands.index("pyside6-lrelease") < commands.index("installer/cramp-desktop.spec")
        assert "installer/cramp-desktop.spec" in commands
        assert "installer/check_bundle.py" in commands
        # the spec bundles the generated licences: they are made before it runs
        assert commands.index("installer/third_party_licenses.py") < commands.index(
            "installer/cramp-desktop.spec"
        )
        uses = [step.get("uses", "") for step in job["steps"]]
        assert any(action.startswith("actions/upload-artifact") for action in uses)
    assert "makensis" in str(jobs["windows"]) and "dmgbuild" in str(jobs["macos"])
    linux = "\n".join(step.get("run", "") for step in jobs["linux"]["steps"])
    assert "installer/trim_icu.py" in linux and "installer/linux_desktop.py" in linux
    assert "--max-mb 130" in linux and "linux-x86_64.tar.gz" in linux


def _workflow() -> dict[str, Any]:
    text = (ROOT / ".github" / "workflows" / "build-installers.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)  # type: ignore[no-any-return]


def _step_index(job: dict[str, Any], needle: str) -> int:
    """The position of the first step whose command contains `needle`."""
    runs = [step.get("run", "") for step in job["steps"]]
    return next(index for index, run in enumerate(runs) if needle in run)


def test_workflow_checks_the_installed_app_before_uploading() -> None:
    jobs = _workflow()["jobs"]
    windows = jobs["windows"]
    checked = _step_index(windows, "installer/check_installed.py windows")
    assert _step_index(windows, "makensis") < checked
    uploads = [
        i for i, step in enumerate(windows["steps"]) if "upload-artifact" in step.get("uses", "")
    ]
    assert uploads and checked < uploads[0]
    macos = jobs["macos"]
    signed = _step_index(macos, "sign_and_notarize.sh app")
    bundle_checks = [
        i for i, step in enumerate(macos["steps"]) if "check_bundle.py" in step.get("run", "")
    ]
    assert any(index > signed for index in bundle_checks), "no smoke test after signing"
    assert _step_index(macos, "sign_and_notarize.sh dmg") < _step_index(
        macos, "installer/check_installed.py macos"
    )


def test_windows_and_macos_keep_screenshots_of_their_own_theme() -> None:
    jobs = _workflow()["jobs"]
    for job, platform in ((jobs["windows"], "windows"), (jobs["macos"], "cocoa")):
        shots = [step for step in job["steps"] if "scripts/screenshots.py" in step.get("run", "")]
        assert shots and shots[0]["env"]["QT_QPA_PLATFORM"] == platform
        names = [step.get("with", {}).get("name", "") for step in job["steps"]]
        assert any(name.startswith("screenshots-") for name in names)


def test_a_version_tag_publishes_a_release() -> None:
    workflow = _workflow()
    assert workflow["permissions"] == {"contents": "read"}  # only the release job writes
    release = workflow["jobs"]["release"]
    assert release["if"] == "github.ref_type == 'tag'"
    assert set(release["needs"]) >= {"windows", "macos"}
    assert release["permissions"] == {"contents": "write"}
    commands = "\n".join(step.get("run", "") for step in release["steps"])
    assert 'gh release create "$GITHUB_REF_NAME" release/*' in commands
    downloads = [step for step in release["steps"] if "download-artifact" in step.get("uses", "")]
    assert downloads and downloads[0]["with"]["merge-multiple"] is True


def _pins(lock: Path) -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9][\w.-]*)==([^\s\\]+)", lock.read_text(), re.M)
    return {canonicalize_name(name): version for name, version in pins}


PLATFORMS = {
    "windows": {"sys_platform": "win32", "os_name": "nt", "platform_system": "Windows"},
    "macos": {"sys_platform": "darwin", "os_name": "posix", "platform_system": "Darwin"},
}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_platform_lock_pins_what_requirements_lock_leaves_out(platform: str) -> None:
    """pip-compile on Linux drops dependencies whose markers are false there."""
    main = _pins(ROOT / "requirements.lock")
    extra = _pins(INSTALLER / platform / "requirements.lock")
    linux = {"sys_platform": "linux", "os_name": "posix", "platform_system": "Linux", "extra": ""}
    needed = set()
    for name in main:
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue
        for requirement in map(Requirement, requires):
            marker = requirement.marker
            if marker is None or marker.evaluate(linux):
                continue
            if marker.evaluate({**linux, **PLATFORMS[platform]}):
                needed.add(canonicalize_name(requirement.name))
    assert needed, "expected some platform-only dependency (pyinstaller's, pytest's)"
    assert needed <= set(extra), needed - set(extra)
    for name in set(main) & set(extra):
        assert main[name] == extra[name], name
    assert "pyinstaller" in main and "dmgbuild" not in main
    if platform == "macos":
        assert "dmgbuild" in extra


def _function(script: str, name: str) -> str:
    match = re.search(rf"^Function {re.escape(name)}\n(.*?)^FunctionEnd", script, re.M | re.S)
    assert match, name
    return match.group(1)


def test_nsis_silent_install_refuses_the_data_folder_and_skips_the_desktop_shortcut() -> None:
    script = NSIS.read_text(encoding="utf-8")
    # No page callback runs with /S: the check runs in .onInit and in the first section.
    on_init = _function(script, ".onInit")
    assert "Call RefuseDataFolderSilently" in on_init
    assert on_init.index("MUI_LANGDLL_DISPLAY") < on_init.index("Call RefuseDataFolderSilently")
    first_section = re.search(r'^Section "\$\(NameProgram\)".*?^SectionEnd', script, re.M | re.S)
    assert first_section
    body = [line.strip() for line in first_section.group(0).splitlines()[1:]]
    assert body.index("Call RefuseDataFolderSilently  ; pages may have been skipped (/S)") < (
        body.index('SetOutPath "$INSTDIR"')
    )
    refuse = _function(script, "RefuseDataFolderSilently")
    assert "${If} ${Silent}" in refuse and "Call IsDataFolder" in refuse
    assert "SetErrorLevel 2" in refuse and "Quit" in refuse
    assert "Call IsDataFolder" in _function(script, "CheckInstallDir")
    assert '"$LOCALAPPDATA\\${DATA_DIR_NAME}"' in _function(script, "IsDataFolder")
    desktop = _function(script, "SilentDesktopChoice")
    assert '${GetOptions} $R0 "/DESKTOP=" $R1' in desktop
    assert "!insertmacro UnselectSection ${SectionDesktop}" in desktop
    assert on_init.rstrip().endswith("Call SilentDesktopChoice")  # after the remembered choice


def test_nsis_shows_the_licence_from_the_bundle() -> None:
    script = NSIS.read_text(encoding="utf-8")
    assert '!define LICENSE_FILE "${BUNDLE_DIR}\\_internal\\LICENSE"' in script
    pages = re.findall(r"^!insertmacro (MUI_PAGE_\w+)", script, re.M)
    assert pages.index("MUI_PAGE_LICENSE") == pages.index("MUI_PAGE_WELCOME") + 1
