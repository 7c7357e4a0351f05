"""A typed stand-in for Qt's QT_TRANSLATE_NOOP, usable in plain-Python modules, and the
small helpers that show such texts in any language.

pyside6-lupdate finds strings by the macro's name, so calls to this function are
extracted for translators exactly like Qt's own; the text is translated where it is
shown, with QCoreApplication.translate(context, text).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# (context, English source text) -> the text to show; QCoreApplication.translate fits.
Translate = Callable[[str, str], str]
_PLACEHOLDER = re.compile(r"%(\d+)")


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    del context  # only read by lupdate
    return source_text


def untranslated(context: str, source_text: str) -> str:
    """A Translate that keeps the English source text (for logs and tests)."""
    del context
    return source_text


def fill(template: str, values: Sequence[str]) -> str:
    """`template` with %1, %2, ... replaced by `values` in one pass, so a value that
    itself contains "%2" (a user's cell, a file name) is never replaced again."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
