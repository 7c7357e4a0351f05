"""Report section, second part: the latest checklist (findings by group, unknowns listed as
unknown, what changed since the one before), after the medicines."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cramp_desktop.core.checklist import Finding, FindingGroup, compare
from cramp_desktop.core.checklist_content import (
    CHECKLIST_CONTEXT,
    NOT_A_DIAGNOSIS,
    RECENT_TEXT,
    SECTIONS,
    Question,
)
from cramp_desktop.core.checklist_questions import ANY_QUESTION_BY_ID
from cramp_desktop.core.checklist_risks import RISK_FACTORS as RISK_FACTOR_CATALOGUE
from cramp_desktop.core.red_flags import RED_FLAG_CONTEXT, RED_FLAGS
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.styles import FONT_BOLD
from cramp_desktop.report.text import escape, para
from cramp_desktop.report.topics import RECENT

CHECKLIST = QT_TRANSLATE_NOOP("Report", "Latest checklist")
NO_CHECKLIST = QT_TRANSLATE_NOOP("Report", "No checklist has been completed.")
COMPLETED = QT_TRANSLATE_NOOP("Report", "Completed on %1.")
WARNING_SIGNS = QT_TRANSLATE_NOOP("Report", "Warning signs")
APPOINTMENT = QT_TRANSLATE_NOOP("Report", "Reasons for a routine appointment")
RISK_FACTORS = QT_TRANSLATE_NOOP("Report", "Risk factors")
NOT_ANSWERED_ONE = QT_TRANSLATE_NOOP("Report", "not answered")
UNKNOWN = QT_TRANSLATE_NOOP("Report", "Unknown (answered “not sure” or not answered)")
NOT_SURE = QT_TRANSLATE_NOOP("Report", "not sure")
NOT_ANSWERED = QT_TRANSLATE_NOOP(
    "Report", "Not answered (%1 questions), so unknown, not counted as no:"
)
IF_IT_APPLIES = QT_TRANSLATE_NOOP("Report", "If it applies: %1")
NOTHING_FOUND = QT_TRANSLATE_NOOP(
    "Report", "The answers pointed to no warning sign and no known risk factor."
)
CHANGES = QT_TRANSLATE_NOOP("Report", "Changes since the checklist of %1")
FIRST_CHECKLIST = QT_TRANSLATE_NOOP("Report", "There is no earlier checklist to compare with.")
NO_CHANGES = QT_TRANSLATE_NOOP("Report", "No change in the findings.")
NEW = QT_TRANSLATE_NOOP("Report", "New: %1")
RESOLVED = QT_TRANSLATE_NOOP("Report", "No longer found: %1")
KIND_NOTES = {
    "red-flag": QT_TRANSLATE_NOOP("Report", "warning sign"),
    "unsure": QT_TRANSLATE_NOOP("Report", "not sure"),
    "to-check": QT_TRANSLATE_NOOP("Report", "warning question to check"),
    "appointment": QT_TRANSLATE_NOOP("Report", "reason for an appointment"),
}


def build(context: ReportContext) -> list[Flowable]:
    styles = context.styles
    story: list[Flowable] = [Spacer(1, 4), para(context.tr(CHECKLIST), styles.h2)]
    if not context.evaluations or not context.data.assessments:
        return [*story, para(context.tr(NO_CHECKLIST), styles.body)]
    latest, evaluation = context.data.assessments[0], context.evaluations[0]
    completed = context.locale.date_time(latest.completed_at)
    story += [
        # Kept with what follows, so the heading never ends a page alone.
        para(fill(context.tr(COMPLETED), [completed]), _kept(styles.body)),
        para(context.tr(NOT_A_DIAGNOSIS, CHECKLIST_CONTEXT), _kept(styles.muted)),
    ]
    group = _group_style(context)
    item = _item_style(context)
    # The three groups of the app, never mixed; "to check" right after the warning signs.
    warning = evaluation.in_group(FindingGroup.WARNING)
    appointment = evaluation.in_group(FindingGroup.APPOINTMENT)
    risks = [f for f in evaluation.findings if f.kind in ("risk", "other-condition")]
    unsure = [_unsure_line(context, f) for f in evaluation.findings if f.kind == "unsure"]
    for title, findings in ((WARNING_SIGNS, warning), (APPOINTMENT, appointment)):
        if findings:
            story.append(para(context.tr(title), group))
            story += [_flag_line(context, finding, item) for finding in findings]
    if risks:
        story.append(para(context.tr(RISK_FACTORS), group))
        story += [_risk_line(context, finding, item) for finding in risks]
    if not warning and not appointment and not risks:
        story.append(para(context.tr(NOTHING_FOUND), styles.body))
    if unsure or evaluation.unanswered:
        story.append(para(context.tr(UNKNOWN), group))
        story += [Paragraph(line, item, bulletText="•") for line in unsure]
        story += _unanswered(context, evaluation.unanswered, item)
    story += _changes(context, group, item)
    return story


def _flag_line(context: ReportContext, finding: Finding, style: ParagraphStyle) -> Paragraph:
    if finding.kind == "to-check":
        return Paragraph(_unsure_line(context, finding), style, bulletText="•")
    title = context.tr(finding.title, finding.text_context)
    action = context.tr(finding.action or "", RED_FLAG_CONTEXT)
    return Paragraph(f"{escape(title)} — <b>{escape(action)}</b>", style, bulletText="•")


def _risk_line(context: ReportContext, finding: Finding, style: ParagraphStyle) -> Paragraph:
    text = escape(context.tr(finding.title, finding.text_context))
    if finding.recent:
        text += f" — <b>{escape(context.tr(RECENT))}</b>"
    return Paragraph(text, style, bulletText="•")


def _question_text(context: ReportContext, question_id: str) -> str:
    """The question as asked; a "started or changed recently?" follow-up names its medicine."""
    question = ANY_QUESTION_BY_ID.get(question_id)
    if question is None:
        return question_id
    text = context.tr(question.text, CHECKLIST_CONTEXT)
    if question.text == RECENT_TEXT and question.condition is not None:
        parent = ANY_QUESTION_BY_ID.get(question.condition.question_id)
        if parent is not None:
            text = f"{context.tr(parent.text, CHECKLIST_CONTEXT)} {text}"
    return text


def _unsure_line(context: ReportContext, finding: Finding) -> str:
    question = _question_text(context, finding.question_ids[0]) if finding.question_ids else ""
    answer = NOT_ANSWERED_ONE if finding.unanswered else NOT_SURE
    line = f"{escape(question)} — {escape(context.tr(answer))}"
    if finding.action:
        action = context.tr(finding.action, RED_FLAG_CONTEXT)
        line += f". <b>{escape(fill(context.tr(IF_IT_APPLIES), [action]))}</b>"
    return line


def _unanswered(
    context: ReportContext, question_ids: tuple[str, ...], style: ParagraphStyle
) -> list[Flowable]:
    """Unanswered questions by section, each by the short name of what it asks about."""
    if not question_ids:
        return []
    by_section: dict[str, list[str]] = {}
    for question_id in question_ids:
        question = ANY_QUESTION_BY_ID.get(question_id)
        section_id = question.section if question is not None else ""
        by_section.setdefault(section_id, []).append(_short_name(context, question_id))
    count = context.locale.number(len(question_ids))
    lines = [fill(context.tr(NOT_ANSWERED), [count])]
    for checklist_section in SECTIONS:
        names = by_section.pop(checklist_section.id, [])
        if names:
            title = context.tr(checklist_section.title, CHECKLIST_CONTEXT)
            lines.append(f"<b>{escape(title)}:</b> {escape('; '.join(names))}")
    lines += [escape("; ".join(names)) for names in by_section.values()]
    return [Paragraph(lines[0], style, bulletText="•")] + [
        Paragraph(line, _indented(style)) for line in lines[1:]
    ]


def _catalogue_name(question: Question) -> tuple[str, str] | None:
    """The (text, context) of the red flag or risk factor a question asks about."""
    if question.maps_to in RED_FLAGS:
        return RED_FLAGS[question.maps_to].title, RED_FLAG_CONTEXT
    if question.maps_to in RISK_FACTOR_CATALOGUE:
        return RISK_FACTOR_CATALOGUE[question.maps_to].title, CHECKLIST_CONTEXT
    return None


# Questions that share a catalogue name with another question are named by their own text.
_NAME_USES = Counter(_catalogue_name(q) for q in ANY_QUESTION_BY_ID.values())


def _short_name(context: ReportContext, question_id: str) -> str:
    """What a question asks about, as briefly as the catalogue names it."""
    question = ANY_QUESTION_BY_ID.get(question_id)
    if question is None:
        return question_id
    name = _catalogue_name(question)
    if name is not None and _NAME_USES[name] == 1:
        return context.tr(*name)
    if question.text == RECENT_TEXT and question.condition is not None:
        parent = ANY_QUESTION_BY_ID.get(question.condition.question_id)
        if parent is not None:
            return f"{_short_name(context, parent.id)}: {context.tr(RECENT)}"
    return context.tr(question.text, CHECKLIST_CONTEXT)


def _indented(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle("checklist-unanswered", parent=style, fontSize=8.5, leading=11.5)


def _changes(context: ReportContext, group: ParagraphStyle, item: ParagraphStyle) -> list[Flowable]:
    if len(context.evaluations) < 2 or len(context.data.assessments) < 2:
        return [para(context.tr(FIRST_CHECKLIST), context.styles.muted)]
    previous = context.locale.date(context.data.assessments[1].completed_at.date())
    changes = compare(context.evaluations[1], context.evaluations[0])
    story: list[Flowable] = [para(fill(context.tr(CHANGES), [previous]), group)]
    if not changes.has_changes:
        return [*story, para(context.tr(NO_CHANGES), item)]
    for template, findings in ((NEW, changes.new), (RESOLVED, changes.resolved)):
        if findings:
            names = "; ".join(_finding_name(context, finding) for finding in findings)
            story.append(para(fill(context.tr(template), [names]), item))
    return [KeepTogether(story)]


def _finding_name(context: ReportContext, finding: Finding) -> str:
    if finding.kind in ("unsure", "to-check") and finding.question_ids:
        name = _question_text(context, finding.question_ids[0])
    else:
        name = context.tr(finding.title, finding.text_context)
    appointment = finding.kind == "red-flag" and finding.group == FindingGroup.APPOINTMENT
    note = KIND_NOTES.get("appointment" if appointment else finding.kind)
    return f"{name} ({context.tr(note)})" if note else name


def _kept(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-kept", parent=style, keepWithNext=1)


def _group_style(context: ReportContext) -> ParagraphStyle:
    return ParagraphStyle(
        "checklist-group",
        parent=context.styles.body,
        fontName=FONT_BOLD,
        spaceBefore=5,
        spaceAfter=2,
        keepWithNext=1,
    )


def _item_style(context: ReportContext) -> ParagraphStyle:
    return ParagraphStyle(
        "checklist-item", parent=context.styles.body, leftIndent=12, bulletIndent=2, spaceAfter=2
    )
