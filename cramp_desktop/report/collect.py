"""Gather what a report shows from the repositories, as plain data (report/model.py).

Used by the Report screen's worker, the export-pdf command and the smoke test. The
repositories open a session per call, so this may run in a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from cramp_desktop import __version__
from cramp_desktop.core.episodes import (
    Assessment,
    DayRecord,
    Episode,
    Medication,
    UnreadableEntry,
)
from cramp_desktop.core.experiments import ExperimentResult
from cramp_desktop.core.local_time import local_midnight
from cramp_desktop.core.stats import Period, episodes_in
from cramp_desktop.report.model import DEFAULT_DAYS, ReportData, ReportOptions

ASSESSMENTS_SHOWN = 2  # the latest checklist and the one before, for "what changed"


# What the report reads, as protocols: storage's Repositories fit them, and report/ needs
# no import of storage (the caller passes the repositories in).
class EpisodeSource(Protocol):
    def between(self, start: dt.datetime, end: dt.datetime) -> Sequence[Episode]: ...

    def unreadable(self, start: dt.datetime, end: dt.datetime) -> Sequence[UnreadableEntry]: ...


class DaySource(Protocol):
    def between(self, first: dt.date, last: dt.date) -> Sequence[DayRecord]: ...


class MedicationSource(Protocol):
    def list(self) -> Sequence[Medication]: ...


class AssessmentSource(Protocol):
    def list(self, limit: int | None = None) -> Sequence[Assessment]: ...


class ExperimentSource(Protocol):
    def results_between(
        self, first: dt.date, last: dt.date, today: dt.date
    ) -> Sequence[ExperimentResult]: ...


class ReportSource(Protocol):
    @property
    def episodes(self) -> EpisodeSource: ...
    @property
    def days(self) -> DaySource: ...
    @property
    def medications(self) -> MedicationSource: ...
    @property
    def assessments(self) -> AssessmentSource: ...
    @property
    def experiments(self) -> ExperimentSource: ...


def _start_of_day(day: dt.date) -> dt.datetime:
    """Midnight of `day` in the computer's time zone, as an aware datetime."""
    return local_midnight(day)


def collect_report_data(
    repositories: ReportSource, options: ReportOptions, now: dt.datetime
) -> ReportData:
    """The data for a report of `options.period`, with the period of equal length before it
    (for the comparison), every medicine and the two latest checklists."""
    window = Period(options.period.previous().first, options.period.last)
    # Ask for a day more on each side, then keep the episodes whose own wall-clock day is
    # in the window: an entry logged in another time zone belongs to the day its clock
    # showed (core.stats.local_day), not to the computer's current zone.
    # Offsets reach ±14 hours, so a local day can start up to 28 hours away from the
    # computer's own midnight: two days more on each side cover every offset.
    wider_start = _start_of_day(window.first - dt.timedelta(days=2))
    wider_end = _start_of_day(window.last + dt.timedelta(days=3))
    wider = repositories.episodes.between(wider_start, wider_end)
    unreadable = repositories.episodes.unreadable(wider_start, wider_end)
    period = options.period
    return ReportData(
        options=options,
        generated_at=now.astimezone(),
        app_version=__version__,
        episodes=tuple(episodes_in(wider, window)),
        day_records=tuple(repositories.days.between(window.first, window.last)),
        medications=tuple(repositories.medications.list()),
        assessments=tuple(repositories.assessments.list(limit=ASSESSMENTS_SHOWN)),
        experiments=tuple(
            repositories.experiments.results_between(
                options.period.first, options.period.last, now.date()
            )
        ),
        unreadable=tuple(
            entry
            for entry in unreadable
            if entry.day is None or period.first <= entry.day <= period.last
        ),
    )


def period_ending(today: dt.date, days: int = DEFAULT_DAYS) -> Period:
    """The `days` days up to and including `today`."""
    return Period.ending(today, days)
