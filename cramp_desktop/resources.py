"""Where the bundled files are: a source checkout, an installed wheel or a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidate_roots() -> list[Path]:
    roots = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller unpacks data next to the executable
        roots.append(Path(frozen_root) / "cramp_desktop" / "_data")
    roots.append(_PACKAGE_DIR / "_data")  # installed wheel (see pyproject force-include)
    roots.append(_PACKAGE_DIR.parent)  # source checkout or editable install
    return roots


@cache
def data_root() -> Path:
    """The folder that holds `resources/` and `translations/`."""
    for root in _candidate_roots():
        if (root / "resources").is_dir():
            return root
    searched = ", ".join(str(r) for r in _candidate_roots())
    raise FileNotFoundError(f"bundled resources not found (looked in {searched})")


def resource_path(relative: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("article/en.md")."""
    return data_root() / "resources" / relative


def translations_dir() -> Path:
    return data_root() / "translations"


def article_path(language: str) -> Path:
    """The article in `language`, falling back to English."""
    localized = resource_path(f"article/{language}.md")
    return localized if localized.is_file() else resource_path("article/en.md")


def available_languages() -> list[str]:
    """English (the source language) plus every language with a compiled translation."""
    folder = translations_dir()
    built = sorted(p.stem.removeprefix("cramp_desktop_") for p in folder.glob("cramp_desktop_*.qm"))
    return ["en", *built]


def licences_dir() -> Path | None:
    """The folder with LICENSE and THIRD-PARTY-LICENSES/ (the licence of every bundled
    component): in a frozen build, or in a checkout after `make dist`; else None."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen_root)] if frozen_root else []
    candidates.append(_PACKAGE_DIR.parent / "build" / "licenses")
    for folder in candidates:
        if (folder / "THIRD-PARTY-LICENSES" / "components.json").is_file():
            return folder
    return None
