"""Writing a user's file so that it is either complete or not there at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

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
