"""The frozen app: version, what the bundle leaves out, the spec, the frozen check.

Fast checks only; `make dist` builds the real thing (CI runs it). The spec runs here
against stand-ins for PyInstaller's build classes. Installers, icons, workflow and
lock files: test_installer_packaging.py.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import cramp_desktop
from cramp_desktop import paths
from cramp_desktop.core.csv_io import parse_episodes

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
if str(INSTALLER) not in sys.path:  # the installer scripts import each other by name
    sys.path.insert(0, str(INSTALLER))

import app_info  # noqa: E402
import bundle_contents  # noqa: E402
import check_bundle  # noqa: E402

QT_MODULES_THE_APP_USES = {
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtCharts",
    "QtPdf",
    "QtPdfWidgets",
    "QtPrintSupport",
    "QtNetwork",
}


# ---------------------------------------------------------------- version and names


def test_version_is_the_one_pyproject_points_to() -> None:
    assert app_info.version_file() == ROOT / "cramp_desktop" / "__init__.py"
    assert app_info.read_version() == cramp_desktop.__version__


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", "0.1.0.0"), ("1.2", "1.2.0.0"), ("2.0.1rc1", "2.0.1.0"), ("3.1.4+local", "3.1.4.0")],
)
def test_windows_version_has_four_numbers(version: str, expected: str) -> None:
    assert app_info.windows_version(version) == expected


def test_installers_use_the_apps_names() -> None:
    assert app_info.APP_NAME == cramp_desktop.APP_NAME
    assert app_info.DATA_DIR_NAME == paths.APP_DIR_NAME


# ---------------------------------------------------------------- what the bundle leaves out


def _qt_modules_imported_by_the_app() -> set[str]:
    found: set[str] = set()
    for source in (ROOT / "cramp_desktop").rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    return found


def test_no_qt_module_the_app_imports_is_excluded() -> None:
    used = _qt_modules_imported_by_the_app()
    assert used <= QT_MODULES_THE_APP_USES, "a new Qt module: check bundle_contents.py"
    excluded = {name.removeprefix("PySide6.") for name in bundle_contents.EXCLUDED_QT_MODULES}
    assert not used & excluded
    assert {"QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"} <= excluded
    assert {"QtDesigner", "QtOpenGL"} <= excluded


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",  # QtCharts links to it
        "PySide6/Qt6Charts.dll",
        "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.dylib",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qtbase_fr.qm",
        "cramp_desktop/_data/translations/cramp_desktop_de.qm",
        "libsqlite3.so.0",
    ],
)
def test_bundle_keeps(path: str) -> None:
    assert bundle_contents.is_wanted(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt6VirtualKeyboard.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/Resources/Info.plist",
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/plugins/tls/qschannelbackend.dll",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/opengl32sw.dll",
        "PySide6/Qt/translations/qt_de.qm",
        "PySide6/Qt/translations/qtdeclarative_de.qm",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "libgnutls.so.30",
        "libcups.so.2",
    ],
)
def test_bundle_leaves_out(path: str) -> None:
    assert not bundle_contents.is_wanted(path)


def test_qt_translations_follow_the_apps_languages(tmp_path: Path) -> None:
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "cramp_desktop_ja.ts").write_text("")
    languages = bundle_contents.app_languages(tmp_path)
    assert languages == {"en", "de", "es", "fr", "ja"}
    assert bundle_contents.is_wanted("PySide6/Qt/translations/qtbase_ja.qm", languages)


# ---------------------------------------------------------------- the spec


class _QtLibraryInfo:
    """Stands in for PyInstaller's: the spec wraps its plugin collection."""

    def collect_plugins(self, plugin_type: str) -> list[tuple[str, str]]:
        folder = f"PySide6/Qt/plugins/{plugin_type}"
        return [(f"/qt/{folder}/libqxcb.so", folder), (f"/qt/{folder}/libqeglfs.so", folder)]

    def collect_qtnetwork_files(self) -> list[tuple[str, str]]:
        return [("/usr/lib/libssl.so.3", ".")]


_VERSION_INFO_CLASSES = (
    "VSVersionInfo",
    "FixedFileInfo",
    "StringFileInfo",
    "StringTable",
    "StringStruct",
    "VarFileInfo",
    "VarStruct",
)


def _recorder(name: str) -> Any:
    """A stand-in for one of PyInstaller's version resource classes: records its call."""
    return lambda *args, **kwargs: (name, args, kwargs)


@pytest.fixture(autouse=True, scope="module")
def _licences() -> None:
    """The spec bundles build/licenses (made by `make dist`); a fresh clone has none yet."""
    script = ROOT / "installer" / "third_party_licenses.py"
    subprocess.run([sys.executable, str(script), str(ROOT / "build" / "licenses")], check=True)


def _run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, Any]:
    """Execute the spec as PyInstaller would, on `platform`; returns what it built."""
    built: dict[str, Any] = {}

    def target(kind: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> types.SimpleNamespace:
            result = types.SimpleNamespace(args=args, kwargs=kwargs, pure=[], scripts=[])
            if kind == "Analysis":
                result.binaries = [
                    ("PySide6/Qt/lib/libQt6Core.so.6", "/src", "BINARY"),
                    ("PySide6/Qt/lib/libQt6Quick.so.6", "/src", "BINARY"),
                ]
                result.datas = [
                    ("PySide6/Qt/translations/qtbase_de.qm", "/src", "DATA"),
                    ("PySide6/Qt/translations/qt_de.qm", "/src", "DATA"),
                    *((dest, source, "DATA") for source, dest in kwargs["datas"]),
                ]
            built.setdefault(f"all {kind}", []).append(result)
            built[kind] = built[f"all {kind}"][0]
            return result

        return make

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda name: [(f"/site/{name}.dist-info", f"{name}.dist-info")]  # type: ignore[attr-defined]
    qt_hooks = types.ModuleType("PyInstaller.utils.hooks.qt")
    qt_hooks.QtLibraryInfo = _QtLibraryInfo  # type: ignore[attr-defined]
    win32 = types.ModuleType("PyInstaller.utils.win32")
    win32.versioninfo = types.SimpleNamespace(  # type: ignore[attr-defined]
        **{name: _recorder(name) for name in _VERSION_INFO_CLASSES}
    )
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.utils.hooks.qt": qt_hooks,
        "PyInstaller.utils.win32": win32,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(_QtLibraryInfo, "collect_plugins", _QtLibraryInfo.collect_plugins)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    spec = INSTALLER / "cramp-desktop.spec"
    namespace = {"SPECPATH": str(INSTALLER)}
    namespace |= {kind: target(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return built


def test_spec_collects_data_migrations_and_excludes_unused_modules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = _run_spec(monkeypatch, "linux")
    analysis = built["Analysis"]
    destinations = {dest.replace("\\", "/") for dest, _source, _kind in analysis.datas}
    assert "cramp_desktop/_data/resources/article" in destinations
    assert "cramp_desktop/_data/resources/fonts" in destinations
    assert "cramp_desktop/storage/migrations" in destinations
    assert "cramp_desktop/storage/migrations/versions" in destinations
    migration_files = {Path(source).name for source, _dest in analysis.kwargs["datas"]}
    assert {"env.py", "script.py.mako", "0001_initial.py"} <= migration_files
    assert not any("__pycache__" in source for source, _dest in analysis.kwargs["datas"])
    assert set(bundle_contents.EXCLUDED_MODULES) <= set(analysis.kwargs["excludes"])
    # Unwanted files are filtered out after the analysis as well.
    assert [entry[0] for entry in analysis.binaries] == ["PySide6/Qt/lib/libQt6Core.so.6"]
    assert "PySide6/Qt/translations/qt_de.qm" not in destinations
    # ... and kept from being collected at all.
    plugins = _QtLibraryInfo().collect_plugins("platforms")
    assert [Path(source).name for source, _folder in plugins] == ["libqxcb.so"]
    assert _QtLibraryInfo().collect_qtnetwork_files() == []


def test_spec_builds_one_windowed_folder_without_upx(monkeypatch: pytest.MonkeyPatch) -> None:
    built = _run_spec(monkeypatch, "linux")
    exe, collect = built["EXE"].kwargs, built["COLLECT"].kwargs
    assert exe["name"] == collect["name"] == "cramp-desktop"
    assert exe["console"] is False and exe["exclude_binaries"] is True  # one folder
    assert exe["upx"] is False and collect["upx"] is False
    assert "BUNDLE" not in built


def test_spec_makes_the_macos_app(monkeypatch: pytest.MonkeyPatch) -> None:
    built = _run_spec(monkeypatch, "darwin")
    bundle = built["BUNDLE"].kwargs
    assert bundle["name"] == "Leg Cramp Companion.app"
    assert bundle["bundle_identifier"] == "org.legcrampcompanion.desktop"
    assert bundle["version"] == cramp_desktop.__version__
    plist = bundle["info_plist"]
    assert plist["CFBundleShortVersionString"] == cramp_desktop.__version__
    assert plist["NSHighResolutionCapable"] is True
    assert plist["NSRequiresAquaSystemAppearance"] is False
    assert built["EXE"].kwargs["strip"] is False  # would void the signatures


def test_spec_adds_a_console_twin_on_windows_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The windowed Windows program has no stdout: commands need the console one."""
    programs = _run_spec(monkeypatch, "win32")["all EXE"]
    assert [(exe.kwargs["name"], exe.kwargs["console"]) for exe in programs] == [
        ("cramp-desktop", False),
        ("cramp-desktop-cli", True),
    ]
    collected = _run_spec(monkeypatch, "win32")["COLLECT"].args
    assert [item.kwargs["name"] for item in collected[:2]] == ["cramp-desktop", "cramp-desktop-cli"]
    for platform in ("linux", "darwin"):
        assert len(_run_spec(monkeypatch, platform)["all EXE"]) == 1


def test_spec_gives_the_windows_program_its_version(monkeypatch: pytest.MonkeyPatch) -> None:
    built = _run_spec(monkeypatch, "win32")
    version_info = repr(built["EXE"].kwargs["version"])
    version = cramp_desktop.__version__
    numbers = tuple(int(part) for part in app_info.windows_version(version).split("."))
    assert repr(("StringStruct", ("ProductVersion", version), {})) in version_info
    assert repr(("FixedFileInfo", (), {"filevers": numbers, "prodvers": numbers})) in version_info
    assert built["EXE"].kwargs["strip"] is False


# ---------------------------------------------------------------- the frozen check


def test_smoke_test_episodes_are_valid_csv() -> None:
    today = dt.date(2026, 3, 30)
    now = dt.datetime(2026, 3, 30, 12, tzinfo=dt.UTC)
    episodes = parse_episodes(check_bundle.sample_csv(today), now=now)
    assert len(episodes) == 3
    assert episodes[2].notes == 'long one, "ouch"'


def _fake_bundle(root: Path) -> Path:
    contents = root / "_internal"
    wanted = [
        "cramp_desktop/_data/resources/article/en.md",
        "cramp_desktop/_data/resources/icons/app.svg",
        "cramp_desktop/storage/migrations/env.py",
        "cramp_desktop/storage/migrations/script.py.mako",
        "_rl_accel.abi3.so",
        "LICENSE",
        "THIRD-PARTY-LICENSES/README.txt",
        "THIRD-PARTY-LICENSES/components.json",
        *(f"PySide6/Qt/translations/qtbase_{lang}.qm" for lang in ("de", "es", "fr")),
        *(
            f"cramp_desktop/_data/translations/{ts.stem}.qm"
            for ts in (ROOT / "translations").glob("*.ts")
        ),
        *(
            f"cramp_desktop/_data/resources/fonts/{font.name}"
            for font in (ROOT / "resources" / "fonts").glob("*.ttf")
        ),
        *(
            f"cramp_desktop/storage/migrations/versions/{script.name}"
            for script in (ROOT / "cramp_desktop/storage/migrations/versions").glob("*.py")
        ),
    ]
    for name in wanted:
        (contents / name).parent.mkdir(parents=True, exist_ok=True)
        (contents / name).write_text("x")
    return contents


def test_bundle_check_finds_missing_and_unwanted_files(tmp_path: Path) -> None:
    contents = _fake_bundle(tmp_path)
    check_bundle.check_contents(contents)
    (contents / "cramp_desktop/storage/migrations/env.py").unlink()
    with pytest.raises(check_bundle.CheckFailed, match=r"migrations/env\.py"):
        check_bundle.check_contents(contents)
    contents = _fake_bundle(tmp_path)
    (contents / "cramp_desktop/_data/translations/cramp_desktop_fr.qm").unlink()
    with pytest.raises(check_bundle.CheckFailed, match=r"cramp_desktop_fr\.qm"):
        check_bundle.check_contents(contents)
    contents = _fake_bundle(tmp_path)
    (contents / "PySide6/Qt/lib").mkdir(parents=True)
    (contents / "PySide6/Qt/lib/libQt6Quick.so.6").write_text("x")
    with pytest.raises(check_bundle.CheckFailed, match="libQt6Quick"):
        check_bundle.check_contents(contents)
    contents = _fake_bundle(tmp_path)
    (contents / "THIRD-PARTY-LICENSES/components.json").unlink()
    with pytest.raises(check_bundle.CheckFailed, match=r"components\.json"):
        check_bundle.check_contents(contents)
    contents = _fake_bundle(tmp_path)
    (contents / "_rl_accel.abi3.so").unlink()
    with pytest.raises(check_bundle.CheckFailed, match="_rl_accel"):
        check_bundle.check_contents(contents)


def test_bundle_check_enforces_the_size_limit(tmp_path: Path) -> None:
    (tmp_path / "big.bin").write_bytes(bytes(2_000_000))
    check_bundle.report_size(tmp_path, max_mb=3)
    with pytest.raises(check_bundle.CheckFailed, match="over the limit"):
        check_bundle.report_size(tmp_path, max_mb=1)


def test_bundle_check_runs_the_app_inside_the_macos_bundle() -> None:
    program, commands, contents = check_bundle.locate(Path("dist/Leg Cramp Companion.app"))
    assert program == commands
    assert program.as_posix().endswith(".app/Contents/MacOS/cramp-desktop")
    assert contents.as_posix().endswith(".app/Contents/Resources")


@pytest.mark.parametrize(
    ("platform", "program", "commands"),
    [
        ("win32", "cramp-desktop.exe", "cramp-desktop-cli.exe"),
        ("linux", "cramp-desktop", "cramp-desktop"),
        ("darwin", "cramp-desktop", "cramp-desktop"),
    ],
)
def test_bundle_check_runs_commands_through_a_console_program(
    monkeypatch: pytest.MonkeyPatch, platform: str, program: str, commands: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    found = check_bundle.locate(Path("dist/cramp-desktop"))
    assert [path.name for path in found] == [program, commands, "_internal"]
