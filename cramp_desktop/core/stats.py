"""Statistics over a period of the log, tested without Qt.  [contract: being implemented]

Days are the user's local calendar days: an episode belongs to the date of its own
wall-clock `started_at` (with its stored offset).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cramp_desktop.core.episodes import DayRecord, Episode, Muscle, Side, Trigger


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
    raise NotImplementedError


def compare(current: PeriodStats, previous: PeriodStats) -> dict[str, Change]:
    """Changes of the headline figures: keys "episodes", "cramp_days", "episodes_per_week",
    "median_severity", "max_severity", "median_duration_s", "max_duration_s", "woke_share"
    (figures that are None on either side are left out)."""
    raise NotImplementedError


def weekly_counts(episodes: Sequence[Episode], period: Period) -> list[tuple[dt.date, int]]:
    """Episodes per week: (first day of each 7-day block from period.first, count)."""
    raise NotImplementedError


def severity_series(episodes: Sequence[Episode], period: Period) -> list[tuple[dt.datetime, int]]:
    """(started_at, severity) of each episode in the period, oldest first."""
    raise NotImplementedError


def trigger_associations(
    episodes: Sequence[Episode], day_records: Sequence[DayRecord], period: Period
) -> list[Association]:
    """For each trigger: among logged days, compare days whose episodes (or the day before's)
    name the trigger with logged days that do not. Only triggers with at least MIN_DAYS days
    with and MIN_DAYS days without are returned."""
    raise NotImplementedError
