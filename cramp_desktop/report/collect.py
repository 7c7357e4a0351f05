"""Gather what a report shows from the repositories, as plain data (report/model.py).

Used by the Report screen's worker, the export-pdf command and the smoke test. The
repositories open a session per call, so this may run in a worker thread.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from cramp_desktop import __version__
from cramp_desktop.core.stats import Period, episodes_in
from cramp_desktop.report.model import DEFAULT_DAYS, ReportData, ReportOptions, report_span

if TYPE_CHECKING:
    from cramp_desktop.storage.repositories import Repositories

ASSESSMENTS_SHOWN = 2  # the latest checklist and the one before, for "what changed"


def _start_of_day(day: dt.date) -> dt.datetime:
    """Midnight of `day` in the computer's time zone, as an aware datetime."""
    return dt.datetime.combine(day, dt.time(0)).astimezone()


def collect_report_data(
    repositories: Repositories, options: ReportOptions, now: dt.datetime
) -> ReportData:
    """The data for a report of `options.period` (all it reads: ReportData.span()), every
    medicine and the two latest checklists."""
    window = report_span(options.period)
    # Ask for a day more on each side, then keep the episodes whose own wall-clock day is
    # in the window: an entry logged in another time zone belongs to the day its clock
    # showed (core.stats.local_day), not to the computer's current zone.
    wider = repositories.episodes.between(
        _start_of_day(window.first - dt.timedelta(days=1)),
        _start_of_day(window.last + dt.timedelta(days=2)),
    )
    return ReportData(
        options=options,
        generated_at=now.astimezone(),
        app_version=__version__,
        episodes=tuple(episodes_in(wider, window)),
        day_records=tuple(repositories.days.between(window.first, window.last)),
        medications=tuple(repositories.medications.list()),
        assessments=tuple(repositories.assessments.list(limit=ASSESSMENTS_SHOWN)),
    )


def period_ending(today: dt.date, days: int = DEFAULT_DAYS) -> Period:
    """The `days` days up to and including `today`."""
    return Period.ending(today, days)
