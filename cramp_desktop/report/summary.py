"""Page 1 of the report, read in a minute: who and when, how complete the log is, the topics
to discuss, the key numbers against the previous period, and episodes per week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from typing import TypeVar

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from cramp_desktop.core.episodes import Muscle, Side
from cramp_desktop.core.labels import LABEL_CONTEXT, label
from cramp_desktop.core.stats import PeriodStats, logged_days, weekly_counts
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.locales import day_month
from cramp_desktop.report import topics, warning_box
from cramp_desktop.report.charts import bar_chart, chart_block, data_table
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.model import ReportSection
from cramp_desktop.report.text import markup, para

TITLE = QT_TRANSLATE_NOOP("Report", "Leg cramp report")
PERIOD = QT_TRANSLATE_NOOP("Report", "Period")
SPAN = QT_TRANSLATE_NOOP("Report", "%1 to %2")
SPAN_DAYS = QT_TRANSLATE_NOOP("Report", "%1 days")
SPAN_ONE_DAY = QT_TRANSLATE_NOOP("Report", "1 day")
MADE = QT_TRANSLATE_NOOP("Report", "Made")
APP_VERSION = QT_TRANSLATE_NOOP("Report", "Leg Cramp Companion %1")
PATIENT = QT_TRANSLATE_NOOP("Report", "Patient")
PREPARED_FOR = QT_TRANSLATE_NOOP("Report", "Prepared for")
DAYS_LOGGED = QT_TRANSLATE_NOOP("Report", "Days logged: %1 of %2")
LOGGED_SPLIT = QT_TRANSLATE_NOOP("Report", "%1 with cramps, %2 marked “no cramps”.")
NO_RECORD = QT_TRANSLATE_NOOP("Report", "Days with no record: %1")
NO_RECORD_NOTE = QT_TRANSLATE_NOOP("Report", "not counted as days without cramps.")
NO_EPISODES = QT_TRANSLATE_NOOP("Report", "No episodes were logged in this period.")
NOTHING_LOGGED = QT_TRANSLATE_NOOP(
    "Report",
    "No day of this period was logged at all, so the report cannot say whether there were cramps.",
)
KEY_NUMBERS = QT_TRANSLATE_NOOP("Report", "Key numbers")
FIGURE = QT_TRANSLATE_NOOP("Report", "Figure")
THIS_PERIOD = QT_TRANSLATE_NOOP("Report", "This period")
PREVIOUS_PERIOD = QT_TRANSLATE_NOOP("Report", "Previous period")
EPISODES = QT_TRANSLATE_NOOP("Report", "Episodes")
CRAMP_DAYS = QT_TRANSLATE_NOOP("Report", "Cramp days")
PER_WEEK = QT_TRANSLATE_NOOP("Report", "Episodes per week")
MEDIAN_SEVERITY = QT_TRANSLATE_NOOP("Report", "Median severity (0–10)")
MAX_SEVERITY = QT_TRANSLATE_NOOP("Report", "Highest severity (0–10)")
MEDIAN_DURATION = QT_TRANSLATE_NOOP("Report", "Median duration (minutes)")
MAX_DURATION = QT_TRANSLATE_NOOP("Report", "Longest duration (minutes)")
WOKE = QT_TRANSLATE_NOOP("Report", "Episodes that woke the patient")
SLEEP_DISTURBANCE = QT_TRANSLATE_NOOP("Report", "Mean sleep disturbance (0–10)")
BY_SIDE = QT_TRANSLATE_NOOP("Report", "By side")
BY_MUSCLE = QT_TRANSLATE_NOOP("Report", "By muscle")
PERIODS_COMPARED = QT_TRANSLATE_NOOP("Report", "This period: %1. Previous period: %2.")
COUNT_SHARE = QT_TRANSLATE_NOOP("Report", "%1 (%2)")
NONE_VALUE = "–"
NONE_NOTE = QT_TRANSLATE_NOOP("Report", "– means no episodes, or not recorded.")
PREVIOUS_NOT_LOGGED = QT_TRANSLATE_NOOP(
    "Report", "Nothing was logged in the previous period, so there is nothing to compare with."
)
CHANCE_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Figures vary by chance: a change between periods does not show that anything tried had "
    "an effect.",
)
WEEK_AXIS = QT_TRANSLATE_NOOP("Report", "Episodes")
WEEK_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Each bar is a week of the period, labelled by its first day."
)
WEEK_PARTIAL = QT_TRANSLATE_NOOP("Report", "The last bar covers only %1 days.")
WEEK_PARTIAL_ONE = QT_TRANSLATE_NOOP("Report", "The last bar covers only 1 day.")
WEEK_UNLOGGED = QT_TRANSLATE_NOOP("Report", "– marks a week without any logged day.")

WEEK_CHART_HEIGHT = 80.0
Code = TypeVar("Code", bound=StrEnum)


def build(context: ReportContext) -> list[Flowable]:
    # The warning box comes first, before anything else on the page (issue 11).
    story: list[Flowable] = [*_title_block(context), warning_box.box(context), Spacer(1, 4)]
    story += _completeness(context)
    current = context.current
    story.append(Spacer(1, 4))
    story.append(topics.box(context))  # the routine topics, below the warning box
    context.check_cancelled()
    if current.days_logged:  # with nothing logged, a comparison would compare nothing
        story.append(_key_numbers(context))
    if current.episodes:
        story.append(_weekly_chart(context))
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
    if data.options.patient_name.strip():
        rows.append((context.tr(PATIENT), data.options.patient_name.strip()))
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


def _completeness(context: ReportContext) -> list[Flowable]:
    current, locale, styles = context.current, context.locale, context.styles
    days = current.period.days
    template = "<b>{logged}</b> — {split}"
    values = {
        "logged": fill(
            context.tr(DAYS_LOGGED), (locale.number(current.days_logged), locale.number(days))
        ),
        "split": fill(
            context.tr(LOGGED_SPLIT),
            (locale.number(current.cramp_days), locale.number(current.no_cramp_days)),
        ),
    }
    if current.days_logged < days:
        template += " <b>{unlogged}</b> — {note}"
        unlogged = locale.number(days - current.days_logged)
        values["unlogged"] = fill(context.tr(NO_RECORD), (unlogged,))
        values["note"] = context.tr(NO_RECORD_NOTE)
    story: list[Flowable] = [markup(template, styles.body, **values)]
    if current.episodes == 0:
        story.append(markup("<b>{text}</b>", styles.body, text=context.tr(NO_EPISODES)))
    if current.days_logged == 0:
        story.append(para(context.tr(NOTHING_LOGGED), styles.body))
    return story


# -- key numbers -------------------------------------------------------------------------
def _key_numbers(context: ReportContext) -> Flowable:
    """The headline figures (left) and the split by side and muscle (right), this period
    against the previous one."""
    styles, locale = context.styles, context.locale
    current, previous = context.current, context.previous
    compare_previous = previous.days_logged > 0
    right = ParagraphStyle("cell-right", parent=styles.cell_bold, alignment=TA_RIGHT)

    def header(first: str) -> list[object]:
        return [
            para(first, styles.cell_bold),
            para(context.tr(THIS_PERIOD), right),
            para(context.tr(PREVIOUS_PERIOD), right),
        ]

    def row(caption: str, now: str, before: str) -> list[object]:
        return [para(caption, styles.cell), now, before if compare_previous else NONE_VALUE]

    figures = [header(context.tr(FIGURE))]
    figures += [row(context.tr(caption), *values) for caption, values in _figure_rows(context)]
    splits = [header(context.tr(EPISODES))]
    section_rows = []
    for caption, split in (
        (BY_SIDE, _split(context, current.by_side, previous.by_side, list(Side))),
        (BY_MUSCLE, _split(context, current.by_muscle, previous.by_muscle, list(Muscle))),
    ):
        if split:
            section_rows.append(len(splits))
            splits.append([para(context.tr(caption), styles.cell_bold), "", ""])
            splits += [row(*item) for item in split]
    gap = 12.0
    number = 0.115 * context.width
    left = 0.56 * (context.width - gap)
    right_width = context.width - gap - left
    tables = [data_table(figures, [left - 2 * number, number, number])]
    if len(splits) > 1:
        widths = [right_width - 2 * number, number, number]
        tables.append(data_table(splits, widths, section_rows=section_rows))
    side_by_side = Table(
        [[*tables]] if len(tables) == 2 else [[tables[0]]],
        colWidths=[left + gap, right_width] if len(tables) == 2 else [context.width],
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
        context.tr(PERIODS_COMPARED),
        (
            f"{locale.date(current.period.first)} – {locale.date(current.period.last)}",
            f"{locale.date(previous.period.first)} – {locale.date(previous.period.last)}",
        ),
    )
    notes = [context.tr(CHANCE_NOTE)]
    if any(NONE_VALUE in row for row in [*figures, *splits]):
        notes.insert(0, context.tr(NONE_NOTE))
    if not compare_previous:
        notes.insert(0, context.tr(PREVIOUS_NOT_LOGGED))
    return KeepTogether(
        [
            para(context.tr(KEY_NUMBERS), styles.h2),
            para(spans, styles.muted),
            side_by_side,
            Spacer(1, 3),
            para(" ".join(notes), styles.muted),
        ]
    )


def _figure_rows(context: ReportContext) -> list[tuple[str, tuple[str, str]]]:
    locale = context.locale
    stats = (context.current, context.previous)

    def each(render: Callable[[PeriodStats], str]) -> tuple[str, str]:
        return (render(stats[0]), render(stats[1]))

    return [
        (EPISODES, each(lambda s: locale.number(s.episodes))),
        (CRAMP_DAYS, each(lambda s: locale.number(s.cramp_days))),
        (PER_WEEK, each(lambda s: locale.number(s.episodes_per_week, 1))),
        (MEDIAN_SEVERITY, each(lambda s: scale_value(context, s.median_severity))),
        (MAX_SEVERITY, each(lambda s: scale_value(context, s.max_severity))),
        (MEDIAN_DURATION, each(lambda s: minutes(context, s.median_duration_s))),
        (MAX_DURATION, each(lambda s: minutes(context, s.max_duration_s))),
        (WOKE, each(lambda s: _share(context, s.woke_share))),
        (SLEEP_DISTURBANCE, each(lambda s: scale_value(context, s.mean_sleep_disturbance, 1))),
    ]


def _split(
    context: ReportContext,
    now: Mapping[Code, int],
    before: Mapping[Code, int],
    codes: Sequence[Code],
) -> list[tuple[str, str, str]]:
    """(label, count now, count before) for codes seen in either period."""
    total_now, total_before = sum(now.values()), sum(before.values())
    rows = []
    for code in codes:
        a, b = now.get(code, 0), before.get(code, 0)
        if a or b:
            rows.append(
                (
                    context.tr(label(code), LABEL_CONTEXT),
                    _count_share(context, a, total_now),
                    _count_share(context, b, total_before),
                )
            )
    return rows


# -- chart -------------------------------------------------------------------------------
def _weekly_chart(context: ReportContext) -> Flowable:
    period = context.data.options.period
    weeks = weekly_counts(context.data.episodes, period)
    with_year = period.days > 330
    labels = [
        context.locale.date(first) if with_year else day_month(context.locale.qlocale, first)
        for first, _ in weeks
    ]
    logged = logged_days(context.data.episodes, context.data.day_records, period)
    texts = []
    for first, count in weeks:
        days = {first + dt.timedelta(days=n) for n in range(7)}
        texts.append(context.locale.number(count) if count or days & logged else NONE_VALUE)
    drawing = bar_chart(
        [count for _, count in weeks],
        labels,
        width=context.width,
        height=WEEK_CHART_HEIGHT,
        value_caption=context.tr(WEEK_AXIS),
        bar_texts=texts,
    )
    note = context.tr(WEEK_NOTE)
    last_days = period.days % 7
    if last_days:
        partial = WEEK_PARTIAL_ONE if last_days == 1 else WEEK_PARTIAL
        note += " " + fill(context.tr(partial), (context.locale.number(last_days),))
    if NONE_VALUE in texts and len(weeks) <= 31:
        note += " " + context.tr(WEEK_UNLOGGED)
    return chart_block(
        para(context.tr(PER_WEEK), context.styles.h2), drawing, para(note, context.styles.muted)
    )


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


def _count_share(context: ReportContext, count: int, total: int) -> str:
    if total == 0:
        return context.locale.number(count)
    return fill(
        context.tr(COUNT_SHARE),
        (context.locale.number(count), context.locale.percent(count / total)),
    )
