"""Benchmark: the History screen on 50,000 episodes (issue targets in brackets).

    .venv/bin/python benchmarks/history_screen.py [--rows N]

Prints: time to the first rows painted [< 150 ms], a filter change repainted [< 100 ms],
and the resident memory of the app with the screen open, against the same with an
empty database [< 100 MiB more]. Each run is a process of its own; the times are the
median of --runs runs (with their range), as one run on a busy machine says little.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from import_history import prepare_database


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_in_this_process(data_dir: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from cramp_desktop.core.episodes import Muscle
    from cramp_desktop.paths import DataPaths
    from cramp_desktop.storage.database import open_database
    from cramp_desktop.storage.repositories import Repositories
    from cramp_desktop.ui.common import DataEvents
    from cramp_desktop.ui.history import HistoryScreen

    app = QApplication([])
    database = open_database(DataPaths(data_dir))
    repositories = Repositories.for_database(database)
    settings = QSettings(str(data_dir / "bench.ini"), QSettings.Format.IniFormat)

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    def until_painted(watch: PaintWatch) -> None:
        watch.painted = False
        while not watch.painted:
            app.processEvents()

    started = time.perf_counter()
    screen = HistoryScreen(repositories, DataEvents(), settings)
    watch = PaintWatch()
    screen.table.viewport().installEventFilter(watch)
    screen.resize(1200, 800)
    screen.show()
    until_painted(watch)
    first_rows = time.perf_counter() - started
    rows = screen.model.rowCount()

    combo = screen.filters.muscle
    started = time.perf_counter()
    combo.setCurrentIndex(combo.findData(Muscle.FOOT))
    until_painted(watch)
    filter_change = time.perf_counter() - started
    for _ in range(20):
        app.processEvents()
    figures = {
        "rows": rows,
        "first_rows_ms": first_rows * 1000,
        "filter_ms": filter_change * 1000,
        "rss_mib": _rss_mib(),
    }
    # Destroy the screen and close the data while Qt still runs (as the app's shutdown
    # does): left to the interpreter's exit, they can go after QApplication and crash.
    screen.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    database.close()
    return figures


def run_case(data_dir: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--measure", str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_in_this_process(args.measure)))
        return 0
    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as full:
        prepare_database(Path(empty), rows=0)
        prepare_database(Path(full), rows=args.rows)
        baseline = run_case(Path(empty))
        runs = [run_case(Path(full)) for _ in range(max(1, args.runs))]
    loaded = runs[-1]

    def median(key: str) -> str:
        values = sorted(run[key] for run in runs)
        middle = statistics.median(values)
        return f"{middle:7.1f} ms (runs {values[0]:.0f}–{values[-1]:.0f})"

    print(f"History screen on {int(loaded['rows']):,} episodes (offscreen), {len(runs)} runs")
    print(f"  first rows painted   {median('first_rows_ms')}   [target < 150 ms]")
    print(f"  filter change        {median('filter_ms')}   [target < 100 ms]")
    extra = loaded["rss_mib"] - baseline["rss_mib"]
    print(
        f"  memory               {loaded['rss_mib']:7.1f} MiB, {extra:+.1f} MiB over an empty "
        f"database ({baseline['rss_mib']:.1f} MiB)   [target < 100 MiB more]"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
