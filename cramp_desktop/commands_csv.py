"""The import-csv and export-csv commands (registered and run by commands.py): episodes
in and out as docs/csv-format.md describes them."""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cramp_desktop.commands import (
    CommandError,
    _cannot_read,
    _cannot_write,
    _is_a_folder,
    _no_such_file,
    _open,
    _problem,
    _refuse_data_file,
    _require_folder,
    _text,
    _translate,
)
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP
from cramp_desktop.paths import DataPaths

if TYPE_CHECKING:
    from cramp_desktop.core.episodes import UnreadableEntry

IMPORT_BATCH = 5000  # episodes per insert of a streamed import


def import_csv(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.core.csv_io import CsvImportError, iter_episodes
    from cramp_desktop.storage.repositories import Repositories

    source = Path(args.file)
    if not source.exists():  # before the data is opened: nothing is made for a typo
        raise CommandError(_no_such_file(source))
    try:
        episodes = iter_episodes(source)
        # The first rows are read before the data is opened, so a file that is wrong from
        # the start changes nothing at all; the rest is a stream saved in the same single
        # transaction (all rows or none).
        first = list(itertools.islice(episodes, IMPORT_BATCH))
        with _open(paths) as database:
            count = Repositories.for_database(database).episodes.add_stream(
                itertools.chain(first, episodes), batch_size=IMPORT_BATCH
            )
    except CsvImportError as error:
        problems = "\n".join(problem.text(_translate) for problem in error.details)
        nothing = _problem(QT_TRANSLATE_NOOP("Commands", "Nothing was imported from %1."), source)
        raise CommandError(f"{problems}\n{nothing}") from None
    except OSError as error:
        raise CommandError(_cannot_read(source, error)) from None
    return _text(QT_TRANSLATE_NOOP("Commands", "Episodes imported: %1."), count)


def export_csv(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.core.csv_io import write_episodes_file
    from cramp_desktop.storage.repositories import Repositories

    target = Path(args.file)
    if target.is_dir():
        raise CommandError(_is_a_folder(target))
    _refuse_data_file(target, paths)
    _require_folder(target)
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
