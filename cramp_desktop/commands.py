"""Headless subcommands: import-csv, export-csv, backup, restore, export-pdf.

cli.py registers them with add_subcommands() and runs them with run_subcommand().
Storage modules are imported
only when a command runs, so registering the subcommands costs nothing at start-up.
Every user mistake ends as one line on stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cramp_desktop.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from cramp_desktop.storage.database import Database

PROG = "cramp-desktop"
EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
COMMANDS = ("import-csv", "export-csv", "backup", "restore", "export-pdf")


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
    handlers: dict[str, Callable[[argparse.Namespace, DataPaths], str]] = {
        "import-csv": _import_csv,
        "export-csv": _export_csv,
        "backup": _backup,
        "restore": _restore,
        "export-pdf": _export_pdf,
    }
    from cramp_desktop.storage.errors import StorageError, user_text

    paths = DataPaths(resolve_data_dir(getattr(args, "data_dir", None)))
    with _messages_in(getattr(args, "lang", None) or _app_language(paths)):
        try:
            message = handlers[args.command](args, paths)
        except CommandError as error:
            for line in str(error).splitlines():
                print(line, file=sys.stderr)
            return EXIT_BAD_INPUT
        except StorageError as error:
            file_name = args.file if args.command in ("backup", "restore") else None
            print(
                f"{PROG}: {user_text(error, QCoreApplication.translate, file_name=file_name)}",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
    print(message)
    return EXIT_OK


@contextmanager
def _messages_in(language: str) -> Iterator[None]:
    """Translate this command's messages into `language` while it runs (tests run
    commands inside a test's QApplication, so the translator is removed afterwards)."""
    from PySide6.QtCore import QTranslator

    from cramp_desktop.resources import translations_dir

    app = QCoreApplication.instance() or QCoreApplication([PROG])
    translator = QTranslator()
    installed = (
        language != "en"
        and translator.load(f"cramp_desktop_{language}", str(translations_dir()))
        and app.installTranslator(translator)
    )
    try:
        yield
    finally:
        if installed:
            app.removeTranslator(translator)


def _fill(template: str, *values: object) -> str:
    """`template` (already translated) with %1, %2, ... replaced by `values`."""
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return f"{PROG}: {template}"


def _open(paths: DataPaths) -> Database:
    from cramp_desktop.storage.database import open_database

    _prepare(paths)
    return open_database(paths)


def _prepare(paths: DataPaths) -> None:
    if paths.root.exists() and not paths.root.is_dir():
        raise CommandError(
            _fill(
                QCoreApplication.translate(
                    "Commands", "The data folder %1 is a file, not a folder."
                ),
                paths.root,
            )
        )
    try:
        paths.create()
    except OSError as error:
        raise CommandError(
            _fill(
                QCoreApplication.translate("Commands", "The data folder %1 cannot be used (%2)."),
                paths.root,
                error.strerror,
            )
        ) from None


def _import_csv(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.core.csv_io import CsvImportError, read_episodes
    from cramp_desktop.storage.repositories import Repositories

    source = Path(args.file)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise CommandError(
            _fill(QCoreApplication.translate("Commands", "%1: there is no such file."), source)
        ) from None
    except OSError as error:
        raise CommandError(
            _fill(
                QCoreApplication.translate("Commands", "%1 cannot be read (%2)."),
                source,
                error.strerror,
            )
        ) from None
    try:
        episodes = read_episodes(data)
    except CsvImportError as error:
        problems = "\n".join(problem.text(QCoreApplication.translate) for problem in error.details)
        nothing = _fill(
            QCoreApplication.translate("Commands", "Nothing was imported from %1."), source
        )
        raise CommandError(f"{problems}\n{nothing}") from None
    with _open(paths) as database:
        Repositories.for_database(database).episodes.add_many(episodes)
    return QCoreApplication.translate("Commands", "Episodes imported: %1.").replace(
        "%1", str(len(episodes))
    )


def _export_csv(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.core.csv_io import write_episodes_file
    from cramp_desktop.storage.repositories import Repositories

    target = Path(args.file)
    if target.is_dir():
        raise CommandError(_is_a_folder(target))
    with _open(paths) as database:
        episodes = Repositories.for_database(database).episodes.all()
    try:
        count = write_episodes_file(episodes, target, bom=args.bom)
    except OSError as error:
        raise CommandError(_cannot_write(target, error.strerror)) from None
    return (
        QCoreApplication.translate("Commands", "Episodes exported to %2: %1.")
        .replace("%1", str(count))
        .replace("%2", str(target))
    )


def _backup(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.storage.backups import backup_to

    target = Path(args.file)
    if target.is_dir():
        raise CommandError(_is_a_folder(target))
    if target.exists() and not args.force:
        raise CommandError(
            _fill(
                QCoreApplication.translate(
                    "Commands",
                    "%1 already exists; choose another name or add --force to replace it.",
                ),
                target,
            )
        )
    with _open(paths) as database:
        backup_to(database.path, target)
    return QCoreApplication.translate("Commands", "Backed up your data to %1.").replace(
        "%1", str(target)
    )


def _restore(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.storage.backups import restore_from

    source = Path(args.file)
    if not source.is_file():
        raise CommandError(
            _fill(QCoreApplication.translate("Commands", "%1: there is no such file."), source)
        )
    _prepare(paths)
    safety = restore_from(paths, source)
    with _open(paths):  # upgrades a backup made by an older version
        pass
    restored = QCoreApplication.translate("Commands", "Restored your data from %1.").replace(
        "%1", str(source)
    )
    if safety:
        kept = QCoreApplication.translate("Commands", "Your previous data was kept in %1.").replace(
            "%1", str(safety)
        )
        restored = f"{restored} {kept}"
    return restored


def _export_pdf(args: argparse.Namespace, paths: DataPaths) -> str:
    import datetime as dt

    from cramp_desktop.report.collect import parse_day, period_between

    target = Path(args.file)
    now = dt.datetime.now().astimezone()
    try:
        first = parse_day(args.first) if args.first is not None else None
        last = parse_day(args.last) if args.last is not None else None
        period = period_between(first, last, now.date())
    except ValueError as error:
        raise CommandError(f"{PROG}: {error}") from None
    if target.is_dir():
        raise CommandError(_is_a_folder(target))
    if not target.parent.exists():
        raise CommandError(
            _cannot_write(target, QCoreApplication.translate("Commands", "there is no such folder"))
        )
    if not target.parent.is_dir():
        raise CommandError(
            _cannot_write(
                target,
                QCoreApplication.translate("Commands", "%1 is a file").replace(
                    "%1", str(target.parent)
                ),
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
            language=getattr(args, "lang", None) or _app_language(paths),
            patient_name=args.name.strip(),
            prepared_for=args.prepared_for.strip(),
        )
        data = collect_report_data(Repositories.for_database(database), options, now)
    from cramp_desktop.report.document import build_report  # reportlab: only when needed

    try:
        pages = build_report(data, target)
    except OSError as error:
        raise CommandError(_cannot_write(target, error.strerror)) from None
    return (
        QCoreApplication.translate("Commands", "Report written to %2 (pages: %1).")
        .replace("%1", str(pages))
        .replace("%2", str(target))
    )


def _is_a_folder(target: Path) -> str:
    return _fill(
        QCoreApplication.translate("Commands", "%1 is a folder; give a file name."), target
    )


def _cannot_write(target: Path, reason: str | None) -> str:
    return _fill(
        QCoreApplication.translate("Commands", "%1 cannot be written (%2)."), target, reason
    )


def _app_language(paths: DataPaths) -> str:
    """The language the app was last set to in this data folder, else the system's."""
    from PySide6.QtCore import QSettings

    from cramp_desktop.ui.i18n import choose_language

    saved = QSettings(str(paths.root / "settings.ini"), QSettings.Format.IniFormat).value(
        "language"
    )
    return choose_language(None, str(saved) if saved else None)
