"""Benchmark: import-csv of 50,000 episodes (or --rows N; the target is 200,000 rows in
under 30 s and under 200 MB), the way the command does it: the file read as a stream and
inserted in batches in one transaction, in a fresh process whose peak memory is measured.

    .venv/bin/python benchmarks/import_history.py [--rows N] [--keep DIR]

Prints figures, asserts nothing. `prepare_database(data_dir)` builds the same data for
other benchmarks (the History screen on 50,000 episodes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
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
    return list(iter_generated_episodes(rows, seed, years))


def iter_generated_episodes(
    rows: int = ROWS, seed: int = SEED, years: int = YEARS
) -> Iterator[Episode]:
    """generate_episodes one at a time (a file of any size without holding it)."""
    rng = random.Random(seed)
    span_s = years * 365 * 24 * 3600
    start = END - dt.timedelta(seconds=span_s)
    moments = sorted(rng.randrange(span_s) for _ in range(rows))
    for offset_s in moments:
        moment = start + dt.timedelta(seconds=offset_s)
        night = rng.random() < 0.7
        if night:  # most cramps come between 1 and 5 at night
            moment = moment.replace(hour=rng.randint(1, 5))
        relief = frozenset(rng.sample(list(Relief), rng.randint(0, 2)))
        helped = rng.choice([None, *ReliefHelped])
        yield (
            Episode(
                started_at=moment.replace(microsecond=0),
                duration_s=int(rng.lognormvariate(4.5, 0.8)) % (3 * 3600),
                severity=min(10, max(0, round(rng.gauss(5.5, 2)))),
                muscle=rng.choices(list(Muscle), weights=[60, 15, 8, 5, 4, 6, 2])[0],
                side=rng.choice(list(Side)),
                context=Context.SLEEP if night else rng.choice(list(Context)),
                sleep_disturbance=rng.randint(0, 10) if night else None,
                triggers=frozenset(rng.sample(list(Trigger), rng.randint(0, 3))),
                relief=relief,
                # nothing tried cannot have helped (validation refuses it)
                relief_helped=None if relief == {Relief.NONE} else helped,
                notes=rng.choice(NOTES),
            )
        )


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


def import_in_this_process(csv_file: Path, data_dir: Path) -> dict[str, float]:
    """What `cramp-desktop import-csv` does, timed: returns rows, seconds (wall clock and
    CPU) and peak RSS."""
    from cramp_desktop.core.csv_io import iter_episodes
    from cramp_desktop.paths import DataPaths
    from cramp_desktop.storage.database import open_database
    from cramp_desktop.storage.repositories import Repositories

    now = END + dt.timedelta(days=1)
    with open_database(DataPaths(data_dir)) as database:
        rss_before = _peak_rss_mib()
        started, cpu_started = time.perf_counter(), time.process_time()
        count = Repositories.for_database(database).episodes.add_stream(
            iter_episodes(csv_file, now=now)
        )
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "rows": count,
        "seconds": seconds,
        "cpu": cpu,
        "rss": _peak_rss_mib(),
        "rss_open": rss_before,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--keep", type=Path, help="import into DIR and keep it")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # the measured import, in a process of its own
        print(json.dumps(import_in_this_process(*args.child)))
        return

    with tempfile.TemporaryDirectory() as scratch:
        csv_file = Path(scratch) / "episodes.csv"
        with csv_file.open("w", encoding="utf-8", newline="") as stream:
            write_episodes(iter_generated_episodes(args.rows), stream)
        data_dir = args.keep or Path(scratch) / "data"
        result = subprocess.run(
            [sys.executable, __file__, "--child", str(csv_file), str(data_dir)],
            capture_output=True,
            text=True,
            check=True,
        )
        figures = json.loads(result.stdout)
        database = data_dir / "cramp.db"
        size_mib = database.stat().st_size / 2**20
        rate = figures["rows"] / figures["seconds"]
        csv_mib = csv_file.stat().st_size / 2**20
        print(f"rows:            {figures['rows']:,} ({csv_mib:.1f} MiB of CSV)")
        print(f"import:          {figures['seconds']:.2f} s ({rate:,.0f} rows/s), a stream in one")
        print("                 transaction, as import-csv does it [200,000 rows: < 30 s]")
        print(f"  CPU time:      {figures['cpu']:.2f} s (steadier on a busy machine)")
        print(f"peak RSS:        {figures['rss']:.0f} MiB, the whole process [< 200 MB]")
        print(f"  before import: {figures['rss_open']:.0f} MiB (Python, SQLAlchemy, the open data)")
        print(f"database file:   {size_mib:.1f} MiB")
        if args.keep:
            print(f"kept in:         {database}")


if __name__ == "__main__":
    main()
