"""The appendix's table laid out a page at a time and drawn straight onto the canvas (see
report/appendix.py for why): rows of cells already measured, plain strings wrapped to
their column (fit_text) and Paragraphs for the notes, the last column."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeAlias

from reportlab.lib.colors import black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from cramp_desktop.report.styles import FONT, INK, RULE, SHADE

FONT_SIZE = 8
LEADING = 10
PAD_X = 2.5
PAD_Y = 2
SPLIT_ROWS_ABOVE = 6 * LEADING + 2 * PAD_Y  # a taller row may be split at a page's end
MIN_PIECE = 3 * LEADING + 2 * PAD_Y  # ... when at least three lines fit there

Cell: TypeAlias = "str | Paragraph"
Row: TypeAlias = "list[Cell]"


@dataclass(frozen=True)
class Columns:
    """What the table of every page shares."""

    widths: list[float]
    header: Row
    header_height: float
    continued: str  # under the date in a row that goes on with a note from the page before

    def row_height(self, row: Row) -> float:
        return max(_height(cell, width) for cell, width in zip(row, self.widths, strict=True))


class EpisodeRows(Flowable):  # type: ignore[misc]
    """Measured rows laid out as one Table per page. The header row is drawn where a page
    starts (and above the first rows), never in the middle of a page where the rows of the
    chunk before end. A row with a long note that does not fit the rest of a page is split
    there, its note going on in a "(continued)" row: no half-empty pages, and no row is
    ever too tall for a page."""

    def __init__(
        self, columns: Columns, rows: list[Row], heights: list[float], first: bool = False
    ) -> None:
        super().__init__()
        self.columns = columns
        self.rows = rows
        self.heights = heights
        self.first = first  # also means: after a split, the rest starts a page
        self._with_header = True

    def _header_wanted(self) -> bool:
        frame = getattr(self, "_frame", None)  # set by the frame while it places us
        return self.first or frame is None or bool(getattr(frame, "_atTop", True))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._with_header = self._header_wanted()
        self.width = sum(self.columns.widths)
        header = self.columns.header_height if self._with_header else 0
        self.height = sum(self.heights) + header
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        with_header = self._header_wanted()
        room = availHeight - (self.columns.header_height if with_header else 0)
        fitting = 0
        while fitting < len(self.rows) and self.heights[fitting] <= room:
            room -= self.heights[fitting]
            fitting += 1
        rows, heights = self.rows[:fitting], self.heights[:fitting]
        rest, rest_heights = self.rows[fitting:], self.heights[fitting:]
        pieces = self._split_row(rest[0], rest_heights[0], room) if rest else None
        if pieces is not None:
            rows = [*rows, pieces[0]]
            heights = [*heights, self.columns.row_height(pieces[0])]
            rest = [pieces[1], *rest[1:]]
            rest_heights = [self.columns.row_height(pieces[1]), *rest_heights[1:]]
        if not rows:
            return []  # on to the next page
        page = EpisodeRows(self.columns, rows, heights, first=with_header)
        return [page, EpisodeRows(self.columns, rest, rest_heights, first=True)] if rest else [page]

    def draw(self) -> None:
        rows, heights = self.rows, self.heights
        if self._with_header:
            rows = [self.columns.header, *rows]
            heights = [self.columns.header_height, *heights]
        draw_rows(self.canv, self.columns.widths, rows, heights, self._with_header)

    def _split_row(self, row: Row, height: float, room: float) -> tuple[Row, Row] | None:
        """`row` as a first part that fits `room` and the rest, if it is worth splitting."""
        notes_column = len(row) - 1
        notes = row[notes_column]
        if height <= SPLIT_ROWS_ABOVE or room < MIN_PIECE or not isinstance(notes, Paragraph):
            return None
        widths = self.columns.widths
        cells = row[:notes_column]
        if any(_height(cell, w) > room for cell, w in zip(cells, widths, strict=False)):
            return None
        notes.wrap(widths[notes_column] - 2 * PAD_X, 1e6)
        pieces = notes.split(widths[notes_column] - 2 * PAD_X, room - 2 * PAD_Y)
        if len(pieces) != 2:
            return None
        date = str(row[0]).split("\n", 1)[0]
        continued: Row = [f"{date}\n{self.columns.continued}"] + [""] * (notes_column - 1)
        return [*cells, pieces[0]], [*continued, pieces[1]]


def draw_rows(
    canvas: Any, widths: list[float], rows: list[Row], heights: list[float], with_header: bool
) -> None:
    """Rows of cells drawn from the top of the flowable down, as a Table with top-aligned
    cells, PAD_X/PAD_Y padding and a rule below each row (and a shaded header row above a
    heavier rule when `with_header`) would draw them."""
    lefts = [sum(widths[:column]) for column in range(len(widths))]
    width = sum(widths)
    top = sum(heights)
    if with_header:
        canvas.setFillColor(SHADE)
        canvas.rect(0, top - heights[0], width, heights[0], stroke=0, fill=1)
    text = canvas.beginText()
    text.setFont(FONT, FONT_SIZE, LEADING)
    text.setFillColor(black)
    paragraphs: list[tuple[Paragraph, float, float]] = []
    rules: list[tuple[float, float, float, float]] = []
    for row, height in zip(rows, heights, strict=True):
        for cell, left, column_width in zip(row, lefts, widths, strict=True):
            if isinstance(cell, Paragraph):
                cell_height = _height(cell, column_width) - 2 * PAD_Y
                paragraphs.append((cell, left + PAD_X, top - PAD_Y - cell_height))
            elif cell:
                text.setTextOrigin(left + PAD_X, top - PAD_Y - FONT_SIZE)
                for line in cell.split("\n"):
                    text.textLine(line)
        top -= height
        rules.append((0, top, width, top))
    header_cells = len(widths) if with_header else 0
    for cell, x, y in paragraphs[:header_cells]:  # read first, as on the page
        cell.drawOn(canvas, x, y)
    canvas.drawText(text)
    for cell, x, y in paragraphs[header_cells:]:
        cell.drawOn(canvas, x, y)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.25)
    canvas.lines(rules[1:] if with_header else rules)
    if with_header:
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.lines(rules[:1])


# -- measuring and wrapping ------------------------------------------------------------
def _height(cell: Cell, width: float) -> float:
    if isinstance(cell, Paragraph):
        # A Paragraph keeps the lines of its last wrap: measuring the row and drawing it
        # need them for the same width, so it is wrapped once (the draw reuses them).
        if getattr(cell, "_wrapped_for", None) != width:
            cell.wrap(width - 2 * PAD_X, 1e6)
            cell._wrapped_for = width
        return float(cell.height) + 2 * PAD_Y
    return (cell.count("\n") + 1) * LEADING + 2 * PAD_Y


@lru_cache(maxsize=8192)
def fit_text(text: str, width: float) -> str:
    """`text` broken into lines (joined by newlines) that fit `width` with the padding;
    a word wider than a line is broken between characters."""
    room = width - 2 * PAD_X
    lines: list[str] = []
    for source_line in text.split("\n"):
        line = ""
        for word in source_line.split(" "):
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, FONT, FONT_SIZE) <= room:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            for character in word:
                if line and stringWidth(line + character, FONT, FONT_SIZE) > room:
                    lines.append(line)
                    line = ""
                line += character
        lines.append(line)
    return "\n".join(lines)
