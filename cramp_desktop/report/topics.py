"""Page 1's framed "Topics to discuss", below the warning box: the reasons for a routine
appointment (from the period's entries, a log with many cramp days, and the latest
checklist), then the checklist's findings: possible contributing factors and symptoms that
may be another condition. Topics only: never a recommendation to change treatment."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from cramp_desktop.core.checklist import FindingGroup
from cramp_desktop.core.checklist_content import CHECKLIST_CONTEXT
from cramp_desktop.core.red_flags import (
    FREQUENT_WINDOW_DAYS,
    RED_FLAG_CONTEXT,
    RED_FLAGS,
    frequent_cramp_days,
)
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.styles import FONT_BOLD
from cramp_desktop.report.text import escape
from cramp_desktop.report.warning_box import framed, logged_line, logged_warning_flags

TOPICS = QT_TRANSLATE_NOOP("Report", "Topics to discuss")
APPOINTMENT = QT_TRANSLATE_NOOP("Report", "Reasons for a routine appointment")
NO_APPOINTMENT = QT_TRANSLATE_NOOP(
    "Report", "No reason for a routine appointment was logged or answered."
)
FREQUENT = QT_TRANSLATE_NOOP(
    "Report",
    "Cramps on %1 of the %2 days up to %3 (the log); the app suggested a routine appointment.",
)
IN_CHECKLIST = QT_TRANSLATE_NOOP("Report", "(“yes” in the checklist of %1)")
FACTORS = QT_TRANSLATE_NOOP("Report", "Possible contributing factors (checklist of %1)")
OTHER_CONDITIONS = QT_TRANSLATE_NOOP(
    "Report", "Symptoms that may be another condition (checklist of %1)"
)
RECENT = QT_TRANSLATE_NOOP("Report", "started or changed in the last 3 months")
NO_FACTORS = QT_TRANSLATE_NOOP("Report", "The checklist of %1 found no risk factor.")
NO_FACTORS_UNANSWERED = QT_TRANSLATE_NOOP(
    "Report",
    "The checklist of %1 found no risk factor in the questions answered; %2 questions were "
    "not answered.",
)
NO_CHECKLIST = QT_TRANSLATE_NOOP("Report", "No checklist has been completed.")
NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "Report",
    "From the patient's own entries and checklist answers: topics to talk about, not a diagnosis.",
)

RULE_WIDTH = 1.0  # thinner than the warning box's


def box(context: ReportContext) -> Flowable:
    """The framed box; it may continue on the next page (one row per item)."""
    styles = context.styles
    item = ParagraphStyle("topic", parent=styles.box, leftIndent=9, bulletIndent=0, spaceAfter=1.5)
    heading = ParagraphStyle(
        "topics", parent=styles.h2, spaceBefore=0, spaceAfter=2, keepWithNext=0
    )
    part = ParagraphStyle("topics-part", parent=styles.box, fontName=FONT_BOLD, spaceBefore=2)
    rows: list[Flowable] = [Paragraph(escape(context.tr(TOPICS)), heading)]
    rows += _appointment(context, item, part)
    rows += _findings(context, item, part)
    rows.append(Paragraph(escape(context.tr(NOT_A_DIAGNOSIS)), styles.muted))
    return framed(context, rows, RULE_WIDTH)


def _appointment(
    context: ReportContext, item: ParagraphStyle, part: ParagraphStyle
) -> list[Flowable]:
    """Routine-appointment topics from the log (dated, as recorded) and the checklist."""
    rows: list[Flowable] = []
    for flag, episode, count in logged_warning_flags(context):
        if not flag.is_warning_sign:
            rows.append(Paragraph(logged_line(context, flag, episode, count), item, bulletText="•"))
    last = context.data.options.period.last
    days = frequent_cramp_days(context.data.episodes, last)
    if days is not None:
        locale = context.locale
        values = (locale.number(days), locale.number(FREQUENT_WINDOW_DAYS), locale.date(last))
        rows.append(Paragraph(escape(fill(context.tr(FREQUENT), values)), item, bulletText="•"))
    checklist = _latest_checklist_day(context)
    if checklist is not None:
        day = context.locale.date(checklist)
        for finding in context.evaluations[0].in_group(FindingGroup.APPOINTMENT):
            if finding.kind != "red-flag":
                continue
            flag = RED_FLAGS[finding.id]
            # The heading says what to do (a routine appointment); the item what and when.
            title = escape(context.tr(flag.title, RED_FLAG_CONTEXT))
            where = escape(fill(context.tr(IN_CHECKLIST), (day,)))
            rows.append(Paragraph(f"<b>{title}</b> {where}", item, bulletText="•"))
    if not rows:
        return [Paragraph(escape(context.tr(NO_APPOINTMENT)), context.styles.box)]
    return [Paragraph(escape(context.tr(APPOINTMENT)), part), *rows]


def _findings(context: ReportContext, item: ParagraphStyle, part: ParagraphStyle) -> list[Flowable]:
    checklist = _latest_checklist_day(context)
    if checklist is None:
        return [Paragraph(escape(context.tr(NO_CHECKLIST)), context.styles.box)]
    day = context.locale.date(checklist)
    evaluation = context.evaluations[0]
    risks = [f for f in evaluation.findings if f.kind == "risk"]
    others = [f for f in evaluation.findings if f.kind == "other-condition"]
    rows: list[Flowable] = []
    for title, findings in ((FACTORS, risks), (OTHER_CONDITIONS, others)):
        if not findings:
            continue
        rows.append(Paragraph(escape(fill(context.tr(title), (day,))), part))
        for finding in findings:
            text = escape(context.tr(finding.title, finding.text_context or CHECKLIST_CONTEXT))
            if finding.recent:
                text += f" <i>({escape(context.tr(RECENT))})</i>"
            rows.append(Paragraph(text, item, bulletText="•"))
    if not rows:
        unanswered = len(evaluation.unanswered)
        if unanswered:
            text = fill(context.tr(NO_FACTORS_UNANSWERED), (day, context.locale.number(unanswered)))
        else:
            text = fill(context.tr(NO_FACTORS), (day,))
        rows.append(Paragraph(escape(text), context.styles.box))
    return rows


def _latest_checklist_day(context: ReportContext) -> dt.date | None:
    if not context.data.assessments or not context.evaluations:
        return None
    return context.data.assessments[0].completed_at.date()
