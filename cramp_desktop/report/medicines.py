"""Report section: the medication list and cramps per week around each start, then the
latest checklist (`latest_checklist.py`).

Wording: a change after a start is an association and proves no effect; nothing here
suggests starting, stopping or changing a medicine.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from cramp_desktop.core.coverage import UNOBSERVED_GAP_DAYS
from cramp_desktop.core.episodes import Medication
from cramp_desktop.core.labels import LABEL_CONTEXT, label
from cramp_desktop.core.medicine_effect import (
    MIN_OBSERVED_DAYS,
    WINDOW_DAYS,
    BeforeAfter,
    ChangeKind,
    ObservedWindow,
    before_after,
    medicine_changes,
)
from cramp_desktop.core.red_flags import SOURCES
from cramp_desktop.core.stats import Period
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report import latest_checklist
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.styles import RULE, SHADE
from cramp_desktop.report.text import escape, markup, para

HEADING = QT_TRANSLATE_NOOP("Report", "Medicines and checklist")
MEDICINES = QT_TRANSLATE_NOOP("Report", "Medicines")
NO_MEDICINES = QT_TRANSLATE_NOOP("Report", "No medicines are recorded.")
COLUMNS = (
    QT_TRANSLATE_NOOP("Report", "Medicine"),
    QT_TRANSLATE_NOOP("Report", "Kind"),
    QT_TRANSLATE_NOOP("Report", "Started"),
    QT_TRANSLATE_NOOP("Report", "Stopped"),
    QT_TRANSLATE_NOOP("Report", "Note"),
)
NOT_RECORDED = QT_TRANSLATE_NOOP("Report", "not recorded")
BEFORE_AFTER = QT_TRANSLATE_NOOP("Report", "Cramps per week before and after a start or stop")
BEFORE_AFTER_HOW = QT_TRANSLATE_NOOP(
    "Report",
    "Counted over the days the diary was kept (days without any entry in gaps shorter than "
    "%3 days count as days without cramps), in two windows of equal length, up to %1 weeks, "
    "before and from the day of the change; shown only with at least %2 such days on each "
    "side.",
)
COMPARE_COLUMNS = (
    QT_TRANSLATE_NOOP("Report", "Medicine"),
    QT_TRANSLATE_NOOP("Report", "Change"),
    QT_TRANSLATE_NOOP("Report", "Before"),
    QT_TRANSLATE_NOOP("Report", "From that day"),
)
CHANGE_TEXTS = {
    ChangeKind.STARTED: QT_TRANSLATE_NOOP("Report", "Started %1"),
    ChangeKind.STOPPED: QT_TRANSLATE_NOOP("Report", "Stopped %1"),
}
OTHER_TEXTS = {
    ChangeKind.STARTED: QT_TRANSLATE_NOOP("Report", "%1 started on %2, inside this window"),
    ChangeKind.STOPPED: QT_TRANSLATE_NOOP("Report", "%1 stopped on %2, inside this window"),
}
PER_WEEK = QT_TRANSLATE_NOOP("Report", "%1 per week")
COUNTED = QT_TRANSLATE_NOOP("Report", "%1 cramps over %2 days kept, %3 – %4")
NOT_ENOUGH = QT_TRANSLATE_NOOP("Report", "Not enough days kept on each side to compare.")
NO_START = QT_TRANSLATE_NOOP("Report", "No start date recorded.")
PLACEBO_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "An improvement after a start does not prove that the medicine helped: in trials, "
    "people given a placebo also improved by about a quarter. A change in either direction "
    "is an association, not proof of an effect: other changes at the same time can explain "
    "a difference, and no change does not rule out an effect.",
)
PLACEBO_SOURCE = "Cochrane-Mg-2020"
SOURCE_LINE = QT_TRANSLATE_NOOP("Report", "Source: %1")
MEDICINE_WIDTHS = (0.25, 0.22, 0.13, 0.13, 0.27)
COMPARE_WIDTHS = (0.26, 0.18, 0.28, 0.28)


def build(context: ReportContext) -> list[Flowable]:
    story: list[Flowable] = [para(context.tr(HEADING), context.styles.h1)]
    story += _medicines(context)
    story += latest_checklist.build(context)
    return story


# -- medicines -------------------------------------------------------------------------
def _medicines(context: ReportContext) -> list[Flowable]:
    styles = context.styles
    story: list[Flowable] = [para(context.tr(MEDICINES), styles.h2)]
    medications = context.data.medications
    if not medications:
        return [*story, para(context.tr(NO_MEDICINES), styles.body)]
    rows: list[list[Flowable | str]] = [[para(context.tr(c), styles.cell_bold) for c in COLUMNS]]
    for medication in medications:
        rows.append(
            [
                para(medication.name, styles.cell),
                para(context.tr(label(medication.kind), LABEL_CONTEXT), styles.cell),
                para(_day(context, medication.started_on), styles.cell),
                para(_day(context, medication.stopped_on, "—"), styles.cell),
                para(medication.note, styles.cell),
            ]
        )
    story.append(_table(rows, MEDICINE_WIDTHS, context.width))
    return story + _comparisons(context, medications)


def _comparisons(context: ReportContext, medications: tuple[Medication, ...]) -> list[Flowable]:
    styles, locale = context.styles, context.locale
    how = fill(
        context.tr(BEFORE_AFTER_HOW),
        (
            locale.number(WINDOW_DAYS // 7),
            locale.number(MIN_OBSERVED_DAYS),
            locale.number(UNOBSERVED_GAP_DAYS),
        ),
    )
    rows: list[list[Flowable | str]] = [
        [para(context.tr(c), styles.cell_bold) for c in COMPARE_COLUMNS]
    ]
    spans: list[int] = []
    # The windows stay inside what was read and end with the period: later days are unknown.
    span = context.data.span()
    covered = Period(
        span.first + dt.timedelta(days=UNOBSERVED_GAP_DAYS), context.data.options.period.last
    )
    for medication in medications:
        changes = medicine_changes(medication)
        if not changes:
            spans.append(len(rows))
            no_start = para(context.tr(NO_START), styles.cell)
            rows.append([para(medication.name, styles.cell), no_start, "", ""])
        for kind, day in changes:
            result = before_after(
                medication,
                context.data.episodes,
                context.data.day_records,
                kind,
                covered=covered,
                known_until=context.data.known_until(),
                all_medications=medications,
            )
            change = para(fill(context.tr(CHANGE_TEXTS[kind]), (locale.date(day),)), styles.cell)
            if result is None:
                spans.append(len(rows))
                reason = para(context.tr(NOT_ENOUGH), styles.cell)
                rows.append([para(medication.name, styles.cell), change, reason, ""])
            else:
                rows.append([_name_cell(context, result), change, *_sides(context, result)])
    span_commands: list[tuple[object, ...]] = [("SPAN", (2, row), (3, row)) for row in spans]
    table = _table(rows, COMPARE_WIDTHS, context.width, span_commands)
    block: list[Flowable] = [para(context.tr(BEFORE_AFTER), styles.h2), para(how, styles.muted)]
    if len(spans) == len(rows) - 1:  # nothing compared: no caveat needed
        return [Spacer(1, 4), KeepTogether([*block, table])]
    source = f"{PLACEBO_SOURCE}: {SOURCES[PLACEBO_SOURCE]}"
    caveat = [
        Spacer(1, 3),
        para(context.tr(PLACEBO_NOTE), styles.body),
        para(fill(context.tr(SOURCE_LINE), [source]), styles.muted),
    ]
    # The caveat stays on the table's page: together when they fit, else with its end.
    return [Spacer(1, 4), KeepTogether([*block, table, *caveat])]


def _name_cell(context: ReportContext, result: BeforeAfter) -> Flowable:
    """The medicine's name, and any other medicine changed inside its windows."""
    lines = [escape(result.medication.name)]
    for other in result.others:
        text = fill(
            context.tr(OTHER_TEXTS[other.kind]),
            (other.medication.name, context.locale.date(other.day)),
        )
        lines.append(f"<i>{escape(text)}</i>")
    return Paragraph("<br/>".join(lines), context.styles.cell)


def _sides(context: ReportContext, result: BeforeAfter) -> list[Flowable | str]:
    cells: list[Flowable | str] = []
    for side in (result.before, result.after):
        cells.append(
            markup(
                "<b>{rate}</b><br/>{counted}",
                context.styles.cell,
                rate=fill(context.tr(PER_WEEK), [context.locale.number(side.per_week, 1)]),
                counted=_counted(context, side),
            )
        )
    return cells


def _counted(context: ReportContext, side: ObservedWindow) -> str:
    locale = context.locale
    return fill(
        context.tr(COUNTED),
        (
            locale.number(side.episodes),
            locale.number(side.observed_days),
            locale.date(side.window.first),
            locale.date(side.window.last),
        ),
    )


def _day(context: ReportContext, day: dt.date | None, missing: str | None = None) -> str:
    if day is not None:
        return context.locale.date(day)
    return missing if missing is not None else context.tr(NOT_RECORDED)


def _table(
    rows: list[list[Flowable | str]],
    fractions: tuple[float, ...],
    width: float,
    extra: list[tuple[object, ...]] | None = None,
) -> Table:
    widths = [width * fraction for fraction in fractions[:-1]]
    widths.append(width - sum(widths))
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *(extra or []),
    ]
    return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")
