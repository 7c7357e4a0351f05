"""Report section: what the patient tried (report/tried.py), the advice that applies to
this patient's findings, the article's key points, questions to ask the doctor, the
sources cited, and the closing disclaimer.

Only advice attached to the latest checklist's warning signs and risk factors is shown
("not sure" answers establish nothing, so their advice is left out), each item once.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from cramp_desktop.core.checklist import Evaluation, Finding, answers_from_assessment
from cramp_desktop.core.checklist_content import CHECKLIST_CONTEXT, Advice
from cramp_desktop.core.red_flags import SOURCES, citation, source_label
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, Translate, fill
from cramp_desktop.report import tried
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.doctor_questions import fitting_questions
from cramp_desktop.report.key_points import (
    ARTICLE_KEY_POINTS,
    ARTICLE_SOURCE,
    DISCLAIMER,
)
from cramp_desktop.report.styles import FONT_BOLD, RULE
from cramp_desktop.report.text import escape, para

HEADING = QT_TRANSLATE_NOOP("Report", "Advice that applies")
INTRO = QT_TRANSLATE_NOOP(
    "Report",
    "General advice linked to the findings of the checklist of %1, in short form. It is "
    "information to discuss with a doctor, not a treatment plan.",
)
NO_CHECKLIST = QT_TRANSLATE_NOOP(
    "Report", "No checklist has been completed, so no advice is linked to findings."
)
NO_ADVICE = QT_TRANSLATE_NOOP(
    "Report", "The findings of the latest checklist have no advice attached."
)
FOR_FINDINGS = QT_TRANSLATE_NOOP("Report", "For: %1")
SOURCES_LINE = QT_TRANSLATE_NOOP("Report", "Sources: %1")
KEY_POINTS = QT_TRANSLATE_NOOP("Report", "Key points of the article “Sodium and leg cramps”")
QUESTIONS = QT_TRANSLATE_NOOP("Report", "Questions to ask your doctor")
REFERENCES = QT_TRANSLATE_NOOP("Report", "Sources cited")
CLOSING = QT_TRANSLATE_NOOP("Report", "Please note")


def build(context: ReportContext) -> list[Flowable]:
    styles = context.styles
    cited: dict[str, None] = {}  # source keys in order of first citation
    story: list[Flowable] = [*tried.build(context), para(context.tr(HEADING), styles.h1)]
    story += _advice(context, cited)
    story += _key_points(context, cited)
    story += _questions(context, cited)
    story += _references(context, cited)
    story.append(_closing(context))
    return story


def applicable_advice(evaluation: Evaluation) -> list[tuple[Advice, list[Finding]]]:
    """Each advice item of the evaluation's warning signs and risk factors once, in the
    order of the findings, with the findings it answers."""
    items: dict[str, tuple[Advice, list[Finding]]] = {}
    for finding in evaluation.findings:
        if finding.kind in ("red-flag", "risk") and finding.advice is not None:
            items.setdefault(finding.advice.id, (finding.advice, []))[1].append(finding)
    return list(items.values())


def _advice(context: ReportContext, cited: dict[str, None]) -> list[Flowable]:
    styles = context.styles
    if not context.evaluations or not context.data.assessments:
        return [para(context.tr(NO_CHECKLIST), styles.body)]
    items = applicable_advice(context.evaluations[0])
    if not items:
        return [para(context.tr(NO_ADVICE), styles.body)]
    completed = context.locale.date(context.data.assessments[0].completed_at.date())
    story: list[Flowable] = [para(fill(context.tr(INTRO), [completed]), styles.muted)]
    label = _label_style(context)
    for advice, findings in items:
        titles = "; ".join(context.tr(f.title, f.text_context) for f in findings)
        cited.update(dict.fromkeys(advice.sources))
        story.append(
            KeepTogether(
                [
                    para(fill(context.tr(FOR_FINDINGS), [titles]), label),
                    para(context.tr(advice.text, CHECKLIST_CONTEXT), _item_style(context)),
                    para(_sources_text(context, advice.sources), _source_style(context, 14)),
                ]
            )
        )
    return story


def _key_points(context: ReportContext, cited: dict[str, None]) -> list[Flowable]:
    cited[ARTICLE_SOURCE] = None
    item = _item_style(context)
    block: list[Flowable] = [para(context.tr(KEY_POINTS), context.styles.h2)]
    block += [
        Paragraph(escape(context.tr(text)), item, bulletText="•") for text in ARTICLE_KEY_POINTS
    ]
    block.append(para(_sources_text(context, (ARTICLE_SOURCE,)), _source_style(context, 14)))
    return [Spacer(1, 4), KeepTogether(block)]


def _questions(context: ReportContext, cited: dict[str, None]) -> list[Flowable]:
    item = _item_style(context)
    lines: list[Flowable] = []
    data = context.data
    latest = data.assessments[0] if data.assessments and context.evaluations else None
    fitting = fitting_questions(
        data.medications,
        answers_from_assessment(latest) if latest is not None else {},
        context.evaluations[0] if latest is not None else None,
        data.options.period.last,
    )
    for number, (question, sources) in enumerate(fitting, start=1):
        text = escape(context.tr(question))
        if sources:
            cited.update(dict.fromkeys(sources))
            labels = _source_labels(context, sources)
            text += f" <font size={_SOURCE_SIZE}>({escape(labels)})</font>"
        lines.append(Paragraph(text, item, bulletText=f"{context.locale.number(number)}."))
    heading = para(context.tr(QUESTIONS), context.styles.h2)
    return [Spacer(1, 4), KeepTogether([heading, *lines])]


def _references(context: ReportContext, cited: dict[str, None]) -> list[Flowable]:
    style = _source_style(context)
    translate = _translate(context)
    rows = [
        [para(source_label(key, translate), style), para(citation(key, translate), style)]
        for key in cited
        if key in SOURCES
    ]
    if not rows:
        return []
    key_width = context.width * 0.2
    table = Table(
        rows,
        colWidths=[key_width, context.width - key_width],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )
    return [Spacer(1, 4), para(context.tr(REFERENCES), context.styles.h2), table]


def _closing(context: ReportContext) -> Flowable:
    styles = context.styles
    content: list[Flowable] = [para(context.tr(CLOSING), _label_style(context))]
    content += [para(context.tr(text), styles.box) for text in DISCLAIMER]
    box = Table(
        [[content]],
        colWidths=[context.width],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )
    return KeepTogether([Spacer(1, 10), box])


def _sources_text(context: ReportContext, keys: tuple[str, ...]) -> str:
    return fill(context.tr(SOURCES_LINE), [_source_labels(context, keys)])


def _source_labels(context: ReportContext, keys: tuple[str, ...]) -> str:
    translate = _translate(context)
    return ", ".join(source_label(key, translate) for key in keys)


def _translate(context: ReportContext) -> Translate:
    """The report's translation as core's (context, text) -> text."""
    return lambda text_context, text: context.tr(text, text_context)


_SOURCE_SIZE = 8.5


def _label_style(context: ReportContext) -> ParagraphStyle:
    return ParagraphStyle(
        "advice-label", parent=context.styles.body, fontName=FONT_BOLD, spaceBefore=5,
        spaceAfter=1, keepWithNext=1,
    )  # fmt: skip


def _item_style(context: ReportContext) -> ParagraphStyle:
    return ParagraphStyle(
        "advice-item", parent=context.styles.body, leftIndent=14, bulletIndent=2, spaceAfter=2
    )


def _source_style(context: ReportContext, indent: float = 0) -> ParagraphStyle:
    return ParagraphStyle(
        "advice-source", parent=context.styles.muted, fontSize=_SOURCE_SIZE, leftIndent=indent
    )
