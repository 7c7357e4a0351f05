"""CSV import and export of episodes: format, every problem reported, round trips."""

from __future__ import annotations

import datetime as dt
import io
import re
import time
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cramp_desktop.core.csv_io import (
    EXPORT_COLUMNS,
    MAX_PROBLEMS,
    CsvImportError,
    detect_delimiter,
    format_duration_min,
    parse_episodes,
    read_episodes,
    write_episodes,
)
from cramp_desktop.core.episodes import (
    Context,
    Episode,
    Muscle,
    Relief,
    ReliefHelped,
    Side,
    Soreness,
    Symptom,
    Trigger,
)

CodeT = TypeVar("CodeT", bound=StrEnum)
NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
HEADER = (
    "started_at,duration_min,severity,muscle,side,context,triggers,relief,"
    "relief_helped,sleep_disturbance,notes"
)
GOOD_ROW = "2024-05-01T23:40:00+02:00,1.5,7,calf,left,sleep,heat;alcohol,stretching,yes,6,ok"


def parse(text: str) -> list[Episode]:
    return parse_episodes(text, now=NOW)


def problems_of(text: str) -> list[str]:
    with pytest.raises(CsvImportError) as caught:
        parse(text)
    return caught.value.problems


def to_csv(episodes: list[Episode], **options: object) -> str:
    stream = io.StringIO(newline="")
    write_episodes(episodes, stream, **options)  # type: ignore[arg-type]
    return stream.getvalue()


def test_a_good_row_becomes_an_episode() -> None:
    [episode] = parse(f"{HEADER}\n{GOOD_ROW}\n")
    assert episode == Episode(
        started_at=dt.datetime(2024, 5, 1, 23, 40, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        duration_s=90,
        severity=7,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
        sleep_disturbance=6,
        triggers=frozenset({Trigger.HEAT, Trigger.ALCOHOL}),
        relief=frozenset({Relief.STRETCHING}),
        relief_helped=ReliefHelped.YES,
        notes="ok",
        logged_late=False,
    )
    assert episode.started_at.utcoffset() == dt.timedelta(hours=2)


def test_optional_cells_may_be_empty_and_columns_in_any_order() -> None:
    text = (
        "notes,severity,started_at,duration_min,muscle,side,context,triggers,relief,"
        "relief_helped,sleep_disturbance\n"
        ",3,2024-05-01T08:00Z,0.25,Foot, both ,rest,,,,\n"
    )
    [episode] = parse(text)
    assert episode.duration_s == 15
    assert (episode.muscle, episode.side) == (Muscle.FOOT, Side.BOTH)
    assert episode.sleep_disturbance is None and episode.relief_helped is None
    assert episode.triggers == frozenset() and episode.notes == ""


def test_a_time_without_offset_is_local_time_of_that_date() -> None:
    [episode] = parse(f"{HEADER}\n2024-01-15T03:00,1,5,calf,left,sleep,,,,,\n")
    expected = dt.datetime(2024, 1, 15, 3, 0).astimezone()
    assert episode.started_at == expected
    assert episode.started_at.utcoffset() == expected.utcoffset()
    assert episode.started_at.replace(tzinfo=None) == dt.datetime(2024, 1, 15, 3, 0)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
def test_local_time_uses_the_offset_in_force_on_that_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        winter, summer = parse(
            f"{HEADER}\n2024-01-15T03:00,1,5,calf,left,sleep,,,,,\n"
            "2024-07-15T03:00,1,5,calf,left,sleep,,,,,\n"
        )
    finally:
        monkeypatch.undo()
        time.tzset()
    assert winter.started_at.utcoffset() == dt.timedelta(hours=1)
    assert summer.started_at.utcoffset() == dt.timedelta(hours=2)


def test_the_examples_in_the_documentation_import() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "csv-format.md"
    blocks = re.findall(r"```csv\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)
    assert [len(parse(block)) for block in blocks] == [3, 2, 1]


def test_bom_and_semicolons_and_decimal_comma_as_spreadsheets_write_them() -> None:
    text = (
        HEADER.replace(",", ";")
        + "\r\n"
        + '2024-05-01T23:40:00+02:00;1,5;7;calf;left;sleep;"heat;alcohol";stretching;yes;6;'
        + '"first line\r\nsecond; line, with ""quotes"""\r\n'
    )
    [episode] = read_episodes(text.encode("utf-8-sig"), now=NOW)
    assert episode.duration_s == 90
    assert episode.triggers == frozenset({Trigger.HEAT, Trigger.ALCOHOL})
    assert episode.notes == 'first line\r\nsecond; line, with "quotes"'


def test_read_episodes_reads_a_path(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(f"{HEADER}\n{GOOD_ROW}\n", encoding="utf-8")
    assert len(read_episodes(path, now=NOW)) == 1


def test_delimiter_comes_from_the_header_line() -> None:
    assert detect_delimiter("a;b;c\n1,5;2;3") == ";"
    assert detect_delimiter("\ufeffa,b,c\n1;2;3,4") == ","


def test_text_that_is_not_utf8_asks_to_save_as_utf8() -> None:
    data = f"{HEADER}\n{GOOD_ROW[:-3]},Wadenkrampf nach dem Laufen, sehr \xfcbel\n".encode("cp1252")
    with pytest.raises(CsvImportError) as caught:
        read_episodes(data, now=NOW)
    [message] = caught.value.problems
    assert "save it as utf-8" in message.lower()
    assert "line 2" in message


def test_quoted_newlines_keep_row_numbers_as_a_spreadsheet_counts_them() -> None:
    text = f'{HEADER}\n{GOOD_ROW[:-3]},"a\nb\nc"\n2024-05-01T23:40,1,7,knee,left,sleep,,,,,\n'
    assert problems_of(text) == [
        "row 3: muscle: unknown code 'knee'; use one of: "
        "calf | foot | toes | shin | thigh-front | thigh-back | other"
    ]


def test_unknown_code_in_a_list_names_the_row_and_the_code() -> None:
    text = f"{HEADER}\n{GOOD_ROW}\n{GOOD_ROW.replace('heat;alcohol', 'heat;wine')}\n"
    [problem] = problems_of(text)
    assert problem.startswith("row 3: triggers: unknown code 'wine'")


def test_future_time_and_long_duration_are_refused_by_validation() -> None:
    future = (NOW + dt.timedelta(days=1)).isoformat()
    text = (
        f"{HEADER}\n{future},1,5,calf,left,sleep,,,,,\n"
        f"2024-05-01T23:40,1441,5,calf,left,sleep,,,,,\n"
        f"2024-05-01T23:40,-1,5,calf,left,sleep,,,,,\n"
    )
    problems = problems_of(text)
    assert problems[0].startswith("row 2: started_at: The start time is in the future")
    assert problems[1].startswith("row 3: duration_min: A cramp cannot last more than 24 hours")
    assert problems[2].startswith("row 4: duration_min: The duration cannot be negative")
    assert len(problems) == 3


def test_relief_none_with_an_answer_to_whether_it_helped_is_refused_by_row() -> None:
    none_helped = GOOD_ROW.replace(",stretching,yes,", ",none,yes,")
    text = (
        f"{HEADER}\n{GOOD_ROW}\n{none_helped}\n{GOOD_ROW.replace(',stretching,yes,', ',none,,')}\n"
    )
    [problem] = problems_of(text)
    assert problem == (
        "row 3: relief_helped: Nothing was tried, so whether it helped must be left empty. "
        "Empty it, or choose what was tried."
    )


def test_exactly_24_hours_is_allowed() -> None:
    [episode] = parse(f"{HEADER}\n2024-05-01T23:40,1440,5,calf,left,sleep,,,,,\n")
    assert episode.duration_s == 24 * 3600


def test_all_problems_of_all_rows_are_reported_together() -> None:
    text = (
        f"{HEADER}\n"
        f"{GOOD_ROW}\n"
        "yesterday,abc,11,knee,up,sleep,,,maybe,x,\n"
        f"{GOOD_ROW}\n"
        "2024-05-01T23:40,1,5,calf,left\n"
        "\n"
        f"{GOOD_ROW}\n"
        "2024-05-01T23:40,1,,calf,left,nap,,teleport,,,\n"
    )
    problems = problems_of(text)
    row3 = [p for p in problems if p.startswith("row 3: ")]
    assert {p.split(":")[1].strip() for p in row3} == {
        "started_at",
        "duration_min",
        "severity",
        "muscle",
        "side",
        "relief_helped",
        "sleep_disturbance",
    }
    assert "row 5: has 5 values but the first row names 11 columns" in problems
    row8 = [p for p in problems if p.startswith("row 8: ")]
    assert [p.split(":")[1].strip() for p in row8] == ["severity", "context", "relief"]
    assert len(problems) == len(row3) + 1 + len(row8)


def test_the_list_of_problems_is_capped() -> None:
    rows = "\n".join("2024-05-01T23:40,1,5,knee,left,sleep,,,,," for _ in range(120))
    problems = problems_of(f"{HEADER}\n{rows}\n")
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1] == "... and 70 more problems"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (HEADER + ",colour", "row 1: unknown columns: colour"),
        (HEADER.replace("severity,", ""), "row 1: missing columns: severity"),
        (HEADER + ",notes", "row 1: columns named twice: notes"),
        ("date,minutes,how bad", "row 1: unknown columns: date, minutes, how bad"),
    ],
)
def test_a_wrong_header_is_named(header: str, expected: str) -> None:
    problems = problems_of(f"{header}\n{GOOD_ROW}\n")
    assert expected in problems
    assert problems[-1].startswith("row 1: the columns must be: started_at, duration_min")


@pytest.mark.parametrize("text", ["", "\ufeff", "\n\n", " , ,\n"])
def test_an_empty_file_is_refused(text: str) -> None:
    assert problems_of(text) == ["row 1: the file is empty; the first row must name the columns"]


def test_a_column_without_a_name_is_named_as_such() -> None:
    problems = problems_of(f"{HEADER},,colour\n{GOOD_ROW},,\n")
    assert problems[0] == "row 1: unknown columns: (a column without a name), colour"


def test_a_header_only_file_gives_no_episodes() -> None:
    assert parse(HEADER + "\n") == []


def test_soreness_and_symptoms_columns_are_optional_extras() -> None:
    text = f"{HEADER},soreness,symptoms\n{GOOD_ROW},next-day,numbness;swelling\n"
    [episode] = parse(text)
    assert episode.soreness is Soreness.NEXT_DAY
    assert episode.symptoms == frozenset({Symptom.NUMBNESS, Symptom.SWELLING})


def test_export_writes_the_documented_columns_with_offsets() -> None:
    [episode] = parse(f"{HEADER}\n{GOOD_ROW}\n")
    text = to_csv([replace(episode, notes='say "hi", then\nleave')])
    lines = text.split("\r\n")
    assert lines[0] == ",".join(EXPORT_COLUMNS)
    assert lines[1].startswith(
        "2024-05-01T23:40:00+02:00,1.5,7,calf,left,sleep,alcohol;heat,stretching,yes,6,,,"
    )
    assert '"say ""hi"", then\nleave"' in text
    assert not text.startswith("\ufeff")
    assert to_csv([], bom=True) == "\ufeff" + ",".join(EXPORT_COLUMNS) + "\r\n"


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0"), (60, "1"), (90, "1.5"), (100, "1.67"), (86400, "1440")]
)
def test_durations_are_written_as_short_minutes(seconds: int, text: str) -> None:
    assert format_duration_min(seconds) == text


# --- property tests ---------------------------------------------------------------------

offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
)
notes = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=["Cs"]),
        st.sampled_from([",", ";", '"', "\n", "\r", " ", "Ж", "ą", "漢", "🦵"]),
    ),
    max_size=80,
)


def code_sets(kind: type[CodeT]) -> st.SearchStrategy[frozenset[CodeT]]:
    return st.frozensets(st.sampled_from(list(kind)))


episodes = st.builds(
    Episode,
    started_at=st.builds(
        lambda naive, zone: naive.replace(tzinfo=zone),
        st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2025, 5, 30)),
        offsets,
    ),
    duration_s=st.integers(min_value=0, max_value=24 * 3600),
    severity=st.integers(min_value=0, max_value=10),
    muscle=st.sampled_from(list(Muscle)),
    side=st.sampled_from(list(Side)),
    context=st.sampled_from(list(Context)),
    sleep_disturbance=st.none() | st.integers(min_value=0, max_value=10),
    soreness=st.none() | st.sampled_from(list(Soreness)),
    triggers=code_sets(Trigger),
    relief=code_sets(Relief),
    relief_helped=st.none() | st.sampled_from(list(ReliefHelped)),
    symptoms=code_sets(Symptom),
    notes=notes,
    logged_late=st.just(False),
).filter(lambda e: not (e.relief == {Relief.NONE} and e.relief_helped is not None))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(episodes, max_size=8),
    st.sampled_from([",", ";"]),
    st.booleans(),
)
def test_export_then_import_gives_the_same_episodes(
    originals: list[Episode], delimiter: str, bom: bool
) -> None:
    data = to_csv(originals, delimiter=delimiter, bom=bom).encode("utf-8")
    back = read_episodes(data, now=NOW)
    assert back == originals
    assert [e.started_at.utcoffset() for e in back] == [e.started_at.utcoffset() for e in originals]
    assert [e.notes for e in back] == [e.notes for e in originals]


@settings(max_examples=300)
@given(st.binary(max_size=300))
def test_random_bytes_give_episodes_or_a_csv_import_error(data: bytes) -> None:
    try:
        read_episodes(data, now=NOW)
    except CsvImportError as error:
        assert error.problems


cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "calf",
            "sleep",
            "1e999999",
            "NaN",
            "-0",
            "9999-12-31T23:59",
            "0001-01-01T00:00",
            "2024-01-01T00:00+23:59",
            "2024-01-01T00:00:00+01:00:30",
            "heat;;heat",
            '"',
            "10",
        ]
    ),
)


@settings(max_examples=300)
@given(st.lists(st.lists(cells, min_size=9, max_size=13), max_size=5), st.sampled_from(",;"))
def test_random_rows_under_a_good_header_never_crash(rows: list[list[str]], sep: str) -> None:
    text = "\n".join([HEADER.replace(",", sep)] + [sep.join(row) for row in rows])
    try:
        parse(text)
    except CsvImportError as error:
        assert all(problem.startswith("row ") for problem in error.problems)


def test_notes_longer_than_the_csv_modules_default_limit_survive() -> None:
    [episode] = parse(f"{HEADER}\n{GOOD_ROW}\n")
    long_note = 'x, y; "z"\n' * 30_000  # 300,000 characters
    [back] = parse(to_csv([replace(episode, notes=long_note)]))
    assert back.notes == long_note
