"""The app's licence and the third-party licences shipped in the bundle: generated from the
installed distributions' metadata (installer/third_party_licenses.py), one folder per
bundled component, none missing."""

from __future__ import annotations

import json
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))

import third_party_licenses as licences  # noqa: E402


def test_the_app_is_gpl3_or_later_with_the_full_text() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE")
    assert "Version 3, 29 June 2007" in text and "END OF TERMS AND CONDITIONS" in text
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    assert project["license"] == "GPL-3.0-or-later"
    assert project["license-files"] == ["LICENSE"]
    assert project["keywords"] and project["urls"]["Source"].startswith("https://")
    assert any(c.startswith("Topic :: ") for c in project["classifiers"])


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, object]]]:
    out = tmp_path_factory.mktemp("licences")
    licences.collect(out)
    index = json.loads((out / "THIRD-PARTY-LICENSES" / "components.json").read_text("utf-8"))
    return out, index


def test_every_runtime_distribution_has_its_licence_texts(
    generated: tuple[Path, list[dict[str, object]]],
) -> None:
    out, index = generated
    by_name = {canonicalize_name(str(entry["name"])): entry for entry in index}
    runtime = {canonicalize_name(d.metadata["Name"]) for d in licences.runtime_distributions()}
    # what the app requires directly, and what those pull in
    assert {"pyside6-essentials", "sqlalchemy", "alembic", "reportlab", "platformdirs"} <= runtime
    assert {"rl-accel", "mako", "shiboken6"} <= runtime
    assert "pytest" not in runtime and "jsonschema" not in runtime  # dev tools stay out
    assert runtime | {"python", "dejavu fonts"} == set(by_name)
    for entry in index:
        folder = out / "THIRD-PARTY-LICENSES" / str(entry["folder"])
        files = [folder / str(name) for name in entry["files"]]  # type: ignore[attr-defined]
        assert files and all(path.stat().st_size > 0 for path in files), entry
        assert max(path.stat().st_size for path in files) > 500, entry  # a real text
        assert entry["licence"], entry
    readme = (out / "THIRD-PARTY-LICENSES" / "README.txt").read_text("utf-8")
    assert all(str(entry["name"]) in readme for entry in index)
    assert (out / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()


def test_qt_comes_with_the_lgpl_and_the_gpl_it_builds_on(
    generated: tuple[Path, list[dict[str, object]]],
) -> None:
    out, index = generated
    pyside = next(e for e in index if canonicalize_name(str(e["name"])) == "pyside6-essentials")
    assert str(pyside["licence"]).startswith("LGPL-3.0")
    folder = out / "THIRD-PARTY-LICENSES" / str(pyside["folder"])
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (folder / "LGPL-3.0.txt").read_text("utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in (folder / "GPL-3.0.txt").read_text("utf-8")
    fonts = next(e for e in index if e["name"] == "DejaVu fonts")
    assert fonts["folder"] == "DejaVu-fonts"
    assert "Bitstream" in (
        out / "THIRD-PARTY-LICENSES" / str(fonts["folder"]) / "LICENSE-DejaVu.txt"
    ).read_text("utf-8")


def test_a_bundled_module_without_a_licence_is_named(
    generated: tuple[Path, list[dict[str, object]]], tmp_path: Path
) -> None:
    out, index = generated
    full = out / "THIRD-PARTY-LICENSES" / "components.json"
    bundled = licences.bundled_top_level_names(
        [("sqlalchemy.orm", "", "PYMODULE"), ("json", "", "PYMODULE"), ("cramp_desktop", "", "")],
        [("PySide6/QtCore.abi3.so", "", "EXTENSION"), ("_rl_accel.abi3.so", "", "EXTENSION")],
    )
    assert {"sqlalchemy", "PySide6", "_rl_accel", "json"} <= bundled
    assert licences.unlicensed(bundled, full) == []
    partial = tmp_path / "components.json"
    partial.write_text(
        json.dumps([e for e in index if e["name"] != metadata.metadata("rl_accel")["Name"]]),
        encoding="utf-8",
    )
    assert licences.unlicensed(bundled, partial) == ["rl-accel"]


def test_every_bundled_font_needs_its_licence_file(tmp_path: Path) -> None:
    (tmp_path / "DejaVuSans.ttf").write_bytes(b"font")
    (tmp_path / "LICENSE-DejaVu.txt").write_text("Bitstream Vera licence", encoding="utf-8")
    assert licences.font_licences(tmp_path) == {"DejaVu": tmp_path / "LICENSE-DejaVu.txt"}
    (tmp_path / "NotoSansCJK-Regular.otf").write_bytes(b"font")
    with pytest.raises(licences.MissingLicence, match=r"NotoSansCJK-Regular\.otf"):
        licences.font_licences(tmp_path)
