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
    prepared_for: str = ""


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows. `episodes` and `day_records` cover the period and the
    one of equal length before it (for the comparison); `assessments` are newest first."""

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
