"""Writing a user's file so that it is either complete or not there at all, and what
to say when Windows refuses to replace one another program holds open (Excel keeps an
open CSV file locked, Acrobat and Edge an open PDF): "Permission denied" does not tell
the user what to do."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, fill

_T = TypeVar("_T")


def write_atomically(target: Path, write: Callable[[TextIO], _T]) -> _T:
    """Call `write` with a UTF-8 text stream on a private temporary file beside `target`,
    then rename it to `target` (readable only by the user); returns what `write` returned.
    Raises OSError and leaves no partial file."""
    # mkstemp makes the file private (0600); os.replace keeps that mode.
    descriptor, temp_name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".partial"
    )
    temp = Path(temp_name)
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return result


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
