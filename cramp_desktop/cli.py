"""Command line: the GUI by default, headless options for tests and installers.

Qt, SQLAlchemy and reportlab are imported only by the code path that needs them, so
`--version` and usage errors answer at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from cramp_desktop import __version__
from cramp_desktop.console import use_utf8_streams
from cramp_desktop.options import EXIT_USAGE, PROG, GuiOptions

__all__ = ["build_parser", "main"]


class _OneLineErrorParser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line, or (`with_commands` False) only the GUI's options, which
    leaves help and anything else it does not know to the whole one."""
    parser = _OneLineErrorParser(
        prog=PROG,
        description="Leg Cramp Companion: a private, offline companion for people with leg cramps.",
        add_help=with_commands,
    )
    if not with_commands:
        parser.add_argument("-h", "--help", action="store_true")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for your data (default: the system's app data folder, "
        "or $CRAMP_DESKTOP_DATA_DIR)",
    )
    parser.add_argument("--lang", metavar="LANG", help="language code, e.g. en or de")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open every screen, then exit 0 when all worked or 1 otherwise",
    )
    parser.add_argument(
        "--quit-when-shown",
        action="store_true",
        help="exit as soon as the main window has painted (for start-up timing)",
    )
    if with_commands:
        from cramp_desktop import commands

        subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
        commands.add_subcommands(subparsers)
    return parser


def _check_language(parser: argparse.ArgumentParser, language: str | None) -> None:
    if language is None:
        return
    from cramp_desktop.resources import available_languages

    choices = available_languages()
    if language not in choices:
        parser.error(f"unknown language '{language}' (available: {', '.join(choices)})")


def _check_data_dir(parser: argparse.ArgumentParser, data_dir: str | None) -> Path | None:
    if data_dir is None:
        return None
    path = Path(data_dir).expanduser()
    if path.exists() and not path.is_dir():
        parser.error(f"--data-dir {data_dir} is a file, not a folder")
    return path.resolve()


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8_streams()
    arguments = sys.argv[1:] if argv is None else list(argv)
    # The commands' parsers cost the GUI's start-up about 10 ms: built only when needed.
    parser = build_parser(with_commands=False)
    args, unknown = parser.parse_known_args(arguments)
    if unknown or args.help:
        parser = build_parser()
        args = parser.parse_args(arguments)
    _check_language(parser, args.lang)
    data_dir = _check_data_dir(parser, args.data_dir)
    if getattr(args, "command", None):
        from cramp_desktop import commands

        args.data_dir = data_dir
        return commands.run_subcommand(args)
    options = GuiOptions(
        data_dir=data_dir,
        language=args.lang,
        smoke_test=args.smoke_test,
        quit_when_shown=args.quit_when_shown,
    )
    from cramp_desktop.app import run_gui

    return run_gui(options)


if __name__ == "__main__":
    sys.exit(main())
