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


def _exports_of(
    init: ast.Module, package: str
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(module, name) pairs of a feature's `__init__`: those its TYPE_CHECKING block
    imports for type checkers, and those its lazy_exports table gives Python."""
    typed, table = set(), set()
    for node in init.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.module, package
                for alias in statement.names:
                    # "Name as Name": an explicit re-export, which mypy needs without __all__
                    assert alias.asname == alias.name, f"{package}: {alias.name} as itself"
                    typed.add((statement.module, alias.name))
        elif isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "__getattr__":
            assert (
                isinstance(node.value, ast.Call) and ast.unparse(node.value.func) == "lazy_exports"
            )
            modules = ast.literal_eval(node.value.args[1])
            table |= {
                (f"{package}.{module}", name) for module, names in modules.items() for name in names
            }
    return typed, table


def test_each_feature_exports_the_names_of_its_table_to_type_checkers_too() -> None:
    import importlib

    for feature in FEATURES:
        name_of_package = f"cramp_desktop.ui.{feature}"
        package = importlib.import_module(name_of_package)
        init = ast.parse((UI / feature / "__init__.py").read_text(encoding="utf-8"))
        typed, table = _exports_of(init, name_of_package)
        assert table, feature
        assert typed == table, feature  # what mypy checks is what Python imports
        for _module, name in table:
            assert getattr(package, name) is not None, f"{feature}.{name}"


def test_the_export_check_finds_a_name_missing_for_type_checkers() -> None:
    init = ast.parse(
        "if TYPE_CHECKING:\n"
        "    from pkg.a import A as A\n"
        "__getattr__ = lazy_exports(__name__, {'a': ['A', 'B']})\n"
    )
    typed, table = _exports_of(init, "pkg")
    assert typed == {("pkg.a", "A")} and table == {("pkg.a", "A"), ("pkg.a", "B")}
