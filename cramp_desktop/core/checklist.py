"""Checklist evaluation: answers -> ranked findings, and what changed since last time.

Ranking: emergency red flags, urgent, "see a doctor soon", then risk factors (medicines
started or changed in the last 3 months first), then "worth checking" for every "unsure"
answer (never counted as no), and "no concern found" only when nothing else was found.
Questions whose condition is not met are skipped: neither unknown nor listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from cramp_desktop.core.checklist_content import (
    CHECKLIST_CONTEXT,
    NO_CONCERN_EXPLANATION,
    NO_CONCERN_SOURCES,
    NO_CONCERN_TITLE,
    SCALE_MAX,
    SCALE_MIN,
    UNSURE_EXPLANATION,
    UNSURE_RECENT_EXPLANATION,
    UNSURE_RED_FLAG_EXPLANATION,
    Advice,
    Question,
)
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.checklist_risks import RISK_FACTORS
from cramp_desktop.core.episodes import Answer, AnswerValue, Assessment
from cramp_desktop.core.red_flags import RED_FLAG_CONTEXT, RED_FLAGS, Urgency, urgency_rank

FindingKind = Literal["red-flag", "risk", "unsure", "none"]
NO_CONCERN_ID = "no-concern"
UNSURE_PREFIX = "unsure:"
REDO_AFTER_DAYS = 90


class RedoReason(StrEnum):
    """Why Today suggests doing the checklist (again)."""

    NEVER_DONE = "never-done"
    OLD = "old"
    NEW_RED_FLAGS = "new-red-flags"  # a warning sign was logged after the last checklist


@dataclass(frozen=True)
class Finding:
    """One result line. `title` and `explanation` are source strings in `text_context`
    ("RedFlags" for red flags, "Checklist" otherwise); `action` is in "RedFlags";
    `advice.text` is in "Checklist"."""

    id: str  # a RED_FLAGS id, a RISK_FACTORS id, "unsure:<question id>" or "no-concern"
    kind: FindingKind
    urgency: Urgency | None  # red flags only
    title: str
    explanation: str
    action: str | None  # red flags, and "unsure" answers to a red-flag question
    advice: Advice | None
    article_anchor: str | None
    sources: tuple[str, ...]
    question_ids: tuple[str, ...]
    recent: bool = False  # a medicine started or changed in the last 3 months
    text_context: str = CHECKLIST_CONTEXT


@dataclass(frozen=True)
class Evaluation:
    findings: tuple[Finding, ...]  # ranked, never empty
    unanswered: tuple[str, ...] = ()  # visible questions with no usable answer

    @property
    def red_flags(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.kind == "red-flag")

    @property
    def most_urgent(self) -> Urgency | None:
        return self.red_flags[0].urgency if self.red_flags else None

    @property
    def finding_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.findings)


@dataclass(frozen=True)
class Changes:
    """Findings compared by id with the previous evaluation ("no concern" is left out)."""

    new: tuple[Finding, ...]
    resolved: tuple[Finding, ...]  # in the previous evaluation, gone now
    unchanged: tuple[Finding, ...]
    has_previous: bool

    @property
    def has_changes(self) -> bool:
        return bool(self.new or self.resolved)


def usable_answer(question: Question, answer: Answer | None) -> AnswerValue | int | None:
    """The answer's value if it fits the question: a choice for "choice" questions; for
    "scale" questions a value in 0-10, or an "unsure" choice. Anything else is None."""
    if answer is None:
        return None
    if question.kind == "scale":
        if answer.scale is not None and SCALE_MIN <= answer.scale <= SCALE_MAX:
            return answer.scale
        return AnswerValue.UNSURE if answer.choice == AnswerValue.UNSURE else None
    return answer.choice


def visible_questions(
    answers: Mapping[str, Answer], *, checklist: Sequence[Question] = QUESTIONS
) -> list[Question]:
    """The questions to ask, in order: a conditional question shows only when the
    question it depends on is itself visible and its condition is met."""
    by_id = {question.id: question for question in checklist}
    shown: dict[str, bool] = {}

    def visible(question: Question) -> bool:
        if question.id not in shown:
            condition = question.condition
            parent = None if condition is None else by_id.get(condition.question_id)
            shown[question.id] = condition is None or (
                parent is not None
                and parent is not question
                and visible(parent)
                and condition.is_met(answers)
            )
        return shown[question.id]

    return [question for question in checklist if visible(question)]


def _is_positive(question: Question, value: AnswerValue | int) -> bool:
    if isinstance(value, AnswerValue):
        return value == AnswerValue.YES
    return question.concern_at is not None and value >= question.concern_at


def evaluate(
    answers: Mapping[str, Answer], *, checklist: Sequence[Question] = QUESTIONS
) -> Evaluation:
    """Ranked findings for these answers (keyed by question id; unknown ids are ignored)."""
    visible = visible_questions(answers, checklist=checklist)
    follow_up_of = {q.weight_if_recent: q for q in visible if q.weight_if_recent is not None}
    hits: dict[str, list[Question]] = {}  # finding id -> the questions answered "yes"
    recent: set[str] = set()
    unsure: list[Question] = []
    unanswered: list[str] = []
    for question in visible:
        value = usable_answer(question, answers.get(question.id))
        if value is None:
            unanswered.append(question.id)
        elif value == AnswerValue.UNSURE:
            unsure.append(question)
        elif _is_positive(question, value):
            if question.maps_to is not None:
                hits.setdefault(question.maps_to, []).append(question)
            parent = follow_up_of.get(question.id)
            if parent is not None and parent.maps_to is not None:
                recent.add(parent.maps_to)
    flag_ids = sorted((i for i in hits if i in RED_FLAGS), key=lambda i: urgency_rank(RED_FLAGS[i]))
    risk_ids = sorted((i for i in hits if i in RISK_FACTORS), key=lambda i: i not in recent)
    findings = [_red_flag_finding(i, hits[i]) for i in flag_ids]
    findings += [_risk_finding(i, hits[i], i in recent) for i in risk_ids]
    findings += [
        _unsure_finding(q, follow_up_of.get(q.id)) for q in sorted(unsure, key=_unsure_rank)
    ]
    if not findings:
        findings.append(_no_concern_finding())
    return Evaluation(tuple(findings), tuple(unanswered))


def answers_from_assessment(
    assessment: Assessment, *, checklist: Sequence[Question] = QUESTIONS
) -> dict[str, Answer]:
    """Stored answers by question id; ids this version does not know are dropped."""
    known = {question.id for question in checklist}
    return {a.question_id: a for a in assessment.answers if a.question_id in known}


def evaluation_from_assessment(
    assessment: Assessment, *, checklist: Sequence[Question] = QUESTIONS
) -> Evaluation:
    return evaluate(answers_from_assessment(assessment, checklist=checklist), checklist=checklist)


def compare(previous: Evaluation | None, current: Evaluation) -> Changes:
    """What changed since the previous evaluation; with none, every finding is new."""
    before = {f.id: f for f in previous.findings if f.kind != "none"} if previous else {}
    now = [f for f in current.findings if f.kind != "none"]
    now_ids = {f.id for f in now}
    return Changes(
        new=tuple(f for f in now if f.id not in before),
        resolved=tuple(f for f in before.values() if f.id not in now_ids),
        unchanged=tuple(f for f in now if f.id in before),
        has_previous=previous is not None,
    )


def redo_reason(
    latest_completed_at: dt.datetime | None,
    now: dt.datetime,
    red_flag_times: Iterable[dt.datetime],
) -> RedoReason | None:
    """Whether the checklist is worth doing (again), most pressing reason first.

    `red_flag_times` are when logged entries that raise a red flag started (aware times).
    """
    if latest_completed_at is None:
        return RedoReason.NEVER_DONE
    if any(started > latest_completed_at for started in red_flag_times):
        return RedoReason.NEW_RED_FLAGS
    if now - latest_completed_at >= dt.timedelta(days=REDO_AFTER_DAYS):
        return RedoReason.OLD
    return None


def _sources(*groups: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(key for group in groups for key in group))


def _first_anchor(questions: Sequence[Question]) -> str | None:
    return next((q.article_anchor for q in questions if q.article_anchor), None)


def _first_advice(questions: Sequence[Question]) -> Advice | None:
    return next((q.advice for q in questions if q.advice is not None), None)


def _red_flag_finding(flag_id: str, questions: Sequence[Question]) -> Finding:
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


def _risk_finding(risk_id: str, questions: Sequence[Question], recent: bool) -> Finding:
    risk = RISK_FACTORS[risk_id]
    return Finding(
        id=risk.id,
        kind="risk",
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


def _unsure_rank(question: Question) -> tuple[int, int]:
    """Unsure warning signs first, most urgent first; the rest keep checklist order."""
    flag = RED_FLAGS.get(question.maps_to or "")
    return (0, urgency_rank(flag)[0]) if flag else (1, 0)


def _unsure_finding(question: Question, medicine: Question | None) -> Finding:
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


def _no_concern_finding() -> Finding:
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
