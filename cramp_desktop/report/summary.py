"""Page 1 of the report, read in a minute, top to bottom: who and when, the warning box
(topics to discuss), how well the diary was kept, the key numbers (against the previous
period when both are kept well enough to compare), the current medicines, and cramp days per
month over the last 12 months."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from cramp_desktop.core.stats import Period, PeriodStats, comparable
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report import overview, topics, warning_box
from cramp_desktop.report.charts import data_table
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.locale import ReportLocale
from cramp_desktop.report.model import ReportSection
from cramp_desktop.report.text import para

TITLE = QT_TRANSLATE_NOOP("Report", "Leg cramp report")
PERIOD = QT_TRANSLATE_NOOP("Report", "Period")
SPAN = QT_TRANSLATE_NOOP("Report", "%1 to %2")
SPAN_DAYS = QT_TRANSLATE_NOOP("Report", "%1 days")
SPAN_ONE_DAY = QT_TRANSLATE_NOOP("Report", "1 day")
MADE = QT_TRANSLATE_NOOP("Report", "Made")
APP_VERSION = QT_TRANSLATE_NOOP("Report", "Leg Cramp Companion %1")
PATIENT = QT_TRANSLATE_NOOP("Report", "Patient")
PREPARED_FOR = QT_TRANSLATE_NOOP("Report", "Prepared for")
BORN = QT_TRANSLATE_NOOP("Report", "born %1")
NO_EPISODES = QT_TRANSLATE_NOOP("Report", "No episodes were logged in this period.")
KEY_NUMBERS = QT_TRANSLATE_NOOP("Report", "Key numbers")
FIGURE = QT_TRANSLATE_NOOP("Report", "Figure")
THIS_PERIOD = QT_TRANSLATE_NOOP("Report", "This period")
PREVIOUS_PERIOD = QT_TRANSLATE_NOOP("Report", "Previous period")
EPISODES = QT_TRANSLATE_NOOP("Report", "Episodes")
CRAMP_DAYS = QT_TRANSLATE_NOOP("Report", "Cramp days")
PER_WEEK = QT_TRANSLATE_NOOP("Report", "Episodes per week")
CRAMP_DAYS_PER_WEEK = QT_TRANSLATE_NOOP("Report", "Cramp days per week")
PER_WEEK_NOTE = QT_TRANSLATE_NOOP("Report", "Per week: over the days the diary was kept.")
THIS_PERIOD_ONLY = QT_TRANSLATE_NOOP("Report", "This period: %1.")
NOT_COMPARABLE = QT_TRANSLATE_NOOP(
    "Report",
    "Not comparable with the previous period: the diary covers %1 of %2 days of it.",
)
NOT_COMPARABLE_NOW = QT_TRANSLATE_NOOP(
    "Report",
    "Not compared with the previous period: the diary covers only %1 of %2 days of this period.",
)
MEDIAN_SEVERITY = QT_TRANSLATE_NOOP("Report", "Median severity (0–10)")
MAX_SEVERITY = QT_TRANSLATE_NOOP("Report", "Highest severity (0–10)")
MEDIAN_DURATION = QT_TRANSLATE_NOOP("Report", "Median duration (minutes)")
MAX_DURATION = QT_TRANSLATE_NOOP("Report", "Longest duration (minutes)")
WOKE = QT_TRANSLATE_NOOP("Report", "Episodes that woke the patient")
SLEEP_DISTURBANCE = QT_TRANSLATE_NOOP("Report", "Mean sleep disturbance (0–10)")
PERIODS_COMPARED = QT_TRANSLATE_NOOP("Report", "This period: %1. Previous period: %2.")
NONE_VALUE = "–"
NONE_NOTE = QT_TRANSLATE_NOOP("Report", "– means no episodes, or not recorded.")
CHANCE_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Figures vary by chance: a change between periods does not show that anything tried had "
    "an effect.",
)


def build(context: ReportContext) -> list[Flowable]:
    # The warning box comes first, before anything else on the page (issue 11).
    story: list[Flowable] = [*_title_block(context), warning_box.box(context), Spacer(1, 4)]
    story += overview.coverage(context)
    medicines = overview.current_medicines(context)
    if context.current.days_logged:  # with nothing logged, a comparison would compare nothing
        story.append(_key_numbers(context, beside=medicines))
    else:
        story.append(KeepTogether(medicines))
    context.check_cancelled()
    story.append(overview.monthly_chart(context))
    story.append(topics.box(context))  # the routine topics, after the figures
    later = [s for s in ReportSection if s in context.data.options.sections]
    if later and later[-1] != ReportSection.SUMMARY:
        story.append(PageBreak())
    return story


# -- header ------------------------------------------------------------------------------
def _title_block(context: ReportContext) -> list[Flowable]:
    data, locale, styles = context.data, context.locale, context.styles
    period = data.options.period
    first, last = locale.date(period.first, long=True), locale.date(period.last, long=True)
    span = first if period.days == 1 else fill(context.tr(SPAN), (first, last))
    days = SPAN_ONE_DAY if period.days == 1 else SPAN_DAYS
    span += " · " + fill(context.tr(days), (locale.number(period.days),))
    made = f"{locale.date(data.generated_at.date(), long=True)}, {locale.time(data.generated_at)}"
    made += " · " + fill(context.tr(APP_VERSION), (data.app_version,))
    rows: list[tuple[str, str]] = [(context.tr(PERIOD), span)]
    patient = patient_line(data.options.patient_name, data.options.date_of_birth, locale)
    if patient:
        rows.append((context.tr(PATIENT), patient))
    if data.options.prepared_for.strip():
        rows.append((context.tr(PREPARED_FOR), data.options.prepared_for.strip()))
    rows.append((context.tr(MADE), made))
    label_width = 0.2 * context.width
    table = Table(
        [[para(name, styles.muted), para(value, styles.body)] for name, value in rows],
        colWidths=[label_width, context.width - label_width],
        hAlign="LEFT",
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return [para(context.tr(TITLE), styles.title), table, Spacer(1, 5)]


def patient_line(name: str, born: dt.date | None, locale: ReportLocale) -> str:
    """The name typed at export and the date of birth, if given: "Ann Example · born 3 Mar
    1950" (also the running header's)."""
    parts = [name.strip()] if name.strip() else []
    if born is not None:
        parts.append(fill(locale.tr(BORN), (locale.date(born),)))
    return " · ".join(parts)


# -- key numbers -------------------------------------------------------------------------
def _key_numbers(context: ReportContext, beside: list[Flowable]) -> Flowable:
    """The headline figures, this period and, when both are kept well enough to compare,
    the previous one (left), with `beside` (the current medicines) on the right. The
    split by side and muscle is in the patterns section."""
    styles = context.styles
    current, previous = context.current, context.previous
    compare_previous = comparable(current, previous)
    right = ParagraphStyle("cell-right", parent=styles.cell_bold, alignment=TA_RIGHT)
    header = [para(context.tr(FIGURE), styles.cell_bold), para(context.tr(THIS_PERIOD), right)]
    if compare_previous:
        header.append(para(context.tr(PREVIOUS_PERIOD), right))
    figures: list[list[object]] = [header]
    for caption, (now, before) in _figure_rows(context):
        figures.append([para(context.tr(caption), styles.cell), now, before][: len(header)])
    gap = 14.0
    number = 0.115 * context.width
    left = 0.56 * (context.width - gap)
    widths = [left - (len(header) - 1) * number, *[number] * (len(header) - 1)]
    side_by_side = Table(
        [[data_table(figures, widths), beside]],
        colWidths=[left + gap, context.width - gap - left],
        hAlign="LEFT",
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    spans = fill(
        context.tr(PERIODS_COMPARED if compare_previous else THIS_PERIOD_ONLY),
        (_span(context, current.period), _span(context, previous.period)),
    )
    notes = [context.tr(PER_WEEK_NOTE)]
    if compare_previous:
        notes.append(context.tr(CHANCE_NOTE))
    else:
        notes.insert(0, _not_comparable(context))
    if any(NONE_VALUE in row for row in figures):
        notes.append(context.tr(NONE_NOTE))
    return KeepTogether(
        [
            para(context.tr(KEY_NUMBERS), styles.h2),
            para(spans, styles.muted),
            side_by_side,
            Spacer(1, 3),
            para(" ".join(notes), styles.muted),
        ]
    )


def _span(context: ReportContext, period: Period) -> str:
    return f"{context.locale.date(period.first)} – {context.locale.date(period.last)}"


def _not_comparable(context: ReportContext) -> str:
    """Why the previous period is not compared: the worse-kept of the two periods."""
    worse = context.previous if context.current.coverage.mostly_observed else context.current
    template = NOT_COMPARABLE if worse is context.previous else NOT_COMPARABLE_NOW
    kept = worse.coverage
    values = (context.locale.number(kept.observed_count), context.locale.number(kept.day_count))
    return fill(context.tr(template), values)


def _figure_rows(context: ReportContext) -> list[tuple[str, tuple[str, str]]]:
    locale = context.locale
    stats = (context.current, context.previous)

    def each(render: Callable[[PeriodStats], str]) -> tuple[str, str]:
        return (render(stats[0]), render(stats[1]))

    def rate(value: float | None) -> str:
        return NONE_VALUE if value is None else locale.number(value, 1)

    return [
        (EPISODES, each(lambda s: locale.number(s.episodes))),
        (CRAMP_DAYS, each(lambda s: locale.number(s.cramp_days))),
        (PER_WEEK, each(lambda s: rate(s.episodes_per_week))),
        (CRAMP_DAYS_PER_WEEK, each(lambda s: rate(s.cramp_days_per_week))),
        (MEDIAN_SEVERITY, each(lambda s: scale_value(context, s.median_severity))),
        (MAX_SEVERITY, each(lambda s: scale_value(context, s.max_severity))),
        (MEDIAN_DURATION, each(lambda s: minutes(context, s.median_duration_s))),
        (MAX_DURATION, each(lambda s: minutes(context, s.max_duration_s))),
        (WOKE, each(lambda s: _share(context, s.woke_share))),
        (SLEEP_DISTURBANCE, each(lambda s: scale_value(context, s.mean_sleep_disturbance, 1))),
    ]


# -- formatting --------------------------------------------------------------------------
def scale_value(context: ReportContext, value: float | None, decimals: int | None = None) -> str:
    """A 0-10 value: whole numbers as such, halves (medians) with one decimal."""
    if value is None:
        return NONE_VALUE
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    return context.locale.number(value, decimals)


def minutes(context: ReportContext, seconds: float | None) -> str:
    """Minutes, with one decimal below ten minutes (0.5, 1.5) and whole above."""
    if seconds is None:
        return NONE_VALUE
    value = seconds / 60
    decimals = 1 if value < 10 and not round(value, 1).is_integer() else 0
    return context.locale.number(value, decimals)


def _share(context: ReportContext, share: float | None) -> str:
    return NONE_VALUE if share is None else context.locale.percent(share)
