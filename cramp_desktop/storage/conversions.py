"""Conversions between ORM rows and the plain core types (callers never see ORM objects).

Aware datetimes are stored as naive UTC plus the offset in whole minutes, and come back
with the same wall-clock time and offset.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from cramp_desktop.core.episodes import (
    Answer,
    AnswerValue,
    Assessment,
    Context,
    DayRecord,
    Episode,
    Medication,
    MedicationKind,
    Muscle,
    Relief,
    ReliefHelped,
    Side,
    Soreness,
    Symptom,
    Trigger,
)
from cramp_desktop.storage.models import (
    AssessmentAnswerRow,
    AssessmentRow,
    DayRecordRow,
    EpisodeRow,
    MedicationRow,
)

CODE_SEPARATOR = ";"
_Code = TypeVar("_Code", bound=StrEnum)


def to_utc(moment: dt.datetime) -> tuple[dt.datetime, int]:
    """(naive UTC, offset in minutes) for an aware datetime."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("A time without a time zone cannot be stored; give it an offset.")
    seconds = offset.total_seconds()
    if seconds % 60:
        raise ValueError("UTC offsets must be whole minutes.")
    naive_utc = moment.replace(tzinfo=None) - offset  # as astimezone(UTC), but quicker
    return naive_utc, int(seconds // 60)


def from_utc(naive_utc: dt.datetime, offset_min: int) -> dt.datetime:
    """The aware datetime with the original wall-clock time and fixed offset."""
    zone = dt.timezone(dt.timedelta(minutes=offset_min))
    return naive_utc.replace(tzinfo=dt.UTC).astimezone(zone)


def as_utc(naive_utc: dt.datetime) -> dt.datetime:
    return naive_utc.replace(tzinfo=dt.UTC)


def join_codes(codes: Iterable[StrEnum]) -> str:
    """Sorted codes joined with ';' ('' for none)."""
    return CODE_SEPARATOR.join(sorted(str(code.value) for code in codes))


def split_codes(text: str, kind: type[_Code]) -> frozenset[_Code]:
    return frozenset(kind(code) for code in text.split(CODE_SEPARATOR) if code)


def episode_values(episode: Episode) -> dict[str, object]:
    """The column values of every user-editable field of `episode` (ValueError for a code
    of the wrong kind)."""
    started_at_utc, utc_offset_min = to_utc(episode.started_at)
    return {
        "started_at_utc": started_at_utc,
        "utc_offset_min": utc_offset_min,
        "duration_s": episode.duration_s,
        "severity": episode.severity,
        "muscle": _code_text(Muscle, episode.muscle),
        "side": _code_text(Side, episode.side),
        "context": _code_text(Context, episode.context),
        "sleep_disturbance": episode.sleep_disturbance,
        "soreness": None if episode.soreness is None else _code_text(Soreness, episode.soreness),
        "triggers": _codes_text(Trigger, episode.triggers),
        "relief": _codes_text(Relief, episode.relief),
        "relief_helped": (
            None
            if episode.relief_helped is None
            else _code_text(ReliefHelped, episode.relief_helped)
        ),
        "symptoms": _codes_text(Symptom, episode.symptoms),
        "notes": episode.notes,
        "logged_late": episode.logged_late,
    }


def _code_text(kind: type[StrEnum], code: str) -> str:
    """kind(code).value, without Enum's slower call when `code` is a member already."""
    return code.value if isinstance(code, kind) else kind(code).value


def _codes_text(kind: type[StrEnum], codes: Iterable[str]) -> str:
    """join_codes of kind(code) for each code; remembered for a frozenset, as the rows of
    an import repeat a few sets (equal sets hold the same texts, so give the same join)."""
    if isinstance(codes, frozenset):
        return _frozen_codes_text(kind, codes)
    return join_codes(kind(code) for code in codes)


@functools.lru_cache(maxsize=1024)
def _frozen_codes_text(kind: type[StrEnum], codes: frozenset[str]) -> str:
    return join_codes(kind(code) for code in codes)


def fill_episode_row(row: EpisodeRow, episode: Episode) -> None:
    """Copy every user-editable field of `episode` into `row`."""
    for column, value in episode_values(episode).items():
        setattr(row, column, value)


def episode_from_row(row: EpisodeRow) -> Episode:
    return Episode(
        started_at=from_utc(row.started_at_utc, row.utc_offset_min),
        duration_s=row.duration_s,
        severity=row.severity,
        muscle=Muscle(row.muscle),
        side=Side(row.side),
        context=Context(row.context),
        sleep_disturbance=row.sleep_disturbance,
        soreness=None if row.soreness is None else Soreness(row.soreness),
        triggers=split_codes(row.triggers, Trigger),
        relief=split_codes(row.relief, Relief),
        relief_helped=None if row.relief_helped is None else ReliefHelped(row.relief_helped),
        symptoms=split_codes(row.symptoms, Symptom),
        notes=row.notes,
        logged_late=row.logged_late,
        id=row.id,
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at),
    )


def day_record_from_row(row: DayRecordRow) -> DayRecord:
    return DayRecord(
        day=row.day,
        no_cramps=row.no_cramps,
        triggers=split_codes(row.triggers, Trigger),
        id=row.id,
        created_at=as_utc(row.created_at),
    )


def fill_medication_row(row: MedicationRow, medication: Medication) -> None:
    row.name = medication.name
    row.kind = MedicationKind(medication.kind).value
    row.started_on = medication.started_on
    row.stopped_on = medication.stopped_on
    row.note = medication.note


def medication_from_row(row: MedicationRow) -> Medication:
    return Medication(
        name=row.name,
        kind=MedicationKind(row.kind),
        started_on=row.started_on,
        stopped_on=row.stopped_on,
        note=row.note,
        id=row.id,
    )


def answer_row(answer: Answer) -> AssessmentAnswerRow:
    return AssessmentAnswerRow(
        question_id=answer.question_id,
        choice=None if answer.choice is None else AnswerValue(answer.choice).value,
        scale=answer.scale,
    )


def answer_from_row(row: AssessmentAnswerRow) -> Answer:
    return Answer(
        question_id=row.question_id,
        choice=None if row.choice is None else AnswerValue(row.choice),
        scale=row.scale,
    )


def assessment_from_row(row: AssessmentRow) -> Assessment:
    return Assessment(
        completed_at=from_utc(row.completed_at_utc, row.utc_offset_min),
        app_version=row.app_version,
        answers=tuple(answer_from_row(answer) for answer in row.answers),
        id=row.id,
    )


def naive_utc(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)
