"""The checklist's types and its shared texts (clinical-notes.md).

The content itself is data in sibling modules: the questions in checklist_questions.py
(its warning and medicine sections in checklist_warning_questions.py and
checklist_medicine_questions.py), the risk factors in checklist_risks.py and the advice
in checklist_advice.py; red flags are shared with the log (red_flags.py). Texts are
English source strings in context "Checklist" (translate where shown).

Wording rules for every checklist text: patterns are links, not causes; drink regularly,
guided by thirst (never "lots of water"); salt only after prolonged heavy sweating, with
the blood pressure, heart and kidney caveat; never stop or change a medicine on your own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from cramp_desktop.core.episodes import Answer, AnswerValue
from cramp_desktop.core.red_flag_catalogue import RED_FLAGS
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

CHECKLIST_CONTEXT = "Checklist"
SCALE_MIN, SCALE_MAX = 0, 10
SCALE_CONCERN = 7  # an impact of 7 or more out of 10 suggests seeing a doctor

QuestionKind = Literal["choice", "scale"]


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str  # one or two sentences shown above the section's questions


@dataclass(frozen=True)
class Advice:
    id: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class RiskFactor:
    """What a "yes" can point to (a risk-factor finding); red flags live in RED_FLAGS."""

    id: str
    title: str
    explanation: str
    other_condition: bool = False  # a symptom that may be another condition, not a cramp cause


@dataclass(frozen=True)
class QuestionCondition:
    """Show the question only when `question_id` was answered with one of `values`; with
    `unless`, show it unless it was answered with one of them (unanswered shows it)."""

    question_id: str
    values: frozenset[AnswerValue] = frozenset({AnswerValue.YES})
    unless: bool = False

    def is_met(self, answers: Mapping[str, Answer]) -> bool:
        answer = answers.get(self.question_id)
        given = answer is not None and answer.choice in self.values
        return given != self.unless


@dataclass(frozen=True)
class Question:
    id: str  # stable, "<section>.<name>"
    section: str
    text: str
    kind: QuestionKind
    maps_to: str | None  # a RISK_FACTORS or RED_FLAGS id; None for gates and follow-ups
    advice: Advice | None
    article_anchor: str | None
    sources: tuple[str, ...]
    condition: QuestionCondition | None = None
    weight_if_recent: str | None = None  # id of the "started or changed recently?" follow-up
    concern_at: int | None = None  # scale only: values at or above raise `maps_to`
    low_label: str | None = None  # scale only: what 0 means
    high_label: str | None = None  # scale only: what 10 means
    replaces: str | None = None  # the id of the question version 0.1.0 asked instead


def choice_question(
    qid: str,
    text: str,
    maps_to: str | None,
    advice: Advice | None = None,
    anchor: str | None = None,
    *,
    sources: tuple[str, ...] = (),
    condition: QuestionCondition | None = None,
    weight_if_recent: str | None = None,
    replaces: str | None = None,
) -> Question:
    """A yes / no / not sure question; a red flag's question cites the flag's sources unless
    given its own, and every question cites what its advice rests on too."""
    if not sources and maps_to in RED_FLAGS:
        sources = RED_FLAGS[maps_to].sources
    if advice is not None:
        sources = tuple(dict.fromkeys((*sources, *advice.sources)))
    section = qid.split(".", 1)[0]
    return Question(
        qid,
        section,
        text,
        "choice",
        maps_to,
        advice,
        anchor,
        sources,
        condition,
        weight_if_recent,
        replaces=replaces,
    )


SECTIONS: tuple[Section, ...] = (
    # Warning signs come first so nobody skims past them at the end of a long checklist.
    Section(
        "warning",
        QT_TRANSLATE_NOOP("Checklist", "Warning signs"),
        QT_TRANSLATE_NOOP(
            "Checklist",
            "A few symptoms need a doctor soon or straight away. Most questions ask about now "
            "or the last 7 days.",
        ),
    ),
    Section(
        "pattern",
        QT_TRANSLATE_NOOP("Checklist", "Cramp pattern"),
        QT_TRANSLATE_NOOP("Checklist", "When and how your cramps usually come."),
    ),
    Section(
        "fluids",
        QT_TRANSLATE_NOOP("Checklist", "Fluids, salt and electrolytes"),
        QT_TRANSLATE_NOOP("Checklist", "What you drink, how much you sweat, and supplements."),
    ),
    Section(
        "medicines",
        QT_TRANSLATE_NOOP("Checklist", "Medicines"),
        QT_TRANSLATE_NOOP(
            "Checklist",
            "Some medicines are linked to cramps. A link is something to ask about, not a "
            "reason to stop: never stop a medicine on your own. Count inhalers, injections, "
            "infusions and painkillers you buy yourself as medicines too.",
        ),
    ),
    Section(
        "conditions",
        QT_TRANSLATE_NOOP("Checklist", "Health conditions"),
        QT_TRANSLATE_NOOP("Checklist", "Some conditions make cramps more likely."),
    ),
    Section(
        "activity",
        QT_TRANSLATE_NOOP("Checklist", "Fatigue and activity"),
        QT_TRANSLATE_NOOP("Checklist", "How you use and rest your legs."),
    ),
    Section(
        "impact",
        QT_TRANSLATE_NOOP("Checklist", "Impact"),
        QT_TRANSLATE_NOOP("Checklist", "How much cramps affect you, from 0 (not at all) to 10."),
    ),
)

NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "Checklist",
    "This is information to discuss with your doctor, not a diagnosis. "
    "Links with cramps are associations and do not prove a cause.",
)
RECENT_NOTE = QT_TRANSLATE_NOOP(
    "Checklist",
    "Started or changed in the last 3 months: a recent change makes a link more worth "
    "asking about.",
)
UNSURE_EXPLANATION = QT_TRANSLATE_NOOP(
    "Checklist",
    "You were not sure about this, so it is not counted either way. It may be worth "
    "finding out, or asking your doctor or pharmacist.",
)
UNSURE_RED_FLAG_EXPLANATION = QT_TRANSLATE_NOOP(
    "Checklist",
    "You were not sure about this warning sign. If it does apply to you, do not wait: "
    "follow the action shown.",
)
UNANSWERED_RED_FLAG_EXPLANATION = QT_TRANSLATE_NOOP(
    "Checklist",
    "You did not answer this warning question, so the checklist cannot rule it out. If it "
    "does apply to you, do not wait: follow the action shown.",
)
UNSURE_RECENT_EXPLANATION = QT_TRANSLATE_NOOP(
    "Checklist",
    "You were not sure whether this medicine was started, or its dose changed, in the last "
    "3 months. A recent change makes a link more worth asking about: your doctor or "
    "pharmacist can check.",
)
NO_CONCERN_TITLE = QT_TRANSLATE_NOOP("Checklist", "No concern found")
NO_CONCERN_EXPLANATION = QT_TRANSLATE_NOOP(
    "Checklist",
    "You answered “no” to every warning question, and your answers did not point to a "
    "known risk factor. If your cramps trouble you, change or get worse, talk to your doctor.",
)
NO_CONCERN_SOURCES: tuple[str, ...] = ("NHS", "Mayo-NLC")
RECENT_TEXT = QT_TRANSLATE_NOOP(
    "Checklist", "Was it started, or its dose changed, in the last 3 months?"
)
SCALE_LOW = QT_TRANSLATE_NOOP("Checklist", "Not at all")
SCALE_HIGH = QT_TRANSLATE_NOOP("Checklist", "Very much")
# The three groups of results, named the same on every screen and in the report.
GROUP_WARNING = QT_TRANSLATE_NOOP("Checklist", "Warning signs")
GROUP_APPOINTMENT = QT_TRANSLATE_NOOP("Checklist", "Reasons for an appointment")
GROUP_FINDINGS = QT_TRANSLATE_NOOP("Checklist", "Findings")
TO_CHECK_TITLE = QT_TRANSLATE_NOOP("Checklist", "To check: not answered or not sure")
OTHER_CONDITION_TITLE = QT_TRANSLATE_NOOP("Checklist", "Symptoms that may be another condition")
COUNT_WARNING = QT_TRANSLATE_NOOP("Checklist", "Warning signs: %1")
COUNT_TO_CHECK = QT_TRANSLATE_NOOP("Checklist", "to check: %1")
COUNT_APPOINTMENT = QT_TRANSLATE_NOOP("Checklist", "Reasons for an appointment: %1")
COUNT_FINDINGS = QT_TRANSLATE_NOOP("Checklist", "Findings: %1")
