"""Page 1's warning box, first on the page: the warning signs (emergency or same-day) raised
by the period's entries and by the latest checklist, each dated and saying exactly what was
recorded and what the app advised, then the checklist's warning questions answered "not
sure" or left unanswered. Marked for greyscale printing by a symbol and a heavy rule, not
by colour. Where the data cannot show a warning sign, it says what was asked."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table

from cramp_desktop.core.checklist import Evaluation, Finding
from cramp_desktop.core.checklist_content import CHECKLIST_CONTEXT, Question
from cramp_desktop.core.checklist_questions import ANY_QUESTION_BY_ID
from cramp_desktop.core.episodes import Episode, Muscle, Side, Symptom
from cramp_desktop.core.red_flags import (
    RED_FLAG_CONTEXT,
    RED_FLAGS,
    SYMPTOM_FLAGS,
    RedFlag,
    Urgency,
    episode_red_flags,
    recent_red_flags,
)
from cramp_desktop.core.stats import episodes_in
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP, fill
from cramp_desktop.report.context import ReportContext
from cramp_desktop.report.styles import FONT_BOLD, INK
from cramp_desktop.report.text import escape

SYMBOL = "\u26a0"  # ⚠, in DejaVu Sans: the box reads as a warning without colour
RULE_WIDTH = 2.5  # points; the routine topics' box has a thinner rule
BOX_PADDING = 6.0

TITLE = QT_TRANSLATE_NOOP("Report", "Warning signs")
LOGGED = QT_TRANSLATE_NOOP("Report", "%1 logged with a cramp in the %2 on %3; the app advised %4.")
LOGGED_LONG = QT_TRANSLATE_NOOP(
    "Report", "A cramp in the %1 lasting %2 minutes logged on %3; the app advised %4."
)
MORE_EPISODES = QT_TRANSLATE_NOOP("Report", "%1 such episodes in this period.")
ANSWERED_YES = QT_TRANSLATE_NOOP(
    "Report", "Answered “yes” in the checklist of %1: “%2” The app advised %3."
)
TO_CHECK = QT_TRANSLATE_NOOP("Report", "Warning questions answered “not sure” or not answered")
ANSWERED_UNSURE = QT_TRANSLATE_NOOP(
    "Report", "Answered “not sure” in the checklist of %1: “%2” If it applies, the app advised %3."
)
NOT_ANSWERED = QT_TRANSLATE_NOOP(
    "Report", "Not answered in the checklist of %1; if one applies, the app advised %2: %3."
)
NONE_WITH_EPISODES = QT_TRANSLATE_NOOP(
    "Report", "No warning symptoms were recorded with the %1 episodes of this period."
)
NONE_WITH_ONE_EPISODE = QT_TRANSLATE_NOOP(
    "Report", "No warning symptoms were recorded with the 1 episode of this period."
)
NO_EPISODES = QT_TRANSLATE_NOOP(
    "Report", "No episodes in this period, so no symptoms were recorded with one."
)
CHECKLIST_ALL_NO = QT_TRANSLATE_NOOP(
    "Report", "In the checklist of %1, every warning question was answered “no”."
)
NO_CHECKLIST = QT_TRANSLATE_NOOP("Report", "No checklist in this period.")

# What the app advised, as the doctor reads it.
ADVISED: dict[Urgency, str] = {
    Urgency.EMERGENCY: QT_TRANSLATE_NOOP("Report", "calling emergency services"),
    Urgency.URGENT: QT_TRANSLATE_NOOP("Report", "same-day review"),
    Urgency.SOON: QT_TRANSLATE_NOOP("Report", "a routine appointment"),
}
ADVISED_BY_FLAG: dict[str, str] = {
    "dirty-wound": QT_TRANSLATE_NOOP("Report", "same-day advice on a tetanus jab"),
    "past-warning": QT_TRANSLATE_NOOP("Report", "telling the doctor at the next appointment"),
}
SYMPTOMS: dict[Symptom, str] = {
    Symptom.SWELLING: QT_TRANSLATE_NOOP("Report", "Swelling"),
    Symptom.WEAKNESS: QT_TRANSLATE_NOOP("Report", "Weakness"),
    Symptom.NUMBNESS: QT_TRANSLATE_NOOP("Report", "Numbness"),
    Symptom.COLOUR_CHANGE: QT_TRANSLATE_NOOP("Report", "A skin colour change"),
}
SYMPTOMS_JOINED = QT_TRANSLATE_NOOP("Report", "%1 and %2")
PLACES: dict[Side, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("Report", "left %1"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Report", "right %1"),
    Side.BOTH: QT_TRANSLATE_NOOP("Report", "%1 (both legs)"),
}
MUSCLES: dict[Muscle, str] = {
    Muscle.CALF: QT_TRANSLATE_NOOP("Report", "calf"),
    Muscle.FOOT: QT_TRANSLATE_NOOP("Report", "foot"),
    Muscle.TOES: QT_TRANSLATE_NOOP("Report", "toes"),
    Muscle.SHIN: QT_TRANSLATE_NOOP("Report", "shin"),
    Muscle.THIGH_FRONT: QT_TRANSLATE_NOOP("Report", "front of the thigh"),
    Muscle.THIGH_BACK: QT_TRANSLATE_NOOP("Report", "back of the thigh"),
    Muscle.OTHER: QT_TRANSLATE_NOOP("Report", "leg"),
}


def advised(context: ReportContext, flag: RedFlag | Finding) -> str:
    """What the app advised for a red flag, or for the red flag a finding is about."""
    flag_id = flag.id
    if isinstance(flag, Finding) and flag.kind == "to-check":
        question = _question(flag.question_ids[0])
        flag_id = question.maps_to or "" if question is not None else ""
    urgency = flag.urgency or Urgency.SOON
    return context.tr(ADVISED_BY_FLAG.get(flag_id, ADVISED[urgency]))


def box(context: ReportContext) -> Flowable:
    """The framed warning box; it may continue on the next page (one row per item)."""
    styles = context.styles
    heading = ParagraphStyle(
        "warning-heading", parent=styles.h2, spaceBefore=0, spaceAfter=2, keepWithNext=0
    )
    item = ParagraphStyle(
        "warning-item", parent=styles.box, leftIndent=9, bulletIndent=0, spaceAfter=1.5
    )
    part = ParagraphStyle("warning-part", parent=styles.box, fontName=FONT_BOLD, spaceBefore=2)
    title = f"{SYMBOL} {escape(context.tr(TITLE))}"
    rows: list[Flowable] = [Paragraph(title, heading)]
    rows += [Paragraph(text, item, bulletText="•") for text in _log_lines(context)]
    evaluation, _ = _latest_checklist(context)
    if evaluation is not None:
        rows += [Paragraph(t, item, bulletText="•") for t in _checklist_lines(context, evaluation)]
        to_check = _to_check_lines(context, evaluation)
        if to_check:
            rows.append(Paragraph(escape(context.tr(TO_CHECK)), part))
            rows += [Paragraph(text, item, bulletText="•") for text in to_check]
    rows += [Paragraph(escape(text), styles.box) for text in _what_was_asked(context)]
    return framed(context, rows, RULE_WIDTH)


def framed(context: ReportContext, rows: Sequence[Flowable], rule_width: float) -> Table:
    """`rows` in a box as wide as the text, ruled `rule_width` points; one table row per
    item, so the box may continue on the next page."""
    return Table(
        [[row] for row in rows],
        colWidths=[context.width],
        hAlign="LEFT",
        style=[
            ("BOX", (0, 0), (-1, -1), rule_width, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), BOX_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), BOX_PADDING),
            ("BOTTOMPADDING", (0, -1), (-1, -1), BOX_PADDING),
        ],
    )


def logged_warning_flags(context: ReportContext) -> list[tuple[RedFlag, Episode, int]]:
    """(flag, its newest episode, how many episodes raised it) for the period's entries."""
    chosen = episodes_in(context.data.episodes, context.data.options.period)
    return [
        (flag, newest, sum(flag in episode_red_flags(e) for e in chosen))
        for flag, newest in recent_red_flags(chosen)
    ]


def _log_lines(context: ReportContext) -> list[str]:
    lines = []
    for flag, episode, count in logged_warning_flags(context):
        if not flag.is_warning_sign:
            continue  # a routine topic: with the other topics
        lines.append(logged_line(context, flag, episode, count))
    return lines


def logged_line(context: ReportContext, flag: RedFlag, episode: Episode, count: int) -> str:
    """What was recorded, dated, and what the app advised (escaped for a Paragraph)."""
    locale = context.locale
    place = fill(context.tr(PLACES[episode.side]), (context.tr(MUSCLES[episode.muscle]),))
    day = locale.date(episode.started_at.date())
    advice = advised(context, flag)
    if flag.id == "long-cramp":
        minutes = locale.number(episode.duration_s / 60)
        text = fill(context.tr(LOGGED_LONG), (place, minutes, day, advice))
    else:
        names = [
            context.tr(SYMPTOMS[s])
            for s in Symptom
            if s in episode.symptoms and SYMPTOM_FLAGS.get(s) == flag.id
        ]
        what = names[0] if len(names) == 1 else fill(context.tr(SYMPTOMS_JOINED), names[:2])
        text = fill(context.tr(LOGGED), (what, place, day, advice))
    if count > 1:
        text += " " + fill(context.tr(MORE_EPISODES), (locale.number(count),))
    return escape(text)


def _checklist_lines(context: ReportContext, evaluation: Evaluation) -> list[str]:
    _, day = _latest_checklist(context)
    return [
        _answer_line(context, ANSWERED_YES, finding, day, advised(context, finding))
        for finding in evaluation.warning_signs
    ]


def _to_check_lines(context: ReportContext, evaluation: Evaluation) -> list[str]:
    """Each "not sure" answer in full; the unanswered ones together, by their warning sign
    and what the app advises if it applies (they can be many: one line keeps page 1)."""
    _, day = _latest_checklist(context)
    lines = [
        _answer_line(context, ANSWERED_UNSURE, finding, day, advised(context, finding))
        for finding in evaluation.to_check
        if not finding.unanswered
    ]
    by_advice: dict[str, list[str]] = {}  # most urgent first, as the findings come
    for finding in evaluation.to_check:
        question = _question(finding.question_ids[0])
        if finding.unanswered and question is not None and question.maps_to in RED_FLAGS:
            title = context.tr(RED_FLAGS[question.maps_to].title, RED_FLAG_CONTEXT)
            by_advice.setdefault(advised(context, finding), []).append(title)
    for advice, titles in by_advice.items():
        lines.append(escape(fill(context.tr(NOT_ANSWERED), (day, advice, "; ".join(titles)))))
    return lines


def _answer_line(
    context: ReportContext, template: str, finding: Finding, day: str, advice: str
) -> str:
    asked = _question_texts(context, finding, finding.question_ids)
    return escape(fill(context.tr(template), (day, asked, advice)))


def _question(question_id: str) -> Question | None:
    return ANY_QUESTION_BY_ID.get(question_id)


def _question_texts(context: ReportContext, finding: Finding, question_ids: Sequence[str]) -> str:
    texts = []
    for question_id in question_ids:
        question = _question(question_id)
        if question is not None:
            texts.append(context.tr(question.text, CHECKLIST_CONTEXT))
    return " / ".join(texts) or context.tr(finding.title, finding.text_context)


def _what_was_asked(context: ReportContext) -> list[str]:
    """Say what the data could show where it shows no warning sign: never a bare "none"."""
    lines = []
    if not any(flag.is_warning_sign for flag, _, _ in logged_warning_flags(context)):
        episodes = context.current.episodes
        if episodes == 0:
            lines.append(context.tr(NO_EPISODES))
        elif episodes == 1:
            lines.append(context.tr(NONE_WITH_ONE_EPISODE))
        else:
            lines.append(fill(context.tr(NONE_WITH_EPISODES), (context.locale.number(episodes),)))
    evaluation, day = _latest_checklist(context)
    period = context.data.options.period
    in_period = bool(context.data.assessments) and (
        period.first <= context.data.assessments[0].completed_at.date() <= period.last
    )
    if evaluation is None or not in_period:
        lines.append(context.tr(NO_CHECKLIST))
    elif not evaluation.warning_signs and not evaluation.to_check:
        lines.append(fill(context.tr(CHECKLIST_ALL_NO), (day,)))
    return lines


def _latest_checklist(context: ReportContext) -> tuple[Evaluation | None, str]:
    if not context.data.assessments or not context.evaluations:
        return None, ""
    completed = context.data.assessments[0].completed_at.date()
    return context.evaluations[0], context.locale.date(completed)
