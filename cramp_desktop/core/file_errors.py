"""A file another program holds open: Windows refuses to replace it.

Excel keeps an open CSV file locked, Acrobat and Edge an open PDF: replacing it (our
writes go to a temporary file, then os.replace) raises PermissionError there, and the
user needs to hear what to do, not "Permission denied".
"""

from __future__ import annotations

import os
from pathlib import Path

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, fill

HELD_OPEN = QT_TRANSLATE_NOOP(
    "FileErrors",
    "%1 is open in another program, so it could not be replaced. Close the file in the "
    "other program, then try again.",
)


def is_held_open(error: BaseException, target: Path) -> bool:
    """True when replacing the existing `target` was refused although its folder may be
    written to: the file itself is in use (or read-only), not the folder."""
    return (
        isinstance(error, PermissionError)
        and target.is_file()
        and os.access(target.parent, os.W_OK)
    )


def held_open_text(target: Path, translate: Translate) -> str:
    return fill(translate("FileErrors", HELD_OPEN), [str(target)])
