"""The Linux bundle's ICU data: which items stay (installer/trim_icu.py), and a real trim
of PySide6's library that ICU's own tool reads back."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))

import trim_icu  # noqa: E402

LANGUAGES = {"en", "de", "es", "fr"}


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("root.res", True),
        ("de.res", True),
        ("de_AT.res", True),
        ("pl.res", False),
        ("zh_Hant_TW.res", False),
        ("coll/fr.res", True),
        ("coll/pl.res", False),
        ("coll/root.res", True),
        ("lang/pool.res", True),
        ("zone/res_index.res", True),
        ("zone/es_MX.res", True),
        ("zoneinfo64.res", True),  # time-zone rules: core data, not a locale
        ("likelySubtags.res", True),
        ("metaZones.res", True),
        ("uts46.nrm", True),
        ("cnvalias.icu", True),
        ("ibm-1047_P100-1995.cnv", False),
        ("brkitr/cjdict.dict", False),
        ("brkitr/word.brk", True),
    ],
)
def test_core_data_and_the_apps_languages_stay(item: str, kept: bool) -> None:
    assert trim_icu.is_kept(item, LANGUAGES) is kept


def _pyside_icu() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.slow
def test_a_trimmed_library_is_a_valid_icu_package_with_the_same_symbol(tmp_path: Path) -> None:
    library = _pyside_icu()
    if library is None or not all(shutil.which(t) for t in ("icupkg", "gcc", "readelf")):
        pytest.skip("needs Linux PySide6 wheels, icupkg, gcc and readelf (.ci/run installs them)")
    copy = tmp_path / library.name
    shutil.copyfile(library, copy)
    name, _, _ = trim_icu._symbol(copy)
    before, after = trim_icu.trim(copy, LANGUAGES)
    assert after < before / 3
    assert trim_icu._symbol(copy)[0] == name
    _, offset, size = trim_icu._symbol(copy)
    package = tmp_path / "out" / f"{name.removesuffix('_dat')}l.dat"
    package.parent.mkdir()
    package.write_bytes(copy.read_bytes()[offset : offset + size])
    # icupkg lists the items, then complains (exit 2) about the dictionaries left out
    listing = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True)
    items = listing.stdout.split()
    assert all(
        line.endswith(".dict") or "not supported" in line for line in listing.stderr.splitlines()
    ), listing.stderr
    assert {"root.res", "de.res", "coll/es.res", "zoneinfo64.res", "lang/pool.res"} <= set(items)
    assert "pl.res" not in items and not [item for item in items if item.endswith(".cnv")]
