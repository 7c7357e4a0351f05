"""Collect the licence of every component the frozen app ships, from the installed
distributions' metadata, into a THIRD-PARTY-LICENSES folder (the spec bundles it).

    python installer/third_party_licenses.py build/licenses

Writes OUT/LICENSE (the app's own, GPL-3.0-or-later) and OUT/THIRD-PARTY-LICENSES/:
one folder per component with its licence files, an index (README.txt for people,
components.json for the About box). The components are the app's runtime requirements
and theirs (extras followed, markers evaluated for this machine), plus what ships without
a distribution: the Python runtime and the DejaVu fonts. Qt's libraries come inside the
PySide6 wheels, which carry no licence file: they get the LGPL-3.0 text (with the GPL-3.0
it builds on), as Qt for Python is used under LGPL-3.0. Fails when a component has no
licence text, so a new dependency cannot ship without one.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import sysconfig
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_info import ROOT

APP_DISTRIBUTION = "cramp-desktop"
LGPL_TEXT = ROOT / "installer" / "licenses" / "LGPL-3.0.txt"
GPL_TEXT = ROOT / "LICENSE"
# Distributions whose wheels carry no licence file, and the texts that apply.
LGPL_DISTRIBUTIONS = {"pyside6-essentials", "pyside6-addons", "shiboken6"}
# The licence of each font family in resources/fonts (the text is its LICENSE-<Family>).
FONT_LICENCES = {"DejaVu": "Bitstream Vera and public domain"}
LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


class MissingLicence(Exception):
    pass


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    folder: str  # under THIRD-PARTY-LICENSES/
    files: tuple[str, ...]


def runtime_distributions(root: str = APP_DISTRIBUTION) -> list[metadata.Distribution]:
    """`root`'s requirements and theirs, extras followed, without `root` itself."""
    found: dict[str, metadata.Distribution] = {}
    pending: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    seen: set[tuple[str, frozenset[str]]] = set()
    while pending:
        name, extras = pending.pop()
        if (canonicalize_name(name), extras) in seen:
            continue
        seen.add((canonicalize_name(name), extras))
        distribution = metadata.distribution(name)
        if canonicalize_name(name) != canonicalize_name(root):
            found[canonicalize_name(name)] = distribution
        for line in distribution.requires or []:
            requirement = Requirement(line)
            environments = [{"extra": extra} for extra in extras] or [{"extra": ""}]
            if requirement.marker and not any(
                requirement.marker.evaluate(environment) for environment in environments
            ):
                continue
            pending.append((requirement.name, frozenset(requirement.extras)))
    return sorted(found.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_of(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    expression = meta.get("License-Expression")
    if expression:
        return str(expression)
    classifiers = [
        c.rsplit(" :: ", 1)[-1]
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if classifiers:
        return "; ".join(classifiers)
    text = str(meta.get("License") or "").strip()
    return text.splitlines()[0] if text else "see the licence files"


def licence_files(distribution: metadata.Distribution) -> list[tuple[str, bytes]]:
    """(file name, content) of the licence files the distribution installed."""
    files = []
    for path in distribution.files or []:
        parts = path.parts
        if ".dist-info" in parts[0] and LICENCE_NAME.match(path.name):
            files.append((path.name, Path(str(distribution.locate_file(path))).read_bytes()))
    return sorted(set(files))


def python_licence() -> Path:
    candidates = [
        Path(sysconfig.get_path("stdlib")) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(sys.base_prefix) / "share" / "doc" / "python3" / "copyright",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise MissingLicence(f"no licence text of Python found (looked at {candidates})")


def font_licences(folder: Path) -> dict[str, Path]:
    """Family -> its LICENSE-<Family>.txt, for every font file in `folder` (a font file's
    name starts with its family). Fails for a font without a licence file."""
    licences = {path.stem.removeprefix("LICENSE-"): path for path in folder.glob("LICENSE-*")}
    fonts = [p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".otf", ".ttc")]
    unlicensed = [f.name for f in fonts if not any(f.name.startswith(x) for x in licences)]
    if unlicensed:
        raise MissingLicence(
            "no LICENSE-<Family>.txt beside the fonts: " + ", ".join(sorted(unlicensed))
        )
    return {family: licences[family] for family in sorted(licences)}


def collect(out: Path) -> list[Component]:
    """Write the folder; returns the components in it."""
    target = out / "THIRD-PARTY-LICENSES"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copyfile(GPL_TEXT, out / "LICENSE")
    components = []
    missing = []
    for distribution in runtime_distributions():
        name, version = distribution.metadata["Name"], distribution.version
        files = licence_files(distribution)
        licence = licence_of(distribution)
        if canonicalize_name(name) in LGPL_DISTRIBUTIONS:
            licence = "LGPL-3.0-only (also offered under GPL-2.0-only or GPL-3.0-only)"
            files += [
                ("LGPL-3.0.txt", LGPL_TEXT.read_bytes()),
                ("GPL-3.0.txt", GPL_TEXT.read_bytes()),
            ]
        if not files:
            missing.append(name)
            continue
        components.append(_write(target, name, version, licence, files))
    components.append(
        _write(
            target,
            "Python",
            sys.version.split()[0],
            "PSF-2.0",
            [("LICENSE.txt", python_licence().read_bytes())],
        )
    )
    components += [
        _write(target, f"{family} fonts", "", FONT_LICENCES.get(family, "see the licence file"),
               [(licence.name, licence.read_bytes())])
        for family, licence in font_licences(ROOT / "resources" / "fonts").items()
    ]  # fmt: skip
    if missing:
        raise MissingLicence("no licence file in the metadata of: " + ", ".join(missing))
    (target / "components.json").write_text(
        json.dumps([asdict(c) for c in components], indent=2) + "\n", encoding="utf-8"
    )
    (target / "README.txt").write_text(_index(components), encoding="utf-8")
    return components


def unlicensed(top_level_names: set[str], index: Path) -> list[str]:
    """The distributions that provide any of `top_level_names` (the modules a build
    bundles) and have no folder in the index `components.json`: must be empty."""
    listed = {canonicalize_name(c["name"]) for c in json.loads(index.read_text("utf-8"))}
    providers = metadata.packages_distributions()
    bundled = {
        canonicalize_name(distribution)
        for name in top_level_names
        for distribution in providers.get(name, [])
    }
    return sorted(bundled - listed - {canonicalize_name(APP_DISTRIBUTION)})


def bundled_top_level_names(
    pure: list[tuple[str, ...]], binaries: list[tuple[str, ...]]
) -> set[str]:
    """Top-level module names of a PyInstaller Analysis' pure modules and binaries."""
    names = {entry[0].split(".")[0] for entry in pure}
    for entry in binaries:
        first = entry[0].replace("\\", "/").split("/")[0]
        names.add(first.split(".")[0])
    return names


def _write(
    target: Path, name: str, version: str, licence: str, files: list[tuple[str, bytes]]
) -> Component:
    folder = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{name}-{version}" if version else name)
    (target / folder).mkdir()
    for file_name, content in files:
        (target / folder / file_name).write_bytes(content)
    return Component(name, version, licence, folder, tuple(file_name for file_name, _ in files))


def _index(components: list[Component]) -> str:
    lines = [
        "Leg Cramp Companion is free software under the GNU General Public License, version 3",
        "or later (the file LICENSE). It ships with these components, each under its own",
        "licence; the full texts are in the folder named after each one.",
        "",
    ]
    width = max(len(f"{c.name} {c.version}") for c in components)
    lines += [f"{c.name + ' ' + c.version:<{width}}  {c.licence}" for c in components]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: third_party_licenses.py OUT_FOLDER", file=sys.stderr)
        return 2
    try:
        components = collect(Path(argv[0]))
    except MissingLicence as error:
        print(f"third_party_licenses: {error}", file=sys.stderr)
        return 1
    print(f"licences: {len(components)} components in {argv[0]}/THIRD-PARTY-LICENSES")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
