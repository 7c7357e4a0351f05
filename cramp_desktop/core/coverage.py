"""Diary coverage: which days of a period the diary can speak for.

People log cramps, not their absence. A day is *logged* when it has an episode (on its own
local date) or a day record ("no cramps", or the factors of the day). A day without any
entry is *observed*, and counted as a day without cramps, when it lies in a gap of fewer
than UNOBSERVED_GAP_DAYS days between logged days; a gap of UNOBSERVED_GAP_DAYS or more
days is *not observed*: the diary was not being kept. Rates divide by observed days.

Gaps are measured over the whole diary, not cut at the period's edges: a gap that crosses
the start or the end of a period counts with its full length, so pass every logged day
known, not only the period's. Days before the first logged day are not observed (the
diary had not begun). After the last logged day the gap runs to the period's end.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cramp_desktop.core.episodes import DayRecord, Episode

# A gap of this many days or more without any entry means the diary was not kept then
# (clinical-notes.md, "Measures": gaps under 14 days count as days without cramps).
UNOBSERVED_GAP_DAYS = 14


@dataclass(frozen=True)
class Coverage:
    start: dt.date
    end: dt.date  # inclusive
    logged_days: frozenset[dt.date]  # within start..end
    observed_days: frozenset[dt.date]  # within start..end; includes every logged day

    @property
    def day_count(self) -> int:
        return max((self.end - self.start).days + 1, 0)

    @property
    def observed_count(self) -> int:
        return len(self.observed_days)

    @property
    def unlogged_observed_count(self) -> int:
        """Days without any entry that were counted as observed (as days without cramps)."""
        return len(self.observed_days - self.logged_days)

    @property
    def mostly_observed(self) -> bool:
        """At least half the period observed: enough to compare it with another period."""
        return self.day_count > 0 and 2 * self.observed_count >= self.day_count

    @property
    def first_observed(self) -> dt.date | None:
        return min(self.observed_days, default=None)

    @property
    def last_observed(self) -> dt.date | None:
        return max(self.observed_days, default=None)

    def per_week(self, count: int) -> float | None:
        """`count` per 7 observed days; None when no day was observed."""
        return count / self.observed_count * 7 if self.observed_days else None


def diary_coverage(logged_days: Iterable[dt.date], start: dt.date, end: dt.date) -> Coverage:
    """The coverage of `start`..`end` (both included) by a diary whose logged days are
    `logged_days` (all of them: days outside the period measure gaps across its edges)."""
    logged = sorted(set(logged_days))
    inside = frozenset(day for day in logged if start <= day <= end)
    observed = set(inside)
    day = start
    while day <= end:
        if day in inside:
            day += dt.timedelta(days=1)
            continue
        # `day` opens a run of unlogged days inside the period; find the logged days
        # around it in the whole diary.
        index = bisect.bisect_left(logged, day)
        previous = logged[index - 1] if index > 0 else None
        following = logged[index] if index < len(logged) else None
        run_end = min(following - dt.timedelta(days=1), end) if following else end
        if previous is not None:
            gap_end = following - dt.timedelta(days=1) if following else end
            if (gap_end - previous).days < UNOBSERVED_GAP_DAYS:
                observed.update(_days(day, run_end))
        day = run_end + dt.timedelta(days=1)
    return Coverage(start, end, inside, frozenset(observed))


def local_day(episode: Episode) -> dt.date:
    """The user's calendar day of an episode: the date on its own wall clock."""
    return episode.started_at.date()


def logged_days_of(episodes: Iterable[Episode], day_records: Iterable[DayRecord]) -> set[dt.date]:
    """Every day with an episode (by its own local date) or a day record of any kind."""
    return {local_day(episode) for episode in episodes} | {r.day for r in day_records}


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
