"""The checklist as data: ids, order, sources, article links, and a checklist saved by
version 0.1.0 that must keep its meaning (safe wording: test_checklist_wording.py)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from cramp_desktop.core import checklist_advice
from cramp_desktop.core.article import load_article
from cramp_desktop.core.checklist import evaluate, evaluation_from_assessment
from cramp_desktop.core.checklist_content import SECTIONS, Advice
from cramp_desktop.core.checklist_questions import (
    FIRST_CHECKLIST,
    FOLLOW_UP_IDS,
    QUESTIONS,
    QUESTIONS_BY_ID,
    RETIRED_QUESTIONS,
    SECTION_IDS,
)
from cramp_desktop.core.checklist_risks import RISK_FACTORS
from cramp_desktop.core.episodes import Answer, AnswerValue, Assessment
from cramp_desktop.core.red_flags import ACTIONS, RED_FLAGS, SOURCES
from cramp_desktop.resources import article_path
from cramp_desktop.storage.repositories import Repositories

FIXTURE = Path(__file__).parent.parent / "fixtures" / "assessment_v1.json"
ADVICE: list[Advice] = [
    value for value in vars(checklist_advice).values() if isinstance(value, Advice)
]


# Ids and order ----------------------------------------------------------------------


def test_sections_are_the_seven_of_the_clinical_notes_warning_signs_first() -> None:
    assert SECTION_IDS == (
        "warning", "pattern", "fluids", "medicines", "conditions", "activity", "impact"
    )  # fmt: skip
    assert all(section.title and section.intro for section in SECTIONS)


def test_question_ids_are_unique_and_name_their_section() -> None:
    question_ids = [q.id for q in QUESTIONS]
    assert len(set(question_ids)) == len(question_ids)
    for question in QUESTIONS:
        assert re.fullmatch(r"[a-z]+\.[a-z_]+", question.id), question.id
        assert question.id.split(".")[0] == question.section
        assert question.section in SECTION_IDS
    assert {q.id: q for q in QUESTIONS} == QUESTIONS_BY_ID


def test_questions_come_in_section_order_and_every_section_has_some() -> None:
    positions = [SECTION_IDS.index(q.section) for q in QUESTIONS]
    assert positions == sorted(positions)
    assert set(positions) == set(range(len(SECTION_IDS)))


def test_every_question_maps_to_a_known_finding_and_every_risk_factor_is_reachable() -> None:
    assert not set(RISK_FACTORS) & set(RED_FLAGS)
    for key, risk in RISK_FACTORS.items():
        assert risk.id == key and risk.title and risk.explanation
    mapped = {q.maps_to for q in QUESTIONS if q.maps_to is not None}
    assert mapped <= set(RISK_FACTORS) | set(RED_FLAGS)
    assert set(RISK_FACTORS) <= mapped


def test_conditions_and_follow_ups_point_backwards_to_real_questions() -> None:
    seen: set[str] = set()
    for question in QUESTIONS:
        if question.condition is not None:
            assert question.condition.question_id in seen, question.id
            assert QUESTIONS_BY_ID[question.condition.question_id].kind == "choice"
        if question.weight_if_recent is not None:
            follow_up = QUESTIONS_BY_ID[question.weight_if_recent]
            assert follow_up.id == f"{question.id}_recent"
            assert follow_up.condition is not None
            assert follow_up.condition.question_id == question.id
            assert follow_up.maps_to is None
        seen.add(question.id)


def test_every_red_flag_and_advice_item_names_a_source_that_exists() -> None:
    """clinical-notes.md: every advice item and red flag names a source key in the list."""
    for flag in RED_FLAGS.values():
        assert flag.sources and set(flag.sources) <= set(SOURCES), flag.id
    for advice in ADVICE:
        assert advice.sources and set(advice.sources) <= set(SOURCES), advice.id
    for question in (*QUESTIONS, *RETIRED_QUESTIONS.values()):
        assert question.sources and set(question.sources) <= set(SOURCES), question.id
    # Sources that cover the claim (second round).
    assert set(RED_FLAGS["breathless-chest-pain"].sources) == {"NHS-PE", "NHS-DVT"}
    assert "MedlinePlus-Rhabdo" in RED_FLAGS["dark-urine"].sources
    assert "FDA-PPI-2011" in QUESTIONS_BY_ID["medicines.acid_reducer"].sources
    assert "EAH-2015" in QUESTIONS_BY_ID["fluids.daily_overdrinking"].sources


def test_follow_up_ids_are_the_recent_change_questions_of_each_medicine() -> None:
    kinds = ("diuretic", "statin", "inhaler", "listed_strong", "listed_other")
    assert {f"medicines.{kind}_recent" for kind in kinds} == FOLLOW_UP_IDS
    for follow_up in FOLLOW_UP_IDS:
        question = QUESTIONS_BY_ID[follow_up]
        assert question.condition is not None
        assert QUESTIONS_BY_ID[question.condition.question_id].weight_if_recent == follow_up


def test_scale_and_choice_questions_are_complete() -> None:
    for question in QUESTIONS:
        assert "?" in question.text, question.id
        assert question.sources and set(question.sources) <= set(SOURCES), question.id
        if question.kind == "scale":
            assert question.concern_at is not None and 0 < question.concern_at <= 10
            assert question.low_label and question.high_label
        else:
            assert question.kind == "choice"
            assert question.concern_at is None and question.low_label is None


# Sources and article links ----------------------------------------------------------


def test_every_advice_item_cites_known_sources() -> None:
    assert len(ADVICE) >= 15
    assert len({advice.id for advice in ADVICE}) == len(ADVICE)
    for advice in ADVICE:
        assert advice.sources, advice.id
        assert set(advice.sources) <= set(SOURCES), advice.id


def test_a_question_cites_its_own_sources_first_then_its_advice_s_each_once() -> None:
    statin = QUESTIONS_BY_ID["medicines.statin"]
    assert statin.advice is not None
    assert statin.sources == ("NHS", "Garrison-2012", "AFP-2012")  # AFP-2012: the advice's
    for question in QUESTIONS:
        assert len(set(question.sources)) == len(question.sources), question.id
        if question.advice is not None:
            assert set(question.advice.sources) <= set(question.sources), question.id


def _answer_all(value: AnswerValue) -> dict[str, Answer]:
    """`value` for every question; the questions that open others say yes."""
    gates = {"medicines.takes_any", "conditions.may_be_pregnant", "conditions.spinal_stenosis"} | {
        q.id for q in QUESTIONS if q.weight_if_recent
    }
    answers = {}
    for question in QUESTIONS:
        choice = AnswerValue.YES if question.id in gates else value
        answers[question.id] = Answer(question.id, choice, 10 if question.kind == "scale" else None)
    return answers


@pytest.mark.parametrize(
    "answers",
    [
        _answer_all(AnswerValue.YES),
        _answer_all(AnswerValue.UNSURE),
        {q.id: Answer(q.id, AnswerValue.UNSURE) for q in QUESTIONS},  # gates unsure too
        {},
    ],
    ids=["all-yes", "all-unsure", "gates-unsure", "nothing"],
)
def test_every_finding_cites_known_sources(answers: dict[str, Answer]) -> None:
    for finding in evaluate(answers).findings:
        assert finding.sources, finding.id
        assert set(finding.sources) <= set(SOURCES), finding.id
        assert len(set(finding.sources)) == len(finding.sources), finding.id
        if finding.advice is not None:
            assert set(finding.advice.sources) <= set(finding.sources), finding.id


def test_every_yes_is_a_finding_when_everything_applies() -> None:
    findings = evaluate(_answer_all(AnswerValue.YES)).findings
    # Only the log raises a skin colour change; only version 0.1.0 asked "wound-or-toxin".
    from_log_or_retired = {"skin-colour", "wound-or-toxin"}
    assert {f.id for f in findings} == set(RISK_FACTORS) | set(RED_FLAGS) - from_log_or_retired
    assert findings[0].action == ACTIONS[findings[0].urgency]  # type: ignore[index]


def test_article_links_point_to_paragraphs_of_the_real_article() -> None:
    anchors = set(load_article(article_path("en")).anchors)
    assert {"introduction", "sodium-role", "why-cramps-occur", "sodium-and-cramps",
            "managing-cramps"} <= anchors  # fmt: skip
    linked = {q.article_anchor for q in QUESTIONS if q.article_anchor is not None}
    linked |= {f.article_anchor for f in evaluate({}).findings if f.article_anchor}
    assert linked and linked <= anchors
    assert {"why-cramps-occur", "sodium-and-cramps", "managing-cramps"} <= linked


# A checklist saved by version 0.1.0 -------------------------------------------------


def assessment_from_json(text: str) -> Assessment:
    stored = json.loads(text)
    return Assessment(
        completed_at=dt.datetime.fromisoformat(stored["completed_at"]),
        app_version=stored["app_version"],
        answers=tuple(
            Answer(
                item["question_id"],
                AnswerValue(item["choice"]) if "choice" in item else None,
                item.get("scale"),
            )
            for item in stored["answers"]
        ),
    )


def test_a_saved_version_0_1_0_assessment_reads_back_and_evaluates(
    repositories: Repositories,
) -> None:
    saved = assessment_from_json(FIXTURE.read_text(encoding="utf-8"))
    assert saved.app_version == "0.1.0"
    repositories.assessments.save(saved)
    loaded = repositories.assessments.latest()
    assert loaded is not None and loaded.id is not None and loaded.app_version == "0.1.0"
    assert loaded.completed_at == saved.completed_at
    assert loaded.completed_at.utcoffset() == dt.timedelta(hours=1)
    assert set(loaded.answers) == set(saved.answers)  # the retired question is kept as stored
    evaluation = evaluation_from_assessment(loaded)
    assert list(evaluation.finding_ids) == [
        "calf-swelling", "weakness", "poor-sleep",
        "diuretic",  # started in the last 3 months: first among risk factors
        "night-cramps", "low-fluid", "no-stretching",
        "unsure:pattern.frequent", "unsure:fluids.supplements",
    ]  # fmt: skip
    assert [f.id for f in evaluation.findings if f.recent] == ["diuretic"]
    # Not the retired question, nor late pregnancy (hidden: not pregnant).
    assert list(evaluation.unanswered) == ["medicines.listed_other", "conditions.thyroid"]


def test_a_saved_0_1_0_assessment_keeps_its_meaning_after_the_warnings_changed() -> None:
    saved = assessment_from_json(FIXTURE.read_text(encoding="utf-8"))
    evaluation = evaluation_from_assessment(saved)
    # Its warning questions had no time frame: read with their own texts and ids, so the
    # calf swelling it reported stays a same-day warning sign.
    [swelling] = evaluation.warning_signs
    assert (swelling.id, swelling.question_ids) == ("calf-swelling", ("warning.calf_swelling",))
    # Questions added since were never asked: nothing "to check" or unanswered for them.
    assert evaluation.to_check == ()
    added = {q.id for q in QUESTIONS} - {q.id for q in FIRST_CHECKLIST}
    assert added and not added & set(evaluation.unanswered)
    # Its answers to the retired questions are all understood (none dropped as unknown).
    asked = {q.id for q in FIRST_CHECKLIST}
    assert set(RETIRED_QUESTIONS) <= asked
    stored = {a.question_id for a in saved.answers} - {"pattern.retired_question"}
    assert stored <= asked


def test_every_question_that_took_the_place_of_a_retired_one_has_a_new_id() -> None:
    replacing = [q for q in QUESTIONS if q.replaces is not None]
    assert {q.replaces for q in replacing} == set(RETIRED_QUESTIONS)
    for question in replacing:
        old = RETIRED_QUESTIONS[question.replaces or ""]
        assert question.id != old.id and question.text != old.text
        assert question.id not in RETIRED_QUESTIONS
    assert not set(RETIRED_QUESTIONS) & set(QUESTIONS_BY_ID)
