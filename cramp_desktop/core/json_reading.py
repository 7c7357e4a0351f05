"""Reading the JSON document of core/json_format.py back: all of it or nothing.

Every problem is collected with its place in the document ("episodes[12].severity"), so
the user can fix them all at once; `JsonImportError.problems` holds them. The fields are
read by core/json_fields.py, the records and the document here. A document of a newer
format version is refused as a whole. The episode and medicine rules are
core/validation.py's, as for the log dialog and CSV files.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

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
from cramp_desktop.core.json_fields import (
    JSON_CONTEXT,
    UNKNOWN_CODE,
    WANT_LIST,
    WANT_OBJECT,
    FieldReader,
    JsonProblem,
    parsed,
)
from cramp_desktop.core.json_format import FORMAT_NAME, FORMAT_VERSION, SECTIONS, UserData
from cramp_desktop.core.reminders import ReminderKind, ReminderTime
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, fill, untranslated
from cramp_desktop.core.validation import validate_episode, validate_medication

VALIDATION_CONTEXT = "Validation"
MAX_PROBLEMS = 50  # listed; the rest are counted

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
WANT_VERSION = QT_TRANSLATE_NOOP("JsonImport", "must be a whole number from 1")
REPEATED_DAY = QT_TRANSLATE_NOOP("JsonImport", "the day %1 is listed twice")
REPEATED_QUESTION = QT_TRANSLATE_NOOP("JsonImport", "the question %1 is answered twice")
REPEATED_KIND = QT_TRANSLATE_NOOP("JsonImport", "the reminder %1 is listed twice")
WANT_CLOCK = QT_TRANSLATE_NOOP("JsonImport", "'%1' is not a time of day like 08:30")
MORE_PROBLEMS = QT_TRANSLATE_NOOP("JsonImport", "... and %1 more problems")


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


class _Reader(FieldReader):
    """Reads the document, its sections and their records."""

    def __init__(self, now: dt.datetime) -> None:
        super().__init__()
        self.now = now

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
        time = parsed(dt.time.fromisoformat, at) if isinstance(at, str) and len(at) == 5 else None
        if at is not None and time is None:
            self.fail(f"{path}.at", WANT_CLOCK, str(at))
        if kind is None or time is None or enabled is None:
            return None
        return ReminderTime(kind, time, enabled)
