"""Reading the JSON document of core/json_format.py back: all of it or nothing.

Every problem is collected with its place in the document ("episodes[12].severity"), so
the user can fix them all at once; `JsonImportError.problems` holds them. A document of a
newer format version is refused as a whole. The episode and medicine rules are
core/validation.py's, as for the log dialog and CSV files.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

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
from cramp_desktop.core.experiments import (
    MEASURES_BY_ID,
    Experiment,
    ExperimentRecord,
    validate_experiment,
)
from cramp_desktop.core.json_format import FORMAT_NAME, FORMAT_VERSION, SECTIONS, UserData
from cramp_desktop.core.reminders import ReminderKind, ReminderTime
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, fill, untranslated
from cramp_desktop.core.validation import validate_episode, validate_medication

JSON_CONTEXT = "JsonImport"
VALIDATION_CONTEXT = "Validation"
MAX_PROBLEMS = 50  # listed; the rest are counted

PLACE = QT_TRANSLATE_NOOP("JsonImport", "%1: %2")
NOT_JSON = QT_TRANSLATE_NOOP("JsonImport", "the file is not valid JSON (line %1, column %2: %3)")
NOT_UTF8 = QT_TRANSLATE_NOOP("JsonImport", "the file is not UTF-8 text")
NOT_OURS = QT_TRANSLATE_NOOP(
    "JsonImport", 'this is not a Leg Cramp Companion export ("format" must be "%1")'
)
NEWER = QT_TRANSLATE_NOOP(
    "JsonImport",
    "the file has format version %1, made by a newer version of the app (this one reads "
    "up to %2); update the app, then import it again",
)
MISSING = QT_TRANSLATE_NOOP("JsonImport", "is missing")
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("JsonImport", "is not a field of this format")
WANT_OBJECT = QT_TRANSLATE_NOOP("JsonImport", "must be an object {...}")
WANT_LIST = QT_TRANSLATE_NOOP("JsonImport", "must be a list [...]")
WANT_TEXT = QT_TRANSLATE_NOOP("JsonImport", "must be text")
WANT_BOOL = QT_TRANSLATE_NOOP("JsonImport", "must be true or false")
WANT_WHOLE = QT_TRANSLATE_NOOP("JsonImport", "must be a whole number")
WANT_SCALE = QT_TRANSLATE_NOOP("JsonImport", "must be a whole number from 0 to 10, or null")
WANT_VERSION = QT_TRANSLATE_NOOP("JsonImport", "must be a whole number from 1")
WANT_MOMENT = QT_TRANSLATE_NOOP(
    "JsonImport", "'%1' is not a date and time with its offset, like 2024-05-01T23:40:00+02:00"
)
WANT_DAY = QT_TRANSLATE_NOOP("JsonImport", "'%1' is not a date like 2024-05-01")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("JsonImport", "unknown code '%1'; use one of: %2")
REPEATED_DAY = QT_TRANSLATE_NOOP("JsonImport", "the day %1 is listed twice")
REPEATED_QUESTION = QT_TRANSLATE_NOOP("JsonImport", "the question %1 is answered twice")
REPEATED_KIND = QT_TRANSLATE_NOOP("JsonImport", "the reminder %1 is listed twice")
WANT_CLOCK = QT_TRANSLATE_NOOP("JsonImport", "'%1' is not a time of day like 08:30")
MORE_PROBLEMS = QT_TRANSLATE_NOOP("JsonImport", "... and %1 more problems")

_Code = TypeVar("_Code", bound=StrEnum)


@dataclass(frozen=True)
class JsonProblem:
    """`path` is the place in the document ("" for the whole file); `template` an English
    source text in `context` whose %1, %2, ... are `values`."""

    path: str
    template: str
    values: tuple[str, ...] = ()
    context: str = JSON_CONTEXT

    def text(self, translate: Translate = untranslated) -> str:
        reason = fill(translate(self.context, self.template), self.values)
        return fill(translate(JSON_CONTEXT, PLACE), (self.path, reason)) if self.path else reason


class JsonImportError(ValueError):
    def __init__(self, problems: list[JsonProblem]) -> None:
        super().__init__("\n".join(problem.text() for problem in problems))
        self.problems = problems

    def lines(self, translate: Translate = untranslated) -> list[str]:
        """One line per problem, at most MAX_PROBLEMS, then how many more there are."""
        shown = [problem.text(translate) for problem in self.problems[:MAX_PROBLEMS]]
        rest = len(self.problems) - MAX_PROBLEMS
        if rest > 0:
            shown.append(fill(translate(JSON_CONTEXT, MORE_PROBLEMS), (str(rest),)))
        return shown


def read_document(data: bytes, *, now: dt.datetime) -> UserData:
    """The records of a JSON export; raises JsonImportError listing every problem."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise JsonImportError([JsonProblem("", NOT_UTF8)]) from None
    except json.JSONDecodeError as error:
        values = (str(error.lineno), str(error.colno), error.msg)
        raise JsonImportError([JsonProblem("", NOT_JSON, values)]) from None
    return from_document(document, now=now)


def from_document(document: Any, *, now: dt.datetime) -> UserData:
    reader = _Reader(now)
    data = reader.document(document)
    if reader.problems or data is None:
        raise JsonImportError(reader.problems)
    return data


class _Reader:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now
        self.problems: list[JsonProblem] = []

    def fail(self, path: str, template: str, *values: str, context: str = JSON_CONTEXT) -> None:
        self.problems.append(JsonProblem(path, template, values, context))

    def document(self, document: Any) -> UserData | None:
        if not isinstance(document, dict):
            self.fail("", WANT_OBJECT)
            return None
        if document.get("format") != FORMAT_NAME:
            self.fail("", NOT_OURS, FORMAT_NAME)
            return None
        version = document.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.fail("format_version", WANT_VERSION)
            return None
        if version > FORMAT_VERSION:
            self.fail("", NEWER, str(version), str(FORMAT_VERSION))
            return None
        header = {"format", "format_version", "app_version", "exported_at"}
        self.unknown_fields(document, "", {*header, *SECTIONS})
        readers: dict[str, Callable[[dict[str, Any], str], Any]] = {
            "episodes": self.episode,
            "day_records": self.day_record,
            "medications": self.medication,
            "assessments": self.assessment,
            "experiments": self.experiment,
            "reminder_times": self.reminder_time,
        }
        sections = {name: self.section(document, name, readers[name]) for name in SECTIONS}
        self.no_repeats(sections["day_records"], "day_records", lambda r: r.day, REPEATED_DAY)
        kinds = sections["reminder_times"]
        self.no_repeats(kinds, "reminder_times", lambda r: r.kind.value, REPEATED_KIND)
        return UserData(**sections)

    def section(
        self, document: dict[str, Any], name: str, read: Callable[[dict[str, Any], str], Any]
    ) -> tuple[Any, ...]:
        items = document.get(name, [])
        if not isinstance(items, list):
            self.fail(name, WANT_LIST)
            return ()
        records = []
        for index, item in enumerate(items):
            path = f"{name}[{index}]"
            if not isinstance(item, dict):
                self.fail(path, WANT_OBJECT)
                continue
            before = len(self.problems)
            record = read(item, path)
            if len(self.problems) == before:
                records.append(record)
        return tuple(records)

    # -- records -------------------------------------------------------------------------
    def episode(self, item: dict[str, Any], path: str) -> Episode | None:
        before = len(self.problems)
        fields = {
            "started_at": self.moment(item, "started_at", path, required=True),
            "duration_s": self.whole(item, "duration_s", path),
            "severity": self.whole(item, "severity", path),
            "muscle": self.code(item, "muscle", Muscle, path, required=True),
            "side": self.code(item, "side", Side, path, required=True),
            "context": self.code(item, "context", Context, path, required=True),
            "sleep_disturbance": self.scale(item, "sleep_disturbance", path),
            "soreness": self.code(item, "soreness", Soreness, path),
            "triggers": self.codes(item, "triggers", Trigger, path),
            "relief": self.codes(item, "relief", Relief, path),
            "relief_helped": self.code(item, "relief_helped", ReliefHelped, path),
            "symptoms": self.codes(item, "symptoms", Symptom, path),
            "notes": self.text(item, "notes", path, default=""),
            "logged_late": self.flag(item, "logged_late", path, default=False),
            "created_at": self.moment(item, "created_at", path),
            "updated_at": self.moment(item, "updated_at", path),
        }
        self.unknown_fields(item, path, set(fields))
        # The episode rules run on the fields that could be read (a field that could not
        # is already a problem), so one look at the list shows everything to fix.
        noted = {problem.path for problem in self.problems[before:]}
        episode = Episode(**fields)
        for error in validate_episode(episode, now=self.now):
            where = f"{path}.{error.field}"
            if item.get(error.field) is not None and not any(
                place == where or place.startswith((f"{where}[", f"{where}.")) for place in noted
            ):
                self.fail(where, error.message, context=VALIDATION_CONTEXT)
        return None if len(self.problems) > before else episode

    def day_record(self, item: dict[str, Any], path: str) -> DayRecord | None:
        day = self.day(item, "day", path, required=True)
        fields = {
            "no_cramps": self.flag(item, "no_cramps", path, default=True),
            "triggers": self.codes(item, "triggers", Trigger, path),
            "created_at": self.moment(item, "created_at", path),
        }
        self.unknown_fields(item, path, {"day", *fields})
        return None if day is None else DayRecord(day=day, **fields)

    def medication(self, item: dict[str, Any], path: str) -> Medication | None:
        before = len(self.problems)
        fields = {
            "name": self.text(item, "name", path, default=None),
            "kind": self.code(item, "kind", MedicationKind, path, required=True),
            "started_on": self.day(item, "started_on", path),
            "stopped_on": self.day(item, "stopped_on", path),
            "note": self.text(item, "note", path, default=""),
        }
        self.unknown_fields(item, path, set(fields))
        if len(self.problems) > before:
            return None
        medication = Medication(**fields)
        for error in validate_medication(medication):
            self.fail(f"{path}.{error.field}", error.message, context=VALIDATION_CONTEXT)
        return medication

    def assessment(self, item: dict[str, Any], path: str) -> Assessment | None:
        completed = self.moment(item, "completed_at", path, required=True)
        version = self.text(item, "app_version", path, default=None)
        answers = []
        items = item.get("answers", [])
        self.unknown_fields(item, path, {"completed_at", "app_version", "answers"})
        if not isinstance(items, list):
            self.fail(f"{path}.answers", WANT_LIST)
            items = []
        for index, entry in enumerate(items):
            where = f"{path}.answers[{index}]"
            if not isinstance(entry, dict):
                self.fail(where, WANT_OBJECT)
                continue
            self.unknown_fields(entry, where, {"question_id", "choice", "scale"})
            question = self.text(entry, "question_id", where, default=None)
            choice = self.code(entry, "choice", AnswerValue, where)
            scale = self.scale(entry, "scale", where)
            if question is not None:
                answers.append(Answer(question, choice, scale))
        self.no_repeats(answers, f"{path}.answers", lambda a: a.question_id, REPEATED_QUESTION)
        if completed is None or version is None:
            return None
        return Assessment(completed_at=completed, app_version=version, answers=tuple(answers))

    def experiment(self, item: dict[str, Any], path: str) -> ExperimentRecord | None:
        before = len(self.problems)
        measure = self.text(item, "measure", path, default=None)
        if measure is not None and measure not in MEASURES_BY_ID:
            self.fail(f"{path}.measure", UNKNOWN_CODE, measure, ", ".join(MEASURES_BY_ID))
        start = self.day(item, "start", path, required=True)
        weeks = self.whole(item, "weeks", path)
        stopped_on = self.day(item, "stopped_on", path)
        created_at = self.moment(item, "created_at", path)
        known = {"measure", "start", "weeks", "stopped_on", "adherence", "created_at"}
        self.unknown_fields(item, path, known)
        adherence = []
        entries = item.get("adherence", [])
        if not isinstance(entries, list):
            self.fail(f"{path}.adherence", WANT_LIST)
            entries = []
        for index, entry in enumerate(entries):
            where = f"{path}.adherence[{index}]"
            if not isinstance(entry, dict):
                self.fail(where, WANT_OBJECT)
                continue
            self.unknown_fields(entry, where, {"day", "done"})
            day = self.day(entry, "day", where, required=True)
            done = self.flag(entry, "done", where, default=True)
            if day is not None and done is not None:
                adherence.append((day, bool(done)))
        self.no_repeats(adherence, f"{path}.adherence", lambda a: a[0], REPEATED_DAY)
        if len(self.problems) > before or measure is None or start is None or weeks is None:
            return None
        experiment = Experiment(measure, start, weeks, stopped_on)
        for problem in validate_experiment(experiment):
            self.fail(path, problem, context="Experiments")
        return ExperimentRecord(experiment, tuple(sorted(adherence)), created_at)

    def reminder_time(self, item: dict[str, Any], path: str) -> ReminderTime | None:
        kind = self.code(item, "kind", ReminderKind, path, required=True)
        at = self.text(item, "at", path, default=None)
        enabled = self.flag(item, "enabled", path, default=False)
        self.unknown_fields(item, path, {"kind", "at", "enabled"})
        time = _parse(dt.time.fromisoformat, at) if isinstance(at, str) and len(at) == 5 else None
        if at is not None and time is None:
            self.fail(f"{path}.at", WANT_CLOCK, str(at))
        if kind is None or time is None or enabled is None:
            return None
        return ReminderTime(kind, time, enabled)

    # -- fields --------------------------------------------------------------------------
    def unknown_fields(self, item: dict[str, Any], path: str, known: set[str]) -> None:
        for name in item:
            if name not in known:
                self.fail(_join(path, name), UNKNOWN_FIELD)

    def present(self, item: dict[str, Any], name: str, path: str, required: bool) -> bool:
        if item.get(name) is not None:
            return True
        if required:
            self.fail(_join(path, name), MISSING)
        return False

    def moment(
        self, item: dict[str, Any], name: str, path: str, *, required: bool = False
    ) -> dt.datetime | None:
        if not self.present(item, name, path, required):
            return None
        value = item[name]
        moment = _parse(dt.datetime.fromisoformat, value)
        if not isinstance(moment, dt.datetime) or moment.utcoffset() is None or "T" not in value:
            self.fail(_join(path, name), WANT_MOMENT, str(value))
            return None
        return moment

    def day(
        self, item: dict[str, Any], name: str, path: str, *, required: bool = False
    ) -> dt.date | None:
        if not self.present(item, name, path, required):
            return None
        value = item[name]
        day = _parse(dt.date.fromisoformat, value)
        if not isinstance(day, dt.date) or len(value) != 10:
            self.fail(_join(path, name), WANT_DAY, str(value))
            return None
        return day

    def code(
        self,
        item: dict[str, Any],
        name: str,
        kind: type[_Code],
        path: str,
        *,
        required: bool = False,
    ) -> _Code | None:
        if not self.present(item, name, path, required):
            return None
        return self.member(item[name], kind, _join(path, name))

    def member(self, value: Any, kind: type[_Code], path: str) -> _Code | None:
        if isinstance(value, str) and value in kind._value2member_map_:
            return kind(value)
        self.fail(path, UNKNOWN_CODE, str(value), ", ".join(code.value for code in kind))
        return None

    def codes(self, item: dict[str, Any], name: str, kind: type[_Code], path: str) -> Any:
        values = item.get(name, [])
        if not isinstance(values, list):
            self.fail(_join(path, name), WANT_LIST)
            return None
        found = [
            self.member(value, kind, f"{_join(path, name)}[{i}]") for i, value in enumerate(values)
        ]
        return None if None in found else frozenset(found)

    def whole(self, item: dict[str, Any], name: str, path: str) -> int | None:
        if not self.present(item, name, path, required=True):
            return None
        if not _is_whole(item[name]):
            self.fail(_join(path, name), WANT_WHOLE)
            return None
        return int(item[name])

    def scale(self, item: dict[str, Any], name: str, path: str) -> int | None:
        value = item.get(name)
        if value is not None and not (_is_whole(value) and 0 <= value <= 10):
            self.fail(_join(path, name), WANT_SCALE)
            return None
        return value

    def text(self, item: dict[str, Any], name: str, path: str, *, default: str | None) -> Any:
        if name not in item and default is not None:
            return default
        if not self.present(item, name, path, required=True):
            return None
        if not isinstance(item[name], str):
            self.fail(_join(path, name), WANT_TEXT)
            return None
        return item[name]

    def flag(self, item: dict[str, Any], name: str, path: str, *, default: bool) -> Any:
        value = item.get(name, default)
        if not isinstance(value, bool):
            self.fail(_join(path, name), WANT_BOOL)
            return None
        return value

    def no_repeats(
        self, records: Any, path: str, key: Callable[[Any], object], template: str
    ) -> None:
        seen: set[object] = set()
        for record in records:
            if key(record) in seen:
                self.fail(path, template, str(key(record)))
            seen.add(key(record))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse(parse: Callable[[str], Any], value: Any) -> Any:
    if not isinstance(value, str):
        return None
    try:
        return parse(value)
    except ValueError:
        return None
