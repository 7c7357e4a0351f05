"""Self-experiments in core, without Qt: the catalogue, the baseline check and the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from cramp_desktop.core import checklist_advice
from cramp_desktop.core.checklist_content import Advice
from cramp_desktop.core.episodes import Context, Episode, Muscle, Side
from cramp_desktop.core.experiments import (
    CLEAR_CHANGE,
    MEASURES,
    MIN_OBSERVED_DAYS,
    NOT_SELF_TESTED,
    Experiment,
    Shortfall,
    Verdict,
    check_baseline,
    evaluate,
    measure_for_advice,
    running,
    validate_experiment,
)
from cramp_desktop.core.red_flags import SOURCES

START = dt.date(2026, 3, 2)
ZONE = dt.timezone(dt.timedelta(hours=1))
ADVICE = {a.id: a for a in vars(checklist_advice).values() if isinstance(a, Advice)}


def cramp(day: dt.date, severity: int = 5) -> Episode:
    return Episode(
        started_at=dt.datetime.combine(day, dt.time(2, 30), ZONE),
        duration_s=60,
        severity=severity,
        muscle=Muscle.CALF,
        side=Side.LEFT,
        context=Context.SLEEP,
    )


def diary(first: dt.date, pattern: str) -> tuple[list[Episode], set[dt.date]]:
    """Episodes and logged days from a day-by-day pattern: "c" a cramp day, "n" a
    "no cramps" record, "." nothing logged, "2" two cramps that day; spaces are ignored."""
    episodes, logged = [], set()
    for index, mark in enumerate(pattern.replace(" ", "")):
        day = first + dt.timedelta(days=index)
        if mark in "c2":
            episodes += [cramp(day)] * (2 if mark == "2" else 1)
        if mark != ".":
            logged.add(day)
    return episodes, logged


def run(
    baseline: str, trial: str, *, weeks: int = 4, stopped_on: dt.date | None = None, today=None
):
    experiment = Experiment("stretch-before-bed", START, weeks, stopped_on=stopped_on)
    before, logged_before = diary(experiment.baseline[0], baseline)
    after, logged_after = diary(START, trial)
    today = today or experiment.planned_end + dt.timedelta(days=1)
    return evaluate(experiment, before + after, logged_before | logged_after, {}, today)


WEEK_OF = {"few": "cnnnnnn", "many": "cccnccn", "some": "ccnnnnn"}


def weeks(*kinds: str) -> str:
    return " ".join(WEEK_OF[kind] for kind in kinds)


# -- the catalogue ------------------------------------------------------------------------
def test_every_measure_has_known_sources_and_belongs_to_real_advice() -> None:
    assert {m.id for m in MEASURES} == {
        "stretch-before-bed",
        "drink-to-thirst",
        "break-up-standing",
        "pace-training",
    }
    for measure in MEASURES:
        assert measure.sources and set(measure.sources) <= set(SOURCES), measure.id
        assert measure.advice_ids and set(measure.advice_ids) <= set(ADVICE), measure.id
        assert measure.question.endswith("?")


def test_sources_follow_the_clinical_notes() -> None:
    by_id = {m.id: m.sources for m in MEASURES}
    assert by_id["stretch-before-bed"] == ("Hallegraeff-2012",)
    assert set(by_id["drink-to-thirst"]) == {"Article", "EAH-2015"}
    assert set(by_id["break-up-standing"]) == {"Article", "Mayo-MC"}
    assert by_id["pace-training"] == ("Miller-2021",)


def test_medicines_are_never_a_self_experiment() -> None:
    for advice_id in ("advice.medicine-review", "advice.supplements"):
        assert advice_id in ADVICE
        assert measure_for_advice(advice_id) is None
        assert "doctor" in NOT_SELF_TESTED[advice_id]
    assert measure_for_advice("advice.stretch-at-night").id == "stretch-before-bed"
    assert measure_for_advice("advice.walking-pain") is None


@pytest.mark.parametrize(
    ("weeks_", "valid"), [(1, False), (2, True), (4, True), (8, True), (9, False)]
)
def test_length_is_two_to_eight_weeks(weeks_: int, valid: bool) -> None:
    assert (validate_experiment(Experiment("pace-training", START, weeks_)) == []) is valid


def test_unknown_measure_is_refused() -> None:
    assert validate_experiment(Experiment("magnesium", START))


# -- periods and the baseline ------------------------------------------------------------
def test_baseline_is_the_same_number_of_weeks_before_the_start() -> None:
    experiment = Experiment("pace-training", START, 3)
    assert experiment.baseline == (START - dt.timedelta(days=21), START - dt.timedelta(days=1))
    assert experiment.planned_end == START + dt.timedelta(days=20)


@pytest.mark.parametrize(
    ("pattern", "enough"),
    [
        ("n" * 28, True),
        ("n" * 14 + "." * 14, True),  # 14 observed days, then a long gap
        ("n" * 13 + "." * 15, False),  # 13 observed days
        ("." * 28, False),  # an empty diary
        ("n" + "." * 13 + "n" * 14, True),  # a 13-day gap is kept: 28 observed
        ("." * 15 + "n" * 12 + ".", False),  # a 15-day gap at the start is not
    ],
)
def test_too_short_a_baseline_is_found_at_set_up(pattern: str, enough: bool) -> None:
    experiment = Experiment("stretch-before-bed", START, 4)
    _, logged = diary(experiment.baseline[0], pattern)
    assert check_baseline(experiment, logged).enough is enough


# -- the wording rule ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("baseline", "trial", "verdict", "shortfalls"),
    [
        # many cramp days before, few during: every part of the rule is met
        (
            weeks("many", "many", "many", "many"),
            weeks("few", "few", "few", "few"),
            Verdict.FEWER,
            (),
        ),
        (
            weeks("few", "few", "few", "few"),
            weeks("many", "many", "many", "many"),
            Verdict.MORE,
            (),
        ),
        # identical weeks: no change at all
        (
            weeks("some", "some", "some", "some"),
            weeks("some", "some", "some", "some"),
            Verdict.NO_CLEAR_DIFFERENCE,
            (Shortfall.SMALL_CHANGE, Shortfall.WITHIN_USUAL_RANGE),
        ),
        # a large average drop that stays within the baseline's own weekly swing
        (
            weeks("many", "few", "many", "few"),
            weeks("few", "few", "some", "few"),
            Verdict.NO_CLEAR_DIFFERENCE,
            (Shortfall.WITHIN_USUAL_RANGE,),
        ),
    ],
)
def test_wording_follows_the_rule(baseline, trial, verdict, shortfalls) -> None:
    result = run(baseline, trial)
    assert result.verdict is verdict
    assert result.shortfalls == shortfalls
    assert result.complete


def test_a_change_just_under_25_percent_is_no_clear_difference() -> None:
    # Baseline: 4 cramp days a week, steady. Trial: 3.1 a week on average -> -22.5 %.
    baseline = " ".join(["ccccnnn"] * 4)
    trial = " ".join(["cccnnnn"] * 3 + ["ccccnnn"])  # 13 cramp days in 28 -> 3.25/wk
    result = run(baseline, trial)
    assert result.change is not None and -CLEAR_CHANGE < result.change < 0
    assert result.verdict is Verdict.NO_CLEAR_DIFFERENCE
    assert Shortfall.SMALL_CHANGE in result.shortfalls


def test_a_change_of_exactly_25_percent_outside_the_range_is_clear() -> None:
    baseline = " ".join(["ccccnnn"] * 4)  # 4 a week, range 4..4
    trial = " ".join(["cccnnnn"] * 4)  # 3 a week: -25 %
    result = run(baseline, trial)
    assert result.change == pytest.approx(-0.25)
    assert result.verdict is Verdict.FEWER


@pytest.mark.parametrize(
    ("baseline", "trial", "shortfall"),
    [
        ("nnnnnnn nnnnnn" + "." * 14, "c" * 28, Shortfall.FEW_BASELINE_DAYS),
        ("c" * 28, "nnnnnnn nnnnnn" + "." * 14, Shortfall.FEW_TRIAL_DAYS),
        # a long gap in the trial: 14 unlogged days are not "no cramps"
        ("c" * 28, "n" * 6 + "." * 15 + "n" * 7, Shortfall.FEW_TRIAL_DAYS),
    ],
)
def test_fewer_than_14_observed_days_on_a_side_is_no_clear_difference(
    baseline: str, trial: str, shortfall: Shortfall
) -> None:
    result = run(baseline, trial)
    assert result.verdict is Verdict.NO_CLEAR_DIFFERENCE
    assert shortfall in result.shortfalls
    assert min(result.baseline.observed_days, result.trial.observed_days) < MIN_OBSERVED_DAYS


def test_gaps_count_as_observed_only_when_short() -> None:
    result = run("c" * 28, "n......n...... nnnnnnn nnnnnnn")
    assert result.trial.observed_days == 28
    assert result.trial.coverage.unlogged_observed_count == 12
    assert result.trial.rate == 0
    assert result.baseline.rate == 7
    assert result.verdict is Verdict.FEWER


def test_stopped_early_compares_only_the_days_tried() -> None:
    stopped = START + dt.timedelta(days=9)  # ten days tried
    result = run("c" * 28, "n" * 28, stopped_on=stopped, today=START + dt.timedelta(days=12))
    assert result.experiment.stopped_early and result.complete
    assert result.trial.observed_days == 10
    assert result.verdict is Verdict.NO_CLEAR_DIFFERENCE
    assert result.shortfalls[0] is Shortfall.FEW_TRIAL_DAYS


def test_a_running_experiment_counts_up_to_today_and_is_not_complete() -> None:
    result = run("c" * 28, "n" * 28, today=START + dt.timedelta(days=20))
    assert not result.complete
    assert result.trial.coverage.day_count == 21
    assert result.adherence.days == 21


def test_severity_is_the_median_of_observed_days() -> None:
    experiment = Experiment("stretch-before-bed", START, 2)
    episodes = [cramp(START - dt.timedelta(days=d), s) for d, s in ((1, 2), (2, 8), (3, 9))]
    result = evaluate(experiment, episodes, {e.started_at.date() for e in episodes}, {}, START)
    assert result.baseline.median_severity == 8
    assert result.trial.median_severity is None


@pytest.mark.parametrize(
    ("answers", "done", "not_done", "unanswered", "share"),
    [
        ({}, 0, 0, 28, 0.0),
        ({d: True for d in range(28)}, 28, 0, 0, 1.0),
        ({0: True, 1: False, 2: True, 40: True, -3: True}, 2, 1, 25, 2 / 28),
    ],
)
def test_adherence_counts_answers_inside_the_trial(answers, done, not_done, unanswered, share):
    experiment = Experiment("stretch-before-bed", START, 4)
    adherence = {START + dt.timedelta(days=d): v for d, v in answers.items()}
    result = evaluate(experiment, [], set(), adherence, START + dt.timedelta(days=60))
    assert (result.adherence.done, result.adherence.not_done) == (done, not_done)
    assert result.adherence.unanswered == unanswered
    assert result.adherence.share == pytest.approx(share)


def test_only_one_experiment_runs_at_a_time() -> None:
    finished = Experiment("pace-training", START - dt.timedelta(days=60), 4)
    stopped = Experiment("drink-to-thirst", START - dt.timedelta(days=10), 4, stopped_on=START)
    current = Experiment("stretch-before-bed", START, 4)
    assert running([finished, stopped, current], START + dt.timedelta(days=3)) == current
    assert running([finished, stopped], START + dt.timedelta(days=3)) is None
