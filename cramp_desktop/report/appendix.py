"""Report section: every episode of the period in one table, oldest first, with the header
repeated at the top of each page.

Fast for 10,000 rows: cells are plain strings (wrapped here, once per distinct text) except
the notes, which are Paragraphs because users type anything; every row is measured once,
and the rows are laid out a page at a time (EpisodeRows), where one long Table would
measure all remaining rows again at every page break. A page is drawn straight onto the
canvas (draw_rows) as reportlab's Table would draw it, with one text object for all its
plain cells and one call for all its rules: a Table saves and restores the graphics state
and starts a new text object for every line of every cell.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeAlias

from reportlab.lib.colors import black
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreakIfNotEmpty, Paragraph

from cramp_desktop.core.episodes import Context, Episode, Muscle, Relief, Side, Symptom, Trigger
from cramp_desktop.core.labels import LABEL_CONTEXT, duration_text, label
from cramp_desktop.core.stats import episodes_in
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.styles import FONT, FONT_BOLD, INK, RULE, SHADE
from cramp_desktop.report.summary import NO_EPISODES
from cramp_desktop.report.text import escape, para

HEADING = QT_TRANSLATE_NOOP("Report", "Appendix: all episodes")
FILTERS = QT_TRANSLATE_NOOP(
    "Report", "Filters used: the period %1 – %2; all episodes, none left out; oldest first."
)
COUNT = QT_TRANSLATE_NOOP("Report", "Episodes listed: %1.")
UNREADABLE = QT_TRANSLATE_NOOP(
    "Report",
    "Left out: %1 entries of this period could not be read (a value in them is not "
    "valid, perhaps because the data file was damaged).",
)
CONTINUED = QT_TRANSLATE_NOOP("Report", "(continued)")
SYMPTOMS = QT_TRANSLATE_NOOP("Report", "Symptoms: %1")
COLUMNS = (
    QT_TRANSLATE_NOOP("Report", "Date, time"),
    QT_TRANSLATE_NOOP("Report", "Duration"),
    QT_TRANSLATE_NOOP("Report", "Severity (0–10)"),
    QT_TRANSLATE_NOOP("Report", "Muscle"),
    QT_TRANSLATE_NOOP("Report", "Side"),
    QT_TRANSLATE_NOOP("Report", "Situation"),
    QT_TRANSLATE_NOOP("Report", "Triggers (24 h before)"),
    QT_TRANSLATE_NOOP("Report", "Relief (helped?)"),
    QT_TRANSLATE_NOOP("Report", "Notes"),
)
# Date and time share a column: rows are two lines high anyway, and notes get the room.
FIXED_COLUMNS = 3  # date and time, duration, severity: as wide as their widest text
FLEX_WEIGHTS = (1.0, 0.75, 1.35, 1.7, 1.65, 2.15)  # muscle ... notes share the rest
MAX_FIXED_SHARE = 0.14  # of the width, per fixed column
NOTES = len(COLUMNS) - 1
LABELLED_COLUMNS: dict[int, type[StrEnum]] = {3: Muscle, 4: Side, 5: Context}

FONT_SIZE = 8
LEADING = 10
PAD_X = 2.5
PAD_Y = 2
CHUNK_ROWS = 300  # rows per flowable: the unit of cancelling and of progress
SPLIT_ROWS_ABOVE = 6 * LEADING + 2 * PAD_Y  # a taller row may be split at a page's end
MIN_PIECE = 3 * LEADING + 2 * PAD_Y  # ... when at least three lines fit there

Cell: TypeAlias = "str | Paragraph"
Row: TypeAlias = "list[Cell]"


def build(context: ReportContext) -> list[Flowable]:
    styles = context.styles
    period = context.data.options.period
    episodes = sorted(episodes_in(context.data.episodes, period), key=lambda e: e.started_at)
    dates = (context.locale.date(period.first), context.locale.date(period.last))
    filters = fill(context.tr(FILTERS), dates)
    story: list[Flowable] = [
        PageBreakIfNotEmpty(),
        para(context.tr(HEADING), styles.h1),
        para(filters, styles.body),
    ]
    if context.data.unreadable:
        left_out = fill(
            context.tr(UNREADABLE), [context.locale.number(len(context.data.unreadable))]
        )
        story.append(para(left_out, styles.body))
    if not episodes:
        return [*story, para(context.tr(NO_EPISODES), styles.body)]
    count = fill(context.tr(COUNT), [context.locale.number(len(episodes))])
    story.append(para(count, styles.body))
    return story + EpisodeTable(context, episodes).flowables()


class EpisodeTable:
    """Turns episodes into measured rows and the EpisodeRows flowables that lay them out."""

    def __init__(self, context: ReportContext, episodes: list[Episode]) -> None:
        self.context = context
        self.episodes = episodes
        self.notes_style = ParagraphStyle(
            "appendix-notes",
            parent=context.styles.cell,
            fontName=FONT,
            fontSize=FONT_SIZE,
            leading=LEADING,
            splitLongWords=1,
        )
        self.header_style = ParagraphStyle(
            "appendix-header", parent=self.notes_style, fontName=FONT_BOLD
        )
        self._labels: dict[tuple[type[StrEnum], frozenset[str]], str] = {}
        self._texts: dict[tuple[str, object], str] = {}  # dates, times, durations
        self.fixed = [self._fixed_texts(e) for e in episodes]
        self.capped: set[int] = set()  # fixed columns narrower than their widest text
        self.widths = self._widths()

    def flowables(self) -> list[EpisodeRows]:
        header: Row = [para(self.context.tr(c), self.header_style) for c in COLUMNS]
        columns = Columns(
            self.widths, header, 0.0, _fit(self.context.tr(CONTINUED), self.widths[0])
        )
        columns = dataclasses.replace(columns, header_height=columns.row_height(header))
        chunks: list[EpisodeRows] = []
        for start in range(0, len(self.episodes), CHUNK_ROWS):
            if start:
                self.context.check_cancelled()
            rows = [
                self._row(episode, fixed)
                for episode, fixed in zip(
                    self.episodes[start : start + CHUNK_ROWS],
                    self.fixed[start : start + CHUNK_ROWS],
                    strict=True,
                )
            ]
            chunks.append(EpisodeRows(columns, rows, [columns.row_height(row) for row in rows]))
        chunks[0].first = True
        return chunks

    # -- cells -----------------------------------------------------------------------
    def _fixed_texts(self, episode: Episode) -> tuple[str, str, str]:
        started = episode.started_at
        date = self._text("date", started.date(), self.context.locale.date)
        time = self._text("time", dt.time(started.hour, started.minute), self.context.locale.time)
        return (
            f"{date}\n{time}",
            self._text("duration", episode.duration_s, self._duration),
            str(episode.severity),
        )

    def _text(self, kind: str, value: Any, make: Callable[[Any], str]) -> str:
        text = self._texts.get((kind, value))
        if text is None:
            text = self._texts[(kind, value)] = make(value)
        return text

    def _duration(self, seconds: int) -> str:
        def translate(text_context: str, text: str) -> str:
            return self.context.tr(text, text_context)

        return duration_text(seconds, translate, self.context.locale.number)

    def _row(self, episode: Episode, fixed: tuple[str, str, str]) -> Row:
        cells: Row = list(self._cells(episode, fixed))
        notes = self._notes(episode)
        return [*cells, "" if notes is None else notes]

    def _cells(self, episode: Episode, fixed: tuple[str, str, str]) -> list[str]:
        """All cells but the notes, as plain strings wrapped to their columns."""
        widths = self.widths
        cells = [
            _fit(text, widths[i]) if i in self.capped else text for i, text in enumerate(fixed)
        ]
        cells += [
            _fit(self._label(episode.muscle), widths[3]),
            _fit(self._label(episode.side), widths[4]),
            _fit(self._label(episode.context), widths[5]),
            _fit(self._labels_of(Trigger, episode.triggers), widths[6]),
            _fit(self._relief(episode), widths[7]),
        ]
        return cells

    def _label(self, code: StrEnum) -> str:
        return self._labels_of(type(code), frozenset({code}))

    def _labels_of(self, kind: type[StrEnum], codes: Iterable[StrEnum]) -> str:
        key = (kind, frozenset(codes))
        text = self._labels.get(key)
        if text is None:
            text = ", ".join(
                self.context.tr(label(code), LABEL_CONTEXT) for code in kind if code in key[1]
            )
            self._labels[key] = text
        return text

    def _relief(self, episode: Episode) -> str:
        tried = self._labels_of(Relief, episode.relief)
        helped = episode.relief_helped
        if helped is None:
            return tried
        outcome = self._label(helped)
        return f"{tried}\n{outcome}" if tried else outcome

    def _notes(self, episode: Episode) -> Paragraph | None:
        text = escape(episode.notes.strip())
        if episode.symptoms:
            symptoms = self._labels_of(Symptom, episode.symptoms)
            line = f"<b>{escape(fill(self.context.tr(SYMPTOMS), [symptoms]))}</b>"
            text = f"{line}<br/>{text}" if text else line
        return Paragraph(text, self.notes_style) if text else None

    # -- widths ----------------------------------------------------------------------
    def _widths(self) -> list[float]:
        """Fixed columns as wide as their widest text or header word; the rest shared."""
        total = self.context.width
        widths: list[float] = []
        for column in range(FIXED_COLUMNS):
            lines = {line for fixed in self.fixed for line in fixed[column].split("\n")}
            widest = max(
                max(stringWidth(line, FONT, FONT_SIZE) for line in lines),
                self._header_word(column),
            )
            if widest + 2 * PAD_X + 1 > total * MAX_FIXED_SHARE:
                self.capped.add(column)
            widths.append(min(widest + 2 * PAD_X + 1, total * MAX_FIXED_SHARE))
        unit = (total - sum(widths)) / sum(FLEX_WEIGHTS)
        for column, weight in enumerate(FLEX_WEIGHTS[:-1], start=FIXED_COLUMNS):
            # No header word or label word is broken: a translation ("Izquierda",
            # "Pantorrilla") may ask for more than a share.
            word = max(self._header_word(column), self._label_word(column))
            widths.append(max(unit * weight, word + 2 * PAD_X + 1))
        widths.append(total - sum(widths))  # exactly the frame's width
        return widths

    def _label_word(self, column: int) -> float:
        """The widest single word of any label the column can show (muscle, side, context)."""
        kind = LABELLED_COLUMNS.get(column)
        if kind is None:
            return 0.0
        words = (word for code in kind for word in self._label(code).split())
        return max((stringWidth(word, FONT, FONT_SIZE) for word in words), default=0.0)

    def _header_word(self, column: int) -> float:
        words = self.context.tr(COLUMNS[column]).split()
        return max((stringWidth(word, FONT_BOLD, FONT_SIZE) for word in words), default=0.0)


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
        notes = row[NOTES]
        if height <= SPLIT_ROWS_ABOVE or room < MIN_PIECE or not isinstance(notes, Paragraph):
            return None
        widths = self.columns.widths
        if any(_height(cell, w) > room for cell, w in zip(row[:NOTES], widths, strict=False)):
            return None
        notes.wrap(widths[NOTES] - 2 * PAD_X, 1e6)
        pieces = notes.split(widths[NOTES] - 2 * PAD_X, room - 2 * PAD_Y)
        if len(pieces) != 2:
            return None
        date = str(row[0]).split("\n", 1)[0]
        continued: Row = [f"{date}\n{self.columns.continued}"] + [""] * (NOTES - 1)
        return [*row[:NOTES], pieces[0]], [*continued, pieces[1]]


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
    for paragraph, x, y in paragraphs[:header_cells]:  # read first, as on the page
        paragraph.drawOn(canvas, x, y)
    canvas.drawText(text)
    for paragraph, x, y in paragraphs[header_cells:]:
        paragraph.drawOn(canvas, x, y)
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
def _fit(text: str, width: float) -> str:
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
