"""Checklist evaluation: which questions are asked (the medicine questions unless "no
medicines", follow-ups after their question), how a recent medicine ranks, and that
answers to questions not asked are ignored."""

from __future__ import annotations

import pytest

from cramp_desktop.core.checklist import NO_CONCERN_ID, evaluate, visible_questions
from cramp_desktop.core.checklist_questions import QUESTIONS_BY_ID
from cramp_desktop.core.episodes import Answer, AnswerValue
from tests.core.checklist_answers import (
    MEDICINE_QUESTIONS,
    MEDICINES,
    RECENT_QUESTIONS,
    answers,
    ids,
    visible_ids,
)


@pytest.mark.parametrize("medicine", MEDICINES)
@pytest.mark.parametrize("recent", [True, False])
def test_a_recent_medicine_is_marked_and_ranks_first_among_risk_factors(
    medicine: str, recent: bool
) -> None:
    question_id = f"medicines.{medicine}"
    evaluation = evaluate(
        answers(
            "warning.leg_swelling=yes pattern.night=yes fluids.heavy_sweating=yes "
            f"medicines.takes_any=yes {question_id}=yes "
            f"{question_id}_recent={'yes' if recent else 'no'} activity.long_standing=yes"
        )
    )
    risk_id = QUESTIONS_BY_ID[question_id].maps_to
    risks = [f for f in evaluation.findings if f.kind == "risk"]
    if recent:
        assert [f.id for f in risks] == [risk_id, "night-cramps", "heavy-sweating", "long-standing"]
    else:
        assert [f.id for f in risks] == ["night-cramps", "heavy-sweating", risk_id, "long-standing"]
    assert [f.id for f in risks if f.recent] == ([risk_id] if recent else [])
    assert evaluation.findings[0].id == "leg-swelling"


def test_several_recent_medicines_keep_checklist_order_among_themselves() -> None:
    assert ids(
        "pattern.night=yes medicines.takes_any=yes medicines.diuretic=yes medicines.statin=yes "
        "medicines.statin_recent=yes medicines.inhaler=yes medicines.inhaler_recent=yes"
    ) == ["statin", "long-acting-inhaler", "night-cramps", "diuretic"]


@pytest.mark.parametrize(
    ("gate", "shown"), [("", True), ("no", False), ("unsure", True), ("yes", True)]
)
def test_medicine_questions_are_asked_unless_no_medicines(gate: str, shown: bool) -> None:
    visible = visible_ids(f"medicines.takes_any={gate}" if gate else "")
    assert "medicines.takes_any" in visible
    assert visible & MEDICINE_QUESTIONS == (MEDICINE_QUESTIONS if shown else set())
    assert not visible & RECENT_QUESTIONS  # follow-ups wait for their own question


def test_a_recent_follow_up_shows_only_after_yes_to_its_visible_medicine() -> None:
    visible = visible_ids("medicines.takes_any=yes medicines.statin=yes medicines.diuretic=no")
    assert visible & RECENT_QUESTIONS == {"medicines.statin_recent"}
    hidden = visible_ids("medicines.takes_any=no medicines.statin=yes medicines.statin_recent=yes")
    assert not hidden & (MEDICINE_QUESTIONS | RECENT_QUESTIONS)


@pytest.mark.parametrize(
    ("gate", "shown"), [("", False), ("no", False), ("unsure", True), ("yes", True)]
)
def test_late_pregnancy_is_asked_only_if_pregnancy_is_possible(gate: str, shown: bool) -> None:
    visible = visible_ids(f"conditions.may_be_pregnant={gate}" if gate else "")
    assert ("conditions.late_pregnancy" in visible) is shown


def test_answers_to_hidden_questions_are_ignored() -> None:
    evaluation = evaluate(
        answers(
            "medicines.takes_any=no medicines.statin=yes medicines.statin_recent=yes "
            "medicines.cramps_after_new=yes medicines.inhaler=unsure "
            "conditions.may_be_pregnant=no conditions.late_pregnancy=yes"
        )
    )
    assert evaluation.finding_ids == (NO_CONCERN_ID,)
    hidden = MEDICINE_QUESTIONS | RECENT_QUESTIONS | {"conditions.late_pregnancy"}
    assert not hidden & set(evaluation.unanswered)
    assert "conditions.kidney" in evaluation.unanswered


def test_unanswered_lists_visible_questions_in_order_and_skips_unknown_ids() -> None:
    evaluation = evaluate(answers("pattern.night=no pattern.gone=yes", warnings_no=False))
    expected = [q.id for q in visible_questions({}) if q.id != "pattern.night"]
    assert list(evaluation.unanswered) == expected


@pytest.mark.parametrize("wrong", [Answer("impact.sleep", AnswerValue.YES),
                                   Answer("impact.sleep", scale=-1),
                                   Answer("impact.sleep", scale=11)])  # fmt: skip
def test_a_scale_question_takes_0_to_10_or_unsure_and_nothing_else(wrong: Answer) -> None:
    evaluation = evaluate({**answers(""), "impact.sleep": wrong})
    assert evaluation.finding_ids == (NO_CONCERN_ID,)
    assert "impact.sleep" in evaluation.unanswered
    assert ids("impact.sleep=unsure") == ["unsure:impact.sleep"]
