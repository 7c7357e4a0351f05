"""The export-pdf command (registered and run by commands.py): the doctor's report of a
period, written headless as the Report screen writes it."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from cramp_desktop.commands import (
    CommandError,
    UsageError,
    _cannot_write,
    _is_a_folder,
    _open,
    _problem,
    _refuse_data_file,
    _require_folder,
    _text,
)
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP
from cramp_desktop.paths import DataPaths

if TYPE_CHECKING:
    from cramp_desktop.core.stats import Period

_DAY_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# The days a report can cover: episodes start in 1900 or later (core.validation), and a
# period must leave room for the one before it and a margin of days on each side.
FIRST_REPORT_DAY, LAST_REPORT_DAY = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def export_pdf(args: argparse.Namespace, paths: DataPaths, *, language: str) -> str:
    now = dt.datetime.now().astimezone()
    period = _period(args.first, args.last, now.date())
    born = _day(args.born) if args.born is not None else None
    target = Path(args.file)
    if target.is_dir():
        raise CommandError(_is_a_folder(target))
    _refuse_data_file(target, paths)
    _require_folder(target)
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
            date_of_birth=born,
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
            day = dt.date.fromisoformat(cleaned)
        except ValueError:  # a day that does not exist, such as 2026-02-30
            pass
        else:
            if FIRST_REPORT_DAY <= day <= LAST_REPORT_DAY:
                return day
            raise UsageError(
                _problem(
                    QT_TRANSLATE_NOOP(
                        "Commands", "%1 is outside the days a report can cover (%2 to %3)."
                    ),
                    cleaned,
                    FIRST_REPORT_DAY.isoformat(),
                    LAST_REPORT_DAY.isoformat(),
                )
            )
    raise CommandError(
        _problem(
            QT_TRANSLATE_NOOP(
                "Commands", "'%1' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01."
            ),
            text,
        )
    )
