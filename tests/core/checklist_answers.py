"""Checklist answers written as "question.id=value" words, for the checklist tests."""

from __future__ import annotations

from cramp_desktop.core.checklist import evaluate, visible_questions
from cramp_desktop.core.episodes import Answer, AnswerValue

MEDICINES = ("diuretic", "statin", "inhaler", "listed_strong", "listed_other")
MEDICINE_QUESTIONS = {f"medicines.{name}" for name in MEDICINES} | {
    "medicines.cramps_after_new",
    "medicines.acid_reducer",
}
RECENT_QUESTIONS = {f"medicines.{name}_recent" for name in MEDICINES}


# The emergency and same-day warning questions asked today; most cases answer them "no"
# first, since a skipped one is never dropped.
WARNING_IDS = [
    "warning.breathless_now", "warning.cold_leg", "warning.stroke", "warning.back_numbness",
    "warning.confusion_now", "warning.tetanus", "warning.calf_swelling_now",
    "warning.dark_urine_now", "warning.long_cramp_now", "warning.dirty_wound",
    "warning.lead_mercury", "warning.low_sodium_now", "conditions.back_numbness",
]  # fmt: skip
WARNINGS_NO = " ".join(f"{qid}=no" for qid in WARNING_IDS)


def answers(text: str, *, warnings_no: bool = True) -> dict[str, Answer]:
    """Answers from "question.id=value" words; a value is yes, no, unsure or 0 to 10. The
    warning questions are answered "no" first unless `warnings_no` is False."""
    built: dict[str, Answer] = {}
    for word in ((WARNINGS_NO + " ") if warnings_no else "").split() + text.split():
        question_id, value = word.split("=")
        if value.isdigit():
            built[question_id] = Answer(question_id, scale=int(value))
        else:
            built[question_id] = Answer(question_id, AnswerValue(value))
    return built


def ids(text: str) -> list[str]:
    return list(evaluate(answers(text)).finding_ids)


def visible_ids(text: str) -> set[str]:
    return {q.id for q in visible_questions(answers(text))}
