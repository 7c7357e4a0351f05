"""The text streams of a command: UTF-8 wherever they go.

Python encodes a redirected stdout in the system's ANSI code page on Windows (cp1252 in
Western Europe), so printing a file name with "Ł" after the file was written would end
in UnicodeEncodeError and exit 1. A windowed Windows program has no streams at all.
"""

from __future__ import annotations

import sys
from typing import TextIO


def use_utf8_streams(streams: tuple[TextIO | None, ...] | None = None) -> None:
    """Reconfigure stdout and stderr (where they exist) to UTF-8, replacing what cannot
    be encoded (such as a surrogate-escaped byte of a file name) instead of failing."""
    for stream in (sys.stdout, sys.stderr) if streams is None else streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # None (no console) or a stream that cannot change
            continue
        try:
            reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError):  # already read from, or detached: leave it
            continue
