"""Headless subcommands: import-csv, export-csv, import-json, export-json, backup, restore,
export-pdf.

cli.py registers them with add_subcommands() and runs them with run_subcommand().
Qt, storage and report modules are imported only when a command runs, so `--version`,
`--help` and usage errors load none of them. Every user mistake ends as one line on
stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cramp_desktop.core.files import held_open_text, is_held_open
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.options import EXIT_BAD_INPUT, EXIT_OK, PROG
from cramp_desktop.paths import DataPaths, make_new_files_private, resolve_data_dir

if TYPE_CHECKING:
    from cramp_desktop.core.episodes import UnreadableEntry
    from cramp_desktop.core.stats import Period
    from cramp_desktop.storage.database import Database
    from cramp_desktop.storage.errors import DamagedDatabaseError

COMMANDS_CONTEXT = "Commands"
_DAY_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class CommandError(Exception):
    """A user's mistake or a refused operation: printed as one line, exit 1."""


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
    language = _language(getattr(args, "lang", None), paths)
    handlers: dict[str, Callable[[argparse.Namespace, DataPaths], str]] = {
        "import-csv": _import_csv,
        "export-csv": _export_csv,
        "import-json": _json_command("import_json"),
        "export-json": _json_command("export_json"),
        "backup": _backup,
        "restore": _restore,
        "export-pdf": partial(_export_pdf, language=language),
    }
    with _messages_in(language):
        try:
            message = handlers[args.command](args, paths)
        except CommandError as error:
            for line in str(error).splitlines():
                print(line, file=sys.stderr)
            return EXIT_BAD_INPUT
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


def _json_command(name: str) -> Callable[[argparse.Namespace, DataPaths], str]:
    def run(args: argparse.Namespace, paths: DataPaths) -> str:
        from cramp_desktop import commands_json  # imports this module's helpers

        handler: Callable[[argparse.Namespace, DataPaths], str] = getattr(commands_json, name)
        return handler(args, paths)

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
        raise CommandError(
            _problem(
                QT_TRANSLATE_NOOP("Commands", "%1 cannot be read (%2)."),
                source,
                error.strerror or error,
            )
        ) from None


def _import_csv(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.core.csv_io import CsvImportError, read_episodes
    from cramp_desktop.storage.repositories import Repositories

    source = Path(args.file)
    data = _read_bytes(source)
    try:
        episodes = read_episodes(data)
    except CsvImportError as error:
        problems = "\n".join(problem.text(_translate) for problem in error.details)
        nothing = _problem(QT_TRANSLATE_NOOP("Commands", "Nothing was imported from %1."), source)
        raise CommandError(f"{problems}\n{nothing}") from None
    with _open(paths) as database:
        Repositories.for_database(database).episodes.add_many(episodes)
    return _text(QT_TRANSLATE_NOOP("Commands", "Episodes imported: %1."), len(episodes))


def _export_csv(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.core.csv_io import write_episodes_file
    from cramp_desktop.storage.repositories import Repositories

    target = Path(args.file)
    if target.is_dir():
        raise CommandError(_is_a_folder(target))
    _refuse_data_file(target, paths)
    with _open(paths) as database:
        repository = Repositories.for_database(database).episodes
        episodes, unreadable = repository.all(), repository.unreadable()
    for entry in unreadable:
        print(_unreadable_text(entry), file=sys.stderr)
    try:
        count = write_episodes_file(episodes, target, bom=args.bom)
    except OSError as error:
        raise CommandError(_cannot_write(target, error)) from None
    return _text(QT_TRANSLATE_NOOP("Commands", "Episodes exported to %2: %1."), count, target)


def _backup(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.storage.backups import backup_to

    target = Path(args.file)
    if target.is_dir():
        raise CommandError(_is_a_folder(target))
    _refuse_data_file(target, paths)
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


def _export_pdf(args: argparse.Namespace, paths: DataPaths, *, language: str) -> str:
    now = dt.datetime.now().astimezone()
    period = _period(args.first, args.last, now.date())
    target = Path(args.file)
    if target.is_dir():
        raise CommandError(_is_a_folder(target))
    _refuse_data_file(target, paths)
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
    from cramp_desktop.report.collect import collect_report_data
    from cramp_desktop.report.locale import default_paper
    from cramp_desktop.report.model import Paper, ReportOptions
    from cramp_desktop.storage.repositories import Repositories

    with _open(paths) as database:
        options = ReportOptions(
            period=period,
            paper=Paper(args.paper) if args.paper else default_paper(),
            language=language,
            patient_name=args.name.strip(),
            prepared_for=args.prepared_for.strip(),
        )
        data = collect_report_data(Repositories.for_database(database), options, now)
    from cramp_desktop.report.document import build_report  # reportlab: only when needed

    try:
        pages = build_report(data, target)
    except OSError as error:
        raise CommandError(_cannot_write(target, error)) from None
    return _text(QT_TRANSLATE_NOOP("Commands", "Report written to %2 (pages: %1)."), pages, target)


def _period(first: str | None, last: str | None, today: dt.date) -> Period:
    """--from and --to, both included: without --to the period ends today, without
    --from it is the report's default number of days up to the last day."""
    from cramp_desktop.core.stats import Period
    from cramp_desktop.report.collect import period_ending

    end = _day(last) if last is not None else today
    start = _day(first) if first is not None else period_ending(end).first
    if start > end:
        raise CommandError(
            _problem(
                QT_TRANSLATE_NOOP("Commands", "The first day (%1) is after the last day (%2)."),
                start.isoformat(),
                end.isoformat(),
            )
        )
    return Period(start, end)


def _day(text: str) -> dt.date:
    """A calendar day written as YYYY-MM-DD (nothing looser, so 01.02.2026 is never
    misread)."""
    cleaned = text.strip()
    if _DAY_PATTERN.fullmatch(cleaned):
        try:
            return dt.date.fromisoformat(cleaned)
        except ValueError:  # a day that does not exist, such as 2026-02-30
            pass
    raise CommandError(
        _problem(
            QT_TRANSLATE_NOOP(
                "Commands", "'%1' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01."
            ),
            text,
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


def _unreadable_text(entry: UnreadableEntry) -> str:
    """One line naming a stored entry that could not be read, by its date and field."""
    day = entry.day.isoformat() if entry.day else "?"
    return _problem(
        QT_TRANSLATE_NOOP(
            "Commands", "The entry of %1 could not be read (its %2 is not valid); it was left out."
        ),
        day,
        entry.field,
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
