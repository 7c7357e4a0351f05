"""Benchmark: import 50,000 episodes from CSV (parse and insert timed separately).

    .venv/bin/python benchmarks/import_history.py [--rows N] [--keep DIR]

Prints figures, asserts nothing. `prepare_database(data_dir)` builds the same data for
other benchmarks (the History screen on 50,000 episodes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from cramp_desktop.core.csv_io import write_episodes
from cramp_desktop.core.episodes import (
    Context,
    Episode,
    Muscle,
    Relief,
    ReliefHelped,
    Side,
    Trigger,
)

ROWS = 50_000
SEED = 20240501
YEARS = 3
END = dt.datetime(2025, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
NOTES = ["", "", "", "woke me up, walked it off", "after a long walk; hot day", "Ж ąż 漢字"]


def generate_episodes(rows: int = ROWS, seed: int = SEED, years: int = YEARS) -> list[Episode]:
    """`rows` plausible episodes over `years` years up to END, oldest first: mostly calf
    cramps at night."""
    rng = random.Random(seed)
    span_s = years * 365 * 24 * 3600
    start = END - dt.timedelta(seconds=span_s)
    moments = sorted(rng.randrange(span_s) for _ in range(rows))
    episodes = []
    for offset_s in moments:
        moment = start + dt.timedelta(seconds=offset_s)
        night = rng.random() < 0.7
        if night:  # most cramps come between 1 and 5 at night
            moment = moment.replace(hour=rng.randint(1, 5))
        episodes.append(
            Episode(
                started_at=moment.replace(microsecond=0),
                duration_s=int(rng.lognormvariate(4.5, 0.8)) % (3 * 3600),
                severity=min(10, max(0, round(rng.gauss(5.5, 2)))),
                muscle=rng.choices(list(Muscle), weights=[60, 15, 8, 5, 4, 6, 2])[0],
                side=rng.choice(list(Side)),
                context=Context.SLEEP if night else rng.choice(list(Context)),
                sleep_disturbance=rng.randint(0, 10) if night else None,
                triggers=frozenset(rng.sample(list(Trigger), rng.randint(0, 3))),
                relief=frozenset(rng.sample(list(Relief), rng.randint(0, 2))),
                relief_helped=rng.choice([None, *ReliefHelped]),
                notes=rng.choice(NOTES),
            )
        )
    return episodes


def generate_csv(rows: int = ROWS, seed: int = SEED) -> bytes:
    stream = io.StringIO(newline="")
    write_episodes(generate_episodes(rows, seed), stream)
    return stream.getvalue().encode("utf-8")


def prepare_database(data_dir: Path, rows: int = ROWS) -> Path:
    """Import the benchmark's episodes into a new database in `data_dir`; returns cramp.db."""
    from cramp_desktop.core.csv_io import read_episodes
    from cramp_desktop.paths import DataPaths
    from cramp_desktop.storage.database import open_database
    from cramp_desktop.storage.repositories import Repositories

    paths = DataPaths(data_dir)
    now = END + dt.timedelta(days=1)
    with open_database(paths) as database:
        Repositories.for_database(database).episodes.add_many(
            read_episodes(generate_csv(rows), now=now)
        )
    return paths.database


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--keep", type=Path, help="import into DIR and keep it")
    args = parser.parse_args()

    from cramp_desktop.core.csv_io import read_episodes
    from cramp_desktop.paths import DataPaths
    from cramp_desktop.storage.database import open_database
    from cramp_desktop.storage.repositories import Repositories

    data = generate_csv(args.rows)
    now = END + dt.timedelta(days=1)
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = args.keep or Path(scratch) / "data"
        paths = DataPaths(data_dir)
        database = open_database(paths)
        rss_before = _peak_rss_mib()

        started = time.perf_counter()
        episodes = read_episodes(data, now=now)
        parsed = time.perf_counter()
        Repositories.for_database(database).episodes.add_many(episodes)
        inserted = time.perf_counter()
        rss_after = _peak_rss_mib()
        database.close()

        del episodes
        tracemalloc.start()
        read_episodes(data, now=now)
        _, parse_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

        size_mib = paths.database.stat().st_size / 2**20
        print(f"rows:                  {args.rows:,} ({len(data) / 2**20:.1f} MiB of CSV)")
        print(f"parse + validate:      {parsed - started:.2f} s")
        print(f"insert, 1 transaction: {inserted - parsed:.2f} s")
        print(f"total:                 {inserted - started:.2f} s")
        print(f"database file:         {size_mib:.1f} MiB")
        print(f"peak RSS:              {rss_after:.0f} MiB (+{rss_after - rss_before:.0f} MiB)")
        print(f"parse peak (traced):   {parse_peak / 2**20:.0f} MiB of Python objects")
        if args.keep:
            print(f"kept in:               {paths.database}")


if __name__ == "__main__":
    main()
