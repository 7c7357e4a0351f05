"""Names and the version that the spec, the installers, the Makefile and CI share.

    python installer/app_info.py version        0.1.0
    python installer/app_info.py windows-version 0.1.0.0

The version is the one pyproject.toml declares: hatch reads it from the file named in
[tool.hatch.version], and so does read_version(). Nothing here imports the app, so the
spec and the Makefile work without Qt.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "Leg Cramp Companion"
EXE_NAME = "cramp-desktop"  # the console script's name, also the bundle folder's
# Windows only: the same program with a console, for the commands (output, exit codes);
# EXE_NAME is windowed there and has no stdout. Elsewhere EXE_NAME serves both.
CONSOLE_EXE_NAME = "cramp-desktop-cli"
BUNDLE_ID = "org.legcrampcompanion.desktop"
PUBLISHER = "Leg Cramp Companion developers"
# The languages of the installers, and those the app is translated into (the Qt
# translations kept in the bundle follow installer/bundle_contents.app_languages()).
LANGUAGES = ("en", "de", "es", "fr")
# Must match cramp_desktop.paths.APP_DIR_NAME: the installers name it, never delete it.
DATA_DIR_NAME = "LegCrampCompanion"

_VERSION_LINE = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


def version_file(root: Path = ROOT) -> Path:
    """The file pyproject.toml names as the version's source."""
    with (root / "pyproject.toml").open("rb") as handle:
        pyproject = tomllib.load(handle)
    if "version" not in pyproject["project"].get("dynamic", []):
        raise ValueError("pyproject.toml: expected a dynamic version read by hatch")
    return root / str(pyproject["tool"]["hatch"]["version"]["path"])


def read_version(root: Path = ROOT) -> str:
    match = _VERSION_LINE.search(version_file(root).read_text(encoding="utf-8"))
    if match is None:
        raise ValueError(f"no __version__ in {version_file(root)}")
    return match.group(1)


def windows_version(version: str) -> str:
    """Four numbers, as Windows file properties need: 1.2.3 -> 1.2.3.0, 1.2.0rc1 -> 1.2.0.0."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    if release is None:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers = [int(part) for part in release.group(0).split(".")[:3]]
    numbers += [0] * (4 - len(numbers))
    return ".".join(str(number) for number in numbers)


def main(argv: list[str]) -> int:
    fields = {
        "version": read_version,
        "windows-version": lambda: windows_version(read_version()),
    }
    if len(argv) != 1 or argv[0] not in fields:
        print(f"usage: app_info.py {'|'.join(fields)}", file=sys.stderr)
        return 2
    print(fields[argv[0]]())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
