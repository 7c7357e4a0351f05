"""Headless subcommands: import-csv, export-csv, import-json, export-json, backup, restore,
export-pdf.

cli.py registers them with add_subcommands() and runs them with run_subcommand().
Qt, storage and report modules are imported only when a command runs, so `--version`,
`--help` and usage errors load none of them. Every user mistake ends as one line on
stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from cramp_desktop.core.files import held_open_text, is_held_open
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.options import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, PROG
from cramp_desktop.paths import DataPaths, make_new_files_private, resolve_data_dir

if TYPE_CHECKING:
    from cramp_desktop.storage.database import Database
    from cramp_desktop.storage.errors import DamagedDatabaseError

COMMANDS_CONTEXT = "Commands"


class CommandError(Exception):
    """A user's mistake or a refused operation: printed as one line, exit 1."""

    exit_code = EXIT_BAD_INPUT


class UsageError(CommandError):
    """An argument the command cannot take (such as a date out of range): exit 2."""

    exit_code = EXIT_USAGE


def add_subcommands(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register import-csv, export-csv, backup, restore and export-pdf (each also takes
    --data-dir)."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a --data-dir given before the subcommand is not overwritten by None.
    common.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="folder for your data"
    )
    parser = subparsers.add_parser(
        "import-csv",
        parents=[common],
        help="add the episodes of a CSV file (all rows or none)",
        description="Add every episode in FILE; if any row has a problem, nothing is added "
        "and each problem is listed as 'row N: reason'. See docs/csv-format.md.",
    )
    parser.add_argument("file", metavar="FILE")
    parser = subparsers.add_parser(
        "export-csv", parents=[common], help="write all episodes to a CSV file"
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--bom", action="store_true", help="start with a byte order mark (for Excel)"
    )
    parser = subparsers.add_parser(
        "backup", parents=[common], help="save a copy of all your data to FILE"
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser = subparsers.add_parser(
        "restore",
        parents=[common],
        help="replace your data with a backup (the current data is backed up first)",
    )
    parser.add_argument("file", metavar="FILE")
    parser = subparsers.add_parser(
        "export-json",
        parents=[common],
        help="write everything you entered to a JSON file (see docs/json-format.md)",
    )
    parser.add_argument("file", metavar="FILE")
    parser = subparsers.add_parser(
        "import-json",
        parents=[common],
        help="load everything from a JSON export (all or nothing)",
        description="Load every record of FILE, made by export-json, into an empty data "
        "folder; if anything in it has a problem, nothing is loaded and each problem is "
        "listed as 'place: reason'. See docs/json-format.md.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "--replace",
        action="store_true",
        help="replace the records already there (a backup of them is kept first)",
    )
    _add_export_pdf(subparsers, common)


def _add_export_pdf(subparsers: argparse._SubParsersAction[Any], common: Any) -> None:
    parser = subparsers.add_parser(
        "export-pdf",
        parents=[common],
        help="write the report for your doctor to a PDF file",
        description="Write the doctor report for a period (default: the last 90 days). "
        "Dates are YYYY-MM-DD in local time; both ends are included.",
    )
    parser.add_argument("file", metavar="OUT.pdf")
    parser.add_argument("--from", dest="first", metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="last", metavar="DATE", help="last day (default: today)")
    # SUPPRESS: a --lang given before the subcommand is kept (and checked by cli.py).
    parser.add_argument(
        "--lang",
        metavar="LANG",
        default=argparse.SUPPRESS,
        help="language of the report (default: the app's language)",
    )
    parser.add_argument("--name", default="", help="the patient's name, printed on each page")
    parser.add_argument(
        "--born", metavar="DATE", help="the patient's date of birth (YYYY-MM-DD), beside the name"
    )
    parser.add_argument(
        "--paper",
        choices=["a4", "letter"],
        help="paper size (default: from your locale)",
    )
    parser.add_argument("--prepared-for", default="", metavar="TEXT", help="e.g. the doctor's name")


def run_subcommand(args: argparse.Namespace) -> int:
    """Run the subcommand named by args.command; returns the exit code."""
    from cramp_desktop.storage.errors import DamagedDatabaseError, StorageError, user_text

    paths = DataPaths(resolve_data_dir(getattr(args, "data_dir", None)))
    make_new_files_private()
    # The English log lines (ids and causes, for the app's log) must not reach the
    # terminal before the translated message: without a handler Python prints them.
    logging.getLogger("cramp_desktop").addHandler(logging.NullHandler())
    language = _language(getattr(args, "lang", None), paths)
    handlers: dict[str, Callable[[argparse.Namespace, DataPaths], str]] = {
        "import-csv": _command("commands_csv", "import_csv"),
        "export-csv": _command("commands_csv", "export_csv"),
        "import-json": _command("commands_json", "import_json"),
        "export-json": _command("commands_json", "export_json"),
        "backup": _backup,
        "restore": _restore,
        "export-pdf": _command("commands_pdf", "export_pdf", language=language),
    }
    with _messages_in(language):
        try:
            message = handlers[args.command](args, paths)
        except CommandError as error:
            for line in str(error).splitlines():
                print(line, file=sys.stderr)
            return error.exit_code
        except DamagedDatabaseError as error:
            print(f"{PROG}: {_damaged_text(error)}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except StorageError as error:
            file_name = args.file if args.command in ("backup", "restore", "import-json") else None
            print(f"{PROG}: {user_text(error, _translate, file_name=file_name)}", file=sys.stderr)
            return EXIT_BAD_INPUT
    print(message)
    return EXIT_OK


def _damaged_text(error: DamagedDatabaseError) -> str:
    """The damaged file, the newest backup, and that nothing happens until the user has
    chosen in the app (a command never starts with empty data on its own)."""
    from cramp_desktop.storage.errors import damaged_file_text

    if error.newest_backup is None:
        backup = _text(QT_TRANSLATE_NOOP("Commands", "No backup was found."))
    else:
        backup = _text(
            QT_TRANSLATE_NOOP("Commands", "Your newest backup is %1."), error.newest_backup
        )
    choose = _text(
        QT_TRANSLATE_NOOP(
            "Commands",
            "Nothing was done. Open Leg Cramp Companion to restore a backup or to start "
            "with empty data, then run the command again.",
        )
    )
    return f"{damaged_file_text(error, _translate)} {backup} {choose}"


def _command(
    module: str, name: str, **options: Any
) -> Callable[[argparse.Namespace, DataPaths], str]:
    """`name` of `cramp_desktop.<module>`, imported when the command runs (each module
    imports this one's helpers). Imported by name here, not through importlib, so that
    PyInstaller finds the modules for the frozen app."""

    def run(args: argparse.Namespace, paths: DataPaths) -> str:
        from cramp_desktop import commands_csv, commands_json, commands_pdf

        modules = {
            "commands_csv": commands_csv,
            "commands_json": commands_json,
            "commands_pdf": commands_pdf,
        }
        return cast(str, getattr(modules[module], name)(args, paths, **options))

    return run


def _language(requested: str | None, paths: DataPaths) -> str:
    """--lang, else the language the app was last set to in this data folder, else the
    system's (messages and the report both use it)."""
    from PySide6.QtCore import QSettings

    from cramp_desktop import preferences
    from cramp_desktop.ui.shell import choose_language

    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    return choose_language(requested, preferences.LANGUAGE.get(settings))


@contextmanager
def _messages_in(language: str) -> Iterator[None]:
    """Translate this command's messages into `language` while it runs. Tests run
    commands inside a test's QApplication, so the translators and the default locale are
    put back afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from cramp_desktop.ui.shell import install_translators

    app = QCoreApplication.instance() or QCoreApplication([PROG])
    previous_locale = QLocale()
    translators = install_translators(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


def _translate(context: str, source_text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source_text)


def _text(template: str, *values: object) -> str:
    """`template` (a "Commands" source text) translated, with %1, %2, ... filled in."""
    return fill(_translate(COMMANDS_CONTEXT, template), [str(value) for value in values])


def _problem(template: str, *values: object) -> str:
    """An error line: like _text, after the program's name."""
    return f"{PROG}: {_text(template, *values)}"


def _open(paths: DataPaths) -> Database:
    from cramp_desktop.storage.database import open_database

    _prepare(paths)
    return open_database(paths)


def _prepare(paths: DataPaths) -> None:
    if paths.root.exists() and not paths.root.is_dir():
        raise CommandError(
            _problem(
                QT_TRANSLATE_NOOP("Commands", "The data folder %1 is a file, not a folder."),
                paths.root,
            )
        )
    try:
        paths.create()
    except OSError as error:
        raise CommandError(
            _problem(
                QT_TRANSLATE_NOOP("Commands", "The data folder %1 cannot be used (%2)."),
                paths.root,
                error.strerror or error,
            )
        ) from None


def _read_bytes(source: Path) -> bytes:
    try:
        return source.read_bytes()
    except FileNotFoundError:
        raise CommandError(_no_such_file(source)) from None
    except OSError as error:
        raise CommandError(_cannot_read(source, error)) from None


def _backup(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.storage.backups import backup_to

    target = Path(args.file)
    if target.is_dir():
        raise CommandError(_is_a_folder(target))
    _refuse_data_file(target, paths)
    _require_folder(target)
    if target.exists() and not args.force:
        raise CommandError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Commands",
                    "%1 already exists; choose another name or add --force to replace it.",
                ),
                target,
            )
        )
    with _open(paths) as database:
        backup_to(database.path, target)
    return _text(QT_TRANSLATE_NOOP("Commands", "Backed up your data to %1."), target)


def _restore(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.storage.restore import restore_from

    source = Path(args.file)
    _prepare(paths)
    safety = restore_from(paths, source)  # a missing file or a folder: RestoreError
    with _open(paths):  # upgrades a backup made by an older version
        pass
    restored = _text(QT_TRANSLATE_NOOP("Commands", "Restored your data from %1."), source)
    if safety is None:
        return restored
    kept = _text(QT_TRANSLATE_NOOP("Commands", "Your previous data was kept in %1."), safety)
    return f"{restored} {kept}"


def _require_folder(target: Path) -> None:
    """The folder of a file to write must exist already: none is created."""
    if not target.parent.exists():
        raise CommandError(
            _cannot_write(target, _text(QT_TRANSLATE_NOOP("Commands", "there is no such folder")))
        )
    if not target.parent.is_dir():
        raise CommandError(
            _cannot_write(
                target, _text(QT_TRANSLATE_NOOP("Commands", "%1 is a file"), target.parent)
            )
        )


def _refuse_data_file(target: Path, paths: DataPaths) -> None:
    """Exports and backups never write into the data folder (they would replace data)."""
    if paths.holds(target):
        raise CommandError(
            _problem(
                QT_TRANSLATE_NOOP(
                    "Commands",
                    "%1 is in your data folder (%2) or links to a file in it; writing it "
                    "could destroy your data. Choose a file outside that folder.",
                ),
                target,
                paths.root,
            )
        )


def _cannot_read(source: Path, error: OSError) -> str:
    return _problem(
        QT_TRANSLATE_NOOP("Commands", "%1 cannot be read (%2)."), source, error.strerror or error
    )


def _no_such_file(source: Path) -> str:
    return _problem(QT_TRANSLATE_NOOP("Commands", "%1: there is no such file."), source)


def _is_a_folder(target: Path) -> str:
    return _problem(QT_TRANSLATE_NOOP("Commands", "%1 is a folder; give a file name."), target)


def _cannot_write(target: Path, reason: object) -> str:
    """The line for a target that could not be written; `reason`: a text or the OSError."""
    if isinstance(reason, OSError):
        if is_held_open(reason, target):
            return f"{PROG}: {held_open_text(target, _translate)}"
        reason = reason.strerror or reason
    return _problem(QT_TRANSLATE_NOOP("Commands", "%1 cannot be written (%2)."), target, reason)
