"""The JSON document: written and read back unchanged, valid against the published JSON
Schema (checked with jsonschema, not by hand), and every problem of a bad file named by
its place, by the reader and the schema alike."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

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
from cramp_desktop.core.experiments import MEASURES, Experiment, ExperimentRecord
from cramp_desktop.core.json_format import (
    FORMAT_VERSION,
    SECTIONS,
    UserData,
    dumps,
    to_document,
    write_file,
)
from cramp_desktop.core.json_reading import (
    MAX_PROBLEMS,
    JsonImportError,
    from_document,
    read_document,
)
from cramp_desktop.core.reminders import ReminderKind, ReminderTime

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "json-format.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def random_data(seed: int, count: int = 40) -> UserData:
    """Every field used, with odd values: offsets east and west, microseconds, empty and
    multi-line notes, every code."""
    rng = random.Random(seed)

    def some(kind: type[StrEnum]) -> frozenset[Any]:
        return frozenset(rng.sample(list(kind), rng.randint(0, len(kind))))

    def moment() -> dt.datetime:
        zone = dt.timezone(dt.timedelta(minutes=rng.choice([-600, -330, 0, 60, 345, 840])))
        start = dt.datetime(1990, 1, 1, tzinfo=dt.UTC) + dt.timedelta(
            seconds=rng.randrange(36 * 365 * 86400), microseconds=rng.choice([0, 123456])
        )
        return start.astimezone(zone)

    episodes = tuple(
        Episode(
            started_at=moment().replace(microsecond=0),
            duration_s=rng.randint(0, 86400),
            severity=rng.randint(0, 10),
            muscle=rng.choice(list(Muscle)),
            side=rng.choice(list(Side)),
            context=rng.choice(list(Context)),
            sleep_disturbance=rng.choice([None, *range(11)]),
            soreness=rng.choice([None, *Soreness]),
            triggers=some(Trigger),
            relief=some(Relief),
            relief_helped=rng.choice([None, *ReliefHelped]),
            symptoms=some(Symptom),
            notes=rng.choice(["", "Hot day\nwalked 10 km", 'he said "ouch" \\ é 漢字 🦵']),
            logged_late=rng.random() < 0.3,
            created_at=moment().astimezone(dt.UTC),
            updated_at=moment().astimezone(dt.UTC),
        )
        for _ in range(count)
    )
    days = sorted(
        {dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2000)) for _ in range(count)}
    )
    day_records = tuple(
        DayRecord(day=day, triggers=some(Trigger), created_at=moment().astimezone(dt.UTC))
        for day in days
    )
    medications = tuple(
        Medication(
            name=rng.choice(["Magnesium", "Furosemid 40 mg", "Ибупрофен"]),
            kind=kind,
            started_on=rng.choice([None, dt.date(2021, 3, 4)]),
            stopped_on=rng.choice([None, dt.date(2022, 5, 6)]),
            note=rng.choice(["", "with food"]),
        )
        for kind in MedicationKind
    )
    assessments = tuple(
        Assessment(
            completed_at=moment(),
            app_version="0.1.0",
            answers=tuple(
                Answer(f"section.q{n}", rng.choice([None, *AnswerValue]), rng.choice([None, 4]))
                for n in range(rng.randint(0, 6))
            ),
        )
        for _ in range(5)
    )
    experiments = tuple(
        ExperimentRecord(
            Experiment(
                measure.id,
                dt.date(2025, 1, 6) + dt.timedelta(days=70 * n),
                rng.randint(2, 8),
                rng.choice([None, dt.date(2025, 1, 20) + dt.timedelta(days=70 * n)]),
            ),
            tuple(
                (dt.date(2025, 1, 7) + dt.timedelta(days=70 * n + d), rng.random() < 0.7)
                for d in sorted(rng.sample(range(40), rng.randint(0, 12)))
            ),
            rng.choice([None, moment().astimezone(dt.UTC)]),
        )
        for n, measure in enumerate(MEASURES)
    )
    reminder_times = (
        ReminderTime(ReminderKind.EVENING, dt.time(21, rng.randrange(60)), rng.random() < 0.5),
        ReminderTime(ReminderKind.MORNING, dt.time(rng.randrange(4, 11), 5), True),
    )
    return UserData(episodes, day_records, medications, assessments, experiments, reminder_times)


def document_of(data: UserData) -> dict[str, Any]:
    document = to_document(data, app_version="9.9.9", exported_at=NOW)
    return json.loads(dumps(document))  # exactly what a file holds


@pytest.mark.parametrize("seed", range(5))
def test_writing_then_reading_gives_back_every_record(seed: int) -> None:
    data = random_data(seed)
    assert from_document(document_of(data), now=NOW) == data
    assert [r.created_at for r in from_document(document_of(data), now=NOW).day_records] == [
        r.created_at for r in data.day_records
    ]


@pytest.mark.parametrize("seed", range(5))
def test_every_export_is_valid_against_the_published_schema(seed: int) -> None:
    Draft202012Validator.check_schema(SCHEMA)
    document = document_of(random_data(seed))
    assert sorted(e.message for e in VALIDATOR.iter_errors(document)) == []
    assert document_of(UserData())["format_version"] == FORMAT_VERSION
    assert VALIDATOR.is_valid(document_of(UserData()))


def test_the_schema_lists_exactly_the_codes_and_sections_of_the_app() -> None:
    definitions = SCHEMA["$defs"]
    episode = definitions["episode"]["properties"]
    assert episode["muscle"]["enum"] == [code.value for code in Muscle]
    assert episode["soreness"]["enum"] == [*(code.value for code in Soreness), None]
    assert episode["triggers"]["items"]["enum"] == [code.value for code in Trigger]
    assert episode["relief"]["items"]["enum"] == [code.value for code in Relief]
    assert episode["symptoms"]["items"]["enum"] == [code.value for code in Symptom]
    kinds = definitions["medication"]["properties"]["kind"]["enum"]
    assert kinds == [code.value for code in MedicationKind]
    assert SCHEMA["properties"]["format_version"]["maximum"] == FORMAT_VERSION
    assert set(SECTIONS) <= set(SCHEMA["properties"])
    written = document_of(random_data(1))
    assert set(written) == set(SCHEMA["properties"])
    kinds = ("episode", "day_record", "medication", "assessment", "experiment", "reminder_time")
    for section, definition in zip(SECTIONS, kinds, strict=True):
        assert set(written[section][0]) == set(definitions[definition]["properties"])


def broken(change: str) -> tuple[dict[str, Any], str]:
    """A valid export with one thing wrong, and the line the reader must print for it."""
    document = document_of(random_data(7, count=15))
    episode, medication = document["episodes"][12], document["medications"][1]
    expected = {
        "severity": "episodes[12].severity: Choose a severity from 0 to 10.",
        "code": "episodes[12].muscle: unknown code 'calves'; use one of: calf, foot, toes, "
        "shin, thigh-front, thigh-back, other",
        "missing": "episodes[12].side: is missing",
        "naive time": "episodes[12].started_at: '2026-01-01T02:00' is not a date and time "
        "with its offset, like 2024-05-01T23:40:00+02:00",
        "unknown field": "episodes[12].mood: is not a field of this format",
        "trigger": "episodes[12].triggers[0]: unknown code 'sun'; use one of: "
        + ", ".join(code.value for code in Trigger),
        "duration text": "episodes[12].duration_s: must be a whole number",
        "bad day": "day_records[0].day: '2026-02-30' is not a date like 2024-05-01",
        "empty name": "medications[1].name: Enter the name of the medicine.",
        "stopped before": "medications[1].stopped_on: The stop date is before the start "
        "date. Check both dates.",
        "answer": "assessments[0].answers: must be a list [...]",
        "section": "episodes: must be a list [...]",
    }[change]
    if change == "severity":
        episode["severity"] = 11
    elif change == "code":
        episode["muscle"] = "calves"
    elif change == "missing":
        del episode["side"]
    elif change == "naive time":
        episode["started_at"] = "2026-01-01T02:00"
    elif change == "unknown field":
        episode["mood"] = "fine"
    elif change == "trigger":
        episode["triggers"] = ["sun"]
    elif change == "duration text":
        episode["duration_s"] = "90"
    elif change == "bad day":
        document["day_records"][0]["day"] = "2026-02-30"
    elif change == "empty name":
        medication["name"] = ""
    elif change == "stopped before":
        medication["started_on"], medication["stopped_on"] = "2024-05-02", "2024-05-01"
    elif change == "answer":
        document["assessments"][0]["answers"] = {"question_id": "x"}
    elif change == "section":
        document["episodes"] = {}
    return document, expected


CHANGES = [
    "severity",
    "code",
    "missing",
    "naive time",
    "unknown field",
    "trigger",
    "duration text",
    "bad day",
    "empty name",
    "answer",
    "section",
]


@pytest.mark.parametrize("change", CHANGES)
def test_a_bad_record_is_named_by_its_place_and_nothing_is_read(change: str) -> None:
    document, expected = broken(change)
    with pytest.raises(JsonImportError) as caught:
        from_document(document, now=NOW)
    assert [problem.text() for problem in caught.value.problems] == [expected]
    assert not VALIDATOR.is_valid(document), "the schema must refuse it too"


def test_rules_the_schema_cannot_express_are_still_checked() -> None:
    document, expected = broken("stopped before")
    with pytest.raises(JsonImportError) as caught:
        from_document(document, now=NOW)
    assert caught.value.lines() == [expected]
    future = document_of(random_data(7, count=3))
    future["episodes"][0]["started_at"] = "2027-01-01T00:00:00+01:00"
    with pytest.raises(JsonImportError, match=r"episodes\[0\].started_at: The start time is"):
        from_document(future, now=NOW)


def test_every_problem_is_listed_at_once_up_to_a_limit() -> None:
    document = document_of(random_data(3, count=MAX_PROBLEMS + 10))
    for episode in document["episodes"]:
        episode["severity"], episode["side"] = -1, "middle"
    with pytest.raises(JsonImportError) as caught:
        from_document(document, now=NOW)
    assert len(caught.value.problems) == 2 * (MAX_PROBLEMS + 10)
    lines = caught.value.lines()
    assert len(lines) == MAX_PROBLEMS + 1
    assert lines[0].startswith("episodes[0].")
    assert lines[-1] == f"... and {MAX_PROBLEMS + 20} more problems"


def test_a_newer_format_version_is_refused_as_a_whole() -> None:
    document = document_of(random_data(2))
    document["format_version"] = FORMAT_VERSION + 1
    document["sleep_logs"] = [{"night": "2030-01-01"}]  # a section from the future
    with pytest.raises(JsonImportError) as caught:
        from_document(document, now=NOW)
    assert caught.value.lines() == [
        f"the file has format version {FORMAT_VERSION + 1}, made by a newer version of the "
        f"app (this one reads up to {FORMAT_VERSION}); update the app, then import it again"
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe{}", "the file is not UTF-8 text"),
        (b'{"format": "leg-cramp-companion",', "the file is not valid JSON (line 1, column"),
        (b"[]", "must be an object {...}"),
        (b'{"format": "other-app", "format_version": 1}', "this is not a Leg Cramp Companion"),
        (b'{"format": "leg-cramp-companion"}', "format_version: must be a whole number"),
        (b'{"format": "leg-cramp-companion", "format_version": 1, "day_records": '
         b'[{"day": "2026-01-01"}, {"day": "2026-01-01"}]}',
         "day_records: the day 2026-01-01 is listed twice"),
    ],
)  # fmt: skip
def test_files_that_are_not_an_export_say_why(content: bytes, expected: str) -> None:
    with pytest.raises(JsonImportError) as caught:
        read_document(content, now=NOW)
    assert caught.value.lines()[0].startswith(expected)


def test_a_minimal_hand_written_file_is_read_with_defaults() -> None:
    text = json.dumps(
        {
            "format": "leg-cramp-companion",
            "format_version": 1,
            "episodes": [
                {
                    "started_at": "2026-03-01T02:40:00Z",
                    "duration_s": 90,
                    "severity": 7,
                    "muscle": "calf",
                    "side": "left",
                    "context": "sleep",
                }
            ],
        }
    )
    data = read_document(("\ufeff" + text).encode("utf-8"), now=NOW)
    assert VALIDATOR.is_valid(json.loads(text))
    assert data.episodes[0].started_at == dt.datetime(2026, 3, 1, 2, 40, tzinfo=dt.UTC)
    assert data.episodes[0].triggers == frozenset() and data.episodes[0].notes == ""
    assert data.day_records == data.medications == data.assessments == ()


def test_the_file_is_private_and_complete(tmp_path: Path) -> None:
    data = random_data(4)
    target = tmp_path / "export.json"
    assert write_file(data, target, app_version="1", exported_at=NOW) == data.record_count
    assert target.stat().st_mode & 0o777 == 0o600
    assert read_document(target.read_bytes(), now=NOW) == data
    assert list(tmp_path.iterdir()) == [target]
    original = copy.deepcopy(data)
    assert data == original


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["experiments"][0].update(measure="stop-my-pills"),
            "experiments[0].measure: unknown code 'stop-my-pills'; use one of: "
            "stretch-before-bed, drink-to-thirst, break-up-standing, pace-training",
        ),
        (
            lambda d: d["experiments"][0].update(weeks=12),
            "experiments[0]: Choose a length from 2 to 8 weeks.",
        ),
        (
            lambda d: d["reminder_times"][0].update(at="25:00"),
            "reminder_times[0].at: '25:00' is not a time of day like 08:30",
        ),
        (
            lambda d: d["reminder_times"].append(dict(d["reminder_times"][0])),
            "reminder_times: the reminder evening is listed twice",
        ),
    ],
)
def test_bad_experiments_and_reminder_times_are_named_by_their_place(change, expected) -> None:  # type: ignore[no-untyped-def]
    document = document_of(random_data(3))
    change(document)
    with pytest.raises(JsonImportError) as raised:
        from_document(document, now=NOW)
    assert raised.value.lines() == [expected]
    assert not VALIDATOR.is_valid(document) or "listed twice" in expected


def test_a_version_1_file_without_experiments_is_still_read() -> None:
    document = document_of(random_data(2))
    document["format_version"] = 1
    del document["experiments"], document["reminder_times"]
    data = from_document(document, now=NOW)
    assert data.experiments == () and data.reminder_times == ()
    assert data.episodes == random_data(2).episodes
