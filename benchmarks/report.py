"""Benchmark: the doctor report (issue targets in brackets).

    .venv/bin/python benchmarks/report.py [--rows N] [--years N] [--repeat N] [--profile]

Prints: (a) about 365 episodes (the report tests' sample log, tests/report/sample_data.py)
with every section, in-process [< 1 s];
(b) the command a user runs: `cramp-desktop export-pdf` over N (8) years holding N
(10,000) episodes, every section, in a new process timed whole (start, imports, reading
the database, layout, writing the file), with the peak memory of that process
[< 300 MiB]; against the floor: reportlab alone laying out the same rows as plain tables
of 45 rows each (plain strings, same column widths, same font), with the ratio [<= 2x].
Each case runs in its own process, so peaks do not mix. --profile runs the command once
more in-process under cProfile and prints where its time goes. Asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from import_history import generate_episodes  # noqa: E402

from tests.report.sample_data import (  # noqa: E402
    GENERATED,
    LAST_DAY,
    sample_assessments,
    sample_log,
    sample_medications,
)

ROWS = 10_000
YEARS = 8
YEAR_LOG_DAYS = 745  # 366 episodes with seed 1
FLOOR_ROWS_PER_TABLE = 45


def _year_data() -> Any:
    """The tests' generator (cramps on about a third of the days): YEAR_LOG_DAYS days hold
    about 365 episodes."""
    from cramp_desktop.core.stats import Period
    from cramp_desktop.report.model import ReportData, ReportOptions

    episodes, records = sample_log(YEAR_LOG_DAYS)
    return ReportData(
        ReportOptions(Period.ending(LAST_DAY, YEAR_LOG_DAYS)),
        GENERATED,
        "0.1.0",
        episodes,
        records,
        sample_medications(),
        sample_assessments(),
    )


def _large_data(rows: int, years: int, sections: Any) -> Any:
    """`rows` episodes over `years` years (the History benchmark's generator), one period."""
    from cramp_desktop.core.stats import Period
    from cramp_desktop.report.model import ReportData, ReportOptions

    episodes = generate_episodes(rows, years=years)
    period = Period(episodes[0].started_at.date(), episodes[-1].started_at.date())
    generated = dt.datetime.combine(
        period.last + dt.timedelta(days=1), dt.time(9), GENERATED.tzinfo
    )
    return ReportData(
        ReportOptions(period, sections),
        generated,
        "0.1.0",
        tuple(episodes),
        (),
        sample_medications(),
        sample_assessments(),
    )


def _render(data: Any) -> tuple[float, int]:
    from cramp_desktop.report.document import render_report

    started = time.perf_counter()
    _pdf, pages = render_report(data)
    return time.perf_counter() - started, pages


def case_year() -> dict[str, float]:
    from cramp_desktop.core.stats import episodes_in

    data = _year_data()
    episodes = len(episodes_in(data.episodes, data.options.period))
    cold, pages = _render(data)  # the first report of a process: fonts and imports
    warm = min(_render(data)[0] for _ in range(3))
    return {"episodes": episodes, "cold": cold, "warm": warm, "pages": pages}


def _command_data(data_dir: Path, rows: int, years: int) -> tuple[dt.date, dt.date]:
    """A data folder as a user would have it after `years` years: `rows` episodes, "no
    cramps" mornings on a third of the days without one, the sample medicines and
    checklists. Returns the first and last day of the period."""
    from cramp_desktop.paths import DataPaths
    from cramp_desktop.storage.database import open_database
    from cramp_desktop.storage.repositories import Repositories

    episodes = generate_episodes(rows, years=years)
    first, last = episodes[0].started_at.date(), episodes[-1].started_at.date()
    with open_database(DataPaths(data_dir)) as database:
        repositories = Repositories.for_database(database)
        repositories.episodes.add_many(episodes)
        cramp_days = {episode.started_at.date() for episode in episodes}
        day = first
        while day <= last:
            if day not in cramp_days and day.toordinal() % 3 == 0:
                repositories.days.mark_no_cramps(day)
            day += dt.timedelta(days=1)
        for medication in sample_medications():
            repositories.medications.add(medication)
        for assessment in sample_assessments():
            repositories.assessments.save(assessment)
    return first, last


def _export_pdf_command(data_dir: Path, first: dt.date, last: dt.date, out: Path) -> list[str]:
    return [
        *("--data-dir", str(data_dir), "export-pdf", str(out)),
        *("--from", first.isoformat(), "--to", last.isoformat(), "--lang", "en"),
        *("--paper", "a4", "--name", "Benchmark Patient"),
    ]


def case_command(rows: int, years: int) -> dict[str, float]:
    """`cramp-desktop export-pdf` in a new process, timed whole, every section."""
    with tempfile.TemporaryDirectory(prefix="cramp-report-") as scratch:
        data_dir = Path(scratch) / "data"
        first, last = _command_data(data_dir, rows, years)
        out = Path(scratch) / "report.pdf"
        command = [sys.executable, "-m", "cramp_desktop"]
        command += _export_pdf_command(data_dir, first, last, out)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        started = time.perf_counter()
        result = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        pages = float(result.stdout.rsplit("pages: ", 1)[-1].split(")")[0])
        return {
            "seconds": seconds,
            "pages": pages,
            "peak": peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024,
            "bytes": out.stat().st_size,
        }


def profile_command(rows: int, years: int, top: int = 30) -> None:
    """The same command in this process under cProfile: where the time goes."""
    from cramp_desktop.cli import main as cli_main

    with tempfile.TemporaryDirectory(prefix="cramp-report-") as scratch:
        data_dir = Path(scratch) / "data"
        first, last = _command_data(data_dir, rows, years)
        argv = _export_pdf_command(data_dir, first, last, Path(scratch) / "report.pdf")
        profiler = cProfile.Profile()
        profiler.runcall(cli_main, argv)
    stats = pstats.Stats(profiler)
    print(f"\nprofile of export-pdf ({rows:,} episodes, {years} years): own time, top {top}")
    stats.sort_stats("tottime").print_stats(top)
    print(f"cumulative time, top {top}")
    stats.sort_stats("cumulative").print_stats(top)


def case_floor(rows: int, years: int) -> dict[str, float]:
    """reportlab alone: the appendix's rows as plain strings in tables of 45 rows each."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from cramp_desktop.report import appendix
    from cramp_desktop.report.context import ReportContext
    from cramp_desktop.report.document import MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_TOP, PAGE_SIZES
    from cramp_desktop.report.locale import ReportLocale
    from cramp_desktop.report.model import ReportSection
    from cramp_desktop.report.styles import FONT, make_styles

    data = _large_data(rows, years, frozenset({ReportSection.APPENDIX}))
    size = PAGE_SIZES[data.options.paper]
    width = size[0] - 2 * MARGIN_SIDE
    context = ReportContext.create(data, ReportLocale("en"), make_styles(), width, lambda: None)
    episodes = sorted(data.episodes, key=lambda e: e.started_at)
    table = appendix.EpisodeTable(context, episodes)
    header = [context.tr(column) for column in appendix.COLUMNS]
    # The appendix's own cells, wrapped as it wraps them; the notes as plain, unwrapped text.
    rows = [row for chunk in table.flowables() for row in chunk.rows]
    cells = [
        [*row[: appendix.NOTES], episode.notes] for row, episode in zip(rows, episodes, strict=True)
    ]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), FONT, appendix.FONT_SIZE, appendix.LEADING),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    started = time.perf_counter()
    story = [
        Table([header, *cells[i : i + FLOOR_ROWS_PER_TABLE]], colWidths=table.widths, style=style)
        for i in range(0, len(cells), FLOOR_ROWS_PER_TABLE)
    ]
    document = SimpleDocTemplate(
        BytesIO(),
        pagesize=size,
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        invariant=1,
    )
    document.build(story)
    return {"seconds": time.perf_counter() - started, "pages": document.page}


def _run(case: str, rows: int, years: int, repeat: int) -> dict[str, float]:
    """The case run `repeat` times, each in a new process: the fastest run's figures
    (other load on the machine only ever slows a run down)."""
    command = [sys.executable, __file__, "--case", case, "--rows", str(rows)]
    command += ["--years", str(years)]
    runs = []
    for _ in range(repeat):
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    fastest: dict[str, float] = min(runs, key=lambda run: run.get("seconds", run.get("warm", 0)))
    return fastest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--years", type=int, default=YEARS)
    parser.add_argument("--repeat", type=int, default=2, help="runs per case (fastest counts)")
    parser.add_argument("--profile", action="store_true", help="profile export-pdf in-process")
    parser.add_argument("--case", choices=["year", "command", "floor"])
    args = parser.parse_args()
    if args.case:
        cases: dict[str, Callable[[], dict[str, float]]] = {
            "year": case_year,
            "command": lambda: case_command(args.rows, args.years),
            "floor": lambda: case_floor(args.rows, args.years),
        }
        print(json.dumps(cases[args.case]()))
        return

    year = _run("year", args.rows, args.years, args.repeat)
    floor = _run("floor", args.rows, args.years, args.repeat)
    command = _run("command", args.rows, args.years, args.repeat)
    print(f"(a) {year['episodes']:.0f} episodes, all sections, {year['pages']:.0f} pages [< 1 s]")
    print(f"    first report in the process:   {year['cold']:.2f} s (fonts, imports)")
    print(f"    later reports (best of 3):     {year['warm']:.2f} s")
    print(f"(b) {args.rows:,} episodes over {args.years} years, every section")
    print(
        f"    floor, plain tables of {FLOOR_ROWS_PER_TABLE} rows:  "
        f"{floor['seconds']:.2f} s ({floor['pages']:.0f} pages)"
    )
    print(
        f"    export-pdf, whole process:     {command['seconds']:.2f} s "
        f"({command['pages']:.0f} pages, {command['bytes'] / 2**20:.1f} MiB), "
        f"{command['seconds'] / floor['seconds']:.1f}x the floor [<= 2x]"
    )
    print(f"    peak RSS of export-pdf:        {command['peak']:.0f} MiB [< 300 MiB]")
    if args.profile:
        profile_command(args.rows, args.years)


if __name__ == "__main__":
    main()
