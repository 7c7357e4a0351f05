"""Page 1's framed "Topics to discuss": the warning signs raised by the period's entries and
by the latest checklist (title and the action the app advised), then the checklist's
possible contributing factors. Topics only: never a recommendation to change treatment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from cramp_desktop.core.checklist_content import CHECKLIST_CONTEXT
from cramp_desktop.core.red_flags import (
    RED_FLAG_CONTEXT,
    RED_FLAGS,
    episode_red_flags,
    recent_red_flags,
    urgency_rank,
)
from cramp_desktop.core.stats import episodes_in
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.styles import FONT_BOLD, INK
from cramp_desktop.report.text import escape

TOPICS = QT_TRANSLATE_NOOP("Report", "Topics to discuss")
WARNING_SIGNS = QT_TRANSLATE_NOOP("Report", "Warning signs")
NO_WARNINGS = QT_TRANSLATE_NOOP("Report", "No warning signs were logged in this period.")
IN_ONE_ENTRY = QT_TRANSLATE_NOOP("Report", "Logged with 1 episode, on %1.")
IN_ENTRIES = QT_TRANSLATE_NOOP("Report", "Logged with %1 episodes, the latest on %2.")
IN_CHECKLIST = QT_TRANSLATE_NOOP("Report", "Answered “yes” in the checklist of %1.")
FACTORS = QT_TRANSLATE_NOOP("Report", "Possible contributing factors (checklist of %1)")
RECENT = QT_TRANSLATE_NOOP("Report", "started or changed in the last 3 months")
NO_FACTORS = QT_TRANSLATE_NOOP("Report", "The checklist of %1 found no risk factor.")
NO_CHECKLIST = QT_TRANSLATE_NOOP("Report", "No checklist has been completed.")
NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "Report",
    "From the patient's own entries and checklist answers: topics to talk about, not a diagnosis.",
)

BOX_PADDING = 7.0


@dataclass
class _Warning:
    id: str
    origins: list[str] = field(default_factory=list)


def box(context: ReportContext) -> Flowable:
    """The framed box; it may continue on the next page (one row per item)."""
    styles = context.styles
    item = ParagraphStyle("topic", parent=styles.box, leftIndent=9, bulletIndent=0)
    heading = ParagraphStyle(
        "topics", parent=styles.h2, spaceBefore=0, spaceAfter=3, keepWithNext=0
    )
    part = ParagraphStyle("topics-part", parent=styles.box, fontName=FONT_BOLD, spaceBefore=2)
    origin = ParagraphStyle("topic-origin", parent=styles.muted, leftIndent=9, spaceAfter=2)
    rows: list[Flowable] = [Paragraph(escape(context.tr(TOPICS)), heading)]
    warnings = _warnings(context)
    if warnings:
        rows.append(Paragraph(escape(context.tr(WARNING_SIGNS)), part))
    else:
        rows.append(Paragraph(escape(context.tr(NO_WARNINGS)), styles.box))
    for warning in warnings:
        flag = RED_FLAGS[warning.id]
        title = escape(context.tr(flag.title, RED_FLAG_CONTEXT))
        action = escape(context.tr(flag.action, RED_FLAG_CONTEXT))
        rows.append(Paragraph(f"<b>{title}</b> — {action}", item, bulletText="•"))
        rows.append(Paragraph(escape(" ".join(warning.origins)), origin))
    rows += _factors(context, item, part)
    rows.append(Paragraph(escape(context.tr(NOT_A_DIAGNOSIS)), styles.muted))
    table = Table(
        [[row] for row in rows],
        colWidths=[context.width],
        hAlign="LEFT",
        style=[
            ("BOX", (0, 0), (-1, -1), 1.2, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), BOX_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), BOX_PADDING),
            ("BOTTOMPADDING", (0, -1), (-1, -1), BOX_PADDING),
        ],
    )
    return table


def _warnings(context: ReportContext) -> list[_Warning]:
    """Warning signs of the period's entries and of the latest checklist, most urgent
    first, each with where it came from."""
    locale = context.locale
    period = context.data.options.period
    chosen = episodes_in(context.data.episodes, period)
    found: dict[str, _Warning] = {}
    for flag, newest in recent_red_flags(chosen):
        count = sum(flag in episode_red_flags(episode) for episode in chosen)
        day = locale.date(newest.started_at.date())
        if count == 1:
            text = fill(context.tr(IN_ONE_ENTRY), [day])
        else:
            text = fill(context.tr(IN_ENTRIES), (locale.number(count), day))
        found.setdefault(flag.id, _Warning(flag.id)).origins.append(text)
    checklist = _latest_checklist_day(context)
    if checklist is not None:
        for finding in context.evaluations[0].red_flags:
            if finding.id in RED_FLAGS:
                text = fill(context.tr(IN_CHECKLIST), [locale.date(checklist)])
                found.setdefault(finding.id, _Warning(finding.id)).origins.append(text)
    return sorted(found.values(), key=lambda warning: urgency_rank(RED_FLAGS[warning.id]))


def _factors(context: ReportContext, item: ParagraphStyle, part: ParagraphStyle) -> list[Flowable]:
    checklist = _latest_checklist_day(context)
    if checklist is None:
        return [Paragraph(escape(context.tr(NO_CHECKLIST)), context.styles.box)]
    day = context.locale.date(checklist)
    risks = [f for f in context.evaluations[0].findings if f.kind == "risk"]
    if not risks:
        return [Paragraph(escape(fill(context.tr(NO_FACTORS), [day])), context.styles.box)]
    rows: list[Flowable] = [Paragraph(escape(fill(context.tr(FACTORS), [day])), part)]
    for finding in risks:
        text = escape(context.tr(finding.title, finding.text_context or CHECKLIST_CONTEXT))
        if finding.recent:
            text += f" <i>({escape(context.tr(RECENT))})</i>"
        rows.append(Paragraph(text, item, bulletText="•"))
    return rows


def _latest_checklist_day(context: ReportContext) -> dt.date | None:
    if not context.data.assessments or not context.evaluations:
        return None
    return context.data.assessments[0].completed_at.date()
