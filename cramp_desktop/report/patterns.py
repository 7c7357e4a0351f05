"""Report section "Patterns": the calendar of cramp days, time of day, severity over time,
muscles and sides, relief tried, and trigger associations (never causes)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import QDate
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cramp_desktop.core.episodes import Episode, Relief, ReliefHelped, Side, Trigger
from cramp_desktop.core.labels import LABEL_CONTEXT, label
from cramp_desktop.core.stats import (
    MIN_DAYS,
    cramp_days,
    episodes_in,
    logged_days,
    no_cramp_days,
    severity_series,
    trigger_associations,
)
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.locales import day_month
from cramp_desktop.report.calendar_grid import DayMarks, legend, month_rows, months_of
from cramp_desktop.report.charts import bar_chart, chart_block, data_table, label_every
from cramp_desktop.report.charts import scatter_chart as scatter
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.summary import NO_EPISODES
from cramp_desktop.report.text import para

HEADING = QT_TRANSLATE_NOOP("Report", "Patterns")
CALENDAR = QT_TRANSLATE_NOOP("Report", "Calendar of cramp days")
LEGEND_CRAMP = QT_TRANSLATE_NOOP("Report", "Cramp day")
LEGEND_NONE = QT_TRANSLATE_NOOP("Report", "Marked “no cramps”")
LEGEND_BLANK = QT_TRANSLATE_NOOP("Report", "No record")
CALENDAR_CAPPED = QT_TRANSLATE_NOOP(
    "Report", "The period covers %1 months; the calendar shows the last 12."
)
TIME_OF_DAY = QT_TRANSLATE_NOOP("Report", "Time of day")
EPISODES_AXIS = QT_TRANSLATE_NOOP("Report", "Episodes")
HOUR_NOTE = QT_TRANSLATE_NOOP("Report", "By the hour in which each episode began, local time.")
SEVERITY = QT_TRANSLATE_NOOP("Report", "Severity of each episode")
SEVERITY_AXIS = QT_TRANSLATE_NOOP("Report", "Severity (0–10)")
SEVERITY_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Each dot is one episode: 0 is no pain, 10 the worst pain imaginable."
)
MUSCLES = QT_TRANSLATE_NOOP("Report", "Muscles and sides")
MUSCLE = QT_TRANSLATE_NOOP("Report", "Muscle")
TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
RELIEF = QT_TRANSLATE_NOOP("Report", "Relief tried")
RELIEF_COLUMN = QT_TRANSLATE_NOOP("Report", "Relief")
TIMES_TRIED = QT_TRANSLATE_NOOP("Report", "Times tried")
NOT_RECORDED = QT_TRANSLATE_NOOP("Report", "Not recorded")
NOTHING_TRIED = QT_TRANSLATE_NOOP("Report", "Nothing was tried for %1 episodes.")
NOTHING_TRIED_ONE = QT_TRANSLATE_NOOP("Report", "Nothing was tried for 1 episode.")
NO_RELIEF = QT_TRANSLATE_NOOP("Report", "No relief was recorded in this period.")
RELIEF_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "When several things were tried for one episode, the answer counts for each of them. "
    "Cramps often ease by themselves, so feeling better afterwards does not prove that a "
    "remedy works.",
)
TRIGGERS = QT_TRANSLATE_NOOP("Report", "Possible triggers: associations, not causes")
TRIGGER_INTRO = QT_TRANSLATE_NOOP(
    "Report",
    "Cramp days among the logged days on which the patient noted a possible trigger (in the "
    "24 hours before an episode, or on a day marked “no cramps”), against the other logged "
    "days. A trigger is shown only with at least %1 logged days with it and %1 without.",
)
TRIGGER = QT_TRANSLATE_NOOP("Report", "Trigger")
DAYS_WITH = QT_TRANSLATE_NOOP("Report", "Cramp days when noted")
DAYS_WITHOUT = QT_TRANSLATE_NOOP("Report", "Cramp days otherwise")
READING = QT_TRANSLATE_NOOP("Report", "Reading")
ASSOCIATION = QT_TRANSLATE_NOOP("Report", "association, not cause")
OF_DAYS = QT_TRANSLATE_NOOP("Report", "%1 of %2 (%3)")
TRIGGER_CAVEAT = QT_TRANSLATE_NOOP(
    "Report",
    "Triggers are noted mostly together with a cramp, which makes days with a trigger look "
    "worse than they may be.",
)
TOO_LITTLE = QT_TRANSLATE_NOOP(
    "Report", "Too little data to compare (fewer than %2 logged days with it, or without it): %1."
)
NONE_QUALIFY = QT_TRANSLATE_NOOP(
    "Report",
    "No possible trigger had enough logged days to compare (at least %1 with it and %1 without).",
)
NO_TRIGGERS = QT_TRANSLATE_NOOP("Report", "No possible triggers were noted in this period.")

HOUR_CHART_HEIGHT = 110.0
SEVERITY_CHART_HEIGHT = 120.0


def build(context: ReportContext) -> list[Flowable]:
    styles = context.styles
    period = context.data.options.period
    chosen = episodes_in(context.data.episodes, period)
    story: list[Flowable] = [para(context.tr(HEADING), styles.h1)]
    if context.current.days_logged:
        story += _calendar(context, chosen)
    if not chosen:
        story.append(para(context.tr(NO_EPISODES), styles.body))
        return story
    context.check_cancelled()
    story += [_time_of_day(context), _severity(context)]
    context.check_cancelled()
    story += [_muscles_and_sides(context, chosen), _relief(context, chosen)]
    context.check_cancelled()
    story.append(_triggers(context, chosen))
    return story


def _text(context: ReportContext, code: Side | Relief | ReliefHelped | Trigger) -> str:
    return context.tr(label(code), LABEL_CONTEXT)


# -- calendar ----------------------------------------------------------------------------
def _calendar(context: ReportContext, chosen: list[Episode]) -> list[Flowable]:
    period = context.data.options.period
    marks = DayMarks(
        frozenset(cramp_days(chosen, period)),
        frozenset(no_cramp_days(chosen, context.data.day_records, period)),
    )
    labels = [context.tr(LEGEND_CRAMP), context.tr(LEGEND_NONE), context.tr(LEGEND_BLANK)]
    rows = month_rows(context.locale, period, marks, context.width)
    lead: list[Flowable] = [para(context.tr(CALENDAR), context.styles.h2)]
    months = len(months_of(period))
    if months > len(rows) * 4:
        capped = fill(context.tr(CALENDAR_CAPPED), (context.locale.number(months),))
        lead.append(para(capped, context.styles.muted))
    lead += [legend(labels, context.width), Spacer(1, 4)]
    return [KeepTogether([*lead, rows[0]]), *rows[1:]]


# -- charts ------------------------------------------------------------------------------
def _time_of_day(context: ReportContext) -> Flowable:
    labels = [context.locale.time(dt.time(hour, 0)) for hour in range(24)]
    every = 3 if label_every(labels, context.width - 40) <= 3 else 6
    drawing = bar_chart(
        context.current.by_hour,
        labels,
        width=context.width,
        height=HOUR_CHART_HEIGHT,
        value_caption=context.tr(EPISODES_AXIS),
        every=every,
    )
    return chart_block(
        para(context.tr(TIME_OF_DAY), context.styles.h2),
        drawing,
        para(context.tr(HOUR_NOTE), context.styles.muted),
    )


def _severity(context: ReportContext) -> Flowable:
    period = context.data.options.period
    points = [
        ((moment.date() - period.first).days + (moment.hour + moment.minute / 60) / 24, value)
        for moment, value in severity_series(context.data.episodes, period)
    ]
    drawing = scatter(
        [(x, float(y)) for x, y in points],
        width=context.width,
        height=SEVERITY_CHART_HEIGHT,
        x_range=(-0.5, period.days + 0.5),
        x_ticks=_date_ticks(context),
        y_top=10,
        y_step=2,
        value_caption=context.tr(SEVERITY_AXIS),
    )
    return chart_block(
        para(context.tr(SEVERITY), context.styles.h2),
        drawing,
        para(context.tr(SEVERITY_NOTE), context.styles.muted),
    )


def _date_ticks(context: ReportContext) -> list[tuple[float, str]]:
    """Weekly ticks for short periods; then month starts, every month up to two years,
    every quarter up to four; then years."""
    period, locale = context.data.options.period, context.locale
    if period.days <= 180:
        days = [period.first + dt.timedelta(days=n) for n in range(0, period.days, 7)]
        return [(float((day - period.first).days), day_month(locale.qlocale, day)) for day in days]
    starts = [m for m in months_of(period) if m >= period.first]
    if period.days > 4 * 365:
        return [(float((m - period.first).days), str(m.year)) for m in starts if m.month == 1]
    if period.days > 730:
        starts = [m for m in starts if m.month % 3 == 1]
    return [
        (float((m - period.first).days), locale.qlocale.toString(_qdate(m), "MMM yyyy"))
        for m in starts
    ]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


# -- tables ------------------------------------------------------------------------------
def _number_head(context: ReportContext, text: str) -> Paragraph:
    style = ParagraphStyle("head-right", parent=context.styles.cell_bold, alignment=TA_RIGHT)
    return para(text, style)


def _muscles_and_sides(context: ReportContext, chosen: list[Episode]) -> Flowable:
    styles, locale = context.styles, context.locale
    counts = Counter((episode.muscle, episode.side) for episode in chosen)
    header: list[object] = [para(context.tr(MUSCLE), styles.cell_bold)]
    header += [_number_head(context, _text(context, side)) for side in Side]
    header.append(_number_head(context, context.tr(TOTAL)))
    rows = [header]
    for muscle, total in context.current.by_muscle.items():
        if total:
            row: list[object] = [para(context.tr(label(muscle), LABEL_CONTEXT), styles.cell)]
            row += [locale.number(counts[(muscle, side)]) for side in Side]
            rows.append([*row, locale.number(total)])
    totals = [locale.number(context.current.by_side[side]) for side in Side]
    rows.append([para(context.tr(TOTAL), styles.cell_bold), *totals, locale.number(len(chosen))])
    number = 0.14 * context.width
    table = data_table(rows, [context.width - 4 * number, *[number] * 4])
    return KeepTogether([para(context.tr(MUSCLES), styles.h2), table])


def _relief(context: ReportContext, chosen: list[Episode]) -> Flowable:
    styles, locale = context.styles, context.locale
    tried: Counter[Relief] = Counter()
    answers: Counter[tuple[Relief, ReliefHelped | None]] = Counter()
    nothing = 0
    for episode in chosen:
        nothing += Relief.NONE in episode.relief
        for relief in episode.relief - {Relief.NONE}:
            tried[relief] += 1
            answers[(relief, episode.relief_helped)] += 1
    heading = para(context.tr(RELIEF), styles.h2)
    notes: list[Flowable] = []
    if nothing:
        template = NOTHING_TRIED_ONE if nothing == 1 else NOTHING_TRIED
        text = fill(context.tr(template), (locale.number(nothing),))
        notes.append(para(text, styles.muted))
    if not tried:
        return KeepTogether([heading, para(context.tr(NO_RELIEF), styles.body), *notes])
    outcomes: list[ReliefHelped | None] = [*ReliefHelped, None]
    header: list[object] = [para(context.tr(RELIEF_COLUMN), styles.cell_bold)]
    header.append(_number_head(context, context.tr(TIMES_TRIED)))
    header += [_number_head(context, _text(context, o)) for o in ReliefHelped]
    header.append(_number_head(context, context.tr(NOT_RECORDED)))
    rows = [header]
    for relief in Relief:
        if tried[relief]:
            counts = [locale.number(answers[(relief, outcome)]) for outcome in outcomes]
            rows.append(
                [para(_text(context, relief), styles.cell), locale.number(tried[relief]), *counts]
            )
    number = 0.13 * context.width
    table = data_table(rows, [context.width - 5 * number, *[number] * 5])
    notes.append(para(context.tr(RELIEF_NOTE), styles.muted))
    return KeepTogether([heading, table, Spacer(1, 3), *notes])


def _triggers(context: ReportContext, chosen: list[Episode]) -> Flowable:
    styles, locale = context.styles, context.locale
    period = context.data.options.period
    minimum = locale.number(MIN_DAYS)
    associations = trigger_associations(context.data.episodes, context.data.day_records, period)
    story: list[Flowable] = [
        para(context.tr(TRIGGERS), styles.h2),
        para(fill(context.tr(TRIGGER_INTRO), (minimum,)), styles.body),
    ]
    noted = _noted_triggers(context, chosen)
    if associations:
        rows: list[list[object]] = [
            [
                para(context.tr(TRIGGER), styles.cell_bold),
                _number_head(context, context.tr(DAYS_WITH)),
                _number_head(context, context.tr(DAYS_WITHOUT)),
                para(context.tr(READING), styles.cell_bold),
            ]
        ]
        for item in associations:
            rows.append(
                [
                    para(_text(context, item.trigger), styles.cell),
                    _of(context, item.cramp_days_with, item.days_with),
                    _of(context, item.cramp_days_without, item.days_without),
                    para(context.tr(ASSOCIATION), styles.cell),
                ]
            )
        widths = [0.3, 0.22, 0.22, 0.26]
        story.append(data_table(rows, [share * context.width for share in widths]))
        story += [Spacer(1, 3), para(context.tr(TRIGGER_CAVEAT), styles.muted)]
    elif noted:
        story.append(para(fill(context.tr(NONE_QUALIFY), (minimum,)), styles.body))
    else:
        story.append(para(context.tr(NO_TRIGGERS), styles.body))
    shown = {item.trigger for item in associations}
    too_little = [_text(context, trigger) for trigger in Trigger if trigger in noted - shown]
    if too_little:
        text = fill(context.tr(TOO_LITTLE), (", ".join(too_little), minimum))
        story.append(para(text, styles.body))
    return KeepTogether(story)


def _noted_triggers(context: ReportContext, chosen: list[Episode]) -> set[Trigger]:
    """Triggers named on a logged day of the period, by an episode or a day record (the
    days core.stats.trigger_associations looks at)."""
    logged = logged_days(chosen, context.data.day_records, context.data.options.period)
    noted = {trigger for episode in chosen for trigger in episode.triggers}
    for record in context.data.day_records:
        if record.day in logged:
            noted |= record.triggers
    return noted


def _of(context: ReportContext, part: int, whole: int) -> str:
    locale = context.locale
    share = locale.percent(part / whole) if whole else "–"
    return fill(context.tr(OF_DAYS), (locale.number(part), locale.number(whole), share))
