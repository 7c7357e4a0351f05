"""Checklist evaluation: red flags, risk factors, ranking, unsure and skipped answers
(conditional questions: test_checklist_conditional.py; comparison and when to do it
again: test_checklist_over_time.py).

Expected ids, urgencies and actions are written out by hand from clinical-notes.md, not
derived from the catalogue, so a change to the catalogue shows up here.
"""

from __future__ import annotations

import pytest

from cramp_desktop.core.checklist import NO_CONCERN_ID, FindingGroup, evaluate
from cramp_desktop.core.checklist_content import (
    UNANSWERED_RED_FLAG_EXPLANATION,
    UNSURE_EXPLANATION,
    UNSURE_RECENT_EXPLANATION,
    UNSURE_RED_FLAG_EXPLANATION,
)
from cramp_desktop.core.checklist_questions import QUESTIONS, QUESTIONS_BY_ID
from cramp_desktop.core.checklist_risks import RISK_FACTORS
from cramp_desktop.core.red_flags import RED_FLAGS, Urgency
from tests.core.checklist_answers import WARNING_IDS, answers, ids

EMERGENCY, URGENT, SOON = Urgency.EMERGENCY, Urgency.URGENT, Urgency.SOON
CALL_NOW = "Call emergency services now."
TODAY = "See a doctor today."
APPOINTMENT = "Make an appointment with your doctor."
# Risk factors, a recent medicine and an unsure answer: a red flag still ranks first.
BACKGROUND = (
    "pattern.night=yes fluids.drinks_little=yes medicines.takes_any=yes medicines.statin=yes "
    "medicines.statin_recent=yes activity.no_stretching=unsure"
)

# Every question that can raise a red flag: (answer, flag id, urgency, action).
JAB = "See a doctor or pharmacist about a tetanus jab today."
NEXT_VISIT = "Tell your doctor at your next appointment."
RED_FLAG_CASES = [
    ("warning.breathless_now=yes", "breathless-chest-pain", EMERGENCY, CALL_NOW),
    ("warning.cold_leg=yes", "cold-pale-leg", EMERGENCY, CALL_NOW),
    ("warning.stroke=yes", "stroke-signs", EMERGENCY, CALL_NOW),
    ("warning.back_numbness=yes", "cauda-equina", EMERGENCY, CALL_NOW),
    ("conditions.back_numbness=yes", "cauda-equina", EMERGENCY, CALL_NOW),
    ("warning.confusion_now=yes", "confusion-collapse", EMERGENCY, CALL_NOW),
    ("warning.tetanus=yes", "tetanus-signs", EMERGENCY, CALL_NOW),
    ("warning.calf_swelling_now=yes", "calf-swelling", URGENT, TODAY),
    ("warning.dark_urine_now=yes", "dark-urine", URGENT, TODAY),
    ("warning.long_cramp_now=yes", "long-cramp", URGENT, TODAY),
    ("warning.dirty_wound=yes", "dirty-wound", URGENT, JAB),
    ("warning.lead_mercury=yes", "toxin-exposure", URGENT, TODAY),
    ("warning.low_sodium_now=yes", "low-sodium-risk", URGENT, TODAY),
    ("warning.weakness=yes", "weakness", SOON, APPOINTMENT),
    ("warning.numbness=yes", "weakness", SOON, APPOINTMENT),
    ("warning.leg_swelling=yes", "leg-swelling", SOON, APPOINTMENT),
    ("warning.rest_pain=yes", "rest-pain-sores", SOON, APPOINTMENT),
    ("warning.earlier=yes", "past-warning", SOON, NEXT_VISIT),
    ("pattern.frequent=yes", "frequent-cramps", SOON, APPOINTMENT),
    ("pattern.no_trigger=yes", "no-obvious-trigger", SOON, APPOINTMENT),
    ("pattern.no_improvement=yes", "no-improvement", SOON, APPOINTMENT),
    ("medicines.cramps_after_new=yes", "new-medicine", SOON, APPOINTMENT),
    ("impact.sleep=7", "poor-sleep", SOON, APPOINTMENT),
    ("impact.daily_life=10", "poor-sleep", SOON, APPOINTMENT),
]

# Every question that points to a risk factor, and the finding its "yes" gives.
RISK_CASES = {
    "pattern.night": "night-cramps", "pattern.walking_pain": "walking-pain",
    "pattern.urge_to_move": "urge-to-move", "pattern.exercise": "exercise-cramps",
    "fluids.drinks_little": "low-fluid", "fluids.heavy_sweating": "heavy-sweating",
    "fluids.overdrinking": "overdrinking", "fluids.daily_overdrinking": "daily-overdrinking",
    "fluids.salty_meals": "salty-without-fluid", "medicines.acid_reducer": "acid-reducer",
    "fluids.low_levels": "known-electrolyte-disorder", "fluids.supplements": "cramp-supplements",
    "medicines.diuretic": "diuretic", "medicines.statin": "statin",
    "medicines.inhaler": "long-acting-inhaler", "medicines.listed_strong": "medicine-strong-link",
    "medicines.listed_other": "medicine-reported-link", "conditions.late_pregnancy": "pregnancy",
    "conditions.diabetes_nerves": "diabetes-nerves",
    "conditions.circulation_heart": "circulation-heart",
    "conditions.spinal_stenosis": "spinal-stenosis", "conditions.liver": "liver-disease",
    "conditions.kidney": "kidney-disease", "conditions.thyroid": "thyroid",
    "conditions.parkinsons": "parkinsons", "conditions.alcohol": "heavy-alcohol",
    "activity.long_standing": "long-standing", "activity.new_training": "new-training",
    "activity.no_stretching": "no-stretching",
}  # fmt: skip


def gate_for(question_id: str) -> str:
    """The answer that makes a conditional question visible."""
    condition = QUESTIONS_BY_ID[question_id].condition
    return f"{condition.question_id}=yes" if condition and not condition.unless else ""


def test_the_tables_cover_every_question_that_raises_something_in_every_section() -> None:
    flag_questions = {q.id for q in QUESTIONS if q.maps_to in RED_FLAGS}
    risk_questions = {q.id for q in QUESTIONS if q.maps_to in RISK_FACTORS}
    assert {case[0].split("=")[0] for case in RED_FLAG_CASES} == flag_questions
    assert set(RISK_CASES) == risk_questions
    sections = {q.section for q in QUESTIONS if q.id in flag_questions | risk_questions}
    assert sections == {q.section for q in QUESTIONS}


@pytest.mark.parametrize(("answer", "flag_id", "urgency", "action"), RED_FLAG_CASES)
def test_each_red_flag_question_raises_its_flag_first_with_its_action(
    answer: str, flag_id: str, urgency: Urgency, action: str
) -> None:
    evaluation = evaluate(answers(f"{BACKGROUND} {gate_for(answer.split('=')[0])} {answer}"))
    first = evaluation.findings[0]
    assert (first.id, first.kind, first.urgency, first.action) == (
        flag_id, "red-flag", urgency, action
    )  # fmt: skip
    assert first.question_ids == (answer.split("=")[0],)
    assert [f.id for f in evaluation.red_flags] == [flag_id]
    assert evaluation.most_urgent == urgency
    assert first.text_context == "RedFlags"


@pytest.mark.parametrize(("question_id", "risk_id"), RISK_CASES.items())
def test_each_risk_question_gives_its_risk_finding(question_id: str, risk_id: str) -> None:
    evaluation = evaluate(answers(f"{gate_for(question_id)} {question_id}=yes"))
    [finding] = evaluation.findings
    kind = "other-condition" if risk_id in ("walking-pain", "urge-to-move") else "risk"
    assert (finding.id, finding.kind, finding.urgency, finding.action, finding.recent) == (
        risk_id, kind, None, None, False
    )  # fmt: skip
    assert finding.group == FindingGroup.FINDINGS
    assert finding.question_ids == (question_id,)
    assert finding.advice is not None and finding.text_context == "Checklist"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, [NO_CONCERN_ID]), (6, [NO_CONCERN_ID]), (7, ["poor-sleep"]), (10, ["poor-sleep"])],
)
def test_impact_raises_a_finding_from_seven_out_of_ten(value: int, expected: list[str]) -> None:
    assert ids(f"impact.sleep={value}") == expected
    assert ids(f"impact.daily_life={value}") == expected
    [both] = evaluate(answers(f"impact.sleep={value} impact.daily_life=9")).findings
    assert both.question_ids == (("impact.sleep",) if value >= 7 else ()) + ("impact.daily_life",)


def test_ranking_warning_signs_to_check_appointment_then_findings() -> None:
    evaluation = evaluate(
        answers(
            "pattern.night=yes pattern.exercise=unsure warning.leg_swelling=yes "
            "warning.long_cramp_now=yes warning.dark_urine_now=unsure warning.confusion_now=yes "
            "activity.new_training=yes warning.weakness=unsure warning.breathless_now=unsure "
            "pattern.no_trigger=unsure pattern.walking_pain=yes warning.stroke=yes"
        )
    )
    assert list(evaluation.finding_ids) == [
        # Warning signs, most urgent first, then the warning questions still to check.
        "stroke-signs", "confusion-collapse", "long-cramp",
        "unsure:warning.breathless_now", "unsure:warning.dark_urine_now",
        # Reasons for an appointment.
        "leg-swelling",
        # Findings: risk factors, another condition, then "worth checking".
        "night-cramps", "new-training", "walking-pain",
        "unsure:warning.weakness", "unsure:pattern.no_trigger", "unsure:pattern.exercise",
    ]  # fmt: skip
    kinds = [f.kind for f in evaluation.findings]
    assert (
        kinds
        == ["red-flag"] * 3
        + ["to-check"] * 2
        + ["red-flag"]
        + ["risk"] * 2
        + ["other-condition"]
        + ["unsure"] * 3
    )
    groups = [f.group for f in evaluation.findings]
    assert (
        groups
        == [FindingGroup.WARNING] * 5 + [FindingGroup.APPOINTMENT] + [FindingGroup.FINDINGS] * 6
    )
    assert [f.urgency for f in evaluation.red_flags] == [EMERGENCY, EMERGENCY, URGENT, SOON]
    assert [f.id for f in evaluation.warning_signs] == [
        "stroke-signs",
        "confusion-collapse",
        "long-cramp",
    ]


def test_urgency_not_checklist_order_ranks_warning_signs() -> None:
    reordered = [QUESTIONS_BY_ID[i] for i in ("warning.leg_swelling", "warning.breathless_now")]
    reordered += [QUESTIONS_BY_ID[i] for i in ("pattern.night", "warning.calf_swelling_now")]
    unsure = answers(" ".join(f"{q.id}=unsure" for q in reordered), warnings_no=False)
    assert list(evaluate(unsure, checklist=reordered).finding_ids) == [
        "unsure:warning.breathless_now", "unsure:warning.calf_swelling_now",
        "unsure:warning.leg_swelling", "unsure:pattern.night",
    ]  # fmt: skip
    yes = answers(" ".join(f"{q.id}=yes" for q in reordered), warnings_no=False)
    assert list(evaluate(yes, checklist=reordered).finding_ids) == [
        "breathless-chest-pain", "calf-swelling", "leg-swelling", "night-cramps"
    ]  # fmt: skip


def test_no_concern_only_when_nothing_else_was_found() -> None:
    every_no = " ".join(f"{q.id}=no" for q in QUESTIONS if q.kind == "choice")
    evaluation = evaluate(answers(every_no))
    assert evaluation.finding_ids == (NO_CONCERN_ID,)
    assert evaluation.findings[0].kind == "none" and evaluation.findings[0].sources
    assert evaluation.unanswered == ("impact.sleep", "impact.daily_life")
    assert ids("") == [NO_CONCERN_ID]  # every warning question answered "no"
    assert ids("pattern.night=unsure") == ["unsure:pattern.night"]
    assert ids("pattern.night=yes") == ["night-cramps"]


@pytest.mark.parametrize(("answer", "flag_id", "urgency", "action"), RED_FLAG_CASES)
def test_an_unsure_red_flag_question_keeps_the_flags_action_in_its_group(
    answer: str, flag_id: str, urgency: Urgency, action: str
) -> None:
    question_id = answer.split("=")[0]
    evaluation = evaluate(answers(f"{gate_for(question_id)} {question_id}=unsure"))
    [finding] = [f for f in evaluation.findings if f.id != "spinal-stenosis"]  # the gate's
    warning = urgency in (EMERGENCY, URGENT)
    kind = "to-check" if warning else "unsure"
    assert (finding.id, finding.kind, finding.action) == (f"unsure:{question_id}", kind, action)
    assert finding.explanation == UNSURE_RED_FLAG_EXPLANATION
    assert finding.group == (FindingGroup.WARNING if warning else FindingGroup.FINDINGS)
    assert evaluation.red_flags == () and question_id not in evaluation.unanswered


@pytest.mark.parametrize("question_id", WARNING_IDS)
def test_a_skipped_warning_question_is_listed_to_check_never_no_concern(question_id: str) -> None:
    text = (
        " ".join(f"{qid}=no" for qid in WARNING_IDS if qid != question_id)
        + f" {gate_for(question_id)} pattern.night=no"
    )
    evaluation = evaluate(answers(text, warnings_no=False))
    [finding] = [f for f in evaluation.findings if f.id != "spinal-stenosis"]  # the gate's
    flag = RED_FLAGS[QUESTIONS_BY_ID[question_id].maps_to or ""]
    assert (finding.id, finding.kind, finding.unanswered) == (
        f"unanswered:{question_id}", "to-check", True
    )  # fmt: skip
    assert (finding.urgency, finding.action) == (flag.urgency, flag.action)
    assert finding.explanation == UNANSWERED_RED_FLAG_EXPLANATION
    assert finding.title == QUESTIONS_BY_ID[question_id].text
    assert question_id in evaluation.unanswered


def test_every_warning_question_skipped_and_the_rest_no_lists_them_all() -> None:
    rest_no = " ".join(
        f"{q.id}=no" for q in QUESTIONS if q.kind == "choice" and q.id not in WARNING_IDS
    )
    evaluation = evaluate(answers(rest_no, warnings_no=False))
    assert NO_CONCERN_ID not in evaluation.finding_ids
    shown = [f.id for f in evaluation.to_check]
    visible = [qid for qid in WARNING_IDS if qid != "conditions.back_numbness"]  # not asked
    assert sorted(shown) == sorted(f"unanswered:{qid}" for qid in visible)
    # Emergencies first.
    urgencies = [f.urgency for f in evaluation.to_check]
    assert urgencies == sorted(urgencies, key=list(Urgency).index)
    # An unsure one before the unanswered ones of the same urgency.
    unsure_one = evaluate(answers(rest_no + " warning.dark_urine_now=unsure", warnings_no=False))
    urgent = [f.id for f in unsure_one.to_check if f.urgency == URGENT]
    assert urgent[0] == "unsure:warning.dark_urine_now"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Something older that has passed: the next appointment, not an emergency.
        ("warning.earlier=yes", ["past-warning"]),
        ("warning.breathless_now=yes warning.earlier=yes",
         ["breathless-chest-pain", "past-warning"]),
        # Gradual weakness stays "soon"; sudden weakness is the stroke emergency.
        ("warning.weakness=yes", ["weakness"]),
        ("warning.stroke=yes warning.weakness=yes", ["stroke-signs", "weakness"]),
        # Tetanus symptoms are an emergency; a dirty wound alone is a same-day jab question.
        ("warning.tetanus=yes warning.dirty_wound=yes", ["tetanus-signs", "dirty-wound"]),
        ("warning.dirty_wound=yes", ["dirty-wound"]),
        # Cauda equina, asked again with spinal stenosis: one finding from both questions.
        ("warning.back_numbness=yes conditions.spinal_stenosis=yes conditions.back_numbness=yes",
         ["cauda-equina", "spinal-stenosis"]),
        ("fluids.daily_overdrinking=yes", ["daily-overdrinking"]),
        ("medicines.acid_reducer=yes", ["acid-reducer"]),
        ("warning.rest_pain=yes pattern.walking_pain=yes", ["rest-pain-sores", "walking-pain"]),
    ],
)  # fmt: skip
def test_second_round_flags_time_frame_and_risk_factors(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_past_warning_tells_the_doctor_at_the_next_appointment() -> None:
    [finding] = evaluate(answers("warning.earlier=yes")).findings
    assert (finding.urgency, finding.action, finding.group) == (
        SOON, NEXT_VISIT, FindingGroup.APPOINTMENT
    )  # fmt: skip


def test_an_unsure_risk_question_has_no_action_and_is_never_counted_as_no() -> None:
    evaluation = evaluate(answers("fluids.low_levels=unsure"))
    [finding] = evaluation.findings
    assert (finding.kind, finding.action, finding.explanation) == (
        "unsure", None, UNSURE_EXPLANATION
    )  # fmt: skip
    assert finding.title == QUESTIONS_BY_ID["fluids.low_levels"].text
    assert finding.article_anchor == "sodium-and-cramps" and finding.advice is not None
    assert "fluids.low_levels" not in evaluation.unanswered


def test_an_unsure_recent_change_names_the_medicine() -> None:
    text = "medicines.takes_any=yes medicines.statin=yes medicines.statin_recent=unsure"
    risk, unsure = evaluate(answers(text)).findings
    assert (risk.id, risk.recent) == ("statin", False)
    assert unsure.id == "unsure:medicines.statin_recent"
    assert unsure.title == RISK_FACTORS["statin"].title
    assert unsure.explanation == UNSURE_RECENT_EXPLANATION
    assert unsure.sources == ("NHS", "Garrison-2012")
