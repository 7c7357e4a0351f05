"""Benchmark: the doctor report (issue targets in brackets).

    .venv/bin/python benchmarks/report.py [--rows N] [--repeat N]

Prints: (a) about 365 episodes (the report tests' sample log, tests/report/sample_data.py)
with every section, in-process [< 1 s];
(b) N (10,000) episodes with the full appendix, against the floor: reportlab laying out
the same rows as plain tables of 45 rows each (plain strings, same column widths, same
font), with the ratio [<= 3x] and the peak memory of the process [< 300 MiB]. Each case
runs in its own process, so peaks do not mix. Asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
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
YEAR_LOG_DAYS = 745  # 366 episodes with seed 1
FLOOR_ROWS_PER_TABLE = 45


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


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


def _large_data(rows: int, sections: Any) -> Any:
    """`rows` episodes over three years (the History benchmark's generator), one period."""
    from cramp_desktop.core.stats import Period
    from cramp_desktop.report.model import ReportData, ReportOptions

    episodes = generate_episodes(rows)
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


def case_large(rows: int, appendix_only: bool) -> dict[str, float]:
    from cramp_desktop.report.model import ReportSection

    sections = frozenset({ReportSection.APPENDIX}) if appendix_only else frozenset(ReportSection)
    data = _large_data(rows, sections)
    seconds, pages = _render(data)
    return {"seconds": seconds, "pages": pages, "peak": _peak_rss_mib()}


def case_floor(rows: int) -> dict[str, float]:
    """reportlab alone: the appendix's rows as plain strings in tables of 45 rows each."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from cramp_desktop.report import appendix
    from cramp_desktop.report.context import ReportContext
    from cramp_desktop.report.document import MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_TOP, PAGE_SIZES
    from cramp_desktop.report.locale import ReportLocale
    from cramp_desktop.report.model import ReportSection
    from cramp_desktop.report.styles import FONT, make_styles

    data = _large_data(rows, frozenset({ReportSection.APPENDIX}))
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


def _run(case: str, rows: int, repeat: int) -> dict[str, float]:
    """The case run `repeat` times, each in a new process: the fastest run's figures
    (other load on the machine only ever slows a run down)."""
    command = [sys.executable, __file__, "--case", case, "--rows", str(rows)]
    runs = []
    for _ in range(repeat):
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    fastest: dict[str, float] = min(runs, key=lambda run: run.get("seconds", run.get("warm", 0)))
    return fastest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--repeat", type=int, default=2, help="runs per case (fastest counts)")
    parser.add_argument("--case", choices=["year", "appendix", "all", "floor"])
    args = parser.parse_args()
    if args.case:
        cases: dict[str, Callable[[], dict[str, float]]] = {
            "year": case_year,
            "appendix": lambda: case_large(args.rows, appendix_only=True),
            "all": lambda: case_large(args.rows, appendix_only=False),
            "floor": lambda: case_floor(args.rows),
        }
        print(json.dumps(cases[args.case]()))
        return

    year = _run("year", args.rows, args.repeat)
    floor = _run("floor", args.rows, args.repeat)
    appendix = _run("appendix", args.rows, args.repeat)
    everything = _run("all", args.rows, args.repeat)
    print(f"(a) {year['episodes']:.0f} episodes, all sections, {year['pages']:.0f} pages [< 1 s]")
    print(f"    first report in the process:   {year['cold']:.2f} s (fonts, imports)")
    print(f"    later reports (best of 3):     {year['warm']:.2f} s")
    print(f"(b) {args.rows:,} episodes, full appendix")
    print(
        f"    floor, plain tables of {FLOOR_ROWS_PER_TABLE} rows:  "
        f"{floor['seconds']:.2f} s ({floor['pages']:.0f} pages)"
    )
    print(
        f"    appendix only:                 {appendix['seconds']:.2f} s "
        f"({appendix['pages']:.0f} pages), {appendix['seconds'] / floor['seconds']:.1f}x "
        "the floor [<= 3x]"
    )
    print(
        f"    every section:                 {everything['seconds']:.2f} s "
        f"({everything['pages']:.0f} pages), {everything['seconds'] / floor['seconds']:.1f}x "
        "the floor"
    )
    print(f"    peak RSS of the process:       {appendix['peak']:.0f} MiB appendix only, "
          f"{everything['peak']:.0f} MiB every section [< 300 MiB]")  # fmt: skip


if __name__ == "__main__":
    main()
