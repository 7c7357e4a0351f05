"""The questions a patient can bring fit the patient: table-driven."""

from __future__ import annotations

import datetime as dt

import pytest

from cramp_desktop.core.checklist import evaluate, is_warning_question
from cramp_desktop.core.checklist_questions import QUESTIONS
from cramp_desktop.core.episodes import Answer, AnswerValue, Medication, MedicationKind
from cramp_desktop.report.doctor_questions import fitting_questions
from cramp_desktop.report.key_points import DOCTOR_QUESTIONS

TODAY = dt.date(2026, 11, 20)
MEDICINES, OTHER, BLOODS, CONDITION, STRETCHES, MAGNESIUM, QUININE, DRINK, URGENT = range(9)
ALWAYS = {OTHER, BLOODS, STRETCHES, QUININE, URGENT}


def asked(medications: list[Medication], text: str, *, checklist: bool = True) -> set[int]:
    answers = {q.id: Answer(q.id, AnswerValue.NO) for q in QUESTIONS if is_warning_question(q)}
    for word in text.split():
        qid, value = word.split("=")
        answers[qid] = Answer(qid, AnswerValue(value))
    evaluation = evaluate(answers) if checklist else None
    fitting = fitting_questions(medications, answers if checklist else {}, evaluation, TODAY)
    texts = [question for question, _, _ in DOCTOR_QUESTIONS]
    return {texts.index(question) for question, _ in fitting}


STATIN = Medication("Atorvastatin", MedicationKind.STATIN)
MAGNESIUM_NOW = Medication("Magnesium glycinate", MedicationKind.OTHER)
MAGNESIUM_KIND = Medication("Slow-Mag", MedicationKind.SUPPLEMENT_MAGNESIUM)
STOPPED = Medication("Ramipril", MedicationKind.OTHER, stopped_on=dt.date(2026, 1, 1))


@pytest.mark.parametrize(
    ("medications", "text", "expected"),
    [
        # Nothing reported: only the questions that assume nothing.
        ([], "medicines.takes_any=no", ALWAYS | {MAGNESIUM}),
        # A medicine in the list, or "not sure" about medicines: the medicines question.
        ([STATIN], "", ALWAYS | {MEDICINES, MAGNESIUM}),
        ([], "medicines.takes_any=unsure", ALWAYS | {MEDICINES, MAGNESIUM}),
        ([STOPPED], "medicines.takes_any=no", ALWAYS | {MAGNESIUM}),  # stopped: not now
        # Magnesium taken (by name or kind) or answered as tried: never "worth trying?".
        ([MAGNESIUM_NOW], "", ALWAYS | {MEDICINES}),
        ([MAGNESIUM_KIND], "", ALWAYS | {MEDICINES}),
        ([], "medicines.takes_any=no fluids.supplements=yes", ALWAYS | {MEDICINES}),
        # An existing condition reported: the condition question.
        ([], "medicines.takes_any=no conditions.kidney=yes", ALWAYS | {MAGNESIUM, CONDITION}),
        ([], "medicines.takes_any=no conditions.kidney=unsure", ALWAYS | {MAGNESIUM}),
        # Fluids, sweating or exercise reported: the drinking question.
        ([], "medicines.takes_any=no pattern.exercise=yes", ALWAYS | {MAGNESIUM, DRINK}),
        ([], "medicines.takes_any=no fluids.heavy_sweating=yes", ALWAYS | {MAGNESIUM, DRINK}),
    ],
)  # fmt: skip
def test_questions_fit_what_the_patient_reported(
    medications: list[Medication], text: str, expected: set[int]
) -> None:
    assert asked(medications, text) == expected


def test_without_a_checklist_the_list_decides_the_medicine_questions() -> None:
    assert asked([], "", checklist=False) == ALWAYS | {MAGNESIUM}
    assert asked([STATIN], "", checklist=False) == ALWAYS | {MEDICINES, MAGNESIUM}
