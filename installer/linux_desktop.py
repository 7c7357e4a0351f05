"""Add the Linux desktop integration to a one-folder build (make dist, on Linux).

    python installer/linux_desktop.py dist/cramp-desktop build/icons

Copies into the bundle: install.sh and uninstall.sh (they put the app under ~/.local and
take it away again), share/applications/cramp-desktop.desktop, share/metainfo/ (AppStream)
and share/icons/hicolor/ (from installer/make_icons.py). The desktop file's name is the
one Qt announces (QGuiApplication.setDesktopFileName), so windows match their menu entry.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

LINUX = Path(__file__).resolve().parent / "linux"
DESKTOP_FILE = "cramp-desktop.desktop"
METAINFO = "org.legcrampcompanion.desktop.metainfo.xml"
SCRIPTS = ("install.sh", "uninstall.sh")
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # rendered by installer/make_icons.py
ICON_NAME = "cramp-desktop"  # the desktop file's Icon= and Qt's desktop file name


def bundle_files() -> list[str]:
    """What add_desktop_files() puts into the bundle, relative to its folder (without
    the icons, which follow make_icons.HICOLOR_SIZES)."""
    return [*SCRIPTS, f"share/applications/{DESKTOP_FILE}", f"share/metainfo/{METAINFO}"]


def add_desktop_files(bundle: Path, icons: Path) -> None:
    if not (icons / "hicolor").is_dir():
        raise SystemExit(f"no hicolor icons in {icons}: run installer/make_icons.py first")
    for script in SCRIPTS:
        shutil.copyfile(LINUX / script, bundle / script)
        (bundle / script).chmod(0o755)
    for source, folder in ((DESKTOP_FILE, "applications"), (METAINFO, "metainfo")):
        (bundle / "share" / folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(LINUX / source, bundle / "share" / folder / source)
    target = bundle / "share" / "icons" / "hicolor"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(icons / "hicolor", target)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: linux_desktop.py BUNDLE_DIR ICONS_DIR", file=sys.stderr)
        return 2
    add_desktop_files(Path(argv[0]), Path(argv[1]))
    print(f"linux: desktop file, AppStream metadata, icons and install.sh added to {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
