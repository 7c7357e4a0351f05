"""House rules of the source that a reviewer would otherwise have to remember."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import cramp_desktop

PACKAGE = Path(cramp_desktop.__file__).parent
PLACEHOLDER = re.compile(r"%\d+")


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def placeholder_replacements(source: str) -> list[int]:
    """Lines where `text.replace("%1", value)` fills a placeholder by hand."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "replace"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and PLACEHOLDER.fullmatch(node.args[0].value)
        ):
            lines.append(node.lineno)
    return lines


def test_the_check_finds_a_replace_chain() -> None:
    source = 'text = tr("%1 of %2").replace("%1", a).replace(\n    "%2", b\n)\n'
    assert placeholder_replacements(source) == [1, 1]
    assert placeholder_replacements('fill(tr("%1 of %2"), [a, b])\n') == []
    assert placeholder_replacements('name.replace("%", "%%")\n') == []


def test_placeholders_are_filled_with_fill_not_replace_chains() -> None:
    """A chain substitutes twice when a value contains "%2"; core.translation.fill()
    fills every placeholder in one pass."""
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for path in _sources()
        for line in placeholder_replacements(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "use core.translation.fill() instead of .replace('%1', ...):\n" + (
        "\n".join(found)
    )


def test_storage_errors_are_told_only_through_user_text() -> None:
    """One table of sentences per StorageError category (storage.errors.user_text): no
    other module picks its own wording by category."""
    errors_module = PACKAGE / "storage" / "errors.py"
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
        for path in _sources()
        if path != errors_module
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr == "category"
    ]
    assert found == [], "tell a StorageError with storage.errors.user_text():\n" + "\n".join(found)


def test_settings_are_read_and_written_only_through_preferences() -> None:
    """Every settings.ini key is a typed Preference in cramp_desktop/preferences.py."""
    module = PACKAGE / "preferences.py"
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
        for path in _sources()
        if path != module
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("value", "setValue", "remove", "contains")
        and "settings" in ast.unparse(node.func.value).lower()
    ]
    assert found == [], "use a Preference from cramp_desktop.preferences:\n" + "\n".join(found)


UI = PACKAGE / "ui"
FEATURES = sorted(p.parent.name for p in UI.glob("*/__init__.py"))


def _feature_of(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).parts
    return parts[1] if len(parts) > 2 and parts[0] == "ui" else None


def test_other_packages_import_a_feature_only_through_its_init() -> None:
    """`from cramp_desktop.ui.history import HistoryScreen`, never a module inside another
    feature: what a feature's __init__ exports is all the others may use."""
    found = []
    for path in [*_sources(), *(PACKAGE.parent / "scripts").glob("*.py")]:
        own = _feature_of(path) if path.is_relative_to(PACKAGE) else None
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                parts = node.module.split(".")
                if parts[:2] == ["cramp_desktop", "ui"] and len(parts) > 3 and parts[2] != own:
                    found.append(f"{path.name}:{node.lineno} {node.module}")
    assert found == [], "import from the feature package instead:\n" + "\n".join(found)


def test_each_feature_exports_what_its_all_names() -> None:
    import importlib

    for feature in FEATURES:
        package = importlib.import_module(f"cramp_desktop.ui.{feature}")
        init = ast.parse((UI / feature / "__init__.py").read_text(encoding="utf-8"))
        declared = {
            alias.name
            for node in ast.walk(init)
            if isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith(f"cramp_desktop.ui.{feature}.")
            for alias in node.names
        }
        assert set(package.__all__) == declared, feature  # the typed names are the exported
        for name in package.__all__:
            assert getattr(package, name) is not None, f"{feature}.{name}"
