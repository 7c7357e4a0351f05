"""What a report is made from: plain data and the user's choices, no database session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from cramp_desktop.core.episodes import Assessment, DayRecord, Episode, Medication, UnreadableEntry
from cramp_desktop.core.experiments import ExperimentResult
from cramp_desktop.core.stats import Period

DEFAULT_DAYS = 90


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class ReportSection(StrEnum):
    """The parts of the report, in order; each can be switched off at export."""

    SUMMARY = "summary"
    PATTERNS = "patterns"
    MEDICINES = "medicines"
    ADVICE = "advice"
    APPENDIX = "appendix"


@dataclass(frozen=True)
class ReportOptions:
    period: Period
    sections: frozenset[ReportSection] = frozenset(ReportSection)
    paper: Paper = Paper.A4
    language: str = "en"
    patient_name: str = ""  # typed at export; stored only if the user asks
    date_of_birth: dt.date | None = None  # likewise
    prepared_for: str = ""


MONTHS_CHARTED = 12


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows. `episodes` and `day_records` cover `span()`: the period,
    the one of equal length before it (for the comparison), the 12 months of the monthly
    chart, and the days around them that measure the diary's gaps; `assessments` are newest
    first."""

    options: ReportOptions
    generated_at: dt.datetime  # aware, local
    app_version: str
    episodes: tuple[Episode, ...] = ()
    day_records: tuple[DayRecord, ...] = ()
    medications: tuple[Medication, ...] = ()
    assessments: tuple[Assessment, ...] = field(default=())
    experiments: tuple[ExperimentResult, ...] = ()  # trials overlapping the period, oldest first
    # Stored entries of the period that could not be read: left out, and counted.
    unreadable: tuple[UnreadableEntry, ...] = ()

    def span(self) -> Period:
        return report_span(self.options.period)

    def known_until(self) -> dt.date:
        """The last day the diary can speak for: the day the report was made."""
        return self.generated_at.date()


def report_span(period: Period) -> Period:
    """The days a report of `period` reads: see ReportData."""
    last = period.last
    month = last.year * 12 + last.month - 1 - (MONTHS_CHARTED - 1)
    first_month = dt.date(month // 12, month % 12 + 1, 1)
    return Period(min(period.previous().first, first_month), last).reach()
