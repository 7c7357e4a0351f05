"""Check a frozen build: its size, its contents, and that it runs (the frozen smoke test).

    python installer/check_bundle.py dist/cramp-desktop [--max-mb 150]
    python installer/check_bundle.py "dist/Leg Cramp Companion.app"

Prints the unpacked size and the biggest parts, checks that the data files the app reads
from disk are inside (resources, migration scripts, Qt's qtbase translations) and that
every Qt library a bundled binary links to is there too; then, offscreen and against a
new, temporary data folder, runs the frozen program: --version, import-csv of a few
episodes, --smoke-test (opens every screen) and export-pdf. Exit status 0 when all
passed. On Windows the commands run through the console twin (cramp-desktop-cli.exe),
as the README tells users to; the windowed program has no stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_info import CONSOLE_EXE_NAME, EXE_NAME, LANGUAGES, ROOT, read_version
from bundle_contents import app_languages, is_wanted

TIMEOUT_S = 300
MB = 1_000_000
CSV_HEADER = (
    "started_at,duration_min,severity,muscle,side,context,triggers,relief,"
    "relief_helped,sleep_disturbance,notes"
)


class CheckFailed(Exception):
    pass


def locate(bundle: Path) -> tuple[Path, Path, Path]:
    """(program, program for the commands, folder of the bundled files) of a one-folder
    build or a macOS .app. On Windows the commands run through the console twin."""
    if bundle.suffix == ".app":
        # PyInstaller puts the data in Contents/Resources and links it from Frameworks.
        program = bundle / "Contents" / "MacOS" / EXE_NAME
        return program, program, bundle / "Contents" / "Resources"
    if sys.platform == "win32":
        return bundle / f"{EXE_NAME}.exe", bundle / f"{CONSOLE_EXE_NAME}.exe", bundle / "_internal"
    return bundle / EXE_NAME, bundle / EXE_NAME, bundle / "_internal"


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]


def report_size(bundle: Path, max_mb: float | None) -> None:
    files = files_under(bundle)
    total = sum(path.stat().st_size for path in files)
    print(
        f"bundle size: {total / MB:.1f} MB unpacked ({total / 2**20:.1f} MiB), {len(files)} files"
    )
    parts: dict[Path, int] = {}
    for path in files:
        relative = path.relative_to(bundle)
        key = Path(*relative.parts[: min(len(relative.parts), 4)])
        parts[key] = parts.get(key, 0) + path.stat().st_size
    for key, size in sorted(parts.items(), key=lambda item: -item[1])[:8]:
        print(f"  {size / MB:6.1f} MB  {key}")
    if max_mb is not None and total > max_mb * MB:
        raise CheckFailed(f"the bundle is {total / MB:.1f} MB, over the limit of {max_mb} MB")


def check_contents(contents: Path) -> None:
    names = {path.relative_to(contents).as_posix() for path in contents.rglob("*")}
    required = [
        "cramp_desktop/_data/resources/article/en.md",
        "cramp_desktop/_data/resources/icons/app.svg",
        "cramp_desktop/storage/migrations/env.py",
        "cramp_desktop/storage/migrations/script.py.mako",
        "LICENSE",  # and every component's licence (installer/third_party_licenses.py)
        "THIRD-PARTY-LICENSES/README.txt",
        "THIRD-PARTY-LICENSES/components.json",
    ]
    required += [
        f"cramp_desktop/_data/resources/fonts/{font.name}"
        for font in (ROOT / "resources" / "fonts").glob("*.ttf")
    ]
    required += [
        f"cramp_desktop/storage/migrations/versions/{script.name}"
        for script in (ROOT / "cramp_desktop" / "storage" / "migrations" / "versions").glob("*.py")
    ]
    # One compiled .qm for every .ts: a build that skipped lrelease would ship English only.
    required += [
        f"cramp_desktop/_data/translations/{ts.stem}.qm"
        for ts in (ROOT / "translations").glob("*.ts")
    ]
    missing = [name for name in required if name not in names]
    # reportlab imports its C accelerator through exec(): PyInstaller only bundles it
    # because the spec names it; without it the PDF code runs pure-Python fallbacks.
    if not any(Path(name).name.startswith("_rl_accel.") for name in names):
        missing.append("_rl_accel (reportlab's C accelerator)")
    # Qt's own texts (standard buttons, dialogs) in each language the app is made for.
    for language in LANGUAGES[1:]:
        if not any(name.endswith(f"/translations/qtbase_{language}.qm") for name in names):
            missing.append(f"Qt's qtbase_{language}.qm")
    languages = app_languages(ROOT)
    unwanted = sorted(name for name in names if not is_wanted(name, languages))
    if missing:
        raise CheckFailed("missing from the bundle: " + ", ".join(missing))
    if unwanted:
        raise CheckFailed("left out on purpose, yet bundled: " + ", ".join(unwanted[:10]))
    print(f"contents: all {len(required) + len(LANGUAGES) - 1} required data files are there")


def check_linux_desktop(bundle: Path) -> None:
    """On Linux: install.sh, the desktop file, the AppStream metadata and the icons."""
    from linux_desktop import HICOLOR_SIZES, bundle_files

    wanted = bundle_files()
    wanted += [f"share/icons/hicolor/{n}x{n}/apps/cramp-desktop.png" for n in HICOLOR_SIZES]
    wanted.append("share/icons/hicolor/scalable/apps/cramp-desktop.svg")
    missing = [name for name in wanted if not (bundle / name).is_file()]
    if missing:
        raise CheckFailed("missing from the Linux bundle: " + ", ".join(missing))
    if not os.access(bundle / "install.sh", os.X_OK):
        raise CheckFailed("install.sh is not executable")
    print(f"linux: install.sh, desktop file, metadata and {len(HICOLOR_SIZES) + 1} icons")


def check_qt_links(bundle: Path) -> None:
    """Every Qt library that a bundled binary links to must be bundled as well."""
    try:
        from PyInstaller.depend.bindepend import get_imports
    except ImportError:
        print("qt links: skipped (PyInstaller is not installed)")
        return
    files = files_under(bundle)
    present = {path.name.lower() for path in files}
    suffixes = (".so", ".dll", ".dylib", ".pyd")
    binaries = [
        path
        for path in files
        if path.suffix in suffixes
        or ".so." in path.name
        or path.parent.name == "MacOS"
        or (".framework/" in path.as_posix() and path.name == path.parent.parent.parent.stem)
    ]
    broken: set[str] = set()
    for binary in binaries:
        for imported, _resolved in get_imports(str(binary)):
            name = os.path.basename(imported).lower()
            if name.startswith(("libqt", "qt")) and name not in present:
                broken.add(f"{binary.relative_to(bundle)} needs {name}")
    if broken:
        raise CheckFailed("Qt libraries missing: " + "; ".join(sorted(broken)[:10]))
    print(f"qt links: {len(binaries)} binaries checked, every Qt library they need is bundled")


def run(executable: Path, args: Sequence[str], data_dir: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRAMP_DESKTOP_DATA_DIR=str(data_dir))
    command = [str(executable), *args]
    print("$ " + " ".join(command[1:]), flush=True)
    result = subprocess.run(
        command,
        env=env,
        capture_output=True,
        encoding="utf-8",  # the app writes UTF-8 on every system
        errors="replace",
        timeout=TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0:
        logs = "".join(
            f"--- {log.name}\n{log.read_text(encoding='utf-8', errors='replace')}"
            for log in sorted((data_dir / "logs").glob("*"))
            if log.is_file()
        )
        raise CheckFailed(
            f"{' '.join(args)} exited with {result.returncode}\n"
            f"--- stdout\n{result.stdout}--- stderr\n{result.stderr}{logs}"
        )
    return result.stdout


def sample_csv(today: dt.date) -> str:
    rows = [
        f"{today - dt.timedelta(days=days)}T02:{10 + days:02d},{minutes},{severity},"
        f"{muscle},left,sleep,little-fluid;heat,stretching,yes,{severity - 1},{note}"
        for days, minutes, severity, muscle, note in (
            (3, 2, 6, "calf", "woke at night"),
            (9, 1.5, 4, "foot", ""),
            (20, 5, 8, "calf", '"long one, ""ouch"""'),
        )
    ]
    return "\n".join([CSV_HEADER, *rows]) + "\n"


def smoke_test(program: Path, commands: Path) -> None:
    """The windows through `program`; --version and the commands through `commands`,
    whose output is checked (a windowed Windows program has none)."""
    with tempfile.TemporaryDirectory(prefix="cramp-smoke-") as temp:
        data_dir = Path(temp) / "data"
        version = run(commands, ["--version"], data_dir)
        if read_version() not in version:
            raise CheckFailed(f"--version printed {version!r}, expected {read_version()}")
        csv_file = Path(temp) / "Łódź episodes.csv"  # a name cp1252 cannot encode
        csv_file.write_text(sample_csv(dt.date.today()), encoding="utf-8")
        imported = run(
            commands, ["--data-dir", str(data_dir), "import-csv", str(csv_file)], data_dir
        )
        if "3" not in imported:
            raise CheckFailed(f"import-csv printed {imported!r}, expected 3 episodes")
        run(program, ["--data-dir", str(data_dir), "--smoke-test"], data_dir)
        pdf = Path(temp) / "report.pdf"
        written = run(commands, ["--data-dir", str(data_dir), "export-pdf", str(pdf)], data_dir)
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
            raise CheckFailed("export-pdf wrote no PDF")
        if str(pdf) not in written:
            raise CheckFailed(f"export-pdf printed {written!r}, expected the file's name")
        print(f"smoke test: passed (report of {pdf.stat().st_size:,} bytes)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="dist/cramp-desktop or the macOS .app")
    parser.add_argument("--max-mb", type=float, help="fail when the unpacked size is larger")
    args = parser.parse_args(argv)
    program, commands, contents = locate(args.bundle)
    try:
        for executable in {program, commands}:
            if not executable.is_file():
                raise CheckFailed(f"no program at {executable}")
        report_size(args.bundle, args.max_mb)
        check_contents(contents)
        if sys.platform.startswith("linux"):
            check_linux_desktop(args.bundle)
        check_qt_links(args.bundle)
        smoke_test(program, commands)
    except (CheckFailed, subprocess.TimeoutExpired) as error:
        print(f"check_bundle: FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
