"""One result line of the checklist (a Finding), its group, and how each kind is made."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from cramp_desktop.core.checklist_content import (
    CHECKLIST_CONTEXT,
    NO_CONCERN_EXPLANATION,
    NO_CONCERN_SOURCES,
    NO_CONCERN_TITLE,
    UNANSWERED_RED_FLAG_EXPLANATION,
    UNSURE_EXPLANATION,
    UNSURE_RECENT_EXPLANATION,
    UNSURE_RED_FLAG_EXPLANATION,
    Advice,
    Question,
)
from cramp_desktop.core.checklist_risks import RISK_FACTORS
from cramp_desktop.core.red_flags import (
    RED_FLAG_CONTEXT,
    RED_FLAGS,
    WARNING_URGENCIES,
    Urgency,
    urgency_rank,
)

FindingKind = Literal["red-flag", "to-check", "risk", "other-condition", "unsure", "none"]
NO_CONCERN_ID = "no-concern"
UNSURE_PREFIX = "unsure:"
UNANSWERED_PREFIX = "unanswered:"


class FindingGroup(StrEnum):
    """The three groups of results, in the order they are shown; NONE: "no concern"."""

    WARNING = "warning"  # emergency or same-day, and warning questions still to check
    APPOINTMENT = "appointment"  # reasons for a routine appointment
    FINDINGS = "findings"  # risk factors, other conditions, "worth checking"
    NONE = "none"


@dataclass(frozen=True)
class Finding:
    """One result line. `title` and `explanation` are source strings in `text_context`
    ("RedFlags" for red flags, "Checklist" otherwise); `action` is in "RedFlags";
    `advice.text` is in "Checklist"."""

    # A RED_FLAGS or RISK_FACTORS id, "unsure:<question id>", "unanswered:<question id>"
    # or "no-concern".
    id: str
    kind: FindingKind
    urgency: Urgency | None  # red flags, and warning questions still to check
    title: str
    explanation: str
    action: str | None  # red flags, and "unsure" or missing answers to a red-flag question
    advice: Advice | None
    article_anchor: str | None
    sources: tuple[str, ...]
    question_ids: tuple[str, ...]
    recent: bool = False  # a medicine started or changed in the last 3 months
    text_context: str = CHECKLIST_CONTEXT
    unanswered: bool = False  # "to-check" only: left unanswered rather than "not sure"

    @property
    def group(self) -> FindingGroup:
        if self.kind in ("red-flag", "to-check"):
            warning = self.urgency in WARNING_URGENCIES
            return FindingGroup.WARNING if warning else FindingGroup.APPOINTMENT
        return FindingGroup.NONE if self.kind == "none" else FindingGroup.FINDINGS


def _sources(*groups: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(key for group in groups for key in group))


def _first_anchor(questions: Sequence[Question]) -> str | None:
    return next((q.article_anchor for q in questions if q.article_anchor), None)


def _first_advice(questions: Sequence[Question]) -> Advice | None:
    return next((q.advice for q in questions if q.advice is not None), None)


def red_flag_finding(flag_id: str, questions: Sequence[Question]) -> Finding:
    flag = RED_FLAGS[flag_id]
    return Finding(
        id=flag.id,
        kind="red-flag",
        urgency=flag.urgency,
        title=flag.title,
        explanation=flag.message,
        action=flag.action,
        advice=_first_advice(questions),
        article_anchor=_first_anchor(questions),
        sources=_sources(flag.sources, *(q.sources for q in questions)),
        question_ids=tuple(q.id for q in questions),
        text_context=RED_FLAG_CONTEXT,
    )


def risk_finding(risk_id: str, questions: Sequence[Question], recent: bool) -> Finding:
    risk = RISK_FACTORS[risk_id]
    return Finding(
        id=risk.id,
        kind="other-condition" if risk.other_condition else "risk",
        urgency=None,
        title=risk.title,
        explanation=risk.explanation,
        action=None,
        advice=_first_advice(questions),
        article_anchor=_first_anchor(questions),
        sources=_sources(*(q.sources for q in questions)),
        question_ids=tuple(q.id for q in questions),
        recent=recent,
    )


def is_warning_question(question: Question) -> bool:
    """Whether a question asks about an emergency or same-day warning sign."""
    flag = RED_FLAGS.get(question.maps_to or "")
    return flag is not None and flag.is_warning_sign


def to_check_finding(question: Question, missing: bool) -> Finding:
    """A warning question answered "not sure" or left unanswered: never silently dropped."""
    flag = RED_FLAGS[question.maps_to or ""]
    return Finding(
        id=(UNANSWERED_PREFIX if missing else UNSURE_PREFIX) + question.id,
        kind="to-check",
        urgency=flag.urgency,
        title=question.text,
        explanation=UNANSWERED_RED_FLAG_EXPLANATION if missing else UNSURE_RED_FLAG_EXPLANATION,
        action=flag.action,
        advice=question.advice,
        article_anchor=question.article_anchor,
        sources=question.sources,
        question_ids=(question.id,),
        unanswered=missing,
    )


def unsure_rank(question: Question) -> tuple[int, int]:
    """Unsure warning signs first, most urgent first; the rest keep checklist order."""
    flag = RED_FLAGS.get(question.maps_to or "")
    return (0, urgency_rank(flag)[0]) if flag else (1, 0)


def unsure_finding(question: Question, medicine: Question | None) -> Finding:
    # A "started or changed recently?" follow-up is named by its medicine's risk factor.
    if medicine is not None and medicine.maps_to in RISK_FACTORS:
        return Finding(
            id=UNSURE_PREFIX + question.id,
            kind="unsure",
            urgency=None,
            title=RISK_FACTORS[medicine.maps_to].title,
            explanation=UNSURE_RECENT_EXPLANATION,
            action=None,
            advice=None,
            article_anchor=medicine.article_anchor,
            sources=question.sources,  # the link's sources; no advice is shown here
            question_ids=(question.id,),
        )
    flag = RED_FLAGS.get(question.maps_to or "")
    return Finding(
        id=UNSURE_PREFIX + question.id,
        kind="unsure",
        urgency=None,
        title=question.text,
        explanation=UNSURE_RED_FLAG_EXPLANATION if flag else UNSURE_EXPLANATION,
        action=flag.action if flag else None,
        advice=question.advice,
        article_anchor=question.article_anchor,
        sources=question.sources,
        question_ids=(question.id,),
    )


def no_concern_finding() -> Finding:
    return Finding(
        id=NO_CONCERN_ID,
        kind="none",
        urgency=None,
        title=NO_CONCERN_TITLE,
        explanation=NO_CONCERN_EXPLANATION,
        action=None,
        advice=None,
        article_anchor="managing-cramps",
        sources=NO_CONCERN_SOURCES,
        question_ids=(),
    )
