"""Which of the questions a patient can bring (key_points.DOCTOR_QUESTIONS) fit this
patient: none that assumes something the patient did not report (medicines, an existing
condition, exercise), and no "Is magnesium worth trying?" when magnesium is already taken
or was answered as tried."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from cramp_desktop.core.checklist import Evaluation
from cramp_desktop.core.checklist_medicines import is_current
from cramp_desktop.core.episodes import Answer, AnswerValue, Medication, MedicationKind
from cramp_desktop.report.key_points import DOCTOR_QUESTIONS, QuestionTopic

_MAGNESIUM = re.compile(r"\bmagnesium\b|\bmg\s*(?:citrate|oxide|glycinate)\b", re.IGNORECASE)
_CONDITION_RISKS = frozenset(
    {
        "diabetes-nerves", "circulation-heart", "spinal-stenosis", "liver-disease",
        "kidney-disease", "thyroid", "parkinsons", "pregnancy", "known-electrolyte-disorder",
    }
)  # fmt: skip
_FLUID_OR_EXERCISE_RISKS = frozenset(
    {
        "exercise-cramps", "heavy-sweating", "overdrinking", "daily-overdrinking", "low-fluid",
        "new-training", "salty-without-fluid",
    }
)  # fmt: skip


def fitting_questions(
    medications: Sequence[Medication],
    answers: Mapping[str, Answer],
    evaluation: Evaluation | None,
    today: dt.date,
) -> list[tuple[str, tuple[str, ...]]]:
    """(question, sources) for each question that fits, in the notes' order."""
    current = [m for m in medications if is_current(m, today)]
    findings = {f.id for f in evaluation.findings} if evaluation is not None else set()

    def said(question_id: str, *values: AnswerValue) -> bool:
        answer = answers.get(question_id)
        return answer is not None and answer.choice in values

    takes_medicines = bool(current) or said(
        "medicines.takes_any", AnswerValue.YES, AnswerValue.UNSURE
    )
    magnesium = said("fluids.supplements", AnswerValue.YES) or any(
        m.kind == MedicationKind.SUPPLEMENT_MAGNESIUM or _MAGNESIUM.search(m.name)
        for m in medications
    )
    fits: dict[QuestionTopic, bool] = {
        "always": True,
        "medicines": takes_medicines or said("fluids.supplements", AnswerValue.YES),
        "condition": bool(findings & _CONDITION_RISKS),
        "magnesium": not magnesium,
        "fluids": bool(findings & _FLUID_OR_EXERCISE_RISKS),
    }
    return [(question, sources) for question, sources, topic in DOCTOR_QUESTIONS if fits[topic]]
