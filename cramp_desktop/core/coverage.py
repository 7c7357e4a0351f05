"""Diary coverage: which days of a period the diary can speak for (clinical-notes.md).

A day is logged when it has an episode (by its own local date) or a day record. Runs of
unlogged days shorter than UNOBSERVED_GAP_DAYS count as observed (days without cramps
inside a kept stretch of the diary); a run of UNOBSERVED_GAP_DAYS or more, at the start
or end of the period too, is not observed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

UNOBSERVED_GAP_DAYS = 14
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Coverage:
    start: dt.date
    end: dt.date  # inclusive
    logged_days: frozenset[dt.date]
    observed_days: frozenset[dt.date]

    @property
    def day_count(self) -> int:
        return max((self.end - self.start).days + 1, 0)

    @property
    def observed_count(self) -> int:
        return len(self.observed_days)

    @property
    def unlogged_observed_count(self) -> int:
        """Days with no entry counted as observed (as days without cramps)."""
        return len(self.observed_days - self.logged_days)


def diary_coverage(logged_days: Iterable[dt.date], start: dt.date, end: dt.date) -> Coverage:
    logged = frozenset(day for day in logged_days if start <= day <= end)
    observed: set[dt.date] = set(logged)
    gap: list[dt.date] = []
    day = start
    while day <= end:
        if day in logged:
            if len(gap) < UNOBSERVED_GAP_DAYS:
                observed.update(gap)
            gap = []
        else:
            gap.append(day)
        day += _DAY
    if len(gap) < UNOBSERVED_GAP_DAYS:
        observed.update(gap)
    return Coverage(start, end, logged, frozenset(observed))
