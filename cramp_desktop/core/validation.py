"""Validation of what the user enters, before anything is saved.

The validators never raise for odd values: whatever is in a field (a raw string, None,
a float) comes back as a FieldError on that field, so a form or an importer can show
every problem at once and save nothing until the list is empty.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from cramp_desktop.core.episodes import (
    Answer,
    AnswerValue,
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
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

MAX_DURATION_S = 24 * 3600
MAX_MEDICATION_NAME = 200
# The user's clock and the moment the form was opened may differ a little.
CLOCK_SLACK = dt.timedelta(minutes=1)
EARLIEST = dt.datetime(1900, 1, 1)
SCALE_MAX = 10

MESSAGES: dict[str, str] = {
    "start-missing": QT_TRANSLATE_NOOP("Validation", "Enter the date and time the cramp started."),
    "start-naive": QT_TRANSLATE_NOOP(
        "Validation", "The start time has no time zone. Enter the time again."
    ),
    "start-future": QT_TRANSLATE_NOOP(
        "Validation", "The start time is in the future. Choose a time up to now."
    ),
    "start-too-early": QT_TRANSLATE_NOOP("Validation", "Choose a start time in 1900 or later."),
    "start-offset": QT_TRANSLATE_NOOP(
        "Validation", "The time zone must be whole minutes. Enter the time again."
    ),
    "duration-missing": QT_TRANSLATE_NOOP("Validation", "Enter how long the cramp lasted."),
    "duration-negative": QT_TRANSLATE_NOOP("Validation", "The duration cannot be negative."),
    "duration-absurd": QT_TRANSLATE_NOOP(
        "Validation", "A cramp cannot last more than 24 hours. Check the duration."
    ),
    "severity": QT_TRANSLATE_NOOP("Validation", "Choose a severity from 0 to 10."),
    "sleep-disturbance": QT_TRANSLATE_NOOP(
        "Validation", "Choose a sleep disturbance from 0 to 10, or leave it empty."
    ),
    "muscle": QT_TRANSLATE_NOOP("Validation", "Choose a muscle from the list."),
    "side": QT_TRANSLATE_NOOP("Validation", "Choose a side from the list."),
    "context": QT_TRANSLATE_NOOP("Validation", "Choose what you were doing from the list."),
    "soreness": QT_TRANSLATE_NOOP(
        "Validation", "Choose the soreness from the list, or leave it empty."
    ),
    "relief-helped": QT_TRANSLATE_NOOP(
        "Validation", "Choose whether the relief helped from the list, or leave it empty."
    ),
    "helped-without-relief": QT_TRANSLATE_NOOP(
        "Validation",
        "Nothing was tried, so whether it helped must be left empty. Empty it, or choose what "
        "was tried.",
    ),
    "triggers": QT_TRANSLATE_NOOP("Validation", "Choose triggers only from the list."),
    "relief": QT_TRANSLATE_NOOP("Validation", "Choose relief only from the list."),
    "symptoms": QT_TRANSLATE_NOOP("Validation", "Choose symptoms only from the list."),
    "notes": QT_TRANSLATE_NOOP("Validation", "Notes must be text."),
    "name-missing": QT_TRANSLATE_NOOP("Validation", "Enter the name of the medicine."),
    "name-too-long": QT_TRANSLATE_NOOP(
        "Validation", "Shorten the name to 200 characters or fewer."
    ),
    "kind": QT_TRANSLATE_NOOP("Validation", "Choose a kind of medicine from the list."),
    "started-on": QT_TRANSLATE_NOOP("Validation", "Enter a valid start date, or leave it empty."),
    "stopped-on": QT_TRANSLATE_NOOP("Validation", "Enter a valid stop date, or leave it empty."),
    "stopped-before-started": QT_TRANSLATE_NOOP(
        "Validation", "The stop date is before the start date. Check both dates."
    ),
    "note": QT_TRANSLATE_NOOP("Validation", "The note must be text."),
    "day": QT_TRANSLATE_NOOP("Validation", "Enter a valid date."),
    "question": QT_TRANSLATE_NOOP("Validation", "The answer belongs to no question."),
    "choice": QT_TRANSLATE_NOOP("Validation", "Choose yes, no or unsure, or leave it empty."),
    "scale": QT_TRANSLATE_NOOP("Validation", "Choose a value from 0 to 10, or leave it empty."),
    "start-offset-range": QT_TRANSLATE_NOOP(
        "Validation", "The time zone offset must be between -14:00 and +14:00."
    ),
}
#: Real time zones lie between UTC-12:00 and UTC+14:00; nothing beyond ±14:00 is a time.
MAX_UTC_OFFSET = dt.timedelta(hours=14)


@dataclass(frozen=True)
class FieldError:
    """`field` is the Episode/Medication attribute name ("started_at", "duration_s", ...);
    `message` is English source text marked with QT_TRANSLATE_NOOP("Validation", ...),
    shown with QCoreApplication.translate("Validation", message)."""

    field: str
    message: str


class ValidationError(ValueError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


def validate_episode(episode: Episode, *, now: dt.datetime) -> list[FieldError]:
    """Every problem with `episode` (empty list = valid). `now` is timezone-aware."""
    checks: list[tuple[str, str | None]] = [
        ("started_at", _start_problem(episode.started_at, now)),
        ("duration_s", _duration_problem(episode.duration_s)),
        ("severity", None if _is_scale(episode.severity) else "severity"),
        (
            "sleep_disturbance",
            None
            if episode.sleep_disturbance is None or _is_scale(episode.sleep_disturbance)
            else "sleep-disturbance",
        ),
        ("muscle", None if isinstance(episode.muscle, Muscle) else "muscle"),
        ("side", None if isinstance(episode.side, Side) else "side"),
        ("context", None if isinstance(episode.context, Context) else "context"),
        ("soreness", None if _optional_member(episode.soreness, Soreness) else "soreness"),
        ("triggers", None if _is_code_set(episode.triggers, Trigger) else "triggers"),
        ("relief", None if _is_code_set(episode.relief, Relief) else "relief"),
        ("relief_helped", _relief_helped_problem(episode)),
        ("symptoms", None if _is_code_set(episode.symptoms, Symptom) else "symptoms"),
        ("notes", None if isinstance(episode.notes, str) else "notes"),
    ]
    return [FieldError(name, MESSAGES[key]) for name, key in checks if key is not None]


def _relief_helped_problem(episode: Episode) -> str | None:
    if not _optional_member(episode.relief_helped, ReliefHelped):
        return "relief-helped"
    # "Nothing" tried cannot have helped, or not: migration 0002 cleared old such answers.
    if episode.relief_helped is not None and episode.relief == frozenset({Relief.NONE}):
        return "helped-without-relief"
    return None


def validate_medication(medication: Medication) -> list[FieldError]:
    """Every problem with `medication` (empty list = valid). Dates may be in the future."""
    errors: list[FieldError] = []
    name = medication.name
    if not isinstance(name, str) or not name.strip():
        errors.append(FieldError("name", MESSAGES["name-missing"]))
    elif len(name) > MAX_MEDICATION_NAME:
        errors.append(FieldError("name", MESSAGES["name-too-long"]))
    if not isinstance(medication.kind, MedicationKind):
        errors.append(FieldError("kind", MESSAGES["kind"]))
    started_ok = _is_optional_date(medication.started_on)
    stopped_ok = _is_optional_date(medication.stopped_on)
    if not started_ok:
        errors.append(FieldError("started_on", MESSAGES["started-on"]))
    if not stopped_ok:
        errors.append(FieldError("stopped_on", MESSAGES["stopped-on"]))
    elif (
        started_ok
        and medication.started_on is not None
        and medication.stopped_on is not None
        and medication.stopped_on < medication.started_on
    ):
        errors.append(FieldError("stopped_on", MESSAGES["stopped-before-started"]))
    if not isinstance(medication.note, str):
        errors.append(FieldError("note", MESSAGES["note"]))
    return errors


def validate_day_record(record: DayRecord) -> list[FieldError]:
    """Every problem with a "no cramps" day record (empty list = valid)."""
    checks: list[tuple[str, str | None]] = [
        ("day", None if _is_optional_date(record.day) and record.day is not None else "day"),
        ("triggers", None if _is_code_set(record.triggers, Trigger) else "triggers"),
    ]
    return [FieldError(name, MESSAGES[key]) for name, key in checks if key is not None]


def validate_answer(answer: Answer) -> list[FieldError]:
    """Every problem with one stored checklist answer (empty list = valid)."""
    question = answer.question_id
    checks: list[tuple[str, str | None]] = [
        ("question_id", None if isinstance(question, str) and question.strip() else "question"),
        ("choice", None if _optional_member(answer.choice, AnswerValue) else "choice"),
        ("scale", None if answer.scale is None or _is_scale(answer.scale) else "scale"),
    ]
    return [FieldError(name, MESSAGES[key]) for name, key in checks if key is not None]


def check_episode(episode: Episode, *, now: dt.datetime) -> None:
    """Raise ValidationError listing every problem with `episode` (for importers)."""
    errors = validate_episode(episode, now=now)
    if errors:
        raise ValidationError(errors)


def check_medication(medication: Medication) -> None:
    """Raise ValidationError listing every problem with `medication`."""
    errors = validate_medication(medication)
    if errors:
        raise ValidationError(errors)


def _start_problem(started_at: object, now: dt.datetime) -> str | None:
    if not isinstance(started_at, dt.datetime):
        return "start-missing"
    try:
        offset = started_at.utcoffset()
    except (TypeError, ValueError):  # a broken tzinfo object
        return "start-naive"
    if offset is None:
        return "start-naive"
    if offset.total_seconds() % 60:
        return "start-offset"
    if abs(offset) > MAX_UTC_OFFSET:
        return "start-offset-range"
    if started_at.year < EARLIEST.year:  # the wall-clock time; EARLIEST is 1 January
        return "start-too-early"
    if now.tzinfo is None or now.utcoffset() is None:
        now = now.astimezone()  # a naive `now` is the computer's local time
    try:
        in_future = started_at - now > CLOCK_SLACK
    except OverflowError:  # only near datetime.max, far in the future anyway
        in_future = started_at.year > now.year
    return "start-future" if in_future else None


def _duration_problem(duration_s: object) -> str | None:
    if not isinstance(duration_s, int) or isinstance(duration_s, bool):
        return "duration-missing"
    if duration_s < 0:
        return "duration-negative"
    if duration_s > MAX_DURATION_S:
        return "duration-absurd"
    return None


def _is_scale(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= SCALE_MAX


def _optional_member(value: object, kind: type[StrEnum]) -> bool:
    return value is None or isinstance(value, kind)


def _is_code_set(value: object, kind: type[StrEnum]) -> bool:
    if not isinstance(value, frozenset | set | list | tuple):
        return False
    return not value or all(isinstance(code, kind) for code in value)


def _is_optional_date(value: object) -> bool:
    return value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime))
