"""Everything the user entered as one open JSON document (docs/json-format.md; the JSON
Schema is docs/json-format.schema.json).

One versioned object with a section per kind of record: `episodes`, `day_records`,
`medications`, `assessments`, `experiments` (with their daily adherence) and
`reminder_times` (format version 2; version 1 had only the first four). Codes are the
stable English words of core/episodes.py;
times are ISO 8601 with their UTC offset, days are YYYY-MM-DD. Database ids are not part
of the format. Adding a kind of record means a new section here and in
core/json_reading.py and storage/transfer.py, an entry in the schema, a round-trip test,
and FORMAT_VERSION + 1 (older apps then ask to be updated instead of dropping records).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from cramp_desktop.core.episodes import Assessment, DayRecord, Episode, Medication
from cramp_desktop.core.experiments import ExperimentRecord
from cramp_desktop.core.files import write_atomically
from cramp_desktop.core.reminders import ReminderTime

FORMAT_NAME = "leg-cramp-companion"
FORMAT_VERSION = 2
SECTIONS = (
    "episodes",
    "day_records",
    "medications",
    "assessments",
    "experiments",
    "reminder_times",
)


@dataclass(frozen=True)
class UserData:
    """Every record the user keeps, as core types."""

    episodes: tuple[Episode, ...] = ()
    day_records: tuple[DayRecord, ...] = ()
    medications: tuple[Medication, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    experiments: tuple[ExperimentRecord, ...] = ()
    reminder_times: tuple[ReminderTime, ...] = ()

    @property
    def record_count(self) -> int:
        """Records the user made (reminder times are choices, not records)."""
        return sum(len(getattr(self, s)) for s in SECTIONS if s != "reminder_times")


def to_document(data: UserData, *, app_version: str, exported_at: dt.datetime) -> dict[str, Any]:
    """The JSON document (plain dicts and lists) for `data`."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": app_version,
        "exported_at": moment_text(exported_at),
        "episodes": [_episode(episode) for episode in data.episodes],
        "day_records": [_day_record(record) for record in data.day_records],
        "medications": [_medication(medication) for medication in data.medications],
        "assessments": [_assessment(assessment) for assessment in data.assessments],
        "experiments": [_experiment(record) for record in data.experiments],
        "reminder_times": [_reminder_time(reminder) for reminder in data.reminder_times],
    }


def dumps(document: dict[str, Any]) -> str:
    """Indented, UTF-8-friendly (no \\u escapes for letters), with a final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def moment_text(moment: dt.datetime) -> str:
    """ISO 8601 with the offset, to the second (or microsecond when it has them)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("an exported time must carry its UTC offset")
    return moment.isoformat(timespec="microseconds" if moment.microsecond else "seconds")


def _optional_moment(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment_text(moment)


def _optional_day(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _code(code: StrEnum | None) -> str | None:
    return None if code is None else str(code.value)


def _codes(codes: Iterable[StrEnum]) -> list[str]:
    return sorted(str(code.value) for code in codes)


def _episode(episode: Episode) -> dict[str, Any]:
    return {
        "started_at": moment_text(episode.started_at),
        "duration_s": episode.duration_s,
        "severity": episode.severity,
        "muscle": _code(episode.muscle),
        "side": _code(episode.side),
        "context": _code(episode.context),
        "sleep_disturbance": episode.sleep_disturbance,
        "soreness": _code(episode.soreness),
        "triggers": _codes(episode.triggers),
        "relief": _codes(episode.relief),
        "relief_helped": _code(episode.relief_helped),
        "symptoms": _codes(episode.symptoms),
        "notes": episode.notes,
        "logged_late": episode.logged_late,
        "created_at": _optional_moment(episode.created_at),
        "updated_at": _optional_moment(episode.updated_at),
    }


def _day_record(record: DayRecord) -> dict[str, Any]:
    return {
        "day": record.day.isoformat(),
        "no_cramps": record.no_cramps,
        "triggers": _codes(record.triggers),
        "created_at": _optional_moment(record.created_at),
    }


def _medication(medication: Medication) -> dict[str, Any]:
    return {
        "name": medication.name,
        "kind": _code(medication.kind),
        "started_on": _optional_day(medication.started_on),
        "stopped_on": _optional_day(medication.stopped_on),
        "note": medication.note,
    }


def _assessment(assessment: Assessment) -> dict[str, Any]:
    return {
        "completed_at": moment_text(assessment.completed_at),
        "app_version": assessment.app_version,
        "answers": [
            {
                "question_id": answer.question_id,
                "choice": _code(answer.choice),
                "scale": answer.scale,
            }
            for answer in assessment.answers
        ],
    }


def _experiment(record: ExperimentRecord) -> dict[str, Any]:
    experiment = record.experiment
    return {
        "measure": experiment.measure_id,
        "start": experiment.start.isoformat(),
        "weeks": experiment.weeks,
        "stopped_on": _optional_day(experiment.stopped_on),
        "adherence": [{"day": day.isoformat(), "done": done} for day, done in record.adherence],
        "created_at": _optional_moment(record.created_at),
    }


def _reminder_time(reminder: ReminderTime) -> dict[str, Any]:
    return {
        "kind": _code(reminder.kind),
        "at": reminder.at.strftime("%H:%M"),
        "enabled": reminder.enabled,
    }


def write_file(data: UserData, target: Path, *, app_version: str, exported_at: dt.datetime) -> int:
    """Write the document for `data` to `target` atomically and privately (0600); returns
    the number of records. Raises OSError and leaves no partial file."""
    text = dumps(to_document(data, app_version=app_version, exported_at=exported_at))
    write_atomically(target, lambda stream: stream.write(text))
    return data.record_count
