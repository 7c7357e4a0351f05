"""The calendar of cramp days: one small month grid per month of the period (the last 12 at
most), weeks starting on the locale's first day. Cramp days are filled dark, days marked
"no cramps" light with a dot, days with no record left blank: missing data never looks
like a good day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale
from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from reportlab.lib.colors import Color, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table

from cramp_desktop.core.stats import Period
from cramp_desktop.report.locale import ReportLocale
from cramp_desktop.report.styles import FONT, FONT_BOLD, INK, MUTED, RULE, SHADE

MAX_MONTHS = 12
CRAMP_FILL = Color(0.3, 0.3, 0.3)
OUTSIDE_TEXT = Color(0.72, 0.72, 0.72)
DAY_SIZE = 7.0
TITLE_SIZE = 8.5
TITLE_ROOM = 13.0
WEEKDAY_ROOM = 10.0
MONTH_GAP = 10.0  # between two month grids
LEGEND_HEIGHT = 14.0


@dataclass(frozen=True)
class DayMarks:
    cramp_days: frozenset[dt.date]
    no_cramp_days: frozenset[dt.date]  # marked "no cramps" and without an episode


def months_of(period: Period) -> list[dt.date]:
    """The first day of each month the period touches, oldest first."""
    months = []
    month = period.first.replace(day=1)
    while month <= period.last:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def month_rows(
    locale: ReportLocale, period: Period, marks: DayMarks, width: float, per_row: int = 4
) -> list[Table]:
    """The month grids (the last MAX_MONTHS), `per_row` to a row; one Table per row so a
    row is never cut across pages."""
    months = months_of(period)[-MAX_MONTHS:]
    slot = width / per_row
    drawings = [_month(locale, month, period, marks, slot) for month in months]
    rows = []
    for start in range(0, len(drawings), per_row):
        chunk: list[Drawing | str] = [*drawings[start : start + per_row]]
        chunk += [""] * (per_row - len(chunk))
        rows.append(
            Table(
                [chunk],
                colWidths=[slot] * per_row,
                hAlign="LEFT",
                style=[
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ],
            )
        )
    return rows


def legend(labels: Sequence[str], width: float) -> Flowable:
    """Swatches for cramp day, "no cramps" day and no record, with their `labels`."""
    drawing = Drawing(width, LEGEND_HEIGHT)
    x = 0.0
    size = 9.0
    for kind, text in zip(("cramp", "none", "blank"), labels, strict=True):
        _cell(drawing, x, 2, size, size, kind)
        drawing.add(String(x + size + 4, 3.5, text, fontName=FONT, fontSize=DAY_SIZE + 0.5))
        x += size + 4 + _text_width(text, DAY_SIZE + 0.5) + 16
    return drawing


def _month(
    locale: ReportLocale, month: dt.date, period: Period, marks: DayMarks, slot: float
) -> Drawing:
    cell = (slot - MONTH_GAP) / 7
    height = TITLE_ROOM + WEEKDAY_ROOM + 6 * cell
    drawing = Drawing(slot, height)
    drawing.add(
        String(
            0,
            height - TITLE_SIZE,
            locale.month(month),
            fontName=FONT_BOLD,
            fontSize=TITLE_SIZE,
            fillColor=INK,
        )
    )
    first_weekday = locale.qlocale.firstDayOfWeek().value  # 1 = Monday ... 7 = Sunday
    weekday_y = height - TITLE_ROOM - WEEKDAY_ROOM + 2.5
    for column in range(7):
        weekday = (first_weekday - 1 + column) % 7 + 1
        name = locale.qlocale.standaloneDayName(weekday, QLocale.FormatType.NarrowFormat)
        drawing.add(
            String(
                column * cell + cell / 2,
                weekday_y,
                name,
                fontName=FONT,
                fontSize=DAY_SIZE,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    top = height - TITLE_ROOM - WEEKDAY_ROOM
    offset = (month.isoweekday() - first_weekday) % 7
    day = month
    while day.month == month.month:
        index = offset + day.day - 1
        x, y = (index % 7) * cell, top - (index // 7 + 1) * cell
        inside = period.first <= day <= period.last
        if day in marks.cramp_days:
            kind = "cramp"
        elif day in marks.no_cramp_days:
            kind = "none"
        else:
            kind = "blank" if inside else "outside"
        _cell(drawing, x, y, cell, cell, kind, str(day.day))
        day += dt.timedelta(days=1)
    return drawing


def _cell(
    drawing: Drawing, x: float, y: float, w: float, h: float, kind: str, text: str = ""
) -> None:
    """One day: filled dark (cramps), light with a dot ("no cramps"), blank with a thin
    outline (no record), or only a faint number (outside the period)."""
    inset = 0.8
    box = Rect(x + inset, y + inset, w - 2 * inset, h - 2 * inset, strokeWidth=0.4)
    box.fillColor = {"cramp": CRAMP_FILL, "none": SHADE}.get(kind, white)
    box.strokeColor = {"cramp": CRAMP_FILL, "none": RULE, "blank": RULE}.get(kind)
    if kind != "outside":
        drawing.add(box)
    if kind == "none":
        radius = max(0.8, min(w, h) * 0.07)
        drawing.add(
            Circle(x + w / 2, y + inset + 1.2 + radius, radius, fillColor=INK, strokeColor=None)
        )
    if text:
        colour = {"cramp": white, "outside": OUTSIDE_TEXT}.get(kind, INK)
        font = FONT_BOLD if kind == "cramp" else FONT
        drawing.add(
            String(
                x + w / 2,
                y + (h - DAY_SIZE) / 2 + 1.6,
                text,
                fontName=font,
                fontSize=DAY_SIZE,
                fillColor=colour,
                textAnchor="middle",
            )
        )


def _text_width(text: str, size: float) -> float:
    return float(stringWidth(text, FONT, size))
