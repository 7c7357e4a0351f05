"""Page 1 read back from the PDF: its figures are core/stats.py's, formatted in the report's
locale; completeness, the topics box, an empty period, the patient's name as typed, paper."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from cramp_desktop.core.checklist_questions import QUESTIONS_BY_ID
from cramp_desktop.core.episodes import Answer, AnswerValue, Muscle, Side, Symptom
from cramp_desktop.core.labels import label
from cramp_desktop.core.red_flags import RED_FLAGS, episode_red_flags
from cramp_desktop.core.stats import (
    PeriodStats,
    compare,
    episodes_in,
    period_stats,
)
from cramp_desktop.report.document import render_report
from cramp_desktop.report.locale import ReportLocale
from cramp_desktop.report.model import Paper, ReportData, ReportSection
from tests.report.conftest import MakeData, only, pdf_pages
from tests.report.rendering import pages_with_ink_in_right_margin

SUMMARY = only(ReportSection.SUMMARY)


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def cells_after(lines: list[str], caption: str, count: int = 2, start: int = 0) -> list[str]:
    """The `count` table cells that follow the first cell equal to `caption` (pypdf reads
    a table row cell by cell, one a line)."""
    index = lines.index(caption, start)
    return lines[index + 1 : index + 1 + count]


def stats_of(data: ReportData) -> tuple[PeriodStats, PeriodStats]:
    period = data.options.period
    return (
        period_stats(data.episodes, data.day_records, period),
        period_stats(data.episodes, data.day_records, period.previous()),
    )


def minutes(locale: ReportLocale, seconds: float) -> str:
    value = seconds / 60
    whole = value >= 10 or round(value, 1).is_integer()
    return locale.number(value, 0 if whole else 1)


def severity(locale: ReportLocale, value: float) -> str:
    return locale.number(value, 0 if float(value).is_integer() else 1)


# -- key numbers -------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "pl"])
def test_key_numbers_are_core_stats_in_the_report_locale(
    make_data: MakeData, language: str
) -> None:
    data = make_data(days=90, sections=SUMMARY, language=language)
    now, before = stats_of(data)
    changes = compare(now, before)
    locale = ReportLocale(language)
    pdf, _ = render_report(data)
    lines = lines_of(pdf_pages(pdf)[0])
    start = lines.index("Key numbers")
    expected = {
        "Episodes": [locale.number(changes["episodes"].now), locale.number(before.episodes)],
        "Cramp days": [locale.number(now.cramp_days), locale.number(before.cramp_days)],
        "Episodes per week": [
            locale.number(changes["episodes_per_week"].now, 1),
            locale.number(changes["episodes_per_week"].before, 1),
        ],
        "Median severity (0–10)": [
            severity(locale, changes["median_severity"].now),
            severity(locale, changes["median_severity"].before),
        ],
        "Highest severity (0–10)": [
            severity(locale, changes["max_severity"].now),
            severity(locale, changes["max_severity"].before),
        ],
        "Median duration (minutes)": [
            minutes(locale, changes["median_duration_s"].now),
            minutes(locale, changes["median_duration_s"].before),
        ],
        "Longest duration (minutes)": [
            minutes(locale, changes["max_duration_s"].now),
            minutes(locale, changes["max_duration_s"].before),
        ],
        "Episodes that woke the patient": [
            locale.percent(changes["woke_share"].now),
            locale.percent(changes["woke_share"].before),
        ],
        "Mean sleep disturbance (0–10)": [
            locale.number(now.mean_sleep_disturbance or 0, 1),
            locale.number(before.mean_sleep_disturbance or 0, 1),
        ],
    }
    assert now.mean_sleep_disturbance is not None
    for caption, values in expected.items():
        assert cells_after(lines, caption, start=start) == values, caption
    if language == "pl":  # the locale's decimal comma, not a translation
        assert "," in expected["Episodes per week"][0]


def test_split_by_side_and_muscle_counts_both_periods(make_data: MakeData) -> None:
    data = make_data(days=90, sections=SUMMARY)
    now, before = stats_of(data)
    locale = ReportLocale("en")
    pdf, _ = render_report(data)
    lines = lines_of(pdf_pages(pdf)[0])
    start = lines.index("By side")

    def cell(count: int, total: int) -> str:
        return f"{locale.number(count)} ({locale.percent(count / total)})"

    for side in Side:
        expected = [
            cell(now.by_side[side], now.episodes),
            cell(before.by_side[side], before.episodes),
        ]
        assert cells_after(lines, label(side), start=start) == expected
    for muscle in Muscle:
        if now.by_muscle[muscle] or before.by_muscle[muscle]:
            expected = [
                cell(now.by_muscle[muscle], now.episodes),
                cell(before.by_muscle[muscle], before.episodes),
            ]
            assert cells_after(lines, label(muscle), start=start) == expected
        else:
            assert label(muscle) not in lines


def test_days_logged_counts_no_cramp_days_apart_from_days_without_a_record(
    make_data: MakeData,
) -> None:
    data = make_data(days=90, sections=SUMMARY)
    now, _ = stats_of(data)
    assert now.no_cramp_days > 0 and now.days_logged < 90  # the fixture has all three kinds
    text = pdf_pages(render_report(data)[0])[0].replace("\n", " ")
    assert f"Days logged: {now.days_logged} of 90" in text
    assert f"{now.cramp_days} with cramps, {now.no_cramp_days} marked “no cramps”" in text
    assert now.days_logged == now.cramp_days + now.no_cramp_days
    assert f"Days with no record: {90 - now.days_logged}" in text


def test_title_period_made_and_version(make_data: MakeData) -> None:
    data = make_data(days=90, sections=SUMMARY, prepared_for="Dr Nowak")
    locale = ReportLocale("en")
    text = pdf_pages(render_report(data)[0])[0]
    period = data.options.period
    assert "Leg cramp report" in text
    assert locale.date(period.first, long=True) in text
    assert locale.date(period.last, long=True) in text
    assert locale.date(data.generated_at.date(), long=True) in text
    assert "Leg Cramp Companion 0.1.0" in text
    assert "Prepared for" in text and "Dr Nowak" in text
    assert "Patient" not in lines_of(text)  # no empty name line when none was typed


# -- the warning box and the topics to discuss -----------------------------------------
def warning_box_text(pdf: bytes) -> str:
    text = pdf_pages(pdf)[0]
    return text[text.index("Warning signs") : text.index("Days logged")]


def box_text(pdf: bytes) -> str:
    text = pdf_pages(pdf)[0]
    return text[text.index("Topics to discuss") : text.index("Key numbers")]


def flat(text: str) -> str:
    """pypdf breaks wrapped lines; compare sentences with single spaces."""
    return " ".join(text.split())


def with_latest_answers(data: ReportData, **changes: AnswerValue) -> ReportData:
    latest = data.assessments[0]
    given = {qid.replace("__", ".") for qid in changes}
    answers = tuple(a for a in latest.answers if a.question_id not in given)
    answers += tuple(Answer(qid.replace("__", "."), value) for qid, value in changes.items())
    latest = dataclasses.replace(latest, answers=answers)
    return dataclasses.replace(data, assessments=(latest, *data.assessments[1:]))


def test_the_warning_box_comes_first_dated_and_says_what_was_recorded(
    make_data: MakeData,
) -> None:
    data = make_data(days=90, sections=SUMMARY)
    chosen = episodes_in(data.episodes, data.options.period)
    swelling = [e for e in chosen if Symptom.SWELLING in e.symptoms]
    assert swelling, "the fixture logs swelling in this period"
    pdf = render_report(data)[0]
    page = pdf_pages(pdf)[0]
    box = flat(warning_box_text(pdf))
    assert "⚠" in page
    # First on the page, above the completeness line and the routine topics.
    assert page.index("Warning signs") < page.index("Days logged") < page.index("Topics")
    locale = ReportLocale("en")
    newest = max(swelling, key=lambda e: e.started_at)
    side = {Side.LEFT: "left calf", Side.RIGHT: "right calf", Side.BOTH: "calf (both legs)"}
    if newest.muscle == Muscle.CALF:
        place, day = side[newest.side], locale.date(newest.started_at.date())
        assert (
            f"Swelling logged with a cramp in the {place} on {day}; the app advised same-day "
            "review." in box
        )
    # Nothing more than what was recorded: the log records swelling, not warmth or redness.
    assert "warmth" not in box.split("Warning questions")[0].lower()
    assert "In the checklist of 11/10/2026, every warning question was answered “no”." in box
    # Routine topics stand apart, in the other box.
    topics = flat(box_text(pdf))
    assert "Muscle weakness, wasting or numbness" in topics
    assert "Muscle weakness" not in box
    assert "stop" not in (box + topics).lower()


def test_an_unsure_calf_swelling_and_a_logged_colour_change_reach_the_page_one_boxes(
    make_data: MakeData,
) -> None:
    data = make_data(days=90, sections=SUMMARY)
    data = with_latest_answers(data, warning__calf_swelling_now=AnswerValue.UNSURE)
    last = max(data.episodes, key=lambda e: e.started_at)
    coloured = dataclasses.replace(last, symptoms=frozenset({Symptom.COLOUR_CHANGE}))
    data = dataclasses.replace(
        data, episodes=tuple(coloured if e is last else e for e in data.episodes)
    )
    pdf = render_report(data)[0]
    box = flat(warning_box_text(pdf))
    question = QUESTIONS_BY_ID["warning.calf_swelling_now"].text
    assert (
        f"Answered “not sure” in the checklist of 11/10/2026: “{question}” If it applies, the "
        "app advised same-day review." in box
    )
    assert "every warning question was answered" not in box
    # A skin colour change is a routine topic (soon), dated as logged.
    topics = flat(box_text(pdf))
    day = ReportLocale("en").date(last.started_at.date())
    assert "A skin colour change logged with a cramp in the" in topics
    assert f"on {day}; the app advised a routine appointment." in topics


def test_skipped_warning_questions_are_named_never_no_concern(make_data: MakeData) -> None:
    data = make_data(days=90, sections=SUMMARY)
    latest = data.assessments[0]
    kept = tuple(
        a
        for a in latest.answers
        if a.question_id not in ("warning.stroke", "warning.dark_urine_now")
    )
    data = dataclasses.replace(
        data, assessments=(dataclasses.replace(latest, answers=kept), *data.assessments[1:])
    )
    box = flat(warning_box_text(render_report(data)[0]))
    assert (
        "Not answered in the checklist of 11/10/2026; if one applies, the app advised calling "
        f"emergency services: {RED_FLAGS['stroke-signs'].title}." in box
    )
    assert f"advised same-day review: {RED_FLAGS['dark-urine'].title}." in box
    assert "every warning question was answered" not in box


def test_topics_and_warning_box_without_warning_signs_or_checklist(make_data: MakeData) -> None:
    data = make_data(days=90, sections=SUMMARY)
    quiet = tuple(
        dataclasses.replace(e, symptoms=frozenset(), duration_s=min(e.duration_s, 300))
        for e in data.episodes
    )
    assert not any(episode_red_flags(e) for e in quiet)
    data = dataclasses.replace(data, episodes=quiet, assessments=())
    pdf = render_report(data)[0]
    count = len(episodes_in(quiet, data.options.period))
    box = flat(warning_box_text(pdf))
    assert f"No warning symptoms were recorded with the {count} episodes of this period." in box
    assert "No checklist in this period." in box
    topics = flat(box_text(pdf))
    assert "No checklist has been completed." in topics
    assert "no warning signs" not in (box + topics).lower()


# -- empty and sparse periods ------------------------------------------------------------
def test_an_empty_period_gives_an_honest_page(make_data: MakeData) -> None:
    data = dataclasses.replace(make_data(days=90, sections=SUMMARY), episodes=(), day_records=())
    pdf, pages = render_report(data)
    text = pdf_pages(pdf)[0]
    assert pages == 1
    assert "No episodes were logged in this period." in text
    assert "Days logged: 0 of 90" in text
    assert "Key numbers" not in text and "Episodes per week" not in text  # no charts of nothing
    assert "Topics to discuss" in text  # the checklist's warning signs still show


def test_no_episodes_but_no_cramp_days_still_compares_with_the_period_before(
    make_data: MakeData,
) -> None:
    data = make_data(days=30, sections=SUMMARY)
    period = data.options.period
    before_only = tuple(e for e in data.episodes if e.started_at.date() < period.first)
    quiet_days = tuple(r for r in data.day_records if r.day >= period.first)
    data = dataclasses.replace(data, episodes=before_only, day_records=quiet_days)
    now, before = stats_of(data)
    assert now.episodes == 0 and now.days_logged > 0 and before.episodes > 0
    lines = lines_of(pdf_pages(render_report(data)[0])[0])
    assert "No episodes were logged in this period." in lines
    assert cells_after(lines, "Episodes", start=lines.index("Key numbers")) == [
        "0",
        str(before.episodes),
    ]
    assert "Episodes per week" in lines  # the table row, but no chart heading after it
    assert lines.count("Episodes per week") == 1


def test_a_previous_period_without_records_is_not_compared_as_zero(make_data: MakeData) -> None:
    data = make_data(days=30, sections=SUMMARY)
    first = data.options.period.first
    data = dataclasses.replace(
        data,
        episodes=tuple(e for e in data.episodes if e.started_at.date() >= first),
        day_records=tuple(r for r in data.day_records if r.day >= first),
    )
    lines = lines_of(pdf_pages(render_report(data)[0])[0])
    assert cells_after(lines, "Episodes", start=lines.index("Key numbers"))[1] == "–"
    text = " ".join(lines)
    assert "Nothing was logged in the previous period" in text


# -- user text, paper, page break ---------------------------------------------------------
def test_patient_name_with_markup_prints_literally(make_data: MakeData) -> None:
    name = "Ann <b>O'Neil</b> & AT&T </para> 5 < 6"
    pdf, _ = render_report(make_data(days=30, sections=SUMMARY, patient_name=name))
    text = pdf_pages(pdf)[0]
    assert name in lines_of(text)  # in the title block, exactly as typed


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_page_one_fits_and_leaves_the_right_margin_blank(
    make_data: MakeData, paper: Paper, tmp_path: Path
) -> None:
    name = "Maria-Magdalena Wiśniewska-Kowalczyk"
    data = make_data(days=90, paper=paper, sections=SUMMARY, patient_name=name)
    pdf, pages = render_report(data)
    assert pages == 1  # the fixture's page 1 fits, chart included
    assert "Episodes per week" in pdf_pages(pdf)[0]
    assert pages_with_ink_in_right_margin(pdf, tmp_path) == []


def test_page_one_ends_with_a_page_break_only_when_more_follows(make_data: MakeData) -> None:
    alone, _ = render_report(make_data(days=90, sections=SUMMARY))
    assert len(pdf_pages(alone)) == 1
    both = pdf_pages(
        render_report(
            make_data(days=90, sections=only(ReportSection.SUMMARY, ReportSection.PATTERNS))
        )[0]
    )
    assert "Patterns" not in lines_of(both[0]) and lines_of(both[1])[2] == "Patterns"


def test_long_periods_keep_one_bar_per_week(make_data: MakeData) -> None:
    data = make_data(days=365, sections=SUMMARY)
    text = pdf_pages(render_report(data)[0])[0]
    assert "The last bar covers only 1 day." in text  # 365 = 52 weeks and a day
    assert dt.date(2025, 11, 21).strftime("%-m/%-d/%Y") in text  # the first week's label
