"""How a feature package exports what other packages may use, without loading all of
the feature on its first import (nothing may slow the first paint).

Its `__init__.py` gives `lazy_exports` a table of its modules and the names each
exports. Type checkers never run it: for them an `if TYPE_CHECKING:` block imports the
same names from the same modules, each as `Name as Name` (an explicit re-export, so no
`__all__` is needed); tests/test_conventions.py checks that block against the table."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence


def lazy_exports(package: str, modules: Mapping[str, Sequence[str]]) -> Callable[[str], object]:
    """A module `__getattr__` for `package`: `modules` maps each module of the package to
    the public names it defines, imported when a name is first asked for."""
    module_of = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> object:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    return __getattr__
