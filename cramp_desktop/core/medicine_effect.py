"""Cramps per week before and after a medicine was started, over logged days only.

A logged day is a day with an episode or a "no cramps" record (core.stats.logged_days),
so days the user recorded nothing count neither way. The comparison is only made with at
least `min_days` logged days on each side; it describes the log and proves nothing about
the medicine (people given a placebo in trials also improved).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from cramp_desktop.core.episodes import DayRecord, Episode, Medication
from cramp_desktop.core.stats import Period, episodes_in, logged_days

MIN_LOGGED_DAYS = 14
WINDOW_DAYS = 56  # up to 8 weeks on each side of the start


@dataclass(frozen=True)
class LoggedWindow:
    """The logged days of one window and the episodes on them."""

    window: Period
    logged_days: int
    episodes: int

    @property
    def per_week(self) -> float:
        return self.episodes / self.logged_days * 7 if self.logged_days else 0.0


@dataclass(frozen=True)
class BeforeAfter:
    medication: Medication
    before: LoggedWindow  # the window days before the start day
    after: LoggedWindow  # from the start day, up to the window's length (or the stop day)


def before_after(
    medication: Medication,
    episodes: Sequence[Episode],
    day_records: Sequence[DayRecord],
    min_days: int = MIN_LOGGED_DAYS,
    window_days: int = WINDOW_DAYS,
    covered: Period | None = None,
) -> BeforeAfter | None:
    """Cramps per week over the logged days in the `window_days` before `medication`'s
    start and the `window_days` from it (ending early on its stop day), or None without a
    start date or with fewer than `min_days` logged days on either side. `covered` is the
    span the log was read for: the windows are cut to it, so their dates say what was
    looked at."""
    start = medication.started_on
    if start is None or window_days < 1:
        return None
    stop = medication.stopped_on
    if stop is not None and stop < start:
        return None
    last_after = start + dt.timedelta(days=window_days - 1)
    if stop is not None:
        last_after = min(last_after, stop)
    first_before = start - dt.timedelta(days=window_days)
    if covered is not None:
        first_before = max(first_before, covered.first)
        last_after = min(last_after, covered.last)
        if first_before >= start or last_after < start:
            return None
    before = _logged_window(
        Period(first_before, start - dt.timedelta(days=1)), episodes, day_records
    )
    after = _logged_window(Period(start, last_after), episodes, day_records)
    if before.logged_days < max(min_days, 1) or after.logged_days < max(min_days, 1):
        return None
    return BeforeAfter(medication, before, after)


def _logged_window(
    window: Period, episodes: Sequence[Episode], day_records: Sequence[DayRecord]
) -> LoggedWindow:
    logged = logged_days(episodes, day_records, window)
    return LoggedWindow(window, len(logged), len(episodes_in(episodes, window)))
