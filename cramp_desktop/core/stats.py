"""Statistics over a period of the log, tested without Qt.

Days are the user's local calendar days: an episode belongs to the date of its own
wall-clock `started_at` (with its stored offset). Rates divide by the period's observed
days (core/coverage.py), never by all its days nor by its logged days only; counts stay
counts. Pass entries from UNOBSERVED_GAP_DAYS before to UNOBSERVED_GAP_DAYS after the
period too (see `reach`): gaps across its edges are measured in full.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cramp_desktop.core.coverage import (
    UNOBSERVED_GAP_DAYS,
    Coverage,
    diary_coverage,
    local_day,
    logged_days_of,
)
from cramp_desktop.core.episodes import Context, DayRecord, Episode, Muscle, Side, Trigger


@dataclass(frozen=True)
class Period:
    first: dt.date  # inclusive
    last: dt.date  # inclusive

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def previous(self) -> Period:
        """The period of equal length just before this one."""
        length = dt.timedelta(days=self.days)
        return Period(self.first - length, self.last - length)

    @classmethod
    def ending(cls, last: dt.date, days: int) -> Period:
        return cls(last - dt.timedelta(days=days - 1), last)

    def reach(self) -> Period:
        """The days whose entries can change this period's coverage."""
        margin = dt.timedelta(days=UNOBSERVED_GAP_DAYS)
        return Period(self.first - margin, self.last + margin)


@dataclass(frozen=True)
class PeriodStats:
    period: Period
    episodes: int
    cramp_days: int  # days with at least one episode
    nights_with_cramps: int  # days with an episode in the context "sleep"
    episodes_per_week: float | None  # per 7 observed days; None when none was observed
    cramp_days_per_week: float | None
    median_severity: float | None
    max_severity: int | None
    median_duration_s: float | None
    max_duration_s: int | None
    woke_share: float | None  # share of episodes with context "sleep", 0..1
    mean_sleep_disturbance: float | None
    by_muscle: dict[Muscle, int]
    by_side: dict[Side, int]
    by_hour: tuple[int, ...]  # 24 counts by local hour of start
    days_logged: int  # days with an episode or a day record
    no_cramp_days: int  # days with a "no cramps" record and no episode
    coverage: Coverage

    @property
    def observed_days(self) -> int:
        return self.coverage.observed_count


@dataclass(frozen=True)
class Change:
    """A figure now and in the previous period; `relative` is None when before was 0."""

    now: float
    before: float

    @property
    def difference(self) -> float:
        return self.now - self.before

    @property
    def relative(self) -> float | None:
        return None if self.before == 0 else (self.now - self.before) / self.before


@dataclass(frozen=True)
class Association:
    """Cramp-day rate on days after the trigger versus days without it: an association,
    never a cause. Only produced with at least MIN_DAYS days on each side."""

    trigger: Trigger
    days_with: int
    cramp_days_with: int
    days_without: int
    cramp_days_without: int

    @property
    def rate_with(self) -> float:
        return self.cramp_days_with / self.days_with

    @property
    def rate_without(self) -> float:
        return self.cramp_days_without / self.days_without


MIN_DAYS = 3


def period_stats(
    episodes: Sequence[Episode],
    day_records: Sequence[DayRecord],
    period: Period,
    *,
    known_until: dt.date | None = None,
) -> PeriodStats:
    """Statistics for `period`. Entries outside it count only to measure the diary's gaps
    across its edges (pass those within `period.reach()`); `known_until` is the last day
    the diary can speak for (today), where a gap after the last entry ends."""
    chosen = episodes_in(episodes, period)
    logged = logged_days_of(episodes, day_records)
    coverage = diary_coverage(logged, period.first, period.last, known_until=known_until)
    with_cramps = cramp_days(chosen, period)
    quiet = no_cramp_days(chosen, day_records, period)
    severities = [episode.severity for episode in chosen]
    durations = [episode.duration_s for episode in chosen]
    disturbances = [e.sleep_disturbance for e in chosen if e.sleep_disturbance is not None]
    asleep = [episode for episode in chosen if episode.context == Context.SLEEP]
    by_hour = [0] * 24
    for episode in chosen:
        by_hour[episode.started_at.hour] += 1
    return PeriodStats(
        period=period,
        episodes=len(chosen),
        cramp_days=len(with_cramps),
        nights_with_cramps=len({local_day(episode) for episode in asleep}),
        episodes_per_week=coverage.per_week(len(chosen)),
        cramp_days_per_week=coverage.per_week(len(with_cramps)),
        median_severity=_median(severities),
        max_severity=max(severities, default=None),
        median_duration_s=_median(durations),
        max_duration_s=max(durations, default=None),
        woke_share=len(asleep) / len(chosen) if chosen else None,
        mean_sleep_disturbance=statistics.fmean(disturbances) if disturbances else None,
        by_muscle={muscle: sum(e.muscle == muscle for e in chosen) for muscle in Muscle},
        by_side={side: sum(e.side == side for e in chosen) for side in Side},
        by_hour=tuple(by_hour),
        days_logged=len(coverage.logged_days),
        no_cramp_days=len(quiet),
        coverage=coverage,
    )


def comparable(current: PeriodStats, previous: PeriodStats) -> bool:
    """Whether two periods may be compared: each has at least half its days observed."""
    return current.coverage.mostly_observed and previous.coverage.mostly_observed


COMPARED = (
    "episodes",
    "cramp_days",
    "episodes_per_week",
    "cramp_days_per_week",
    "median_severity",
    "max_severity",
    "median_duration_s",
    "max_duration_s",
    "woke_share",
)


def compare(current: PeriodStats, previous: PeriodStats) -> dict[str, Change]:
    """Changes of the headline figures: keys "episodes", "cramp_days", "episodes_per_week",
    "cramp_days_per_week", "median_severity", "max_severity", "median_duration_s",
    "max_duration_s", "woke_share" (figures that are None on either side are left out)."""
    changes: dict[str, Change] = {}
    for name in COMPARED:
        now: float | None = getattr(current, name)
        before: float | None = getattr(previous, name)
        if now is not None and before is not None:
            changes[name] = Change(now=float(now), before=float(before))
    return changes


def weekly_counts(episodes: Sequence[Episode], period: Period) -> list[tuple[dt.date, int]]:
    """Episodes per week: (first day of each 7-day block from period.first, count)."""
    counts = [0] * ((period.days + 6) // 7) if period.days > 0 else []
    for episode in episodes_in(episodes, period):
        counts[(local_day(episode) - period.first).days // 7] += 1
    return [(period.first + dt.timedelta(weeks=week), n) for week, n in enumerate(counts)]


def severity_series(episodes: Sequence[Episode], period: Period) -> list[tuple[dt.datetime, int]]:
    """(started_at, severity) of each episode in the period, oldest first."""
    chosen = sorted(episodes_in(episodes, period), key=lambda episode: episode.started_at)
    return [(episode.started_at, episode.severity) for episode in chosen]


def trigger_associations(
    episodes: Sequence[Episode], day_records: Sequence[DayRecord], period: Period
) -> list[Association]:
    """For each trigger: among recorded days (a day without any entry has no factors),
    compare the cramp-day rate of days whose episodes or day record name the trigger with
    recorded days that do not. A trigger is returned only with at least MIN_DAYS days
    without cramps among the days with it, and MIN_DAYS among the days without it: days
    with a factor are mostly noted together with a cramp, so without quiet days on both
    sides every row would read 100 %."""
    # A recorded day names a trigger if one of its episodes (triggers in the 24 h before)
    # or its day record (what happened that day) names it.
    named: dict[dt.date, set[Trigger]] = {}
    for episode in episodes_in(episodes, period):
        named.setdefault(local_day(episode), set()).update(episode.triggers)
    with_cramps = set(named)
    recorded = logged_days(episodes, day_records, period)
    for record in day_records:
        if record.day in recorded:
            named.setdefault(record.day, set()).update(record.triggers)
    associations = []
    for trigger in Trigger:
        with_days = {day for day in recorded if trigger in named.get(day, ())}
        without_days = recorded - with_days
        if len(with_days - with_cramps) >= MIN_DAYS and len(without_days - with_cramps) >= MIN_DAYS:
            associations.append(
                Association(
                    trigger=trigger,
                    days_with=len(with_days),
                    cramp_days_with=len(with_days & with_cramps),
                    days_without=len(without_days),
                    cramp_days_without=len(without_days & with_cramps),
                )
            )
    return associations


def episodes_in(episodes: Iterable[Episode], period: Period) -> list[Episode]:
    """The episodes whose local day falls in `period`, in the given order."""
    return [e for e in episodes if period.first <= local_day(e) <= period.last]


def cramp_days(episodes: Iterable[Episode], period: Period) -> set[dt.date]:
    """The days of `period` with at least one episode."""
    return {local_day(episode) for episode in episodes_in(episodes, period)}


def no_cramp_days(
    episodes: Iterable[Episode], day_records: Iterable[DayRecord], period: Period
) -> set[dt.date]:
    """The days of `period` marked "no cramps" on which no episode was logged either."""
    return _no_cramp_record_days(day_records, period) - cramp_days(episodes, period)


def logged_days(
    episodes: Iterable[Episode], day_records: Iterable[DayRecord], period: Period
) -> set[dt.date]:
    """The days of `period` the log says something about: a day with an episode or a day
    record ("no cramps", or the factors of the day)."""
    records = {r.day for r in day_records if period.first <= r.day <= period.last}
    return cramp_days(episodes, period) | records


def count_axis(maximum: float, intervals: int = 5) -> tuple[int, int]:
    """(top, step) of a count axis from 0 whose ticks all fall on whole numbers, with at
    most about `intervals` steps between them (1, 2 or 5 times a power of ten)."""
    highest = max(math.ceil(maximum), 1)
    if highest <= intervals:
        return highest, 1
    magnitude = 10 ** math.floor(math.log10(highest / intervals))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude * intervals >= highest)
    return step * math.ceil(highest / step), step


def _no_cramp_record_days(day_records: Iterable[DayRecord], period: Period) -> set[dt.date]:
    return {r.day for r in day_records if r.no_cramps and period.first <= r.day <= period.last}


def _median(values: Sequence[int]) -> float | None:
    return float(statistics.median(values)) if values else None
