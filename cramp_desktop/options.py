"""What the command line hands to the app and the commands: the GUI's options and the
exit codes. Its own module so cli.py, app.py and commands.py share it without
importing one another."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PROG = "cramp-desktop"
EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class GuiOptions:
    data_dir: Path | None
    language: str | None
    smoke_test: bool
    quit_when_shown: bool
