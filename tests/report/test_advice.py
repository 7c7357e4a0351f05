"""The advice section read back from the PDF: only the advice for this patient's findings,
each with its sources and their full citations; the article's key points; the nine
questions; the closing disclaimer; wording that never advises over-drinking or a change
of treatment."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from cramp_desktop.core import checklist_advice
from cramp_desktop.core.checklist import evaluation_from_assessment
from cramp_desktop.core.checklist_content import Advice
from cramp_desktop.core.episodes import Answer, AnswerValue, Assessment
from cramp_desktop.core.red_flags import SOURCES
from cramp_desktop.report.advice import applicable_advice
from cramp_desktop.report.document import render_report
from cramp_desktop.report.key_points import ARTICLE_KEY_POINTS, DISCLAIMER, DOCTOR_QUESTIONS
from cramp_desktop.report.model import ReportData, ReportSection
from tests.report.conftest import MakeData, only, pdf_pages
from tests.report.sample_data import ZONE

ADVICE = only(ReportSection.ADVICE)
ALL_ADVICE: list[Advice] = [
    value for value in vars(checklist_advice).values() if isinstance(value, Advice)
]


def flat(text: str) -> str:
    return " ".join(text.split())


def text_of(data: ReportData) -> str:
    return flat("\n".join(pdf_pages(render_report(data)[0])))


def with_answers(data: ReportData, *answers: Answer) -> ReportData:
    checklist = Assessment(dt.datetime(2026, 11, 12, 8, 0, tzinfo=ZONE), "0.1.0", answers, id=9)
    return dataclasses.replace(data, assessments=(checklist,))


def test_only_the_advice_for_the_findings_present(make_data: MakeData) -> None:
    data = make_data(days=30, sections=ADVICE)
    evaluation = evaluation_from_assessment(data.assessments[0])
    shown = [advice for advice, _ in applicable_advice(evaluation)]
    assert {a.id for a in shown} == {"advice.medicine-review", "advice.stretch-at-night"}
    text = text_of(data)
    for advice in ALL_ADVICE:
        assert (flat(advice.text) in text) == (advice in shown), advice.id
    # "Not sure" establishes nothing: the advice of the unsure fluids question is left out.
    unsure = [f for f in evaluation.findings if f.kind == "unsure" and f.advice is not None]
    assert unsure and all(f.advice not in shown for f in unsure)


def test_each_advice_names_its_findings_and_sources_with_full_citations(
    make_data: MakeData,
) -> None:
    data = make_data(days=30, sections=ADVICE)
    text = text_of(data)
    for advice, findings in applicable_advice(evaluation_from_assessment(data.assessments[0])):
        item = text[text.index(flat(advice.text)) :]
        assert item.startswith(f"{flat(advice.text)} Sources: {', '.join(advice.sources)}")
        assert f"For: {'; '.join(f.title for f in findings)} {flat(advice.text)}" in text
        for key in advice.sources:
            assert f"{key} {SOURCES[key]}" in text  # in "Sources cited"


def test_the_same_advice_for_two_findings_is_given_once(make_data: MakeData) -> None:
    yes = AnswerValue.YES
    data = with_answers(
        make_data(days=30, sections=ADVICE),
        Answer("medicines.takes_any", yes),
        Answer("medicines.diuretic", yes),
        Answer("medicines.statin", yes),
    )
    medicine = checklist_advice.ADVICE_MEDICINE
    text = text_of(data)
    assert text.count(flat(medicine.text)) == 1
    assert "For: A water pill (diuretic); A statin" in text


def test_key_points_questions_and_disclaimer_are_listed(make_data: MakeData) -> None:
    text = text_of(make_data(days=30, sections=ADVICE))
    assert 4 <= len(ARTICLE_KEY_POINTS) <= 6
    for point in ARTICLE_KEY_POINTS:
        assert flat(point) in text
    assert "Sources: Article" in text
    assert len(DOCTOR_QUESTIONS) == 9
    # The sample patient takes a water pill, tried magnesium, reported no long-term
    # condition and no fluid or exercise finding: questions 4, 6 and 8 do not fit.
    fitting = [DOCTOR_QUESTIONS[i] for i in (0, 1, 2, 4, 6, 8)]
    for number, (question, sources, _) in enumerate(fitting, start=1):
        assert f"{number}. {flat(question)}" in text
        for key in sources:
            assert SOURCES[key] in text
    for question, _, _ in (DOCTOR_QUESTIONS[i] for i in (3, 5, 7)):
        assert flat(question) not in text
    for sentence in DISCLAIMER:
        assert flat(sentence) in text
    assert text.index("Questions to ask your doctor") < text.index(flat(DISCLAIMER[0]))


def test_without_a_checklist_the_general_parts_remain(make_data: MakeData) -> None:
    data = dataclasses.replace(make_data(days=30, sections=ADVICE), assessments=())
    text = text_of(data)
    assert "No checklist has been completed, so no advice is linked to findings." in text
    assert "Questions to ask your doctor" in text
    assert flat(ARTICLE_KEY_POINTS[0]) in text
    assert all(flat(advice.text) not in text for advice in ALL_ADVICE)


def test_no_advice_when_the_findings_carry_none(make_data: MakeData) -> None:
    no = AnswerValue.NO
    data = with_answers(make_data(days=30, sections=ADVICE), Answer("pattern.night", no))
    text = text_of(data)
    assert "The findings of the latest checklist have no advice attached." in text


@pytest.mark.parametrize(
    "forbidden",
    ["drink plenty", "lots of water", "drink more water", "stop taking", "increase your dose"],
)
def test_wording_never_advises_over_drinking_or_changing_treatment(
    make_data: MakeData, forbidden: str
) -> None:
    yes = AnswerValue.YES
    answers = [Answer(q, yes) for q in ("fluids.drinks_little", "fluids.heavy_sweating")]
    text = text_of(with_answers(make_data(days=30, sections=ADVICE), *answers)).lower()
    assert "guided by thirst" in text
    assert forbidden not in text


def test_only_this_section_when_it_alone_is_chosen(make_data: MakeData) -> None:
    text = text_of(make_data(days=30, sections=ADVICE))
    assert "Advice that applies" in text
    assert "Medicines and checklist" not in text
    assert "Appendix: all episodes" not in text
    others = frozenset(ReportSection) - ADVICE
    assert "Advice that applies" not in text_of(make_data(days=30, sections=others))
