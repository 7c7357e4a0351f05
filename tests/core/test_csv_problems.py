"""CSV import problems in the user's language: every template goes through the
translation; column names, codes and the user's cells do not."""

from __future__ import annotations

import datetime as dt

import pytest

from cramp_desktop.core import csv_problems
from cramp_desktop.core.csv_io import MAX_PROBLEMS, CsvImportError, parse_episodes, read_episodes
from cramp_desktop.core.csv_problems import CsvProblem

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
HEADER = (
    "started_at,duration_min,severity,muscle,side,context,triggers,relief,"
    "relief_helped,sleep_disturbance,notes"
)


def shouting(context: str, text: str) -> str:
    """A stand-in translation: every text it is given comes back in capitals."""
    return text.upper() if context in ("CsvImport", "Validation") else f"?{context}?"


def details_of(source: str | bytes) -> list[CsvProblem]:
    with pytest.raises(CsvImportError) as caught:
        if isinstance(source, bytes):
            read_episodes(source, now=NOW)
        else:
            parse_episodes(source, now=NOW)
    assert caught.value.problems == [problem.text() for problem in caught.value.details]
    return caught.value.details


def test_problems_are_translated_but_columns_codes_and_cells_are_not() -> None:
    bad = "2024-05-01T23:40,1,%2,knee,left,sleep,,,,,\n2024-05-01T23:40,1,5,calf,left,sleep,,\n"
    lines = [problem.text(shouting) for problem in details_of(f"{HEADER}\n{bad}")]
    assert lines == [
        "ROW 2: severity: '%2' IS NOT A WHOLE NUMBER FROM 0 TO 10",
        "ROW 2: muscle: UNKNOWN CODE 'knee'; USE ONE OF: "
        "calf | foot | toes | shin | thigh-front | thigh-back | other",
        "ROW 3: HAS 8 VALUES BUT THE FIRST ROW NAMES 11 COLUMNS",
    ]
    [header] = details_of(f"{HEADER},,colour\n")[:1]
    assert header.text(shouting) == "ROW 1: UNKNOWN COLUMNS: (A COLUMN WITHOUT A NAME), colour"
    [validation] = details_of(f"{HEADER}\n2024-05-01T23:40,1441,5,calf,left,sleep,,,,,\n")
    assert validation.context == "Validation"
    assert validation.text(shouting).startswith("ROW 2: duration_min: A CRAMP CANNOT LAST")


def test_every_template_is_given_to_the_translation() -> None:
    rows = [
        ",1,5,calf,left,sleep,,,,,",  # started_at empty
        "someday,,,,left,sleep,,,,,",  # not a time; duration, severity, muscle empty
        "2024-05-01T23:40:00+01:00:30,x,y,calf,left,sleep,,,,,",  # offset with seconds
        "2024-05-01T23:40,1,5,calf",  # too few values
        *["2024-05-01T23:40,1,5,knee,left,sleep,,,,,"] * MAX_PROBLEMS,  # and more problems
    ]
    details = [
        *details_of(b"started_at \xff not UTF-8\n"),
        *details_of(""),
        *details_of("started_at,,colour,notes,notes\n"),
        *details_of(f"{HEADER}\n" + "\n".join(rows) + "\n"),
        *details_of(f'{HEADER}\n2024-05-01T23:40,1,5,calf,left,sleep,,,,,"open\n'),
        *details_of(f'{HEADER}\n2024-05-01T23:40,1,5,calf,left,sleep,,,,,"x"y\n'),
        CsvProblem(2, "started_at", csv_problems.TIME_IN_GAP, ("2024-03-31T02:30",)),
        *details_of("started_at,duration_min".encode("utf-16-le")),
        *details_of("\x00" * 100),
        *details_of(",".join(["x"] * 1000)),
        CsvProblem(None, None, csv_problems.FILE_TOO_BIG, ("100",)),
    ]
    asked: set[tuple[str, str]] = set()

    def recording(context: str, text: str) -> str:
        asked.add((context, text))
        return text

    for problem in details:
        problem.text(recording)
    templates = {
        ("CsvImport", value)
        for name, value in vars(csv_problems).items()
        if name.isupper() and isinstance(value, str) and not name.endswith("CONTEXT")
    }
    assert len(templates) == 27
    assert templates <= asked, sorted(templates - asked)


def test_a_value_that_looks_like_a_placeholder_is_shown_as_it_is() -> None:
    problem = CsvProblem(3, "severity", csv_problems.SCALE_INVALID, ("%1 and %2",))
    assert problem.text() == "row 3: severity: '%1 and %2' is not a whole number from 0 to 10"
