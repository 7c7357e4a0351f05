"""Checklist evaluation: answers -> ranked findings in three groups, and what changed.

Groups, never mixed (clinical-notes.md, second round): warning signs (emergency, then
same-day red flags, then every warning question answered "not sure" or left unanswered,
"to check"); reasons for a routine appointment ("soon" red flags); findings (risk factors,
medicines started or changed in the last 3 months first; symptoms that may be another
condition; "worth checking" for other "not sure" answers, never counted as no). "No
concern found" only when nothing else was found, which needs every warning question
answered "no". Questions whose condition is not met are skipped: neither unknown nor listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from cramp_desktop.core.checklist_content import (
    COUNT_APPOINTMENT,
    COUNT_FINDINGS,
    COUNT_TO_CHECK,
    COUNT_WARNING,
    SCALE_MAX,
    SCALE_MIN,
    Question,
)
from cramp_desktop.core.checklist_findings import NO_CONCERN_ID as NO_CONCERN_ID
from cramp_desktop.core.checklist_findings import UNANSWERED_PREFIX as UNANSWERED_PREFIX
from cramp_desktop.core.checklist_findings import UNSURE_PREFIX as UNSURE_PREFIX
from cramp_desktop.core.checklist_findings import Finding as Finding
from cramp_desktop.core.checklist_findings import FindingGroup as FindingGroup
from cramp_desktop.core.checklist_findings import FindingKind as FindingKind
from cramp_desktop.core.checklist_findings import (
    is_warning_question as is_warning_question,
)
from cramp_desktop.core.checklist_findings import (
    no_concern_finding,
    red_flag_finding,
    risk_finding,
    to_check_finding,
    unsure_finding,
    unsure_rank,
)
from cramp_desktop.core.checklist_questions import FIRST_CHECKLIST, QUESTIONS
from cramp_desktop.core.checklist_risks import RISK_FACTORS
from cramp_desktop.core.checklist_warning_questions import RETIRED_QUESTIONS
from cramp_desktop.core.episodes import Answer, AnswerValue, Assessment
from cramp_desktop.core.red_flags import RED_FLAGS, Urgency, urgency_rank

REDO_AFTER_DAYS = 90


class RedoReason(StrEnum):
    """Why Today suggests doing the checklist (again)."""

    NEVER_DONE = "never-done"
    OLD = "old"
    NEW_RED_FLAGS = "new-red-flags"  # a warning sign was logged after the last checklist


@dataclass(frozen=True)
class Evaluation:
    findings: tuple[Finding, ...]  # ranked, never empty
    unanswered: tuple[str, ...] = ()  # visible questions with no usable answer

    @property
    def red_flags(self) -> tuple[Finding, ...]:
        """Red flags answered "yes", warning signs first, then reasons for an appointment."""
        return tuple(f for f in self.findings if f.kind == "red-flag")

    @property
    def warning_signs(self) -> tuple[Finding, ...]:
        """Confirmed warning signs (emergency, same day), most urgent first."""
        return tuple(f for f in self.red_flags if f.group == FindingGroup.WARNING)

    @property
    def to_check(self) -> tuple[Finding, ...]:
        """Warning questions answered "not sure" or left unanswered, most urgent first."""
        return tuple(f for f in self.findings if f.kind == "to-check")

    def in_group(self, group: FindingGroup) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.group == group)

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
    to_check: list[tuple[Question, bool]] = []  # warning questions, True: unanswered
    unanswered: list[str] = []
    for question in visible:
        value = usable_answer(question, answers.get(question.id))
        if value is None:
            unanswered.append(question.id)
            if is_warning_question(question):
                to_check.append((question, True))
        elif value == AnswerValue.UNSURE:
            if is_warning_question(question):
                to_check.append((question, False))
            else:
                unsure.append(question)
        elif _is_positive(question, value):
            if question.maps_to is not None:
                hits.setdefault(question.maps_to, []).append(question)
            parent = follow_up_of.get(question.id)
            if parent is not None and parent.maps_to is not None:
                recent.add(parent.maps_to)
    flag_ids = sorted((i for i in hits if i in RED_FLAGS), key=lambda i: urgency_rank(RED_FLAGS[i]))
    risk_ids = [i for i in hits if i in RISK_FACTORS]
    risk_ids.sort(key=lambda i: (RISK_FACTORS[i].other_condition, i not in recent))
    to_check.sort(key=lambda item: (urgency_rank(RED_FLAGS[item[0].maps_to or ""])[0], item[1]))
    findings = [red_flag_finding(i, hits[i]) for i in flag_ids]
    findings += [to_check_finding(question, missing) for question, missing in to_check]
    findings += [risk_finding(i, hits[i], i in recent) for i in risk_ids]
    findings += [unsure_finding(q, follow_up_of.get(q.id)) for q in sorted(unsure, key=unsure_rank)]
    findings.sort(key=lambda finding: list(FindingGroup).index(finding.group))  # stable
    if not findings:
        findings.append(no_concern_finding())
    return Evaluation(tuple(findings), tuple(unanswered))


def group_counts(evaluation: Evaluation) -> list[tuple[str, int]]:
    """(template in context "Checklist", count) for each group that has something, in
    order: "Warning signs: %1", "to check: %1", "Reasons for an appointment: %1",
    "Findings: %1". Empty for "no concern found"."""
    warning = len(evaluation.warning_signs)
    to_check = len(evaluation.to_check)
    counts = [
        (COUNT_WARNING, warning, bool(warning or to_check)),
        (COUNT_TO_CHECK, to_check, bool(to_check)),
        (COUNT_APPOINTMENT, len(evaluation.in_group(FindingGroup.APPOINTMENT)), False),
        (COUNT_FINDINGS, len(evaluation.in_group(FindingGroup.FINDINGS)), False),
    ]
    return [(text, count) for text, count, always in counts if count or always]


def checklist_for(assessment: Assessment) -> tuple[Question, ...]:
    """The questions `assessment` was asked: version 0.1.0's (recognised by an answer to
    one of its warning questions, which were retired since) or today's."""
    old = any(answer.question_id in RETIRED_QUESTIONS for answer in assessment.answers)
    return FIRST_CHECKLIST if old else QUESTIONS


def answers_from_assessment(
    assessment: Assessment, *, checklist: Sequence[Question] | None = None
) -> dict[str, Answer]:
    """Stored answers by question id; ids this version does not know are dropped."""
    known = {question.id for question in checklist or checklist_for(assessment)}
    return {a.question_id: a for a in assessment.answers if a.question_id in known}


def evaluation_from_assessment(
    assessment: Assessment, *, checklist: Sequence[Question] | None = None
) -> Evaluation:
    asked = checklist or checklist_for(assessment)
    return evaluate(answers_from_assessment(assessment, checklist=asked), checklist=asked)


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
