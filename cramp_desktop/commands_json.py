"""The import-json and export-json commands (registered and run by commands.py): every
record in one JSON document, docs/json-format.md."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from cramp_desktop.commands import (
    CommandError,
    _cannot_write,
    _is_a_folder,
    _open,
    _problem,
    _read_bytes,
    _text,
    _translate,
)
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP
from cramp_desktop.paths import DataPaths


def import_json(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop.core.json_reading import JsonImportError, read_document
    from cramp_desktop.storage.transfer import ExistingDataError, import_everything

    source = Path(args.file)
    raw = _read_bytes(source)
    nothing = _problem(QT_TRANSLATE_NOOP("Commands", "Nothing was imported from %1."), source)
    try:
        data = read_document(raw, now=dt.datetime.now().astimezone())
    except JsonImportError as error:
        raise CommandError("\n".join([*error.lines(_translate), nothing])) from None
    with _open(paths) as database:
        try:
            safety = import_everything(paths, database, data, replace=args.replace)
        except ExistingDataError as error:
            refused = _problem(
                QT_TRANSLATE_NOOP(
                    "Commands",
                    "Your data folder already holds %1 records; add --replace to replace "
                    "them (a backup of them is kept first).",
                ),
                error.count,
            )
            raise CommandError(f"{refused}\n{nothing}") from None
    imported = _text(QT_TRANSLATE_NOOP("Commands", "Records imported: %1."), data.record_count)
    if safety is None:
        return imported
    kept = _text(QT_TRANSLATE_NOOP("Commands", "Your previous data was kept in %1."), safety)
    return f"{imported} {kept}"


def export_json(args: argparse.Namespace, paths: DataPaths) -> str:
    from cramp_desktop import __version__
    from cramp_desktop.core.json_format import write_file
    from cramp_desktop.storage.transfer import read_everything

    target = Path(args.file)
    if target.is_dir():
        raise CommandError(_is_a_folder(target))
    with _open(paths) as database:
        data = read_everything(database)
    try:
        count = write_file(
            data, target, app_version=__version__, exported_at=dt.datetime.now().astimezone()
        )
    except OSError as error:
        raise CommandError(_cannot_write(target, error.strerror or error)) from None
    return _text(QT_TRANSLATE_NOOP("Commands", "Records exported to %2: %1."), count, target)
