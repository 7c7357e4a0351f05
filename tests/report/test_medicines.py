"""Medicines and checklist read back from the PDF: the medication list as typed, cramps per
week around a start only with enough logged days (core/medicine_effect.py's figures), the
latest checklist's findings with unknowns listed as unknown, and what changed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from cramp_desktop.core.checklist import evaluation_from_assessment
from cramp_desktop.core.checklist_questions import QUESTIONS_BY_ID
from cramp_desktop.core.episodes import (
    Answer,
    AnswerValue,
    DayRecord,
    Medication,
    MedicationKind,
)
from cramp_desktop.core.medicine_effect import before_after
from cramp_desktop.core.red_flags import RED_FLAGS, SOURCES
from cramp_desktop.core.stats import Period
from cramp_desktop.report.document import render_report
from cramp_desktop.report.locale import ReportLocale
from cramp_desktop.report.model import ReportData, ReportSection
from tests.report.conftest import MakeData, only, pdf_pages
from tests.report.sample_data import LAST_DAY

MEDICINES = only(ReportSection.MEDICINES)
NOT_ENOUGH = "Not enough logged days around the start to compare."
PLACEBO = "people given a placebo also improved by about a quarter"


def flat(text: str) -> str:
    """Whitespace runs (line breaks, the narrow space before AM/PM) as one space."""
    return " ".join(text.split())


def text_of(data: ReportData) -> str:
    return flat("\n".join(pdf_pages(render_report(data)[0])))


def logged_every_day(data: ReportData) -> ReportData:
    """`data` with a "no cramps" record on every day without an episode (both periods)."""
    period = data.options.period
    first = period.previous().first
    cramp_days = {e.started_at.date() for e in data.episodes}
    records = tuple(
        DayRecord(first + dt.timedelta(days=n))
        for n in range((period.last - first).days + 1)
        if first + dt.timedelta(days=n) not in cramp_days
    )
    return dataclasses.replace(data, day_records=records)


def test_the_medication_list_prints_as_typed(make_data: MakeData) -> None:
    typed = Medication(
        "Mg <citrate> & co", MedicationKind.SUPPLEMENT_MAGNESIUM, dt.date(2026, 9, 1),
        dt.date(2026, 10, 2), note="AT&T <b>not bold</b> 5 < 6 · Zażółć · Привет",
    )  # fmt: skip
    data = dataclasses.replace(make_data(days=90, sections=MEDICINES), medications=(typed,))
    locale = ReportLocale("en")
    text = text_of(data)
    for expected in (
        "Mg <citrate> & co",
        "Magnesium supplement",
        locale.date(dt.date(2026, 9, 1)),
        locale.date(dt.date(2026, 10, 2)),
        "AT&T <b>not bold</b> 5 < 6 · Zażółć · Привет",
    ):
        assert expected in text


def test_before_and_after_figures_are_core_figures(make_data: MakeData) -> None:
    data = logged_every_day(make_data(days=90, sections=MEDICINES))
    start = LAST_DAY - dt.timedelta(days=40)
    statin = Medication("Atorvastatin", MedicationKind.STATIN, start)
    data = dataclasses.replace(data, medications=(statin,))
    period = data.options.period
    covered = Period(period.previous().first, period.last)
    result = before_after(statin, data.episodes, data.day_records, covered=covered)
    assert result is not None
    locale = ReportLocale("en")
    text = text_of(data)
    for side in (result.before, result.after):
        rate = f"{locale.number(side.per_week, 1)} per week"
        counted = (
            f"{locale.number(side.episodes)} cramps on {locale.number(side.logged_days)} "
            f"logged days, {locale.date(side.window.first)} – {locale.date(side.window.last)}"
        )
        assert f"{rate} {counted}" in text
    assert result.after.window.last == LAST_DAY  # cut to what the report holds
    assert PLACEBO in text
    assert "other changes at the same time can explain a difference" in text
    assert "no change does not rule out an effect" in text
    assert SOURCES["Cochrane-Mg-2020"] in text
    assert NOT_ENOUGH not in text


def test_no_comparison_without_fourteen_logged_days_on_each_side(make_data: MakeData) -> None:
    data = logged_every_day(make_data(days=90, sections=MEDICINES))
    late = Medication("Started late", MedicationKind.OTHER, LAST_DAY - dt.timedelta(days=12))
    early = Medication("Started early", MedicationKind.OTHER, data.options.period.previous().first)
    undated = Medication("No date", MedicationKind.OTHER)
    data = dataclasses.replace(data, medications=(late, early, undated))
    text = text_of(data)
    assert text.count(NOT_ENOUGH) == 2
    assert "No start date recorded." in text
    assert re.search(r"\d per week", text) is None
    assert PLACEBO not in text  # said where figures are compared, and none are
    # Thirteen logged days after the start are not enough; fourteen are.
    ok = Medication("Fourteen days", MedicationKind.OTHER, LAST_DAY - dt.timedelta(days=13))
    text = text_of(dataclasses.replace(data, medications=(ok,)))
    assert NOT_ENOUGH not in text
    assert "14 logged days" in text


def test_no_medicines_and_no_checklist_say_so(make_data: MakeData) -> None:
    data = dataclasses.replace(
        make_data(days=30, sections=MEDICINES), medications=(), assessments=()
    )
    text = text_of(data)
    assert "No medicines are recorded." in text
    assert "No checklist has been completed." in text


def test_the_latest_checklist_is_shown_by_group(make_data: MakeData) -> None:
    data = make_data(days=90, sections=MEDICINES)
    latest = data.assessments[0]
    evaluation = evaluation_from_assessment(latest)
    locale = ReportLocale("en")
    text = text_of(data)
    assert flat(f"Completed on {locale.date_time(latest.completed_at)}.") in text
    flags = [f for f in evaluation.findings if f.kind == "red-flag"]
    assert flags
    for finding in flags:
        assert f"{finding.title} — {RED_FLAGS[finding.id].action}" in text
    risks = [f for f in evaluation.findings if f.kind == "risk"]
    assert risks
    for finding in risks:
        assert finding.title in text
    assert "A water pill (diuretic) — started or changed in the last 3 months" in text
    reasons = "Reasons for a routine appointment"  # the sample's flags are all "soon"
    appointment, risk, unknown = (text.index(t) for t in (reasons, "Risk factors", "Unknown"))
    assert appointment < risk < unknown


def test_unsure_and_unanswered_questions_are_unknown_never_no(make_data: MakeData) -> None:
    data = make_data(days=90, sections=MEDICINES)
    evaluation = evaluation_from_assessment(data.assessments[0])
    text = text_of(data)
    unknown = text[text.index("Unknown (answered “not sure” or not answered)") :]
    drinks_little = QUESTIONS_BY_ID["fluids.drinks_little"].text
    assert f"{drinks_little} — not sure" in unknown
    count = len(evaluation.unanswered)
    assert count > 0
    assert f"Not answered ({count} questions), so unknown, not counted as no:" in unknown
    # Each unanswered red-flag question is named under its section.
    weakness = QUESTIONS_BY_ID["warning.weakness"].text  # shares its flag: named as asked
    swelling = RED_FLAGS["leg-swelling"].title
    assert {"warning.weakness", "warning.leg_swelling"} <= set(evaluation.unanswered)
    assert f"Warning signs: {weakness}; {swelling};" in unknown


def test_an_unsure_warning_sign_shows_its_action(make_data: MakeData) -> None:
    data = make_data(days=90, sections=MEDICINES)
    latest = data.assessments[0]
    answers = (
        *(a for a in latest.answers if a.question_id != "warning.calf_swelling_now"),
        Answer("warning.calf_swelling_now", AnswerValue.UNSURE),
    )
    data = dataclasses.replace(
        data, assessments=(dataclasses.replace(latest, answers=answers), data.assessments[1])
    )
    question = QUESTIONS_BY_ID["warning.calf_swelling_now"].text
    assert f"{question} — not sure. If it applies: See a doctor today." in text_of(data)


def test_changes_since_the_checklist_before(make_data: MakeData) -> None:
    data = make_data(days=90, sections=MEDICINES)
    locale = ReportLocale("en")
    text = text_of(data)
    previous = locale.date(data.assessments[1].completed_at.date())
    changes = text[text.index(f"Changes since the checklist of {previous}") :]
    assert "New: Muscle weakness, wasting or numbness (reason for an appointment);" in changes
    assert "No longer found: Drinking little" in changes
    only_one = dataclasses.replace(data, assessments=data.assessments[:1])
    assert "There is no earlier checklist to compare with." in text_of(only_one)
    same = dataclasses.replace(data, assessments=(data.assessments[0], data.assessments[0]))
    assert "No change in the findings." in text_of(same)


def test_only_this_section_when_it_alone_is_chosen(make_data: MakeData) -> None:
    text = text_of(make_data(days=30, sections=MEDICINES))
    assert "Medicines and checklist" in text
    assert "Advice that applies" not in text
    assert "Appendix: all episodes" not in text
    others = frozenset(ReportSection) - MEDICINES
    assert "Medicines and checklist" not in text_of(make_data(days=30, sections=others))
