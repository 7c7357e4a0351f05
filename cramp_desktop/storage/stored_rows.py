"""Rows as SQLite holds them, checked value by value before anything trusts them.

SQLite keeps whatever a file says, so a restored or damaged file may hold a text where a
number belongs, a code with a flipped byte or a date that does not exist. Each table we
know has a guard here: it decodes the raw values (strictly: the types and formats our
own code writes) into core types and runs core's validation on them. A table or column
without a guard is not ours to trust (`ROW_GUARDS`; tables added by later migrations
add theirs). Plain sqlite3 values in, core types or a RowProblem out: no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

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
from cramp_desktop.core.experiments import MEASURES_BY_ID, Experiment, validate_experiment
from cramp_desktop.core.reminders import ReminderKind, ReminderTime
from cramp_desktop.core.validation import (
    MAX_UTC_OFFSET,
    FieldError,
    validate_answer,
    validate_day_record,
    validate_episode,
    validate_medication,
)

CODE_SEPARATOR = ";"
# Stored rows are not checked against the clock: a time "in the future" is not damage.
_NO_FUTURE_CHECK = dt.datetime(9999, 12, 31, tzinfo=dt.UTC)
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CLOCK = re.compile(r"[0-9]{2}:[0-9]{2}")
_Code = TypeVar("_Code", bound=StrEnum)
Row = Mapping[str, object]


@dataclass(frozen=True)
class RowProblem(Exception):
    """Row `row_id` of `table` has an unusable value in `field`; `day` is the entry's
    date when it could still be read (to tell the user which entry)."""

    table: str
    row_id: object
    field: str
    day: dt.date | None = None

    def __str__(self) -> str:
        when = f" ({self.day.isoformat()})" if self.day else ""
        return f"{self.table} row {self.row_id}{when}: {self.field}"


class _BadValue(ValueError):
    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def _integer(row: Row, name: str) -> int:
    value = row[name]
    if not isinstance(value, int) or isinstance(value, bool):
        raise _BadValue(name)
    return value


def _optional_integer(row: Row, name: str) -> int | None:
    return None if row[name] is None else _integer(row, name)


def _text(row: Row, name: str) -> str:
    value = row[name]
    if not isinstance(value, str):
        raise _BadValue(name)
    return value


def _flag(row: Row, name: str) -> bool:
    value = row[name]
    if value not in (0, 1) or isinstance(value, float):
        raise _BadValue(name)
    return bool(value)


def _moment(row: Row, name: str) -> dt.datetime:
    value = row[name]
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        raise _BadValue(name)
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise _BadValue(name) from None


def _day(row: Row, name: str) -> dt.date | None:
    value = row[name]
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _BadValue(name)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _BadValue(name) from None


def _code(row: Row, name: str, kind: type[_Code]) -> _Code:
    try:
        return kind(_text(row, name))
    except ValueError:
        raise _BadValue(name) from None


def _optional_code(row: Row, name: str, kind: type[_Code]) -> _Code | None:
    return None if row[name] is None else _code(row, name, kind)


def _codes(row: Row, name: str, kind: type[_Code]) -> frozenset[_Code]:
    try:
        return frozenset(kind(code) for code in _text(row, name).split(CODE_SEPARATOR) if code)
    except ValueError:
        raise _BadValue(name) from None


def _aware(naive_utc: dt.datetime, offset_min: int, field: str) -> dt.datetime:
    """The stored UTC time at its stored offset (refused beyond what a time zone can be)."""
    offset = dt.timedelta(minutes=offset_min)
    if abs(offset) > MAX_UTC_OFFSET:
        raise _BadValue(field)
    try:
        return naive_utc.replace(tzinfo=dt.UTC).astimezone(dt.timezone(offset))
    except OverflowError:  # the first or last hours datetime can hold
        raise _BadValue(field) from None


def _checked(errors: list[FieldError]) -> None:
    if errors:
        raise _BadValue(errors[0].field)


def episode(row: Row) -> Episode:
    started_at = _aware(
        _moment(row, "started_at_utc"), _integer(row, "utc_offset_min"), "utc_offset_min"
    )
    value = Episode(
        started_at=started_at,
        duration_s=_integer(row, "duration_s"),
        severity=_integer(row, "severity"),
        muscle=_code(row, "muscle", Muscle),
        side=_code(row, "side", Side),
        context=_code(row, "context", Context),
        sleep_disturbance=_optional_integer(row, "sleep_disturbance"),
        soreness=_optional_code(row, "soreness", Soreness),
        triggers=_codes(row, "triggers", Trigger),
        relief=_codes(row, "relief", Relief),
        relief_helped=_optional_code(row, "relief_helped", ReliefHelped),
        symptoms=_codes(row, "symptoms", Symptom),
        notes=_text(row, "notes"),
        logged_late=_flag(row, "logged_late"),
        id=_integer(row, "id"),
        created_at=_moment(row, "created_at").replace(tzinfo=dt.UTC),
        updated_at=_moment(row, "updated_at").replace(tzinfo=dt.UTC),
    )
    _checked(validate_episode(value, now=_NO_FUTURE_CHECK))
    return value


def day_record(row: Row) -> DayRecord:
    _moment(row, "created_at")
    value = DayRecord(
        day=_day(row, "day"),  # type: ignore[arg-type]  # None is refused by validation
        no_cramps=_flag(row, "no_cramps"),
        triggers=_codes(row, "triggers", Trigger),
        id=_integer(row, "id"),
    )
    _checked(validate_day_record(value))
    return value


def medication(row: Row) -> Medication:
    value = Medication(
        name=_text(row, "name"),
        kind=_code(row, "kind", MedicationKind),
        started_on=_day(row, "started_on"),
        stopped_on=_day(row, "stopped_on"),
        note=_text(row, "note"),
        id=_integer(row, "id"),
    )
    _checked(validate_medication(value))
    return value


def assessment(row: Row) -> dt.datetime:
    """The assessment's completion time (the answers are checked row by row)."""
    _integer(row, "id")
    _text(row, "app_version")
    return _aware(
        _moment(row, "completed_at_utc"), _integer(row, "utc_offset_min"), "utc_offset_min"
    )


def assessment_answer(row: Row) -> Answer:
    _integer(row, "id")
    _integer(row, "assessment_id")
    value = Answer(
        question_id=_text(row, "question_id"),
        choice=_optional_code(row, "choice", AnswerValue),
        scale=_optional_integer(row, "scale"),
    )
    _checked(validate_answer(value))
    return value


def experiment(row: Row) -> Experiment:
    _moment(row, "created_at")
    start = _day(row, "start_on")
    if start is None:
        raise _BadValue("start_on")
    value = Experiment(
        measure_id=_text(row, "measure"),
        start=start,
        weeks=_integer(row, "weeks"),
        stopped_on=_day(row, "stopped_on"),
        id=_integer(row, "id"),
    )
    if validate_experiment(value):
        raise _BadValue("measure" if value.measure_id not in MEASURES_BY_ID else "weeks")
    return value


def adherence_day(row: Row) -> tuple[int, dt.date, bool]:
    _integer(row, "id")
    day = _day(row, "day")
    if day is None:
        raise _BadValue("day")
    return _integer(row, "experiment_id"), day, _flag(row, "done")


def reminder_time(row: Row) -> ReminderTime:
    at = _text(row, "at")
    if not _CLOCK.fullmatch(at):
        raise _BadValue("at")
    try:
        time = dt.time.fromisoformat(at)
    except ValueError:
        raise _BadValue("at") from None
    return ReminderTime(_code(row, "kind", ReminderKind), time, _flag(row, "enabled"))


@dataclass(frozen=True)
class RowGuard:
    """The columns a table of ours has, and the function that checks one of its rows."""

    columns: frozenset[str]
    check: Callable[[Row], object]
    day_column: str | None = None


ROW_GUARDS: dict[str, RowGuard] = {
    "episode": RowGuard(
        frozenset(
            [
                "id",
                "started_at_utc",
                "utc_offset_min",
                "duration_s",
                "severity",
                "muscle",
                "side",
                "context",
                "sleep_disturbance",
                "soreness",
                "triggers",
                "relief",
                "relief_helped",
                "symptoms",
                "notes",
                "logged_late",
                "created_at",
                "updated_at",
            ]
        ),
        episode,
        "started_at_utc",
    ),
    "day_record": RowGuard(
        frozenset(["id", "day", "no_cramps", "triggers", "created_at"]), day_record, "day"
    ),
    "medication": RowGuard(
        frozenset(["id", "name", "kind", "started_on", "stopped_on", "note"]),
        medication,
        "started_on",
    ),
    "assessment": RowGuard(
        frozenset(["id", "completed_at_utc", "utc_offset_min", "app_version"]),
        assessment,
        "completed_at_utc",
    ),
    "assessment_answer": RowGuard(
        frozenset(["id", "assessment_id", "question_id", "choice", "scale"]), assessment_answer
    ),
    "experiment": RowGuard(
        frozenset(["id", "measure", "start_on", "weeks", "stopped_on", "created_at"]),
        experiment,
        "start_on",
    ),
    "adherence_day": RowGuard(
        frozenset(["id", "experiment_id", "day", "done"]), adherence_day, "day"
    ),
    "reminder_time": RowGuard(frozenset(["kind", "at", "enabled"]), reminder_time),
}


def check_row(table: str, row: Row) -> object:
    """The row of `table` as a core value; RowProblem naming the first bad field (and
    the entry's date when it can be read). KeyError if `table` has no guard."""
    guard = ROW_GUARDS[table]
    unknown = sorted(set(row) - guard.columns) or sorted(guard.columns - set(row))
    row_id = row.get("id")
    if unknown:
        raise RowProblem(table, row_id, unknown[0])
    try:
        return guard.check(row)
    except _BadValue as problem:
        raise RowProblem(table, row_id, problem.field, _readable_day(row, guard)) from None


def _readable_day(row: Row, guard: RowGuard) -> dt.date | None:
    value = row.get(guard.day_column) if guard.day_column else None
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
