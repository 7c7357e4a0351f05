"""Where data lives (and its overrides), privacy of the folder, and where bundled files are."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cramp_desktop import paths, resources
from tests.file_modes import assert_private_file, posix_only


def test_environment_variable_sets_the_data_dir(data_dir: Path) -> None:
    assert paths.resolve_data_dir() == data_dir.resolve()


def test_command_line_override_wins_over_environment(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    assert paths.resolve_data_dir(str(chosen)) == chosen.resolve()


def test_default_is_the_platform_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_data_dir

    monkeypatch.delenv(paths.DATA_DIR_ENV)
    assert paths.resolve_data_dir() == Path(user_data_dir("LegCrampCompanion", appauthor=False))


@posix_only
def test_data_folders_are_private(data_dir: Path) -> None:
    created = paths.DataPaths(data_dir).create()
    for folder in (created.root, created.backups, created.logs):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    note = created.root / "file.txt"
    note.write_text("x")
    note.chmod(0o644)
    paths.make_private_file(note)
    assert stat.S_IMODE(note.stat().st_mode) == 0o600


def test_bundled_files_are_found_from_the_source_checkout() -> None:
    article = resources.article_path("en")
    assert article.is_file() and article.read_text(encoding="utf-8").startswith("# ")
    assert resources.resource_path("icons/app.svg").is_file()
    assert resources.translations_dir().is_dir()


def test_unknown_language_falls_back_to_english() -> None:
    assert resources.article_path("xx") == resources.article_path("en")
    assert resources.available_languages()[0] == "en"


@pytest.mark.slow
def test_wheel_contains_resources_translations_and_migrations(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(root)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("cramp_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "cramp_desktop/_data/resources/article/en.md" in names
    assert "cramp_desktop/_data/resources/icons/app.svg" in names
    assert any(n.startswith("cramp_desktop/_data/translations/") for n in names)
    assert any(
        n.startswith("cramp_desktop/storage/migrations/versions/") and n.endswith(".py")
        for n in names
    )
    assert "cramp_desktop/storage/migrations/script.py.mako" in names
    # The licence text travels with the wheel, and the metadata says what the app is.
    licence = next(n for n in names if n.endswith(".dist-info/licenses/LICENSE"))
    assert zipfile.ZipFile(wheel).read(licence).startswith(b"                    GNU GENERAL")
    meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
    meta = zipfile.ZipFile(wheel).read(meta_name).decode("utf-8")
    assert "License-Expression: GPL-3.0-or-later" in meta and "License-File: LICENSE" in meta
    assert "Classifier: Topic :: Scientific/Engineering :: Medical Science Apps." in meta
    assert re.search(r"^Project-URL: releases, https://", meta, re.M | re.I)
    assert re.search(r"^Keywords: .*leg cramps", meta, re.M)

    # An installed copy finds its bundled files inside the package, not in a checkout.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "import cramp_desktop.resources as r; "
        "print(r.article_path('en')); print(r.translations_dir())"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": str(site)},
        cwd=tmp_path,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert all(Path(p).is_relative_to(site / "cramp_desktop" / "_data") for p in found)


def test_the_single_instance_lock_is_private(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from cramp_desktop.paths import DataPaths
    from cramp_desktop.ui.shell.single_instance import SingleInstance

    paths = DataPaths(tmp_path / "data").create()
    instance = SingleInstance(paths)
    assert instance.acquire()
    try:
        assert_private_file(paths.root / "app.lock")
    finally:
        instance.release()
