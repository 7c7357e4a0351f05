"""Report section: every episode of the period in one table, oldest first, with the header
repeated at the top of each page.

Fast for 10,000 rows: cells are plain strings (wrapped here, once per distinct text) except
the notes, which are Paragraphs because users type anything; every row is measured once,
and the rows are laid out a page at a time (EpisodeRows), where one long Table would
measure all remaining rows again at every page break. A page is drawn straight onto the
canvas (draw_rows) as reportlab's Table would draw it, with one text object for all its
plain cells and one call for all its rules: a Table saves and restores the graphics state
and starts a new text object for every line of every cell. The laying out and drawing is
in appendix_rows.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreakIfNotEmpty, Paragraph

from cramp_desktop.core.episodes import Context, Episode, Muscle, Relief, Side, Symptom, Trigger
from cramp_desktop.core.labels import LABEL_CONTEXT, duration_text, label
from cramp_desktop.core.stats import episodes_in
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report.appendix_rows import (
    FONT_SIZE,
    LEADING,
    PAD_X,
    Columns,
    EpisodeRows,
    Row,
    fit_text,
)
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.scripts import paragraph
from cramp_desktop.report.styles import FONT, FONT_BOLD
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

CHUNK_ROWS = 300  # rows per flowable: the unit of cancelling and of progress


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
            self.widths, header, 0.0, fit_text(self.context.tr(CONTINUED), self.widths[0])
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
            fit_text(text, widths[i]) if i in self.capped else text for i, text in enumerate(fixed)
        ]
        cells += [
            fit_text(self._label(episode.muscle), widths[3]),
            fit_text(self._label(episode.side), widths[4]),
            fit_text(self._label(episode.context), widths[5]),
            fit_text(self._labels_of(Trigger, episode.triggers), widths[6]),
            fit_text(self._relief(episode), widths[7]),
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
        return paragraph(text, self.notes_style) if text else None

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
