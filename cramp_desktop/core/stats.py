"""Statistics over a period of the log, tested without Qt.

Days are the user's local calendar days: an episode belongs to the date of its own
wall-clock `started_at` (with its stored offset).
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cramp_desktop.core.coverage import local_day
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


@dataclass(frozen=True)
class PeriodStats:
    period: Period
    episodes: int
    cramp_days: int  # days with at least one episode
    nights_with_cramps: int  # days with an episode in the context "sleep"
    episodes_per_week: float
    median_severity: float | None
    max_severity: int | None
    median_duration_s: float | None
    max_duration_s: int | None
    woke_share: float | None  # share of episodes with context "sleep", 0..1
    mean_sleep_disturbance: float | None
    by_muscle: dict[Muscle, int]
    by_side: dict[Side, int]
    by_hour: tuple[int, ...]  # 24 counts by local hour of start
    days_logged: int  # days with an episode or a "no cramps" record
    no_cramp_days: int  # days with a "no cramps" record and no episode


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
    episodes: Sequence[Episode], day_records: Sequence[DayRecord], period: Period
) -> PeriodStats:
    """Statistics for `period`; episodes and records outside it are ignored."""
    chosen = episodes_in(episodes, period)
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
        episodes_per_week=len(chosen) / period.days * 7 if period.days > 0 else 0.0,
        median_severity=_median(severities),
        max_severity=max(severities, default=None),
        median_duration_s=_median(durations),
        max_duration_s=max(durations, default=None),
        woke_share=len(asleep) / len(chosen) if chosen else None,
        mean_sleep_disturbance=statistics.fmean(disturbances) if disturbances else None,
        by_muscle={muscle: sum(e.muscle == muscle for e in chosen) for muscle in Muscle},
        by_side={side: sum(e.side == side for e in chosen) for side in Side},
        by_hour=tuple(by_hour),
        days_logged=len(with_cramps | quiet),
        no_cramp_days=len(quiet),
    )


COMPARED = (
    "episodes",
    "cramp_days",
    "episodes_per_week",
    "median_severity",
    "max_severity",
    "median_duration_s",
    "max_duration_s",
    "woke_share",
)


def compare(current: PeriodStats, previous: PeriodStats) -> dict[str, Change]:
    """Changes of the headline figures: keys "episodes", "cramp_days", "episodes_per_week",
    "median_severity", "max_severity", "median_duration_s", "max_duration_s", "woke_share"
    (figures that are None on either side are left out)."""
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
    """For each trigger: among logged days, compare the cramp-day rate of days whose episodes
    or "no cramps" record name the trigger with logged days that do not. Only triggers with
    at least MIN_DAYS days with and MIN_DAYS days without are returned."""
    # A logged day names a trigger if one of its episodes (triggers in the 24 h before)
    # or its day record (what happened that day) names it.
    named: dict[dt.date, set[Trigger]] = {}
    for episode in episodes_in(episodes, period):
        named.setdefault(local_day(episode), set()).update(episode.triggers)
    with_cramps = set(named)
    logged = logged_days(episodes, day_records, period)
    for record in day_records:
        if record.day in logged:
            named.setdefault(record.day, set()).update(record.triggers)
    associations = []
    for trigger in Trigger:
        with_days = {day for day in logged if trigger in named.get(day, ())}
        without_days = logged - with_days
        if len(with_days) >= MIN_DAYS and len(without_days) >= MIN_DAYS:
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
    """The days of `period` the log says something about: a day with an episode or a
    "no cramps" record. Other days are missing data, never days without cramps."""
    return cramp_days(episodes, period) | _no_cramp_record_days(day_records, period)


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
    # A record with no_cramps False claims nothing about the day, so it does not log it.
    return {r.day for r in day_records if r.no_cramps and period.first <= r.day <= period.last}


def _median(values: Sequence[int]) -> float | None:
    return float(statistics.median(values)) if values else None
