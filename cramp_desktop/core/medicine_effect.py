"""Cramps per week before and after a medicine was started or stopped, over observed days.

Both windows have the same length (up to WINDOW_DAYS, shorter when the diary, the period
read or the medicine's own start-to-stop span is shorter) and the rate divides by the
observed days of each (core/coverage.py: days without any entry inside a kept stretch of
the diary count as days without cramps; long gaps count neither way). The comparison is
made only with at least MIN_OBSERVED_DAYS observed days on each side. Another medicine
started or stopped inside the windows is named, since its change may explain as much. It
describes the diary and proves nothing about the medicine (placebo groups in trials
improved too).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from cramp_desktop.core.coverage import diary_coverage, logged_days_of
from cramp_desktop.core.episodes import DayRecord, Episode, Medication
from cramp_desktop.core.stats import Period, episodes_in

MIN_OBSERVED_DAYS = 14
WINDOW_DAYS = 56  # up to 8 weeks on each side of the change


class ChangeKind(StrEnum):
    STARTED = "started"
    STOPPED = "stopped"


@dataclass(frozen=True)
class ObservedWindow:
    """One window, its observed days and the episodes in it."""

    window: Period
    observed_days: int
    episodes: int

    @property
    def per_week(self) -> float:
        return self.episodes / self.observed_days * 7 if self.observed_days else 0.0


@dataclass(frozen=True)
class OtherChange:
    """Another medicine started or stopped inside a comparison's windows."""

    medication: Medication
    kind: ChangeKind
    day: dt.date


@dataclass(frozen=True)
class BeforeAfter:
    medication: Medication
    kind: ChangeKind
    day: dt.date  # of the start or stop: the first day of `after`
    before: ObservedWindow
    after: ObservedWindow
    others: tuple[OtherChange, ...] = ()


def medicine_changes(medication: Medication) -> list[tuple[ChangeKind, dt.date]]:
    """The start and the stop of `medication` that have a date, in order."""
    changes = []
    if medication.started_on is not None:
        changes.append((ChangeKind.STARTED, medication.started_on))
    if medication.stopped_on is not None:
        changes.append((ChangeKind.STOPPED, medication.stopped_on))
    return changes


def before_after(
    medication: Medication,
    episodes: Sequence[Episode],
    day_records: Sequence[DayRecord],
    kind: ChangeKind = ChangeKind.STARTED,
    *,
    min_days: int = MIN_OBSERVED_DAYS,
    window_days: int = WINDOW_DAYS,
    covered: Period | None = None,
    known_until: dt.date | None = None,
    all_medications: Iterable[Medication] = (),
) -> BeforeAfter | None:
    """Cramps per week over the observed days of equal windows before and from the start
    (or the stop) of `medication`, or None when it has no such date or either window has
    fewer than `min_days` observed days. `covered` is the span the log was read for: the
    windows stay inside it; a gap after the last entry runs to `known_until` (today; by
    default the end of `covered`). A start's after-window ends before the stop, and a stop's
    before-window begins at the start."""
    day = medication.started_on if kind == ChangeKind.STARTED else medication.stopped_on
    if day is None:
        return None
    length = window_days
    if medication.started_on is not None and medication.stopped_on is not None:
        taken = (medication.stopped_on - medication.started_on).days
        if taken < 0:
            return None
        length = min(length, taken)
    if covered is not None:
        length = min(length, (day - covered.first).days, (covered.last - day).days + 1)
    if length < max(min_days, 1):
        return None
    before_window = Period(day - dt.timedelta(days=length), day - dt.timedelta(days=1))
    after_window = Period(day, day + dt.timedelta(days=length - 1))
    logged = logged_days_of(episodes, day_records)
    if known_until is None and covered is not None:
        known_until = covered.last
    before = _observed_window(before_window, episodes, logged, known_until)
    after = _observed_window(after_window, episodes, logged, known_until)
    if before.observed_days < max(min_days, 1) or after.observed_days < max(min_days, 1):
        return None
    span = Period(before_window.first, after_window.last)
    others = tuple(
        OtherChange(other, other_kind, other_day)
        for other in all_medications
        if other != medication
        for other_kind, other_day in medicine_changes(other)
        if span.first <= other_day <= span.last
    )
    return BeforeAfter(medication, kind, day, before, after, others)


def _observed_window(
    window: Period,
    episodes: Sequence[Episode],
    logged: set[dt.date],
    known_until: dt.date | None,
) -> ObservedWindow:
    coverage = diary_coverage(logged, window.first, window.last, known_until=known_until)
    return ObservedWindow(window, coverage.observed_count, len(episodes_in(episodes, window)))
