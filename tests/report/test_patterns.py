"""The patterns section read back from the PDF (calendar, charts, tables, trigger
associations with the app's minimum-data rule), the calendar and chart helpers, layout."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from reportlab.graphics.shapes import Circle, Drawing, Rect, String

from cramp_desktop.core.episodes import DayRecord, Muscle, Relief, ReliefHelped, Side, Trigger
from cramp_desktop.core.labels import label
from cramp_desktop.core.stats import MIN_DAYS, Period, episodes_in, trigger_associations
from cramp_desktop.locales import day_month
from cramp_desktop.report.calendar_grid import (
    CRAMP_FILL,
    MAX_MONTHS,
    DayMarks,
    month_rows,
    months_of,
)
from cramp_desktop.report.charts import bar_chart, label_every, thinned
from cramp_desktop.report.document import render_report
from cramp_desktop.report.locale import ReportLocale
from cramp_desktop.report.model import Paper, ReportData, ReportSection
from cramp_desktop.report.styles import SHADE, register_fonts
from tests.report.conftest import MakeData, only, pdf_pages
from tests.report.test_summary import cells_after, lines_of, pages_with_ink_in_right_margin

PATTERNS = only(ReportSection.PATTERNS)
ASSOCIATION = "association, not cause"


def text_of(data: ReportData) -> str:
    return "\n".join(pdf_pages(render_report(data)[0]))


# -- trigger associations ----------------------------------------------------------------
def test_association_rows_only_for_triggers_with_enough_days(make_data: MakeData) -> None:
    data = make_data(days=90, sections=PATTERNS)
    period = data.options.period
    associations = trigger_associations(data.episodes, data.day_records, period)
    shown = {a.trigger for a in associations}
    noted = {t for e in episodes_in(data.episodes, period) for t in e.triggers}
    assert shown and noted - shown, "the fixture has triggers on both sides of MIN_DAYS"
    lines = lines_of(text_of(data))
    assert lines.count(ASSOCIATION) == len(associations)  # one mark on every row
    for item in associations:
        assert cells_after(lines, label(item.trigger), count=3) == [
            f"{item.cramp_days_with} of {item.days_with} "
            f"({round(100 * item.cramp_days_with / item.days_with)}%)",
            f"{item.cramp_days_without} of {item.days_without} "
            f"({round(100 * item.cramp_days_without / item.days_without)}%)",
            ASSOCIATION,
        ]
    too_little = ", ".join(label(t) for t in Trigger if t in noted - shown)
    joined = " ".join(lines)
    assert f"or without it): {too_little}." in joined
    assert f"at least {MIN_DAYS} logged days with it and {MIN_DAYS} without" in joined


def test_when_no_trigger_qualifies_the_report_says_which_had_too_little_data(
    make_data: MakeData,
) -> None:
    data = make_data(days=90, sections=PATTERNS)
    period = data.options.period
    chosen = sorted(episodes_in(data.episodes, period), key=lambda e: e.started_at)
    # Alcohol on two days only (fewer than MIN_DAYS), nothing else named.
    episodes = tuple(
        dataclasses.replace(
            e, triggers=frozenset({Trigger.ALCOHOL}) if i < MIN_DAYS - 1 else frozenset()
        )
        for i, e in enumerate(chosen)
    )
    data = dataclasses.replace(data, episodes=episodes)
    assert trigger_associations(data.episodes, data.day_records, period) == []
    text = " ".join(lines_of(text_of(data)))
    assert ASSOCIATION not in text
    assert f"No possible trigger had enough logged days to compare (at least {MIN_DAYS}" in text
    assert "or without it): Alcohol." in text


def test_triggers_noted_on_no_cramp_days_count_like_the_app(make_data: MakeData) -> None:
    data = make_data(days=30, sections=PATTERNS)
    period = data.options.period
    records = tuple(
        dataclasses.replace(r, triggers=frozenset({Trigger.CAFFEINE}))
        if isinstance(r, DayRecord) and r.day >= period.first
        else r
        for r in data.day_records
    )
    data = dataclasses.replace(data, day_records=records)
    associations = trigger_associations(data.episodes, data.day_records, period)
    caffeine = next(a for a in associations if a.trigger == Trigger.CAFFEINE)
    lines = lines_of(text_of(data))
    assert cells_after(lines, "Caffeine", count=1)[0].startswith(
        f"{caffeine.cramp_days_with} of {caffeine.days_with} "
    )


# -- calendar ----------------------------------------------------------------------------
def test_calendar_shows_every_month_of_the_period(make_data: MakeData) -> None:
    lines = lines_of(text_of(make_data(days=90, sections=PATTERNS)))
    months = ["August 2026", "September 2026", "October 2026", "November 2026"]
    assert [line for line in lines if line in months or line == "July 2026"] == months
    for legend in ("Cramp day", "Marked “no cramps”", "No record"):
        assert legend in lines


def test_calendar_of_a_long_period_shows_the_last_twelve_months_and_says_so(
    make_data: MakeData,
) -> None:
    data = make_data(days=500, sections=PATTERNS)
    lines = lines_of(text_of(data))
    names = [dt.date(2026, month, 1).strftime("%B") for month in range(1, 13)]
    titles = [line for line in lines if line.split(" ")[0] in names and len(line.split()) == 2]
    assert titles[0] == "December 2025" and titles[-1] == "November 2026"
    assert len(titles) == MAX_MONTHS
    months = len(months_of(data.options.period))
    assert f"The period covers {months} months; the calendar shows the last 12." in lines


def cell_kinds(drawing: Drawing) -> dict[int, str]:
    """Day number -> "cramp", "none" or "blank", from the shapes drawn for each day: the
    day's Rect (if any), then a dot for "no cramps", then the day number."""
    kinds: dict[int, str] = {}
    box: Rect | None = None
    dot = False
    for shape in drawing.contents:
        if isinstance(shape, Rect):
            box, dot = shape, False
        elif isinstance(shape, Circle):
            dot = True
        elif isinstance(shape, String) and shape.text.isdigit() and box is not None:
            if box.fillColor == CRAMP_FILL:
                kinds[int(shape.text)] = "cramp"
            else:
                kinds[int(shape.text)] = "none" if dot and box.fillColor == SHADE else "blank"
            box = None
        elif isinstance(shape, String) and shape.text.isdigit():
            kinds[int(shape.text)] = "outside"
    return kinds


@pytest.mark.parametrize(
    ("language", "first_weekday", "title"),
    [("en", "S", "March 2026"), ("pl", "P", "marzec 2026")],  # not the genitive "marca"
)
def test_calendar_cells_and_week_start_follow_the_data_and_locale(
    language: str, first_weekday: str, title: str
) -> None:
    register_fonts()
    period = Period(dt.date(2026, 3, 10), dt.date(2026, 3, 20))
    marks = DayMarks(
        cramp_days=frozenset({dt.date(2026, 3, 12)}),
        no_cramp_days=frozenset({dt.date(2026, 3, 13), dt.date(2026, 3, 14)}),
    )
    rows = month_rows(ReportLocale(language), period, marks, 480)
    drawing = rows[0]._cellvalues[0][0]
    kinds = cell_kinds(drawing)
    assert kinds[12] == "cramp"
    assert kinds[13] == kinds[14] == "none"
    assert kinds[15] == "blank"  # in the period, nothing logged: not a good day
    assert kinds[9] == kinds[21] == "outside"
    weekdays = [s.text for s in drawing.contents if isinstance(s, String) and len(s.text) == 1]
    assert weekdays[0] == first_weekday
    assert next(s.text for s in drawing.contents if isinstance(s, String)) == title


# -- tables and charts -------------------------------------------------------------------
def test_relief_table_counts_what_was_tried_and_whether_it_helped(make_data: MakeData) -> None:
    data = make_data(days=90, sections=PATTERNS)
    chosen = episodes_in(data.episodes, data.options.period)
    lines = lines_of(text_of(data))
    start = lines.index("Relief tried")
    for relief in (Relief.STRETCHING, Relief.WALKING):
        tried = [e for e in chosen if relief in e.relief]
        helped = Counter(e.relief_helped for e in tried)
        expected = [str(len(tried))] + [str(helped[o]) for o in (*ReliefHelped, None)]
        assert cells_after(lines, label(relief), count=5, start=start) == expected


def test_muscles_and_sides_table_adds_up(make_data: MakeData) -> None:
    data = make_data(days=90, sections=PATTERNS)
    chosen = episodes_in(data.episodes, data.options.period)
    lines = lines_of(text_of(data))
    start = lines.index("Muscles and sides")
    pairs = Counter((e.muscle, e.side) for e in chosen)
    for muscle in Muscle:
        row = [str(pairs[(muscle, side)]) for side in Side]
        total = sum(pairs[(muscle, side)] for side in Side)
        if total:
            assert cells_after(lines, label(muscle), count=4, start=start) == [*row, str(total)]
    end = lines.index("Relief tried")
    total_row = end - 5
    assert lines[total_row] == "Total"
    by_side = Counter(e.side for e in chosen)
    assert lines[total_row + 1 : end] == [*(str(by_side[s]) for s in Side), str(len(chosen))]


def test_charts_are_present_with_their_headings(make_data: MakeData) -> None:
    lines = lines_of(text_of(make_data(days=90, sections=PATTERNS)))
    for heading in ("Time of day", "Severity of each episode", "Severity (0–10)"):
        assert heading in lines
    assert "Each dot is one episode: 0 is no pain, 10 the worst pain imaginable." in lines


def test_an_empty_period_has_no_charts_of_nothing(make_data: MakeData) -> None:
    data = dataclasses.replace(make_data(days=60, sections=PATTERNS), episodes=(), day_records=())
    pdf, pages = render_report(data)
    text = pdf_pages(pdf)[0]
    assert pages == 1
    assert "No episodes were logged in this period." in text
    for absent in ("Calendar of cramp days", "Time of day", "Relief tried", ASSOCIATION):
        assert absent not in text


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_patterns_pages_leave_the_right_margin_blank(
    make_data: MakeData, paper: Paper, tmp_path: Path
) -> None:
    data = make_data(days=400, paper=paper, sections=PATTERNS)
    pdf, _ = render_report(data)
    assert pages_with_ink_in_right_margin(pdf, tmp_path) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [("en_US", "8/23"), ("de_DE", "23.08"), ("en_GB", "23/08"), ("hu_HU", "08. 23.")],
)
def test_day_month_is_the_short_date_without_the_year(name: str, expected: str) -> None:
    assert day_month(QLocale(name), dt.date(2026, 8, 23)) == expected


def test_crowded_labels_thin_out() -> None:
    register_fonts()
    labels = [f"{day}/11" for day in range(1, 53)]
    every = label_every(labels, 400)
    assert every > 1
    assert thinned(labels, every)[:every] == [labels[0]] + [""] * (every - 1)
    assert label_every(labels[:4], 400) == 1


def test_bar_chart_value_axis_starts_at_zero() -> None:
    register_fonts()
    drawing = bar_chart([5, 6, 7], ["a", "b", "c"], width=300, height=120, value_caption="n")
    chart = drawing.contents[0]
    assert chart.valueAxis.valueMin == 0  # the 5 is not drawn as a stub on a raised base
    assert chart.valueAxis.valueMax >= 7
    assert chart.valueAxis.valueStep == round(chart.valueAxis.valueStep)
