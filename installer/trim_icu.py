"""Linux bundle: replace Qt's 32 MB ICU data library with one holding only what the app
can use (make dist runs this after PyInstaller).

    python installer/trim_icu.py dist/cramp-desktop

PySide6's Linux wheels ship ICU, whose data library (libicudata.so.NN, one symbol
icudtNN_dat) carries every locale of CLDR, 200 legacy character-set tables and the
word-break dictionaries of Chinese, Japanese, Thai and others. Qt formats dates and
numbers with its own CLDR tables (QLocale); it asks ICU only for collation, time-zone
names, case mapping and normalisation, and for legacy codecs the app never uses (it
reads and writes UTF-8 and UTF-16, which ICU converts without tables). So this keeps:
every core item (properties, normalisation, time-zone rules, likely subtags, plural
rules, aliases, break rules) and, in each tree, the root locale and the app's languages
(LANGUAGES and any with a translation); it drops the .cnv tables, the .dict dictionaries
and the other locales. A locale left out falls back to root: sorting and names stay
correct, only language-specific tailoring is lost.

Needs icupkg (Debian: icu-devtools), a C compiler (gcc) and readelf (binutils). The
result is a shared library exporting the same single symbol, so libicuuc loads it as
before; the frozen smoke test then runs the app on it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Collection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_info import ROOT
from bundle_contents import app_languages

_LOCALE_FILE = re.compile(r"^(?:[a-z]+/)?(?P<locale>[a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")
_ALWAYS = {"root.res", "pool.res", "res_index.res"}


def is_kept(item: str, languages: Collection[str]) -> bool:
    """Whether an item of the ICU data package stays (item: its name in `icupkg -l`)."""
    name = item.rsplit("/", 1)[-1]
    if name.endswith((".cnv", ".dict")):
        return False
    if name in _ALWAYS:
        return True
    locale = _LOCALE_FILE.match(item)
    if locale is None:  # core data: properties, zoneinfo64.res, likelySubtags.res, ...
        return True
    return locale.group("locale") in languages


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, offset in the file, size) of the icudtNN_dat symbol."""
    symbols = subprocess.run(
        ["readelf", "-Ws", "--dyn-syms", str(library)], check=True, capture_output=True, text=True
    ).stdout
    found = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)\b",
        symbols,
    )
    if found is None:
        raise SystemExit(f"trim_icu: no icudt*_dat symbol in {library}")
    value, size, section, name = found.groups()
    headers = subprocess.run(
        ["readelf", "-SW", str(library)], check=True, capture_output=True, text=True
    ).stdout
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", headers)
    if row is None:
        raise SystemExit(f"trim_icu: no section {section} in {library}")
    address, offset = int(row.group(1), 16), int(row.group(2), 16)
    return name, int(value, 16) - address + offset, int(size, 0)


def trim(library: Path, languages: Collection[str]) -> tuple[int, int]:
    """Rewrite `library` in place; returns its size before and after."""
    for tool in ("icupkg", "gcc", "readelf"):
        if shutil.which(tool) is None:
            raise SystemExit(
                f"trim_icu: {tool} not found (apt-get install icu-devtools gcc binutils)"
            )
    name, offset, size = _symbol(library)
    before = library.stat().st_size
    with tempfile.TemporaryDirectory(prefix="trim-icu-") as scratch:
        work = Path(scratch)
        package = work / f"{name.removesuffix('_dat')}l.dat"
        with library.open("rb") as handle:
            handle.seek(offset)
            package.write_bytes(handle.read(size))
        items = subprocess.run(
            ["icupkg", "-l", str(package)], check=True, capture_output=True, text=True
        ).stdout.split()
        dropped = [item for item in items if not is_kept(item, languages)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n", encoding="utf-8")
        # icupkg names the items after the output file: it must keep the package's name.
        (work / "out").mkdir()
        trimmed = work / "out" / package.name
        remove = ["icupkg", "-r", str(work / "drop.txt"), str(package), str(trimmed)]
        result = subprocess.run(remove, capture_output=True, text=True)
        if result.returncode != 0:
            # The break rules name the dictionaries; without them ICU breaks by rules alone.
            # Any other missing dependency means a kept item needs a dropped one: stop.
            problems = (result.stdout + result.stderr).splitlines()
            if not problems or any(not line.endswith(".dict") for line in problems):
                raise SystemExit("trim_icu: icupkg refused:\n" + "\n".join(problems))
            subprocess.run([remove[0], "--ignore-deps", *remove[1:]], check=True)
        assembly = work / "data.S"
        assembly.write_text(
            "\t.section .rodata\n"
            f"\t.globl {name}\n"
            f"\t.type {name}, @object\n"
            "\t.balign 16\n"
            f"{name}:\n"
            f'\t.incbin "{trimmed}"\n'
            f"\t.size {name}, . - {name}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        output = work / library.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(output),
             str(assembly)],
            check=True,
        )  # fmt: skip
        shutil.copyfile(output, library)
    return before, library.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: trim_icu.py BUNDLE_DIR", file=sys.stderr)
        return 2
    found = Path(argv[0]).rglob("libicudata.so.*")
    libraries = sorted({path.resolve() for path in found if not path.is_symlink()})
    if not libraries:
        print("trim_icu: no ICU data library in the bundle; nothing to do")
        return 0
    languages = app_languages(ROOT)
    for library in libraries:
        before, after = trim(library, languages)
        print(f"trim_icu: {library.name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB "
              f"(kept: root, {', '.join(sorted(languages))})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
