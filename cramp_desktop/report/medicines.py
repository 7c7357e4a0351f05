"""Report section: the medication list, cramps per week around each start, and the latest
checklist (findings by group, unknowns listed as unknown, what changed since the one before).

Wording: a change after a start is an association and proves no effect; nothing here
suggests starting, stopping or changing a medicine.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

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
from cramp_desktop.core.episodes import Medication
from cramp_desktop.core.labels import LABEL_CONTEXT, label
from cramp_desktop.core.medicine_effect import (
    MIN_LOGGED_DAYS,
    WINDOW_DAYS,
    BeforeAfter,
    LoggedWindow,
    before_after,
)
from cramp_desktop.core.red_flags import RED_FLAG_CONTEXT, RED_FLAGS, SOURCES
from cramp_desktop.core.stats import Period
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.styles import FONT_BOLD, RULE, SHADE
from cramp_desktop.report.text import escape, markup, para
from cramp_desktop.report.topics import RECENT

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
BEFORE_AFTER = QT_TRANSLATE_NOOP("Report", "Cramps per week before and after a start")
BEFORE_AFTER_HOW = QT_TRANSLATE_NOOP(
    "Report",
    "Counted over logged days only (days with a cramp or a “no cramps” record), up to "
    "%1 weeks on each side of the start day, and shown only with at least %2 logged days "
    "on each side.",
)
COMPARE_COLUMNS = (
    QT_TRANSLATE_NOOP("Report", "Medicine"),
    QT_TRANSLATE_NOOP("Report", "Started"),
    QT_TRANSLATE_NOOP("Report", "Before the start"),
    QT_TRANSLATE_NOOP("Report", "From the start"),
)
PER_WEEK = QT_TRANSLATE_NOOP("Report", "%1 per week")
COUNTED = QT_TRANSLATE_NOOP("Report", "%1 cramps on %2 logged days, %3 – %4")
NOT_ENOUGH = QT_TRANSLATE_NOOP("Report", "Not enough logged days around the start to compare.")
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

MEDICINE_WIDTHS = (0.25, 0.22, 0.13, 0.13, 0.27)
COMPARE_WIDTHS = (0.28, 0.14, 0.29, 0.29)


def build(context: ReportContext) -> list[Flowable]:
    story: list[Flowable] = [para(context.tr(HEADING), context.styles.h1)]
    story += _medicines(context)
    story += _checklist(context)
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
    styles = context.styles
    how = fill(
        context.tr(BEFORE_AFTER_HOW),
        (context.locale.number(WINDOW_DAYS // 7), context.locale.number(MIN_LOGGED_DAYS)),
    )
    rows: list[list[Flowable | str]] = [
        [para(context.tr(c), styles.cell_bold) for c in COMPARE_COLUMNS]
    ]
    spans: list[int] = []
    period = context.data.options.period
    covered = Period(period.previous().first, period.last)  # what ReportData holds
    for medication in medications:
        name = para(medication.name, styles.cell)
        started = para(_day(context, medication.started_on), styles.cell)
        result = before_after(
            medication, context.data.episodes, context.data.day_records, covered=covered
        )
        if result is None:
            reason = NO_START if medication.started_on is None else NOT_ENOUGH
            spans.append(len(rows))
            rows.append([name, started, para(context.tr(reason), styles.cell), ""])
        else:
            rows.append([name, started, *_sides(context, result)])
    span_commands: list[tuple[object, ...]] = [("SPAN", (2, row), (3, row)) for row in spans]
    story: list[Flowable] = [
        Spacer(1, 4),
        para(context.tr(BEFORE_AFTER), styles.h2),
        para(how, styles.muted),
        _table(rows, COMPARE_WIDTHS, context.width, span_commands),
    ]
    if len(spans) < len(medications):  # at least one comparison is shown
        source = f"{PLACEBO_SOURCE}: {SOURCES[PLACEBO_SOURCE]}"
        story += [
            Spacer(1, 3),
            para(context.tr(PLACEBO_NOTE), styles.body),
            para(fill(context.tr(SOURCE_LINE), [source]), styles.muted),
        ]
    return story


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


def _counted(context: ReportContext, side: LoggedWindow) -> str:
    locale = context.locale
    return fill(
        context.tr(COUNTED),
        (
            locale.number(side.episodes),
            locale.number(side.logged_days),
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


# -- checklist -------------------------------------------------------------------------
def _checklist(context: ReportContext) -> list[Flowable]:
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
