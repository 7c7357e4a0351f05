"""The streamed import (add_stream, the driver's executemany) stores exactly what the
repository's normal add stores, keeps all rows or none, and passes the row guard."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

from cramp_desktop.core.csv_io import CsvImportError, iter_episodes, read_episodes, write_episodes
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
from cramp_desktop.paths import DataPaths
from cramp_desktop.storage.database import Database, open_database
from cramp_desktop.storage.errors import InvalidRecordError
from cramp_desktop.storage.repositories import EpisodeRepository
from tests.storage.conftest import dump, make_episode

NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)
OFFSETS = [dt.timedelta(minutes=m) for m in (0, 60, -720, 840, 345, -210, 570)]
NOTES = [
    "",
    "woke me up",
    "Ж ąż 漢字 🦵",
    "=SUM(A1:A9)",
    "+49 170",
    "-3 °C",
    "@home",
    "\tindented",
    "'an apostrophe",
    "''=twice",
    'quotes "inside", commas; semicolons',
    "two\nlines",
    "  spaced  ",
]
DURATIONS_S = [0, 1, 29, 59, 60, 90, 599, 3599, 3600, 86_399, 86_400]
# Cells the writer never produces but a person or a spreadsheet does: naive and
# space-separated times, decimal commas, codes in capitals with spaces, fractions.
HAND_WRITTEN = [
    '2024-03-02T04:05,"1,5",3, CALF ,Left,SLEEP,Heat ; ALCOHOL ,none,,2,,,typed by hand',
    "2024-03-02 22:15:30.250000+05:30,.5,0,toes,both,rest,,,,,hours,,",
    "2024-03-03T01:00:00-03:00,2.,10,shin,right,standing,,massage,no,10,none,swelling,x",
    "2024-03-03T02:00+14:00,0.01,1,foot,left,exercise,other,other,yes,0,next-day,,",
]


def generated_episodes(count: int) -> list[Episode]:
    """Episodes that together hold every code of every field, every scale value, empty
    and full sets, durations at the edges, offsets from -12:00 to +14:00, microseconds,
    and notes a spreadsheet would run as formulas."""
    start = dt.datetime(2020, 2, 29, 23, 59, 58, 999_999)
    episodes = []
    for n in range(count):
        zone = dt.timezone(OFFSETS[n % len(OFFSETS)])
        relief = frozenset(itertools.islice(itertools.cycle(Relief), n % 9, n % 9 + n // 9 % 3))
        episodes.append(
            Episode(
                started_at=(start + dt.timedelta(hours=7 * n, seconds=n)).replace(tzinfo=zone),
                duration_s=DURATIONS_S[n % len(DURATIONS_S)],
                severity=n % 11,
                muscle=list(Muscle)[n % len(Muscle)],
                side=list(Side)[n % len(Side)],
                context=list(Context)[n % len(Context)],
                sleep_disturbance=[None, *range(11)][n % 12],
                soreness=[None, *Soreness][n % 4],
                triggers=frozenset(list(Trigger)[n % 10 : n % 10 + n % 4]),
                relief=relief,
                relief_helped=None if relief == {Relief.NONE} else [None, *ReliefHelped][n % 4],
                symptoms=frozenset(list(Symptom)[: n % 5]),
                notes=NOTES[n % len(NOTES)],
            )
        )
    return episodes


def test_the_generated_episodes_hold_every_code() -> None:
    episodes = generated_episodes(300)
    for field, kind in [
        ("muscle", Muscle),
        ("side", Side),
        ("context", Context),
        ("soreness", Soreness),
        ("relief_helped", ReliefHelped),
    ]:
        assert {getattr(e, field) for e in episodes} >= set(kind), field
    for field, kind in [("triggers", Trigger), ("relief", Relief), ("symptoms", Symptom)]:
        assert set().union(*(getattr(e, field) for e in episodes)) == set(kind), field
    assert {Relief.NONE} in [e.relief for e in episodes]


def write_csv(path: Path, episodes: list[Episode], extra_rows: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        write_episodes(episodes, stream)
        for row in extra_rows:
            stream.write(f"{row}\r\n\r\n")  # with a blank row after each
    return path


def stored_rows(database: Path, *, timestamps: bool) -> list[tuple[object, ...]]:
    """Every stored value with its SQLite type, in id order, as sqlite3 reads it."""
    with closing(sqlite3.connect(database)) as connection:
        names = [row[1] for row in connection.execute("PRAGMA table_info(episode)")]
        if not timestamps:
            names = [name for name in names if name not in ("created_at", "updated_at")]
        columns = ", ".join(f"{name}, typeof({name})" for name in names)
        return connection.execute(f"SELECT {columns} FROM episode ORDER BY id").fetchall()


def in_new_database(root: Path, store: str, episodes: list[Episode]) -> Path:
    """A new database under `root` holding `episodes` stored the way `store` names."""
    paths = DataPaths(root)
    with open_database(paths) as database:
        repository = EpisodeRepository(database)
        if store == "add":
            for episode in episodes:
                repository.add(episode)
        else:
            assert repository.add_stream(iter(episodes), batch_size=7) == len(episodes)
    return paths.database


def test_a_streamed_import_stores_what_add_stores(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", generated_episodes(300), HAND_WRITTEN)
    expected = read_episodes(source, now=NOW)
    assert len(expected) == 300 + len(HAND_WRITTEN)

    added = in_new_database(tmp_path / "added", "add", expected)
    paths = DataPaths(tmp_path / "streamed")
    with open_database(paths) as database:
        repository = EpisodeRepository(database)
        count = repository.add_stream(iter_episodes(source, now=NOW), batch_size=7)
        assert count == len(expected)
        # The row guard reads every stored row back as the episode that was imported.
        assert repository.unreadable() == []
        back = [
            dataclasses.replace(e, id=None, created_at=None, updated_at=None)
            for e in repository.all()
        ]
        assert Counter(back) == Counter(expected)

    assert stored_rows(paths.database, timestamps=False) == stored_rows(added, timestamps=False)


def test_given_ids_and_timestamps_are_stored_as_add_stores_them(tmp_path: Path) -> None:
    moments = [
        dt.datetime(2024, 5, 1, 23, 30, 0, 123_456, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        dt.datetime(2023, 1, 1, tzinfo=dt.UTC),
    ]
    episodes = [
        dataclasses.replace(
            episode,
            id=10 + 3 * n,
            created_at=moments[n % 2],
            updated_at=moments[(n + 1) % 2] + dt.timedelta(microseconds=n),
        )
        for n, episode in enumerate(generated_episodes(40))
    ]
    added = in_new_database(tmp_path / "added", "add", episodes)
    streamed = in_new_database(tmp_path / "streamed", "stream", episodes)
    assert stored_rows(streamed, timestamps=True) == stored_rows(added, timestamps=True)


def test_a_bad_last_row_after_full_batches_leaves_the_data_as_it_was(
    database: Database, tmp_path: Path
) -> None:
    repository = EpisodeRepository(database)
    repository.add_many([make_episode(notes="already there"), make_episode(severity=2)])
    before = dump(database.path)
    good = generated_episodes(1200)
    source = write_csv(tmp_path / "late.csv", good, ["2024-05-05T10:00,1,11,calf,left,rest,,,,,,,"])
    with pytest.raises(CsvImportError) as caught:
        repository.add_stream(iter_episodes(source, now=NOW), batch_size=500)
    assert caught.value.problems == ["row 1202: severity: Choose a severity from 0 to 10."]
    assert dump(database.path) == before


def test_a_value_the_database_refuses_late_in_the_stream_saves_nothing(
    database: Database,
) -> None:
    repository = EpisodeRepository(database)
    repository.add(make_episode())
    before = dump(database.path)
    # Past validation (not from a CSV file): the table's CHECK refuses it in batch 3.
    episodes = [*generated_episodes(250), make_episode(severity=99)]
    with pytest.raises(InvalidRecordError):
        repository.add_stream(episodes, batch_size=100)
    assert dump(database.path) == before
