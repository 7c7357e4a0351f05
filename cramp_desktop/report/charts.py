"""Charts for the report as reportlab Drawings (greys only, so they print the same in black
and white; DejaVu Sans labels at print size; value axes from zero; whole-number ticks for
counts), and the plain figure table the sections share.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Path, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from cramp_desktop.core.stats import count_axis
from cramp_desktop.report.styles import FONT, FONT_BOLD, INK, MUTED, RULE, SHADE

LABEL_SIZE = 7.5  # points: the smallest text a printed chart should carry
BAR_FILL = Color(0.42, 0.42, 0.42)
POINT_FILL = Color(0.25, 0.25, 0.25)
GRID = Color(0.85, 0.85, 0.85)
# Room around the plot for tick labels (left, bottom) and for the axis caption (top).
LEFT_ROOM = 26.0
BOTTOM_ROOM = 16.0
TOP_ROOM = 19.0
RIGHT_ROOM = 6.0
LABEL_GAP = 6.0  # the least space between two x labels
TICK_SPACING = 14.0  # the least space between two value-axis labels


def label_every(labels: Sequence[str], room: float, size: float = LABEL_SIZE) -> int:
    """Show every n-th of `labels` (spread over `room` points) so that none overlap."""
    if not labels:
        return 1
    widest = max(stringWidth(text, FONT, size) for text in labels) + LABEL_GAP
    slot = room / len(labels)
    return max(1, math.ceil(widest / slot)) if slot > 0 else len(labels)


def thinned(labels: Sequence[str], every: int) -> list[str]:
    """`labels` with all but every `every`-th blanked."""
    return [text if index % every == 0 else "" for index, text in enumerate(labels)]


def bar_chart(
    counts: Sequence[int],
    labels: Sequence[str],
    *,
    width: float,
    height: float,
    value_caption: str,
    every: int | None = None,
    bar_texts: Sequence[str] | None = None,
) -> Drawing:
    """Vertical bars of whole-number `counts`, one per label; the labels thin out when
    crowded (or every `every`-th shows). When there is room, each bar carries its
    `bar_texts` entry (by default its count, nothing for zero)."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = LEFT_ROOM, BOTTOM_ROOM
    chart.width = width - LEFT_ROOM - RIGHT_ROOM
    chart.height = height - BOTTOM_ROOM - TOP_ROOM
    chart.data = [list(counts)]
    chart.strokeColor = None
    chart.bars[0].fillColor = BAR_FILL
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = max(1.0, chart.width / max(len(counts), 1) * 0.25)
    step = every or label_every(labels, chart.width)
    axis = chart.categoryAxis
    axis.categoryNames = thinned(labels, step)
    axis.strokeColor = INK
    axis.strokeWidth = 0.6
    axis.tickDown = 2
    axis.visibleTicks = chart.width / max(len(counts), 1) >= 4  # no comb of ticks
    _style_labels(axis.labels)
    axis.labels.dy = -3
    intervals = max(2, min(5, int(chart.height // TICK_SPACING)))
    top, value_step = count_axis(max(counts, default=0), intervals)
    _value_axis(chart.valueAxis, top, value_step)
    slot = chart.width / max(len(counts), 1)
    texts = list(bar_texts) if bar_texts is not None else [str(n) if n else "" for n in counts]
    widest = max((stringWidth(text, FONT, LABEL_SIZE - 0.5) for text in texts), default=0.0)
    if len(counts) <= 31 and slot >= widest + 2:
        chart.barLabelFormat = "values"
        chart.barLabelArray = [texts]
        chart.barLabels.fontName = FONT
        chart.barLabels.fontSize = LABEL_SIZE - 0.5
        chart.barLabels.fillColor = MUTED
        chart.barLabels.nudge = 5
    drawing.add(chart)
    drawing.add(_caption(value_caption, height))
    return drawing


def scatter_chart(
    points: Sequence[tuple[float, float]],
    *,
    width: float,
    height: float,
    x_range: tuple[float, float],
    x_ticks: Sequence[tuple[float, str]],
    y_top: int,
    y_step: int,
    value_caption: str,
) -> Drawing:
    """Points (x, y) with the y axis from 0 to `y_top`; x ticks at the given positions with
    their labels (thinned when crowded)."""
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y = LEFT_ROOM, BOTTOM_ROOM
    plot.width = width - LEFT_ROOM - RIGHT_ROOM
    plot.height = height - BOTTOM_ROOM - TOP_ROOM
    plot.data = [[(x_range[0], 0.0)]]  # the axes only: the points are drawn as dots below
    line = plot.lines[0]
    line.strokeColor = None  # points only: a joining line would suggest values between them
    line.strokeWidth = 0
    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = x_range
    every = label_every([text for _, text in x_ticks], plot.width * _tick_share(x_ticks, x_range))
    shown = [tick for index, tick in enumerate(x_ticks) if index % every == 0]
    x_axis.valueSteps = [position for position, _ in shown]
    x_axis.labelTextFormat = _tick_formatter(dict(shown))
    x_axis.strokeColor = INK
    x_axis.strokeWidth = 0.6
    x_axis.tickDown = 2
    _style_labels(x_axis.labels)
    x_axis.labels.dy = -3
    _value_axis(plot.yValueAxis, y_top, y_step)
    drawing.add(plot)
    if points:
        drawing.add(_dots(points, plot, x_range, y_top))
    drawing.add(_caption(value_caption, height))
    return drawing


def _dots(
    points: Sequence[tuple[float, float]], plot: Any, x_range: tuple[float, float], y_top: float
) -> Path:
    """Every point as a dot: one path of zero-length lines with round caps, which PDF
    paints as filled circles of the line's width. A circle per point (reportlab's markers)
    costs a node and four Bezier curves each: seconds for years of episodes. Points that
    would land on the same spot (within 0.1 pt) are drawn once; the page looks the same."""
    x_scale = plot.width / (x_range[1] - x_range[0])
    y_scale = plot.height / y_top
    spots = {
        (round((plot.x + (x - x_range[0]) * x_scale) * 10), round((plot.y + y * y_scale) * 10))
        for x, y in points
    }
    path = Path(
        strokeColor=POINT_FILL,
        strokeWidth=3.6 if len(points) <= 200 else 2.6,
        strokeLineCap=1,  # round
        fillColor=None,
    )
    for x10, y10 in sorted(spots):
        path.moveTo(x10 / 10, y10 / 10)
        path.lineTo(x10 / 10, y10 / 10)
    return path


def chart_block(heading: Flowable, drawing: Drawing, *notes: Flowable) -> KeepTogether:
    """A chart with its heading (and any notes under it), never split across pages."""
    return KeepTogether([heading, drawing, Spacer(1, 2), *notes])


def _style_labels(labels: object) -> None:
    labels.fontName = FONT  # type: ignore[attr-defined]
    labels.fontSize = LABEL_SIZE  # type: ignore[attr-defined]
    labels.fillColor = INK  # type: ignore[attr-defined]


def _caption(text: str, height: float) -> String:
    """What the value axis counts, above it (horizontal, so it reads without turning)."""
    return String(1, height - LABEL_SIZE, text, fontName=FONT, fontSize=LABEL_SIZE, fillColor=MUTED)


def _tick_share(ticks: Sequence[tuple[float, str]], x_range: tuple[float, float]) -> float:
    """How much of the axis the ticks span (labels crowd by their spacing, not the axis)."""
    span = x_range[1] - x_range[0]
    if len(ticks) < 2 or span <= 0:
        return 1.0
    return (ticks[-1][0] - ticks[0][0]) / span * len(ticks) / (len(ticks) - 1)


def _tick_formatter(labels: dict[float, str]) -> Callable[[float], str]:
    def label(value: float) -> str:
        return labels.get(value, "")

    return label


def data_table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    section_rows: Sequence[int] = (),
) -> Table:
    """A figure table: a bold header row (repeated if it splits), hairlines between rows,
    numbers (plain strings) right-aligned after the first column; `section_rows` are
    shaded sub-headings spanning the table. Cells that must wrap are Paragraphs."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5, 11),
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5, 11),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    for row in section_rows:
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SHADE)]
    return Table(
        [list(row) for row in rows],
        colWidths=list(widths),
        repeatRows=1,
        hAlign="LEFT",
        style=commands,
    )


def _value_axis(axis: Any, top: float, step: float) -> None:
    """A value axis from zero (the smallest value never vanishes into a raised baseline),
    whole-number labels, light grid lines."""
    axis.valueMin = 0
    axis.valueMax = top
    axis.valueStep = step
    axis.labelTextFormat = "%d"
    axis.visibleGrid = True
    axis.gridStrokeColor = GRID
    axis.gridStrokeWidth = 0.5
    axis.strokeColor = INK
    axis.strokeWidth = 0.6
    axis.tickLeft = 2
    _style_labels(axis.labels)
    axis.labels.dx = -2
