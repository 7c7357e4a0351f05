"""Page 1 parts under the key numbers' neighbours: how well the diary was kept, the current
medicines, and cramp days per month over the last 12 months."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from cramp_desktop.core.coverage import UNOBSERVED_GAP_DAYS, diary_coverage, logged_days_of
from cramp_desktop.core.episodes import Medication
from cramp_desktop.core.labels import LABEL_CONTEXT, label
from cramp_desktop.core.stats import Period, cramp_days
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report.charts import bar_chart, chart_block
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.model import MONTHS_CHARTED
from cramp_desktop.report.text import markup, para

DIARY_KEPT = QT_TRANSLATE_NOOP("Report", "Diary kept %1 – %2: %3 of %4 days.")
NOTHING_BEFORE = QT_TRANSLATE_NOOP("Report", "Nothing recorded before %1.")
NOTHING_AFTER = QT_TRANSLATE_NOOP("Report", "Nothing recorded after %1.")
INNER_GAPS = QT_TRANSLATE_NOOP(
    "Report", "Stretches of %1 days or more without any entry count as not kept."
)
DAY_SPLIT = QT_TRANSLATE_NOOP(
    "Report",
    "Of the days kept: %1 with cramps, %2 marked “no cramps”, and %3 without any entry, "
    "counted as days without cramps because they lie in gaps shorter than %4 days "
    "(people log their cramps, not their absence).",
)
NOTHING_KEPT = QT_TRANSLATE_NOOP(
    "Report",
    "No day of this period was logged at all, so the report cannot say whether there were cramps.",
)
CURRENT = QT_TRANSLATE_NOOP("Report", "Current medicines")
SINCE = QT_TRANSLATE_NOOP("Report", "since %1")
START_UNKNOWN = QT_TRANSLATE_NOOP("Report", "start date not recorded")
NO_CURRENT = QT_TRANSLATE_NOOP("Report", "No current medicines are recorded.")
MONTHLY = QT_TRANSLATE_NOOP("Report", "Cramp days per month, %1 – %2")
MONTH_AXIS = QT_TRANSLATE_NOOP("Report", "Cramp days")
MONTH_NOTE = QT_TRANSLATE_NOOP(
    "Report", "The last 12 months. – : the diary was kept on fewer than half the month's days."
)
PARTIAL_LAST = QT_TRANSLATE_NOOP("Report", "The last bar covers only %1 days.")
PARTIAL_LAST_ONE = QT_TRANSLATE_NOOP("Report", "The last bar covers only 1 day.")
NOT_KEPT = "–"
MONTH_CHART_HEIGHT = 50.0


def coverage(context: ReportContext) -> list[Flowable]:
    """The diary's coverage of the period, in words a doctor reads at once."""
    current, locale, styles = context.current, context.locale, context.styles
    kept = current.coverage
    first, last = kept.first_observed, kept.last_observed
    if first is None or last is None:
        return [markup("<b>{text}</b>", styles.body, text=context.tr(NOTHING_KEPT))]
    days = (locale.number(kept.observed_count), locale.number(kept.day_count))
    headline = fill(context.tr(DIARY_KEPT), (locale.date(first), locale.date(last), *days))
    notes = []
    if first > kept.start:
        notes.append(fill(context.tr(NOTHING_BEFORE), (locale.date(first),)))
    if last < kept.end:
        notes.append(fill(context.tr(NOTHING_AFTER), (locale.date(last),)))
    if kept.observed_count < (last - first).days + 1:
        notes.append(fill(context.tr(INNER_GAPS), (locale.number(UNOBSERVED_GAP_DAYS),)))
    split = fill(
        context.tr(DAY_SPLIT),
        (
            locale.number(current.cramp_days),
            locale.number(current.no_cramp_days),
            locale.number(kept.unlogged_observed_count),
            locale.number(UNOBSERVED_GAP_DAYS),
        ),
    )
    return [
        markup("<b>{headline}</b> {notes}", styles.body, headline=headline, notes=" ".join(notes)),
        para(split, styles.muted),
    ]


def current_medicines(context: ReportContext) -> list[Flowable]:
    """A heading and one line per medicine taken on the period's last day (for a table
    cell, or to keep together)."""
    styles = context.styles
    last = context.data.options.period.last
    taken = [m for m in context.data.medications if _is_current(m, last)]
    lines: list[Flowable] = [para(context.tr(CURRENT), _heading(context))]
    if not taken:
        return [*lines, para(context.tr(NO_CURRENT), styles.body)]
    for medication in taken:
        started = medication.started_on
        when = (
            fill(context.tr(SINCE), (context.locale.date(started),))
            if started is not None
            else context.tr(START_UNKNOWN)
        )
        kind = context.tr(label(medication.kind), LABEL_CONTEXT)
        lines.append(
            markup(
                "<b>{name}</b> ({kind}) — {when}",
                styles.body,
                name=medication.name,
                kind=kind,
                when=when,
            )
        )
    return lines


def _is_current(medication: Medication, day: dt.date) -> bool:
    started_by = medication.started_on is None or medication.started_on <= day
    return started_by and (medication.stopped_on is None or medication.stopped_on > day)


def months_charted(last: dt.date) -> list[Period]:
    """The MONTHS_CHARTED calendar months up to the one holding `last` (that one and the
    first may be cut: the last ends on `last`)."""
    months = []
    year, month = last.year, last.month
    for _ in range(MONTHS_CHARTED):
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        months.append(Period(first, min(following - dt.timedelta(days=1), last)))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def monthly_chart(context: ReportContext) -> Flowable:
    data, locale = context.data, context.locale
    logged = logged_days_of(data.episodes, data.day_records)
    counts: list[int] = []
    texts: list[str] = []
    labels: list[str] = []
    months = months_charted(data.options.period.last)
    for month in months:
        known = data.known_until()
        kept = diary_coverage(logged, month.first, month.last, known_until=known).mostly_observed
        count = len(cramp_days(data.episodes, month)) if kept else 0
        counts.append(count)
        texts.append(locale.number(count) if kept else NOT_KEPT)
        labels.append(locale.qlocale.toString(_qdate(month.first), "MMM"))
    drawing = bar_chart(
        counts,
        labels,
        width=context.width,
        height=MONTH_CHART_HEIGHT,
        value_caption=context.tr(MONTH_AXIS),
        bar_texts=texts,
    )
    span = (_month_year(context, months[0].first), _month_year(context, months[-1].first))
    note = context.tr(MONTH_NOTE)
    if _is_cut(months[-1]):
        partial = PARTIAL_LAST_ONE if months[-1].days == 1 else PARTIAL_LAST
        note += " " + fill(context.tr(partial), (locale.number(months[-1].days),))
    return chart_block(
        para(fill(context.tr(MONTHLY), span), _heading(context)),
        drawing,
        para(note, context.styles.muted),
    )


def _heading(context: ReportContext) -> ParagraphStyle:
    """A section heading with less room above it: page 1 is full."""
    return ParagraphStyle("h2-page-one", parent=context.styles.h2, spaceBefore=4)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _month_year(context: ReportContext, day: dt.date) -> str:
    return context.locale.qlocale.toString(_qdate(day), "MMM yyyy")


def _is_cut(month: Period) -> bool:
    """Whether `month` ends before the calendar month does."""
    return (month.last + dt.timedelta(days=1)).day != 1
