"""Self-experiments: try one measure for a few weeks and compare it fairly with before.

Which advice suits self-testing is the table MEASURES: a measure a person can simply do
or not do each day, with a source (clinical-notes.md). Medicines never do: starting,
stopping or changing one is always "talk to your doctor" (NOT_SELF_TESTED).

The baseline is the same number of weeks just before the start. Both sides count only
observed days (core/coverage.py), so gaps in the diary never pass for quiet nights.

The one rule that decides the wording (evaluate(), Verdict): a difference is called
clear only when
  1. each side has at least MIN_OBSERVED_DAYS observed days,
  2. the rate of cramp days per observed week changed by at least CLEAR_CHANGE (25 %, the
     responder threshold of Cochrane-Mg-2020), and
  3. the trial's rate lies outside the range of the baseline's weekly rates (so the
     change is larger than the ordinary week-to-week swing; weeks of the baseline with
     fewer than MIN_WEEK_OBSERVED observed days give no weekly rate);
anything less is "no clear difference". Even a clear difference is never "this works":
chance and cramps that ease by themselves (regression to the mean) can explain it.

Adherence is asked each morning about the day and evening before the night just ended,
and is stored under that morning's date, like the night's "no cramps" record.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from cramp_desktop.core.coverage import Coverage, diary_coverage
from cramp_desktop.core.episodes import Episode
from cramp_desktop.core.translation import QT_TRANSLATE_NOOP

CONTEXT = "Experiments"
MIN_WEEKS, MAX_WEEKS, DEFAULT_WEEKS = 2, 8, 4
MIN_OBSERVED_DAYS = 14
CLEAR_CHANGE = 0.25
MIN_WEEK_OBSERVED = 4  # a calendar week counts towards the usual range from 4 observed days
_WEEK = 7


@dataclass(frozen=True)
class Measure:
    """Texts are English source strings in context "Experiments" (translate where shown)."""

    id: str  # stable, stored with each experiment
    title: str
    question: str  # the morning card's adherence question
    evening_reminder: str  # the optional evening reminder's text
    sources: tuple[str, ...]
    advice_ids: tuple[str, ...]  # checklist advice items it belongs to


MEASURES: tuple[Measure, ...] = (
    Measure(
        "stretch-before-bed",
        QT_TRANSLATE_NOOP("Experiments", "Stretching your calves and thighs before bed"),
        QT_TRANSLATE_NOOP("Experiments", "Did you stretch before bed?"),
        QT_TRANSLATE_NOOP("Experiments", "Time for your stretches before bed."),
        ("Hallegraeff-2012",),
        ("advice.stretch-at-night", "advice.stretching-routine"),
    ),
    Measure(
        "drink-to-thirst",
        QT_TRANSLATE_NOOP("Experiments", "Drinking when thirsty through the day"),
        QT_TRANSLATE_NOOP("Experiments", "Yesterday, did you drink when you were thirsty?"),
        QT_TRANSLATE_NOOP(
            "Experiments", "Today's measure: drink when you are thirsty, no need to force it."
        ),
        ("Article", "EAH-2015"),
        ("advice.drink-to-thirst",),
    ),
    Measure(
        "break-up-standing",
        QT_TRANSLATE_NOOP("Experiments", "Breaking up long standing or sitting"),
        QT_TRANSLATE_NOOP(
            "Experiments", "Yesterday, did you break up long spells of standing or sitting?"
        ),
        QT_TRANSLATE_NOOP(
            "Experiments", "Today's measure: break up long spells of standing or sitting."
        ),
        ("Article", "Mayo-MC"),
        ("advice.move-around",),
    ),
    Measure(
        "pace-training",
        QT_TRANSLATE_NOOP("Experiments", "Pacing hard training"),
        QT_TRANSLATE_NOOP(
            "Experiments", "Yesterday, did you pace your training (or not train hard)?"
        ),
        QT_TRANSLATE_NOOP("Experiments", "Today's measure: pace hard training."),
        ("Miller-2021",),
        ("advice.exercise-cramps", "advice.build-up-training"),
    ),
)
MEASURES_BY_ID: Mapping[str, Measure] = {measure.id: measure for measure in MEASURES}

# Advice that is never tested alone, with what to do instead.
NOT_SELF_TESTED: Mapping[str, str] = {
    advice_id: QT_TRANSLATE_NOOP(
        "Experiments",
        "Never start, stop or change a medicine or supplement to test it yourself: talk to "
        "your doctor or pharmacist.",
    )
    for advice_id in ("advice.medicine-review", "advice.supplements")
}


def measure_for_advice(advice_id: str) -> Measure | None:
    """The measure an advice item can be tried as, or None if it does not suit."""
    return next((m for m in MEASURES if advice_id in m.advice_ids), None)


@dataclass(frozen=True)
class Experiment:
    measure_id: str
    start: dt.date
    weeks: int = DEFAULT_WEEKS
    stopped_on: dt.date | None = None  # the last day of an experiment stopped early
    id: int | None = None

    @property
    def measure(self) -> Measure:
        return MEASURES_BY_ID[self.measure_id]

    @property
    def planned_end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.weeks * _WEEK - 1)

    @property
    def end(self) -> dt.date:
        """The last trial day: the planned one, or the day it was stopped."""
        return (
            self.planned_end if self.stopped_on is None else min(self.stopped_on, self.planned_end)
        )

    @property
    def baseline(self) -> tuple[dt.date, dt.date]:
        """The same number of weeks just before the start (both ends included)."""
        return self.start - dt.timedelta(days=self.weeks * _WEEK), self.start - dt.timedelta(1)

    @property
    def stopped_early(self) -> bool:
        return self.stopped_on is not None and self.stopped_on < self.planned_end

    def is_running(self, today: dt.date) -> bool:
        """Not stopped and not over yet (a planned start in the future counts)."""
        return self.stopped_on is None and today <= self.planned_end


@dataclass(frozen=True)
class ExperimentRecord:
    """An experiment with its adherence answers (morning date, done), oldest first: what
    exports carry."""

    experiment: Experiment
    adherence: tuple[tuple[dt.date, bool], ...] = ()
    created_at: dt.datetime | None = None  # when it was set up (aware)


def validate_experiment(experiment: Experiment) -> list[str]:
    """Problems as English source texts in context "Experiments" (empty when valid)."""
    problems = []
    if experiment.measure_id not in MEASURES_BY_ID:
        problems.append(QT_TRANSLATE_NOOP("Experiments", "Choose one of the measures listed."))
    if not MIN_WEEKS <= experiment.weeks <= MAX_WEEKS:
        problems.append(QT_TRANSLATE_NOOP("Experiments", "Choose a length from 2 to 8 weeks."))
    if (
        experiment.stopped_on is not None
        and experiment.stopped_on < experiment.start - dt.timedelta(1)
    ):
        problems.append(
            QT_TRANSLATE_NOOP("Experiments", "An experiment cannot end before it starts.")
        )
    return problems


@dataclass(frozen=True)
class BaselineCheck:
    coverage: Coverage

    @property
    def enough(self) -> bool:
        return self.coverage.observed_count >= MIN_OBSERVED_DAYS


def check_baseline(experiment: Experiment, logged_days: Iterable[dt.date]) -> BaselineCheck:
    """Is the diary before the start complete enough to compare with? (set-up)"""
    return BaselineCheck(diary_coverage(logged_days, *experiment.baseline))


@dataclass(frozen=True)
class Side:
    """One side of the comparison (baseline or trial) over its observed days."""

    coverage: Coverage
    cramp_days: int  # observed days with at least one cramp
    median_severity: float | None
    weekly_rates: tuple[float, ...]  # cramp days per observed week, per calendar week

    @property
    def observed_days(self) -> int:
        return self.coverage.observed_count

    @property
    def rate(self) -> float | None:
        """Cramp days per observed week (None without observed days)."""
        if not self.observed_days:
            return None
        return self.cramp_days / self.observed_days * _WEEK


@dataclass(frozen=True)
class Adherence:
    days: int  # trial days so far
    done: int
    not_done: int

    @property
    def unanswered(self) -> int:
        return self.days - self.done - self.not_done

    @property
    def share(self) -> float | None:
        return self.done / self.days if self.days else None


class Verdict(StrEnum):
    FEWER = "fewer"  # clearly fewer cramp days than before
    MORE = "more"  # clearly more cramp days than before
    NO_CLEAR_DIFFERENCE = "no-clear-difference"


class Shortfall(StrEnum):
    """Why a difference is not called clear (each a part of the rule)."""

    FEW_BASELINE_DAYS = "few-baseline-days"
    FEW_TRIAL_DAYS = "few-trial-days"
    SMALL_CHANGE = "small-change"
    WITHIN_USUAL_RANGE = "within-usual-range"


@dataclass(frozen=True)
class ExperimentResult:
    experiment: Experiment
    baseline: Side
    trial: Side
    adherence: Adherence
    verdict: Verdict
    shortfalls: tuple[Shortfall, ...]
    complete: bool  # the trial period is over (or stopped)

    @property
    def change(self) -> float | None:
        """Relative change of the rate, trial against baseline (None if not computable)."""
        before, after = self.baseline.rate, self.trial.rate
        if before is None or after is None or before == 0:
            return None
        return (after - before) / before


def evaluate(
    experiment: Experiment,
    episodes: Sequence[Episode],
    logged_days: Iterable[dt.date],
    adherence: Mapping[dt.date, bool],
    today: dt.date,
) -> ExperimentResult:
    """Baseline against trial up to `today` (or the end), worded by the module's rule.

    `logged_days` are the days with an episode or a day record (core/coverage.py);
    `adherence` maps a morning's date to the answer given that morning.
    """
    logged = frozenset(logged_days)
    last = min(experiment.end, today)
    baseline = _side(episodes, logged, *experiment.baseline)
    trial = _side(episodes, logged, experiment.start, last)
    trial_days = max((last - experiment.start).days + 1, 0)
    answers = [v for d, v in adherence.items() if experiment.start <= d <= last]
    shares = Adherence(trial_days, answers.count(True), answers.count(False))
    verdict, shortfalls = _verdict(baseline, trial)
    return ExperimentResult(
        experiment,
        baseline,
        trial,
        shares,
        verdict,
        shortfalls,
        complete=today > experiment.end or experiment.stopped_on is not None,
    )


def _verdict(baseline: Side, trial: Side) -> tuple[Verdict, tuple[Shortfall, ...]]:
    shortfalls = []
    if baseline.observed_days < MIN_OBSERVED_DAYS:
        shortfalls.append(Shortfall.FEW_BASELINE_DAYS)
    if trial.observed_days < MIN_OBSERVED_DAYS:
        shortfalls.append(Shortfall.FEW_TRIAL_DAYS)
    before, after = baseline.rate, trial.rate
    if before is None or after is None:
        return Verdict.NO_CLEAR_DIFFERENCE, tuple(shortfalls)
    # From none at all to some, a change of any size is large.
    large = after > 0 if before == 0 else abs(after - before) / before >= CLEAR_CHANGE
    if not large:
        shortfalls.append(Shortfall.SMALL_CHANGE)
    rates = baseline.weekly_rates or (before,)
    if min(rates) <= after <= max(rates):
        shortfalls.append(Shortfall.WITHIN_USUAL_RANGE)
    if shortfalls:
        return Verdict.NO_CLEAR_DIFFERENCE, tuple(shortfalls)
    return (Verdict.FEWER if after < before else Verdict.MORE), ()


def _side(
    episodes: Sequence[Episode], logged: frozenset[dt.date], first: dt.date, last: dt.date
) -> Side:
    coverage = diary_coverage(logged, first, last)
    observed = coverage.observed_days
    on_observed = [e for e in episodes if e.started_at.date() in observed]
    cramp_days = {e.started_at.date() for e in on_observed}
    severities = [e.severity for e in on_observed]
    weekly = []
    week_start = first
    while week_start <= last:
        week = {week_start + dt.timedelta(days=i) for i in range(_WEEK)} & observed
        if len(week) >= MIN_WEEK_OBSERVED:
            weekly.append(len(week & cramp_days) / len(week) * _WEEK)
        week_start += dt.timedelta(days=_WEEK)
    return Side(
        coverage=coverage,
        cramp_days=len(cramp_days),
        median_severity=float(statistics.median(severities)) if severities else None,
        weekly_rates=tuple(weekly),
    )


def running(experiments: Iterable[Experiment], today: dt.date) -> Experiment | None:
    """The experiment that runs (or is planned) on `today`: only one at a time."""
    return next((e for e in experiments if e.is_running(today)), None)


VERDICT_TEXT: Mapping[Verdict, str] = {
    Verdict.FEWER: QT_TRANSLATE_NOOP(
        "Experiments", "Fewer cramp days than before: a clear difference by the app's rule."
    ),
    Verdict.MORE: QT_TRANSLATE_NOOP(
        "Experiments", "More cramp days than before: a clear difference by the app's rule."
    ),
    Verdict.NO_CLEAR_DIFFERENCE: QT_TRANSLATE_NOOP("Experiments", "No clear difference."),
}
SHORTFALL_TEXT: Mapping[Shortfall, str] = {
    Shortfall.FEW_BASELINE_DAYS: QT_TRANSLATE_NOOP(
        "Experiments", "The weeks before had fewer than 14 observed days."
    ),
    Shortfall.FEW_TRIAL_DAYS: QT_TRANSLATE_NOOP(
        "Experiments", "The trial had fewer than 14 observed days."
    ),
    Shortfall.SMALL_CHANGE: QT_TRANSLATE_NOOP("Experiments", "The change was smaller than 25 %."),
    Shortfall.WITHIN_USUAL_RANGE: QT_TRANSLATE_NOOP(
        "Experiments", "The trial was within the usual ups and downs of the weeks before."
    ),
}
CAVEAT = QT_TRANSLATE_NOOP(
    "Experiments",
    "A before-and-after comparison in one person cannot prove that a measure works: chance, "
    "and cramps that ease by themselves after a bad spell, can explain a change. In trials, "
    "people given a dummy treatment also improved by about a quarter.",
)
RULE = QT_TRANSLATE_NOOP(
    "Experiments",
    "A difference is called clear only with at least 14 observed days on each side, a "
    "change of at least 25 %, and a trial outside the range of the weeks before.",
)
